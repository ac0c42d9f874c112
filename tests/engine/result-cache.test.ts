import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { RunStats } from '../../src/engine/parallel.js';
import { analyseProject, type FileDetails } from '../../src/engine/project.js';
import { defaultCacheLocation } from '../../src/engine/result-cache.js';

let root: string;
let cacheDir: string;

async function tree(files: Record<string, string>): Promise<void> {
  for (const [relative, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), text);
  }
}

/** One run with --cache, as the CLI makes it; returns the results and how many files were analysed afresh. */
async function cachedRun(extra: { onDetails?: (filePath: string, details: FileDetails) => void } = {}) {
  const config = loadConfig({ cwd: root });
  let stats: RunStats | undefined;
  const results = await analyseProject({
    cwd: root,
    paths: ['.'],
    settings: config.settings,
    rules: config.rules,
    configFile: config.filePath ?? null,
    cache: { location: cacheDir },
    onStats: (found) => (stats = found),
    ...extra,
  });
  if (!stats) throw new Error('onStats was not called');
  return { results, stats };
}

const BANNER_CSS = '.accept { background: #1d4ed8; color: #ffffff; font-size: 16px; padding: 12px 24px; }\n.reject { background: #1d4ed8; color: #ffffff; font-size: 16px; padding: 12px 24px; }\n';
const BANNER = `import './banner.css';
export function Banner() {
  return (
    <aside>
      <p>We use cookies for analytics and advertising.</p>
      <button className="accept">Accept cookies</button>
      <button className="reject">Reject cookies</button>
    </aside>
  );
}
`;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'honest-ui-cache-'));
  cacheDir = path.join(root, '.honest-ui-cache');
  await tree({
    'src/Banner.tsx': BANNER,
    'src/banner.css': BANNER_CSS,
    'src/List.tsx': 'export const List = ({ items }: { items: string[] }) => <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>;\n',
    'src/Addon.tsx': 'export const Addon = () => <form><label><input type="checkbox" defaultChecked /> Add shipping insurance ($4.99)</label><button>Place order</button></form>;\n',
  });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('--cache', () => {
  it('analyses every file on the first run and none on an unchanged second run, with the same results', async () => {
    const first = await cachedRun();
    expect(first.stats).toMatchObject({ files: 4, analysed: 4, fromCache: 0 });
    expect(first.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('honest-ui/no-preselected-addon');

    const second = await cachedRun();
    expect(second.stats).toMatchObject({ files: 4, analysed: 0, fromCache: 4 });
    expect(second.results).toEqual(first.results);
  });

  it('re-analyses a file whose own text changed, and only that one', async () => {
    await cachedRun();
    await writeFile(path.join(root, 'src/Addon.tsx'), 'export const Addon = () => <form><label><input type="checkbox" /> Add shipping insurance ($4.99)</label><button>Place order</button></form>;\n');
    const { results, stats } = await cachedRun();
    expect(stats).toMatchObject({ analysed: 1, fromCache: 3 });
    expect(results.flatMap((r) => r.messages)).toEqual([]);
  });

  it('re-analyses the components that import a stylesheet when the stylesheet changes', async () => {
    const first = await cachedRun();
    expect(first.results.find((r) => r.filePath.endsWith('Banner.tsx'))?.messages).toEqual([]);

    // The reject button shrinks: Banner.tsx is unchanged, but its result depends on banner.css.
    await writeFile(path.join(root, 'src/banner.css'), BANNER_CSS.replace(/\.reject \{[^}]*\}/, '.reject { background: #eeeeee; color: #bdbdbd; font-size: 11px; padding: 2px 4px; }'));
    const { results, stats } = await cachedRun();
    // banner.css itself (a file of the run) and its importer; List.tsx and Addon.tsx come from the cache.
    expect(stats).toMatchObject({ analysed: 2, fromCache: 2 });
    const banner = results.find((r) => r.filePath.endsWith('Banner.tsx'));
    expect(banner?.messages.map((m) => m.ruleId)).toContain('honest-ui/no-unbalanced-choices');
  });

  it('re-analyses everything when the config changes', async () => {
    await tree({ 'honest-ui.config.json': JSON.stringify({ rules: { 'no-preselected-addon': 'warn' } }) });
    const first = await cachedRun();
    expect(first.results.flatMap((r) => r.messages).find((m) => m.ruleId === 'honest-ui/no-preselected-addon')?.severity).toBe(1);
    expect((await cachedRun()).stats.analysed).toBe(0);

    await tree({ 'honest-ui.config.json': JSON.stringify({ rules: { 'no-preselected-addon': 'off' } }) });
    const { results, stats } = await cachedRun();
    expect(stats).toMatchObject({ analysed: 4, fromCache: 0 });
    expect(results.flatMap((r) => r.messages).some((m) => m.ruleId === 'honest-ui/no-preselected-addon')).toBe(false);
  });

  it('re-analyses a file when a Tailwind config it looked for (and did not find) appears', async () => {
    await tree({ 'package.json': JSON.stringify({ name: 'app' }) });
    await cachedRun();
    await tree({ 'src/tailwind.config.js': 'export default { theme: {} };\n' });
    // Every consent script walked up past src/ looking for a Tailwind config; now there is one (the .js config is also
    // a file of the run). List.tsx, with no consent vocabulary, was never parsed, looked for nothing and stays cached.
    expect((await cachedRun()).stats).toMatchObject({ analysed: 3, fromCache: 2 });
  });

  it("re-analyses a wizard step when a second page that renders it appears (the folders it searched changed)", async () => {
    // The step reads its form from the one FormProvider that renders it (src/resolve/renderers.ts).
    const step = `import { Controller, useFormContext } from 'react-hook-form';
export function ConsentStep() {
  const { control } = useFormContext();
  return (
    <Controller name="offers" control={control} render={({ field }) => (
      <label><input type="checkbox" checked={field.value} onChange={field.onChange} /> Email me offers from our partners</label>
    )} />
  );
}
`;
    const page = (name: string, offers: boolean) => `import { FormProvider, useForm } from 'react-hook-form';
import { ConsentStep } from './ConsentStep';
export function ${name}() {
  const methods = useForm({ defaultValues: { offers: ${offers} } });
  return <FormProvider {...methods}><form><ConsentStep /></form></FormProvider>;
}
`;
    await tree({ 'package.json': '{ "name": "shop" }', 'src/signup/ConsentStep.tsx': step, 'src/signup/SignUp.tsx': page('SignUp', true) });
    const offers = (results: Awaited<ReturnType<typeof cachedRun>>['results']) => results.filter((r) => r.filePath.endsWith('ConsentStep.tsx')).flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(offers((await cachedRun()).results)).toEqual(['honest-ui/no-preselected-consent']);
    expect((await cachedRun()).stats.analysed).toBe(0);
    // A second renderer, under a form of its own: which form the step reads is no longer known.
    await tree({ 'src/settings/Privacy.tsx': page('Privacy', false).replace("'./ConsentStep'", "'../signup/ConsentStep'") });
    const { results, stats } = await cachedRun();
    expect(offers(results)).toEqual([]);
    expect(stats.analysed).toBeGreaterThanOrEqual(2);
  });

  it('re-analyses a file when the Tailwind preset its config loads changes, though the config did not', async () => {
    await tree({
      'package.json': JSON.stringify({ name: 'app', devDependencies: { tailwindcss: '^3.4.18' } }),
      'tailwind.config.js': "const base = require('./tailwind.preset.js');\n\nmodule.exports = {\n  presets: [base],\n  content: ['./src/**/*.tsx'],\n};\n",
      'tailwind.preset.js': "module.exports = { theme: { extend: { fontSize: { legal: '1rem' } } } };\n",
      'src/ShareBanner.tsx': [
        'export function ShareBanner() {',
        '  return (',
        '    <aside className="text-base">',
        '      <p className="text-legal text-gray-700">We share your purchase history with advertising partners.</p>',
        '      <button className="bg-gray-900 text-white px-4 py-2">Accept</button>',
        '      <button className="bg-gray-900 text-white px-4 py-2">Decline</button>',
        '    </aside>',
        '  );',
        '}',
        '',
      ].join('\n'),
    });
    const finePrint = (results: Awaited<ReturnType<typeof cachedRun>>['results']) => results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'honest-ui/no-fine-print');
    expect(finePrint((await cachedRun()).results)).toEqual([]);
    await tree({ 'tailwind.preset.js': "module.exports = { theme: { extend: { fontSize: { legal: ['10px', { lineHeight: '12px' }] } } } };\n" });
    const { results, stats } = await cachedRun();
    expect(stats.analysed).toBeGreaterThan(0);
    expect(finePrint(results)).toEqual([expect.objectContaining({ line: 4, message: expect.stringContaining('10px') })]);
  });

  it('ignores a corrupt or foreign cache file, analyses everything, and writes a good one', async () => {
    await cachedRun();
    const cacheFile = path.join(cacheDir, 'results-v1.json');
    for (const junk of ['{"key": "abc", "files": {', 'null', '[1, 2]', JSON.stringify({ key: 'not this run', files: {} })]) {
      await writeFile(cacheFile, junk);
      const { results, stats } = await cachedRun();
      expect(stats).toMatchObject({ analysed: 4, fromCache: 0 });
      expect(results).toHaveLength(4);
    }
    expect(JSON.parse(await readFile(cacheFile, 'utf8'))).toMatchObject({ files: expect.any(Object) });
    expect((await cachedRun()).stats.analysed).toBe(0);
  });

  it('ignores an entry of the right key but the wrong shape', async () => {
    await cachedRun();
    const cacheFile = path.join(cacheDir, 'results-v1.json');
    const stored = JSON.parse(await readFile(cacheFile, 'utf8')) as { files: Record<string, { outcome: unknown }> };
    for (const entry of Object.values(stored.files)) entry.outcome = { messages: 'not a list' };
    await writeFile(cacheFile, JSON.stringify(stored));
    expect((await cachedRun()).stats).toMatchObject({ analysed: 4, fromCache: 0 });
  });

  it('re-analyses when a run wants details the cached run did not collect, then serves them from the cache', async () => {
    await cachedRun();
    const details = new Map<string, FileDetails>();
    const detailed = await cachedRun({ onDetails: (filePath, found) => details.set(filePath, found) });
    expect(detailed.stats.analysed).toBe(4);

    const again = new Map<string, FileDetails>();
    const cached = await cachedRun({ onDetails: (filePath, found) => again.set(filePath, found) });
    expect(cached.stats.analysed).toBe(0);
    expect(again).toEqual(details);
  });

  it('keeps its file under node_modules/.cache where there is a node_modules, else in .honest-ui-cache', async () => {
    expect(defaultCacheLocation(root)).toBe(path.join(root, '.honest-ui-cache'));
    await mkdir(path.join(root, 'node_modules'));
    expect(defaultCacheLocation(root)).toBe(path.join(root, 'node_modules', '.cache', 'honest-ui'));
  });
});
