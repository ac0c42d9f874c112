import { format } from 'date-fns';

type ConfirmStepProps = {
  periodEnd: string;
  busy: boolean;
  onKeep: () => void;
  onCancel: () => void;
};

export function ConfirmStep({ periodEnd, busy, onKeep, onCancel }: ConfirmStepProps) {
  const endDate = format(new Date(periodEnd), 'MMMM d, yyyy');

  return (
    <section className="cancel-step" aria-labelledby="confirm-title">
      <h2 id="confirm-title">Are you sure?</h2>
      <p>
        Premium ends on {endDate}. After that you'll lose your downloads, and playlists over 50 songs will be limited
        to shuffle play.
      </p>
      <div className="cancel-actions">
        <button type="button" className="cancel-btn cancel-btn--primary" onClick={onKeep} disabled={busy}>
          Keep Premium
        </button>
        <button type="button" className="cancel-btn cancel-btn--dark" onClick={onCancel} disabled={busy}>
          {busy ? 'Cancelling…' : 'Cancel subscription'}
        </button>
      </div>
    </section>
  );
}
