/**
 * no-buried-consent on a plan card whose "Upgrade to Pro" opens a confirmation dialog (Radix's `Dialog.Trigger`,
 * through the app's shadcn/ui `dialog.tsx`), as trigger.dev's pricing page does: the trigger commits to nothing, the
 * dialog's own "Upgrade to Pro" does, and that one is clicked over a card already read, so the card's feature list
 * below the trigger is buried under neither. A card whose button submits itself still has its terms below it
 * reported, and so do a submit beside a trigger (in place, not in the layer) and a trigger whose dialog decides
 * nothing. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';
import { SHADCN_DIALOG } from '../helpers/shadcn-dialog.js';

const both = bothRunner('buried-dialog-trigger');

const CONFIRM = `<Dialog>
          <DialogTrigger asChild>
            <button type="button" className="w-full rounded-md bg-indigo-600 px-4 py-2 text-base font-medium text-white">
              Upgrade to {plan.title}
            </button>
          </DialogTrigger>
          <DialogContent>
            <DialogTitle>Upgrade plan</DialogTitle>
            <DialogDescription>
              You will be charged the new plan price for the remainder of this month on a pro rata basis.
            </DialogDescription>
            <button type="submit" form="subscribe-pro" disabled={isLoading} className="rounded-md bg-indigo-600 px-4 py-2 text-base font-medium text-white">
              Upgrade to {plan.title}
            </button>
          </DialogContent>
        </Dialog>`;

const SUBMIT = `<button type="submit" disabled={isLoading} className="w-full rounded-md bg-indigo-600 px-4 py-2 text-base font-medium text-white">
          Upgrade to {plan.title}
        </button>`;

const card = (action: string) => `import { Form, useNavigation } from '@remix-run/react';
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import type { Plan } from '@/services/platform.v3.server';

export function ProPlanCard({ plan }: { plan: Plan }) {
  const navigation = useNavigation();
  const isLoading = navigation.state !== 'idle';

  return (
    <div className="flex flex-col rounded-lg border border-zinc-200 bg-white p-6">
      <h2 className="text-lg font-semibold text-zinc-900">{plan.title}</h2>
      <p className="text-3xl font-bold text-zinc-900">$50/month</p>
      <Form method="post" id="subscribe-pro" className="py-6">
        <input type="hidden" name="planCode" value={plan.code} />
        ${action}
      </Form>
      <ul className="flex flex-col gap-2.5 text-base text-zinc-700">
        <li>Your subscription includes $50 of compute each month</li>
        <li>25 team members, then $20/month per seat</li>
        <li>Unlimited recurring schedules</li>
      </ul>
    </div>
  );
}
`;

/** The project; `dialogModule` is where the app keeps its dialog (`components/ui/dialog` is where shadcn/ui writes it). */
const files = (source: string, dialog = SHADCN_DIALOG, dialogModule = 'components/ui/dialog') => ({
  'package.json': JSON.stringify({ name: 'webapp', private: true, dependencies: { react: '18.3.1', '@remix-run/react': '2.16.0', '@radix-ui/react-dialog': '1.1.2', tailwindcss: '3.4.14' } }),
  'tsconfig.json': JSON.stringify({ compilerOptions: { jsx: 'react-jsx', baseUrl: '.', paths: { '@/*': ['./app/*'] } } }),
  [`app/${dialogModule}.tsx`]: dialog,
  'app/components/billing/ProPlanCard.tsx': source.replace('@/components/ui/dialog', `@/${dialogModule}`),
});

const ENTRY = 'app/components/billing/ProPlanCard.tsx';

/**
 * The app's own dialog primitives (trigger.dev's `app/components/primitives/Dialog.tsx`: Radix's parts aliased, so `Dialog`
 * and `DialogTrigger` are Radix's `Root` and `Trigger`), with the content made by a higher-order function
 * (`withTracking(...)`), which is not read, so the dialog's "Upgrade" belongs to the card's prompt. The dialog's root
 * still says that what it holds besides its trigger is drawn in the layer the trigger opens.
 */
const UNREAD_CONTENT = SHADCN_DIALOG.replace(
  /const DialogContent = React\.forwardRef[\s\S]*?DialogContent\.displayName = DialogPrimitive\.Content\.displayName;/,
  "import { withTracking } from '@/lib/analytics';\nconst DialogContent = withTracking(DialogPrimitive.Content, 'upgrade-dialog');",
);

describe('a plan card whose upgrade button opens a confirmation dialog', () => {
  it('buries nothing under the trigger or under the dialog\'s own "Upgrade"', async () => {
    const result = await both(files(card(CONFIRM)), ENTRY, ['no-buried-consent']);
    expect(result.checker).toEqual([]);
    expect(result.eslint).toEqual(result.checker);
  });

  it("buries nothing either where the app's DialogContent is not read", async () => {
    expect(UNREAD_CONTENT).toContain('withTracking(DialogPrimitive.Content');
    const result = await both(files(card(CONFIRM), UNREAD_CONTENT, 'components/primitives/Dialog'), ENTRY, ['no-buried-consent']);
    expect(result.checker).toEqual([]);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: a card whose "Upgrade" submits it has the price terms below the button reported', async () => {
    const result = await both(files(card(SUBMIT)), ENTRY, ['no-buried-consent']);
    expect(result.checker).toEqual(['no-buried-consent buriedDisclosure 20:9', 'no-buried-consent buriedDisclosure 21:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: a trigger in a plain box beside the submit leaves the submit in place, and the terms below it are buried', async () => {
    const beside = `<Dialog>
          <div className="flex gap-2">
            <DialogTrigger asChild>
              <button type="button" className="rounded-md border px-4 py-2 text-base">Compare plans</button>
            </DialogTrigger>
            <button type="submit" disabled={isLoading} className="rounded-md bg-indigo-600 px-4 py-2 text-base font-medium text-white">
              Upgrade to {plan.title}
            </button>
          </div>
          <DialogContent>
            <DialogTitle>Compare plans</DialogTitle>
            <DialogDescription>Every plan includes unlimited projects.</DialogDescription>
          </DialogContent>
        </Dialog>`;
    const result = await both(files(card(beside)), ENTRY, ['no-buried-consent']);
    expect(result.checker).toEqual(['no-buried-consent buriedDisclosure 31:9', 'no-buried-consent buriedDisclosure 32:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: a trigger whose dialog decides nothing (only "Close") is the action, and the terms below it are buried', async () => {
    const info = CONFIRM.replace(/<button type="submit"[\s\S]*?<\/button>/, '<DialogClose className="rounded-md border px-4 py-2 text-base">Close</DialogClose>').replace('Upgrade plan', "What's included");
    const result = await both(files(card(info).replace('DialogTrigger }', 'DialogTrigger, DialogClose }'), SHADCN_DIALOG.replace('export { Dialog,', 'const DialogClose = DialogPrimitive.Close;\nexport { DialogClose, Dialog,')), ENTRY, ['no-buried-consent']);
    expect(result.checker.length).toBeGreaterThan(0);
    expect(result.checker.every((reported) => reported.startsWith('no-buried-consent buriedDisclosure'))).toBe(true);
    expect(result.eslint).toEqual(result.checker);
  });
});
