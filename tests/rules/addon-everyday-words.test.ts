/**
 * Words that name a paid extra at a checkout also name everyday settings: "Priority", "Express mode", "Upgrade to
 * the latest version", "Show tips", "Round up to the nearest 15 minutes", Blueprint's tag input "Add on paste". On
 * by default in a settings form they sell nothing. They name an add-on only with a price in the label or where
 * something is bought: a price around the box (written, or formatted at run time) or a purchase among the buttons
 * beside it. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('addon-everyday-words');

const EDITOR_SETTINGS = `import { useState } from 'react';
import { toast } from 'sonner';
import { saveEditorSettings } from '@/lib/api/settings';

export function EditorSettingsForm() {
  const [addOnPaste, setAddOnPaste] = useState(true);
  const [priorityBadges, setPriorityBadges] = useState(true);
  const [express, setExpress] = useState(true);
  const [autoUpdate, setAutoUpdate] = useState(true);
  const [tips, setTips] = useState(true);
  const [roundUp, setRoundUp] = useState(true);
  const [saving, setSaving] = useState(false);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setSaving(true);
    await saveEditorSettings({ addOnPaste, priorityBadges, express, autoUpdate, tips, roundUp });
    setSaving(false);
    toast.success('Settings saved');
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border p-6">
      <h2 className="text-lg font-semibold">Editor</h2>
      <label className="flex items-center gap-2"><input type="checkbox" checked={addOnPaste} onChange={(e) => setAddOnPaste(e.target.checked)} /> Add on paste</label>
      <label className="flex items-center gap-2"><input type="checkbox" checked={priorityBadges} onChange={(e) => setPriorityBadges(e.target.checked)} /> Show priority badges on tasks</label>
      <label className="flex items-center gap-2"><input type="checkbox" checked={express} onChange={(e) => setExpress(e.target.checked)} /> Express mode</label>
      <label className="flex items-center gap-2"><input type="checkbox" checked={autoUpdate} onChange={(e) => setAutoUpdate(e.target.checked)} /> Automatically upgrade to the latest version</label>
      <label className="flex items-center gap-2"><input type="checkbox" checked={tips} onChange={(e) => setTips(e.target.checked)} /> Show a tip on startup</label>
      <label className="flex items-center gap-2"><input type="checkbox" checked={roundUp} onChange={(e) => setRoundUp(e.target.checked)} /> Round up tracked time to 15 minutes</label>
      <button type="submit" disabled={saving} className="rounded bg-slate-900 px-4 py-2 text-white">{saving ? 'Saving…' : 'Save'}</button>
    </form>
  );
}
`;

/** A checkout step: the order's total, formatted at run time, and "Place order". */
const CHECKOUT = (extra: string, summary = '<p className="flex justify-between font-medium"><span>Order total</span><span>{formatPrice(total)}</span></p>', action = 'Place order') => `import { useForm } from 'react-hook-form';
import { formatPrice } from '@/lib/money';
import { useCart } from '@/hooks/use-cart';

type CheckoutValues = { extra: boolean };

export function ReviewStep({ onPlaceOrder }: { onPlaceOrder: (values: CheckoutValues) => void }) {
  const { total } = useCart();
  const { register, handleSubmit } = useForm<CheckoutValues>({ defaultValues: { extra: true } });
  return (
    <form onSubmit={handleSubmit(onPlaceOrder)} className="space-y-4">
      ${summary}
      <label className="flex items-center gap-2">
        <input type="checkbox" {...register('extra')} />
        ${extra}
      </label>
      <button type="submit" className="w-full rounded bg-emerald-600 py-3 text-white">${action}</button>
    </form>
  );
}
`;

