import type { Root } from 'postcss';
import { postcssLib, scssSyntax } from '../css/postcss.js';
import { toParseFailure, type ParseResult } from './result.js';

export const STYLESHEET_EXTENSIONS = ['.css', '.scss'] as const;

export function isStylesheetFile(filePath: string): boolean {
  return STYLESHEET_EXTENSIONS.some((ext) => filePath.endsWith(ext));
}

export function isScssFile(filePath: string): boolean {
  return filePath.endsWith('.scss');
}

/** Parse a stylesheet with postcss (postcss-scss for `.scss`: nesting, `$variables`, `//` comments). Never throws. */
export function parseStylesheet(text: string, filePath: string): ParseResult<Root> {
  try {
    return { ok: true, value: isScssFile(filePath) ? scssSyntax().parse(text, { from: filePath }) : postcssLib().parse(text, { from: filePath }) };
  } catch (error) {
    return { ok: false, error: toParseFailure(error) };
  }
}
