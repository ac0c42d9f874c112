import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StyleResolver, type ComputedStyle, type UtilityClasses } from '../../src/css/resolve.js';
import { readTailwindConfig, readThemeBlocks } from '../../src/css/tailwind/config.js';
import { parseStylesheet } from '../../src/parse/css.js';
import { buildTheme } from '../../src/css/tailwind/theme.js';
import { createTailwindUtilities } from '../../src/css/tailwind/utilities.js';
import { ModuleCache, ModuleResolver } from '../../src/resolve/modules.js';
import { TailwindCache, tailwindFor } from '../../src/resolve/tailwind.js';
import { buildModel } from '../../src/model/build.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';

const v3 = createTailwindUtilities(buildTheme(3, []));
const v4 = createTailwindUtilities(buildTheme(4, []));

function decls(utilities: UtilityClasses, token: string): Record<string, string> | undefined {
  const style = utilities.resolve(token);
  return style ? Object.fromEntries(style.declarations.map((d) => [d.property, d.value])) : undefined;
}

/** Resolve the styles of the element with `id="target"` in a JSX snippet, with the given utilities in scope. */
function styleOf(jsx: string, utilities: UtilityClasses | null = v3): ComputedStyle {
  const parsed = parseWithTypescriptEstree(`const x = ${jsx};`, 'file.tsx');
  if (!parsed.ok) throw new Error(parsed.error.message);
  const model = buildModel(parsed.value, {});
  const target = model.elements.find((e) => {
    const id = e.attributes.get('id')?.value;
    return id?.kind === 'static' && id.value === 'target';
  });
  if (!target) throw new Error('no #target');
  return new StyleResolver({ globalSheets: [], moduleSheets: new Map(), utilityClasses: utilities ?? undefined, rootFontSize: 16 }).computed(target);
}

