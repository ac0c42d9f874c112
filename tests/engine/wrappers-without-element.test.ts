/**
 * Elements that render their children and no element of their own: a React context's provider (`<X.Provider>`,
 * React 19's `<X value>`, where `X` is React's `createContext`), React's `Fragment`, `Suspense`, `StrictMode` and
 * `Profiler`, and a component whose root is a provider (shadcn/ui's `SidebarProvider`). What they hold takes its
 * styles from around them, as on the page. Before, each was an unknown component, and every style below it that is
 * inherited (font size, colour) was a question: khoj's settings page, inside `SidebarProvider` and `Suspense`, left
 * five of its texts to review. Near-misses: a project's own `Panel.Provider` that draws a box stays unknown, and so
 * does a package's provider.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';
import { checkerReport } from '../helpers/report.js';
import { tempProjects } from '../helpers/temp-project.js';

const both = bothRunner('wrappers-without-element');
const project = tempProjects('wrappers-without-element-report');

const TAILWIND_APP = JSON.stringify({ name: 'streamline', private: true, dependencies: { next: '15.1.0', react: '19.0.0', 'react-dom': '19.0.0', tailwindcss: '4.0.0' } });

/** A cookie dialog whose container sets small grey text, with a provider between it and the copy. */
const PREFERENCES_DIALOG = (provider: string, close: string, imports = '') => `import { createContext, useState } from 'react';
import { saveConsent } from '@/lib/consent';
${imports}
type Preferences = { analytics: boolean; advertising: boolean };
const PreferencesContext = createContext<Preferences>({ analytics: false, advertising: false });

export function CookieDialog({ onClose }: { onClose: () => void }) {
  const [preferences] = useState<Preferences>({ analytics: false, advertising: false });
  return (
    <div role="dialog" aria-modal="true" className="fixed inset-x-4 bottom-4 rounded-lg bg-white p-6 text-[11px] text-slate-600 shadow-xl">
      ${provider}
        <p>We share your viewing history with advertising partners to show you personalised ads.</p>
        <div className="mt-4 flex gap-3">
          <button className="rounded bg-indigo-600 px-4 py-2 text-base text-white" onClick={() => { saveConsent({ analytics: true, advertising: true }); onClose(); }}>Accept all</button>
          <button className="rounded bg-indigo-600 px-4 py-2 text-base text-white" onClick={() => { saveConsent({ analytics: false, advertising: false }); onClose(); }}>Reject all</button>
        </div>
      ${close}
    </div>
  );
}
`;

