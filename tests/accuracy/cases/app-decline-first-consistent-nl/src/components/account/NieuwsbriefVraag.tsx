import { useState } from 'react';
import { zetNieuwsbrief } from '@/api/klant';

export function NieuwsbriefVraag({ voornaam, onKlaar }: { voornaam: string; onKlaar: () => void }) {
  const [bezig, setBezig] = useState(false);

  async function kies(aanmelden: boolean) {
    setBezig(true);
    try {
      await zetNieuwsbrief(aanmelden);
    } finally {
      setBezig(false);
      onKlaar();
    }
  }

  return (
    <section aria-labelledby="nieuwsbrief-titel" className="rounded-xl border border-stone-200 bg-stone-50 p-5">
      <h3 id="nieuwsbrief-titel" className="text-base font-semibold text-stone-900">
        Welkom, {voornaam}! Wekelijks onze aanbiedingen ontvangen?
      </h3>
      <p className="mt-1 text-base text-stone-800">
        Elke donderdag mailen we je de nieuwe aanbiedingen en seizoensrecepten. Afmelden kan onderaan elke mail.
      </p>
      <div className="mt-4 flex gap-3">
        <button
          type="button"
          disabled={bezig}
          onClick={() => kies(false)}
          className="rounded-lg bg-emerald-800 px-5 py-2.5 text-base font-semibold text-white"
        >
          Nee, liever niet
        </button>
        <button
          type="button"
          disabled={bezig}
          onClick={() => kies(true)}
          className="rounded-lg bg-emerald-800 px-5 py-2.5 text-base font-semibold text-white"
        >
          Ja, graag
        </button>
      </div>
    </section>
  );
}