describe('Tailwind tokens → declarations (default theme)', () => {
  it('maps the font-size scale (v3 values, tailwindcss.com/docs/font-size)', () => {
    expect(decls(v3, 'text-xs')).toEqual({ 'font-size': '0.75rem' });
    expect(decls(v3, 'text-sm')).toEqual({ 'font-size': '0.875rem' });
    expect(decls(v3, 'text-base')).toEqual({ 'font-size': '1rem' });
    expect(decls(v3, 'text-2xl')).toEqual({ 'font-size': '1.5rem' });
    expect(decls(v3, 'text-9xl')).toEqual({ 'font-size': '8rem' });
    // `text-sm/6`: the modifier is a line height, the size stays.
    expect(decls(v3, 'text-sm/6')).toEqual({ 'font-size': '0.875rem' });
  });

  it('maps font weights', () => {
    expect(decls(v3, 'font-thin')).toEqual({ 'font-weight': '100' });
    expect(decls(v3, 'font-semibold')).toEqual({ 'font-weight': '600' });
    expect(decls(v3, 'font-black')).toEqual({ 'font-weight': '900' });
    expect(decls(v3, 'font-[550]')).toEqual({ 'font-weight': '550' });
    expect(decls(v3, 'font-sans')).toEqual({});
  });

  it('maps palette colours for text, background and border, and the special colours', () => {
    expect(decls(v3, 'text-gray-400')).toEqual({ color: '#9ca3af' });
    expect(decls(v3, 'bg-blue-600')).toEqual({ 'background-color': '#2563eb' });
    expect(decls(v3, 'border-red-950')).toEqual({ 'border-color': '#450a0a' });
    expect(decls(v3, 'text-white')).toEqual({ color: '#ffffff' });
    expect(decls(v3, 'bg-black')).toEqual({ 'background-color': '#000000' });
    expect(decls(v3, 'bg-transparent')).toEqual({ 'background-color': 'transparent' });
    expect(decls(v3, 'text-current')).toEqual({ color: 'currentColor' });
  });

  it('applies opacity modifiers to colours', () => {
    expect(decls(v3, 'bg-black/50')).toEqual({ 'background-color': 'rgba(0, 0, 0, 0.5)' });
    expect(decls(v3, 'text-gray-400/75')).toEqual({ color: 'rgba(156, 163, 175, 0.75)' });
    expect(decls(v3, 'bg-white/[.35]')).toEqual({ 'background-color': 'rgba(255, 255, 255, 0.35)' });
    // v3's opacity scale steps by 5; v4 takes any percentage.
    expect(v3.resolve('bg-black/37')).toBeUndefined();
    expect(decls(v4, 'bg-black/37')).toEqual({ 'background-color': 'rgba(0, 0, 0, 0.37)' });
    // A mix with currentColor is the page's business.
    expect(v3.resolve('text-current/50')?.unknownProperties).toEqual(['color']);
  });

  it('reads arbitrary values by their shape or type hint', () => {
    expect(decls(v3, 'text-[10px]')).toEqual({ 'font-size': '10px' });
    expect(decls(v3, 'text-[#999]')).toEqual({ color: '#999' });
    expect(decls(v3, 'text-[length:13px]')).toEqual({ 'font-size': '13px' });
    expect(decls(v3, 'text-[color:rgb(1,2,3)]')).toEqual({ color: 'rgb(1,2,3)' });
    expect(decls(v3, 'bg-[rgb(0,0,0)]')).toEqual({ 'background-color': 'rgb(0,0,0)' });
    expect(decls(v3, 'bg-[rgb(0_0_0_/_0.5)]')).toEqual({ 'background-color': 'rgb(0 0 0 / 0.5)' });
    expect(decls(v3, 'p-[10px]')).toEqual({ 'padding-top': '10px', 'padding-right': '10px', 'padding-bottom': '10px', 'padding-left': '10px' });
    expect(decls(v3, 'opacity-[.3]')).toEqual({ opacity: '.3' });
    // Size or colour? Only the page knows.
    expect(v3.resolve('text-[var(--fine)]')?.unknownProperties).toEqual(['font-size', 'color']);
    // A background image hides what colour is behind the text.
    expect(v3.resolve('bg-[url(/x.png)]')?.unknownProperties).toEqual(['background-color']);
    expect(v3.resolve('bg-gradient-to-r')?.unknownProperties).toEqual(['background-color']);
  });

  it('maps visibility, screen-reader-only and off-screen utilities', () => {
    expect(decls(v3, 'hidden')).toEqual({ display: 'none' });
    expect(decls(v3, 'invisible')).toEqual({ visibility: 'hidden' });
    expect(decls(v3, 'sr-only')).toMatchObject({ position: 'absolute', width: '1px', height: '1px', clip: 'rect(0, 0, 0, 0)' });
    expect(decls(v3, 'opacity-0')).toEqual({ opacity: '0' });
    expect(decls(v3, 'opacity-50')).toEqual({ opacity: '0.5' });
    expect(decls(v3, 'absolute')).toEqual({ position: 'absolute' });
    expect(decls(v3, '-left-[9999px]')).toEqual({ left: '-9999px' });
    expect(decls(v3, '-top-4')).toEqual({ top: '-1rem' });
    expect(decls(v3, 'w-0')).toEqual({ width: '0px' });
    expect(decls(v3, 'h-0')).toEqual({ height: '0px' });
    expect(decls(v3, 'underline')).toEqual({ 'text-decoration-line': 'underline' });
  });

  it('maps padding on the 0.25rem spacing scale, and borders', () => {
    expect(decls(v3, 'px-6')).toEqual({ 'padding-left': '1.5rem', 'padding-right': '1.5rem' });
    expect(decls(v3, 'py-3')).toEqual({ 'padding-top': '0.75rem', 'padding-bottom': '0.75rem' });
    expect(decls(v3, 'pt-0.5')).toEqual({ 'padding-top': '0.125rem' });
    expect(decls(v3, 'p-px')).toEqual({ 'padding-top': '1px', 'padding-right': '1px', 'padding-bottom': '1px', 'padding-left': '1px' });
    // `p-13` exists only in v4 (calc(var(--spacing) * 13)).
    expect(v3.resolve('p-13')).toBeUndefined();
    expect(decls(v4, 'p-13')).toMatchObject({ 'padding-top': '3.25rem' });
    expect(decls(v3, 'border')).toEqual({ 'border-width': '1px' });
    expect(decls(v3, 'border-0')).toEqual({ 'border-width': '0px' });
    expect(decls(v3, 'border-2')).toEqual({ 'border-width': '2px' });
    expect(decls(v3, 'border-[3px]')).toEqual({ 'border-width': '3px' });
    // One side only: honest-ui tracks one border width, so it can't say.
    expect(v3.resolve('border-b-2')?.unknownProperties).toEqual(['border-width']);
  });

  it('does not claim tokens that are not Tailwind utilities', () => {
    expect(v3.resolve('consent-banner')).toBeUndefined();
    expect(v3.resolve('text-brand')).toBeUndefined();
    expect(v3.resolve('btn-primary')).toBeUndefined();
    expect(v3.resolve('text-gray-401')).toBeUndefined();
  });

  it('turns variant prefixes into conditions, never the default', () => {
    expect(v3.resolve('sm:hidden')?.condition).toBe('screens >= 640px');
    expect(v3.resolve('md:text-xs')?.condition).toBe('screens >= 768px');
    expect(v3.resolve('max-sm:hidden')?.condition).toBe('screens < 640px');
    expect(v3.resolve('hover:underline')?.condition).toBe(':hover');
    expect(v3.resolve('focus:not-sr-only')?.condition).toBe(':focus');
    expect(v3.resolve('dark:text-white')?.condition).toBe('dark mode');
    expect(v3.resolve('md:hover:bg-black')?.condition).toBe('screens >= 768px and :hover');
    expect(v3.resolve('group-hover:text-black')?.condition).toBe(':hover on a .group ancestor');
    expect(v3.resolve('[&.open]:block')?.condition).toBe('variant [&.open]:');
    expect(v3.resolve('text-xs')?.condition).toBeUndefined();
    // A pseudo-element's style is not the element's.
    expect(v3.resolve('before:text-xs')).toBeUndefined();
  });

  it('reads the important modifier in both spellings', () => {
    expect(v3.resolve('!text-xs')?.important).toBe(true);
    expect(v3.resolve('text-xs!')?.important).toBe(true);
    expect(v3.resolve('md:!hidden')).toMatchObject({ important: true, condition: 'screens >= 768px' });
    expect(v3.resolve('text-xs')?.important).toBe(false);
  });
});

