import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { flattenScss, resolveNestedSelectors } from '../../src/css/scss.js';
import { indexStylesheet, type StyleSheetIndex } from '../../src/css/stylesheet.js';
import { ProjectCache } from '../../src/resolve/stylesheets.js';
import { parseStylesheet } from '../../src/parse/css.js';

function scss(text: string, files: Record<string, string> = {}, file = '/project/styles/main.scss'): StyleSheetIndex {
  const parsed = parseStylesheet(text, file);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const flat = flattenScss(parsed.value, file, (p) => files[p]);
  return indexStylesheet(flat.root, file, flat.unknown);
}

/** `selector|conditions: property=value` (or `property?reason` when unknown), one per declaration. */
function rules(index: StyleSheetIndex): string[] {
  return index.rules.flatMap((r) => r.declarations.map((d) => `${r.selectorText}${r.conditions.length ? `|${r.conditions.join(' & ')}` : ''}: ${d.property}${d.unknown ? `?${d.unknown}` : `=${d.value}`}`));
}

describe('SCSS nesting', () => {
  it('flattens nested rules, & modifiers and comma lists into plain selectors', () => {
    const index = scss(`
      .banner {
        padding: 8px;
        .actions { gap: 4px; }
        &__button { font-size: 16px; &--decline { font-size: 10px; } &:hover { color: red; } }
        a, button { color: blue; }
        .dark & { color: white; }
      }`);
    expect(rules(index)).toEqual([
      '.banner: padding=8px',
      '.banner .actions: gap=4px',
      '.banner__button: font-size=16px',
      '.banner__button--decline: font-size=10px',
      '.banner__button:hover: color=red',
      '.banner a: color=blue',
      '.banner button: color=blue',
      '.dark .banner: color=white',
    ]);
  });

  it('keeps @media inside a rule as a condition on that rule', () => {
    const index = scss(`.decline { font-size: 14px; @media (max-width: 600px) { font-size: 9px; } }`);
    expect(rules(index)).toEqual(['.decline: font-size=14px', '.decline|@media (max-width: 600px): font-size=9px']);
  });

  it('keeps declarations after a nested rule after it in source order', () => {
    const index = scss(`.a { color: red; .b { color: blue; } font-size: 12px; }`);
    expect(index.rules.map((r) => `${r.selectorText}#${r.order}`)).toEqual(['.a#0', '.a .b#1', '.a#2']);
  });

  it('resolves & against every parent of a list', () => {
    expect(resolveNestedSelectors('&:hover, .x &', ['.a', '.b'])).toEqual(['.a:hover', '.x .a', '.b:hover', '.x .b']);
  });
});

describe('SCSS variables', () => {
  it('substitutes variables declared in the same file, in scope order', () => {
    const index = scss(`$small: 10px; $base: 16px; $decline: $small; .a { font-size: $base; .b { $base: 20px; font-size: $base; } } .c { font-size: $decline; }`);
    expect(rules(index)).toEqual(['.a: font-size=16px', '.a .b: font-size=20px', '.c: font-size=10px']);
  });

  it('honours !default only where the variable is not yet set', () => {
    const index = scss(`$size: 12px; $size: 20px !default; $other: 9px !default; .a { font-size: $size; } .b { font-size: $other; }`);
    expect(rules(index)).toEqual(['.a: font-size=12px', '.b: font-size=9px']);
  });

  it('reads partials through @use (namespaced or as *), @forward and @import, relative to the file', () => {
    const files = {
      '/project/styles/_tokens.scss': '$fine: 11px; $grey: #999999;',
      '/project/styles/partials/_colors.scss': '$primary: #0055ff;',
      '/project/styles/_index-forward.scss': "@forward 'tokens';",
      '/project/styles/legacy/_vars.scss': '$legacy: 13px;',
    };
    const index = scss(
      `@use 'tokens'; @use 'partials/colors' as c; @use 'index-forward' as *; @import 'legacy/vars';
       .a { font-size: tokens.$fine; color: c.$primary; } .b { color: $grey; font-size: $legacy; }`,
      files,
    );
    expect(rules(index)).toEqual(['.a: font-size=11px', '.a: color=#0055ff', '.b: color=#999999', '.b: font-size=13px']);
  });

  it('emits the CSS a used partial contains', () => {
    const index = scss(`@use 'base'; .a { color: red; }`, { '/project/styles/_base.scss': '.reset { font-size: 14px; }' });
    expect(rules(index)).toEqual(['.reset: font-size=14px', '.a: color=red']);
  });

  it('does not loop on partials that use each other', () => {
    const files = { '/project/styles/_a.scss': "@use 'b'; $x: 1px;", '/project/styles/_b.scss': "@use 'a'; $y: 2px;" };
    expect(rules(scss(`@use 'a'; .z { width: a.$x; }`, files))).toEqual(['.z: width=1px']);
  });
});

