/**
 * Comparisons, ternaries and logical operators between static values evaluate; coercing loose equality and
 * anything dynamic stays unknown. In class names, a decided test picks one branch; an undecided one keeps both,
 * each conditional.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { collectBindings, evaluate } from '../../src/model/bindings.js';
import { buildModel } from '../../src/model/build.js';
import type { Node } from '../../src/model/estree.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';

function parse(code: string): TSESTree.Program {
  const parsed = parseWithTypescriptEstree(code, 'Component.tsx');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** The value of the last `const value = ...` in the code. */
function valueOf(code: string) {
  const program = parse(code);
  const bindings = collectBindings(program);
  const result = evaluate(bindings.constants.get('value') as Node, bindings);
  return result.ok ? { value: result.value } : { unknown: result.reason };
}

describe('evaluate', () => {
  it.each([
    [`const v = 'ghost'; const value = v === 'ghost';`, { value: true }],
    [`const v = 'solid'; const value = v !== 'ghost' ? 'a' : 'b';`, { value: 'a' }],
    [`const value = undefined == null;`, { value: true }],
    [`const value = 1 != 2;`, { value: true }],
    [`const q = ''; const value = q || 'fallback';`, { value: 'fallback' }],
    [`const q = 0; const value = q ?? 'fallback';`, { value: 0 }],
    [`const q = false; const value = q && 'ghost';`, { value: false }],
  ])('%s', (code, expected) => {
    expect(valueOf(code)).toEqual(expected);
  });

  it.each([
    // '1' == 1 coerces: not re-implemented, unknown.
    [`const value = '1' == 1;`, 'unknown-value'],
    [`const value = props.variant === 'ghost' ? 'a' : 'b';`, 'dynamic-expression'],
    [`const value = 1 < 2;`, 'dynamic-expression'],
  ])('%s stays unknown', (code, reason) => {
    expect(valueOf(code)).toEqual({ unknown: reason });
  });
});

describe('class names under a condition', () => {
  const tokens = (code: string) => buildModel(parse(code)).elements[0]?.classes.tokens.map((t) => `${t.name}${t.conditional ? '?' : ''}`);

  it('takes the branch a constant decides', () => {
    expect(tokens(`const MODE = 'ghost';\nexport const B = () => <button className={MODE === 'ghost' ? 'ghost' : 'solid'} />;`)).toEqual(['ghost']);
    expect(tokens(`const QUIET = false;\nexport const B = () => <button className={(QUIET && 'ghost') || 'solid'} />;`)).toEqual(['solid']);
  });

  it('keeps both branches, conditional, when the test is unknown', () => {
    expect(tokens(`export const B = ({ mode }) => <button className={mode === 'ghost' ? 'ghost' : 'solid'} />;`)).toEqual(['ghost?', 'solid?']);
    expect(tokens(`export const B = ({ quiet }) => <button className={quiet && 'ghost'} />;`)).toEqual(['ghost?']);
  });
});
