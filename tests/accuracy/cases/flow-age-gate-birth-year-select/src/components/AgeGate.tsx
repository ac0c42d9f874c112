import { useMemo, useState } from 'react';
import Cookies from 'js-cookie';
import { LEGAL_DRINKING_AGE, REGIONS } from '@/config/regions';

const CURRENT_YEAR = new Date().getFullYear();

type Props = {
  onVerified: () => void;
};

export function AgeGate({ onVerified }: Props) {
  const years = useMemo(() => Array.from({ length: 100 }, (_, i) => CURRENT_YEAR - i), []);
  const [birthYear, setBirthYear] = useState<number>(2000);
  const [region, setRegion] = useState('US');
  const [remember, setRemember] = useState(true);
  const [denied, setDenied] = useState(false);

  const minimumAge = LEGAL_DRINKING_AGE[region] ?? 21;

  const handleSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    if (CURRENT_YEAR - birthYear < minimumAge) {
      setDenied(true);
      return;
    }
    Cookies.set('hf_age_ok', '1', remember ? { expires: 30 } : undefined);
    onVerified();
  };

  if (denied) {
    return (
      <div className="fixed inset-0 z-50 grid place-items-center bg-stone-900 text-stone-100">
        <p className="max-w-sm text-center text-lg">
          Sorry, you need to be of legal drinking age in your region to visit Hopfield Brewing.
        </p>
      </div>
    );
  }

  return (
    <div className="fixed inset-0 z-50 grid place-items-center bg-stone-900/95 p-6">
      <form
        onSubmit={handleSubmit}
        aria-labelledby="age-gate-title"
        className="w-full max-w-sm rounded-xl bg-amber-50 p-8 text-stone-900 shadow-2xl"
      >
        <img src="/logo-hopfield.svg" alt="Hopfield Brewing" className="mx-auto mb-6 h-12" />
        <h1 id="age-gate-title" className="mb-2 text-center text-2xl font-bold">
          Before you come in
        </h1>
        <p className="mb-6 text-center text-stone-600">Please confirm your year of birth.</p>

        <label htmlFor="region" className="mb-1 block text-sm font-medium">
          Where are you visiting from?
        </label>
        <select
          id="region"
          value={region}
          onChange={(e) => setRegion(e.target.value)}
          className="mb-4 w-full rounded-md border border-stone-300 bg-white px-3 py-2"
        >
          {REGIONS.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>

        <label htmlFor="birth-year" className="mb-1 block text-sm font-medium">
          Year of birth
        </label>
        <select
          id="birth-year"
          name="birthYear"
          value={birthYear}
          onChange={(e) => setBirthYear(Number(e.target.value))}
          className="mb-4 w-full rounded-md border border-stone-300 bg-white px-3 py-2"
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>

        <label className="mb-6 flex items-center gap-2 text-sm">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
          Remember me on this device for 30 days
        </label>

        <button
          type="submit"
          className="w-full rounded-md bg-amber-600 py-3 font-semibold text-white hover:bg-amber-700"
        >
          Enter site
        </button>
      </form>
    </div>
  );
}
