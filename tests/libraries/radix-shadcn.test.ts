/**
 * The product's headline case as a Next.js app writes it: a terms-update dialog built from Radix's Dialog (through
 * the primitive and through shadcn's `dialog.tsx`), the app's own shadcn `button.tsx` (cva) and `switch.tsx`, styled
 * with Tailwind. A reviewer sees three problems at a glance: the model-training switch starts on, its label is
 * text-xs under a text-base Accept, and it sits below Accept in the dialog's column. The checker and ESLint must
 * both decide all three; the near-miss (switch off, above Accept, as large) stays clean.
 */
import { describe, expect, it } from 'vitest';
import { bothDoors } from '../helpers/both-doors.js';
import { SHADCN_DIALOG } from '../helpers/shadcn-dialog.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('radix-shadcn');

const PACKAGE = JSON.stringify({
  name: 'acme-chat',
  private: true,
  dependencies: {
    next: '15.1.0',
    react: '19.0.0',
    '@radix-ui/react-dialog': '1.1.4',
    '@radix-ui/react-switch': '1.1.2',
    '@radix-ui/react-slot': '1.1.1',
    'class-variance-authority': '0.7.1',
    clsx: '2.1.1',
    'tailwind-merge': '2.6.0',
    'lucide-react': '0.468.0',
  },
  devDependencies: { tailwindcss: '3.4.17' },
});

const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./*'] }, jsx: 'preserve' } });

const UTILS = `import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}
`;

// shadcn/ui's button, as `npx shadcn add button` writes it into the app.
const BUTTON = `import * as React from 'react';
import { Slot } from '@radix-ui/react-slot';
import { cva, type VariantProps } from 'class-variance-authority';

import { cn } from '@/lib/utils';

const buttonVariants = cva(
  'inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-md text-base font-medium transition-colors focus-visible:outline-none disabled:pointer-events-none disabled:opacity-50',
  {
    variants: {
      variant: {
        default: 'bg-zinc-900 text-white shadow hover:bg-zinc-900/90',
        outline: 'border border-zinc-200 bg-white shadow-sm hover:bg-zinc-100',
        ghost: 'hover:bg-zinc-100',
        link: 'text-zinc-900 underline-offset-4 hover:underline',
      },
      size: {
        default: 'h-10 px-4 py-2',
        sm: 'h-8 rounded-md px-3 text-xs',
        lg: 'h-11 rounded-md px-8',
      },
    },
    defaultVariants: { variant: 'default', size: 'default' },
  },
);

export interface ButtonProps extends React.ButtonHTMLAttributes<HTMLButtonElement>, VariantProps<typeof buttonVariants> {
  asChild?: boolean;
}

const Button = React.forwardRef<HTMLButtonElement, ButtonProps>(({ className, variant, size, asChild = false, ...props }, ref) => {
  const Comp = asChild ? Slot : 'button';
  return <Comp className={cn(buttonVariants({ variant, size, className }))} ref={ref} {...props} />;
});
Button.displayName = 'Button';

export { Button, buttonVariants };
`;

const SWITCH = `'use client';

import * as React from 'react';
import * as SwitchPrimitives from '@radix-ui/react-switch';

import { cn } from '@/lib/utils';

const Switch = React.forwardRef<React.ElementRef<typeof SwitchPrimitives.Root>, React.ComponentPropsWithoutRef<typeof SwitchPrimitives.Root>>(
  ({ className, ...props }, ref) => (
    <SwitchPrimitives.Root
      className={cn('peer inline-flex h-5 w-9 shrink-0 cursor-pointer items-center rounded-full border-2 border-transparent shadow-sm data-[state=checked]:bg-zinc-900 data-[state=unchecked]:bg-zinc-200', className)}
      {...props}
      ref={ref}
    >
      <SwitchPrimitives.Thumb className="pointer-events-none block h-4 w-4 rounded-full bg-white shadow-lg ring-0 transition-transform data-[state=checked]:translate-x-4 data-[state=unchecked]:translate-x-0" />
    </SwitchPrimitives.Root>
  ),
);
Switch.displayName = SwitchPrimitives.Root.displayName;

export { Switch };
`;

/** The dialog the way the product's seed case draws it: Radix's primitive, straight from the package. */
const PRIMITIVE_DIALOG = `'use client';

import { useState } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { Button } from '@/components/ui/button';
import { Switch } from '@/components/ui/switch';
import { acceptTerms } from '@/lib/api/terms';

export function TermsUpdateDialog({ open, version }: { open: boolean; version: string }) {
  const [allowTraining, setAllowTraining] = useState(true);
  const [saving, setSaving] = useState(false);

  async function onAccept() {
    setSaving(true);
    await acceptTerms({ version, allowTraining });
    setSaving(false);
  }

  return (
    <Dialog.Root open={open}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-black/60" />
        <Dialog.Content className="fixed left-1/2 top-1/2 w-full max-w-md -translate-x-1/2 -translate-y-1/2 rounded-xl bg-white p-6 shadow-xl">
          <Dialog.Title className="text-lg font-semibold text-zinc-900">We've updated our Terms</Dialog.Title>
          <Dialog.Description className="mt-2 text-base text-zinc-600">
            Our Terms of Service and Privacy Policy change on 1 January. Please review and accept them to keep chatting.
          </Dialog.Description>
          <Button className="mt-6 w-full" disabled={saving} onClick={onAccept}>
            Accept
          </Button>
          <div className="mt-4 flex items-center justify-between gap-3">
            <label htmlFor="allow-training" className="text-xs text-zinc-500">
              Use my chats to train and improve our AI models
            </label>
            <Switch id="allow-training" checked={allowTraining} onCheckedChange={setAllowTraining} />
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
`;

