import { useState } from 'react';
import { setTrainingPreference } from '@/api/ai';
import { track } from '@/lib/telemetry';

type Props = {
  open: boolean;
  onAnswered: (allowed: boolean) => void;
};

export function TrainingOptIn({ open, onAnswered }: Props) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!open) return null;

  async function respond(allowed: boolean) {
    setPending(true);
    setError(null);
    try {
      await setTrainingPreference({ allowed });
      track('ai_training_prompt', { allowed });
      onAnswered(allowed);
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Could not save');
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="fixed inset-0 z-50 grid place-items-center bg-black/50 p-4">
      <div role="dialog" aria-modal="true" aria-labelledby="training-title" className="w-full max-w-md rounded-2xl bg-white p-6">
        <h2 id="training-title" className="text-lg font-semibold text-zinc-900">
          Help train Auto-Enhance
        </h2>
        <p className="mt-2 text-sm text-zinc-700">
          With your permission, Lumen will use the photos you edit and the adjustments you make to train our
          Auto-Enhance model. Photos are stored for up to 12 months for training and are never shown to other users.
        </p>
        {error && <p className="mt-2 text-sm text-red-600">{error}</p>}
        <div className="mt-5 flex justify-end gap-2">
          <button
            type="button"
            disabled={pending}
            onClick={() => respond(false)}
            className="rounded-md bg-zinc-800 px-4 py-2 text-sm font-semibold text-white"
          >
            Don&apos;t allow
          </button>
          <button
            type="button"
            disabled={pending}
            onClick={() => respond(true)}
            className="rounded-md bg-violet-600 px-4 py-2 text-sm font-semibold text-white"
          >
            Allow
          </button>
        </div>
      </div>
    </div>
  );
}
