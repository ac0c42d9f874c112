/**
 * Branches of a conditional rendering: a multi-step flow keeps every step in the model (a later step is still
 * checked), but elements of steps that exclude each other are never on screen together, so one is never "after"
 * the other. Read in the model, and through ESLint and the checker on a cancellation flow written with useReducer.
 */
import { describe, expect, it } from 'vitest';
import { mutuallyExclusive } from '../../src/model/branches.js';
import { buildModel } from '../../src/model/build.js';
import type { UIElement, UIModel } from '../../src/model/types.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';
import { bothRunner } from '../helpers/both.js';

function model(source: string): UIModel {
  const parsed = parseWithTypescriptEstree(source, 'Flow.tsx');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return buildModel(parsed.value);
}

const byText = (m: UIModel, text: string): UIElement => {
  const found = m.elements.find((e) => e.children.some((c) => c.kind === 'text' && c.text.known && c.text.value.includes(text)));
  if (!found) throw new Error(`no element with '${text}'`);
  return found;
};

describe('branches in the model', () => {
  const m = model(`
    export function Flow({ state, submitted, plan }) {
      return (
        <div>
          {state.step === 'reason' && <section><button>Continue</button></section>}
          {state.step === 'offer' && <section><p>Stay for half price</p></section>}
          {'done' === state.step && <p>Your subscription is cancelled</p>}
          {submitted ? <p>Thanks for subscribing</p> : <form><button>Subscribe</button></form>}
          {!submitted && <p>Unsubscribe at any time</p>}
          {plan && <p>Renews monthly</p>}
          {plan === 'pro' && <p>Pro renews yearly</p>}
          {plan ? null : <p>Pick a plan to start</p>}
          {plan === '' && <p>An empty plan</p>}
          <p>Always shown</p>
        </div>
      );
    }`);

  it('separates the steps of one discriminant, and the two sides of a ternary', () => {
    expect(mutuallyExclusive(byText(m, 'Stay for half price'), byText(m, 'Continue'))).toBe(true);
    expect(mutuallyExclusive(byText(m, 'Your subscription is cancelled'), byText(m, 'Continue'))).toBe(true);
    expect(mutuallyExclusive(byText(m, 'Thanks for subscribing'), byText(m, 'Subscribe'))).toBe(true);
    expect(mutuallyExclusive(byText(m, 'Thanks for subscribing'), byText(m, 'Unsubscribe at any time'))).toBe(true);
    // A plan equal to 'pro' is truthy: not shown with what shows only while there is no plan (papermark's welcome
    // page: its intro under `router.query.type ? ... : <Intro/>`, each step under `router.query.type === '...'`).
    expect(mutuallyExclusive(byText(m, 'Pro renews yearly'), byText(m, 'Pick a plan to start'))).toBe(true);
  });

  it('keeps together what can be on screen at once', () => {
    // The same side of one condition, and an element outside every branch.
    expect(mutuallyExclusive(byText(m, 'Unsubscribe at any time'), byText(m, 'Subscribe'))).toBe(false);
    expect(mutuallyExclusive(byText(m, 'Always shown'), byText(m, 'Continue'))).toBe(false);
    // A truthy plan may be 'pro': truthiness and a value are not compared.
    expect(mutuallyExclusive(byText(m, 'Renews monthly'), byText(m, 'Pro renews yearly'))).toBe(false);
    // Equal to '', a plan is falsy: nothing excludes it from what shows with no plan.
    expect(mutuallyExclusive(byText(m, 'An empty plan'), byText(m, 'Pick a plan to start'))).toBe(false);
  });

  it('reads a discriminant equal to one of several values (`a === x || a === y`)', () => {
    // civitai's Buzz dashboard: the Creator Program's "Renew membership" for yellow and green accounts, the seller's
    // "Set your own price" card for red ones.
    const dashboard = model(`
      export function BuzzDashboard({ selectedAccountType, features }) {
        return (
          <div>
            {(selectedAccountType === 'yellow' || selectedAccountType === 'green') && <section><button>Renew membership</button></section>}
            {selectedAccountType === 'red' && <section><p>Set your own price and list your Red Buzz</p></section>}
            {selectedAccountType === 'green' && <p>Green Buzz renews monthly</p>}
            {(selectedAccountType === 'blue' || selectedAccountType === 'green') && <p>Blue and green perks</p>}
            {(selectedAccountType === 'red' || features.sell) && <p>Sell your Buzz</p>}
            {selectedAccountType ? null : <p>Pick an account</p>}
          </div>
        );
      }`);
    const renew = byText(dashboard, 'Renew membership');
    expect(mutuallyExclusive(byText(dashboard, 'Set your own price'), renew)).toBe(true);
    // Each of the values is truthy: none shows while there is no account type.
    expect(mutuallyExclusive(byText(dashboard, 'Pick an account'), renew)).toBe(true);
    // A value in common: green is both.
    expect(mutuallyExclusive(byText(dashboard, 'Green Buzz renews monthly'), renew)).toBe(false);
    expect(mutuallyExclusive(byText(dashboard, 'Blue and green perks'), renew)).toBe(false);
    // Sides of two subjects say nothing of either.
    expect(mutuallyExclusive(byText(dashboard, 'Sell your Buzz'), renew)).toBe(false);
  });

  it('reads a condition that joins a guard to a discriminant, and one that fails as a whole', () => {
    // A provider picker's panels, each behind "the config has loaded and this provider is picked"; an error and a
    // form that shows only while nothing failed or loads.
    const settings = model(`
      export function ProviderSettings({ apiConfiguration, selectedProvider, loading, failed, signUp }) {
        return (
          <div>
            {apiConfiguration && selectedProvider === 'cline' && (
              <section><button onClick={signUp}>Sign up with Cline</button></section>
            )}
            {apiConfiguration && selectedProvider === 'openai-codex' && <p>Sign in with your ChatGPT Plus or Pro subscription</p>}
            {apiConfiguration && <p>Pick a provider for this workspace</p>}
            {(apiConfiguration || loading) && <p>Keys are stored in your editor</p>}
            {failed && <p>Could not load your providers</p>}
            {!(loading || failed) && <form><button>Save provider</button></form>}
          </div>
        );
      }`);
    expect(mutuallyExclusive(byText(settings, 'Sign in with your ChatGPT'), byText(settings, 'Sign up with Cline'))).toBe(true);
    expect(mutuallyExclusive(byText(settings, 'Could not load your providers'), byText(settings, 'Save provider'))).toBe(true);
    // The guard alone is true on both sides; an `||` that holds says nothing about either operand.
    expect(mutuallyExclusive(byText(settings, 'Pick a provider'), byText(settings, 'Sign up with Cline'))).toBe(false);
    expect(mutuallyExclusive(byText(settings, 'Keys are stored'), byText(settings, 'Sign up with Cline'))).toBe(false);
    expect(mutuallyExclusive(byText(settings, 'Keys are stored'), byText(settings, 'Save provider'))).toBe(false);
  });
});

