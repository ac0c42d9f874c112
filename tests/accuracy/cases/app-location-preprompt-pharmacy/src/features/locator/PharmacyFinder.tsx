import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { LocationPrePrompt } from './LocationPrePrompt';

export function PharmacyFinder() {
  const [showPrePrompt, setShowPrePrompt] = useState(true);
  const [postcode, setPostcode] = useState('');
  const navigate = useNavigate();

  return (
    <main className="mx-auto max-w-md px-4 py-6">
      <h1 className="text-2xl font-bold">Pharmacies</h1>
      <form
        className="mt-4 flex gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          navigate(`/pharmacies?postcode=${encodeURIComponent(postcode.trim())}`);
        }}
      >
        <label htmlFor="postcode" className="sr-only">
          Postcode
        </label>
        <input
          id="postcode"
          name="postcode"
          inputMode="text"
          autoComplete="postal-code"
          placeholder="Postcode, e.g. LS1 4DY"
          value={postcode}
          onChange={(event) => setPostcode(event.target.value)}
          className="flex-1 rounded-xl border border-slate-300 px-4 py-3 text-base"
        />
        <button type="submit" className="rounded-xl bg-teal-700 px-5 text-base font-semibold text-white">
          Search
        </button>
      </form>
      {showPrePrompt && (
        <LocationPrePrompt
          onClose={() => setShowPrePrompt(false)}
          onSearchByPostcode={() => {
            setShowPrePrompt(false);
            document.getElementById('postcode')?.focus();
          }}
        />
      )}
    </main>
  );
}
