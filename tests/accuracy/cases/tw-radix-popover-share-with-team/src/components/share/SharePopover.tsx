import { useState } from 'react';
import * as Popover from '@radix-ui/react-popover';
import * as Switch from '@radix-ui/react-switch';
import * as Checkbox from '@radix-ui/react-checkbox';
import { CheckIcon, Share1Icon } from '@radix-ui/react-icons';

import { inviteToBoard } from '@/api/boards';
import { MemberPicker, type Member } from './MemberPicker';

type Props = { boardId: string; boardName: string };

export function SharePopover({ boardId, boardName }: Props) {
  const [open, setOpen] = useState(false);
  const [members, setMembers] = useState<Member[]>([]);
  const [status, setStatus] = useState<'idle' | 'sending' | 'error'>('idle');

  async function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setStatus('sending');
    try {
      await inviteToBoard(boardId, {
        memberIds: members.map((m) => m.id),
        notify: data.get('notify') === 'on',
        editorsCanReshare: data.get('reshare') === 'on',
      });
      setMembers([]);
      setStatus('idle');
      setOpen(false);
    } catch {
      setStatus('error');
    }
  }

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button className="inline-flex items-center gap-2 rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700">
          <Share1Icon /> Share with team
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={8}
          className="z-50 w-80 rounded-lg border border-gray-200 bg-white p-4 shadow-xl"
        >
          <form onSubmit={handleSubmit} className="space-y-4">
            <div>
              <h3 className="text-sm font-semibold text-gray-900">Share “{boardName}”</h3>
              <p className="mt-1 text-xs text-gray-500">Teammates get edit access to this board.</p>
            </div>
            <MemberPicker value={members} onChange={setMembers} />

            <label className="flex items-center gap-2 text-sm text-gray-700">
              <Checkbox.Root
                name="notify"
                defaultChecked
                className="flex size-4 items-center justify-center rounded border border-gray-300 data-[state=checked]:border-blue-600 data-[state=checked]:bg-blue-600"
              >
                <Checkbox.Indicator>
                  <CheckIcon className="text-white" />
                </Checkbox.Indicator>
              </Checkbox.Root>
              Notify people by email
            </label>

            <div className="flex items-center justify-between">
              <label htmlFor="reshare" className="text-sm text-gray-700">
                Editors can share with others
              </label>
              <Switch.Root
                id="reshare"
                name="reshare"
                defaultChecked
                className="relative h-5 w-9 rounded-full bg-gray-300 data-[state=checked]:bg-blue-600"
              >
                <Switch.Thumb className="block size-4 translate-x-0.5 rounded-full bg-white transition-transform data-[state=checked]:translate-x-[18px]" />
              </Switch.Root>
            </div>

            {status === 'error' && <p className="text-xs text-red-600">Couldn’t send invites. Try again.</p>}

            <div className="flex justify-end gap-2">
              <Popover.Close className="rounded-md px-3 py-1.5 text-sm text-gray-600 hover:bg-gray-100">
                Cancel
              </Popover.Close>
              <button
                type="submit"
                disabled={members.length === 0 || status === 'sending'}
                className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-50"
              >
                {status === 'sending' ? 'Sending…' : 'Share'}
              </button>
            </div>
          </form>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
