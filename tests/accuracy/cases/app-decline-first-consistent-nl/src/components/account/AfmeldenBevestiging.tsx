import { useState } from 'react';
import { zetNieuwsbrief } from '@/api/klant';

export function AfmeldenBevestiging({ onSluit }: { onSluit: () => void }) {
  const [klaar, setKlaar] = useState(false);

  if (klaar) {
    return <p role="status">Je bent afgemeld voor de nieuwsbrief. Jammer dat je gaat!</p>;
  }

  return (
    <div role="alertdialog" aria-labelledby="afmelden-titel" className="rounded-xl bg-white p-5 shadow">
      <h3 id="afmelden-titel" className="text-base font-semibold">
        Wil je je afmelden voor de wekelijkse nieuwsbrief?
      </h3>
      <div className="mt-4 flex gap-3">
        <button
          type="button"
          className="rounded-lg bg-red-700 px-5 py-2.5 text-base font-semibold text-white"
          onClick={async () => {
            await zetNieuwsbrief(false);
            setKlaar(true);
          }}
        >
          Ja, afmelden
        </button>
        <button type="button" className="rounded-lg px-5 py-2.5 text-base text-stone-700" onClick={onSluit}>
          Annuleren
        </button>
      </div>
    </div>
  );
}
