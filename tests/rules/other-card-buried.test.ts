/**
 * A page of cards, each with its own action: an admin page's "Grant a plan" form with its "Upgrade", and below it a
 * "Look up a user" card whose rows show that user's subscription ("Renews on"). The rows answer the lookup, not the
 * upgrade, so no renewal term is buried under "Upgrade". A card below the button that has no action of its own
 * still qualifies it, and so does a term in the button's own card; a card with a button of its own ("Delete Account")
 * and a confirmation dialog's terms, drawn over the page when it opens, do not. Through ESLint and the checker.
 *
 * The page's own header speaks of subscriptions: a page whose every word is its components' is not analysed at all
 * (src/engine/borrowed-copy.ts: a finding made by what surrounds a component is a known limit of the pre-filter).
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('other-card-buried');

const GRANT_FORM = `'use client';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { grantPlanAction } from '@/actions/admin';

export function GrantPlanForm() {
  const { register, getValues } = useForm<{ email: string; months: number }>();
  const [pending, setPending] = useState(false);
  const submit = async (upgrade: boolean) => {
    setPending(true);
    await grantPlanAction({ ...getValues(), upgrade });
    setPending(false);
  };
  return (
    <form className="max-w-sm space-y-4">
      <Input type="email" placeholder="user@example.com" {...register('email')} />
      <Input type="number" placeholder="Months" {...register('months', { valueAsNumber: true })} />
      <div className="space-x-2">
        <Button type="button" disabled={pending} onClick={() => submit(true)}>Upgrade</Button>
        <Button type="button" variant="destructive" disabled={pending} onClick={() => submit(false)}>Downgrade</Button>
      </div>
    </form>
  );
}
`;

const USER_LOOKUP = `'use client';
import { useForm } from 'react-hook-form';
import { useAction } from 'next-safe-action/hooks';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { lookupUserAction } from '@/actions/admin';

export function UserLookup() {
  const { register, handleSubmit } = useForm<{ email: string }>();
  const { execute, result, isExecuting } = useAction(lookupUserAction);
  const user = result.data;
  return (
    <Card className="max-w-xl">
      <CardHeader>
        <CardTitle>Look up a user</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        <form className="space-y-4" onSubmit={handleSubmit((values) => execute(values))}>
          <Input type="email" placeholder="user@example.com" {...register('email')} />
          <Button type="submit" disabled={isExecuting}>Look up</Button>
        </form>
        {user && (
          <div className="space-y-3 text-sm">
            <Row label="Plan" value={user.plan ?? 'None'} />
            <Row label="Subscription status" value={user.subscriptionStatus ?? 'N/A'} />
            <Row label="Renews on" value={user.renewsAt ?? 'N/A'} />
          </div>
        )}
      </CardContent>
    </Card>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex justify-between">
      <span className="text-muted-foreground">{label}</span>
      <span>{value}</span>
    </div>
  );
}
`;

const ADMIN_PAGE = `import { GrantPlanForm } from './GrantPlanForm';
import { UserLookup } from './UserLookup';
import { PageHeader } from '@/components/PageHeader';

export default function AdminPage() {
  return (
    <main className="mx-auto max-w-3xl">
      <PageHeader title="Subscriptions" description="Grant plans and look up what people pay for." />
      <div className="mt-4 mb-20 space-y-8">
        <GrantPlanForm />
        <UserLookup />
      </div>
    </main>
  );
}
`;

/** The same page, with a card below the button that only informs: it still qualifies "Upgrade". */
const PLAN_NOTE = `import { Card, CardContent } from '@/components/ui/card';

export function PlanNote() {
  return (
    <Card className="max-w-xl">
      <CardContent className="text-sm">
        Your plan renews automatically every month at $20 until you cancel.
      </CardContent>
    </Card>
  );
}
`;

/**
 * An account page's danger zone, as civitai's DeleteCard draws it: a card and, side by side in a fragment, the
 * confirmation that opens over the page and says what deleting keeps.
 */
const DELETE_ACCOUNT = `import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { deleteAccountAction } from '@/actions/account';

export function DeleteAccount() {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Card className="border-destructive">
        <CardHeader>
          <CardTitle>Delete account</CardTitle>
        </CardHeader>
        <CardContent>
          <Button variant="destructive" onClick={() => setConfirming(true)}>Delete account</Button>
        </CardContent>
      </Card>
      {confirming && (
        <div role="alertdialog" aria-modal="true" className="fixed inset-0 z-50 grid place-items-center bg-black/60">
          <div className="max-w-md rounded-lg bg-white p-6">
            <h2 className="text-lg font-semibold">Delete your account?</h2>
            <p className="mt-2 text-sm">Your account closes right away. Your images will be hidden within a day, then deleted after 7 days.</p>
            <div className="mt-4 flex justify-end gap-2">
              <Button variant="outline" onClick={() => setConfirming(false)}>Cancel</Button>
              <Button variant="destructive" onClick={() => deleteAccountAction()}>Delete</Button>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
`;