describe('Tailwind in the cascade', () => {
  it('resolves sizes, colours and fills as author styles', () => {
    const style = styleOf('<div className="bg-white"><p id="target" className="text-xs text-gray-400">x</p></div>');
    expect(style.fontSize).toMatchObject({ known: true, value: 12, origin: 'author', source: 'tailwind text-xs' });
    expect(style.color).toMatchObject({ known: true, origin: 'author', value: { alpha: 1 } });
    expect(style.backdrop).toMatchObject({ known: true, origin: 'author', value: { r: 1, g: 1, b: 1 } });
  });

  it('replaces the browser button with Preflight: transparent, unpadded, borderless, inheriting type', () => {
    const reject = styleOf('<div className="text-base"><button id="target" className="underline">No</button></div>');
    expect(reject.fill).toMatchObject({ known: true, value: null });
    expect(reject.borderWidth).toMatchObject({ known: true, value: 0 });
    expect(reject.padding).toMatchObject({ known: true, value: { top: 0, right: 0, bottom: 0, left: 0 } });
    expect(reject.fontSize).toMatchObject({ known: true, value: 16 });
    const accept = styleOf('<div><button id="target" className="bg-black text-white px-6 py-3">Yes</button></div>');
    expect(accept.fill).toMatchObject({ known: true, origin: 'author', value: { r: 0, g: 0, b: 0, alpha: 1 } });
    expect(accept.padding).toMatchObject({ known: true, value: { top: 12, right: 24, bottom: 12, left: 24 } });
  });

  it('keeps the browser defaults when the project does not use Tailwind', () => {
    const style = styleOf('<button id="target" className="text-xs">No</button>', null);
    expect(style.fontSize).toMatchObject({ known: true, value: 13.333, origin: 'default' });
  });

  it('puts variant utilities into the conditional list, not the default', () => {
    const style = styleOf('<p id="target" className="text-base sm:hidden md:text-xs hover:underline">x</p>');
    expect(style.display).toMatchObject({ known: true, value: 'block' });
    expect(style.fontSize).toMatchObject({ known: true, value: 16 });
    expect(style.conditional).toEqual([
      { property: 'display', value: 'none', condition: 'screens >= 640px', source: 'tailwind sm:hidden' },
      { property: 'font-size', value: '0.75rem', condition: 'screens >= 768px', source: 'tailwind md:text-xs' },
      { property: 'text-decoration', value: 'underline', condition: ':hover', source: 'tailwind hover:underline' },
    ]);
  });

  it('lets a narrower utility win and an important one beat an inline style', () => {
    expect(styleOf('<p id="target" className="px-6 p-2">x</p>').padding).toMatchObject({ known: true, value: { top: 8, right: 24, bottom: 8, left: 24 } });
    expect(styleOf('<p id="target" className="!text-xs" style={{ fontSize: 20 }}>x</p>').fontSize).toMatchObject({ known: true, value: 12 });
    expect(styleOf('<p id="target" className="text-xs" style={{ fontSize: "20px" }}>x</p>').fontSize).toMatchObject({ known: true, value: 20 });
  });

  it('does not guess between two equally specific utilities', () => {
    expect(styleOf('<p id="target" className="text-xs text-lg">x</p>').fontSize).toMatchObject({ known: false, reason: 'unknown-value' });
  });

  it('makes Tailwind-settable properties unknown when class parts are computed at run time', () => {
    const style = styleOf('<p id="target" className={`text-gray-400 ${size}`}>x</p>');
    expect(style.fontSize).toMatchObject({ known: false, reason: 'dynamic-class' });
    expect(style.color).toMatchObject({ known: false, reason: 'dynamic-class' });
  });

  it('treats a class applied under a run-time condition as unknown', () => {
    const style = styleOf('<p id="target" className={clsx("text-base", small && "text-xs")}>x</p>');
    expect(style.fontSize).toMatchObject({ known: false, reason: 'conditional' });
  });

  it('resolves the off-screen pattern', () => {
    const style = styleOf('<a id="target" className="absolute -left-[9999px]">Reject</a>');
    expect(style.position).toMatchObject({ known: true, value: 'absolute' });
    expect(style.left).toMatchObject({ known: true, value: -9999 });
  });
});

