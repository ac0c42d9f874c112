/**
 * `npm run real-code -- <dir> [--out page.html|page.md]`: run the checker (strict preset, default options) over a
 * folder of fetched public code and write every finding and every needs-review result into one page to read before
 * a release. The folder is only read; nothing from it is committed.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packageInfo } from '../../src/package-info.js';
import { relativeFile, runStrict, type StrictRun } from '../accuracy/check.js';
import { collect } from './collect.js';
import { htmlPage, markdownPage } from './page.js';

export interface RealCodeIo {
  /** Relative paths on the command line are resolved against this. */
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const HELP = `Usage: npm run real-code -- <dir> [--out <file>] [--jobs <n>] [--unfiltered]

Runs honest-ui (strict preset, default options) over a folder of fetched public code and writes every finding and
every needs-review result, grouped by file with the source around each, into one page: HTML, or Markdown when the
file name ends in .md. Default page: .accuracy/real-code-<folder name>.html in honest-ui's own folder.

--unfiltered  also analyse every file the text pre-filter lets go, and list the findings that run reports and the
              filtered one does not. The pre-filter must hide none: each one listed is a false finding of the
              analysis or a gap in the filter, and the exit code is 1.
`;

export async function main(argv: readonly string[], io: RealCodeIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], strict: true, allowPositionals: true, options: { out: { type: 'string', short: 'o' }, jobs: { type: 'string' }, unfiltered: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.stderr(`real-code: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(`real-code: name one folder to check.\n${HELP}`);
    return 2;
  }
  const folder = path.resolve(io.cwd, positionals[0] as string);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    io.stderr(`real-code: no such folder: ${folder}\n`);
    return 2;
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) {
    io.stderr(`real-code: --jobs takes a whole number of 1 or more, not '${values.jobs}'.\n`);
    return 2;
  }
  const out = values.out !== undefined ? path.resolve(io.cwd, values.out) : path.join(packageInfo().root, '.accuracy', `real-code-${path.basename(folder)}.html`);

  const run = await runStrict(folder, jobs !== undefined ? { jobs } : {});
  const reading = collect(positionals[0] as string, folder, run);
  const page = out.endsWith('.md') ? markdownPage(reading, packageInfo().version) : htmlPage(reading, packageInfo().version);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, page);

  const byRule = (counts: Record<string, number>) => Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, count]) => `  ${rule}: ${count}\n`).join('');
  io.stdout(
    `${plural(run.results.length, 'file')} checked, ${plural(reading.contexts, 'consent context')} found.\n` +
      `${plural(reading.findings, 'finding')}\n${byRule(reading.findingsByRule)}` +
      `${plural(reading.reviews, 'needs-review result')}\n${byRule(reading.reviewsByRule)}` +
      (reading.notAnalysed.length > 0 ? `${reading.notAnalysed.length} not analysed (listed on the page)\n` : '') +
      `page: ${out}\n`,
  );
  if (!values.unfiltered) return 0;

  const hidden = hiddenFindings(run, await runStrict(folder, { ...(jobs !== undefined ? { jobs } : {}), prefilter: false }), folder);
  io.stdout(`${plural(hidden.length, 'finding')} the pre-filter hid${hidden.length > 0 ? ' (it must hide none: a false finding or a gap in the filter)' : ''}\n`);
  for (const line of hidden) io.stdout(`  ${line}\n`);
  return hidden.length > 0 ? 1 : 0;
}

/** The findings of the run without the pre-filter that the run with it does not report, as `file line:column rule message`. */
function hiddenFindings(filtered: StrictRun, unfiltered: StrictRun, folder: string): string[] {
  const lines = (strict: StrictRun): string[] =>
    strict.results.flatMap((result) => result.messages.filter((message) => message.ruleId !== null).map((message) => `${relativeFile(folder, result.filePath)} ${message.line}:${message.column} ${message.ruleId} ${message.message}`));
  const reported = new Set(lines(filtered));
  return lines(unfiltered).filter((line) => !reported.has(line)).sort();
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
