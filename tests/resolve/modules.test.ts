/**
 * One answer to "which file is this import": relative paths, tsconfig `paths` aliases, index files, the emitted
 * `.js` name of a `.tsx` module, packages; and stylesheets imported through an alias, which the cascade now reads.
 */
import path from 'node:path';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import noUnbalancedChoices from '../../rules/no-unbalanced-choices.js';
import { recommendedRules } from '../../src/catalog/index.js';
import { analyseSourceInDetail } from '../../src/engine/analyse.js';
import { findUp, ModuleCache, ModuleResolver } from '../../src/resolve/modules.js';
import { parseWithTypescriptEstree, type ScriptParser } from '../../src/parse/script.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { readFileOrUndefined, tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('resolve');

const readFile = readFileOrUndefined;

const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./src/*'], '~ui': ['./src/components/ui/index.ts'] } } });

describe('ModuleResolver', () => {
  const dir = project({
    'tsconfig.json': TSCONFIG,
    'src/components/ui/index.ts': "export * from './button';\n",
    'src/components/ui/button.tsx': 'export function Button() { return <button />; }\n',
    'src/features/consent/CookieBanner.tsx': '',
    'src/features/consent/copy.ts': "export const ACCEPT = 'Accept all';\n",
    'src/styles/consent.css': '.decline { font-size: 11px; }\n',
  });
  const resolver = new ModuleResolver(readFile, new ModuleCache());
  const from = path.join(dir, 'src/features/consent/CookieBanner.tsx');

  it('resolves relative imports, with or without the emitted .js extension', () => {
    expect(resolver.resolve(from, './copy')).toMatchObject({ kind: 'file', file: path.join(dir, 'src/features/consent/copy.ts') });
    expect(resolver.resolve(from, './copy.js')).toMatchObject({ kind: 'file', file: path.join(dir, 'src/features/consent/copy.ts') });
  });

  it('resolves tsconfig paths aliases, to a file or to a folder index', () => {
    expect(resolver.resolve(from, '@/components/ui/button')).toMatchObject({ kind: 'file', file: path.join(dir, 'src/components/ui/button.tsx') });
    expect(resolver.resolve(from, '@/components/ui')).toMatchObject({ kind: 'file', file: path.join(dir, 'src/components/ui/index.ts') });
    expect(resolver.resolve(from, '~ui')).toMatchObject({ kind: 'file', file: path.join(dir, 'src/components/ui/index.ts') });
  });

  it('tells a package from a project file that is missing', () => {
    expect(resolver.resolve(from, '@mui/material')).toEqual({ kind: 'package' });
    expect(resolver.resolve(from, './Missing')).toEqual({ kind: 'missing' });
  });

  it("tells a project's own specifier, found or not, from a package's, whatever the baseUrl maps", () => {
    // `~ui` and `@/` are the tsconfig's aliases; `@/lib/session` leads nowhere, and still names no package.
    for (const specifier of ['./Missing', '@/lib/session', '~ui', '#internal/flags']) expect([specifier, resolver.namesProject(from, specifier)]).toEqual([specifier, true]);
    // With `baseUrl: '.'` every bare specifier is also looked for in the project; `@mui/material` is still a package.
    for (const specifier of ['@mui/material', 'react', 'next-i18next']) expect([specifier, resolver.namesProject(from, specifier)]).toEqual([specifier, false]);
    expect(resolver.resolve(from, '@/lib/session')).toEqual({ kind: 'package' });
  });

  it('finds stylesheets by relative path and through an alias, never in a package', () => {
    expect(resolver.stylesheetPath(from, '../../styles/consent.css')).toBe(path.join(dir, 'src/styles/consent.css'));
    expect(resolver.stylesheetPath(from, '@/styles/consent.css')).toBe(path.join(dir, 'src/styles/consent.css'));
    expect(resolver.stylesheetPath(from, 'react-toastify/dist/ReactToastify.css')).toBeUndefined();
  });

  it('parses a module once per content', () => {
    const cache = new ModuleCache();
    const text = readFile(path.join(dir, 'src/features/consent/copy.ts')) ?? '';
    const first = cache.program('copy.ts', text);
    expect(first).toBeDefined();
    expect(cache.program('copy.ts', text)).toBe(first);
    expect(cache.program('copy.ts', `${text}\n`)).not.toBe(first);
  });

  it('shares one parse between a file analysed in its own right and the files that import it', () => {
    let parses = 0;
    const counting: ScriptParser = (text, filePath) => {
      parses++;
      return parseWithTypescriptEstree(text, filePath);
    };
    const cache = new ModuleCache(counting);
    const text = readFile(path.join(dir, 'src/features/consent/copy.ts')) ?? '';
    expect(cache.parsesWith(counting)).toBe(true);
    expect(cache.parsesWith(parseWithTypescriptEstree)).toBe(false);
    const analysed = cache.parseResult('copy.ts', text);
    expect(analysed.ok).toBe(true);
    expect(cache.program('copy.ts', text)).toBe(analysed.ok ? analysed.value : undefined);
    expect(parses).toBe(1);
  });

  it('still gives a file that does not parse its syntax error', () => {
    const cache = new ModuleCache();
    const broken = cache.parseResult('Broken.tsx', 'export const Banner = () => <div>;');
    expect(broken.ok).toBe(false);
    expect(broken.ok ? undefined : broken.error.line).toBe(1);
  });

  it('remembers where an import of a folder led, reading the file again each time, and looks again once it has gone', () => {
    const reads: string[] = [];
    const files = new Map([[path.join(dir, 'src/features/consent/copy.ts'), "export const ACCEPT = 'Accept all';\n"]]);
    const counting = new ModuleResolver((file) => {
      reads.push(file);
      return files.get(file);
    }, new ModuleCache());
    const banner = path.join(dir, 'src/features/consent/CookieBanner.tsx');
    const settings = path.join(dir, 'src/features/consent/Settings.tsx');
    expect(counting.resolve(banner, './copy')).toMatchObject({ kind: 'file', text: "export const ACCEPT = 'Accept all';\n" });
    const firstLookUp = reads.length;
    // A sibling importing the same specifier: the file is read (as the run now sees it), no candidate is tried.
    files.set(path.join(dir, 'src/features/consent/copy.ts'), "export const ACCEPT = 'Accept';\n");
    expect(counting.resolve(settings, './copy')).toMatchObject({ kind: 'file', text: "export const ACCEPT = 'Accept';\n" });
    expect(reads.slice(firstLookUp)).toEqual([path.join(dir, 'src/features/consent/copy.ts')]);
    // The file has become a folder with an index: found there, not reported missing.
    files.delete(path.join(dir, 'src/features/consent/copy.ts'));
    files.set(path.join(dir, 'src/features/consent/copy/index.ts'), "export const ACCEPT = 'OK';\n");
    expect(counting.resolve(banner, './copy')).toMatchObject({ kind: 'file', file: path.join(dir, 'src/features/consent/copy/index.ts') });
    // Another folder's `./copy` is its own.
    expect(counting.resolve(path.join(dir, 'src/App.tsx'), './copy')).toEqual({ kind: 'missing' });
  });

  it('looks for a package specifier once per project, not once per folder, and apart where another tsconfig governs', () => {
    const shop = project({
      'package.json': '{"name":"shop"}',
      'tsconfig.json': TSCONFIG,
      'src/lib/analytics.ts': "export const CONSENT_COPY = 'We measure visits';\n",
      'admin/tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./app/*'] } } }),
      'admin/app/lib/analytics.ts': "export const CONSENT_COPY = 'Admin metrics';\n",
    });
    const at = (file: string) => path.join(shop, file);
    const reads: string[] = [];
    const counting = new ModuleResolver((file) => {
      reads.push(file);
      return readFile(file);
    }, new ModuleCache());
    const candidates = () => reads.filter((file) => /analytics|react/.test(file));
    expect(counting.resolve(at('src/checkout/Checkout.tsx'), '@/lib/analytics')).toMatchObject({ kind: 'file', file: at('src/lib/analytics.ts') });
    expect(counting.resolve(at('src/checkout/Checkout.tsx'), 'react')).toEqual({ kind: 'package' });
    // Another folder of the same project: the module found is read again, no candidate tried, `react` not looked for.
    reads.length = 0;
    expect(counting.resolve(at('src/account/privacy/PrivacySettings.tsx'), '@/lib/analytics')).toMatchObject({ kind: 'file', text: "export const CONSENT_COPY = 'We measure visits';\n" });
    expect(counting.resolve(at('src/account/privacy/PrivacySettings.tsx'), 'react')).toEqual({ kind: 'package' });
    expect(candidates()).toEqual([at('src/lib/analytics.ts')]);
    // A folder whose nearest tsconfig maps `@/` elsewhere has its own answer.
    expect(counting.resolve(at('admin/app/consent/Banner.tsx'), '@/lib/analytics')).toMatchObject({ kind: 'file', file: at('admin/app/lib/analytics.ts') });
    // So does a relative import, whatever the project.
    expect(counting.resolve(at('src/account/privacy/PrivacySettings.tsx'), '../../lib/analytics')).toMatchObject({ kind: 'file', file: at('src/lib/analytics.ts') });
    expect(counting.resolve(at('src/checkout/Checkout.tsx'), '../lib/analytics')).toMatchObject({ kind: 'file', file: at('src/lib/analytics.ts') });
  });

  it('walks up to the nearest file, stopping at a package boundary', () => {
    const root = project({
      'package.json': '{}',
      'tailwind.config.js': 'module.exports = {}',
      'packages/app/package.json': '{}',
      'packages/app/src/x.tsx': '',
    });
    expect(findUp(path.join(root, 'packages/app/src'), ['tailwind.config.js'], readFile)?.file).toBe(path.join(root, 'tailwind.config.js'));
    expect(findUp(path.join(root, 'packages/app/src'), ['tailwind.config.js'], readFile, 'package.json')).toBeUndefined();
    expect(findUp(path.join(root, 'packages/app/src'), ['package.json'], readFile)?.file).toBe(path.join(root, 'packages/app/package.json'));
  });

  it('finds the nearest manifest once per folder for a run, reading it again each time, and looks again once it has gone', () => {
    const files = new Map([
      ['/repo/package.json', '{"name":"repo"}'],
      ['/repo/apps/web/package.json', '{"name":"web"}'],
    ]);
    const reads: string[] = [];
    const resolver = new ModuleResolver((file) => {
      reads.push(file);
      return files.get(file);
    }, new ModuleCache());
    expect(resolver.nearest('/repo/apps/web/src/consent/banner', ['package.json'])).toEqual({ file: '/repo/apps/web/package.json', text: '{"name":"web"}' });
    expect(reads).toEqual(['/repo/apps/web/src/consent/banner/package.json', '/repo/apps/web/src/consent/package.json', '/repo/apps/web/src/package.json', '/repo/apps/web/package.json']);
    // A sibling folder walks up to a folder already answered: one look of its own, then the manifest read again.
    reads.length = 0;
    files.set('/repo/apps/web/package.json', '{"name":"web","version":"2.0.0"}');
    expect(resolver.nearest('/repo/apps/web/src/settings', ['package.json'])?.text).toBe('{"name":"web","version":"2.0.0"}');
    expect(reads).toEqual(['/repo/apps/web/src/settings/package.json', '/repo/apps/web/package.json']);
    // The app's manifest has gone: the repository's is found.
    files.delete('/repo/apps/web/package.json');
    expect(resolver.nearest('/repo/apps/web/src/consent/banner', ['package.json'])?.file).toBe('/repo/package.json');
    // Nowhere up to the root.
    expect(resolver.nearest('/elsewhere/src', ['tsconfig.json', 'jsconfig.json'])).toBeUndefined();
  });
});

const BANNER = `import { useState } from 'react';
import { track } from '@/lib/analytics';
import '@/styles/consent.css';

export function CookieBanner({ onClose }: { onClose: () => void }) {
  const [saving, setSaving] = useState(false);
  const choose = async (choice: 'all' | 'necessary') => {
    setSaving(true);
    await track('consent', { choice });
    onClose();
  };
  return (
    <aside role="dialog" aria-label="Cookies" className="consent">
      <p>We use cookies for analytics and personalised advertising.</p>
      <button className="accept" disabled={saving} onClick={() => choose('all')}>Accept all</button>
      <button className="decline" disabled={saving} onClick={() => choose('necessary')}>Reject all</button>
    </aside>
  );
}
`;

const CONSENT_CSS = `.consent { background: #ffffff; color: #111111; }
.accept { font-size: 16px; font-weight: 600; padding: 10px 20px; background: #1d4ed8; color: #ffffff; border: 0; }
.decline { font-size: 11px; padding: 0; background: none; border: 0; color: #6b7280; }
`;

describe('a stylesheet imported through a tsconfig alias styles the component', () => {
  const dir = project({ 'tsconfig.json': TSCONFIG, 'src/components/CookieBanner.tsx': BANNER, 'src/styles/consent.css': CONSENT_CSS });
  const file = path.join(dir, 'src/components/CookieBanner.tsx');

  it('in the checker: the faint 11px reject is weaker than the accept', () => {
    const result = analyseSourceInDetail({ filePath: file, text: BANNER, settings: resolveSettings(undefined), rules: recommendedRules(), readFile });
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([['honest-ui/no-unbalanced-choices', 16]]);
    expect(result.unresolvedImports).toEqual([]);
  });

  it('in ESLint: the same finding', () => {
    const linter = new Linter({ configType: 'flat', cwd: dir });
    const config = [
      { plugins: { 'honest-ui': { rules: { 'no-unbalanced-choices': noUnbalancedChoices } } }, rules: { 'honest-ui/no-unbalanced-choices': 'error' } },
      { files: ['**/*.tsx'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } },
    ] as Linter.Config[];
    const messages = linter.verify(BANNER, config, { filename: file });
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([['honest-ui/no-unbalanced-choices', 16]]);
  });

  it('without the alias the stylesheet is out of reach, and nothing is guessed', () => {
    const other = project({ 'src/components/CookieBanner.tsx': BANNER, 'src/styles/consent.css': CONSENT_CSS });
    const result = analyseSourceInDetail({ filePath: path.join(other, 'src/components/CookieBanner.tsx'), text: BANNER, settings: resolveSettings(undefined), rules: recommendedRules(), readFile });
    expect(result.messages).toEqual([]);
    expect(result.unresolvedImports).toContainEqual({ source: '@/styles/consent.css', reason: 'not-relative' });
  });
});
