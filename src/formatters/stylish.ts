/**
 * ESLint's `stylish` formatter (eslint/lib/cli-engine/formatters/stylish.js), with the file path relative to the
 * working directory and colours from `node:util` instead of chalk. The layout is ESLint's, column for column, so
 * people read it the way they read ESLint.
 */
import path from 'node:path';
import { stripVTControlCharacters, styleText } from 'node:util';
import type { Formatter, FormatterContext } from './index.js';

type Style = Parameters<typeof styleText>[0];

export const stylish: Formatter = (results, context) => {
  const paint = painter(context);
  let output = '\n';
  let errorCount = 0;
  let warningCount = 0;
  let summaryColor: 'red' | 'yellow' = 'yellow';

  for (const result of results) {
    if (result.messages.length === 0) continue;
    errorCount += result.errorCount;
    warningCount += result.warningCount;

    output += `${paint('underline', displayPath(result.filePath, context.cwd))}\n`;
    const rows = result.messages.map((message) => {
      const isError = message.fatal === true || message.severity === 2;
      if (isError) summaryColor = 'red';
      return [
        '',
        // A browser audit locates a finding by its element's CSS selector, not a line.
        message.selector ?? String(message.line || 0),
        message.selector === undefined ? String(message.column || 0) : '',
        isError ? paint('red', 'error') : paint('yellow', 'warning'),
        // ESLint drops a sentence's final full stop, so the rule id reads as the end of the line.
        message.message.replace(/([^ ])\.$/u, '$1'),
        paint('dim', message.ruleId ?? ''),
      ];
    });
    const lines = table(rows, ['', result.messages.some((message) => message.selector !== undefined) ? 'l' : 'r', 'l']).map((line, index) =>
      result.messages[index]?.selector !== undefined ? line : line.replace(/(\d+)\s+(\d+)/u, (_match, row: string, column: string) => paint('dim', `${row}:${column}`)),
    );
    output += `${lines.join('\n')}\n\n`;
  }

  const total = errorCount + warningCount;
  if (total === 0) return '';
  output += paint(
    [summaryColor, 'bold'],
    `\u2716 ${total} ${plural('problem', total)} (${errorCount} ${plural('error', errorCount)}, ${warningCount} ${plural('warning', warningCount)})\n`,
  );
  return output;
};

/** A file relative to the working directory; a page audited in the browser by its URL. */
export function displayPath(filePath: string, cwd: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(filePath) && !/^[a-z]:[\\/]/i.test(filePath)) return filePath;
  return path.relative(cwd, filePath) || filePath;
}

function painter(context: FormatterContext): (style: Style, text: string) => string {
  // validateStream: false because the caller has already decided on colour (Node 22+ would otherwise re-check
  // process.stdout and strip colours the caller asked for); Node 20 ignores the option. Empty text stays empty, as
  // with chalk, so an empty rule id cell leaves no escape codes (and no padding) at the end of a line.
  if (!context.color) return (_style, text) => text;
  return (style, text) => (text === '' ? '' : styleText(style, text, { validateStream: false }));
}

function plural(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}

/** The `text-table` layout ESLint uses: columns padded to their widest cell, two spaces apart, right-trimmed. */
function table(rows: string[][], align: readonly string[]): string[] {
  const width = (cell: string): number => stripVTControlCharacters(cell).length;
  const sizes: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (sizes[index] = Math.max(sizes[index] ?? 0, width(cell))));
  return rows.map((row) =>
    row
      .map((cell, index) => {
        const padding = ' '.repeat(Math.max((sizes[index] ?? 0) - width(cell), 0));
        return align[index] === 'r' ? padding + cell : cell + padding;
      })
      .join('  ')
      .trimEnd(),
  );
}