describe('theme extensions read as data', () => {
  it('extends font sizes and colours from a plain config object', () => {
    const overrides = readTailwindConfig(
      `/** @type {import('tailwindcss').Config} */
module.exports = {
  content: ['./src/**/*.tsx'],
  theme: { extend: { fontSize: { tiny: ['10px', { lineHeight: '12px' }] }, colors: { brand: { DEFAULT: '#0b5fff', muted: '#a0aec0' } } } },
  plugins: [require('@tailwindcss/forms')],
};`,
      'tailwind.config.js',
    );
    expect(overrides.opaque).toBeUndefined();
    const tw = createTailwindUtilities(buildTheme(3, [overrides]));
    expect(decls(tw, 'text-tiny')).toEqual({ 'font-size': '10px' });
    expect(decls(tw, 'bg-brand')).toEqual({ 'background-color': '#0b5fff' });
    expect(decls(tw, 'text-brand-muted')).toEqual({ color: '#a0aec0' });
    // Extending keeps the defaults.
    expect(decls(tw, 'text-xs')).toEqual({ 'font-size': '0.75rem' });
  });

  it('replaces a scale set outside extend, and reads TypeScript configs', () => {
    const overrides = readTailwindConfig(
      `import type { Config } from 'tailwindcss';
const config = { theme: { colors: { ink: '#111' } } } satisfies Config;
export default config;`,
      'tailwind.config.ts',
    );
    const tw = createTailwindUtilities(buildTheme(3, [overrides]));
    expect(decls(tw, 'text-ink')).toEqual({ color: '#111' });
    expect(tw.resolve('text-gray-400')).toBeUndefined();
    expect(decls(tw, 'text-xs')).toEqual({ 'font-size': '0.75rem' });
  });

  it('does not execute a config that is a function call: its theme is unknown', () => {
    const overrides = readTailwindConfig(`const withMT = require('@material-tailwind/react/utils/withMT');\nmodule.exports = withMT({ theme: { extend: {} } });`, 'tailwind.config.js');
    expect(overrides.opaque).toMatch(/does not export a plain object/);
    const tw = createTailwindUtilities(buildTheme(3, [overrides]));
    expect(tw.resolve('text-xs')?.unknownProperties).toEqual(['font-size', 'color']);
    expect(tw.resolve('bg-black')?.unknownProperties).toEqual(['background-color']);
    // What needs no theme stays known.
    expect(decls(tw, 'hidden')).toEqual({ display: 'none' });
    expect(decls(tw, 'text-[10px]')).toEqual({ 'font-size': '10px' });
  });

  it('makes only the scale whose value is not data unknown', () => {
    const overrides = readTailwindConfig(`const colors = require('tailwindcss/colors');\nmodule.exports = { theme: { extend: { colors: { primary: colors.blue } } } };`, 'tailwind.config.js');
    const tw = createTailwindUtilities(buildTheme(3, [overrides]));
    expect(tw.resolve('text-gray-400')?.unknownProperties).toEqual(['color']);
    expect(decls(tw, 'text-xs')).toEqual({ 'font-size': '0.75rem' });
  });

  it('reads each preset through what its import leads to, whatever form the import takes', () => {
    const modules: Record<string, unknown> = {
      '@acme/tailwind-preset': { theme: { extend: { colors: { brand: '#0b5fff' } } } },
      '../../packages/config/tailwind.cjs': { theme: { extend: { fontSize: { legal: ['11px', { lineHeight: '14px' }] } } } },
      './forms.preset.js': { prefix: 'tw-' },
    };
    const asked: string[] = [];
    const config = readTailwindConfig(
      [
        "import type { Config } from 'tailwindcss';",
        "import brand from '@acme/tailwind-preset';",
        "const shared = require('../../packages/config/tailwind.cjs');",
        'export default {',
        "  presets: [brand, shared, require('./forms.preset.js').default, createPreset({ radius: 4 })],",
        "  content: ['./src/**/*.tsx'],",
        '} satisfies Config;',
      ].join('\n'),
      'tailwind.config.ts',
      (specifier, name) => {
        asked.push(`${specifier} ${name}`);
        return structuredClone(modules[specifier]) as never;
      },
    );
    expect(asked).toEqual(['@acme/tailwind-preset default', '../../packages/config/tailwind.cjs default', './forms.preset.js default']);
    // One preset made by a call: the list is not data, so it is one unreadable preset.
    expect(config.presets).toEqual([undefined]);
    const readable = readTailwindConfig("import brand from '@acme/tailwind-preset';\nexport default { presets: [brand, require('./forms.preset.js').default] };", 'tailwind.config.ts', (specifier) => structuredClone(modules[specifier]) as never);
    expect(readable.presets?.map((preset) => [preset?.extend.colors, preset?.prefix])).toEqual([[new Map([['brand', '#0b5fff']]), undefined], [undefined, 'tw-']]);
    expect(readTailwindConfig(`module.exports = { theme: { extend: {} } };`, 'tailwind.config.js').presets).toBeUndefined();
  });
});

