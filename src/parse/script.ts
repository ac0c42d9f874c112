import type { TSESTree } from '@typescript-eslint/types';
import { lazyRequire } from '../lazy-require.js';
import { toParseFailure, type ParseResult } from './result.js';

/** File extensions the checker reads as scripts. */
export const SCRIPT_EXTENSIONS = ['.tsx', '.jsx', '.ts', '.js', '.mjs', '.cjs', '.mts', '.cts'] as const;

export function isScriptFile(filePath: string): boolean {
  return SCRIPT_EXTENSIONS.some((ext) => filePath.endsWith(ext));
}

/**
 * typescript-estree, loaded on first use: it brings the TypeScript compiler (about 70 MB of heap per thread), which
 * a checker run parsing with oxc never needs unless a file fails to parse.
 */
const typescriptEstree = lazyRequire<typeof import('@typescript-eslint/typescript-estree')>('@typescript-eslint/typescript-estree');

/**
 * A parser that produces an ESTree / TS-ESTree shaped Program with `range`, `loc` and comments.
 * The model builder reads only those standard shapes, so any parser with this signature can stand here.
 */
export type ScriptParser = (text: string, filePath: string) => ParseResult<TSESTree.Program>;

/**
 * typescript-estree, the parser ESLint's typescript-eslint users already run. `.ts` files are parsed without JSX
 * (`<T>value` is a type assertion there); every other script may contain JSX.
 */
export const parseWithTypescriptEstree: ScriptParser = (text, filePath) => {
  const jsx = !/\.[mc]?ts$/.test(filePath);
  try {
    const program = typescriptEstree().parse(text, {
      jsx,
      loc: true,
      range: true,
      comment: true,
      tokens: false,
      filePath,
      errorOnUnknownASTType: false,
      allowInvalidAST: false,
    });
    return { ok: true, value: program };
  } catch (error) {
    return { ok: false, error: toParseFailure(error) };
  }
};
