/**
 * A component that returns another element early under a condition (`if (asChild) return <Slot …/>`) and its element
 * at the end: at a use site that leaves the condition false (the prop not passed, or passed as false), the component
 * renders its last element, and its classes are the choice's. Both doors.
 */
import { describe, expect, it } from 'vitest';
import { bothDoors } from '../helpers/both-doors.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('guarded-root');

/** A design system's Button as shadcn/ui-based ones write it (documenso's packages/ui shape): cva, Slot, a spinner. */
const BUTTON = `import { Slot } from '@radix-ui/react-slot';
import { cva, type VariantProps } from 'class-variance-authority';
import { Loader } from 'lucide-react';
import * as React from 'react';

import { cn } from '../lib/utils';

const buttonVariants = cva(
  'inline-flex items-center justify-center rounded-md text-base font-medium transition-colors disabled:opacity-50',
  {
    variants: {
      variant: {
        default: 'bg-primary text-primary-foreground hover:bg-primary/90',
        outline: 'border border-input hover:bg-accent hover:text-accent-foreground',
        ghost: 'hover:bg-accent hover:text-accent-foreground',
        link: 'underline-offset-4 hover:underline text-primary',
      },
      size: { default: 'h-10 py-2 px-4', sm: 'h-9 px-3 rounded-md', lg: 'h-11 px-8 rounded-md' },
    },
    defaultVariants: { variant: 'default', size: 'default' },
  },
);

export interface ButtonProps extends React.ButtonHTMLAttributes<HTMLButtonElement>, VariantProps<typeof buttonVariants> {
  asChild?: boolean;
  loading?: boolean;
}

const Button = React.forwardRef<HTMLButtonElement, ButtonProps>(({ className, variant, size, asChild = false, loading, ...props }, ref) => {
  if (asChild) {
    return <Slot className={cn(buttonVariants({ variant, size, className }))} ref={ref} {...props} />;
  }

  const isLoading = loading === true;

  return (
    <button className={cn(buttonVariants({ variant, size, className }))} ref={ref} {...props} disabled={props.disabled || isLoading}>
      {isLoading && <Loader className="mr-2 h-4 w-4 animate-spin" />}
      {props.children}
    </button>
  );
});

Button.displayName = 'Button';

export { Button, buttonVariants };
`;

const UTILS = `import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}
`;

const dialog = (enable: string) => `import { Trans } from '@lingui/react/macro';
import { useState } from 'react';
import { Button } from '@acme/ui/primitives/button';
import { trpc } from '@acme/trpc/react';

export function AiFeaturesDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const [error, setError] = useState<string | null>(null);
  const { mutateAsync: enableAi, isPending } = trpc.team.enableAiFeatures.useMutation();

  if (!open) return null;

  return (
    <div role="dialog" aria-modal="true" className="fixed inset-0 z-50 grid place-items-center bg-black/50">
      <div className="w-full max-w-lg rounded-lg bg-white p-6">
        <h2 className="text-lg font-semibold">
          <Trans>Enable AI features</Trans>
        </h2>
        <p className="mt-2 text-sm">
          <Trans>AI detection finds recipients and fields in your documents for you.</Trans>
        </p>
        <p className="mt-4 text-xs text-gray-700">
          <Trans>Your document content is sent to our AI provider, which may keep it for 30 days and use it to improve its models.</Trans>
        </p>
        {error ? <p className="text-sm text-red-600">{error}</p> : null}
        <div className="mt-6 flex justify-end gap-2">
          <Button type="button" variant="ghost" onClick={() => onOpenChange(false)}>
            <Trans>Not now</Trans>
          </Button>
          ${enable}
        </div>
      </div>
    </div>
  );
}
`;

const files = (enable: string) => ({
  'package.json': JSON.stringify({ name: 'acme', private: true, workspaces: ['apps/*', 'packages/*'] }),
  'packages/ui/package.json': JSON.stringify({ name: '@acme/ui', dependencies: { '@radix-ui/react-slot': '^1.1.0', 'class-variance-authority': '^0.7.0', 'tailwind-merge': '^2.5.0', clsx: '^2.1.1' } }),
  'packages/ui/primitives/button.tsx': BUTTON,
  'packages/ui/lib/utils.ts': UTILS,
  'apps/web/package.json': JSON.stringify({ name: '@acme/web', dependencies: { '@acme/ui': '*', react: '^18.3.1', tailwindcss: '^3.4.10', '@lingui/react': '^5.0.0' } }),
  'apps/web/app/components/ai-features-dialog.tsx': dialog(enable),
});

const FILE = 'apps/web/app/components/ai-features-dialog.tsx';

describe('a component that returns early under a condition its use site leaves false', () => {
  it('renders its last element: the 16px button the 12px disclosure is measured against', async () => {
    const enable = `<Button type="button" loading={isPending} onClick={() => enableAi().catch((err) => setError(String(err)))}>
            <Trans>Enable AI features</Trans>
          </Button>`;
    const { checker, eslint } = await bothDoors(project(files(enable)), FILE);
    expect(eslint).toEqual(checker);
    expect(checker).toEqual(['22:11 no-fine-print smallerThanChoice']);
  });

  it('near-miss: a use site that passes asChild takes the early return, so the button stays unknown (no finding)', async () => {
    const enable = `<Button asChild>
            <a href="/settings/ai">
              <Trans>Enable AI features</Trans>
            </a>
          </Button>`;
    const { checker, eslint } = await bothDoors(project(files(enable)), FILE);
    expect(eslint).toEqual(checker);
    expect(checker).toEqual([]);
  });
});
