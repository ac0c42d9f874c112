import * as Dialog from '@radix-ui/react-dialog';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import clsx from 'clsx';

import { updateSharingPreference } from '@/api/profile';
import { useCurrentUser } from '@/hooks/useCurrentUser';
import { PartnerLogo } from './PartnerLogo';

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  partner: { id: string; name: string; logoUrl: string };
};

export function PartnerSharingDialog({ open, onOpenChange, partner }: Props) {
  const queryClient = useQueryClient();
  const { data: user } = useCurrentUser();

  const mutation = useMutation({
    mutationFn: (share: boolean) =>
      updateSharingPreference({ partnerId: partner.id, share }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ['profile', user?.id] });
      onOpenChange(false);
    },
  });

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-slate-900/60 data-[state=open]:animate-in data-[state=open]:fade-in" />
        <Dialog.Content className="fixed left-1/2 top-1/2 w-[92vw] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-2xl bg-white p-6 shadow-2xl focus:outline-none">
          <PartnerLogo src={partner.logoUrl} alt={partner.name} className="h-10" />
          <Dialog.Title className="mt-4 text-xl font-semibold text-slate-900">
            Earn rewards with {partner.name}
          </Dialog.Title>
          <Dialog.Description className="mt-2 text-base text-slate-600">
            Share your daily steps, heart rate and sleep data with {partner.name} and get up to
            15% off your premium every year you stay active.
          </Dialog.Description>

          {mutation.isError && (
            <p role="alert" className="mt-3 text-sm text-red-600">
              Something went wrong. Please try again.
            </p>
          )}

          <div className="mt-6 flex flex-col gap-2">
            <button
              type="button"
              disabled={mutation.isPending}
              onClick={() => mutation.mutate(true)}
              className={clsx(
                'w-full rounded-full bg-emerald-600 px-5 py-3 text-base font-semibold text-white',
                'hover:bg-emerald-700 disabled:opacity-60',
              )}
            >
              Share my activity
            </button>
            <Dialog.Close
              className="sr-only focus:not-sr-only focus:rounded-full focus:px-5 focus:py-3 focus:text-base"
              onClick={() => mutation.mutate(false)}
            >
              Don&apos;t share
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
