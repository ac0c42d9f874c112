// Validating the corpus: a malformed case stops the scorer with every problem named.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/catalog/index.js';
import { CorpusError, globToRegExp, loadCorpus, validateCase } from '../../scripts/accuracy/cases.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('accuracy-cases');

const SOURCE = ['export function Banner() {', '  return (', '    <div role="dialog">', '      <p>We use cookies</p>', '    </div>', '  );', '}', ''].join('\n');
const PACKAGE = JSON.stringify({ name: 'x', private: true, dependencies: { react: '^18.0.0' } });

function caseDir(expect: unknown, extra: Record<string, string> = {}): string {
  const root = project({ 'a-case/package.json': PACKAGE, 'a-case/src/Banner.tsx': SOURCE, 'a-case/expect.json': typeof expect === 'string' ? expect : JSON.stringify(expect), ...extra });
  return path.join(root, 'a-case');
}

const valid = { title: 'A banner', tags: ['lib:plain', 'lang:en'], findings: [{ rule: 'no-fine-print', file: 'src/Banner.tsx', line: 4, why: 'tiny text' }], debatable: [{ rule: 'no-vague-disclosure-link', file: 'src/Banner.tsx', line: 7, why: 'maybe' }] };

describe('validateCase', () => {
  it('accepts a well-formed case and returns its labels', () => {
    const checked = validateCase(caseDir(valid), RULE_IDS);
    expect(checked.problems).toEqual([]);
    expect(checked.warnings).toEqual([]);
    expect(checked.expectation).toEqual({ title: 'A banner', tags: ['lib:plain', 'lang:en'], findings: valid.findings, debatable: valid.debatable });
  });

  it('accepts the source a case modelled on public code names', () => {
    expect(validateCase(caseDir({ ...valid, source: 'supabase/supabase packages/ui-patterns/ConsentToast/index.tsx' }), RULE_IDS).problems).toEqual([]);
  });

  it('treats a missing debatable list as empty', () => {
    const { debatable: _debatable, ...withoutDebatable } = valid;
    expect(validateCase(caseDir(withoutDebatable), RULE_IDS).expectation?.debatable).toEqual([]);
  });

  it.each([
    ['a missing title', { ...valid, title: undefined }, '"title" must be a non-empty string'],
    ['tags that are not strings', { ...valid, tags: ['lib:mui', 3] }, '"tags" must be an array of non-empty strings'],
    ['no findings array', { ...valid, findings: undefined }, '"findings" must be an array'],
    ['a debatable that is not an array', { ...valid, debatable: {} }, '"debatable" must be an array when present'],
    ['an unknown top-level key', { ...valid, debateable: [] }, 'unknown key "debateable"'],
    ['an empty source', { ...valid, source: ' ' }, '"source" must be a non-empty string when present'],
    ['an unknown rule', { ...valid, findings: [{ ...valid.findings[0], rule: 'no-fineprint' }] }, 'unknown rule "no-fineprint"'],
    ['a prefixed rule', { ...valid, findings: [{ ...valid.findings[0], rule: 'honest-ui/no-fine-print' }] }, 'without its prefix: "no-fine-print"'],
    ['a missing file', { ...valid, findings: [{ ...valid.findings[0], file: 'src/Missing.tsx' }] }, 'no such file "src/Missing.tsx"'],
    ['a backslash path', { ...valid, findings: [{ ...valid.findings[0], file: 'src\\Banner.tsx' }] }, 'forward slashes'],
    ['a path out of the case', { ...valid, findings: [{ ...valid.findings[0], file: '../a-case/src/Banner.tsx' }] }, 'inside the case'],
    ['a line past the end', { ...valid, findings: [{ ...valid.findings[0], line: 8 }] }, 'line 8 is past the end of src/Banner.tsx (7 lines)'],
    ['line 0', { ...valid, findings: [{ ...valid.findings[0], line: 0 }] }, '"line" must be a whole number from 1'],
    ['a line as a string', { ...valid, debatable: [{ ...valid.debatable[0], line: '7' }] }, 'debatable[0]: "line" must be a whole number from 1'],
    ['no why', { ...valid, findings: [{ ...valid.findings[0], why: '' }] }, '"why" must say'],
    ['an unknown entry key', { ...valid, findings: [{ ...valid.findings[0], column: 3 }] }, 'unknown key "column"'],
    ['an entry that is not an object', { ...valid, findings: ['no-fine-print'] }, 'findings[0] must be an object'],
  ])('rejects %s', (_name, expectation, problem) => {
    const checked = validateCase(caseDir(expectation), RULE_IDS);
    expect(checked.expectation).toBeUndefined();
    expect(checked.problems.join('\n')).toContain(problem);
  });

  it('rejects invalid JSON, a missing expect.json or package.json, and a config of its own', () => {
    expect(validateCase(caseDir('{"title": '), RULE_IDS).problems.join('\n')).toMatch(/expect\.json is not valid JSON/);
    const noExpect = path.join(project({ 'b/package.json': PACKAGE, 'b/src/Banner.tsx': SOURCE }), 'b');
    expect(validateCase(noExpect, RULE_IDS).problems).toContain('expect.json is missing');
    const noManifest = path.join(project({ 'c/expect.json': JSON.stringify(valid), 'c/src/Banner.tsx': SOURCE }), 'c');
    expect(validateCase(noManifest, RULE_IDS).problems).toContain('package.json is missing');
    expect(validateCase(caseDir(valid, { 'a-case/honest-ui.config.json': '{}' }), RULE_IDS).problems.join('\n')).toContain('honest-ui.config.json');
    const configured = path.join(project({ 'd/package.json': JSON.stringify({ name: 'd', 'honest-ui': { extends: 'recommended' } }), 'd/expect.json': JSON.stringify(valid), 'd/src/Banner.tsx': SOURCE }), 'd');
    expect(validateCase(configured, RULE_IDS).problems.join('\n')).toContain('"honest-ui" key');
  });

  it('warns about tags outside the vocabulary and a clean tag that disagrees with the findings', () => {
    expect(validateCase(caseDir({ ...valid, tags: ['lib:vue', 'clean'] }), RULE_IDS).warnings).toEqual([
      'tag "lib:vue" is not in the vocabulary of tests/accuracy/README.md',
      'tagged "clean" but expects findings',
    ]);
    expect(validateCase(caseDir({ ...valid, tags: ['lang:de'], findings: [] }), RULE_IDS).warnings).toEqual(['expects no finding but is not tagged "clean"']);
  });
});

