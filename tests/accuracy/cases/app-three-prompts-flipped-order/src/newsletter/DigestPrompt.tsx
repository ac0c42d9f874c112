import { useState } from 'react';
import { useSession } from '@/auth/useSession';
import { updateEmailPreferences } from '@/api/account';

export function DigestPrompt({ onClose }: { onClose: () => void }) {
  const { user } = useSession();
  const [busy, setBusy] = useState(false);

  async function answer(subscribe: boolean) {
    setBusy(true);
    await updateEmailPreferences({ weeklyDigest: subscribe, promptShown: true });
    setBusy(false);
    onClose();
  }

  return (
    <section
      aria-labelledby="digest-title"
      className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
    >
      <h2 id="digest-title" className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
        Tips and offers in your inbox?
      </h2>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
        Once a week we send editing tutorials, new presets and discounts on Lumen Pro to {user.email}. Unsubscribe
        from any email.
      </p>
      <div className="mt-4 flex gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={() => answer(true)}
          className="rounded-md bg-violet-600 px-4 py-2 text-sm font-semibold text-white hover:bg-violet-500"
        >
          Yes, send them
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => answer(false)}
          className="rounded-md bg-zinc-700 px-4 py-2 text-sm font-semibold text-white hover:bg-zinc-600"
        >
          No thanks
        </button>
      </div>
    </section>
  );
}
