/**
 * A partner-sharing dialog as health apps write it (Radix Dialog, Tailwind, TanStack Query): its description lists
 * what is shared ("your daily steps, heart rate and sleep data"), and its "Don't share" is `sr-only` until it gets
 * keyboard focus, so mouse and touch users see only "Share my activity". The list reads as one clause, so the
 * description names its purpose; the decline nobody sees is no-hidden-decline's finding, and not also a weaker
 * drawing of a choice (no-unbalanced-choices). Through both front doors.
 */
import { describe, expect, it } from 'vitest';
import { bothDoors } from '../helpers/both-doors.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('sr-only-decline');

const PACKAGE = JSON.stringify({ name: 'stride', private: true, dependencies: { react: '18.3.1', '@radix-ui/react-dialog': '1.1.2', '@tanstack/react-query': '5.59.0', clsx: '2.1.1' }, devDependencies: { tailwindcss: '3.4.14' } });

const DIALOG = (declineClasses: string) => `import * as Dialog from '@radix-ui/react-dialog';
import { useMutation } from '@tanstack/react-query';
import { updateSharingPreference } from '@/api/partners';
import type { Partner } from '@/types';

export function PartnerSharingDialog({ partner, open, onOpenChange }: { partner: Partner; open: boolean; onOpenChange: (open: boolean) => void }) {
  const mutation = useMutation({ mutationFn: (share: boolean) => updateSharingPreference({ partnerId: partner.id, share }), onSuccess: () => onOpenChange(false) });
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Content className="fixed left-1/2 top-1/2 w-[92vw] max-w-md rounded-2xl bg-white p-6 shadow-2xl">
          <Dialog.Title className="text-xl font-semibold text-slate-900">Earn rewards with {partner.name}</Dialog.Title>
          <Dialog.Description className="mt-2 text-base text-slate-600">
            Share your daily steps, heart rate and sleep data with {partner.name} and get up to 15% off your premium.
          </Dialog.Description>
          <div className="mt-6 flex flex-col gap-2">
            <button type="button" onClick={() => mutation.mutate(true)} className="w-full rounded-full bg-emerald-600 px-5 py-3 text-base font-semibold text-white">
              Share my activity
            </button>
            <Dialog.Close className="${declineClasses}" onClick={() => mutation.mutate(false)}>
              Don&apos;t share
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
`;

const FILE = 'src/features/partners/PartnerSharingDialog.tsx';

describe('a decline that is sr-only until focused, under a description that lists what is shared', () => {
  it('is reported as hidden, once', async () => {
    const dir = project({ 'package.json': PACKAGE, [FILE]: DIALOG('sr-only focus:not-sr-only focus:rounded-full focus:px-5 focus:py-3 focus:text-base') });
    const { checker, eslint } = await bothDoors(dir, FILE);
    expect(checker).toEqual(['20:13 no-hidden-decline hidden']);
    expect(eslint).toEqual(checker);
  });

  it('near-miss: the same decline drawn as the accept is, beside it', async () => {
    const dir = project({ 'package.json': PACKAGE, [FILE]: DIALOG('w-full rounded-full bg-slate-900 px-5 py-3 text-base font-semibold text-white') });
    expect(await bothDoors(dir, FILE)).toEqual({ checker: [], eslint: [] });
  });
});
