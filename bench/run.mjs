/**
 * `npm run bench`: how fast the checker and the ESLint rules are, against the tools people already run.
 *
 *   node bench/run.mjs [--files N] [--corpus DIR] [--runs N] [--checker-only] [--keep] [--jobs N] [--json FILE]
 *
 * Generates a seeded corpus (or reads DIR), then measures, each in its own child process (so peak memory is that
 * tool's own): the checker at 25%, 50% and 100% of the files, ESLint with honest-ui's recommended rules, ESLint
 * with no rules, ESLint with as many rules that do nothing (ESLint's own cost of running that many rules), ESLint
 * with eslint-plugin-jsx-a11y's recommended rules, and bare typescript-estree parsing; then the share of files the
 * checker parses (the rest the pre-filter lets go) and the CLI's start-up (`--version`, one small file; the median of
 * five runs, each a new process). `--checker-only` leaves ESLint out (for the whole-app trees, where only memory,
 * growth, the pre-filter and start-up are targets).
 * Prints files/second, peak memory, the ratios and a PASS/FAIL per target, and writes the same as JSON.
 * The real-code corpus of the README's numbers: `npm run bench:real-corpus` (bench/real-corpus.mjs).
 * `--runs N` measures every tool N times, in rounds (each round runs every tool once), keeps each tool's run of
 * median time, and takes each ratio as the median of its per-round ratios: a shared machine's noise moves single
 * runs by a third or more (ESLint with no rules has measured slower than with ten idle ones), and a busy spell then
 * falls on both sides of a ratio.
 * A benchmark, not a test: run it on a quiet machine. Needs `npm run build` first (it measures dist/).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HEAP_GROWING_FLAG, youngGenerationFlags } from '../bin/heap-flags.js';
import { generateCorpus } from './corpus.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;
const MB = 1024 * 1024;

const NODE_MAJOR = Number(process.versions.node.split('.')[0]);

/** The targets from issue 14, measured on real code. */
const TARGETS = {
  // The checker at least 10x faster than ESLint + jsx-a11y on Node 20; 15x from Node 22, where oxc-parser hands its
  // AST over by raw transfer.
  checkerSpeedup: NODE_MAJOR >= 22 ? 15 : 10,
  // ESLint + honest-ui recommended at most 1.05x ESLint running as many rules that do nothing: honest-ui's own work.
  honestUiOverIdleRules: 1.05,
  peakMemoryMb: 300, // the checker's peak RSS
  // Linear growth: throughput at 100% of the files at least this share of the throughput at 25%. A fixed start-up
  // cost makes small runs slower per file, so this only fails when time grows faster than the file count.
  linearity: 0.8,
  // ... and 4x the files may need at most 1.5x the memory (results are kept; ASTs and models are not).
  memoryGrowth: 1.5,
  prefilterParsedShare: 0.15, // the checker parses at most 15% of the files
  versionSeconds: 0.15, // `honest-ui --version`
  smallFileSeconds: 0.3, // `honest-ui <one small consent file>`
};

const { values } = parseArgs({
  options: {
    files: { type: 'string' },
    corpus: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'checker-only': { type: 'boolean', default: false },
    jobs: { type: 'string' },
    runs: { type: 'string', default: '1' },
    json: { type: 'string', default: path.join(HERE, '.corpus', 'summary.json') },
  },
});

const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  process.stderr.write('bench: --runs takes a whole number of at least 1.\n');
  process.exit(2);
}

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
const env = { ...process.env, ...(values.jobs ? { BENCH_JOBS: values.jobs } : {}) };

