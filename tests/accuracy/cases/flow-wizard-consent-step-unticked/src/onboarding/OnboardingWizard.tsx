import { useReducer } from 'react';
import { completeOnboarding } from '@/api/onboarding';
import { WorkspaceStep } from './steps/WorkspaceStep';
import { InviteStep } from './steps/InviteStep';
import { ConsentStep } from './steps/ConsentStep';
import type { ConsentKey } from './consentOptions';

export type WizardState = {
  step: 0 | 1 | 2;
  workspaceName: string;
  teamSize: string;
  invites: string[];
  termsAccepted: boolean;
  consents: Record<ConsentKey, boolean>;
  status: 'editing' | 'saving' | 'error';
};

type WizardAction =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'workspace'; name: string; teamSize: string }
  | { type: 'invites'; emails: string[] }
  | { type: 'terms'; value: boolean }
  | { type: 'consent'; key: ConsentKey; value: boolean }
  | { type: 'status'; status: WizardState['status'] };

const initialState: WizardState = {
  step: 0,
  workspaceName: '',
  teamSize: '',
  invites: [],
  termsAccepted: false,
  consents: { productTips: false, usageAnalytics: false, aiTraining: false },
  status: 'editing',
};

function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'next':
      return { ...state, step: Math.min(state.step + 1, 2) as WizardState['step'] };
    case 'back':
      return { ...state, step: Math.max(state.step - 1, 0) as WizardState['step'] };
    case 'workspace':
      return { ...state, workspaceName: action.name, teamSize: action.teamSize };
    case 'invites':
      return { ...state, invites: action.emails };
    case 'terms':
      return { ...state, termsAccepted: action.value };
    case 'consent':
      return { ...state, consents: { ...state.consents, [action.key]: action.value } };
    case 'status':
      return { ...state, status: action.status };
  }
}

export function OnboardingWizard({ onFinished }: { onFinished: () => void }) {
  const [state, dispatch] = useReducer(wizardReducer, initialState);

  const finish = async () => {
    dispatch({ type: 'status', status: 'saving' });
    try {
      await completeOnboarding(state);
      onFinished();
    } catch {
      dispatch({ type: 'status', status: 'error' });
    }
  };

  return (
    <div className="mx-auto max-w-lg py-12">
      <p className="mb-2 text-sm font-medium text-slate-700">Step {state.step + 1} of 3</p>
      {state.step === 0 && (
        <WorkspaceStep
          name={state.workspaceName}
          teamSize={state.teamSize}
          onChange={(name, teamSize) => dispatch({ type: 'workspace', name, teamSize })}
          onNext={() => dispatch({ type: 'next' })}
        />
      )}
      {state.step === 1 && (
        <InviteStep
          emails={state.invites}
          onChange={(emails) => dispatch({ type: 'invites', emails })}
          onBack={() => dispatch({ type: 'back' })}
          onNext={() => dispatch({ type: 'next' })}
        />
      )}
      {state.step === 2 && (
        <ConsentStep
          termsAccepted={state.termsAccepted}
          consents={state.consents}
          saving={state.status === 'saving'}
          failed={state.status === 'error'}
          onTerms={(value) => dispatch({ type: 'terms', value })}
          onConsent={(key, value) => dispatch({ type: 'consent', key, value })}
          onBack={() => dispatch({ type: 'back' })}
          onFinish={finish}
        />
      )}
    </div>
  );
}
