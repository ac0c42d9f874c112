/**
 * Class lists as the DOM gets them: tailwind-merge precedence through `cn`/`twMerge` (shadcn/ui's helper), and
 * class-variance-authority's `cva` variants read as data (base, variant, default variants, compound variants,
 * then the className passed in).
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { mergeTailwindTokens } from '../../src/model/class-merge.js';
import type { ClassToken, UIElement } from '../../src/model/types.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';

function element(source: string, id: string): UIElement {
  const parsed = parseWithTypescriptEstree(source, 'file.tsx');
  if (!parsed.ok) throw new Error(parsed.error.message);
  const found = buildModel(parsed.value).elements.find((e) => e.attributes.get('id')?.value.kind === 'static' && (e.attributes.get('id')?.value as { value: unknown }).value === id);
  if (!found) throw new Error(`no element ${id}`);
  return found;
}

const names = (tokens: readonly ClassToken[]): string[] => tokens.map((t) => (t.conditional ? `${t.name}?` : t.name));

describe('tailwind-merge precedence', () => {
  it('keeps the later of two conflicting utilities and leaves unrelated classes alone', () => {
    const tokens = (list: string): ClassToken[] => list.split(' ').map((name) => ({ name, conditional: false }));
    expect(names(mergeTailwindTokens(tokens('text-sm font-medium text-muted-foreground w-full text-base')))).toEqual(['font-medium', 'text-muted-foreground', 'w-full', 'text-base']);
    expect(names(mergeTailwindTokens(tokens('px-6 p-4 banner')))).toEqual(['p-4', 'banner']);
    expect(names(mergeTailwindTokens(tokens('p-4 px-6 md:text-xs text-sm')))).toEqual(['p-4', 'px-6', 'md:text-xs', 'text-sm']);
  });

  it('makes a class a later conditional one replaces conditional, and drops a conditional one a later class replaces', () => {
    const merged = mergeTailwindTokens([
      { name: 'text-sm', conditional: false },
      { name: 'text-xs', conditional: true },
      { name: 'bg-red-500', conditional: true },
      { name: 'bg-white', conditional: false },
      { name: 'accept', conditional: false, module: './Banner.module.css' },
    ]);
    expect(names(merged)).toEqual(['text-sm?', 'text-xs?', 'bg-white', 'accept']);
  });

  it('merges a list seen before the same way, into tokens of its own', () => {
    // A design system's button merges one list at every use site; the outcome is remembered by names and conditions.
    const list = (module: string): ClassToken[] => [
      { name: 'text-sm', conditional: false },
      { name: 'text-xs', conditional: true },
      { name: 'accept', conditional: false, module },
      { name: 'bg-red-500', conditional: true },
      { name: 'bg-white', conditional: false },
    ];
    const first = mergeTailwindTokens(list('./A.module.css'));
    const again = mergeTailwindTokens(list('./B.module.css'));
    expect(names(again)).toEqual(names(first));
    expect(names(again)).toEqual(['text-sm?', 'text-xs?', 'accept', 'bg-white']);
    // Each call's tokens are new objects carrying the input's own data (a CSS module's path).
    expect(again.find((t) => t.name === 'accept')?.module).toBe('./B.module.css');
    (first[0] as ClassToken).conditional = false;
    expect(mergeTailwindTokens(list('./A.module.css'))[0]?.conditional).toBe(true);
    // The same names with other conditions are another list.
    expect(names(mergeTailwindTokens(list('./A.module.css').map((t) => ({ ...t, conditional: false }))))).toEqual(['text-xs', 'accept', 'bg-white']);
  });

  it('applies through cn and twMerge but not through clsx', () => {
    const source = `import { cn } from '@/lib/utils';
import clsx from 'clsx';
import { twMerge } from 'tailwind-merge';
export const A = ({ dense }) => (
  <div>
    <p id="cn" className={cn('text-sm text-muted-foreground', 'text-xs')}>a</p>
    <p id="tw" className={twMerge('p-4', dense && 'p-2')}>b</p>
    <p id="clsx" className={clsx('text-sm', 'text-xs')}>c</p>
  </div>
);`;
    expect(names(element(source, 'cn').classes.tokens)).toEqual(['text-muted-foreground', 'text-xs']);
    expect(element(source, 'cn').classes.merged).toBe(true);
    expect(names(element(source, 'tw').classes.tokens)).toEqual(['p-4?', 'p-2?']);
    expect(names(element(source, 'clsx').classes.tokens)).toEqual(['text-sm', 'text-xs']);
  });
});

describe('cva variants read as data', () => {
  const BUTTON = `import { cva } from 'class-variance-authority';
import { cn } from '@/lib/utils';
const buttonVariants = cva('inline-flex rounded-md text-sm font-medium', {
  variants: {
    variant: { default: 'bg-primary text-primary-foreground', outline: 'border bg-background', link: 'text-primary underline-offset-4' },
    size: { default: 'h-9 px-4 py-2', sm: 'h-8 px-3 text-xs', lg: 'h-10 px-6' },
    block: { true: 'w-full', false: '' },
  },
  compoundVariants: [{ variant: 'outline', size: 'lg', className: 'border-2' }],
  defaultVariants: { variant: 'default', size: 'default', block: false },
});
const variant = 'outline';
const size = 'lg';
export const A = ({ tone }) => (
  <div>
    <button id="defaults" className={buttonVariants()}>a</button>
    <button id="given" className={cn(buttonVariants({ variant, size, className: 'text-base' }))}>b</button>
    <button id="small" className={cn(buttonVariants({ size: 'sm', block: true }))}>c</button>
    <button id="dynamic" className={buttonVariants({ variant: tone })}>d</button>
  </div>
);`;

  it('applies base, default variants, the given options, compound variants and the className last', () => {
    expect(names(element(BUTTON, 'defaults').classes.tokens)).toEqual(['inline-flex', 'rounded-md', 'text-sm', 'font-medium', 'bg-primary', 'text-primary-foreground', 'h-9', 'px-4', 'py-2']);
    expect(names(element(BUTTON, 'given').classes.tokens)).toEqual(['inline-flex', 'rounded-md', 'font-medium', 'bg-background', 'h-10', 'px-6', 'border-2', 'text-base']);
    expect(names(element(BUTTON, 'small').classes.tokens)).toEqual(['inline-flex', 'rounded-md', 'font-medium', 'bg-primary', 'text-primary-foreground', 'h-8', 'px-3', 'text-xs', 'w-full']);
  });

  it('makes every option of a variant whose prop is computed at run time conditional', () => {
    const tokens = names(element(BUTTON, 'dynamic').classes.tokens);
    expect(tokens).toContain('bg-primary?');
    expect(tokens).toContain('border?');
    expect(tokens).toContain('text-primary?');
    expect(tokens).toContain('h-9');
    expect(element(BUTTON, 'dynamic').classes.hasUnknown).toBe(false);
  });
});
