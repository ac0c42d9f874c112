import { Description, Field, Label, Switch } from '@headlessui/react';

type PreferenceRowProps = {
  title: string;
  description: string;
  checked: boolean;
  onChange?: (value: boolean) => void;
  disabled?: boolean;
};

export function PreferenceRow({ title, description, checked, onChange, disabled }: PreferenceRowProps) {
  return (
    <Field
      disabled={disabled}
      className="flex items-start justify-between gap-6 rounded-xl border border-zinc-200 p-4 data-[disabled]:bg-zinc-50"
    >
      <div>
        <Label className="text-sm font-medium text-zinc-900">{title}</Label>
        <Description className="mt-1 text-sm text-zinc-600">{description}</Description>
      </div>
      <Switch
        checked={checked}
        onChange={onChange}
        className="group relative mt-1 inline-flex h-6 w-11 shrink-0 items-center rounded-full bg-zinc-300 transition data-[checked]:bg-violet-600 data-[disabled]:cursor-not-allowed data-[disabled]:opacity-60"
      >
        <span className="size-4 translate-x-1 rounded-full bg-white transition group-data-[checked]:translate-x-6" />
      </Switch>
    </Field>
  );
}