function app(dialog: string): Record<string, string> {
  return {
    'package.json': PACKAGE,
    'tsconfig.json': TSCONFIG,
    'lib/utils.ts': UTILS,
    'components/ui/button.tsx': BUTTON,
    'components/ui/switch.tsx': SWITCH,
    'components/legal/terms-update-dialog.tsx': dialog,
  };
}

const FILE = 'components/legal/terms-update-dialog.tsx';

function rules(found: string[]): string[] {
  return found.map((finding) => finding.replace(/^(\d+):\d+ (\S+).*$/, '$1 $2'));
}

describe('a terms-update dialog from Radix, shadcn and Tailwind', () => {
  it('reports the preselected training switch, its fine print and its place below Accept (Dialog.Content)', async () => {
    const { checker, eslint } = await bothDoors(project(app(PRIMITIVE_DIALOG)), FILE, 'recommended');
    expect(eslint).toEqual(checker);
    const found = rules(checker);
    expect(found).toContain('35 no-preselected-consent');
    expect(found).toContain('35 no-buried-consent');
    // The label is text-xs (12px) under the button's text-base (16px), read from the app's own button.tsx.
    expect(found).toContain('32 no-fine-print');
    // A lone Accept is require-decline-option's (the fixture fixtures/terms-update reads it so too).
    expect(found).toEqual(['23 require-decline-option', '32 no-fine-print', '35 no-buried-consent', '35 no-preselected-consent']);
  });

  it('decides the same through the app’s shadcn dialog.tsx (DialogContent, a grid with gap-4)', async () => {
    const wrapped = PRIMITIVE_DIALOG.replace("import * as Dialog from '@radix-ui/react-dialog';", "import { Dialog, DialogContent, DialogDescription, DialogTitle } from '@/components/ui/dialog';")
      .replace('<Dialog.Root open={open}>', '<Dialog open={open}>')
      .replace('</Dialog.Root>', '</Dialog>')
      .replace(/\s*<Dialog\.Portal>\n\s*<Dialog\.Overlay[^\n]*\n/, '\n')
      .replace(/\s*<\/Dialog\.Portal>\n/, '\n')
      .replaceAll('Dialog.Content', 'DialogContent')
      .replaceAll('Dialog.Title', 'DialogTitle')
      .replaceAll('Dialog.Description', 'DialogDescription');
    expect(wrapped).toContain('<DialogContent className=');
    const { checker, eslint } = await bothDoors(project({ ...app(wrapped), 'components/ui/dialog.tsx': SHADCN_DIALOG }), FILE, 'recommended');
    expect(eslint).toEqual(checker);
    const found = rules(checker).map((finding) => finding.replace(/^\d+ /, ''));
    expect(found).toEqual(expect.arrayContaining(['no-preselected-consent', 'no-buried-consent', 'no-fine-print']));
  });

  it('stays clean when the switch starts off, comes before Accept and is as large, and the terms can be declined', async () => {
    const honest = PRIMITIVE_DIALOG.replace('useState(true)', 'useState(false)')
      .replace('<Button className="mt-6 w-full"', '<Button variant="outline" className="mt-6 w-full" onClick={onDecline}>\n            Decline\n          </Button>\n          <Button className="mt-2 w-full"')
      .replace('{ open, version }: { open: boolean; version: string }', '{ open, version, onDecline }: { open: boolean; version: string; onDecline: () => void }')
      .replace('text-xs text-zinc-500', 'text-base text-zinc-700')
      .replace(
        /(\s*<Button variant="outline"[\s\S]*?<\/Button>\s*<Button[\s\S]*?<\/Button>)(\s*<div className="mt-4[\s\S]*?<\/div>)/,
        '$2$1',
      );
    expect(honest.indexOf('allow-training')).toBeLessThan(honest.indexOf('Decline\n'));
    expect(honest).toContain('useState(false)');
    const { checker, eslint } = await bothDoors(project(app(honest)), FILE, 'recommended');
    expect(eslint).toEqual(checker);
    expect(checker).toEqual([]);
  });
});