describe('what dark: utilities wait for (tailwindcss.com/docs/dark-mode)', () => {
  const config = (darkMode: string) => readTailwindConfig(`import type { Config } from 'tailwindcss';\nexport default { darkMode: ${darkMode}, content: ['./src/**/*.tsx'] } satisfies Config;\n`, 'tailwind.config.ts').dark;
  const css = (text: string) => {
    const parsed = parseStylesheet(text, 'globals.css');
    if (!parsed.ok) throw new Error(parsed.error.message);
    return readThemeBlocks(parsed.value)?.dark;
  };
  const onDark = { kind: 'selector', classes: ['dark'], attributes: [] };

  it("reads v3's darkMode: a class, a selector, or the media query", () => {
    expect(config("'class'")).toEqual(onDark);
    expect(config("['class']")).toEqual(onDark);
    expect(config("'selector'")).toEqual(onDark);
    expect(config(`['class', '[data-mode="dark"]']`)).toEqual({ kind: 'selector', classes: [], attributes: [{ name: 'data-mode', value: 'dark' }] });
    expect(config("['selector', '.theme-night']")).toEqual({ kind: 'selector', classes: ['theme-night'], attributes: [] });
    expect(config("'media'")).toEqual({ kind: 'media' });
    // A variant written as code (`['variant', '&:not(.light *)']`) asks for what a class alone can't say.
    expect(config("['variant', '&:not(.light *)']")).toEqual({ kind: 'unknown' });
    expect(readTailwindConfig(`module.exports = { content: ['./src/**/*.tsx'] };`, 'tailwind.config.js').dark).toBeUndefined();
    // The default of both majors is the person's colour-scheme preference.
    expect(buildTheme(3, []).dark).toEqual({ kind: 'media' });
  });

  it("reads v4's @custom-variant in both forms, and the betas' @variant", () => {
    expect(css('@import "tailwindcss";\n@custom-variant dark (&:where(.dark, .dark *));\n')).toEqual(onDark);
    expect(css('@import "tailwindcss";\n@custom-variant dark (&:is(.dark *));\n')).toEqual(onDark);
    expect(css('@import "tailwindcss";\n@custom-variant dark (&:where([data-theme=dark], [data-theme=dark] *));\n')).toEqual({ kind: 'selector', classes: [], attributes: [{ name: 'data-theme', value: 'dark' }] });
    expect(css('@import "tailwindcss";\n@custom-variant dark {\n  &:where(.dark, .dark *) {\n    @slot;\n  }\n}\n')).toEqual(onDark);
    expect(css('@import "tailwindcss";\n@variant dark (&:where(.dark, .dark *));\n')).toEqual(onDark);
  });

  it('does not take a use of @variant inside a rule for its definition', () => {
    expect(css('@import "tailwindcss";\n.card {\n  background: white;\n  @variant dark {\n    background: black;\n  }\n}\n')).toBeUndefined();
  });
});

