import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { useGeolocation } from './useGeolocation';

type Props = {
  onSearchByPostcode: () => void;
  onClose: () => void;
};

export function LocationPrePrompt({ onSearchByPostcode, onClose }: Props) {
  const { state, locate } = useGeolocation();
  const navigate = useNavigate();

  useEffect(() => {
    if (state.status === 'found') {
      navigate(`/pharmacies?near=${state.lat.toFixed(3)},${state.lng.toFixed(3)}`);
    }
  }, [state, navigate]);

  return (
    <div role="dialog" aria-labelledby="locate-title" className="fixed inset-x-0 bottom-0 rounded-t-3xl bg-white px-5 pb-8 pt-4 shadow-2xl">
      <div className="flex justify-end">
        <button type="button" aria-label="Close" onClick={onClose} className="p-2 text-2xl leading-none text-slate-500">
          ×
        </button>
      </div>
      <img src="/img/map-pin.svg" alt="" className="mx-auto h-16 w-16" />
      <h2 id="locate-title" className="mt-3 text-center text-xl font-bold text-slate-900">
        Find a pharmacy near you
      </h2>
      <p className="mt-2 text-center text-base text-slate-700">
        Your browser will ask to share your location once. We only use it for this search to list open pharmacies
        within walking distance, and we don&apos;t keep it.
      </p>

      {state.status === 'denied' && (
        <p role="alert" className="mt-3 rounded-lg bg-amber-50 p-3 text-base text-amber-900">
          Location is blocked for this site. You can allow it in your browser settings, or search by postcode.
        </p>
      )}
      {state.status === 'unavailable' && (
        <p role="alert" className="mt-3 rounded-lg bg-amber-50 p-3 text-base text-amber-900">
          We couldn&apos;t work out where you are. Try searching by postcode.
        </p>
      )}

      <div className="mt-6 grid gap-3">
        <button
          type="button"
          onClick={locate}
          disabled={state.status === 'locating'}
          className="rounded-xl bg-teal-700 py-3.5 text-base font-semibold text-white disabled:opacity-70"
        >
          {state.status === 'locating' ? 'Finding you…' : 'Use my location'}
        </button>
        <button
          type="button"
          onClick={onSearchByPostcode}
          className="rounded-xl bg-slate-700 py-3.5 text-base font-semibold text-white"
        >
          Search by postcode
        </button>
      </div>
    </div>
  );
}
