/**
 * `honest-ui audit <url|file.html>... | --storybook <url>`: the browser audit's command line. Loaded only for this
 * command (run.ts imports it on demand), and it loads playwright-core only once it starts the browser.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/load.js';
import type { LintResult } from '../engine/types.js';
import { FORMATTER_NAMES, getFormatter } from '../formatters/index.js';
import { packageInfo } from '../package-info.js';
import { SettingsError } from '../settings/settings.js';
import { auditTargets, type AuditTarget } from '../browser/audit.js';
import { BrowserSetupError, findBrowser, launchBrowser } from '../browser/launch.js';
import { storybookTargets, StorybookError } from '../browser/storybook.js';
import { auditHelpText } from './help.js';
import { errorsOnly } from './check.js';
import { EXIT_ERRORS, EXIT_OK, firstLine, parseMaxWarnings, REPORT_OPTIONS, UsageError, writeReport, type CliIo } from './run.js';

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_VIEWPORT = { width: 1280, height: 800 };
/** Pages audited at once: contexts of one browser are cheap, and four keep two cores busy while pages wait on the network. */
const DEFAULT_PAGES = 4;

export async function runAudit(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseAuditArguments(argv);
  if (values.help) {
    io.stdout(auditHelpText());
    return EXIT_OK;
  }
  const formatName = values.format ?? 'stylish';
  const format = getFormatter(formatName);
  if (!format) throw new UsageError(`unknown format '${formatName}'; use one of ${FORMATTER_NAMES.join(', ')}.`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : parseMaxWarnings(values['max-warnings']);
  if (values.storybook === undefined && positionals.length === 0) throw new UsageError('audit needs a URL, an .html file or --storybook <url>.');
  if (values.stories !== undefined && values.storybook === undefined) throw new UsageError('--stories filters the stories of --storybook <url>.');
  const timeoutMs = values.timeout === undefined ? DEFAULT_TIMEOUT_MS : parsePositive(values.timeout, '--timeout', 'milliseconds');
  const viewport = values.viewport === undefined ? DEFAULT_VIEWPORT : parseViewport(values.viewport);
  const concurrency = values.jobs === undefined ? DEFAULT_PAGES : parsePositive(values.jobs, '--jobs', 'pages');
  let config;
  try {
    config = loadConfig({ cwd: io.cwd, ...(values.config !== undefined ? { configPath: values.config } : {}) });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof SettingsError) throw new UsageError(error.message.replace(/^honest-ui: /, ''));
    throw error;
  }

  const targets: AuditTarget[] = positionals.map((given) => target(given, io.cwd));
  try {
    if (values.storybook !== undefined) targets.push(...(await storybookTargets(storybookBase(values.storybook, io.cwd), (url) => fetchText(url, timeoutMs), values.stories)));
  } catch (error) {
    if (error instanceof StorybookError) throw new UsageError(`--storybook: ${error.message}.`);
    throw error;
  }

  let results: LintResult[];
  let details;
  try {
    const executablePath = findBrowser(values.browser);
    const browser = await launchBrowser({ executablePath, args: values['browser-arg'] ?? [] });
    try {
      ({ results, details } = await auditTargets(targets, {
        browser,
        rules: config.rules,
        settings: config.settings,
        timeoutMs,
        viewport,
        blockOffsite: values['block-offsite'] === true,
        allowHosts: values['allow-host'] ?? [],
        explore: values.explore === true,
        screenshots: formatName === 'html',
        concurrency,
        ...(io.stderrIsTTY === true ? { onPage: (done: number, total: number) => io.stderr(`\rhonest-ui: ${done} / ${total} pages`) } : {}),
      }));
    } finally {
      await browser.close().catch(() => undefined);
      if (io.stderrIsTTY === true) io.stderr('\r\u001b[K');
    }
  } catch (error) {
    if (error instanceof BrowserSetupError) throw new UsageError(error.message);
    throw error;
  }

  const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (values.quiet) results = results.map(errorsOnly);
  const outputFile = values['output-file'];
  const output = format(results, {
    cwd: io.cwd,
    color: io.isTTY && outputFile === undefined,
    toolVersion: packageInfo().version,
    details,
    ...(outputFile !== undefined ? { reportDirectory: path.dirname(path.resolve(io.cwd, outputFile)) } : {}),
  });
  const text = output === '' || output.endsWith('\n') ? output : `${output}\n`;
  if (outputFile !== undefined) writeReport(path.resolve(io.cwd, outputFile), text);
  else if (text !== '') io.stdout(text);
  if (values.verbose) io.stderr(verboseReport(details));

  if (results.some((result) => result.errorCount > 0)) return EXIT_ERRORS;
  if (maxWarnings !== undefined && warningCount > maxWarnings) {
    io.stderr(`honest-ui: ${warningCount} ${warningCount === 1 ? 'warning' : 'warnings'} found, more than --max-warnings ${maxWarnings}.\n`);
    return EXIT_ERRORS;
  }
  return EXIT_OK;
}