describe('everyday words that name a paid extra only where something is bought', () => {
  it('near-miss: an editor settings form with every such switch on reports nothing', async () => {
    const result = await both({ 'src/settings/EditorSettingsForm.tsx': EDITOR_SETTINGS }, 'src/settings/EditorSettingsForm.tsx', ['no-preselected-addon']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it.each([['Priority processing'], ['Tip for your courier'], ['Upgrade to next-day delivery']])('reports "%s" ticked at a checkout that totals the order and places it', async (extra) => {
    const result = await both({ 'src/checkout/ReviewStep.tsx': CHECKOUT(extra) }, 'src/checkout/ReviewStep.tsx', ['no-preselected-addon']);
    expect(result.checker).toEqual(['no-preselected-addon preselectedAddon 14:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('reports it where only the total says a sale, or only the button', async () => {
    const totalOnly = await both({ 'src/checkout/ReviewStep.tsx': CHECKOUT('Priority processing', undefined, 'Continue') }, 'src/checkout/ReviewStep.tsx', ['no-preselected-addon']);
    expect(totalOnly.checker).toEqual(['no-preselected-addon preselectedAddon 14:9']);
    expect(totalOnly.eslint).toEqual(totalOnly.checker);
    const buttonOnly = await both({ 'src/checkout/ReviewStep.tsx': CHECKOUT('Priority processing', '<h2 className="text-lg">Review your order</h2>', 'Pay now') }, 'src/checkout/ReviewStep.tsx', ['no-preselected-addon']);
    expect(buttonOnly.checker).toEqual(['no-preselected-addon preselectedAddon 14:9']);
    expect(buttonOnly.eslint).toEqual(buttonOnly.checker);
    const neither = await both({ 'src/checkout/ReviewStep.tsx': CHECKOUT('Priority processing', '<h2 className="text-lg">Review your order</h2>', 'Continue') }, 'src/checkout/ReviewStep.tsx', ['no-preselected-addon']);
    expect(neither).toEqual({ eslint: [], checker: [] });
  });

  it('reports it under a heading that offers extras, as shadcn/ui\'s subscription form has', async () => {
    const form = `import { updatePlan } from '@/app/actions/billing';

export function PlanForm() {
  return (
    <form action={updatePlan} className="space-y-6">
      <fieldset className="space-y-3">
        <legend className="font-medium">Add-ons</legend>
        <p className="text-sm text-muted-foreground">Select additional features you'd like to include.</p>
        <label className="flex items-center gap-2"><input type="checkbox" name="addons" value="backups" /> Daily backups</label>
        <label className="flex items-center gap-2"><input type="checkbox" name="addons" value="priority-support" defaultChecked /> Priority support</label>
      </fieldset>
      <button type="submit" className="rounded-md bg-primary px-4 py-2 text-primary-foreground">Save changes</button>
    </form>
  );
}
`;
    const result = await both({ 'src/billing/PlanForm.tsx': form }, 'src/billing/PlanForm.tsx', ['no-preselected-addon']);
    expect(result.checker).toEqual(['no-preselected-addon preselectedAddon 10:52']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('reports a queue jump anywhere: going before others is what is sold (civitai\'s "High Priority" training)', async () => {
    const settings = EDITOR_SETTINGS.replace('Show priority badges on tasks', 'High priority: jump to the front of the training queue');
    const result = await both({ 'src/settings/EditorSettingsForm.tsx': settings }, 'src/settings/EditorSettingsForm.tsx', ['no-preselected-addon']);
    expect(result.checker).toEqual(['no-preselected-addon preselectedAddon 26:50']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('reports an everyday word with a price in its own label, wherever it is', async () => {
    const settings = EDITOR_SETTINGS.replace('Express mode', 'Express mode (+$4/month)');
    const result = await both({ 'src/settings/EditorSettingsForm.tsx': settings }, 'src/settings/EditorSettingsForm.tsx', ['no-preselected-addon']);
    expect(result.checker).toEqual(['no-preselected-addon preselectedAddon 27:50']);
    expect(result.eslint).toEqual(result.checker);
  });
});
