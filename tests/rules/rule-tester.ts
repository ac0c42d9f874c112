/** RuleTester wired to vitest, with the parser setup a TSX project uses, and temp dirs for stylesheet cases. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import parser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.describe = describe;

export function ruleTester(): RuleTester {
  return new RuleTester({
    languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } },
  });
}

/** A .tsx file name for cases that need no stylesheet. */
export const TSX = 'Component.tsx';

/**
 * Write stylesheets into a fresh temp dir (removed after the file's tests) and return the path a test case's
 * `filename` should use so that `import './x.css'` resolves to them.
 */
export function withStylesheets(files: Record<string, string>, component = 'Banner.tsx'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'honest-ui-rule-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, component);
}
