/**
 * `--baseline FILE` and `--baseline-write FILE`: adopting honest-ui on a codebase that already has findings.
 * The matching lives in src/engine/baseline.ts; this is what the command line says about it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyBaseline, BaselineError, createBaseline, readBaseline, serialiseBaseline, type BaselineEntry } from '../engine/baseline.js';
import type { LintResult } from '../engine/types.js';

export interface BaselineOptions {
  /** `--baseline FILE`, relative to cwd. */
  baseline: string | undefined;
  /** `--baseline-write FILE`, relative to cwd. */
  write: string | undefined;
  cwd: string;
  /** Baseline paths are relative to this directory: the config file's, or cwd when there is none. */
  root: string;
  verbose: boolean;
  stderr: (text: string) => void;
}

/** Fixed entries named on stderr before the rest is summarised as a count. */
const FIXED_LISTED = 10;

/** The results to report: without the findings the baseline knows (all of them, right after writing it). */
export function withBaseline(results: LintResult[], options: BaselineOptions): LintResult[] {
  const given = options.write ?? options.baseline;
  if (given === undefined) return results;
  const filePath = path.resolve(options.cwd, given);

  if (options.write !== undefined) {
    const baseline = createBaseline(results, options.root, readSource);
    writeBaseline(filePath, serialiseBaseline(baseline));
    const count = baseline.findings.length;
    options.stderr(`honest-ui: wrote ${count} ${count === 1 ? 'finding' : 'findings'} to the baseline ${given}; run with --baseline ${given} to fail only on new ones.\n`);
    return applyBaseline(results, baseline, options.root, readSource).results;
  }

  const outcome = applyBaseline(results, readBaseline(filePath), options.root, readSource);
  if (outcome.fixed.length > 0) options.stderr(fixedReport(outcome.fixed));
  if (options.verbose) {
    options.stderr(`honest-ui: ${outcome.matched} ${outcome.matched === 1 ? 'finding is' : 'findings are'} in the baseline ${given} and not reported.\n`);
  }
  return outcome.results;
}

function fixedReport(fixed: readonly BaselineEntry[]): string {
  const listed = fixed.slice(0, FIXED_LISTED).map((entry) => `${entry.file} ${entry.ruleId}`);
  const more = fixed.length > FIXED_LISTED ? ` and ${fixed.length - FIXED_LISTED} more` : '';
  const entries = fixed.length === 1 ? '1 baseline entry no longer occurs' : `${fixed.length} baseline entries no longer occur`;
  return `honest-ui: ${entries} (fixed): ${listed.join(', ')}${more}; rewrite the baseline with --baseline-write to shrink it.\n`;
}

function writeBaseline(filePath: string, text: string): void {
  try {
    mkdirSync(path.dirname(filePath), { recursive: true });
    writeFileSync(filePath, text);
  } catch (error) {
    throw new BaselineError(`cannot write baseline ${filePath}: ${error instanceof Error ? error.message : String(error)}`, filePath);
  }
}

function readSource(filePath: string): string | undefined {
  try {
    return readFileSync(filePath, 'utf8');
  } catch {
    return undefined;
  }
}
