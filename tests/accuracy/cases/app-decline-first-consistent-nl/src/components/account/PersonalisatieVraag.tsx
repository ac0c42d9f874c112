import * as Dialog from '@radix-ui/react-dialog';
import { zetPersonalisatie } from '@/api/klant';

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

export function PersonalisatieVraag({ open, onOpenChange }: Props) {
  async function kies(toestaan: boolean) {
    await zetPersonalisatie({ aankoophistorie: toestaan });
    onOpenChange(false);
  }

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-black/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 w-[min(92vw,28rem)] -translate-x-1/2 -translate-y-1/2 rounded-2xl bg-white p-6">
          <Dialog.Title className="text-lg font-bold text-stone-900">Persoonlijke aanbiedingen</Dialog.Title>
          <Dialog.Description className="mt-2 text-base text-stone-800">
            Mogen we je aankoophistorie gebruiken om de aanbiedingen in de app en in onze mails op jou af te stemmen?
            Je kunt dit altijd wijzigen onder Mijn gegevens.
          </Dialog.Description>
          {/* zelfde volgorde als de cookiemelding: weigeren links */}
          <div className="mt-5 flex flex-row-reverse justify-end gap-3">
            <button
              type="button"
              onClick={() => kies(true)}
              className="rounded-lg bg-emerald-800 px-5 py-2.5 text-base font-semibold text-white"
            >
              Toestaan
            </button>
            <button
              type="button"
              onClick={() => kies(false)}
              className="rounded-lg bg-emerald-800 px-5 py-2.5 text-base font-semibold text-white"
            >
              Niet toestaan
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
