/**
 * The checker's command line: `run(argv, io) → exit code`. Everything the process touches comes in through `io`,
 * so tests call it in-process and the bin stays three lines.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packageInfo } from '../package-info.js';
import { RULE_PREFIX } from '../catalog/prefix.js';
import { BaselineError, ConfigError, SettingsError } from '../errors.js';
import { helpText } from './help.js';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal: colours are used only then. */
  isTTY: boolean;
  /** Whether stderr is a terminal: progress is shown only then. */
  stderrIsTTY?: boolean;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** A mistake in how honest-ui was called: one line on stderr, exit 2. */
export class UsageError extends Error {}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await runOrThrow(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof SettingsError || error instanceof ConfigError || error instanceof BaselineError) {
      io.stderr(`honest-ui: ${withoutPrefix(error.message)}\nRun 'honest-ui --help' for usage.\n`);
      return EXIT_USAGE;
    }
    // Never a stack trace: one line that says what went wrong.
    io.stderr(`honest-ui: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
}

async function runOrThrow(argv: readonly string[], io: CliIo): Promise<number> {
  // The browser audit is its own command, loaded only when asked for: the checker never loads a browser driver.
  if (argv[0] === 'audit') {
    const { runAudit } = await import('./audit.js');
    return runAudit(argv.slice(1), io);
  }
  const { values, positionals } = parseArguments(argv);

  if (values.help) {
    io.stdout(helpText());
    return EXIT_OK;
  }
  if (values.version) {
    io.stdout(`${packageInfo().version}\n`);
    return EXIT_OK;
  }

  if (values.explain !== undefined) {
    io.stdout(await explain(values.explain));
    return EXIT_OK;
  }

  // Everything a check needs (the engine, the rules, the formatter) is loaded only now: --version and --help
  // load none of it (issue 14, start-up).
  const { check } = await import('./check.js');
  return check(values, positionals, io);
}

export function parseMaxWarnings(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings expects a whole number of 0 or more, not '${value}'.`);
  return Number(value);
}

export function writeReport(filePath: string, text: string): void {
  try {
    mkdirSync(path.dirname(filePath), { recursive: true });
    writeFileSync(filePath, text);
  } catch (error) {
    throw new UsageError(`cannot write --output-file ${filePath}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `--explain <rule>`: the rule's doc from docs/rules, or its catalogue entry when the doc is not there. */
async function explain(given: string): Promise<string> {
  const [{ RULE_IDS, ruleMeta }, { standard }] = await Promise.all([import('../catalog/index.js'), import('../standards/index.js')]);
  const id = given.startsWith(RULE_PREFIX) ? given.slice(RULE_PREFIX.length) : given;
  const meta = ruleMeta(id);
  if (!meta) throw new UsageError(`unknown rule '${given}'; known rules: ${RULE_IDS.join(', ')}.`);
  try {
    const doc = readFileSync(path.join(packageInfo().root, 'docs', 'rules', `${id}.md`), 'utf8');
    return doc.endsWith('\n') ? doc : `${doc}\n`;
  } catch {
    const standards = meta.standards.map(standard).map((s) => `- ${s.short}: ${s.title} (${s.weight}) ${s.url}`);
    return `# ${RULE_PREFIX}${id}\n\n${meta.description}\n\n${meta.harm}\n\nStandards:\n${standards.join('\n')}\n`;
  }
}

/** The options the checker and `honest-ui audit` share: what to report, and how. */
export const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  'output-file': { type: 'string', short: 'o' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type ParsedArguments = ReturnType<typeof parseArguments>;

function parseArguments(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        ...REPORT_OPTIONS,
        explain: { type: 'string' },
        'max-file-size': { type: 'string' },
        baseline: { type: 'string' },
        'baseline-write': { type: 'string' },
        parser: { type: 'string' },
        jobs: { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // parseArgs's own messages name the option ("Unknown option '--frmat'"); keep them, on one line.
    throw new UsageError(error instanceof Error ? firstLine(error.message) : String(error));
  }
}

export function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}

/** SettingsError messages already start with `honest-ui: `; don't say it twice. */
export function withoutPrefix(message: string): string {
  return message.replace(/^honest-ui: /, '');
}
