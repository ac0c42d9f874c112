/**
 * A list whose items are fragments (`{options.map((option) => <><input type="checkbox" /> <span>{option.label}</span></>)}`)
 * renders one row per item, as React's keyed `<Fragment key>` does: each box is labelled by the text of its own item.
 * Read as a run of the list's children, every box stood beside every label, so none had one and a pre-ticked
 * marketing box went unseen. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('list-item-fragments');

const signUp = (defaults: string): string => `import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { createAccount } from '@/lib/api/accounts';
import { Spinner } from '@/components/spinner';

const PREFERENCES = [
  { id: 'remember', label: 'Keep me signed in on this device' },
  { id: 'newsletter', label: 'Email me product news and special offers' },
  { id: 'partners', label: 'Share my details with selected partners' },
] as const;

type PreferenceId = (typeof PREFERENCES)[number]['id'];

export default function SignUpPage() {
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [preferences, setPreferences] = useState<Record<PreferenceId, boolean>>(${defaults});

  async function handleSubmit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    await createAccount({ email, preferences });
    router.push('/welcome');
  }

  return (
    <form onSubmit={handleSubmit} className="mx-auto flex max-w-sm flex-col gap-4">
      <h1 className="text-2xl font-semibold">Create your account</h1>
      <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} placeholder="you@example.com" className="rounded border px-3 py-2" />
      <div className="grid grid-cols-[auto_1fr] items-center gap-x-2 gap-y-3 text-sm">
        {PREFERENCES.map((preference) => (
          <>
            <input
              type="checkbox"
              checked={preferences[preference.id]}
              onChange={(event) => setPreferences({ ...preferences, [preference.id]: event.target.checked })}
            />
            <span>{preference.label}</span>
          </>
        ))}
      </div>
      <button type="submit" disabled={submitting} className="rounded bg-black px-4 py-2 text-white">
        {submitting ? <Spinner /> : 'Create account'}
      </button>
    </form>
  );
}
`;

describe('a list whose items are fragments', () => {
  it('reports the marketing box ticked by default, labelled by its own item', async () => {
    const result = await both({ 'app/signup/page.tsx': signUp('{ remember: true, newsletter: true, partners: false }') }, 'app/signup/page.tsx', ['no-preselected-consent']);
    expect(result.checker).toEqual(['no-preselected-consent preselected 34:13']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: "Keep me signed in" ticked, the marketing and partner boxes not: no item lends its label to another', async () => {
    const result = await both({ 'app/signup/page.tsx': signUp('{ remember: true, newsletter: false, partners: false }') }, 'app/signup/page.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});
