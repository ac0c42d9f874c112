/**
 * `npm run bench`: how fast the checker and the ESLint rules are, against the tools people already run.
 *
 *   node bench/run.mjs [--files N] [--corpus DIR] [--keep] [--jobs N] [--json FILE]
 *
 * Generates a seeded corpus (or reads DIR), then measures, each in its own child process (so peak memory is that
 * tool's own): the checker at 25%, 50% and 100% of the files, ESLint with honest-ui's recommended rules, ESLint
 * with no rules, ESLint with as many rules that do nothing (ESLint's own cost of running that many rules), ESLint
 * with eslint-plugin-jsx-a11y's recommended rules, and bare typescript-estree parsing.
 * Prints files/second, peak memory, the ratios and a PASS/FAIL per target, and writes the same as JSON.
 * A benchmark, not a test: run it on a quiet machine. Needs `npm run build` first (it measures dist/).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;
const MB = 1024 * 1024;

/** The targets from issue 5. */
const TARGETS = {
  checkerSpeedup: 10, // the checker at least 10x faster than ESLint + jsx-a11y
  honestUiOverhead: 1.1, // ESLint + honest-ui recommended at most 1.1x ESLint with no rules
  peakMemoryMb: 300, // the checker's peak RSS
  // Linear growth: throughput at 100% of the files at least this share of the throughput at 25%. A fixed start-up
  // cost makes small runs slower per file, so this only fails when time grows faster than the file count.
  linearity: 0.8,
};

const { values } = parseArgs({
  options: {
    files: { type: 'string' },
    corpus: { type: 'string' },
    keep: { type: 'boolean', default: false },
    jobs: { type: 'string' },
    json: { type: 'string', default: path.join(HERE, '.corpus', 'summary.json') },
  },
});

if (!existsSync(path.join(ROOT, 'dist/src/cli/run.js'))) {
  process.stderr.write('bench: dist/ is missing; run `npm run build` first.\n');
  process.exit(2);
}

