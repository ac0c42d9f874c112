/**
 * An upgrade dialog as a SaaS app writes it with Radix and Tailwind: each feature of the plan carries the app's own
 * Tooltip (a wrapper over `@radix-ui/react-tooltip`, `Trigger asChild` around the feature's words), and the billing
 * terms sit under the price. The tooltip's trigger is the words themselves and its content a layer shown on hover,
 * so the dialog's text keeps the size its list gives it: the checker and ESLint decide the fine print instead of
 * stopping at the tooltip.
 */
import { describe, expect, it } from 'vitest';
import { bothDoors } from '../helpers/both-doors.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('radix-tooltip');

const PACKAGE = JSON.stringify({
  name: 'acme-links',
  private: true,
  dependencies: { next: '15.1.0', react: '19.0.0', '@radix-ui/react-dialog': '1.1.4', '@radix-ui/react-tooltip': '1.1.6', 'lucide-react': '0.468.0' },
  devDependencies: { tailwindcss: '3.4.17' },
});

const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./*'] }, jsx: 'preserve' } });

// The app's tooltip, as dub's and shadcn's tooltip.tsx write it.
const TOOLTIP = `'use client';

import * as TooltipPrimitive from '@radix-ui/react-tooltip';
import { useState, type ReactNode } from 'react';

export function Tooltip({ children, content, side = 'top' }: { children: ReactNode; content: ReactNode; side?: 'top' | 'bottom' }) {
  const [open, setOpen] = useState(false);
  return (
    <TooltipPrimitive.Root open={open} onOpenChange={setOpen} delayDuration={0}>
      <TooltipPrimitive.Trigger asChild onClick={() => setOpen(true)} onBlur={() => setOpen(false)}>
        {children}
      </TooltipPrimitive.Trigger>
      <TooltipPrimitive.Portal>
        <TooltipPrimitive.Content sideOffset={8} side={side} className="z-[99] rounded-xl border bg-white px-3 py-2 text-xs text-neutral-500 shadow-sm">
          {content}
        </TooltipPrimitive.Content>
      </TooltipPrimitive.Portal>
    </TooltipPrimitive.Root>
  );
}
`;

const dialog = (billing: string): string => `'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { Check } from 'lucide-react';
import { Tooltip } from '@/components/tooltip';
import { useUpgrade } from '@/lib/billing/use-upgrade';

const FEATURES = [
  { id: 'payouts', text: 'Send payouts to your partners in one click', tooltip: 'Payouts are sent every month through Stripe Connect.' },
  { id: 'rewards', text: 'Dynamic click, lead and sale rewards', tooltip: 'Reward partners by the events you track.' },
];

export function AdvancedUpsellDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { upgrade, isPending } = useUpgrade('advanced');
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Content className="fixed left-1/2 top-1/2 w-full max-w-md -translate-x-1/2 -translate-y-1/2 rounded-xl bg-white p-6 text-neutral-900">
          <Dialog.Title className="text-lg font-semibold">Upgrade to Advanced</Dialog.Title>
          <div className="mt-1 text-base font-medium">
            $300
            <span className="${billing}">per month, billed yearly. Renews automatically until you cancel.</span>
          </div>
          <ul className="mt-4 flex flex-col gap-2 text-sm">
            {FEATURES.map(({ id, text, tooltip }) => (
              <li key={id} className="flex items-center gap-2 text-neutral-600">
                <Check className="size-3" />
                <Tooltip content={tooltip}>
                  <span className="cursor-help underline decoration-dotted">{text}</span>
                </Tooltip>
              </li>
            ))}
          </ul>
          <button type="button" disabled={isPending} onClick={() => upgrade()} className="mt-6 w-full rounded-md bg-black px-4 py-2 text-base font-medium text-white">
            Upgrade to Advanced
          </button>
          <Dialog.Close className="mt-2 w-full rounded-md border border-neutral-200 px-4 py-2 text-base font-medium">No thanks</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
`;

const FILE = 'components/advanced-upsell-dialog.tsx';
const app = (billing: string): string =>
  project({
    'package.json': PACKAGE,
    'tsconfig.json': TSCONFIG,
    'tailwind.config.js': "module.exports = { content: ['./components/**/*.tsx'] };\n",
    'components/tooltip.tsx': TOOLTIP,
    [FILE]: dialog(billing),
  });

