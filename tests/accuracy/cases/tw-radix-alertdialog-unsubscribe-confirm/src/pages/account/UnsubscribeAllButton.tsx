import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { unsubscribeFromAllMarketing } from '@/api/emailPreferences';
import { useToast } from '@/hooks/useToast';

export function UnsubscribeAllButton({ email }: { email: string }) {
  const queryClient = useQueryClient();
  const { toast } = useToast();

  const { mutate, isPending } = useMutation({
    mutationFn: unsubscribeFromAllMarketing,
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ['email-preferences'] });
      toast({ title: 'You have been unsubscribed from marketing emails.' });
    },
    onError: () => toast({ title: 'Something went wrong', variant: 'error' }),
  });

  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <button
          type="button"
          className="text-sm font-medium text-red-600 underline-offset-4 hover:underline"
        >
          Unsubscribe from all marketing emails
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[90vw] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-xl bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold text-gray-900">
            Unsubscribe from all marketing emails?
          </AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-gray-600">
            {email} will stop getting our newsletter, sale announcements and personalised
            recommendations. Order confirmations and delivery updates will still arrive.
          </AlertDialog.Description>
          <div className="mt-6 flex justify-end gap-3">
            <AlertDialog.Cancel className="px-3 py-2 text-sm font-medium text-gray-600 hover:text-gray-900">
              Cancel
            </AlertDialog.Cancel>
            <AlertDialog.Action
              disabled={isPending}
              onClick={() => mutate()}
              className="rounded-lg bg-red-600 px-4 py-2 text-sm font-semibold text-white hover:bg-red-700 disabled:opacity-60"
            >
              Yes, unsubscribe
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
