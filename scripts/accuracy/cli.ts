/**
 * `npm run accuracy [-- --case <glob>] [--verbose] [--json <file>] [--update [--allow-lower]]`: score the corpus,
 * print the figures, every false positive and false negative, write the same as JSON, and compare with the
 * recorded figures. `main(argv, io, paths)` touches the world only through its arguments, so tests run it
 * in-process on a corpus of their own.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packageInfo } from '../../src/package-info.js';
import { baselineOf, parseBaseline, ratchet, serialiseBaseline, updateRefusals, withFigures, type Baseline } from './baseline.js';
import { CorpusError } from './cases.js';
import { jsonReport, textReport } from './report.js';
import { scoreCorpus } from './run.js';

export interface AccuracyPaths {
  cases: string;
  baseline: string;
  readme: string;
  /** The JSON report, unless --json names another. */
  json: string;
}

export interface AccuracyIo {
  /** Relative paths on the command line (--json) are resolved against this. */
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const EXIT_OK = 0;
/** The figures are below the recorded ones. */
export const EXIT_BELOW_RECORD = 1;
/** A usage error, a malformed case, or an update that was refused. */
export const EXIT_ERROR = 2;

export function defaultPaths(root = packageInfo().root): AccuracyPaths {
  return {
    cases: path.join(root, 'tests', 'accuracy', 'cases'),
    baseline: path.join(root, 'tests', 'accuracy', 'baseline.json'),
    readme: path.join(root, 'README.md'),
    json: path.join(root, '.accuracy', 'report.json'),
  };
}

const HELP = `Usage: npm run accuracy -- [options]

Scores honest-ui (strict preset, default options) on the accuracy corpus in tests/accuracy/cases/ and compares the
figures with those recorded in tests/accuracy/baseline.json.

Options:
  --case <glob>    score only the cases whose id matches (* and ?); repeatable
  --cases <dir>    score the labelled cases in another folder (a held-out set, your own), without the ratchet
  --verbose        list every case with its matches, debatable matches and needs-review results
  --json <file>    where to write the JSON report (default: .accuracy/report.json)
  --update         record the figures in tests/accuracy/baseline.json and the README; refuses to lower them
  --allow-lower    with --update: record figures lower than those recorded
  -h, --help       this text

Exit codes: 0 the figures are at or above the record, 1 a figure is below the record, 2 a usage error, a
malformed case, or a refused update.
`;

export async function main(argv: readonly string[], io: AccuracyIo, paths: AccuracyPaths = defaultPaths()): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        case: { type: 'string', multiple: true },
        cases: { type: 'string' },
        verbose: { type: 'boolean' },
        json: { type: 'string' },
        update: { type: 'boolean' },
        'allow-lower': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    io.stderr(`accuracy: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    return EXIT_ERROR;
  }
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const only = values.case ?? [];
  // Another folder of labelled cases (a held-out set, a team's own): scored alone, never against the record.
  const elsewhere = values.cases !== undefined ? path.resolve(io.cwd, values.cases) : undefined;
  if (elsewhere && values.update) {
    io.stderr('accuracy: --update records the figures of the corpus in tests/accuracy/cases; it cannot be combined with --cases.\n');
    return EXIT_ERROR;
  }
  if (values.update && only.length > 0) {
    io.stderr('accuracy: --update records the figures of the whole corpus; it cannot be combined with --case.\n');
    return EXIT_ERROR;
  }
  if (values['allow-lower'] && !values.update) {
    io.stderr('accuracy: --allow-lower goes with --update.\n');
    return EXIT_ERROR;
  }

  let scored;
  try {
    scored = await scoreCorpus(elsewhere ?? paths.cases, { only });
  } catch (error) {
    if (error instanceof CorpusError) {
      io.stderr(`accuracy: ${error.message}\n`);
      return EXIT_ERROR;
    }
    throw error;
  }
  if (only.length > 0 && scored.cases.length === 0) {
    io.stderr(`accuracy: no case matches ${only.map((glob) => `'${glob}'`).join(', ')}.\n`);
    return EXIT_ERROR;
  }

  const current = baselineOf(scored.summary);
  let recorded: Baseline | undefined;
  try {
    recorded = readBaseline(paths.baseline);
  } catch (error) {
    io.stderr(`accuracy: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_ERROR;
  }
  // A subset's figures are not comparable with the whole corpus's.
  const comparison = only.length === 0 && !elsewhere && recorded ? ratchet(recorded, current) : undefined;

  io.stdout(textReport(scored, { verbose: values.verbose === true }));
  const jsonPath = values.json !== undefined ? path.resolve(io.cwd, values.json) : paths.json;
  mkdirSync(path.dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, jsonReport(scored, { ...(only.length > 0 ? { only } : {}), ...(comparison ? { ratchet: comparison } : {}) }));
  io.stdout(`JSON report: ${path.relative(io.cwd, jsonPath) || jsonPath}\n`);

  if (values.update) return update(recorded, current, paths, io, values['allow-lower'] === true);
  if (only.length > 0 || elsewhere) {
    io.stdout(`ratchet: not compared (${elsewhere ? '--cases scores another folder' : '--case scores a subset'}).\n`);
    return EXIT_OK;
  }
  if (!recorded) {
    io.stdout(`ratchet: no recorded figures at ${paths.baseline}; record them with \`npm run accuracy -- --update\`.\n`);
    return EXIT_OK;
  }
  return reportRatchet(comparison ?? { failures: [], notes: [] }, io);
}

function reportRatchet(comparison: { failures: string[]; notes: string[] }, io: AccuracyIo): number {
  for (const note of comparison.notes) io.stdout(`ratchet: ${note}\n`);
  if (comparison.failures.length === 0) {
    io.stdout('ratchet: no figure is below the record.\n');
    return EXIT_OK;
  }
  io.stderr(`ratchet: below the record:\n${comparison.failures.map((failure) => `  ${failure}\n`).join('')}`);
  return EXIT_BELOW_RECORD;
}

function update(recorded: Baseline | undefined, current: Baseline, paths: AccuracyPaths, io: AccuracyIo, allowLower: boolean): number {
  const refusals = updateRefusals(recorded, current, { allowLower });
  if (refusals.length > 0) {
    io.stderr(`accuracy: not recording the figures:\n${refusals.map((refusal) => `  ${refusal}\n`).join('')}`);
    return EXIT_ERROR;
  }
  let readme: string;
  try {
    readme = withFigures(readFileSync(paths.readme, 'utf8'), current);
  } catch (error) {
    io.stderr(`accuracy: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_ERROR;
  }
  writeFileSync(paths.baseline, serialiseBaseline(current));
  writeFileSync(paths.readme, readme);
  io.stdout(`recorded the figures in ${path.relative(io.cwd, paths.baseline) || paths.baseline} and ${path.relative(io.cwd, paths.readme) || paths.readme}.\n`);
  return EXIT_OK;
}

/** The recorded figures, or undefined when none are recorded. */
export function readBaseline(file: string): Baseline | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return parseBaseline(text, file);
}
