/**
 * JSX character references (`&amp;`, `&#169;`, `&#x1F600;`, which JSX requires to end with a semicolon), decoded in
 * JSX text and attribute strings as typescript-estree decodes them: oxc gives them raw (oxc.ts), and the copy read
 * from a file's text (src/engine/lexical-copy.ts) must decode them alike.
 */
import { lazyRequire } from '../lazy-require.js';

export function decodeJsxText(text: string): string {
  if (!text.includes('&')) return text;
  const { decodeHTML, DecodingMode } = entities();
  return decodeHTML(text, DecodingMode.Strict);
}

/** Loaded by the first text with an `&` in it: most files have none. */
const entities = lazyRequire<typeof import('entities')>('entities');
