import { writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as analyse from '../../src/engine/analyse.js';
import { analyseProject, MissingPathsError } from '../../src/engine/project.js';
import type { LintMessage } from '../../src/engine/types.js';
import { resolveSettings } from '../../src/settings/settings.js';

// analyseSourceInDetail is the lead's black box; spy on it (calling through by default) to see what the project feeds it.
vi.mock(import('../../src/engine/analyse.js'), async (importOriginal) => {
  const actual = await importOriginal();
  return { ...actual, analyseSourceInDetail: vi.fn(actual.analyseSourceInDetail) };
});
const analyseSource = vi.mocked(analyse.analyseSourceInDetail);

/** What the spy returns for a file with these messages and nothing else. */
function analysed(messages: LintMessage[]): analyse.SourceAnalysis {
  return { messages, suppressedMessages: [], reviews: [], unresolvedImports: [] };
}

let root: string;
const settings = resolveSettings(undefined);
const rules: analyse.RuleConfig = new Map();

async function tree(files: Record<string, string>): Promise<void> {
  for (const [relative, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), text);
  }
}

/** The plumbing, with the text pre-filter off: these files are stand-ins with no consent vocabulary. */
function project(paths: string[] = []) {
  return analyseProject({ cwd: root, paths, settings, rules, prefilter: false });
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'honest-ui-project-'));
});

afterEach(async () => {
  analyseSource.mockReset();
  const actual = await vi.importActual<typeof analyse>('../../src/engine/analyse.js');
  analyseSource.mockImplementation(actual.analyseSourceInDetail);
  await rm(root, { recursive: true, force: true });
});

describe('analyseProject', () => {
  it('returns one result per file, sorted, with absolute paths and ESLint counts', async () => {
    await tree({
      'src/z.tsx': 'export const Z = () => <p>ok</p>;\n',
      'src/a.tsx': 'export const A = () => <div>;\n',
      'src/styles/bad.css': '.banner { color: red\n',
      'src/styles/good.css': '.banner { color: red; }\n',
      'node_modules/x/index.js': 'this is not javascript (',
    });
    const results = await project();
    expect(results.map((result) => result.filePath)).toEqual(
      ['src/a.tsx', 'src/styles/bad.css', 'src/styles/good.css', 'src/z.tsx'].map((file) => path.join(root, file)),
    );
    const [brokenScript, brokenCss, goodCss, goodScript] = results;

    expect(brokenScript?.messages).toHaveLength(1);
    expect(brokenScript?.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2, line: 1 });
    expect(brokenScript?.messages[0]?.message).toMatch(/^Parsing error: /);
    expect(brokenScript).toMatchObject({ errorCount: 1, fatalErrorCount: 1, warningCount: 0 });

    expect(brokenCss?.messages).toEqual([
      { ruleId: null, fatal: true, severity: 2, message: 'Parsing error: Unclosed block', line: 1, column: 1, nodeType: null },
    ]);
    expect(brokenCss).toMatchObject({ errorCount: 1, fatalErrorCount: 1 });

    expect(goodCss?.messages).toEqual([]);
    expect(goodScript?.messages).toEqual([]);
    expect(goodScript).toMatchObject({ errorCount: 0, fatalErrorCount: 0, warningCount: 0, suppressedMessages: [] });
  });

  it('reports a CSS parse error at its line and column', async () => {
    await tree({ 'a.css': '.a { color: red; }\n\n.b { color: }\n}\n' });
    const [result] = await project();
    expect(result?.messages).toEqual([
      expect.objectContaining({ ruleId: null, fatal: true, message: 'Parsing error: Unexpected }', line: 4, column: 1 }),
    ]);
  });

  it('gives the analysis the file text, the settings and rules, and a cached reader for imported files', async () => {
    await tree({ 'Banner.tsx': 'export {};\n', 'banner.css': '.a {}\n' });
    const reads: (string | undefined)[] = [];
    analyseSource.mockImplementation((input) => {
      expect(input).toMatchObject({ filePath: path.join(root, 'Banner.tsx'), text: 'export {};\n', settings, rules });
      const stylesheet = path.join(root, 'banner.css');
      reads.push(input.readFile(stylesheet));
      // The run reads a file once: a change on disk during the run is not seen, every check sees one version.
      writeFileSync(stylesheet, 'changed');
      reads.push(input.readFile(stylesheet), input.readFile(path.join(root, 'missing.css')));
      return analysed([]);
    });
    await project(['Banner.tsx']);
    expect(analyseSource).toHaveBeenCalledTimes(1);
    expect(reads).toEqual(['.a {}\n', '.a {}\n', undefined]);
  });

  it('sorts messages by line, column and rule id', async () => {
    await tree({ 'a.tsx': '' });
    const at = (line: number, column: number, ruleId: string): LintMessage => ({ ruleId, severity: 1, message: ruleId, line, column });
    analyseSource.mockReturnValue(analysed([at(2, 1, 'honest-ui/b'), at(1, 5, 'honest-ui/a'), at(2, 1, 'honest-ui/a'), at(1, 2, 'honest-ui/z')]));
    const [result] = await project();
    expect(result?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '1:2 honest-ui/z',
      '1:5 honest-ui/a',
      '2:1 honest-ui/a',
      '2:1 honest-ui/b',
    ]);
    expect(result).toMatchObject({ errorCount: 0, warningCount: 4 });
  });

  it('turns a crash while analysing one file into a fatal message on that file and checks the others', async () => {
    await tree({ 'a.tsx': '', 'b.tsx': '' });
    analyseSource.mockImplementation((input) => {
      if (input.filePath.endsWith('a.tsx')) throw new Error('boom');
      return analysed([{ ruleId: 'honest-ui/x', severity: 2, message: 'found', line: 1, column: 1 }]);
    });
    const [a, b] = await project();
    expect(a?.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true, severity: 2, message: expect.stringContaining('boom') })]);
    expect(b?.messages).toEqual([expect.objectContaining({ ruleId: 'honest-ui/x' })]);
  });

  it('rejects with the missing paths when a given path does not exist', async () => {
    await tree({ 'a.tsx': '' });
    const error = await project(['a.tsx', 'gone', 'also-gone.tsx']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingPathsError);
    expect((error as MissingPathsError).paths).toEqual(['gone', 'also-gone.tsx']);
  });

  it('returns no results for a directory with nothing to check', async () => {
    await tree({ 'README.md': '# hi\n' });
    expect(await project()).toEqual([]);
  });

  it('does not parse or analyse a file without consent vocabulary (the text pre-filter), and lists it as clean', async () => {
    await tree({
      'src/Banner.tsx': 'export const Banner = () => <p>We use cookies</p>;\n',
      'src/Todos.tsx': 'export const Todos = () => <ul><li>Milk</li></ul>;\n',
      'src/Broken.tsx': 'export const Broken = () => <div>;\n',
    });
    const results = await analyseProject({ cwd: root, paths: [], settings, rules });
    expect(analyseSource.mock.calls.map(([input]) => path.basename(input.filePath))).toEqual(['Banner.tsx']);
    // Not parsed at all: a syntax error in a file with nothing to check is the compiler's to report.
    expect(results.map((r) => [path.basename(r.filePath), r.messages.length])).toEqual([['Banner.tsx', 0], ['Broken.tsx', 0], ['Todos.tsx', 0]]);
  });
});
