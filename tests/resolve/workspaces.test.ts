/**
 * A monorepo's own packages (`@acme/ui`) are the project's code: an import of one is followed into the workspace,
 * as npm, Yarn and pnpm link it, to the file its manifest names (or, in a source checkout, the source of the build
 * output it names), while an installed package stays a package.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModuleCache, ModuleResolver } from '../../src/resolve/modules.js';
import { pnpmGlobs, splitSpecifier } from '../../src/resolve/workspaces.js';
import { bothRunner } from '../helpers/both.js';
import { readFileOrUndefined, tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('workspaces');
const both = bothRunner('workspaces-both');

const readFile = readFileOrUndefined;

const json = (value: unknown): string => JSON.stringify(value, null, 2);

describe('workspace packages', () => {
  it('follows an npm workspace package to its main file and a subpath to the file inside the package', () => {
    const dir = project({
      'package.json': json({ name: 'acme', private: true, workspaces: ['apps/*', 'packages/*'] }),
      'apps/web/package.json': json({ name: '@acme/web', dependencies: { '@acme/ui': '*', react: '^19.0.0' } }),
      'apps/web/src/routes/settings.tsx': '',
      'packages/ui/package.json': json({ name: '@acme/ui', main: './index.ts', types: './index.ts' }),
      'packages/ui/index.ts': "export * from './primitives/input';\n",
      'packages/ui/primitives/input.tsx': 'export const Input = (props) => <input {...props} />;\n',
    });
    const resolver = new ModuleResolver(readFile, new ModuleCache());
    const from = path.join(dir, 'apps/web/src/routes/settings.tsx');
    expect(resolver.resolve(from, '@acme/ui')).toMatchObject({ kind: 'file', file: path.join(dir, 'packages/ui/index.ts') });
    expect(resolver.resolve(from, '@acme/ui/primitives/input')).toMatchObject({ kind: 'file', file: path.join(dir, 'packages/ui/primitives/input.tsx') });
    // Installed packages, and a workspace package's file that is not there, are not the workspace's to answer.
    expect(resolver.resolve(from, 'react')).toEqual({ kind: 'package' });
    expect(resolver.resolve(from, '@acme/ui/primitives/missing')).toEqual({ kind: 'package' });
    expect(resolver.resolve(from, '@acme/uikit')).toEqual({ kind: 'package' });
  });

  it("reads an `exports` map, and finds the source of build output a source checkout doesn't have", () => {
    const dir = project({
      'pnpm-workspace.yaml': 'packages:\n- apps/*\n- packages/*\n- "!packages/legacy-ui"\n\ncatalog:\n  react: 19.1.0\n',
      'package.json': json({ name: 'acme', private: true }),
      'apps/web/src/app/page.tsx': '',
      'packages/ui/package.json': json({
        name: '@acme/ui',
        main: './dist/index.js',
        types: './dist/index.d.ts',
        exports: {
          '.': { types: './dist/index.d.ts', import: './dist/index.mjs', require: './dist/index.js' },
          './button': { import: { types: './dist/button/index.d.ts', default: './dist/button/index.js' } },
          './icons/*': './src/icons/*.tsx',
          './package.json': './package.json',
        },
      }),
      'packages/ui/src/index.ts': "export * from './button';\n",
      'packages/ui/src/button/index.tsx': 'export const Button = (props) => <button {...props} />;\n',
      'packages/ui/src/icons/check.tsx': 'export const Check = () => <svg />;\n',
      // Left out by the workspace's `!packages/legacy-ui`.
      'packages/legacy-ui/package.json': json({ name: '@acme/legacy-ui', main: './index.ts' }),
      'packages/legacy-ui/index.ts': 'export const Old = 1;\n',
    });
    const resolver = new ModuleResolver(readFile, new ModuleCache());
    const from = path.join(dir, 'apps/web/src/app/page.tsx');
    expect(resolver.resolve(from, '@acme/ui')).toMatchObject({ kind: 'file', file: path.join(dir, 'packages/ui/src/index.ts') });
    expect(resolver.resolve(from, '@acme/ui/button')).toMatchObject({ kind: 'file', file: path.join(dir, 'packages/ui/src/button/index.tsx') });
    expect(resolver.resolve(from, '@acme/ui/icons/check')).toMatchObject({ kind: 'file', file: path.join(dir, 'packages/ui/src/icons/check.tsx') });
    // Not exported: a package with an `exports` map opens only what it lists.
    expect(resolver.resolve(from, '@acme/ui/src/button')).toEqual({ kind: 'package' });
    expect(resolver.resolve(from, '@acme/legacy-ui')).toEqual({ kind: 'package' });
  });

  it('prefers a tsconfig `paths` entry, and leaves a project that is no workspace alone', () => {
    const dir = project({
      'package.json': json({ name: 'acme', workspaces: { packages: ['packages/*'] } }),
      'packages/app/tsconfig.json': json({ compilerOptions: { baseUrl: '.', paths: { '@acme/ui': ['./vendor/ui.tsx'] } } }),
      'packages/app/vendor/ui.tsx': 'export const Button = () => <button />;\n',
      'packages/app/src/App.tsx': '',
      'packages/ui/package.json': json({ name: '@acme/ui', main: './index.tsx' }),
      'packages/ui/index.tsx': 'export const Button = () => <button />;\n',
    });
    const resolver = new ModuleResolver(readFile, new ModuleCache());
    expect(resolver.resolve(path.join(dir, 'packages/app/src/App.tsx'), '@acme/ui')).toMatchObject({ kind: 'file', file: path.join(dir, 'packages/app/vendor/ui.tsx') });
    const single = project({ 'package.json': json({ name: 'app' }), 'src/App.tsx': '', 'node_modules/@acme/ui/package.json': json({ name: '@acme/ui', main: 'index.js' }) });
    expect(new ModuleResolver(readFile, new ModuleCache()).resolve(path.join(single, 'src/App.tsx'), '@acme/ui')).toEqual({ kind: 'package' });
  });

  it('reads the package names of specifiers and the globs of pnpm-workspace.yaml', () => {
    expect(splitSpecifier('@acme/ui/primitives/input')).toEqual({ name: '@acme/ui', subpath: 'primitives/input' });
    expect(splitSpecifier('lodash')).toEqual({ name: 'lodash', subpath: '' });
    expect(splitSpecifier('@acme')).toBeUndefined();
    expect(pnpmGlobs("packages:\n  - 'apps/*'\n  # shared code\n  - \"packages/**\" # all of it\n  - '!**/test/**'\nonlyBuiltDependencies:\n  - esbuild\n")).toEqual(['apps/*', 'packages/**', '!**/test/**']);
    expect(pnpmGlobs("packages: ['apps/*', \"packages/*\"]\n")).toEqual(['apps/*', 'packages/*']);
    expect(pnpmGlobs('catalog:\n  react: 19.1.0\n')).toEqual([]);
  });
});

describe('components of a workspace package, in both front doors', () => {
  /** A design system package whose buttons draw the decline as faint small text, and a form item that wraps its field in a context provider (shadcn/ui's FormItem). */
  const ui = {
    'package.json': json({ name: 'acme', private: true, workspaces: ['apps/*', 'packages/*'] }),
    'packages/ui/package.json': json({ name: '@acme/ui', version: '0.0.0', main: './src/index.ts' }),
    'packages/ui/src/index.ts': "export * from './button';\nexport * from './form';\n",
    'packages/ui/src/button.tsx': `import * as React from 'react';

export const PrimaryButton = ({ children, ...props }: React.ButtonHTMLAttributes<HTMLButtonElement>) => (
  <button type="button" style={{ background: '#111827', color: '#ffffff', fontSize: 16, fontWeight: 600, padding: '12px 24px', borderRadius: 8 }} {...props}>
    {children}
  </button>
);

export const QuietButton = ({ children, ...props }: React.ButtonHTMLAttributes<HTMLButtonElement>) => (
  <button type="button" style={{ background: 'transparent', color: '#c4c4c4', fontSize: 11, fontWeight: 400, padding: 0, border: 0 }} {...props}>
    {children}
  </button>
);
`,
    'packages/ui/src/form.tsx': `import * as React from 'react';

const FormItemContext = React.createContext<{ id: string }>({ id: '' });

export const FormItem = React.forwardRef<HTMLDivElement, React.HTMLAttributes<HTMLDivElement>>(({ className, ...props }, ref) => {
  const id = React.useId();
  return (
    <FormItemContext.Provider value={{ id }}>
      <div ref={ref} className={className} {...props} />
    </FormItemContext.Provider>
  );
});

export const Input = React.forwardRef<HTMLInputElement, React.InputHTMLAttributes<HTMLInputElement>>(({ type, ...props }, ref) => <input type={type} ref={ref} {...props} />);
`,
  };

  it('reads the decline drawn by the package as weaker than the accept', async () => {
    const result = await both(
      {
        ...ui,
        'apps/web/package.json': json({ name: '@acme/web', dependencies: { '@acme/ui': 'workspace:*' } }),
        'apps/web/src/consent/AiTrainingPrompt.tsx': `import { PrimaryButton, QuietButton } from '@acme/ui';
import { useConsent } from '@/lib/consent';

export function AiTrainingPrompt() {
  const { grant, refuse } = useConsent('model-training');
  return (
    <div role="dialog" aria-labelledby="ai-training-title">
      <h2 id="ai-training-title">Help us improve our models</h2>
      <p>Can we use your chats and conversations to train our AI models?</p>
      <PrimaryButton onClick={grant}>Allow training</PrimaryButton>
      <QuietButton onClick={refuse}>Don't allow</QuietButton>
    </div>
  );
}
`,
      },
      'apps/web/src/consent/AiTrainingPrompt.tsx',
      ['no-unbalanced-choices'],
    );
    expect(result.checker).toEqual(['no-unbalanced-choices weakerDecline 11:7']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('sees the text field inside a form item: a form people fill in is no prompt without a decline', async () => {
    const result = await both(
      {
        ...ui,
        'apps/web/package.json': json({ name: '@acme/web' }),
        'apps/web/src/settings/AddPasskeyDialog.tsx': `import { FormItem, Input, PrimaryButton, QuietButton } from '@acme/ui';
import { useForm } from 'react-hook-form';

export function AddPasskeyDialog({ onClose }: { onClose: () => void }) {
  const form = useForm({ defaultValues: { name: '' } });
  return (
    <div role="dialog">
      <h2>Add passkey</h2>
      <p>Passkeys let you sign in with your fingerprint, face or screen lock (biometrics stay on your device).</p>
      <form onSubmit={form.handleSubmit(() => onClose())}>
        <FormItem>
          <label htmlFor="passkey-name">Passkey name</label>
          <Input id="passkey-name" placeholder="e.g. MacBook" {...form.register('name')} />
        </FormItem>
        <QuietButton onClick={onClose}>Cancel</QuietButton>
        <PrimaryButton type="submit">Continue</PrimaryButton>
      </form>
    </div>
  );
}
`,
      },
      'apps/web/src/settings/AddPasskeyDialog.tsx',
      ['require-decline-option'],
    );
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});

describe("a design system's barrel", () => {
  it('is walked once per component name in a run, whatever number of files use the component', async () => {
    const { analyseSourceInDetail } = await import('../../src/engine/analyse.js');
    const { recommendedRules } = await import('../../src/catalog/index.js');
    const { resolveSettings } = await import('../../src/settings/settings.js');
    const { ProjectCache } = await import('../../src/resolve/stylesheets.js');
    const files: Record<string, string> = {
      'package.json': json({ name: 'acme', workspaces: ['packages/*', 'apps/*'] }),
      'packages/ui/package.json': json({ name: '@acme/ui', main: './src/index.ts' }),
      'packages/ui/src/index.ts': Array.from({ length: 30 }, (_, n) => `export * from './part-${n}';\n`).join(''),
      'packages/ui/src/part-29.tsx': "export const Switch = ({ defaultChecked }: { defaultChecked?: boolean }) => <input type=\"checkbox\" role=\"switch\" defaultChecked={defaultChecked} />;\n",
    };
    for (let n = 0; n < 29; n += 1) files[`packages/ui/src/part-${n}.tsx`] = `export const Part${n} = () => <div />;\n`;
    const screen = (name: string) => `import { Switch } from '@acme/ui';\nexport const ${name} = () => (\n  <label>\n    <Switch defaultChecked />\n    Share my usage data with partners\n  </label>\n);\n`;
    files['apps/web/src/Privacy.tsx'] = screen('Privacy');
    files['apps/web/src/Onboarding.tsx'] = screen('Onboarding');
    const dir = project(files);
    const reads: string[] = [];
    const readFile = (file: string) => {
      reads.push(file);
      return readFileSync(file, 'utf8');
    };
    const tryRead = (file: string) => {
      try {
        return readFile(file);
      } catch {
        return undefined;
      }
    };
    const cache = new ProjectCache();
    const check = (name: string) => analyseSourceInDetail({ filePath: path.join(dir, `apps/web/src/${name}.tsx`), text: screen(name), settings: resolveSettings(undefined), rules: recommendedRules(), readFile: tryRead, cache });
    const first = check('Privacy');
    const parts = (from: number) => reads.slice(from).filter((file) => /part-\d+\.tsx$/.test(file)).length;
    expect(first.messages.map((m) => m.ruleId)).toEqual(['honest-ui/no-preselected-consent']);
    expect(parts(0)).toBeGreaterThanOrEqual(30);
    const before = reads.length;
    const second = check('Onboarding');
    expect(second.messages.map((m) => m.ruleId)).toEqual(['honest-ui/no-preselected-consent']);
    // The barrel's other 29 modules are not scanned again for `Switch`: only the one it was found in is read.
    expect(parts(before)).toBeLessThanOrEqual(2);
  });
});
