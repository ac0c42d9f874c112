import { useMutation } from '@tanstack/react-query';

import { setTrainingPreference } from '../../api/assistant';

type Props = { workspaceName: string; onAnswered: () => void };

export function TrainingOptIn({ workspaceName, onAnswered }: Props) {
  const { mutate, isPending } = useMutation({
    mutationFn: (allow: boolean) => setTrainingPreference({ allow }),
    onSuccess: onAnswered,
  });

  return (
    <div
      role="dialog"
      aria-labelledby="training-title"
      className="mx-auto max-w-md rounded-2xl bg-white p-6 shadow-lg ring-1 ring-slate-200"
    >
      <h2 id="training-title" className="text-lg font-semibold text-slate-900">
        Help improve Quill Assistant
      </h2>
      <p className="mt-2 text-sm text-slate-600">
        May we use the drafts you write in {workspaceName} to train the models behind Quill
        Assistant? You can change this later in Settings.
      </p>
      <div className="mt-6 flex flex-row-reverse gap-3">
        <button
          type="button"
          disabled={isPending}
          onClick={() => mutate(true)}
          className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-500 disabled:opacity-50"
        >
          Allow
        </button>
        <button
          type="button"
          disabled={isPending}
          onClick={() => mutate(false)}
          className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-500 disabled:opacity-50"
        >
          Don&apos;t allow
        </button>
      </div>
    </div>
  );
}
