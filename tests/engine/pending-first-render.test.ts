/**
 * React's hooks of pending work are idle on the first render: nothing is pending until a form is submitted or a
 * transition starts (react.dev: useActionState, useTransition, useFormStatus, useOptimistic). A Next.js app's
 * server-action form labels its buttons `{isPending ? 'Saving…' : 'Allow training'}`, so the resting labels are the
 * choices people see. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';
import { checkerReport } from '../helpers/report.js';
import { tempProjects } from '../helpers/temp-project.js';

const both = bothRunner('pending-first-render');
const project = tempProjects('pending-first-render-report');

/** An AI-training prompt whose buttons submit a server action, with the decline drawn in `declineStyle`. */
const TRAINING_PROMPT = (declineStyle: string) => `'use client';

import { useActionState, useTransition } from 'react';
import { saveTrainingChoice, type TrainingState } from '@/app/actions/privacy';
import { snoozePrompt } from '@/app/actions/prompts';

const initialState: TrainingState = { error: null, saved: false };

export function TrainingPrompt({ onClose }: { onClose: () => void }) {
  const [state, formAction, isPending] = useActionState(saveTrainingChoice, initialState);
  const [isSnoozing, startSnooze] = useTransition();

  if (state.saved) return null;

  return (
    <form action={formAction} role="dialog" aria-labelledby="training-title" className="fixed inset-x-0 bottom-0 bg-white p-6 shadow-lg">
      <h2 id="training-title">Help improve Atlas</h2>
      <p>Allow us to use your chats and uploaded files to train our models. You can change this in Settings.</p>
      {state.error ? <p role="alert">{state.error}</p> : null}
      <button type="submit" name="choice" value="allow" style={{ background: '#111827', color: '#ffffff', fontSize: 16, padding: '12px 24px', border: 0 }}>
        {isPending ? 'Saving…' : 'Allow training'}
      </button>
      <button
        type="button"
        style={${declineStyle}}
        onClick={() => startSnooze(async () => { await snoozePrompt('training'); onClose(); })}
      >
        {isSnoozing ? 'Closing…' : "Don't allow"}
      </button>
    </form>
  );
}
`;

/** A submit button that reads its form's status, as the Next.js docs write one, for a newsletter opt-in. */
const SUBMIT_BUTTON = `'use client';

import { useFormStatus } from 'react-dom';

export function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className="rounded bg-indigo-600 px-4 py-2 text-white">
      {pending ? 'Signing you up…' : 'Create account'}
    </button>
  );
}
`;

const SIGN_UP = (checked: string) => `import { signUp } from '@/app/actions/auth';
import { SubmitButton } from './SubmitButton';

export default function SignUpPage() {
  return (
    <form action={signUp} className="mx-auto max-w-sm space-y-4">
      <h1 className="text-xl font-semibold">Create your account</h1>
      <input name="email" type="email" required placeholder="you@example.com" />
      <SubmitButton />
      <label className="flex gap-2 text-sm">
        <input type="checkbox" name="marketing"${checked} />
        Send me product news and partner offers by email
      </label>
    </form>
  );
}
`;

describe("React's pending hooks on the first render", () => {
  it("reads useActionState's and useTransition's isPending as false: a plain-text \"Don't allow\" is drawn weaker than 'Allow training'", async () => {
    const prompt = TRAINING_PROMPT("{ background: 'none', border: 0, color: '#6b7280', fontSize: 14 }");
    const result = await both({ 'src/components/TrainingPrompt.tsx': prompt }, 'src/components/TrainingPrompt.tsx', ['no-unbalanced-choices']);
    expect(result.checker).toEqual(['no-unbalanced-choices weakerDecline 23:7']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: the same decline drawn as a button like the accept is balanced', async () => {
    const prompt = TRAINING_PROMPT("{ background: '#111827', color: '#ffffff', fontSize: 16, padding: '12px 24px', border: 0 }");
    const result = await both({ 'src/components/TrainingPrompt.tsx': prompt }, 'src/components/TrainingPrompt.tsx', ['no-unbalanced-choices']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it("reads useFormStatus's pending as false: a marketing box below the form's submit is buried under 'Create account'", async () => {
    const files = { 'app/signup/page.tsx': SIGN_UP(''), 'app/signup/SubmitButton.tsx': SUBMIT_BUTTON };
    const result = await both(files, 'app/signup/page.tsx', ['no-buried-consent']);
    expect(result.checker).toEqual(['no-buried-consent buriedControl 11:9']);
    expect(result.eslint).toEqual(result.checker);
    // The message names the button as people see it at rest.
    const { findings } = await checkerReport(project(files));
    expect(findings.map((f) => f.text)).toEqual([expect.stringContaining("comes after 'Create account'")]);
  });

  it('near-miss: the same box above the submit button is not buried', async () => {
    const page = SIGN_UP('').replace(/(\s+<SubmitButton \/>)([\s\S]*?<\/label>)/, '$2$1');
    expect(page.indexOf('<SubmitButton />')).toBeGreaterThan(page.indexOf('</label>'));
    const result = await both({ 'app/signup/page.tsx': page, 'app/signup/SubmitButton.tsx': SUBMIT_BUTTON }, 'app/signup/page.tsx', ['no-buried-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});
