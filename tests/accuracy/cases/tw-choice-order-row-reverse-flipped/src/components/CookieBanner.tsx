import { useConsent } from '../hooks/useConsent';

const btn =
  'rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-500 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';

export function CookieBanner() {
  const { status, acceptAll, rejectAll } = useConsent();

  if (status !== 'unknown') return null;

  return (
    <div
      role="dialog"
      aria-live="polite"
      aria-label="Cookies"
      className="fixed inset-x-0 bottom-0 z-50 border-t border-slate-200 bg-white px-6 py-4"
    >
      <div className="mx-auto flex max-w-5xl flex-col gap-4 md:flex-row md:items-center md:justify-between">
        <p className="text-sm text-slate-700">
          Quill uses cookies for analytics and to measure our advertising. Strictly necessary
          cookies are always on.
        </p>
        <div className="flex shrink-0 gap-3">
          <button type="button" className={btn} onClick={acceptAll}>
            Accept all
          </button>
          <button type="button" className={btn} onClick={rejectAll}>
            Reject all
          </button>
        </div>
      </div>
    </div>
  );
}
