import { useState } from 'react';
import { Description, Dialog, DialogBackdrop, DialogPanel, DialogTitle } from '@headlessui/react';

import { acknowledgeTerms, snoozeTermsPrompt } from '@/api/legal';
import { useLegalStore } from '@/stores/legal';

export function TermsRefreshDialog() {
  const { pending, clearPending } = useLegalStore();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);

  if (!pending) return null;

  async function agree() {
    setBusy(true);
    setError(false);
    try {
      await acknowledgeTerms(pending!.version);
      clearPending();
    } catch {
      setError(true);
    } finally {
      setBusy(false);
    }
  }

  async function later() {
    await snoozeTermsPrompt(pending!.version, { days: 3 });
    clearPending();
  }

  return (
    <Dialog open onClose={later} className="relative z-50">
      <DialogBackdrop className="fixed inset-0 bg-stone-900/50" />
      <div className="fixed inset-0 flex w-screen items-center justify-center p-4">
        <DialogPanel className="w-full max-w-lg rounded-2xl bg-white p-6 shadow-xl">
          <DialogTitle className="text-lg font-semibold text-stone-900">
            We&apos;ve updated our Terms of Service
          </DialogTitle>
          <Description className="mt-3 text-sm text-stone-700">
            The new terms take effect on {pending.effectiveDate}. They cover the new shared
            workspaces, clearer rules for refunds and how we handle documents you create with
            Inkwell.
          </Description>
          <p className="mt-3 text-sm text-stone-700">
            By clicking &ldquo;I agree&rdquo;, you accept the updated Terms of Service and allow
            Inkwell to use your documents to train and improve our writing models.{' '}
            <a href="/legal/terms" target="_blank" rel="noreferrer" className="font-medium text-teal-700 underline">
              Read the full terms
            </a>
          </p>

          {error && <p className="mt-3 text-sm text-red-600">Something went wrong. Please try again.</p>}

          <div className="mt-6 flex justify-end gap-3">
            <button
              type="button"
              onClick={later}
              className="rounded-lg border border-stone-300 px-4 py-2 text-sm font-medium text-stone-700 hover:bg-stone-50"
            >
              Remind me later
            </button>
            <button
              type="button"
              onClick={agree}
              disabled={busy}
              className="rounded-lg bg-teal-700 px-4 py-2 text-sm font-semibold text-white hover:bg-teal-800 disabled:opacity-60"
            >
              I agree
            </button>
          </div>
        </DialogPanel>
      </div>
    </Dialog>
  );
}