/** A URL as given (http, https, file), or a local file made into a file: URL. */
function target(given: string, cwd: string): AuditTarget {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(given)) {
    let url: URL;
    try {
      url = new URL(given);
    } catch {
      throw new UsageError(`'${given}' is not a valid URL.`);
    }
    if (!['http:', 'https:', 'file:'].includes(url.protocol)) throw new UsageError(`audit opens http, https and file URLs, not '${url.protocol}'.`);
    return { url: url.href };
  }
  const file = path.resolve(cwd, given);
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no such file: ${given}`);
  return { url: pathToFileURL(file).href };
}

function storybookBase(given: string, cwd: string): string {
  if (/^https?:\/\//i.test(given)) return given;
  const directory = path.resolve(cwd, given);
  if (existsSync(directory)) throw new UsageError(`--storybook takes the URL of a running or served Storybook (a static build opened from disk cannot load its modules): serve ${given} (e.g. npx http-server ${given}) and pass its URL.`);
  throw new UsageError(`--storybook takes a URL such as http://localhost:6006, not '${given}'.`);
}

/** The Storybook's index, fetched from its own URL; undefined when it is not there. */
async function fetchText(url: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    return response.ok ? await response.text() : undefined;
  } catch (error) {
    throw new StorybookError(`cannot read ${url}: ${firstLine(error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error))}`);
  }
}

function parsePositive(text: string, option: string, unit: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) throw new UsageError(`${option} takes a whole number of ${unit}, 1 or more, not '${text}'.`);
  return Number(text);
}

function parseViewport(text: string): { width: number; height: number } {
  const match = /^(\d{2,5})x(\d{2,5})$/.exec(text);
  if (!match) throw new UsageError(`--viewport takes WIDTHxHEIGHT in CSS px, such as 390x844, not '${text}'.`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

function verboseReport(details: ReadonlyMap<string, { reviews: ReadonlyArray<{ ruleId: string; detail: string; reason: string }> }>): string {
  const lines = [...details].flatMap(([url, found]) => found.reviews.map((review) => `  ${url}  honest-ui/${review.ruleId}  ${review.detail} (${review.reason})`));
  return `${lines.length === 0 ? 'honest-ui: nothing needs review.' : `honest-ui: ${lines.length} ${lines.length === 1 ? 'result needs' : 'results need'} review (the audit could not decide):`}\n${lines.map((line) => `${line}\n`).join('')}`;
}

function parseAuditArguments(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        ...REPORT_OPTIONS,
        browser: { type: 'string' },
        'browser-arg': { type: 'string', multiple: true },
        'block-offsite': { type: 'boolean' },
        'allow-host': { type: 'string', multiple: true },
        storybook: { type: 'string' },
        stories: { type: 'string' },
        explore: { type: 'boolean' },
        timeout: { type: 'string' },
        viewport: { type: 'string' },
        jobs: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? firstLine(error.message) : String(error));
  }
}
