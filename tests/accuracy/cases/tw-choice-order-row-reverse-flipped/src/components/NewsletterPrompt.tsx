import { useState } from 'react';

import { subscribeToDigest } from '../api/marketing';
import { useSession } from '../hooks/useSession';

type Props = { onDismiss: () => void };

export function NewsletterPrompt({ onDismiss }: Props) {
  const { user } = useSession();
  const [busy, setBusy] = useState(false);

  async function answer(optIn: boolean) {
    setBusy(true);
    try {
      if (optIn && user) await subscribeToDigest(user.email);
    } finally {
      setBusy(false);
      onDismiss();
    }
  }

  return (
    <section
      aria-labelledby="digest-title"
      className="rounded-xl border border-slate-200 bg-slate-50 p-5"
    >
      <h2 id="digest-title" className="text-base font-semibold text-slate-900">
        Get the Quill monthly digest?
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Writing tips, new templates and occasional offers, once a month by email to {user?.email}.
      </p>
      <div className="mt-4 flex gap-3">
        <button
          type="button"
          disabled={busy}
          onClick={() => answer(true)}
          className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-500 disabled:opacity-50"
        >
          Yes, send me the digest
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => answer(false)}
          className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-500 disabled:opacity-50"
        >
          No thanks
        </button>
      </div>
    </section>
  );
}
