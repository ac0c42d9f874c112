import { formatPrice } from '@/lib/format';

type OfferStepProps = {
  price: number;
  busy: boolean;
  onAccept: () => void;
  onDecline: () => void;
};

export function OfferStep({ price, busy, onAccept, onDecline }: OfferStepProps) {
  const discounted = Math.round(price * 50) / 100;

  return (
    <section className="cancel-step cancel-offer" aria-labelledby="offer-title">
      <span className="cancel-offer__badge">Just for you</span>
      <h2 id="offer-title">Stay for half price</h2>
      <p>
        Keep Premium for {formatPrice(discounted)}/month for your next 3 months, then {formatPrice(price)}/month.
        You can still cancel at any time.
      </p>
      <div className="cancel-actions">
        <button type="button" className="cancel-btn cancel-btn--primary" onClick={onAccept} disabled={busy}>
          Keep Premium at 50% off
        </button>
        <button type="button" className="cancel-btn cancel-btn--dark" onClick={onDecline} disabled={busy}>
          No, I don't want to save money
        </button>
      </div>
    </section>
  );
}
