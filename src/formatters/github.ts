/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`): GitHub turns each line into an annotation on
 * the pull request's diff. Escaping follows GitHub's runner (actions/toolkit `command.ts`): in the message `%`,
 * `\r` and `\n`; in properties also `:` and `,`, which would otherwise end the property.
 */
import path from 'node:path';
import type { LintMessage } from '../engine/types.js';
import type { Formatter } from './index.js';

export const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = path.relative(context.cwd, result.filePath).split(path.sep).join('/') || result.filePath;
    for (const message of result.messages) lines.push(command(file, message));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

function command(file: string, message: LintMessage): string {
  const properties: [string, string | number | undefined][] = [
    ['file', file],
    ['line', message.line],
    ['col', message.column],
    ['endLine', message.endLine],
    ['endColumn', message.endColumn],
    ['title', message.ruleId ?? 'honest-ui'],
  ];
  const props = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  const kind = message.fatal === true || message.severity === 2 ? 'error' : 'warning';
  return `::${kind} ${props}::${escapeData(message.message)}`;
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
