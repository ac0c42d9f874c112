/**
 * The checker parses with oxc-parser and the ESLint rules get typescript-estree's AST: both must lead to the same
 * model and the same findings. For every script under fixtures/, the model is built from both parsers and compared
 * field by field (everything but the opaque ESTree node), and every rule in the strict preset runs on both.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { presetRules } from '../../src/catalog/index.js';
import { analyseSource } from '../../src/engine/analyse.js';
import { buildModel } from '../../src/model/build.js';
import { forEachChild, type Node } from '../../src/model/estree.js';
import type { TSESTree } from '@typescript-eslint/types';
import type { UIElement, UIModel, UINode } from '../../src/model/types.js';
import { loadOxc } from '../../src/parse/oxc.js';
import { isScriptFile, parseWithTypescriptEstree, type ScriptParser } from '../../src/parse/script.js';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.js';

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return scripts(full);
    return isScriptFile(entry) && !entry.endsWith('.d.ts') ? [full] : [];
  });
}

/** The model as plain data: the ESTree node is dropped and parents are named by id, so the two can be compared. */
function plain(model: UIModel): unknown {
  const node = (n: UINode): unknown =>
    n.kind === 'text' ? { ...n, parent: n.parent.id } : element(n);
  const element = (e: UIElement): unknown => ({
    ...e,
    node: undefined,
    parent: e.parent?.id ?? null,
    attributes: [...e.attributes.entries()].map(([name, attribute]) => [
      name,
      attribute.value.kind === 'element' ? { ...attribute, value: { ...attribute.value, element: attribute.value.element.id } } : attribute,
    ]),
    children: e.children.map(node),
  });
  return { ...model, roots: model.roots.map(element), elements: model.elements.map((e) => e.id), cssModules: [...model.cssModules] };
}

const files = scripts(fixturesDir);
let oxc: ScriptParser | undefined;

beforeAll(async () => {
  oxc = await loadOxc();
});

it('finds fixture scripts to compare', () => {
  expect(files.length).toBeGreaterThan(30);
});

it('oxc-parser loads on this machine (the checker falls back to typescript-estree where it does not)', () => {
  expect(oxc).toBeDefined();
});

describe.each(files.map((file) => [path.relative(fixturesDir, file), file]))('%s', (_name, file) => {
  const text = readFileSync(file, 'utf8');

  it('builds the same model from oxc-parser as from typescript-estree', () => {
    const fromEstree = parseWithTypescriptEstree(text, file);
    const fromOxc = oxc!(text, file);
    expect(fromOxc.ok).toBe(fromEstree.ok);
    if (!fromEstree.ok || !fromOxc.ok) return;
    expect(plain(buildModel(fromOxc.value))).toEqual(plain(buildModel(fromEstree.value)));
  });

  it('gives the same findings with either parser', () => {
    const input = { filePath: file, text, settings: DEFAULT_SETTINGS, rules: presetRules('strict'), readFile: (p: string) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } } };
    expect(analyseSource({ ...input, parser: oxc! })).toEqual(analyseSource({ ...input, parser: parseWithTypescriptEstree }));
  });
});

