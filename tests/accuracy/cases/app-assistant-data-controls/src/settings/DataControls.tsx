import * as Switch from '@radix-ui/react-switch';
import { useDataControls, useUpdateDataControls, type DataControls as Controls } from '../api/dataControls';
import { DeleteChatsDialog } from './DeleteChatsDialog';
import { requestExport } from '../api/exports';

const switchRoot =
  'relative h-6 w-11 shrink-0 rounded-full bg-neutral-300 transition-colors data-[state=checked]:bg-neutral-900 disabled:opacity-50';
const switchThumb =
  'block size-5 translate-x-0.5 rounded-full bg-white shadow transition-transform data-[state=checked]:translate-x-[22px]';

function SettingRow({
  id,
  title,
  description,
  field,
}: {
  id: string;
  title: string;
  description: string;
  field: keyof Controls;
}) {
  const { data, isPending } = useDataControls();
  const update = useUpdateDataControls();

  return (
    <div className="flex items-start justify-between gap-6 border-b border-neutral-200 py-4">
      <div>
        <label htmlFor={id} className="text-sm font-medium text-neutral-900">
          {title}
        </label>
        <p className="mt-1 text-sm text-neutral-700">{description}</p>
      </div>
      <Switch.Root
        id={id}
        className={switchRoot}
        disabled={isPending}
        checked={data?.[field] ?? false}
        onCheckedChange={(value) => update.mutate({ [field]: value })}
      >
        <Switch.Thumb className={switchThumb} />
      </Switch.Root>
    </div>
  );
}

export function DataControlsPanel() {
  const { isError, refetch } = useDataControls();

  if (isError) {
    return (
      <div className="p-6 text-sm">
        Couldn&apos;t load your settings.{' '}
        <button type="button" className="underline" onClick={() => refetch()}>
          Retry
        </button>
      </div>
    );
  }

  return (
    <section aria-labelledby="data-controls-heading" className="px-6">
      <h2 id="data-controls-heading" className="py-4 text-base font-semibold">
        Data controls
      </h2>
      <SettingRow
        id="improve-model"
        field="improveModel"
        title="Improve the model for everyone"
        description="Allow your chats and uploaded files to be used to train future versions of Atlas. Chats in temporary mode are never used."
      />
      <SettingRow
        id="include-voice"
        field="includeVoice"
        title="Include voice recordings"
        description="Also use audio from voice conversations for training. Only applies when the setting above is on."
      />
      <SettingRow
        id="chat-history"
        field="chatHistory"
        title="Chat history"
        description="Save new chats to your sidebar on this account."
      />

      <div className="flex items-center justify-between border-b border-neutral-200 py-4 text-sm">
        <span>Export data</span>
        <button type="button" className="rounded-full border border-neutral-300 px-3 py-1.5" onClick={() => requestExport()}>
          Export
        </button>
      </div>
      <div className="flex items-center justify-between py-4 text-sm">
        <span>Delete all chats</span>
        <DeleteChatsDialog />
      </div>
    </section>
  );
}
