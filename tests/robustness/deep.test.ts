/**
 * Depth: typescript-estree gives up (a fatal parse error) at about 700 levels of JSX, but ESLint may run the rules
 * over an AST from another parser, so the core itself must survive any depth. These ASTs are built by hand,
 * thousands of levels deep, and fed through the whole core with the `parser` hook of analyseSourceInDetail.
 */
import { parse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { analyseSourceInDetail, type RuleConfig } from '../../src/engine/analyse.js';
import { buildModel, MAX_JSX_DEPTH, TOO_DEEP } from '../../src/model/build.js';
import type { UIElement } from '../../src/model/types.js';
import { resolveSettings } from '../../src/settings/settings.js';

const settings = resolveSettings(undefined);
const rules: RuleConfig = new Map([...CHECKS.keys()].map((id) => [id, { severity: 2 as const, options: {} }]));

const BANNER = `import './banner.css';
export const Banner = () => (
  <div className="x">
    <p>We use cookies to personalise ads.</p>
    <button className="accept">Accept all</button>
    <a className="reject">Reject all</a>
  </div>
);
`;

/** BANNER with its outer div wrapped in `depth` more divs (or fragments), as one AST. */
function deepProgram(depth: number, fragments = false): TSESTree.Program {
  const program = parse(BANNER, { jsx: true, loc: true, range: true, comment: true });
  const declaration = (program.body[1] as TSESTree.ExportNamedDeclaration).declaration as TSESTree.VariableDeclaration;
  const arrow = declaration.declarations[0]?.init as TSESTree.ArrowFunctionExpression;
  const banner = arrow.body as TSESTree.JSXElement;
  const fragment = (parse('<></>', { jsx: true, loc: true, range: true }).body[0] as TSESTree.ExpressionStatement).expression as TSESTree.JSXFragment;
  const wrapper = { ...banner, children: [] as TSESTree.JSXChild[] };
  let node: TSESTree.JSXElement | TSESTree.JSXFragment = banner;
  for (let i = 0; i < depth; i++) node = { ...(fragments && i % 2 === 1 ? fragment : wrapper), children: [node] } as TSESTree.JSXElement;
  arrow.body = node;
  return program;
}

function analyse(program: TSESTree.Program, css: string) {
  return analyseSourceInDetail({ filePath: '/p/Banner.tsx', text: BANNER, settings, rules, readFile: () => css, parser: () => ({ ok: true, value: program }) });
}

function depthOf(element: UIElement): number {
  let depth = 0;
  for (let current = element.parent; current; current = current.parent) depth++;
  return depth;
}

describe('thousands-deep JSX', () => {
  it.each([5_000, 50_000])('%i levels of elements, and of alternating fragments: no exception, no finding on what is out of sight, one notice that it went unseen', (depth) => {
    for (const fragments of [false, true]) {
      const result = analyse(deepProgram(depth, fragments), '.x { color: #111; background: #fff } .x .x .x a { font-size: 10px }');
      expect(result.messages).toEqual([expect.objectContaining({ ruleId: null, severity: 1, data: { reason: 'too-deep' } })]);
      expect(result.messages[0]?.message).toMatch(new RegExp(`more than ${MAX_JSX_DEPTH} levels deep`));
    }
  });

  it('the model stops at MAX_JSX_DEPTH with one opaque element whose content is unknown', () => {
    const model = buildModel(deepProgram(MAX_JSX_DEPTH + 50), { settings });
    const deepest = Math.max(...model.elements.map(depthOf));
    expect(deepest).toBe(MAX_JSX_DEPTH);
    const opaque = model.elements.filter((e) => e.name === TOO_DEEP);
    expect(opaque).toHaveLength(1);
    expect(opaque[0]?.children).toEqual([expect.objectContaining({ kind: 'text', text: { known: false, reason: 'too-deep' } })]);
    // Above the cut the banner's ancestors are ordinary elements.
    expect(model.elements.filter((e) => e.name === 'div')).toHaveLength(MAX_JSX_DEPTH);
  });

  it('below the limit, the banner is still checked', () => {
    const css = '.x { color: #111; background: #fff; font-size: 16px } .accept { font-size: 16px } .x .x .x .reject { font-size: 10px }';
    const result = analyse(deepProgram(100), css);
    expect(result.messages.map((m) => [m.ruleId, m.messageId])).toContainEqual(['honest-ui/no-unbalanced-choices', 'weakerDecline']);
  });

  // Regression: descendant selectors used to be matched by trying every combination of ancestors, so a
  // five-part selector whose leftmost part matches nothing took minutes on a 200-deep tree (found with the
  // hostile corpus). With memoisation it is linear in the depth per compound.
  it('a long descendant selector that never matches, over a deep tree, finishes and matches nothing', () => {
    const css = '.x { color: #111; background: #fff } .y .x .x .x .x .x .reject { font-size: 10px } .accept, .reject { font-size: 16px }';
    const result = analyse(deepProgram(200), css);
    expect(result.messages.filter((m) => m.messageId === 'weakerDecline')).toEqual([]);
  });
});
