import { useReducer } from 'react';
import { cancelSubscription, acceptRetentionOffer } from '@/api/billing';
import { useSubscription } from '@/hooks/useSubscription';
import { ReasonStep } from './ReasonStep';
import { OfferStep } from './OfferStep';
import { ConfirmStep } from './ConfirmStep';
import './cancel.css';

type Step = 'reason' | 'offer' | 'confirm' | 'done';

type State = { step: Step; reason: string | null; busy: boolean };

type Action =
  | { type: 'reasonChosen'; reason: string }
  | { type: 'offerDeclined' }
  | { type: 'busy' }
  | { type: 'finished' };

const initialState: State = { step: 'reason', reason: null, busy: false };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'reasonChosen':
      return { ...state, reason: action.reason, step: action.reason === 'price' ? 'offer' : 'confirm' };
    case 'offerDeclined':
      return { ...state, step: 'confirm' };
    case 'busy':
      return { ...state, busy: true };
    case 'finished':
      return { ...state, busy: false, step: 'done' };
    default:
      return state;
  }
}

export function CancelFlow({ onExit }: { onExit: () => void }) {
  const [state, dispatch] = useReducer(reducer, initialState);
  const { subscription } = useSubscription();

  if (!subscription) return null;

  const handleAcceptOffer = async () => {
    dispatch({ type: 'busy' });
    await acceptRetentionOffer(subscription.id, 'HALF_OFF_3M');
    onExit();
  };

  const handleCancel = async () => {
    dispatch({ type: 'busy' });
    await cancelSubscription(subscription.id, { reason: state.reason });
    dispatch({ type: 'finished' });
  };

  return (
    <div className="cancel-flow">
      {state.step === 'reason' && <ReasonStep onNext={(reason) => dispatch({ type: 'reasonChosen', reason })} />}
      {state.step === 'offer' && (
        <OfferStep
          price={subscription.monthlyPrice}
          busy={state.busy}
          onAccept={handleAcceptOffer}
          onDecline={() => dispatch({ type: 'offerDeclined' })}
        />
      )}
      {state.step === 'confirm' && (
        <ConfirmStep periodEnd={subscription.currentPeriodEnd} busy={state.busy} onKeep={onExit} onCancel={handleCancel} />
      )}
      {state.step === 'done' && (
        <div className="cancel-step">
          <h2>Your subscription is cancelled</h2>
          <p>You can keep listening to Premium until the end of your billing period.</p>
          <button type="button" className="cancel-btn cancel-btn--neutral" onClick={onExit}>
            Back to account
          </button>
        </div>
      )}
    </div>
  );
}
