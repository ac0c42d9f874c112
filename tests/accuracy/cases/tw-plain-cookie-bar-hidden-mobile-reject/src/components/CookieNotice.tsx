import { useEffect, useState } from 'react';

import { readConsent, writeConsent, type ConsentChoice } from '../lib/consent';
import { bootAdStack } from '../lib/ads';
import { PreferencesDrawer } from './PreferencesDrawer';

export function CookieNotice() {
  const [choice, setChoice] = useState<ConsentChoice | null | undefined>(undefined);
  const [showPrefs, setShowPrefs] = useState(false);

  useEffect(() => {
    setChoice(readConsent());
  }, []);

  function decide(next: ConsentChoice) {
    writeConsent(next);
    if (next === 'all') bootAdStack();
    setChoice(next);
  }

  if (choice !== null) return null;

  return (
    <>
      <div
        role="region"
        aria-label="Cookie notice"
        className="fixed inset-x-3 bottom-3 z-50 rounded-2xl bg-white p-5 shadow-xl ring-1 ring-black/5 sm:inset-x-auto sm:right-6 sm:bottom-6 sm:max-w-sm"
      >
        <p className="text-sm font-semibold text-gray-900">Cookies on Crumbs 🍪</p>
        <p className="mt-1 text-sm text-gray-700">
          We use cookies to save your recipe box and to understand what you cook.
        </p>
        <p className="mt-2 text-[10px] leading-snug text-gray-400">
          With your consent, our 38 advertising partners receive your browsing history on Crumbs and
          may keep it for up to 13 months to build interest profiles.
        </p>

        <div className="mt-4 flex items-center gap-2">
          <button
            type="button"
            onClick={() => decide('all')}
            className="inline-flex flex-1 items-center justify-center rounded-full bg-orange-600 px-4 py-2 text-sm font-semibold text-white hover:bg-orange-700"
          >
            Accept all
          </button>
          <button
            type="button"
            onClick={() => decide('necessary')}
            className="hidden flex-1 items-center justify-center rounded-full border border-gray-300 px-4 py-2 text-sm font-semibold text-gray-800 hover:bg-gray-50 sm:inline-flex"
          >
            Reject all
          </button>
          <button
            type="button"
            onClick={() => setShowPrefs(true)}
            className="px-2 py-2 text-sm font-medium text-gray-600 underline underline-offset-2"
          >
            Options
          </button>
        </div>
      </div>
      <PreferencesDrawer open={showPrefs} onClose={() => setShowPrefs(false)} onSave={decide} />
    </>
  );
}