describe('what SCSS leaves unknown', () => {
  it('marks Sass functions, maps, arithmetic, interpolation and missing variables unknown, never guessed', () => {
    const index = scss(`
      $brand: #336699; $sizes: (small: 10px);
      .a { color: darken($brand, 10%); font-size: map-get($sizes, small); padding: $gap * 2; width: math.div(10px, 2); height: #{$h}; top: $missing; }
      .b { color: $brand; }`);
    expect(rules(index)).toEqual([
      '.a: color?unknown-value',
      '.a: font-size?unknown-value',
      '.a: padding?unknown-value',
      '.a: width?unknown-value',
      '.a: height?unknown-value',
      '.a: top?unknown-value',
      '.b: color=#336699',
    ]);
  });

  it('makes a rule with a mixin that takes arguments, an @extend or control flow set anything (unknown), and skips interpolated selectors', () => {
    const index = scss(`@mixin big($size: 20px) { font-size: $size; } .a { font-size: 10px; @include big(24px); } .b { @extend .a; } .c { @if $x { color: red; } } .#{$name} { color: blue; } %ph { color: green; } .d { @include nowhere; }`);
    expect(rules(index)).toEqual(['.a: font-size=10px', '.a: *?unknown-value', '.b: *?unknown-value', '.c: *?unknown-value', '.d: *?unknown-value']);
  });

  it('leaves a mixin of a module configured with `with (...)` unknown: it may read the configured values', () => {
    const files = { '/project/styles/_breakpoints.scss': '$mobile: 600px !default; @mixin mobile { @media (max-width: $mobile) { @content; } }' };
    const index = scss(`@use 'breakpoints' as bp with ($mobile: 480px); .a { @include bp.mobile { display: none; } }`, files);
    expect(rules(index)).toEqual(['.a: *?unknown-value']);
  });
});

describe('SCSS mixins without parameters', () => {
  it('expands a mixin where it is included, in source order', () => {
    const index = scss(`@mixin reset { border: 0; padding: 0; } .a { font-size: 10px; @include reset; color: red; } .b { @include reset(); }`);
    expect(rules(index)).toEqual(['.a: font-size=10px', '.a: border=0', '.a: padding=0', '.a: color=red', '.b: border=0', '.b: padding=0']);
  });

  it("puts an include's content block under the mixin's @media, with the mixin's variables and the include's own", () => {
    const files = {
      '/project/styles/_breakpoints.scss': `$bp-mobile: 600px;
@mixin mobile { @media (max-width: $bp-mobile) { @content; } }
@mixin tablet_up { @media (min-width: 601px) { @content; } }`,
    };
    const index = scss(
      `@use 'breakpoints' as bp;
$hidden: none;
.banner { &__btn--reject { padding: 8px; @include bp.mobile { display: $hidden; } } @include bp.tablet-up { gap: 12px; } }`,
      files,
    );
    expect(rules(index)).toEqual(['.banner__btn--reject: padding=8px', '.banner__btn--reject|@media (max-width: 600px): display=none', '.banner|@media (min-width: 601px): gap=12px']);
  });

  it('reads mixins through @use as *, @forward and @import, and a mixin that includes another', () => {
    const files = {
      '/project/styles/_mixins.scss': '@mixin sr-only { position: absolute; width: 1px; } @mixin visually-hidden { @include sr-only; clip: rect(0 0 0 0); }',
      '/project/styles/_index.scss': "@forward 'mixins';",
    };
    expect(rules(scss(`@use 'mixins' as *; .a { @include visually-hidden; }`, files))).toEqual(['.a: position=absolute', '.a: width=1px', '.a: clip=rect(0 0 0 0)']);
    expect(rules(scss(`@use 'index' as ui; .a { @include ui.sr-only; }`, files))).toEqual(['.a: position=absolute', '.a: width=1px']);
    expect(rules(scss(`@import 'mixins'; .a { @include sr-only; }`, files))).toEqual(['.a: position=absolute', '.a: width=1px']);
  });

  it('does not loop on a mixin that includes itself', () => {
    expect(rules(scss('@mixin loop { color: red; @include loop; } .a { @include loop; }'))).toContain('.a: *?unknown-value');
  });
});

describe('SCSS through the stylesheet cache', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'honest-ui-scss-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('re-reads a partial that changed while the importing file did not', () => {
    mkdirSync(path.join(dir, 'styles'), { recursive: true });
    const partial = path.join(dir, 'styles', '_tokens.scss');
    const main = path.join(dir, 'styles', 'main.scss');
    const texts = new Map<string, string>([[partial, '$size: 10px;']]);
    const read = (p: string): string | undefined => texts.get(p);
    writeFileSync(main, '');
    const cache = new ProjectCache();
    const text = "@use 'tokens'; .a { font-size: tokens.$size; }";
    expect(rules(cache.index(main, text, read) as StyleSheetIndex)).toEqual(['.a: font-size=10px']);
    texts.set(partial, '$size: 18px;');
    expect(rules(cache.index(main, text, read) as StyleSheetIndex)).toEqual(['.a: font-size=18px']);
  });

  it('returns null for SCSS that does not parse', () => {
    expect(new ProjectCache().index(path.join(dir, 'broken.scss'), '.a { color: red;', () => undefined)).toBeNull();
  });
});