const both = bothRunner('branches');

const flow = (doneStep: string) => `import { useReducer } from 'react';
import { cancelSubscription } from '@/api/billing';

type Step = 'reason' | 'confirm' | 'done';
const initialState = { step: 'reason' as Step, busy: false };

function reducer(state: typeof initialState, action: { type: 'next' } | { type: 'finished' }) {
  switch (action.type) {
    case 'next':
      return { ...state, step: 'confirm' as Step };
    case 'finished':
      return { ...state, step: 'done' as Step };
  }
}

export function CancelFlow({ periodEnd, price }: { periodEnd: string; price: string }) {
  const [state, dispatch] = useReducer(reducer, initialState);
  return (
    <div role="dialog" aria-modal="true" className="cancel-flow">
      {state.step === 'confirm' && (
        <div className="cancel-step">
          <h2>Cancel Premium?</h2>
          <button type="button" className="btn btn-primary" onClick={() => cancelSubscription().then(() => dispatch({ type: 'finished' }))}>Continue</button>
        </div>
      )}
${doneStep}
    </div>
  );
}
`;

describe('a cancellation flow whose steps render under one discriminant, through ESLint and the checker', () => {
  it('does not read the last step as buried under the confirm step’s Continue', async () => {
    const result = await both({ 'CancelFlow.tsx': flow(`      {state.step === 'done' && (
        <div className="cancel-step">
          <h2>Your subscription is cancelled</h2>
          <p>Your subscription will not renew. Premium stays on until {periodEnd} for {price} per month.</p>
        </div>
      )}`) }, 'CancelFlow.tsx', ['no-buried-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('near-miss: the same renewal terms under Continue in the same step are buried', async () => {
    const result = await both({ 'CancelFlow.tsx': flow('').replace('>Continue</button>', '>Continue</button>\n          <p>Premium renews automatically every month at {price} until you cancel.</p>') }, 'CancelFlow.tsx', ['no-buried-consent']);
    expect(result.eslint).toHaveLength(1);
    expect(result.eslint[0]).toMatch(/^no-buried-consent buriedDisclosure/);
    expect(result.checker).toEqual(result.eslint);
  });
});
