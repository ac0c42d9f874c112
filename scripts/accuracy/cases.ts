/**
 * Find the corpus's cases (tests/accuracy/cases/<id>/) and validate each one against the format in
 * tests/accuracy/README.md. A malformed case stops the scorer with every problem listed: a label the scorer
 * cannot trust would move the figures silently.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Label } from './match.js';
import type { CaseInput } from './score.js';

export interface CorpusCase extends CaseInput {
  /** Absolute path of the case folder. */
  dir: string;
}

/** Every problem found in the corpus, one line each (`<case>: <problem>`). */
export class CorpusError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the accuracy corpus has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'CorpusError';
  }
}

export interface LoadOptions {
  /** Every known rule id (without the `honest-ui/` prefix). */
  ruleIds: readonly string[];
  /** Globs over case ids (`*` and `?`); all cases when empty. */
  only?: readonly string[];
}

export interface Corpus {
  cases: CorpusCase[];
  /** Things worth fixing that do not make a label untrustworthy (an unknown tag, a `clean` tag on a case with findings). */
  warnings: string[];
}

const TOP_LEVEL_KEYS = new Set(['title', 'tags', 'findings', 'debatable', 'source']);
const ENTRY_KEYS = new Set(['rule', 'file', 'line', 'why']);
const RULE_PREFIX = 'honest-ui/';

/** The tag vocabulary of tests/accuracy/README.md. */
export const TAG_VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  lib: ['mui', 'antd', 'chakra', 'mantine', 'shadcn', 'radix', 'headlessui', 'react-bootstrap', 'react-cookie-consent', 'vanilla-cookieconsent', 'plain'],
  style: ['css', 'css-modules', 'scss', 'tailwind', 'styled-components', 'emotion', 'sx', 'inline', 'theme-default', 'theme-custom'],
  i18n: ['react-i18next', 'next-intl', 'formatjs', 'constants'],
  form: ['react-hook-form', 'formik'],
  state: ['props', 'multi-step', 'reducer', 'store', 'first-render', 'list'],
  kind: ['cookie-banner', 'ai-training', 'newsletter', 'signup', 'checkout-addon', 'cancellation', 'subscription', 'privacy-settings', 'terms-update', 'age-gate', 'permissions', 'near-miss'],
  lang: ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'],
};
const PLAIN_TAGS = new Set(['multi-file', 'clean']);

/** The cases under `casesDir` (none when it does not exist), validated; throws a CorpusError listing every problem. */
export function loadCorpus(casesDir: string, options: LoadOptions): Corpus {
  const ids = existsSync(casesDir)
    ? readdirSync(casesDir, { withFileTypes: true }).filter((entry) => !entry.name.startsWith('.')).map((entry) => entry.name).sort()
    : [];
  const problems: string[] = [];
  const warnings: string[] = [];
  const cases: CorpusCase[] = [];
  const patterns = (options.only ?? []).map(globToRegExp);
  for (const id of ids) {
    if (patterns.length > 0 && !patterns.some((pattern) => pattern.test(id))) continue;
    const dir = path.join(casesDir, id);
    if (!statSync(dir).isDirectory()) {
      problems.push(`${id}: not a folder (a case is a folder with package.json, expect.json and its sources)`);
      continue;
    }
    const checked = validateCase(dir, options.ruleIds);
    problems.push(...checked.problems.map((problem) => `${id}: ${problem}`));
    warnings.push(...checked.warnings.map((warning) => `${id}: ${warning}`));
    if (checked.expectation) cases.push({ id, dir, ...checked.expectation });
  }
  if (problems.length > 0) throw new CorpusError(problems);
  return { cases, warnings };
}

export interface Expectation {
  title: string;
  tags: string[];
  findings: Label[];
  debatable: Label[];
}

export interface CaseCheck {
  /** Present when the case has no problem. */
  expectation?: Expectation;
  problems: string[];
  warnings: string[];
}

