import styled from '@emotion/styled';
import { useMutation } from '@tanstack/react-query';
import { applyCoupon, scheduleCancellation } from '@/api/billing';
import { Modal } from '@/components/Modal';
import { formatCurrency } from '@/lib/currency';

type Props = {
  open: boolean;
  subscriptionId: string;
  monthlyCents: number;
  onClose: () => void;
  onCancelled: () => void;
};

const OFFER_CENTS = 900;

const Body = styled.div`
  padding: 32px 36px 28px;
  background: #ffffff;
  color: #18181b;
  text-align: center;
  font-size: 16px;
`;

const Emoji = styled.div`
  font-size: 40px;
`;

const Headline = styled.h2`
  margin: 8px 0;
  font-size: 24px;
`;

const Terms = styled.p`
  margin: 8px 0 24px;
  color: #a1a1aa;
  font-size: 11px;
`;

const AcceptButton = styled.button`
  display: block;
  width: 100%;
  padding: 14px 18px;
  border: 0;
  border-radius: 10px;
  background: #4f46e5;
  color: #ffffff;
  font-size: 17px;
  font-weight: 700;
  cursor: pointer;
`;

const QuietLink = styled.button`
  margin-top: 18px;
  padding: 0;
  border: 0;
  background: transparent;
  color: #e4e4e7;
  font-size: 12px;
  cursor: pointer;
`;

export function RetentionOfferModal({ open, subscriptionId, monthlyCents, onClose, onCancelled }: Props) {
  const keep = useMutation({
    mutationFn: () => applyCoupon(subscriptionId, 'STAY3X9'),
    onSuccess: onClose,
  });
  const cancel = useMutation({
    mutationFn: () => scheduleCancellation(subscriptionId),
    onSuccess: onCancelled,
  });

  return (
    <Modal open={open} onClose={onClose} aria-labelledby="retention-title">
      <Body>
        <Emoji aria-hidden>🎁</Emoji>
        <Headline id="retention-title">Wait — we'd hate to see you go</Headline>
        <p>
          Stay on Pagecraft Pro for just {formatCurrency(OFFER_CENTS)}/month for the next 3 months. Your sites,
          custom domains and form submissions stay exactly as they are.
        </p>
        <Terms>
          After 3 months your plan renews automatically at {formatCurrency(monthlyCents)}/month until you cancel.
        </Terms>
        <AcceptButton type="button" onClick={() => keep.mutate()} disabled={keep.isPending}>
          {keep.isPending ? 'Applying…' : 'Accept offer'}
        </AcceptButton>
        <QuietLink type="button" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
          Continue to cancel
        </QuietLink>
      </Body>
    </Modal>
  );
}
