/** Formatters turn results into text: `(results, context) → string`, ESLint's formatter contract. */
import type { FileDetails } from '../engine/project.js';
import type { LintResult } from '../engine/types.js';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { isFormatterName, type FormatterName } from './names.js';

export { FORMATTER_NAMES, loadFormatter, type FormatterName } from './names.js';

export interface FormatterContext {
  /** Paths are shown relative to this directory. */
  cwd: string;
  /** Whether to use ANSI colours. */
  color: boolean;
  /** honest-ui's version, for formats that name the tool (SARIF). */
  toolVersion?: string;
  /** Needs-review results and unresolved imports by file path, when they were collected (SARIF notes). */
  details?: ReadonlyMap<string, FileDetails>;
  /** Where the report is written (`--output-file`), so its links to source files resolve from there; else `cwd`. */
  reportDirectory?: string;
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;

const FORMATTERS = { stylish, json, sarif, github, junit, html } as const satisfies Record<FormatterName, Formatter>;

/** The formatter of that name, or undefined for an unknown name. */
export function getFormatter(name: string): Formatter | undefined {
  return isFormatterName(name) ? FORMATTERS[name] : undefined;
}