describe('oxc-parser edge cases', () => {
  it.each([
    ['CRLF line endings', 'const a = 1;\r\nexport const B = () => (\r\n  <button className="x">Accept</button>\r\n);\r\n'],
    ['astral characters before the JSX', "const s = '😀😀';\nexport const B = () => <p>Tracking 😀 cookies</p>;\n"],
    ['entities in JSX text', 'export const B = () => <p>Terms &amp; conditions&nbsp;apply &#169;</p>;\n'],
  ])('%s: the same locations and text as typescript-estree', (_label, text) => {
    const fromEstree = parseWithTypescriptEstree(text, 'x.tsx');
    const fromOxc = oxc!(text, 'x.tsx');
    if (!fromEstree.ok || !fromOxc.ok) throw new Error('both parsers must accept the sample');
    expect(plain(buildModel(fromOxc.value))).toEqual(plain(buildModel(fromEstree.value)));
  });

  it('a syntax error is reported as typescript-estree (and so ESLint) reports it, not thrown', () => {
    for (const text of ['const a = 1;\nconst b = <div>;\n', 'const s = `unterminated ${a}\n\n', 'export const A = () => <p>{</p>;\n']) {
      const result = oxc!(text, 'x.tsx');
      expect(result.ok).toBe(false);
      expect(result).toEqual(parseWithTypescriptEstree(text, 'x.tsx'));
    }
  });

  it('tells type-only imports from value imports as typescript-estree does (oxc is asked for no TypeScript annotations)', () => {
    const text = [
      "import type { Metadata } from 'next';",
      "import type /* only types */ * as Api from './api';",
      "import type Props from './props';",
      "import type from './type';",
      "import type, { useConsent } from './consent';",
      "import { type Purpose, PURPOSES } from './purposes';",
      "import {} from './empty';",
      "import './globals.css';",
      'export function Banner({ label }: Props): JSX.Element { return <button>{label}</button>; }',
      '',
    ].join('\n');
    const kinds = (result: ReturnType<ScriptParser>) => {
      if (!result.ok) throw new Error('both parsers must accept the sample');
      return result.value.body.flatMap((statement) => (statement.type === 'ImportDeclaration' ? [`${statement.source.value}: ${statement.importKind}`] : []));
    };
    expect(kinds(oxc!(text, 'Banner.tsx'))).toEqual(['next: type', './api: type', './props: type', './type: value', './consent: value', './purposes: value', './empty: value', './globals.css: value']);
    expect(kinds(oxc!(text, 'Banner.tsx'))).toEqual(kinds(parseWithTypescriptEstree(text, 'Banner.tsx')));
  });

  it("gives BigInt and RegExp literals their values and keeps every comment, as typescript-estree does (oxc's JSON path sets them apart)", () => {
    const text = [
      '// honest-ui-disable-next-line no-fine-print -- legal asked for it',
      'const LIMIT = 9007199254740993n;',
      '/* a block comment */',
      'const EMAIL = /^[^@\\s]+@[^@\\s]+$/iu;',
      'export const Field = () => <input pattern={EMAIL.source} max={String(LIMIT)} />;',
      '',
    ].join('\n');
    const shape = (result: ReturnType<ScriptParser>) => {
      if (!result.ok) throw new Error('both parsers must accept the sample');
      const literals = result.value.body.flatMap((statement) => (statement.type === 'VariableDeclaration' ? [(statement.declarations[0]?.init as TSESTree.Literal).value] : []));
      return { literals, comments: result.value.comments?.map((comment) => [comment.type, comment.value, comment.range, comment.loc.start.line]) };
    };
    const fromOxc = shape(oxc!(text, 'Field.tsx'));
    expect(fromOxc.literals).toEqual([9007199254740993n, /^[^@\s]+@[^@\s]+$/iu]);
    expect(fromOxc).toEqual(shape(parseWithTypescriptEstree(text, 'Field.tsx')));
  });

  it("walks each node's children in the same order with either parser: the order of the source", () => {
    // typescript-estree lays a node's properties out in alphabetical order (a conditional's `alternate` before its
    // `test`), oxc in the order of the source; the walks follow the node type's visitor keys, so both go one way.
    const text = [
      "import { useTranslation } from 'react-i18next';",
      "import { Button } from '@/components/ui/button';",
      '',
      'export function TrainingOptIn({ user, onSave }: Props) {',
      "  const { t } = useTranslation('privacy');",
      "  const label = user.plan === 'pro' ? t('training.pro') : `Use my chats to train ${user.org ?? 'our'} models`;",
      '  if (!user.loaded) return <Spinner />;',
      '  return (',
      '    <form onSubmit={() => onSave({ training: true })}>',
      '      <label htmlFor="training">{label}</label>',
      "      <Switch id=\"training\" defaultChecked={user.plan !== 'free'} />",
      "      <Button type=\"submit\">{t('save')}</Button>",
      '    </form>',
      '  );',
      '}',
      '',
    ].join('\n');
    const walk = (result: ReturnType<ScriptParser>): string[] => {
      if (!result.ok) throw new Error('both parsers must accept the sample');
      const visited: string[] = [];
      const visit = (node: Node): void => {
        // The node's type and name or value: the two parsers' ranges differ in places (a pattern's type annotation).
        const { name, value } = node as { name?: unknown; value?: unknown };
        visited.push([node.type, typeof name === 'string' ? name : typeof value === 'string' ? value : ''].join(' ').trim());
        forEachChild(node, visit);
      };
      visit(result.value);
      return visited;
    };
    const fromEstree = walk(parseWithTypescriptEstree(text, 'TrainingOptIn.tsx'));
    expect(walk(oxc!(text, 'TrainingOptIn.tsx'))).toEqual(fromEstree);
    const conditional = fromEstree.findIndex((entry) => entry.startsWith('ConditionalExpression'));
    expect(fromEstree.slice(conditional + 1, conditional + 7)).toEqual(['BinaryExpression', 'MemberExpression', 'Identifier user', 'Identifier plan', 'Literal pro', 'CallExpression']);
    expect(fromEstree.indexOf('JSXAttribute')).toBeLessThan(fromEstree.indexOf('JSXClosingElement'));
  });

  it('walks a node of a type the visitor keys do not name by its properties', () => {
    const label = { type: 'Literal', value: 'Share my data', raw: "'Share my data'", range: [10, 25] };
    const node = { type: 'ExperimentalConsentExpression', range: [0, 30], label, options: [label], loc: {} } as unknown as Node;
    const children: unknown[] = [];
    forEachChild(node, (child) => children.push(child));
    expect(children).toEqual([label, label]);
  });

  it('a .ts file is parsed without JSX, so a type assertion is not an element', () => {
    const result = oxc!('const x = <number>y;\n', 'x.ts');
    expect(result.ok).toBe(true);
  });
});
