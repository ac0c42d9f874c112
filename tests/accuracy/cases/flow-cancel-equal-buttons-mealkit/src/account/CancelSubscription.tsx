import { useState } from 'react';
import styled from 'styled-components';
import { useNavigate } from 'react-router-dom';
import { Button } from '@/components/Button';
import { cancelPlan } from '@/api/subscription';
import { useSubscription } from '@/hooks/useSubscription';
import { formatDeliveryDate } from '@/lib/dates';

const Wrapper = styled.section`
  max-width: 540px;
  margin: 48px auto;
  padding: 32px;
  border-radius: 16px;
  background: #fffaf5;
  color: #2d2a26;
  font-size: 16px;
`;

const Actions = styled.div`
  display: grid;
  grid-template-columns: 1fr 1fr;
  gap: 12px;
  margin-top: 28px;
`;

const Select = styled.select`
  width: 100%;
  margin-top: 6px;
  padding: 10px;
  font-size: 16px;
`;

export function CancelSubscription() {
  const navigate = useNavigate();
  const { subscription } = useSubscription();
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!subscription) return null;

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await cancelPlan(subscription.id, reason || undefined);
      navigate('/account/subscription?cancelled=1');
    } catch {
      setError('Something went wrong and your plan is still active. Please try again.');
      setPending(false);
    }
  };

  return (
    <Wrapper aria-labelledby="cancel-title">
      <h1 id="cancel-title">Cancel your plan</h1>
      <p>
        Your {subscription.planName} plan will end after your last paid box arrives on{' '}
        {formatDeliveryDate(subscription.lastDelivery)}. You won't be charged again, and your saved recipes stay in
        your account.
      </p>

      <label htmlFor="cancel-reason">
        What's the main reason? (optional)
        <Select id="cancel-reason" value={reason} onChange={(e) => setReason(e.target.value)}>
          <option value="">Choose a reason</option>
          <option value="price">Too expensive</option>
          <option value="too-much-food">Too much food</option>
          <option value="moving">I'm moving</option>
          <option value="other">Something else</option>
        </Select>
      </label>

      {error && <p role="alert">{error}</p>}

      <Actions>
        <Button type="button" $tone="neutral" $block onClick={() => navigate('/account/subscription')}>
          Keep my plan
        </Button>
        <Button type="button" $tone="danger" $block onClick={confirm} disabled={pending}>
          {pending ? 'Cancelling…' : 'Cancel subscription'}
        </Button>
      </Actions>
    </Wrapper>
  );
}