describe('detecting Tailwind in a project', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'honest-ui-tailwind-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });
  const read = (file: string): string | undefined => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  };
  /** A fresh reader's resolver, as each run of the checker has. */
  const resolver = (): ModuleResolver => new ModuleResolver(read, new ModuleCache());
  async function tree(files: Record<string, string>): Promise<void> {
    for (const [relative, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
      await writeFile(path.join(root, relative), text);
    }
  }

  it('finds a tailwind.config walking up from the file', async () => {
    await tree({ 'package.json': '{}', 'tailwind.config.js': "module.exports = { theme: { extend: { fontSize: { tiny: '10px' } } } };", 'src/ui/Banner.tsx': '' });
    const tw = tailwindFor(path.join(root, 'src/ui/Banner.tsx'), resolver(), [], new TailwindCache());
    expect(tw && decls(tw, 'text-tiny')).toEqual({ 'font-size': '10px' });
  });

  it('finds tailwindcss in package.json and reads its major version', async () => {
    await tree({ 'package.json': JSON.stringify({ devDependencies: { tailwindcss: '^4.1.0' } }), 'src/Banner.tsx': '' });
    const tw = tailwindFor(path.join(root, 'src/Banner.tsx'), resolver(), [], new TailwindCache());
    expect(tw && decls(tw, 'p-13')).toMatchObject({ 'padding-top': '3.25rem' });
  });

  it.each([
    ['a package.json with workspaces', { 'package.json': JSON.stringify({ private: true, workspaces: ['apps/*'], devDependencies: { tailwindcss: '^3.4.0' } }) }],
    ['pnpm-workspace.yaml', { 'package.json': JSON.stringify({ private: true, devDependencies: { tailwindcss: '^3.4.0' } }), 'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n" }],
  ])('finds tailwindcss installed once at a monorepo root (%s) for a package that does not list it', async (_name, rootFiles) => {
    await tree({ ...rootFiles, 'apps/web/package.json': JSON.stringify({ name: 'web', dependencies: { react: '^18.3.0' } }), 'apps/web/src/Banner.tsx': '' });
    const tw = tailwindFor(path.join(root, 'apps/web/src/Banner.tsx'), resolver(), [], new TailwindCache());
    expect(tw && decls(tw, 'text-xs')).toEqual({ 'font-size': '0.75rem' });
  });

  it('does not take a parent folder that is no workspace root for the app: its own package.json decides', async () => {
    await tree({ 'package.json': JSON.stringify({ devDependencies: { tailwindcss: '^3.4.0' } }), 'tools/widget/package.json': JSON.stringify({ name: 'widget' }), 'tools/widget/src/Banner.tsx': '' });
    expect(tailwindFor(path.join(root, 'tools/widget/src/Banner.tsx'), resolver(), [], new TailwindCache())).toBeUndefined();
  });

  it('stops at the nearest package.json and finds nothing in a project without Tailwind', async () => {
    await tree({ 'tailwind.config.js': 'module.exports = {};', 'app/package.json': '{"dependencies":{"react":"18"}}', 'app/src/Banner.tsx': '' });
    expect(tailwindFor(path.join(root, 'app/src/Banner.tsx'), resolver(), [], new TailwindCache())).toBeUndefined();
  });

  it('reads @import "tailwindcss" and @theme blocks from an imported stylesheet', async () => {
    await tree({ 'package.json': '{}' });
    const css = '@import "tailwindcss";\n@theme {\n  --color-brand: #0b5fff;\n  --text-tiny: 10px;\n  --text-tiny--line-height: 12px;\n  --breakpoint-tablet: 40rem;\n}\n';
    const tw = tailwindFor(path.join(root, 'Banner.tsx'), resolver(), [{ path: path.join(root, 'app.css'), text: css }], new TailwindCache());
    expect(tw && decls(tw, 'text-tiny')).toEqual({ 'font-size': '10px' });
    expect(tw && decls(tw, 'bg-brand/50')).toEqual({ 'background-color': 'rgba(11, 95, 255, 0.5)' });
    expect(tw?.resolve('tablet:hidden')?.condition).toBe('screens >= 40rem');
    // v4: any whole percentage for opacity.
    expect(tw && decls(tw, 'opacity-37')).toEqual({ opacity: '0.37' });
  });

  describe('presets (tailwindcss.com/docs/presets)', () => {
    // A monorepo the way documenso and create-turbo lay it out: the app's config loads the UI package's, which loads
    // the shared config package's.
    const monorepo = (appConfig: string, uiConfig = "const base = require('@acme/tailwind-config');\nmodule.exports = { presets: [base], content: [...base.content, './components/**/*.tsx'] };\n") => ({
      'package.json': JSON.stringify({ private: true, workspaces: ['apps/*', 'packages/*'] }),
      'apps/web/package.json': JSON.stringify({ name: 'web', dependencies: { '@acme/ui': '*', tailwindcss: '^3.4.18' } }),
      'apps/web/tailwind.config.ts': appConfig,
      'apps/web/src/routes/settings/privacy.tsx': '',
      'packages/ui/package.json': JSON.stringify({ name: '@acme/ui', main: './index.ts' }),
      'packages/ui/tailwind.config.cjs': uiConfig,
      'packages/tailwind-config/package.json': JSON.stringify({ name: '@acme/tailwind-config', main: 'index.cjs' }),
      'packages/tailwind-config/index.cjs': [
        "const { fontFamily } = require('tailwindcss/defaultTheme');",
        'module.exports = {',
        "  darkMode: ['variant', '&:is(.dark:not(.dark-mode-disabled) *)'],",
        "  content: ['src/**/*.{ts,tsx}'],",
        '  theme: {',
        '    extend: {',
        "      fontFamily: { sans: ['var(--font-sans)', ...fontFamily.sans] },",
        "      fontSize: { legal: ['11px', { lineHeight: '14px' }] },",
        "      colors: { muted: { DEFAULT: 'hsl(var(--muted))', foreground: '#8a8f98' }, documenso: { DEFAULT: '#A2E771', 700: '#66C622' } },",
        '    },',
        '  },',
        "  plugins: [require('tailwindcss-animate'), require('@tailwindcss/typography')],",
        '};',
      ].join('\n'),
    });
    const app = (): string => path.join(root, 'apps/web/src/routes/settings/privacy.tsx');
    const appConfig = (extra = ''): string => `/* eslint-disable @typescript-eslint/no-var-requires */\nconst baseConfig = require('@acme/ui/tailwind.config.cjs');\nconst path = require('path');\n\nmodule.exports = {\n  presets: [baseConfig],\n  content: ['./src/**/*.{ts,tsx}', \`\${path.join(require.resolve('@acme/ui'), '..')}/components/**/*.{ts,tsx}\`],${extra}\n};\n`;

    it('follows a chain of presets through the monorepo, with the default theme underneath', async () => {
      await tree(monorepo(appConfig()));
      const tw = tailwindFor(app(), resolver(), [], new TailwindCache());
      expect(tw && decls(tw, 'text-legal')).toEqual({ 'font-size': '11px' });
      expect(tw && decls(tw, 'text-sm')).toEqual({ 'font-size': '0.875rem' });
      expect(tw && decls(tw, 'text-muted-foreground')).toEqual({ color: '#8a8f98' });
      expect(tw && decls(tw, 'bg-documenso-700')).toEqual({ 'background-color': '#66C622' });
      expect(tw?.resolve('dark:bg-documenso')?.condition).toBe('dark mode');
    });

    it('lets the config that loads a preset win, and keeps every extension on top of a scale it replaces', async () => {
      await tree(monorepo(appConfig(`\n  theme: { fontSize: { base: '15px', xs: '13px' }, extend: { fontSize: { legal: '12px' } } },\n  prefix: 'tw-',`)));
      const tw = tailwindFor(app(), resolver(), [], new TailwindCache());
      // The app replaced the sizes: `text-sm` is gone, its own extension wins over the preset's `legal`.
      expect(tw?.resolve('tw-text-sm')).toBeUndefined();
      expect(tw && decls(tw, 'tw-text-xs')).toEqual({ 'font-size': '13px' });
      expect(tw && decls(tw, 'tw-text-legal')).toEqual({ 'font-size': '12px' });
      // The preset's colours still extend the default palette.
      expect(tw && decls(tw, 'tw-text-muted-foreground')).toEqual({ color: '#8a8f98' });
      expect(tw?.resolve('text-xs')).toBeUndefined();
    });

    it.each([
      ['an installed package', "module.exports = { presets: [require('@vendor/tailwind-preset')] };"],
      ['a module that is not there', "module.exports = { presets: [require('./tailwind.preset.js')] };"],
      ['a preset made by a call', "const { createPreset } = require('fumadocs-ui/tailwind-plugin');\nmodule.exports = { presets: [createPreset()] };"],
      ['`presets: []`, which leaves out the default theme', 'module.exports = { presets: [] };'],
    ])('leaves the theme unknown for %s, never the default', async (_name, config) => {
      await tree(monorepo(config));
      const tw = tailwindFor(app(), resolver(), [], new TailwindCache());
      expect(tw?.resolve('text-sm')).toMatchObject({ declarations: [], unknownProperties: expect.arrayContaining(['font-size']) });
      expect(tw?.resolve('bg-white')).toMatchObject({ declarations: [], unknownProperties: ['background-color'] });
    });

    it('reads Tailwind\'s own default config as a preset that adds nothing', async () => {
      await tree(monorepo("module.exports = { presets: [require('tailwindcss/defaultConfig')], theme: { extend: { colors: { brand: '#0b5fff' } } } };"));
      const tw = tailwindFor(app(), resolver(), [], new TailwindCache());
      expect(tw && decls(tw, 'text-sm')).toEqual({ 'font-size': '0.875rem' });
      expect(tw && decls(tw, 'bg-brand')).toEqual({ 'background-color': '#0b5fff' });
    });

    it('stops at a loop of presets', async () => {
      await tree(monorepo(appConfig(), "module.exports = { presets: [require('../../apps/web/tailwind.config.ts')] };\n"));
      const tw = tailwindFor(app(), resolver(), [], new TailwindCache());
      expect(tw?.resolve('text-sm')).toMatchObject({ declarations: [], unknownProperties: expect.arrayContaining(['font-size']) });
    });

    it('reads a preset written in place over a spread of the shared config (the Turborepo pattern, dub\'s)', async () => {
      await tree(
        monorepo(
          [
            "import sharedConfig from '@acme/tailwind-config';",
            "import type { Config } from 'tailwindcss';",
            '',
            'const config: Pick<Config, "presets"> = {',
            '  presets: [',
            '    {',
            '      ...sharedConfig,',
            "      content: ['./app/**/*.{js,ts,jsx,tsx}', '../../packages/ui/src/**/*{.js,.ts,.jsx,.tsx}'],",
            '      theme: {',
            '        extend: {',
            '          ...sharedConfig?.theme?.extend,',
            "          animation: { ...sharedConfig?.theme?.extend?.animation, 'text-appear': 'text-appear 0.15s ease' },",
            "          keyframes: { ...sharedConfig?.theme?.extend?.keyframes, 'text-appear': { '0%': { opacity: '0' } } },",
            '        },',
            '      },',
            '    },',
            '  ],',
            '};',
            '',
            'export default config;',
          ].join('\n'),
        ),
      );
      const tw = tailwindFor(app(), resolver(), [], new TailwindCache());
      expect(tw && decls(tw, 'text-legal')).toEqual({ 'font-size': '11px' });
      expect(tw && decls(tw, 'text-muted-foreground')).toEqual({ color: '#8a8f98' });
      expect(tw && decls(tw, 'text-sm')).toEqual({ 'font-size': '0.875rem' });
    });

    it('reads palettes from the project\'s modules and from Tailwind\'s own, and the default theme\'s screens', async () => {
      await tree({
        'package.json': JSON.stringify({ name: 'shop', devDependencies: { tailwindcss: '^3.4.18' } }),
        'src/theme/palette.ts': "export const brand = { DEFAULT: '#0b5fff', muted: '#8a8f98' } as const;\nexport default { ink: '#0f172a' };\n",
        'tailwind.config.js': [
          "const colors = require('tailwindcss/colors');",
          "const { screens } = require('tailwindcss/defaultTheme');",
          "import ink, { brand } from './src/theme/palette';",
          'module.exports = {',
          "  theme: { colors: { gray: colors.zinc, white: colors.white, brand, ...ink }, screens: { xs: '420px', ...screens } },",
          '};',
        ].join('\n'),
        'src/Checkout.tsx': '',
      });
      const tw = tailwindFor(path.join(root, 'src/Checkout.tsx'), resolver(), [], new TailwindCache());
      expect(tw && decls(tw, 'text-gray-500')).toEqual({ color: '#71717a' });
      expect(tw && decls(tw, 'text-brand-muted')).toEqual({ color: '#8a8f98' });
      expect(tw && decls(tw, 'bg-ink')).toEqual({ 'background-color': '#0f172a' });
      // The palette was replaced: blue is gone.
      expect(tw?.resolve('text-blue-500')).toBeUndefined();
      expect(tw?.resolve('xs:hidden')?.condition).toBe('screens >= 420px');
      expect(tw?.resolve('md:hidden')?.condition).toBe('screens >= 768px');
    });

    it('keeps a key unknown where the imported value is not data, and the rest of the theme read', async () => {
      await tree({
        'package.json': JSON.stringify({ name: 'shop', devDependencies: { tailwindcss: '^3.4.18' } }),
        'tailwind.config.js': [
          "const { fontFamily } = require('tailwindcss/defaultTheme');",
          "const tokens = require('@vendor/design-tokens');",
          'module.exports = {',
          "  theme: { extend: { fontFamily: { sans: ['Inter', ...fontFamily.sans] }, colors: tokens.colors, fontSize: { legal: '11px' } } },",
          '};',
        ].join('\n'),
        'src/Checkout.tsx': '',
      });
      const tw = tailwindFor(path.join(root, 'src/Checkout.tsx'), resolver(), [], new TailwindCache());
      expect(tw && decls(tw, 'text-legal')).toEqual({ 'font-size': '11px' });
      expect(tw?.resolve('bg-white')).toMatchObject({ declarations: [], unknownProperties: ['background-color'] });
    });

    it('reads an imported palette again when it changes, though the config did not', async () => {
      await tree({
        'package.json': JSON.stringify({ name: 'shop', devDependencies: { tailwindcss: '^3.4.18' } }),
        'palette.js': "module.exports = { brand: '#0b5fff' };\n",
        'tailwind.config.js': "const palette = require('./palette.js');\nmodule.exports = { theme: { extend: { colors: palette } } };\n",
        'src/Checkout.tsx': '',
      });
      const cache = new TailwindCache();
      expect(decls(tailwindFor(path.join(root, 'src/Checkout.tsx'), resolver(), [], cache) as UtilityClasses, 'bg-brand')).toEqual({ 'background-color': '#0b5fff' });
      await tree({ 'palette.js': "module.exports = { brand: '#111111' };\n" });
      expect(decls(tailwindFor(path.join(root, 'src/Checkout.tsx'), resolver(), [], cache) as UtilityClasses, 'bg-brand')).toEqual({ 'background-color': '#111111' });
    });

    it('builds the table again when a preset changes, though the config that loads it did not', async () => {
      await tree(monorepo(appConfig()));
      const cache = new TailwindCache();
      expect(decls(tailwindFor(app(), resolver(), [], cache) as UtilityClasses, 'text-legal')).toEqual({ 'font-size': '11px' });
      await tree({ 'packages/tailwind-config/index.cjs': "module.exports = { theme: { extend: { fontSize: { legal: '10px' } } } };" });
      expect(decls(tailwindFor(app(), resolver(), [], cache) as UtilityClasses, 'text-legal')).toEqual({ 'font-size': '10px' });
    });
  });

  it('clears a namespace with --color-*: initial', async () => {
    await tree({ 'package.json': '{}' });
    const css = '@import "tailwindcss";\n@theme {\n  --color-*: initial;\n  --color-ink: #111;\n}\n';
    const tw = tailwindFor(path.join(root, 'Banner.tsx'), resolver(), [{ path: path.join(root, 'app.css'), text: css }], new TailwindCache());
    expect(tw?.resolve('text-gray-400')).toBeUndefined();
    expect(tw && decls(tw, 'text-ink')).toEqual({ color: '#111' });
  });
});
