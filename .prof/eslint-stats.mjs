import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { pathToFileURL } from 'node:url';
const plugin = (await import(pathToFileURL('/work/main/dist/rules/index.js').href)).default;
const eslint = new ESLint({ cwd: '/tmp/corpus5k', stats: true, overrideConfigFile: true, overrideConfig: [{ files: ['**/*.{ts,tsx,js,jsx}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } }, { files: ['**/*.{ts,tsx,js,jsx}'], ...plugin.configs.recommended }], cache: false });
const t = performance.now();
const results = await eslint.lintFiles(['.']);
const total = performance.now() - t;
const rules = new Map(); let parse = 0, fix = 0, totalRules = 0;
for (const r of results) for (const pass of r.stats?.times?.passes ?? []) { parse += pass.parse.total; for (const [id, v] of Object.entries(pass.rules ?? {})) { rules.set(id, (rules.get(id) ?? 0) + v.total); totalRules += v.total; } }
console.log('files', results.length, 'wall', total.toFixed(0), 'parse', parse.toFixed(0), 'all rules', totalRules.toFixed(0));
for (const [id, v] of [...rules].sort((a, b) => b[1] - a[1])) console.log(v.toFixed(0).padStart(6), id);