/** One case folder: its package.json and expect.json, every label's rule, file and line. */
export function validateCase(dir: string, ruleIds: readonly string[]): CaseCheck {
  const problems: string[] = [];
  const warnings: string[] = [];
  const id = path.basename(dir);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) warnings.push('the case id is not kebab-case');

  const manifest = readJson(path.join(dir, 'package.json'), problems);
  if (manifest !== undefined) {
    if (!isObject(manifest)) problems.push('package.json is not a JSON object');
    // The scorer promises the strict preset at default options; a case's own config would quietly change that.
    else if (Object.hasOwn(manifest, 'honest-ui')) problems.push('package.json has an "honest-ui" key: cases are scored with the strict preset at default options and carry no config');
  }
  if (existsSync(path.join(dir, 'honest-ui.config.json'))) problems.push('honest-ui.config.json: cases are scored with the strict preset at default options and carry no config');

  const raw = readJson(path.join(dir, 'expect.json'), problems);
  if (raw === undefined) return { problems, warnings };
  if (!isObject(raw)) return { problems: [...problems, 'expect.json is not a JSON object'], warnings };

  for (const key of Object.keys(raw)) if (!TOP_LEVEL_KEYS.has(key)) problems.push(`expect.json: unknown key "${key}" (expected ${[...TOP_LEVEL_KEYS].join(', ')})`);
  if (typeof raw.title !== 'string' || raw.title.trim() === '') problems.push('expect.json: "title" must be a non-empty string');
  const tags = raw.tags;
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string' && tag !== '')) problems.push('expect.json: "tags" must be an array of non-empty strings');
  if (!Array.isArray(raw.findings)) problems.push('expect.json: "findings" must be an array (empty for a clean case)');
  if (raw.debatable !== undefined && !Array.isArray(raw.debatable)) problems.push('expect.json: "debatable" must be an array when present');
  if (raw.source !== undefined && (typeof raw.source !== 'string' || raw.source.trim() === '')) problems.push('expect.json: "source" must be a non-empty string when present');

  const lineCounts = new Map<string, number | undefined>();
  const entries = (key: 'findings' | 'debatable'): Label[] => {
    const list = raw[key];
    if (!Array.isArray(list)) return [];
    return list.flatMap((entry, index) => {
      const label = validateEntry(entry, `expect.json: ${key}[${index}]`, dir, ruleIds, lineCounts, problems);
      return label ? [label] : [];
    });
  };
  const findings = entries('findings');
  const debatable = entries('debatable');

  if (Array.isArray(tags)) {
    for (const tag of tags) if (typeof tag === 'string' && !isKnownTag(tag)) warnings.push(`tag "${tag}" is not in the vocabulary of tests/accuracy/README.md`);
    const taggedClean = tags.includes('clean');
    if (Array.isArray(raw.findings) && taggedClean !== (raw.findings.length === 0)) {
      warnings.push(taggedClean ? 'tagged "clean" but expects findings' : 'expects no finding but is not tagged "clean"');
    }
  }
  if (problems.length > 0) return { problems, warnings };
  return { expectation: { title: raw.title as string, tags: tags as string[], findings, debatable }, problems, warnings };
}

function validateEntry(entry: unknown, where: string, dir: string, ruleIds: readonly string[], lineCounts: Map<string, number | undefined>, problems: string[]): Label | undefined {
  if (!isObject(entry)) {
    problems.push(`${where} must be an object with rule, file, line and why`);
    return undefined;
  }
  const before = problems.length;
  for (const key of Object.keys(entry)) if (!ENTRY_KEYS.has(key)) problems.push(`${where}: unknown key "${key}" (expected ${[...ENTRY_KEYS].join(', ')})`);
  const { rule, file, line, why } = entry;
  if (typeof rule !== 'string') problems.push(`${where}: "rule" must be a rule id`);
  else if (rule.startsWith(RULE_PREFIX)) problems.push(`${where}: write the rule id without its prefix: "${rule.slice(RULE_PREFIX.length)}"`);
  else if (!ruleIds.includes(rule)) problems.push(`${where}: unknown rule "${rule}"`);
  if (typeof why !== 'string' || why.trim() === '') problems.push(`${where}: "why" must say in a sentence what makes it a violation`);
  const lineIsWhole = typeof line === 'number' && Number.isInteger(line) && line >= 1;
  if (!lineIsWhole) problems.push(`${where}: "line" must be a whole number from 1, not ${JSON.stringify(line)}`);
  if (typeof file !== 'string' || file === '') {
    problems.push(`${where}: "file" must be a path relative to the case folder`);
  } else if (file.includes('\\') || path.isAbsolute(file) || file.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    problems.push(`${where}: "file" must be a plain relative path with forward slashes, inside the case ("${file}")`);
  } else {
    if (!lineCounts.has(file)) lineCounts.set(file, countLines(path.join(dir, file)));
    const lines = lineCounts.get(file);
    if (lines === undefined) problems.push(`${where}: no such file "${file}"`);
    else if (lineIsWhole && (line as number) > lines) problems.push(`${where}: line ${String(line)} is past the end of ${file} (${lines} lines)`);
  }
  if (problems.length > before) return undefined;
  return { rule: rule as string, file: file as string, line: line as number, why: why as string };
}

/** Lines in a file (a final newline ends the last line, it does not start another); undefined when it is not a file. */
function countLines(filePath: string): number | undefined {
  try {
    if (!statSync(filePath).isFile()) return undefined;
    const text = readFileSync(filePath, 'utf8');
    if (text === '') return 0;
    return text.replace(/(?:\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/).length;
  } catch {
    return undefined;
  }
}

function readJson(filePath: string, problems: string[]): unknown {
  const name = path.basename(filePath);
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    problems.push(`${name} is missing`);
    return undefined;
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    problems.push(`${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

function isKnownTag(tag: string): boolean {
  if (PLAIN_TAGS.has(tag)) return true;
  const [prefix, value, ...rest] = tag.split(':');
  return rest.length === 0 && prefix !== undefined && value !== undefined && (TAG_VOCABULARY[prefix]?.includes(value) ?? false);
}

/** `--case` globs: `*` any run of characters, `?` one character; the whole id must match. */
export function globToRegExp(glob: string): RegExp {
  const body = [...glob].map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