/** One run of the tool on the files, in a new process: { tool, files, ms, maxRssBytes, problems }. */
function runOnce(tool, list, label) {
  const listFile = path.join(work, `${tool}-${list.length}.json`);
  if (!existsSync(listFile)) writeFileSync(listFile, JSON.stringify(list));
  process.stderr.write(`bench: ${tool} on ${list.length} files${label}…\n`);
  // The checker with the V8 flags the command line gives a run over a folder (bin/heap-flags.js).
  const flags = tool.startsWith('checker') ? [HEAP_GROWING_FLAG, ...youngGenerationFlags([corpus])] : [];
  const out = execFileSync(process.execPath, [...flags, path.join(HERE, 'measure.mjs'), tool, corpus, listFile], { env, encoding: 'utf8', maxBuffer: 64 * MB, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop());
}

/**
 * Every job `runs` times, in rounds: each round runs every job once, so a busy spell of a shared machine falls on
 * all of them alike rather than on one tool's runs. Results by job, in round order.
 */
function measureRounds(jobs, runs = RUNS) {
  const results = Object.fromEntries(Object.keys(jobs).map((key) => [key, []]));
  for (let run = 1; run <= runs; run++) {
    for (const [key, [tool, list]] of Object.entries(jobs)) results[key].push(runOnce(tool, list, runs > 1 ? ` (round ${run} of ${runs})` : ''));
  }
  return results;
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor((numbers.length - 1) / 2)];

/** A job's run of median time, with its throughput and peak. */
function typical(results) {
  const result = [...results].sort((a, b) => a.ms - b.ms)[Math.floor((results.length - 1) / 2)];
  return { ...result, runs: results.map((r) => r.ms), filesPerSecond: result.files / (result.ms / 1000), peakMemoryMb: result.maxRssBytes / MB };
}

/** How much slower `a` is than `b`: the median over rounds of a's time over b's in the same round. */
const pairedRatio = (a, b) => median(a.map((run, round) => run.ms / b[round].ms));

/** The median wall time, in seconds, of five runs of the CLI, each a new Node process (start-up included). */
function cliSeconds(args, cwd) {
  const times = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, [path.join(ROOT, 'bin/honest-ui.js'), ...args], { cwd, encoding: 'utf8' });
    times.push((performance.now() - start) / 1000);
    if (child.status !== 0 && child.status !== 1) throw new Error(`honest-ui ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  }
  return times.sort((a, b) => a - b)[2];
}

/** What an editor-save hook or a pre-commit run feels: the version, and one small consent file in a new folder. */
function measureStartUp() {
  process.stderr.write('bench: start-up (--version, one small file)…\n');
  const small = path.join(work, 'small');
  mkdirSync(small, { recursive: true });
  copyFileSync(path.join(ROOT, 'fixtures/no-hidden-decline/bad/FadedReject.tsx'), path.join(small, 'FadedReject.tsx'));
  return { versionSeconds: cliSeconds(['--version'], small), smallFileSeconds: cliSeconds(['FadedReject.tsx'], small) };
}

const quarter = (share) => files.slice(0, Math.max(1, Math.round(files.length * share)));
let summary;
try {
  const rounds = measureRounds({
    checker25: ['checker', quarter(0.25)],
    checker50: ['checker', quarter(0.5)],
    checker: ['checker', files],
    ...(values['checker-only']
      ? {}
      : {
          eslintNoRules: ['eslint-no-rules', files],
          eslintHonestUi: ['eslint-honest-ui', files],
          eslintIdleRules: ['eslint-idle-rules', files],
          eslintJsxA11y: ['eslint-jsx-a11y', files],
          typescriptEstree: ['typescript-estree', files],
        }),
  });
  const [checker25, checker50, checker] = [rounds.checker25, rounds.checker50, rounds.checker].map(typical);
  // A count, the same on every run.
  const prefilter = runOnce('checker-prefilter', files, '');
  const startUp = measureStartUp();
  const eslint = values['checker-only']
    ? undefined
    : {
        eslintNoRules: typical(rounds.eslintNoRules),
        eslintHonestUi: typical(rounds.eslintHonestUi),
        eslintIdleRules: typical(rounds.eslintIdleRules),
        eslintJsxA11y: typical(rounds.eslintJsxA11y),
        typescriptEstree: typical(rounds.typescriptEstree),
      };

  const ratios = {
    linearity: checker.filesPerSecond / checker25.filesPerSecond,
    memoryGrowth: checker.peakMemoryMb / checker25.peakMemoryMb,
    parsedShare: prefilter.problems / files.length,
  };
  if (eslint) {
    // Paired by round: the two runs of a ratio were made minutes apart at most.
    Object.assign(ratios, {
      checkerSpeedupVsJsxA11y: pairedRatio(rounds.eslintJsxA11y, rounds.checker),
      honestUiOverVsNoRules: pairedRatio(rounds.eslintHonestUi, rounds.eslintNoRules),
      idleRulesOverNoRules: pairedRatio(rounds.eslintIdleRules, rounds.eslintNoRules),
      honestUiOverIdleRules: pairedRatio(rounds.eslintHonestUi, rounds.eslintIdleRules),
      jsxA11yOverNoRules: pairedRatio(rounds.eslintJsxA11y, rounds.eslintNoRules),
      eslintNoRulesOverTypescriptEstree: pairedRatio(rounds.eslintNoRules, rounds.typescriptEstree),
      checkerOverTypescriptEstree: pairedRatio(rounds.checker, rounds.typescriptEstree),
    });
  }
  const atMost = (value, limit, unit = 'x') => ({ target: `<= ${limit}${unit}`, value, pass: value <= limit });
  const targets = {
    ...(eslint
      ? {
          checkerSpeedup: { target: `>= ${TARGETS.checkerSpeedup}x (Node ${NODE_MAJOR})`, value: ratios.checkerSpeedupVsJsxA11y, pass: ratios.checkerSpeedupVsJsxA11y >= TARGETS.checkerSpeedup },
          honestUiOverIdleRules: atMost(ratios.honestUiOverIdleRules, TARGETS.honestUiOverIdleRules),
        }
      : {}),
    peakMemory: { target: `< ${TARGETS.peakMemoryMb} MB`, value: checker.peakMemoryMb, pass: checker.peakMemoryMb < TARGETS.peakMemoryMb },
    linearGrowth: { target: `files/s at 100% >= ${TARGETS.linearity} x files/s at 25%`, value: ratios.linearity, pass: ratios.linearity >= TARGETS.linearity },
    memoryGrowth: { target: `peak at 100% <= ${TARGETS.memoryGrowth} x peak at 25%`, value: ratios.memoryGrowth, pass: ratios.memoryGrowth <= TARGETS.memoryGrowth },
    prefilter: { target: `files parsed <= ${TARGETS.prefilterParsedShare * 100}%`, value: ratios.parsedShare * 100, pass: ratios.parsedShare <= TARGETS.prefilterParsedShare },
    version: atMost(startUp.versionSeconds, TARGETS.versionSeconds, ' s'),
    smallFile: atMost(startUp.smallFileSeconds, TARGETS.smallFileSeconds, ' s'),
  };
  summary = {
    corpus: { dir: corpus, generated, files: files.length, parsed: prefilter.problems, ...(consent !== undefined ? { consentFiles: consent } : {}) },
    machine: { cpus: os.availableParallelism(), node: process.version, platform: `${process.platform}-${process.arch}` },
    runs: RUNS,
    measurements: { checker, ...eslint },
    startUp,
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
const ratio = (label, value, digits, note = '') => (value === undefined ? [] : [`  ${label.padEnd(38)}${fmt(value, digits)}x${note}`]);
const lines = [
  `honest-ui bench: ${summary.corpus.files} files${summary.corpus.consentFiles !== undefined ? ` (${summary.corpus.consentFiles} consent UIs)` : ''} in ${corpus}${generated && !values.keep ? ' (removed)' : ''}, Node ${process.versions.node}${RUNS > 1 ? `, median of ${RUNS} runs` : ''}`,
  '',
  row('checker', m.checker),
  ...(m.eslintHonestUi
    ? [
        row('ESLint + honest-ui recommended', m.eslintHonestUi),
        row('ESLint, no rules', m.eslintNoRules),
        row('ESLint + as many idle rules', m.eslintIdleRules),
        row('ESLint + jsx-a11y recommended', m.eslintJsxA11y),
        row('typescript-estree parse only', m.typescriptEstree),
      ]
    : []),
  '',
  'checker growth:',
  ...summary.checkerGrowth.map((g) => `  ${String(g.files).padStart(6)} files ${fmt(g.ms / 1000, 2).padStart(8)} s ${fmt(g.filesPerSecond, 0).padStart(8)} files/s ${fmt(g.peakMemoryMb, 0).padStart(6)} MB`),
  `checker parses ${summary.corpus.parsed} of ${summary.corpus.files} files (${fmt(summary.ratios.parsedShare * 100)}%); the pre-filter lets the rest go`,
  `start-up: --version ${fmt(summary.startUp.versionSeconds, 2)} s, one small file ${fmt(summary.startUp.smallFileSeconds, 2)} s (median of 5)`,
  '',
  `ratios${RUNS > 1 ? ` (each the median of ${RUNS} rounds' ratios)` : ''}:`,
  ...ratio('ESLint + jsx-a11y / checker', summary.ratios.checkerSpeedupVsJsxA11y, 2),
  ...ratio('ESLint + honest-ui / ESLint no rules', summary.ratios.honestUiOverVsNoRules, 3),
  ...ratio('ESLint + idle rules / ESLint no rules', summary.ratios.idleRulesOverNoRules, 3, "  (ESLint's own cost of that many rules)"),
  ...ratio('ESLint + honest-ui / idle rules', summary.ratios.honestUiOverIdleRules, 3, "  (honest-ui's own work)"),
  ...ratio('ESLint + jsx-a11y / ESLint no rules', summary.ratios.jsxA11yOverNoRules, 3),
  ...ratio('ESLint no rules / typescript-estree', summary.ratios.eslintNoRulesOverTypescriptEstree, 2),
  ...ratio('checker / typescript-estree', summary.ratios.checkerOverTypescriptEstree, 2),
  ...ratio('checker peak at 100% / at 25% of files', summary.ratios.memoryGrowth, 2),
  '',
  'targets:',
  ...Object.entries(summary.targets).map(([name, t]) => `  ${t.pass ? 'PASS' : 'FAIL'}  ${name.padEnd(22)} ${fmt(t.value, 2).padStart(8)}  (target ${t.target})`),
  '',
  `overall: ${summary.pass ? 'PASS' : 'FAIL'}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
mkdirSync(path.dirname(path.resolve(values.json)), { recursive: true });
writeFileSync(path.resolve(values.json), `${JSON.stringify(summary, null, 2)}\n`);
process.stdout.write(`summary written to ${path.resolve(values.json)}\n`);