describe("a context's provider draws no box, through ESLint and the checker", () => {
  it('reads the copy inside `<Context.Provider>` at the size and colour of the dialog around it', async () => {
    const dialog = PREFERENCES_DIALOG('<PreferencesContext.Provider value={preferences}>', '</PreferencesContext.Provider>');
    const result = await both({ 'package.json': TAILWIND_APP, 'src/components/CookieDialog.tsx': dialog }, 'src/components/CookieDialog.tsx', ['no-fine-print']);
    expect(result.checker).toEqual(['no-fine-print smallerThanChoice 12:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it("reads React 19's `<Context value>` the same way, with the context imported from the project", async () => {
    const dialog = PREFERENCES_DIALOG('<ConsentContext value={preferences}>', '</ConsentContext>', "import { ConsentContext } from '@/lib/consent-context';");
    const context = `import { createContext } from 'react';\n\nexport const ConsentContext = createContext<{ analytics: boolean; advertising: boolean } | null>(null);\n`;
    const files = {
      'package.json': TAILWIND_APP,
      'tsconfig.json': JSON.stringify({ compilerOptions: { jsx: 'preserve', paths: { '@/*': ['./src/*'] } } }),
      'src/lib/consent-context.ts': context,
      'src/components/CookieDialog.tsx': dialog,
    };
    const result = await both(files, 'src/components/CookieDialog.tsx', ['no-fine-print']);
    expect(result.checker).toEqual(['no-fine-print smallerThanChoice 12:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it("near-miss: a project's own `Panel.Provider` that draws a box of its own stays unknown", async () => {
    const dialog = PREFERENCES_DIALOG('<Panel.Provider value={preferences}>', '</Panel.Provider>').replace(
      'export function CookieDialog',
      `const Panel = {\n  Provider: ({ children }: { value: Preferences; children: React.ReactNode }) => <section className="text-lg text-slate-900">{children}</section>,\n};\n\nexport function CookieDialog`,
    );
    const dir = project({ 'package.json': TAILWIND_APP, 'src/components/CookieDialog.tsx': dialog });
    const { findings, reviews } = await checkerReport(dir);
    expect(findings.filter((f) => f.rule === 'no-fine-print')).toEqual([]);
    expect(reviews.filter((r) => r.rule === 'no-fine-print').map((r) => r.text)).toEqual([expect.stringContaining('font size of')]);
  });
});

describe("React's Fragment and Suspense, and shadcn/ui's SidebarProvider, draw no box", () => {
  /** shadcn/ui's sidebar.tsx, abridged: the provider renders a context's provider, a tooltip provider and a div. */
  const SIDEBAR = `'use client';
import * as React from 'react';
import { TooltipProvider } from '@/components/ui/tooltip';
import { cn } from '@/lib/utils';

type SidebarContextProps = { state: 'expanded' | 'collapsed'; open: boolean; setOpen: (open: boolean) => void };
const SidebarContext = React.createContext<SidebarContextProps | null>(null);

export function useSidebar() {
  const context = React.useContext(SidebarContext);
  if (!context) throw new Error('useSidebar must be used within a SidebarProvider.');
  return context;
}

export const SidebarProvider = React.forwardRef<HTMLDivElement, React.ComponentProps<'div'> & { defaultOpen?: boolean }>(
  ({ defaultOpen = true, className, style, children, ...props }, ref) => {
    const [open, setOpen] = React.useState(defaultOpen);
    const contextValue = React.useMemo<SidebarContextProps>(() => ({ state: open ? 'expanded' : 'collapsed', open, setOpen }), [open]);
    return (
      <SidebarContext.Provider value={contextValue}>
        <TooltipProvider delayDuration={0}>
          <div ref={ref} style={style} className={cn('group/sidebar-wrapper flex min-h-svh w-full', className)} {...props}>
            {children}
          </div>
        </TooltipProvider>
      </SidebarContext.Provider>
    );
  },
);
SidebarProvider.displayName = 'SidebarProvider';

export function SidebarInset({ className, ...props }: React.ComponentProps<'main'>) {
  return <main className={cn('relative flex min-h-svh flex-1 flex-col bg-background', className)} {...props} />;
}
`;

  /** A Next.js app router settings page, as khoj's is written: a sidebar layout, a Suspense boundary, plan details. */
  const BILLING_PAGE = `'use client';
import React, { Suspense } from 'react';
import { SidebarInset, SidebarProvider } from '@/components/ui/sidebar';
import { Button } from '@/components/ui/button';
import { usePlan } from '@/hooks/use-plan';
import Loading from '@/components/loading';

const PERKS = ['Unlimited projects', 'Priority support'];

export default function BillingPage() {
  const { plan, cancel } = usePlan();
  return (
    <SidebarProvider>
      <SidebarInset className="bg-white text-slate-400">
        <Suspense fallback={<Loading />}>
          <section className="mx-auto max-w-xl p-8">
            <h1 className="text-2xl font-semibold text-slate-900">Billing</h1>
            {PERKS.map((perk) => (
              <React.Fragment key={perk}>
                <span className="text-slate-900">{perk}</span>
              </React.Fragment>
            ))}
            <p>Your Pro plan renews automatically every month at $20 until you cancel.</p>
            <Button onClick={cancel}>Cancel subscription</Button>
          </section>
        </Suspense>
      </SidebarInset>
    </SidebarProvider>
  );
}
`;

  const BUTTON = `import * as React from 'react';
import { cn } from '@/lib/utils';

export function Button({ className, ...props }: React.ComponentProps<'button'>) {
  return <button className={cn('inline-flex items-center rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white', className)} {...props} />;
}
`;

  const TOOLTIP = `'use client';
import * as TooltipPrimitive from '@radix-ui/react-tooltip';

const TooltipProvider = TooltipPrimitive.Provider;
const Tooltip = TooltipPrimitive.Root;
const TooltipTrigger = TooltipPrimitive.Trigger;

export { Tooltip, TooltipProvider, TooltipTrigger };
`;

  const files = {
    'package.json': TAILWIND_APP,
    'src/components/ui/tooltip.tsx': TOOLTIP,
    'tsconfig.json': JSON.stringify({ compilerOptions: { jsx: 'preserve', paths: { '@/*': ['./src/*'] } } }),
    'src/components/ui/sidebar.tsx': SIDEBAR,
    'src/components/ui/button.tsx': BUTTON,
    'src/app/settings/billing/page.tsx': BILLING_PAGE,
  };

  it('reads the renewal terms in the grey the inset sets, through the provider and the Suspense boundary', async () => {
    const result = await both(files, 'src/app/settings/billing/page.tsx', ['no-fine-print']);
    expect(result.checker).toEqual(['no-fine-print lowContrast 23:13']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('leaves nothing on that page to review', async () => {
    const { reviews } = await checkerReport(project(files));
    expect(reviews.filter((r) => r.file === 'src/app/settings/billing/page.tsx')).toEqual([]);
  });
});
