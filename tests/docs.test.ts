/**
 * Docs tested as code (typescript-eslint's habit): in every docs/rules/<id>.md, each ```tsx block under an
 * "Incorrect" heading must produce at least one finding of that rule, and each block under a "Correct" heading
 * none. Blocks are linted with ESLint's Linter, the built plugin and @typescript-eslint/parser, as users run them.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
// The plugin as built: rules/index.ts reads package.json relative to dist/rules/, so tests use the built file.
import plugin from '../dist/rules/index.js';
import { ruleMeta } from '../src/catalog/index.js';
import { analyseProject } from '../src/engine/project.js';
import { resolveSettings } from '../src/settings/settings.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docsDir = path.join(repo, 'docs', 'rules');

interface Sample {
  kind: 'incorrect' | 'correct';
  code: string;
  /** 1-based line of the opening fence, for failure messages. */
  line: number;
}

/** The ```tsx blocks of a doc, each tagged with the Incorrect/Correct heading it sits under. */
export function samples(markdown: string, language = 'tsx'): Sample[] {
  const out: Sample[] = [];
  const lines = markdown.split('\n');
  let section: Sample['kind'] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      const title = heading[1] ?? '';
      section = /\bincorrect\b/i.test(title) ? 'incorrect' : /\bcorrect\b/i.test(title) ? 'correct' : undefined;
      continue;
    }
    const fence = /^```(\S*)\s*$/.exec(line);
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i] ?? ''); i++) body.push(lines[i] ?? '');
    if (fence[1] === language && section) out.push({ kind: section, code: body.join('\n'), line: start + 1 });
  }
  return out;
}

const docs = readdirSync(docsDir).filter((file) => file.endsWith('.md')).sort();
const linter = new Linter({ cwd: repo });
const config = [
  plugin.configs.strict,
  { files: ['**/*.tsx'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } },
] as Linter.Config[];

describe('the sample extractor', () => {
  it('tags blocks by the heading above them and ignores other languages and sections', () => {
    const found = samples(['# x', '```tsx', 'a', '```', '### ❌ Incorrect', '```tsx', 'b', '```', '```js', 'c', '```', '### ✅ Correct', '```tsx', 'd', '```', '## Options', '```tsx', 'e', '```'].join('\n'));
    expect(found).toEqual([
      { kind: 'incorrect', code: 'b', line: 6 },
      { kind: 'correct', code: 'd', line: 13 },
    ]);
  });
});

describe.each(docs)('docs/rules/%s', (file) => {
  const id = file.replace(/\.md$/, '');
  const ruleId = `honest-ui/${id}`;
  // An audit-only rule's examples are pages (```html), audited in the browser by tests/browser/audit.test.ts.
  const all = samples(readFileSync(path.join(docsDir, file), 'utf8'), ruleMeta(id)?.auditOnly ? 'html' : 'tsx');

  it('has at least one incorrect and one correct example', () => {
    expect(all.filter((s) => s.kind === 'incorrect').length).toBeGreaterThan(0);
    expect(all.filter((s) => s.kind === 'correct').length).toBeGreaterThan(0);
  });

  // A checker-only rule compares files: its examples are projects, each block a file named in its first line
  // (`// src/Banner.tsx`); the incorrect blocks together must produce a finding, the correct ones together none.
  it.runIf(ruleMeta(id)?.checkerOnly).each(['incorrect', 'correct'] as const)('%s examples, checked as one project', async (kind) => {
    const root = mkdtempSync(path.join(tmpdir(), `honest-ui-doc-${id}-`));
    try {
      for (const sample of all.filter((s) => s.kind === kind)) {
        const name = /^\/\/ (\S+\.tsx)\b/.exec(sample.code)?.[1];
        expect(name, `line ${sample.line}: first line names the file`).toBeDefined();
        mkdirSync(path.dirname(path.join(root, name ?? '')), { recursive: true });
        writeFileSync(path.join(root, name ?? ''), sample.code);
      }
      const results = await analyseProject({ cwd: root, paths: [], settings: resolveSettings(undefined), rules: new Map([[id, { severity: 2, options: {} }]]) });
      const own = results.flatMap((r) => r.messages).filter((m) => m.ruleId === ruleId);
      if (kind === 'incorrect') expect(own.length).toBeGreaterThan(0);
      else expect(own).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it.skipIf(ruleMeta(id)?.checkerOnly || ruleMeta(id)?.auditOnly).each(all.map((sample) => [`${sample.kind} example at line ${sample.line}`, sample] as const))('%s', (_name, sample) => {
    // A virtual file in docs/rules/, so relative imports in a sample would resolve beside the doc.
    const filename = path.join(docsDir, `${id}-line-${sample.line}.tsx`);
    const messages = linter.verify(sample.code, config, { filename });
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    const own = messages.filter((m) => m.ruleId === ruleId);
    if (sample.kind === 'incorrect') expect(own.length).toBeGreaterThan(0);
    else expect(own).toEqual([]);
  });
});
