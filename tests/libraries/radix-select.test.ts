/**
 * A select's options are values to pick, not terms stated: papermark's trial step asks "What's the deal size?" with
 * a shadcn/ui Select of "$0 - $500K", "$500K - $5M"..., whose items were read as price disclosures of unknown size.
 * Radix's Select parts are known (its \`Root\` a select, its \`Content\` mounted only while open), from
 * \`@radix-ui/react-select\` and from the one \`radix-ui\` package shadcn/ui's newer components import.
 */
import { describe, expect, it } from 'vitest';
import { checkerReport } from '../helpers/report.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('radix-select');

const PACKAGE = JSON.stringify({ name: 'acme-rooms', private: true, dependencies: { next: '15.1.0', react: '19.0.0', '@radix-ui/react-select': '2.1.4', 'radix-ui': '1.1.2', 'lucide-react': '0.468.0' }, devDependencies: { tailwindcss: '3.4.17' } });
const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./*'] }, jsx: 'preserve' } });
const CSS = '@tailwind base;\n@tailwind components;\n@tailwind utilities;\n';

// shadcn/ui's select.tsx, its items drawn in small grey type.
const SELECT = `'use client';

import * as React from 'react';
import * as SelectPrimitive from '@radix-ui/react-select';
import { Check, ChevronDown } from 'lucide-react';
import { cn } from '@/lib/utils';

const Select = SelectPrimitive.Root;
const SelectValue = SelectPrimitive.Value;

const SelectTrigger = React.forwardRef<React.ElementRef<typeof SelectPrimitive.Trigger>, React.ComponentPropsWithoutRef<typeof SelectPrimitive.Trigger>>(({ className, children, ...props }, ref) => (
  <SelectPrimitive.Trigger ref={ref} className={cn('flex h-9 w-full items-center justify-between rounded-md border px-3 py-2 text-sm', className)} {...props}>
    {children}
    <SelectPrimitive.Icon asChild>
      <ChevronDown className="h-4 w-4 opacity-50" />
    </SelectPrimitive.Icon>
  </SelectPrimitive.Trigger>
));
SelectTrigger.displayName = SelectPrimitive.Trigger.displayName;

const SelectContent = React.forwardRef<React.ElementRef<typeof SelectPrimitive.Content>, React.ComponentPropsWithoutRef<typeof SelectPrimitive.Content>>(({ className, children, position = 'popper', ...props }, ref) => (
  <SelectPrimitive.Portal>
    <SelectPrimitive.Content ref={ref} className={cn('relative z-50 min-w-[8rem] overflow-hidden rounded-md border bg-white shadow-md', className)} position={position} {...props}>
      <SelectPrimitive.Viewport className="p-1">{children}</SelectPrimitive.Viewport>
    </SelectPrimitive.Content>
  </SelectPrimitive.Portal>
));
SelectContent.displayName = SelectPrimitive.Content.displayName;

const SelectItem = React.forwardRef<React.ElementRef<typeof SelectPrimitive.Item>, React.ComponentPropsWithoutRef<typeof SelectPrimitive.Item>>(({ className, children, ...props }, ref) => (
  <SelectPrimitive.Item ref={ref} className={cn('relative flex w-full cursor-default select-none items-center rounded-sm py-1.5 pl-2 pr-8 text-[11px] text-neutral-400 outline-none', className)} {...props}>
    <span className="absolute right-2 flex h-3.5 w-3.5 items-center justify-center">
      <SelectPrimitive.ItemIndicator>
        <Check className="h-4 w-4" />
      </SelectPrimitive.ItemIndicator>
    </span>
    <SelectPrimitive.ItemText>{children}</SelectPrimitive.ItemText>
  </SelectPrimitive.Item>
));
SelectItem.displayName = SelectPrimitive.Item.displayName;

export { Select, SelectContent, SelectItem, SelectTrigger, SelectValue };
`;

const TRIAL_STEP = `'use client';

import { useState } from 'react';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { useStartTrial } from '@/lib/billing';

export function TrialStep({ onStarted }: { onStarted: () => void }) {
  const [dealSize, setDealSize] = useState<string>();
  const { startTrial, isStarting } = useStartTrial();
  return (
    <div className="mx-auto max-w-md space-y-6 p-6">
      <h2 className="text-2xl font-semibold">Start your 14-day Data Room trial</h2>
      <p className="text-sm text-neutral-700">After the trial, the Data Rooms plan is $99 per month, billed annually, until you cancel.</p>
      <div className="space-y-1">
        <label className="text-sm font-medium">What&apos;s the deal size?</label>
        <Select onValueChange={setDealSize}>
          <SelectTrigger>
            <SelectValue placeholder="Select deal size" />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="0-500k">$0 - $500K</SelectItem>
            <SelectItem value="500k-5m">$500K - $5M</SelectItem>
            <SelectItem value="5m+">$5M+</SelectItem>
          </SelectContent>
        </Select>
      </div>
      <button type="button" disabled={isStarting} onClick={() => startTrial({ dealSize }).then(onStarted)} className="w-full rounded-md bg-black px-4 py-2 text-sm font-medium text-white">
        Start trial
      </button>
    </div>
  );
}
`;

const files = (select: string, step = TRIAL_STEP): Record<string, string> => ({ 'package.json': PACKAGE, 'tsconfig.json': TSCONFIG, 'app/globals.css': CSS, 'components/ui/select.tsx': select, 'app/TrialStep.tsx': step });

describe("a Radix Select's options", () => {
  it('are no disclosures of the trial step they are picked in: nothing to report or review', async () => {
    expect(await checkerReport(project(files(SELECT)))).toEqual({ findings: [], reviews: [] });
  });

  it("are read alike through the radix-ui package's Select", async () => {
    const umbrella = SELECT.replace("import * as SelectPrimitive from '@radix-ui/react-select';", "import { Select as SelectPrimitive } from 'radix-ui';");
    expect(umbrella).not.toBe(SELECT);
    expect(await checkerReport(project(files(umbrella)))).toEqual({ findings: [], reviews: [] });
  });

  it("are a native select's too: its small grey options are no fine print beside 'Start trial'", async () => {
    const step = `'use client';

import { useState } from 'react';
import { useStartTrial } from '@/lib/billing';

export function TrialStep({ onStarted }: { onStarted: () => void }) {
  const [dealSize, setDealSize] = useState('0-500k');
  const { startTrial, isStarting } = useStartTrial();
  return (
    <div className="mx-auto max-w-md space-y-6 p-6">
      <h2 className="text-2xl font-semibold">Start your 14-day Data Room trial</h2>
      <p className="text-sm text-neutral-700">After the trial, the Data Rooms plan is $99 per month, billed annually, until you cancel.</p>
      <label className="block text-sm font-medium">
        What&apos;s the deal size?
        <select value={dealSize} onChange={(e) => setDealSize(e.target.value)} className="mt-1 block w-full text-[11px] text-neutral-400">
          <option value="0-500k">$0 - $500K</option>
          <option value="500k-5m">$500K - $5M</option>
          <option value="5m+">$5M+</option>
        </select>
      </label>
      <button type="button" disabled={isStarting} onClick={() => startTrial({ dealSize }).then(onStarted)} className="w-full rounded-md bg-black px-4 py-2 text-sm font-medium text-white">
        Start trial
      </button>
    </div>
  );
}
`;
    expect(await checkerReport(project(files(SELECT, step)))).toEqual({ findings: [], reviews: [] });
  });

  it('near-miss: the same price terms stated in the step, in the same small grey type, are fine print', async () => {
    const small = TRIAL_STEP.replace('<p className="text-sm text-neutral-700">After the trial', '<p className="text-[11px] text-neutral-400">After the trial');
    expect(small).not.toBe(TRIAL_STEP);
    const { findings } = await checkerReport(project(files(SELECT, small)));
    expect(findings.map((f) => [f.rule, f.line])).toContainEqual(['no-fine-print', 13]);
  });
});