const WITH_DELETE = ADMIN_PAGE.replace("import { UserLookup } from './UserLookup';", "import { PlanNote } from './PlanNote';\nimport { DeleteAccount } from './DeleteAccount';").replace('<UserLookup />', '<PlanNote />\n        <DeleteAccount />');

/** khoj's settings page: a "Delete Account" card whose note says what deleting removes, and its own button. */
const DELETE_CARD = `import { Button } from '@/components/ui/button';
import { Card, CardContent, CardFooter, CardHeader } from '@/components/ui/card';
import { useDeleteAccount } from '@/hooks/use-delete-account';

export function DeleteAccountCard() {
  const { confirmAndDelete, isDeleting } = useDeleteAccount();
  return (
    <Card>
      <CardHeader className="text-xl flex flex-row">Delete Account</CardHeader>
      <CardContent className="overflow-hidden">
        <p className="pb-4 text-gray-400">
          This will delete all your account data, including conversations, agents, and any assets you've generated. Be
          sure to export before you do this if you want to keep your information.
        </p>
      </CardContent>
      <CardFooter className="flex flex-wrap gap-4">
        <Button variant="outline" className="text-red-500" disabled={isDeleting} onClick={confirmAndDelete}>
          Delete Account
        </Button>
      </CardFooter>
    </Card>
  );
}
`;

const WITH_DELETE_CARD = ADMIN_PAGE.replace("import { UserLookup } from './UserLookup';", "import { PlanNote } from './PlanNote';\nimport { DeleteAccountCard } from './DeleteAccountCard';").replace('<UserLookup />', '<PlanNote />\n        <DeleteAccountCard />');

const WITH_NOTE = ADMIN_PAGE.replace("import { UserLookup } from './UserLookup';", "import { PlanNote } from './PlanNote';").replace('<UserLookup />', '<PlanNote />');

describe('a card with an action of its own', () => {
  it("near-miss: a lookup card's 'Renews on' row below another card's 'Upgrade' answers the lookup", async () => {
    const result = await both({ 'app/admin/page.tsx': ADMIN_PAGE, 'app/admin/GrantPlanForm.tsx': GRANT_FORM, 'app/admin/UserLookup.tsx': USER_LOOKUP }, 'app/admin/page.tsx', ['no-buried-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it("near-miss: a confirmation dialog's data-retention terms, below another card's 'Upgrade', are read when it opens", async () => {
    const files = { 'app/admin/page.tsx': WITH_DELETE, 'app/admin/GrantPlanForm.tsx': GRANT_FORM, 'app/admin/PlanNote.tsx': PLAN_NOTE, 'app/admin/DeleteAccount.tsx': DELETE_ACCOUNT };
    const result = await both(files, 'app/admin/page.tsx', ['no-buried-consent']);
    // The plan note's renewal term is buried (line 12); the dialog's images "deleted after 7 days" (line 13) are not.
    expect(result.checker).toEqual(['no-buried-consent buriedDisclosure 12:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it("near-miss: a card with a button of its own (\"Delete Account\") answers that button, not another card's 'Upgrade'", async () => {
    const files = { 'app/admin/page.tsx': WITH_DELETE_CARD, 'app/admin/GrantPlanForm.tsx': GRANT_FORM, 'app/admin/PlanNote.tsx': PLAN_NOTE, 'app/admin/DeleteAccountCard.tsx': DELETE_CARD };
    const result = await both(files, 'app/admin/page.tsx', ['no-buried-consent']);
    // The plan note (no action of its own) is still buried, on line 12; the delete card (line 13) is not.
    expect(result.checker).toEqual(['no-buried-consent buriedDisclosure 12:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('a card below the button with no action of its own still has its renewal term buried', async () => {
    const result = await both({ 'app/admin/page.tsx': WITH_NOTE, 'app/admin/GrantPlanForm.tsx': GRANT_FORM, 'app/admin/PlanNote.tsx': PLAN_NOTE }, 'app/admin/page.tsx', ['no-buried-consent']);
    expect(result.checker).toEqual(['no-buried-consent buriedDisclosure 11:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it("a renewal term in the lookup card, written after the button's own form, is still the button's", async () => {
    // The term sits in the same card as the form whose "Upgrade" it follows: that card holds the accept.
    const inOneCard = USER_LOOKUP.replace('<Button type="submit" disabled={isExecuting}>Look up</Button>', '<Button type="submit" disabled={isExecuting}>Upgrade</Button>').replace(
      '{user && (',
      '<p>Your plan renews automatically every month at $20 until you cancel.</p>\n        {user && (',
    );
    const result = await both({ 'app/admin/UserLookup.tsx': inOneCard }, 'app/admin/UserLookup.tsx', ['no-buried-consent']);
    expect(result.checker).toContain('no-buried-consent buriedDisclosure 23:9');
    expect(result.eslint).toEqual(result.checker);
  });
});
