import postcss, { type Root } from 'postcss';
import { toParseFailure, type ParseResult } from './result.js';

export const STYLESHEET_EXTENSIONS = ['.css'] as const;

export function isStylesheetFile(filePath: string): boolean {
  return STYLESHEET_EXTENSIONS.some((ext) => filePath.endsWith(ext));
}

/** Parse a stylesheet with postcss. Never throws. */
export function parseStylesheet(text: string, filePath: string): ParseResult<Root> {
  try {
    return { ok: true, value: postcss.parse(text, { from: filePath }) };
  } catch (error) {
    return { ok: false, error: toParseFailure(error) };
  }
}
