import { useState } from 'react';
import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { deleteAllConversations } from '../api/conversations';

export function DeleteChatsDialog() {
  const [deleting, setDeleting] = useState(false);

  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <button type="button" className="rounded-full bg-red-600 px-3 py-1.5 font-medium text-white">
          Delete all
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-black/50" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 w-[min(90vw,26rem)] -translate-x-1/2 -translate-y-1/2 rounded-2xl bg-white p-6">
          <AlertDialog.Title className="text-lg font-semibold">Clear your chat history?</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-neutral-700">
            This deletes every conversation on this account. It can&apos;t be undone.
          </AlertDialog.Description>
          <div className="mt-6 flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <button type="button" className="px-3 py-2 text-sm text-neutral-600 hover:underline">
                Cancel
              </button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button
                type="button"
                disabled={deleting}
                className="rounded-lg bg-red-600 px-4 py-2 text-sm font-semibold text-white"
                onClick={async (event) => {
                  event.preventDefault();
                  setDeleting(true);
                  await deleteAllConversations();
                  setDeleting(false);
                }}
              >
                {deleting ? 'Deleting…' : 'Confirm deletion'}
              </button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
