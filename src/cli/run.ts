/**
 * The checker's command line: `run(argv, io) → exit code`. Everything the process touches comes in through `io`,
 * so tests call it in-process and the bin stays three lines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { recommendedRules } from '../catalog/index.js';
import { analyseProject, MissingPathsError } from '../engine/project.js';
import type { LintResult } from '../engine/types.js';
import { summarise } from '../engine/types.js';
import { FORMATTER_NAMES, getFormatter } from '../formatters/index.js';
import { resolveSettings, SettingsError } from '../settings/settings.js';
import { helpText } from './help.js';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal: colours are used only then. */
  isTTY: boolean;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** A mistake in how honest-ui was called: one line on stderr, exit 2. */
class UsageError extends Error {}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await runOrThrow(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof SettingsError) {
      io.stderr(`honest-ui: ${withoutPrefix(error.message)}\nRun 'honest-ui --help' for usage.\n`);
      return EXIT_USAGE;
    }
    // Never a stack trace: one line that says what went wrong.
    io.stderr(`honest-ui: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
}

async function runOrThrow(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArguments(argv);

  if (values.help) {
    io.stdout(helpText());
    return EXIT_OK;
  }
  if (values.version) {
    io.stdout(`${packageVersion()}\n`);
    return EXIT_OK;
  }

  const formatName = values.format ?? 'stylish';
  const format = getFormatter(formatName);
  if (!format) {
    throw new UsageError(`unknown format '${formatName}'; use one of ${FORMATTER_NAMES.join(', ')}.`);
  }

  let results: LintResult[];
  try {
    results = await analyseProject({
      cwd: io.cwd,
      paths: positionals.length > 0 ? positionals : ['.'],
      settings: resolveSettings(undefined),
      rules: recommendedRules(),
    });
  } catch (error) {
    if (error instanceof MissingPathsError) {
      throw new UsageError(`no such file or directory: ${error.paths.join(', ')}`);
    }
    throw error;
  }

  if (values.quiet) results = results.map(errorsOnly);

  const output = format(results, { cwd: io.cwd, color: io.isTTY });
  if (output !== '') io.stdout(output.endsWith('\n') ? output : `${output}\n`);

  return results.some((result) => result.errorCount > 0) ? EXIT_ERRORS : EXIT_OK;
}

function parseArguments(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // parseArgs's own messages name the option ("Unknown option '--frmat'"); keep them, on one line.
    throw new UsageError(error instanceof Error ? firstLine(error.message) : String(error));
  }
}

/** `--quiet`: drop warnings from the messages and from the counts, as ESLint's --quiet does. */
function errorsOnly(result: LintResult): LintResult {
  return summarise(result.filePath, result.messages.filter((message) => message.severity === 2));
}

let version: string | undefined;

/**
 * The version in package.json, found by walking up from this module: it is `src/cli/` under vitest and
 * `dist/src/cli/` once built, so a fixed relative path would be wrong in one of them.
 */
function packageVersion(): string {
  if (version !== undefined) return version;
  for (let directory = path.dirname(fileURLToPath(import.meta.url)); ; directory = path.dirname(directory)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'eslint-plugin-honest-ui' && typeof manifest.version === 'string') {
        version = manifest.version;
        return version;
      }
    } catch {
      // No readable package.json here; keep walking up.
    }
    if (path.dirname(directory) === directory) throw new Error('cannot find the package.json of eslint-plugin-honest-ui');
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}

/** SettingsError messages already start with `honest-ui: `; don't say it twice. */
function withoutPrefix(message: string): string {
  return message.replace(/^honest-ui: /, '');
}