// shadcn/ui's tooltip.tsx (v4): each part a function that passes its props on, `asChild` among them.
const SHADCN_TOOLTIP = `import * as TooltipPrimitive from '@radix-ui/react-tooltip';
import * as React from 'react';

function Tooltip({ ...props }: React.ComponentProps<typeof TooltipPrimitive.Root>) {
  return (
    <TooltipPrimitive.Provider delayDuration={0}>
      <TooltipPrimitive.Root data-slot="tooltip" {...props} />
    </TooltipPrimitive.Provider>
  );
}

function TooltipTrigger({ ...props }: React.ComponentProps<typeof TooltipPrimitive.Trigger>) {
  return <TooltipPrimitive.Trigger data-slot="tooltip-trigger" {...props} />;
}

function TooltipContent({ children, ...props }: React.ComponentProps<typeof TooltipPrimitive.Content>) {
  return (
    <TooltipPrimitive.Portal>
      <TooltipPrimitive.Content data-slot="tooltip-content" className="rounded-xs border px-2 py-1 text-xs" {...props}>
        {children}
      </TooltipPrimitive.Content>
    </TooltipPrimitive.Portal>
  );
}

export { Tooltip, TooltipContent, TooltipTrigger };
`;

// A settings section as cline's writes it: the telemetry box inside a tooltip that explains a locked setting.
const SETTINGS = `import { Tooltip, TooltipContent, TooltipTrigger } from '@/components/ui/tooltip';
import { useExtensionState } from '@/context/extension-state';
import { updateSetting } from '@/lib/settings';

export function GeneralSettingsSection() {
  const { telemetrySetting, remoteConfig } = useExtensionState();
  return (
    <section className="text-base">
      <h3 className="font-medium">General</h3>
      <Tooltip>
        <TooltipContent hidden={remoteConfig?.telemetrySetting === undefined}>This setting is managed by your organization.</TooltipContent>
        <TooltipTrigger asChild>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={telemetrySetting === 'enabled'} onChange={(e) => updateSetting('telemetrySetting', e.target.checked ? 'enabled' : 'disabled')} />
            Allow error and usage reporting
          </label>
        </TooltipTrigger>
      </Tooltip>
      <p className="text-sm">Help improve the extension by sending usage data and error reports. No code or prompts are ever sent.</p>
    </section>
  );
}
`;

describe('a telemetry setting wrapped in shadcn/ui\'s tooltip', () => {
  it('reads the trigger as the box it wraps, not as an "Allow" button without a decline', async () => {
    const dir = project({ 'package.json': PACKAGE, 'tsconfig.json': TSCONFIG, 'components/ui/tooltip.tsx': SHADCN_TOOLTIP, 'components/settings/general.tsx': SETTINGS });
    const { checker, eslint } = await bothDoors(dir, 'components/settings/general.tsx', 'strict');
    expect(eslint).toEqual(checker);
    expect(checker).toEqual([]);
  });
});

describe('an upgrade dialog whose features carry Radix tooltips', () => {
  it('reports the billing terms drawn faint and small under the price, with nothing left to review', async () => {
    const { checker, eslint } = await bothDoors(app('ml-1 text-xs text-neutral-400'), FILE, 'recommended');
    expect(eslint).toEqual(checker);
    expect(checker).toEqual(['22:13 no-fine-print lowContrast', '22:13 no-fine-print smallerThanChoice']);
  });

  it('stays clean when the terms are as large and dark as the features, tooltips and all', async () => {
    const { checker, eslint } = await bothDoors(app('ml-1 text-sm text-neutral-600'), FILE, 'recommended');
    expect(eslint).toEqual(checker);
    expect(checker).toEqual([]);
  });
});
