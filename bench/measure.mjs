/**
 * One measurement, in its own process so that its peak memory is its own: `node bench/measure.mjs <tool> <corpus
 * dir> <file list json>`. Loads the tool, then times only the work on the files (not Node's start-up or module
 * loading), and prints one JSON line: { tool, files, ms, maxRssBytes, problems } (for checker-prefilter, `problems`
 * is the number of files the checker parsed).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function eslintWith(corpus, configs) {
  const { ESLint } = await import('eslint');
  const tsParser = (await import('@typescript-eslint/parser')).default;
  const eslint = new ESLint({
    cwd: corpus,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.{ts,tsx,js,jsx}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } }, ...configs],
    cache: false,
  });
  return async (files) => {
    const results = await eslint.lintFiles(files);
    return results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
  };
}

const TOOLS = {
  async checker(corpus) {
    const { run } = await import(pathToFileURL(path.join(ROOT, 'dist/src/cli/run.js')).href);
    return async (files) => {
      let output = '';
      const jobs = process.env.BENCH_JOBS ? ['--jobs', process.env.BENCH_JOBS] : [];
      await run(['--format', 'json', ...jobs, ...files], { cwd: corpus, stdout: (text) => (output += text), stderr: () => {}, isTTY: false });
      return JSON.parse(output).reduce((sum, result) => sum + result.messages.length, 0);
    };
  },
  /**
   * The checker again, with `--verbose`, for its statistics: how many files the text pre-filter let go without
   * parsing. Separate from the timed run, so the verbose report costs that run nothing.
   */
  async 'checker-prefilter'(corpus) {
    const { run } = await import(pathToFileURL(path.join(ROOT, 'dist/src/cli/run.js')).href);
    return async (files) => {
      let errors = '';
      await run(['--format', 'json', '--verbose', ...files], { cwd: corpus, stdout: () => {}, stderr: (text) => (errors += text), isTTY: false });
      const notParsed = /(\d+) without consent vocabulary/.exec(errors);
      if (!notParsed) throw new Error(`no statistics line in the checker's --verbose output:\n${errors.slice(0, 2000)}`);
      // Files whose copy, read from their text, held no such word were not parsed either.
      const copyInCode = /\((\d+) read, not parsed;/.exec(errors);
      return files.length - Number(notParsed[1]) - Number(copyInCode?.[1] ?? 0);
    };
  },
  async 'eslint-no-rules'(corpus) {
    return eslintWith(corpus, []);
  },
  async 'eslint-honest-ui'(corpus) {
    const plugin = (await import(pathToFileURL(path.join(ROOT, 'dist/rules/index.js')).href)).default;
    return eslintWith(corpus, [{ files: ['**/*.{ts,tsx,js,jsx}'], ...plugin.configs.recommended }]);
  },
  /**
   * ESLint running as many rules as honest-ui's recommended preset, each of which does nothing: what ESLint itself
   * charges for running that many rules at all (rule contexts, listener setup, traversal), the floor under any
   * plugin of that size.
   */
  async 'eslint-idle-rules'(corpus) {
    const plugin = (await import(pathToFileURL(path.join(ROOT, 'dist/rules/index.js')).href)).default;
    const count = Object.keys(plugin.configs.recommended.rules).length;
    const rules = Object.fromEntries(Array.from({ length: count }, (_, i) => [`idle-${i}`, { meta: { type: 'problem', schema: [] }, create: () => ({}) }]));
    return eslintWith(corpus, [{ files: ['**/*.{ts,tsx,js,jsx}'], plugins: { idle: { rules } }, rules: Object.fromEntries(Object.keys(rules).map((id) => [`idle/${id}`, 'warn'])) }]);
  },
  async 'eslint-jsx-a11y'(corpus) {
    const jsxA11y = (await import('eslint-plugin-jsx-a11y')).default;
    return eslintWith(corpus, [{ files: ['**/*.{ts,tsx,js,jsx}'], ...jsxA11y.flatConfigs.recommended }]);
  },
  async 'typescript-estree'(corpus) {
    const { parse } = await import('@typescript-eslint/typescript-estree');
    return async (files) => {
      for (const file of files) {
        // What ESLint asks its parser for: locations, ranges, tokens and comments.
        parse(readFileSync(path.join(corpus, file), 'utf8'), { jsx: file.endsWith('x'), loc: true, range: true, tokens: true, comment: true });
      }
      return 0;
    };
  },
};

const [tool, corpus, listFile] = process.argv.slice(2);
if (!TOOLS[tool] || !corpus || !listFile) {
  process.stderr.write(`usage: node bench/measure.mjs <${Object.keys(TOOLS).join('|')}> <corpus dir> <file list json>\n`);
  process.exit(2);
}
const files = JSON.parse(readFileSync(listFile, 'utf8'));
const work = await TOOLS[tool](corpus);
const start = performance.now();
const problems = await work(files);
const ms = performance.now() - start;
// resourceUsage().maxRSS is in kilobytes, and covers every thread of this process (the checker's workers too).
process.stdout.write(`${JSON.stringify({ tool, files: files.length, ms, maxRssBytes: process.resourceUsage().maxRSS * 1024, problems })}\n`);
