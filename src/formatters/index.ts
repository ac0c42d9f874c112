/** Formatters turn results into text: `(results, context) → string`, ESLint's formatter contract. */
import type { LintResult } from '../engine/types.js';
import { json } from './json.js';
import { stylish } from './stylish.js';

export interface FormatterContext {
  /** Paths are shown relative to this directory. */
  cwd: string;
  /** Whether to use ANSI colours. */
  color: boolean;
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;

const FORMATTERS = { stylish, json } as const satisfies Record<string, Formatter>;

export type FormatterName = keyof typeof FORMATTERS;

export const FORMATTER_NAMES = Object.keys(FORMATTERS) as FormatterName[];

/** The formatter of that name, or undefined for an unknown name. */
export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name as FormatterName] : undefined;
}