function listScripts(dir, base = dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listScripts(full, base, out);
    else if (SCRIPT.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

let corpus;
let generated = false;
let files;
let consent;
if (values.corpus) {
  corpus = path.resolve(values.corpus);
  if (!existsSync(corpus) || !statSync(corpus).isDirectory()) {
    process.stderr.write(`bench: --corpus ${values.corpus} is not a directory.\n`);
    process.exit(2);
  }
  files = listScripts(corpus).sort();
  if (values.files !== undefined) files = files.slice(0, Number(values.files));
} else {
  const count = Number(values.files ?? 5000);
  if (!Number.isInteger(count) || count < 8) {
    process.stderr.write('bench: --files takes a whole number of at least 8.\n');
    process.exit(2);
  }
  corpus = mkdtempSync(path.join(os.tmpdir(), 'honest-ui-bench-'));
  generated = true;
  ({ files, consent } = generateCorpus(corpus, { files: count }));
}

const work = mkdtempSync(path.join(os.tmpdir(), 'honest-ui-bench-lists-'));
function measure(tool, list) {
  const listFile = path.join(work, `${tool}-${list.length}.json`);
  writeFileSync(listFile, JSON.stringify(list));
  process.stderr.write(`bench: ${tool} on ${list.length} files…\n`);
  const env = { ...process.env, ...(values.jobs ? { BENCH_JOBS: values.jobs } : {}) };
  const out = execFileSync(process.execPath, [path.join(HERE, 'measure.mjs'), tool, corpus, listFile], { env, encoding: 'utf8', maxBuffer: 64 * MB, stdio: ['ignore', 'pipe', 'inherit'] });
  const result = JSON.parse(out.trim().split('\n').pop());
  return { ...result, filesPerSecond: result.files / (result.ms / 1000), peakMemoryMb: result.maxRssBytes / MB };
}

const quarter = (share) => files.slice(0, Math.max(1, Math.round(files.length * share)));
let summary;
try {
  const checker25 = measure('checker', quarter(0.25));
  const checker50 = measure('checker', quarter(0.5));
  const checker = measure('checker', files);
  const eslintNoRules = measure('eslint-no-rules', files);
  const eslintHonestUi = measure('eslint-honest-ui', files);
  const eslintIdleRules = measure('eslint-idle-rules', files);
  const eslintJsxA11y = measure('eslint-jsx-a11y', files);
  const typescriptEstree = measure('typescript-estree', files);

  const ratios = {
    checkerSpeedupVsJsxA11y: eslintJsxA11y.ms / checker.ms,
    honestUiOverVsNoRules: eslintHonestUi.ms / eslintNoRules.ms,
    idleRulesOverNoRules: eslintIdleRules.ms / eslintNoRules.ms,
    honestUiOverIdleRules: eslintHonestUi.ms / eslintIdleRules.ms,
    jsxA11yOverNoRules: eslintJsxA11y.ms / eslintNoRules.ms,
    eslintNoRulesOverTypescriptEstree: eslintNoRules.ms / typescriptEstree.ms,
    checkerOverTypescriptEstree: checker.ms / typescriptEstree.ms,
    linearity: checker.filesPerSecond / checker25.filesPerSecond,
  };
  const targets = {
    checkerSpeedup: { target: `>= ${TARGETS.checkerSpeedup}x`, value: ratios.checkerSpeedupVsJsxA11y, pass: ratios.checkerSpeedupVsJsxA11y >= TARGETS.checkerSpeedup },
    honestUiOverhead: { target: `<= ${TARGETS.honestUiOverhead}x`, value: ratios.honestUiOverVsNoRules, pass: ratios.honestUiOverVsNoRules <= TARGETS.honestUiOverhead },
    peakMemory: { target: `< ${TARGETS.peakMemoryMb} MB`, value: checker.peakMemoryMb, pass: checker.peakMemoryMb < TARGETS.peakMemoryMb },
    linearGrowth: { target: `files/s at 100% >= ${TARGETS.linearity} x files/s at 25%`, value: ratios.linearity, pass: ratios.linearity >= TARGETS.linearity },
  };
  summary = {
    corpus: { dir: corpus, generated, files: files.length, ...(consent !== undefined ? { consentFiles: consent } : {}) },
    machine: { cpus: os.availableParallelism(), node: process.version, platform: `${process.platform}-${process.arch}` },
    measurements: { checker, eslintNoRules, eslintHonestUi, eslintIdleRules, eslintJsxA11y, typescriptEstree },
    checkerGrowth: [checker25, checker50, checker].map((m) => ({ files: m.files, ms: m.ms, filesPerSecond: m.filesPerSecond, peakMemoryMb: m.peakMemoryMb })),
    ratios,
    targets,
    pass: Object.values(targets).every((t) => t.pass),
  };
} finally {
  rmSync(work, { recursive: true, force: true });
  if (generated && !values.keep) rmSync(corpus, { recursive: true, force: true });
}

const fmt = (n, digits = 1) => n.toFixed(digits);
const row = (label, m) => `  ${label.padEnd(34)} ${fmt(m.ms / 1000, 2).padStart(8)} s ${fmt(m.filesPerSecond, 0).padStart(8)} files/s ${fmt(m.peakMemoryMb, 0).padStart(6)} MB`;
const { measurements: m } = summary;
const lines = [
  `honest-ui bench: ${summary.corpus.files} files${summary.corpus.consentFiles !== undefined ? ` (${summary.corpus.consentFiles} consent UIs)` : ''} in ${corpus}${generated && !values.keep ? ' (removed)' : ''}`,
  '',
  row('checker', m.checker),
  row('ESLint + honest-ui recommended', m.eslintHonestUi),
  row('ESLint, no rules', m.eslintNoRules),
  row('ESLint + as many idle rules', m.eslintIdleRules),
  row('ESLint + jsx-a11y recommended', m.eslintJsxA11y),
  row('typescript-estree parse only', m.typescriptEstree),
  '',
  'checker growth:',
  ...summary.checkerGrowth.map((g) => `  ${String(g.files).padStart(6)} files ${fmt(g.ms / 1000, 2).padStart(8)} s ${fmt(g.filesPerSecond, 0).padStart(8)} files/s ${fmt(g.peakMemoryMb, 0).padStart(6)} MB`),
  '',
  'ratios:',
  `  ESLint + jsx-a11y / checker           ${fmt(summary.ratios.checkerSpeedupVsJsxA11y, 2)}x`,
  `  ESLint + honest-ui / ESLint no rules  ${fmt(summary.ratios.honestUiOverVsNoRules, 3)}x`,
  `  ESLint + idle rules / ESLint no rules ${fmt(summary.ratios.idleRulesOverNoRules, 3)}x  (ESLint's own cost of that many rules)`,
  `  ESLint + honest-ui / idle rules       ${fmt(summary.ratios.honestUiOverIdleRules, 3)}x  (honest-ui's own work)`,
  `  ESLint + jsx-a11y / ESLint no rules   ${fmt(summary.ratios.jsxA11yOverNoRules, 3)}x`,
  `  ESLint no rules / typescript-estree   ${fmt(summary.ratios.eslintNoRulesOverTypescriptEstree, 2)}x`,
  `  checker / typescript-estree           ${fmt(summary.ratios.checkerOverTypescriptEstree, 2)}x`,
  '',
  'targets:',
  ...Object.entries(summary.targets).map(([name, t]) => `  ${t.pass ? 'PASS' : 'FAIL'}  ${name.padEnd(18)} ${fmt(t.value, 2).padStart(8)}  (target ${t.target})`),
  '',
  `overall: ${summary.pass ? 'PASS' : 'FAIL'}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
mkdirSync(path.dirname(path.resolve(values.json)), { recursive: true });
writeFileSync(path.resolve(values.json), `${JSON.stringify(summary, null, 2)}\n`);
process.stdout.write(`summary written to ${path.resolve(values.json)}\n`);
