import { useCookieKeuze } from '@/privacy/useCookieKeuze';

const knop = 'min-w-36 rounded-lg bg-emerald-800 px-5 py-2.5 text-base font-semibold text-white hover:bg-emerald-900';

export function CookieMelding() {
  const { keuzeNodig, weiger, accepteer } = useCookieKeuze();
  if (!keuzeNodig) return null;

  return (
    <div role="dialog" aria-labelledby="cookie-titel" className="fixed inset-x-4 bottom-4 z-50 mx-auto max-w-2xl rounded-2xl bg-white p-6 shadow-2xl">
      <h2 id="cookie-titel" className="text-lg font-bold text-stone-900">
        Cookies bij Versmarkt
      </h2>
      <p className="mt-2 text-base text-stone-800">
        We gebruiken analytische cookies om te zien hoe de webwinkel wordt gebruikt en advertentiecookies van
        partners om je aanbiedingen op andere sites te tonen. Functionele cookies voor je winkelmand staan altijd aan.
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" className={knop} onClick={weiger}>
          Weigeren
        </button>
        <button type="button" className={knop} onClick={accepteer}>
          Accepteren
        </button>
      </div>
    </div>
  );
}
