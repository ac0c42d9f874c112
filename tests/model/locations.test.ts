/**
 * oxc's nodes share their file's line table as `loc`, and locOf works a node's location out when it is read
 * (src/parse/locations.ts). Every node must still get the location typescript-estree gives it (what the ESLint rules
 * see), whatever the file's line endings, and a reader that skips locOf must fail loudly rather than report line 1.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TSESTree } from '@typescript-eslint/types';
import { buildModel } from '../../src/model/build.js';
import { LineTable, locOf } from '../../src/parse/locations.js';
import { loadOxc } from '../../src/parse/oxc.js';
import { parseWithTypescriptEstree, type ScriptParser } from '../../src/parse/script.js';

let oxc: ScriptParser;
beforeAll(async () => {
  const parser = await loadOxc();
  if (!parser) throw new Error('oxc-parser did not load');
  oxc = parser;
});

const SETTINGS_PAGE = `import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Switch } from '@/components/ui/switch';
import { savePreferences } from '@/lib/api/preferences';

export function PrivacySettings({ initial }: { initial: { training: boolean } }) {
  const { t } = useTranslation('settings');
  const [training, setTraining] = useState(initial.training);
  // Saved on every change; the API debounces.
  return (
    <section className="space-y-4">
      <h2 className="text-lg font-semibold">{t('privacy.title')}</h2>
      <label htmlFor="training" className="flex items-center gap-2">
        <Switch id="training" checked={training} onCheckedChange={(on) => { setTraining(on); void savePreferences({ training: on }); }} />
        Use my conversations to improve our models — “opt out” anytime
      </label>
    </section>
  );
}
`;

/** Every node of a tree, by its range, with the location locOf gives it. */
function locations(program: TSESTree.Program): Map<string, TSESTree.SourceLocation> {
  const found = new Map<string, TSESTree.SourceLocation>();
  const stack: unknown[] = [program];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      stack.push(...(value as unknown[]));
      continue;
    }
    const node = value as { type?: unknown; range?: TSESTree.Range; loc?: TSESTree.SourceLocation };
    if (typeof node.type === 'string' && node.range) found.set(`${node.type}@${node.range.join('-')}`, locOf(node as { range: TSESTree.Range; loc: TSESTree.SourceLocation }));
    for (const [key, child] of Object.entries(node)) if (key !== 'loc' && key !== 'range' && key !== 'parent') stack.push(child);
  }
  return found;
}

function parsed(parse: ScriptParser, text: string): TSESTree.Program {
  const result = parse(text, 'PrivacySettings.tsx');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('node locations from oxc', () => {
  it.each([
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
    ['\\r', '\r'],
    ['U+2028', '\u2028'],
  ])('are typescript-estree\'s for every node shared by both trees, lines ending in %s', (_name, ending) => {
    const text = SETTINGS_PAGE.replace(/\n/g, ending);
    const fromOxc = locations(parsed(oxc, text));
    const fromEstree = locations(parsed(parseWithTypescriptEstree, text));
    let compared = 0;
    for (const [key, loc] of fromEstree) {
      const other = fromOxc.get(key);
      if (!other) continue;
      expect(other, key).toEqual(loc);
      compared += 1;
    }
    // The two trees differ in a few shapes (oxc keeps no JSXText for whitespace-only text in some places), not in
    // most nodes: a comparison of a handful would prove nothing.
    expect(compared).toBeGreaterThan(fromEstree.size * 0.9);
  });

  it('share one line table per file instead of three objects per node', () => {
    const program = parsed(oxc, SETTINGS_PAGE);
    const element = program.body.find((statement) => statement.type === 'ExportNamedDeclaration');
    expect(program.loc).toBeInstanceOf(LineTable);
    expect(element?.loc).toBe(program.loc);
    expect(parsed(oxc, SETTINGS_PAGE).loc).not.toBe(program.loc);
  });

  it('fail loudly where a reader skips locOf', () => {
    const program = parsed(oxc, SETTINGS_PAGE);
    expect(() => program.loc.start.line).toThrow(/locOf/);
  });

  it('give each node of a file the file\'s own lines, and a copy the caller may change', () => {
    const program = parsed(oxc, SETTINGS_PAGE);
    const first = locOf(program.body[0] as TSESTree.Node);
    first.start.line = 99;
    expect(locOf(program.body[0] as TSESTree.Node).start).toEqual({ line: 1, column: 0 });
    // The model's elements, attributes and texts carry the same positions from either parser.
    const fromOxc = buildModel(program).elements.map((element) => [element.name, element.loc, element.openingLoc]);
    const fromEstree = buildModel(parsed(parseWithTypescriptEstree, SETTINGS_PAGE)).elements.map((element) => [element.name, element.loc, element.openingLoc]);
    expect(fromOxc).toEqual(fromEstree);
    expect(fromOxc.find(([tag]) => tag === 'Switch')?.[2]).toEqual({ start: { line: 14, column: 8 }, end: { line: 14, column: 138 } });
  });
});
