import { useState } from 'react';
import { Dialog, DialogPanel, DialogTitle, Description, Field, Label, Switch } from '@headlessui/react';
import clsx from 'clsx';
import { personalisationCopy as copy } from '../copy/consent';
import { saveConsent } from '@/lib/consent-api';
import { track } from '@/lib/analytics';

type Props = {
  open: boolean;
  onClose: () => void;
};

const actionClass =
  'inline-flex flex-1 items-center justify-center rounded-lg px-4 py-2.5 text-sm font-semibold text-white ' +
  'focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60';

export function PersonalisationDialog({ open, onClose }: Props) {
  const [digest, setDigest] = useState(false);
  const [pending, setPending] = useState<'accept' | 'decline' | null>(null);
  const [error, setError] = useState(false);

  async function submit(personalise: boolean) {
    setPending(personalise ? 'accept' : 'decline');
    setError(false);
    try {
      await saveConsent({ personalisedDeals: personalise, weeklyDigest: personalise && digest });
      track('personalisation_prompt_answered', { personalise });
      onClose();
    } catch {
      setError(true);
    } finally {
      setPending(null);
    }
  }

  return (
    <Dialog open={open} onClose={() => undefined} className="relative z-50">
      <div className="fixed inset-0 bg-black/40" aria-hidden="true" />
      <div className="fixed inset-0 flex items-end justify-center p-4 sm:items-center">
        <DialogPanel className="w-full max-w-md rounded-2xl bg-white p-6 shadow-xl">
          <DialogTitle className="text-lg font-bold text-gray-900">{copy.title}</DialogTitle>
          <Description className="mt-2 text-sm leading-6 text-gray-700">{copy.body}</Description>

          <Field className="mt-5 flex items-center justify-between gap-4 rounded-lg bg-gray-50 px-4 py-3">
            <Label className="text-sm text-gray-800">{copy.weeklyDigestLabel}</Label>
            <Switch
              checked={digest}
              onChange={setDigest}
              className="group relative inline-flex h-6 w-11 shrink-0 rounded-full bg-gray-300 transition data-[checked]:bg-emerald-600"
            >
              <span className="size-5 translate-x-0.5 translate-y-0.5 rounded-full bg-white shadow transition group-data-[checked]:translate-x-5" />
            </Switch>
          </Field>

          {error && (
            <p role="alert" className="mt-3 text-sm text-red-700">
              {copy.error}
            </p>
          )}

          <div className="mt-6 flex flex-col gap-3 sm:flex-row">
            <button
              type="button"
              disabled={pending !== null}
              onClick={() => submit(true)}
              className={clsx(actionClass, 'bg-emerald-700 hover:bg-emerald-800')}
            >
              {pending === 'accept' ? copy.saving : copy.accept}
            </button>
            <button
              type="button"
              disabled={pending !== null}
              onClick={() => submit(false)}
              className={clsx(actionClass, 'bg-slate-700 hover:bg-slate-800')}
            >
              {pending === 'decline' ? copy.saving : copy.decline}
            </button>
          </div>
        </DialogPanel>
      </div>
    </Dialog>
  );
}