describe('loadCorpus', () => {
  it('has no cases when the folder does not exist', () => {
    expect(loadCorpus(path.join(project({}), 'cases'), { ruleIds: RULE_IDS })).toEqual({ cases: [], warnings: [] });
  });

  it('loads every case folder in order, and --case globs pick a subset', () => {
    const files: Record<string, string> = {};
    for (const id of ['mui-b', 'mui-a', 'antd-a']) {
      files[`${id}/package.json`] = PACKAGE;
      files[`${id}/src/Banner.tsx`] = SOURCE;
      files[`${id}/expect.json`] = JSON.stringify(valid);
    }
    const root = project(files);
    expect(loadCorpus(root, { ruleIds: RULE_IDS }).cases.map((c) => c.id)).toEqual(['antd-a', 'mui-a', 'mui-b']);
    expect(loadCorpus(root, { ruleIds: RULE_IDS, only: ['mui-*'] }).cases.map((c) => c.id)).toEqual(['mui-a', 'mui-b']);
    expect(loadCorpus(root, { ruleIds: RULE_IDS, only: ['*-a'] }).cases.map((c) => c.dir)).toEqual([path.join(root, 'antd-a'), path.join(root, 'mui-a')]);
  });

  it('fails loudly, listing the problems of every malformed case', () => {
    const root = project({ 'good/package.json': PACKAGE, 'good/src/Banner.tsx': SOURCE, 'good/expect.json': JSON.stringify(valid), 'bad/package.json': PACKAGE, 'bad/expect.json': JSON.stringify({ ...valid, tags: 'x' }), 'stray.txt': 'x' });
    mkdirSync(path.join(root, 'empty'));
    writeFileSync(path.join(root, '.DS_Store'), '');
    let error: unknown;
    try {
      loadCorpus(root, { ruleIds: RULE_IDS });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CorpusError);
    const problems = (error as CorpusError).problems;
    expect(problems).toContain('bad: expect.json: "tags" must be an array of non-empty strings');
    expect(problems).toContain('bad: expect.json: findings[0]: no such file "src/Banner.tsx"');
    expect(problems).toContain('empty: package.json is missing');
    expect(problems).toContain('empty: expect.json is missing');
    expect(problems.some((p) => p.startsWith('stray.txt: not a folder'))).toBe(true);
    expect(problems.some((p) => p.startsWith('good'))).toBe(false);
  });
});

describe('globToRegExp', () => {
  it('matches whole ids with * and ?', () => {
    expect(globToRegExp('mui-*').test('mui-cookie-banner')).toBe(true);
    expect(globToRegExp('mui-*').test('antd-mui-x')).toBe(false);
    expect(globToRegExp('a?c').test('abc')).toBe(true);
    expect(globToRegExp('a.c').test('abc')).toBe(false);
  });
});
