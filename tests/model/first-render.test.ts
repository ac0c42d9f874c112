/**
 * Values as the first render shows them, within one file: state at its initial value through ternaries and `&&`
 * (a loading label is the label people see), a label known in one branch only, lists over constant arrays,
 * react-hook-form and Formik defaults, useReducer, DEFAULTS spread into state, numbers and prices in text as typed
 * slots. Near-misses stay unknown: two different labels under an unknown test, a list of server data, a form whose
 * defaults come from the server.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { textContent, writeSlots } from '../../src/model/query.js';
import type { AttributeValue, UIElement, UIModel } from '../../src/model/types.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';

function model(source: string): UIModel {
  const parsed = parseWithTypescriptEstree(source, 'Component.tsx');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return buildModel(parsed.value);
}

const named = (m: UIModel, name: string): UIElement[] => m.elements.filter((e) => e.name === name);

interface Read {
  kind: AttributeValue['kind'];
  value?: unknown;
  binding?: string;
  reason?: string;
}

function value(element: UIElement | undefined, attribute: string): Read {
  const found = element?.attributes.get(attribute)?.value;
  if (!found) throw new Error(`no ${attribute}`);
  const { kind } = found;
  if (found.kind === 'static') return { kind, value: found.value, ...(found.binding ? { binding: found.binding } : {}) };
  if (found.kind === 'initial') return { kind, value: found.value, binding: found.binding };
  if (found.kind === 'dynamic') return { kind, reason: found.reason };
  return { kind };
}

describe('first render: state with a known initial value picks the branch', () => {
  it('reads a submit label behind a pending flag, and the known branch beside a spinner', () => {
    const m = model(`
      import { useState } from 'react';
      import { useMutation } from '@tanstack/react-query';
      import { Spinner } from '@/components/Spinner';
      import { saveConsent } from '@/api/consent';

      export function NewsletterSignup({ busy }: { busy: boolean }) {
        const [submitting, setSubmitting] = useState(false);
        const mutation = useMutation({ mutationFn: saveConsent });
        return (
          <form onSubmit={() => setSubmitting(true)}>
            <button type="submit">{submitting ? 'Saving…' : 'Subscribe'}</button>
            <button type="button">{busy ? <Spinner size="sm" /> : 'No thanks'}</button>
            <button type="button">{busy ? 'Saving…' : 'Maybe later'}</button>
            <button type="button">{mutation.isPending ? 'Saving…' : 'Remind me'}</button>
          </form>
        );
      }`);
    const [subscribe, noThanks, later, remind] = named(m, 'button');
    expect(textContent(subscribe as UIElement)).toEqual({ value: 'Subscribe', complete: true });
    // The test is a prop the source can't decide, but only one branch is text.
    expect(textContent(noThanks as UIElement)).toEqual({ value: 'No thanks', complete: true });
    // Two different labels under a test that can't be read: unknown, not guessed.
    expect(textContent(later as UIElement).complete).toBe(false);
    // A TanStack mutation is idle until it is called: the resting label.
    expect(textContent(remind as UIElement)).toEqual({ value: 'Remind me', complete: true });
  });

  it("reads React's action and transition hooks as idle, their state at its initial value; another module's hook of the same name stays unknown", () => {
    const m = model(`
      'use client';
      import { useActionState, useDeferredValue, useOptimistic, useTransition } from 'react';
      import { useFormState, useFormStatus } from 'react-dom';
      import { useTransition as useRouteTransition } from '@/lib/router';
      import { savePreferences, subscribe } from '@/app/actions/preferences';

      const initialState = { saved: false, message: 'Choose what we may email you' };

      export function EmailPreferences({ prefs }: { prefs: { news: boolean } }) {
        const [state, formAction, isPending] = useActionState(savePreferences, initialState);
        const [legacy, legacyAction] = useFormState(subscribe, { done: false });
        const [optimistic, setOptimistic] = useOptimistic(state.saved);
        const deferred = useDeferredValue(prefs.news, false);
        const [navigating, startNavigation] = useTransition();
        const [routing] = useRouteTransition();
        const { pending } = useFormStatus();
        return (
          <form action={formAction}>
            <p>{state.message}</p>
            <button type="submit">{isPending ? 'Saving…' : 'Save preferences'}</button>
            <button type="button">{legacy.done ? 'Subscribed' : 'Subscribe'}</button>
            <button type="button">{optimistic ? 'Saved' : 'Not saved yet'}</button>
            <button type="button">{deferred ? 'Turn off news' : 'Turn on news'}</button>
            <button type="button">{navigating || pending ? 'Opening…' : 'Manage partners'}</button>
            <button type="button">{routing ? 'Loading…' : 'Back'}</button>
          </form>
        );
      }`);
    const labels = named(m, 'button').map((b) => textContent(b));
    expect(textContent(named(m, 'p')[0] as UIElement)).toEqual({ value: 'Choose what we may email you', complete: true });
    expect(labels.slice(0, 5)).toEqual(['Save preferences', 'Subscribe', 'Not saved yet', 'Turn on news', 'Manage partners'].map((value) => ({ value, complete: true })));
    // A project's own hook that happens to share React's name is not React's.
    expect(labels[5]?.complete).toBe(false);
  });

  it('reads no one label for a button whose two branches read differently; a branch with no text leaves the other', () => {
    const m = model(`
      import { Spinner } from '@/components/Spinner';

      export function BookingActions({ special, loading, open }: { special: boolean; loading: boolean; open: boolean }) {
        return (
          <div>
            <button type="submit">{special ? <span>Continue to Request Details</span> : <span>Continue to Vehicle Selection</span>}</button>
            <button type="button">{loading ? <Spinner /> : <span>Save booking</span>}</button>
            <button type="button">{open ? <span>Details</span> : <span>Details</span>}</button>
          </div>
        );
      }`);
    const [next, save, details] = named(m, 'button').map((b) => textContent(b));
    expect(next?.complete).toBe(false);
    expect(save).toEqual({ value: 'Save booking', complete: true });
    expect(details).toEqual({ value: 'Details', complete: true });
  });

  it('keeps an element that is closed on the first render in the model, under its condition', () => {
    const m = model(`
      const [open] = useState(false);
      export const Banner = () => <main>{open && <div role="dialog"><p>We use cookies</p><button>Accept</button></div>}</main>;`);
    expect(named(m, 'div')[0]?.conditional).toBe(true);
  });

  it('reads checked state through useReducer and a DEFAULTS object spread into state', () => {
    const m = model(`
      const DEFAULT_PREFERENCES = { analytics: false, marketing: true };
      function reducer(state, action) { return { ...state, [action.key]: action.value }; }
      export function Preferences() {
        const [prefs] = useState({ ...DEFAULT_PREFERENCES, analytics: true });
        const [state, dispatch] = useReducer(reducer, { personalisation: true });
        const [lazy] = useReducer(reducer, null, () => loadFromStorage());
        return (
          <div>
            <input type="checkbox" checked={prefs.marketing} onChange={() => {}} />
            <input type="checkbox" checked={prefs.analytics} onChange={() => {}} />
            <input type="checkbox" checked={state.personalisation} onChange={() => dispatch({ key: 'personalisation' })} />
            <input type="checkbox" checked={lazy.ads} onChange={() => {}} />
          </div>
        );
      }`);
    const inputs = named(m, 'input');
    expect(value(inputs[0], 'checked')).toEqual({ kind: 'initial', value: true, binding: 'prefs.marketing' });
    expect(value(inputs[1], 'checked')).toEqual({ kind: 'initial', value: true, binding: 'prefs.analytics' });
    expect(value(inputs[2], 'checked')).toEqual({ kind: 'initial', value: true, binding: 'state.personalisation' });
    // useReducer's init function computes the state.
    expect(value(inputs[3], 'checked').kind).toBe('dynamic');
  });
});

describe('lists over constant arrays', () => {
  const SETTINGS = `
    import { Switch } from '@headlessui/react';
    const PURPOSES = [
      { id: 'necessary', label: 'Strictly necessary', defaultOn: true, locked: true },
      { id: 'analytics', label: 'Analytics cookies', defaultOn: false },
      { id: 'ads', label: 'Personalised advertising', defaultOn: true },
    ] as const;
    export function CookieSettings({ remote }) {
      return (
        <ul>
          {PURPOSES.map(({ id, label, defaultOn, locked = false }, index) => (
            <li key={id} data-index={index}>
              <Switch defaultChecked={defaultOn} disabled={locked} />
              <span>{label}</span>
            </li>
          ))}
          {remote.map((p) => <li key={p.id}><input type="checkbox" defaultChecked={p.on} />{p.label}</li>)}
        </ul>
      );
    }`;

  it('renders one element per item with the item bound, and marks the copies', () => {
    const m = model(SETTINGS);
    const switches = named(m, 'Switch');
    expect(switches.map((s) => value(s, 'defaultChecked').value)).toEqual([true, false, true]);
    expect(switches.map((s) => value(s, 'disabled').value)).toEqual([true, false, false]);
    expect(switches.map((s) => s.repeated)).toEqual([{ index: 0, count: 3 }, { index: 1, count: 3 }, { index: 2, count: 3 }]);
    expect(named(m, 'span').map((s) => textContent(s).value)).toEqual(['Strictly necessary', 'Analytics cookies', 'Personalised advertising']);
    expect(named(m, 'li').slice(0, 3).map((li) => value(li, 'data-index').value)).toEqual([0, 1, 2]);
    expect(switches.every((s) => !s.conditional)).toBe(true);
  });

  it('leaves a list of server data as it was: once, under a condition, its values unknown', () => {
    const m = model(SETTINGS);
    const remote = named(m, 'input');
    expect(remote).toHaveLength(1);
    expect(remote[0]?.repeated).toBeUndefined();
    expect(value(remote[0], 'defaultChecked').kind).toBe('dynamic');
  });

  it("renders a condition on an item's constant field the way it goes for that item, and keeps a condition on state", () => {
    const m = model(`
      import { useState } from 'react';
      const CATEGORIES = [
        { key: 'necessary', title: 'Strictly necessary', required: true },
        { key: 'analytics', title: 'Analytics', required: false },
      ];
      export function Categories() {
        const [expanded, setExpanded] = useState(false);
        return (
          <ul>
            {CATEGORIES.map((category) => (
              <li key={category.key}>
                <strong>{category.title}</strong>
                {category.required && <em>Always active</em>}
                {category.required ? <small>Required</small> : <small>Optional</small>}
                {expanded && <p>Details for {category.title}</p>}
              </li>
            ))}
          </ul>
        );
      }`);
    expect(named(m, 'em').map((e) => textContent(e).value)).toEqual(['Always active']);
    expect(named(m, 'small').map((e) => textContent(e).value)).toEqual(['Required', 'Optional']);
    // State may change after the first render: the details stay in the model, under their condition.
    expect(named(m, 'p').map((p) => p.conditional)).toEqual([true, true]);
  });

  it('unrolls Object.entries of a constant object', () => {
    const m = model(`
      const LABELS = { analytics: 'Help us improve with analytics', marketing: 'Send me offers' };
      export const Boxes = () => <div>{Object.entries(LABELS).map(([key, text]) => <label key={key}><input type="checkbox" name={key} />{text}</label>)}</div>;`);
    expect(named(m, 'label').map((l) => textContent(l).value)).toEqual(['Help us improve with analytics', 'Send me offers']);
    expect(named(m, 'input').map((i) => value(i, 'name').value)).toEqual(['analytics', 'marketing']);
  });
});

describe('react-hook-form and Formik defaults', () => {
  it('follows defaultValues into register spreads, Controller render functions and watch()', () => {
    const m = model(`
      import { useForm, Controller } from 'react-hook-form';
      import { FormControlLabel, Switch, Checkbox } from '@mui/material';
      type Values = { marketing: boolean; partners: boolean; terms: boolean; email: string };
      export function SignupForm({ onSubmit }: { onSubmit: (v: Values) => void }) {
        const { control, register, handleSubmit, watch } = useForm<Values>({
          defaultValues: { marketing: true, partners: false, terms: false, email: '' },
        });
        const marketing = watch('marketing');
        return (
          <form onSubmit={handleSubmit(onSubmit)}>
            <input type="email" {...register('email', { required: true })} />
            <label><input type="checkbox" {...register('terms')} /> I accept the terms</label>
            <Controller
              name="marketing"
              control={control}
              render={({ field }) => <FormControlLabel control={<Switch {...field} checked={field.value} />} label="Product news by email" />}
            />
            <Controller name="partners" control={control} render={({ field: { value, onChange } }) => <Checkbox checked={value} onChange={onChange} />} />
            <p>{marketing ? 'You will get our newsletter' : 'No newsletter'}</p>
          </form>
        );
      }`);
    const [email, terms] = named(m, 'input');
    expect(value(email, 'defaultValue')).toEqual({ kind: 'initial', value: '', binding: 'defaultValues.email' });
    expect(value(terms, 'defaultChecked')).toEqual({ kind: 'initial', value: false, binding: 'defaultValues.terms' });
    expect(email?.hasSpread).toBe(false);
    expect(value(named(m, 'Switch')[0], 'checked')).toEqual({ kind: 'initial', value: true, binding: 'field.value' });
    expect(value(named(m, 'Checkbox')[0], 'checked')).toEqual({ kind: 'initial', value: false, binding: 'field.value' });
    expect(textContent(named(m, 'p')[0] as UIElement).value).toBe('You will get our newsletter');
  });

  it('leaves defaults loaded from the server unknown', () => {
    const m = model(`
      import { useForm, Controller } from 'react-hook-form';
      export function PrivacySettings({ user }) {
        const { control } = useForm({ defaultValues: async () => fetchPreferences(user.id) });
        const form = useForm({ defaultValues: { marketing: true }, values: user.preferences });
        return (
          <div>
            <Controller name="marketing" control={control} render={({ field }) => <input type="checkbox" checked={field.value} />} />
            <Controller name="marketing" control={form.control} render={({ field }) => <input type="checkbox" checked={field.value} />} />
          </div>
        );
      }`);
    expect(named(m, 'input').map((i) => value(i, 'checked').kind)).toEqual(['dynamic', 'dynamic']);
  });

  it('leaves a registered box unknown, not unticked, when its default is server data', () => {
    // Spacedrive's privacy settings: the form's values come from the app's config query, so whether the telemetry
    // box starts ticked is not known here. The box's kind is known only after the spread (`type` may follow it).
    const m = model(`
      import { useForm } from 'react-hook-form';
      import { Checkbox } from '@chakra-ui/react';
      import { useCoreQuery } from '@/contexts/core';
      export function PrivacySettings() {
        const { data: config } = useCoreQuery({ type: 'config.app.get' });
        const form = useForm<{ telemetry_enabled: boolean; crash_reports: boolean; display_name: string }>({
          values: { telemetry_enabled: config?.telemetry_enabled ?? true, crash_reports: config?.crash_reports ?? false, display_name: config?.display_name ?? '' },
        });
        return (
          <form>
            <label><input type="checkbox" {...form.register('telemetry_enabled')} /> Share anonymous usage data</label>
            <label><input {...form.register('crash_reports')} type="checkbox" /> Send crash reports</label>
            <Checkbox {...form.register('crash_reports')}>Send crash reports</Checkbox>
            <input type="text" {...form.register('display_name')} />
          </form>
        );
      }`);
    const [telemetry, crashes, displayName] = named(m, 'input');
    expect(value(telemetry, 'defaultChecked').kind).toBe('dynamic');
    expect(value(crashes, 'defaultChecked').kind).toBe('dynamic');
    expect(value(named(m, 'Checkbox')[0], 'defaultChecked').kind).toBe('dynamic');
    expect(telemetry?.attributes.has('defaultValue')).toBe(false);
    // A text field keeps its default as its value.
    expect(value(displayName, 'defaultValue').kind).toBe('dynamic');
    expect(displayName?.attributes.has('defaultChecked')).toBe(false);
  });

  it("reads react-hook-form's formState as the first render has it: not submitting, no errors; what depends on the mode stays unknown", () => {
    const m = model(`
      import { useForm, useFormState } from 'react-hook-form';
      import { register as registerUser } from '@/api/auth';

      export function SignupForm() {
        const { register, control, handleSubmit, formState: { isSubmitting, errors, isValid } } = useForm({ defaultValues: { email: '', marketing: false } });
        const form = useForm({ mode: 'onChange' });
        const { isDirty } = useFormState({ control });
        return (
          <form onSubmit={handleSubmit(registerUser)}>
            <input type="email" {...register('email')} />
            {errors.email && <p role="alert">{errors.email.message}</p>}
            <button type="submit">{isSubmitting ? 'Creating account…' : 'Create account'}</button>
            <button type="button">{form.formState.isSubmitting ? 'Saving…' : 'Save for later'}</button>
            <button type="button">{isDirty ? 'Discard changes' : 'Cancel'}</button>
            <button type="button">{isValid ? 'Continue' : 'Check your details'}</button>
          </form>
        );
      }`);
    const [create, later, cancel, next] = named(m, 'button');
    expect(textContent(create as UIElement)).toEqual({ value: 'Create account', complete: true });
    expect(textContent(later as UIElement)).toEqual({ value: 'Save for later', complete: true });
    expect(textContent(cancel as UIElement)).toEqual({ value: 'Cancel', complete: true });
    // isValid depends on the validation mode and the resolver: unknown, not guessed.
    expect(textContent(next as UIElement).complete).toBe(false);
  });

  it('reads Formik initialValues through Field, the render function and useFormik', () => {
    const m = model(`
      import { Formik, Form, Field, useFormik } from 'formik';
      export function Checkout({ order }) {
        const formik = useFormik({ initialValues: { giftWrap: true }, onSubmit: () => {} });
        return (
          <>
            <Formik initialValues={{ insurance: true, newsletter: false, email: order.email }} onSubmit={() => {}}>
              {({ values }) => (
                <Form>
                  <label><Field type="checkbox" name="insurance" /> Add shipping insurance</label>
                  <label><Field type="checkbox" name="newsletter" /> Email me offers</label>
                  <p>{values.insurance ? 'Insured' : 'Not insured'}</p>
                </Form>
              )}
            </Formik>
            <input type="checkbox" checked={formik.values.giftWrap} onChange={formik.handleChange} />
            <input type="checkbox" {...formik.getFieldProps({ name: 'giftWrap', type: 'checkbox' })} />
          </>
        );
      }`);
    const fields = named(m, 'Field');
    expect(fields.map((f) => f.semantic)).toEqual(['checkbox', 'checkbox']);
    expect(fields.map((f) => value(f, 'checked'))).toEqual([
      { kind: 'initial', value: true, binding: 'initialValues.insurance' },
      { kind: 'initial', value: false, binding: 'initialValues.newsletter' },
    ]);
    expect(textContent(named(m, 'p')[0] as UIElement).value).toBe('Insured');
    expect(named(m, 'p')[0]?.conditional).toBe(false);
    const [checked, spread] = named(m, 'input');
    expect(value(checked, 'checked')).toEqual({ kind: 'initial', value: true, binding: 'formik.values.giftWrap' });
    expect(value(spread, 'checked')).toEqual({ kind: 'initial', value: true, binding: 'initialValues.giftWrap' });
  });
});

describe('Mantine form', () => {
  it('reads initialValues through getInputProps and form.values; a list over constant categories reads state by a computed key', () => {
    const m = model(`
      import { useForm } from '@mantine/form';
      import { Checkbox, Switch, Button, TextInput } from '@mantine/core';
      const CATEGORIES = [{ id: 'analytics', label: 'Analytics' }, { id: 'ads', label: 'Advertising' }];
      export function SignUpPage() {
        const form = useForm({ mode: 'uncontrolled', initialValues: { email: '', marketing: true, terms: false } });
        const [enabled] = useState({ analytics: true, ads: false });
        return (
          <form onSubmit={form.onSubmit(console.log)}>
            <TextInput label="Email" {...form.getInputProps('email')} />
            <Checkbox label="Send me offers" {...form.getInputProps('marketing', { type: 'checkbox' })} />
            <p>{form.values.terms ? 'Thanks' : 'Please accept the terms'}</p>
            {CATEGORIES.map((category) => <Switch key={category.id} label={category.label} checked={enabled[category.id]} />)}
            <Button type="submit">Create account</Button>
          </form>
        );
      }`);
    expect(value(named(m, 'Checkbox')[0], 'checked')).toEqual({ kind: 'initial', value: true, binding: 'initialValues.marketing' });
    expect(value(named(m, 'TextInput')[0], 'value')).toEqual({ kind: 'initial', value: '', binding: 'initialValues.email' });
    expect(textContent(named(m, 'p')[0] as UIElement).value).toBe('Please accept the terms');
    expect(named(m, 'Switch').map((s) => value(s, 'checked'))).toEqual([
      { kind: 'initial', value: true, binding: 'enabled.analytics' },
      { kind: 'initial', value: false, binding: 'enabled.ads' },
    ]);
  });
});

describe('numbers and prices in text', () => {
  it('keeps a number slot and a price slot, named as written', () => {
    const m = model(`
      const currency = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
      export function Offer({ stock, price, plan }) {
        return (
          <div>
            <p>Only {stock.remaining} left at this price</p>
            <p>{\`Hurry, \${plan.seats.length} seats left\`}</p>
            <label>Add protection plan ({currency.format(price * 0.1)})</label>
            <label>{'Gift wrap for ' + formatPrice(price)}</label>
            <span>{\`€\${price}\`}</span>
          </div>
        );
      }`);
    const [stock, seats] = named(m, 'p').map((p) => textContent(p));
    expect(writeSlots(stock!, (slot) => `{${slot.slot}:${slot.name}}`)).toBe('Only {number:stock.remaining} left at this price');
    expect(writeSlots(seats!, (slot) => `{${slot.slot}:${slot.name}}`)).toBe('Hurry, {number:plan.seats.length} seats left');
    const labels = named(m, 'label').map((l) => textContent(l));
    expect(labels.map((l) => l.slots?.[0])).toEqual([
      { slot: 'price', name: 'currency.format()', currency: 'USD' },
      { slot: 'price', name: 'formatPrice()' },
    ]);
    expect(textContent(named(m, 'span')[0] as UIElement).slots).toEqual([{ slot: 'price', name: 'price', currency: '€' }]);
  });
});

describe('a form field that renders only its render function', () => {
  it("puts react-hook-form's Controller and a FormField given the form's control in the place of what they render", () => {
    const m = model(`
      import { useForm, Controller } from 'react-hook-form';
      import * as Checkbox from '@radix-ui/react-checkbox';
      import { FormField, FormItem, FormControl, FormLabel } from '@/components/ui/form';
      import { Switch } from '@/components/ui/switch';
      export function SignupForm() {
        const form = useForm({ defaultValues: { partnerOffers: true, tips: false } });
        return (
          <form>
            <label className="flex gap-2">
              <Controller name="partnerOffers" control={form.control} render={({ field }) => <Checkbox.Root checked={field.value} onCheckedChange={field.onChange} />} />
              <span>Send me offers from partners</span>
            </label>
            <FormField control={form.control} name="tips" render={({ field }) => (
              <FormItem><FormControl><Switch checked={field.value} onCheckedChange={field.onChange} /></FormControl><FormLabel>Product tips</FormLabel></FormItem>
            )} />
            <FormField name="other" render={({ field }) => <Switch checked={field.value} />} />
          </form>
        );
      }`);
    const checkbox = named(m, 'Checkbox.Root')[0];
    expect(checkbox?.parent?.name).toBe('label');
    expect(named(m, 'Controller')).toEqual([]);
    expect(value(checkbox, 'checked')).toEqual({ kind: 'initial', value: true, binding: 'field.value' });
    const [tips, other] = named(m, 'Switch');
    expect(value(tips, 'checked')).toEqual({ kind: 'initial', value: false, binding: 'field.value' });
    // A FormField without a form's control is no form field honest-ui can read: left as it was.
    expect(other).toBeUndefined();
    expect(named(m, 'FormField')).toHaveLength(1);
  });
});
