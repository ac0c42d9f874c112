/**
 * A dialog is drawn in a portal at the end of the document's body, so its text inherits the document's styles, not
 * those of the place its trigger is written. A SaaS app opens its upgrade dialog (shadcn/ui's `dialog.tsx` over
 * Radix's `Portal`) from a sidebar item of a design-system package honest-ui cannot read: the plan's "/month,
 * billed annually" inherits the body's 16px, not the unknown size of the sidebar item, so nothing is left to review
 * there. Text drawn small in the dialog is still fine print. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';
import { checkerReport } from '../helpers/report.js';
import { SHADCN_DIALOG } from '../helpers/shadcn-dialog.js';
import { tempProjects } from '../helpers/temp-project.js';

const both = bothRunner('portal-inheritance');
const project = tempProjects('portal-inheritance-report');

const PACKAGE = JSON.stringify({
  name: 'docs-hub',
  private: true,
  dependencies: { next: '15.1.0', react: '19.0.0', '@radix-ui/react-dialog': '1.1.4', clsx: '2.1.1', 'tailwind-merge': '2.6.0', '@acme/ui': 'workspace:*' },
  devDependencies: { tailwindcss: '3.4.17' },
});
const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./*'] }, jsx: 'preserve' } });
const UTILS = `import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}
`;

const UPGRADE_DIALOG = (billingClass: string) => `'use client';

import { useRouter } from 'next/router';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { startCheckout } from '@/lib/billing';

export function UpgradeDialog({ children }: { children: React.ReactNode }) {
  const router = useRouter();
  return (
    <Dialog>
      <DialogTrigger asChild>{children}</DialogTrigger>
      <DialogContent>
        <h3 className="text-xl font-medium text-gray-900">Business</h3>
        <div className="mb-2">
          <span className="text-4xl font-medium text-gray-900">€59</span>
          <span className="${billingClass}">/month, billed annually</span>
        </div>
        <button type="button" className="rounded-md bg-gray-900 px-4 py-2 text-sm text-white" onClick={() => startCheckout('business', router)}>
          Upgrade to Business
        </button>
      </DialogContent>
    </Dialog>
  );
}
`;

const SIDEBAR = `import { SidebarMenuButton, SidebarMenuItem } from '@acme/ui/sidebar';
import { UpgradeDialog } from '@/components/billing/upgrade-dialog';

export function AppSidebarFooter() {
  return (
    <SidebarMenuItem>
      <UpgradeDialog>
        <SidebarMenuButton>Upgrade</SidebarMenuButton>
      </UpgradeDialog>
    </SidebarMenuItem>
  );
}
`;

const app = (billingClass: string) => ({
  'package.json': PACKAGE,
  'tsconfig.json': TSCONFIG,
  'lib/utils.ts': UTILS,
  'components/ui/dialog.tsx': SHADCN_DIALOG,
  'components/billing/upgrade-dialog.tsx': UPGRADE_DIALOG(billingClass),
  'components/layouts/sidebar-footer.tsx': SIDEBAR,
});

describe('a dialog drawn in a portal inherits the document', () => {
  it("reads the billing note's size from the body, not from the sidebar item that opens the dialog: nothing to review", async () => {
    const files = app('text-gray-500');
    const { findings, reviews } = await checkerReport(project(files));
    expect(findings).toEqual([]);
    expect(reviews).toEqual([]);
    expect(await both(files, 'components/layouts/sidebar-footer.tsx')).toEqual({ eslint: [], checker: [] });
  });

  it('still finds the note drawn at 10px in the dialog as fine print beside its 14px button', async () => {
    const result = await both(app('text-[10px] text-gray-500'), 'components/billing/upgrade-dialog.tsx', ['no-fine-print']);
    expect(result.checker).toEqual(['no-fine-print smallerThanChoice 16:11']);
    expect(result.eslint).toEqual(result.checker);
  });
});

/** A Mantine checkout modal opened from a compact 11px toolbar, drawn in its portal or, with `withinPortal={false}`, in place. */
const MANTINE_CHECKOUT = (portalProp: string) => `import { Button, Group, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { subscribe } from '@/api/billing';

export function ToolbarUpgrade() {
  const [opened, { open, close }] = useDisclosure(true);
  return (
    <div style={{ fontSize: 11 }}>
      <button type="button" onClick={open}>Plans</button>
      <Modal opened={opened} onClose={close} title="Go Pro"${portalProp}>
        <span>Billed yearly at $96. Renews automatically until you cancel.</span>
        <Group justify="flex-end" mt="md">
          <Button onClick={() => subscribe('pro-yearly')}>Subscribe</Button>
        </Group>
      </Modal>
    </div>
  );
}
`;

describe("a library's modal: in its portal unless told to stay in place", () => {
  const mantine = (portalProp: string) => ({ 'package.json': JSON.stringify({ name: 'shop', dependencies: { '@mantine/core': '7.15.2', react: '19.0.0' } }), 'src/ToolbarUpgrade.tsx': MANTINE_CHECKOUT(portalProp) });

  it('reads renewal terms in a Mantine Modal at the body\'s 16px, not the 11px of the toolbar that opens it', async () => {
    expect(await both(mantine(''), 'src/ToolbarUpgrade.tsx', ['no-fine-print'])).toEqual({ eslint: [], checker: [] });
  });

  it('with withinPortal={false} the modal is drawn inside the toolbar, and its 11px terms are fine print', async () => {
    const result = await both(mantine(' withinPortal={false}'), 'src/ToolbarUpgrade.tsx', ['no-fine-print']);
    expect(result.checker).toEqual(['no-fine-print smallerThanChoice 11:9']);
    expect(result.eslint).toEqual(result.checker);
  });
});

