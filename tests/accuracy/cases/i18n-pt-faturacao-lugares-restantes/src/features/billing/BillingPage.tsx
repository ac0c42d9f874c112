import { useQuery } from '@tanstack/react-query';
import { fetchBillingOverview } from '@/api/billing';
import { Spinner } from '@/components/Spinner';
import { COPY } from '@/constants/copy';
import { useInviteDialog } from '@/features/team/useInviteDialog';
import './BillingPage.css';

const copy = COPY.billing;

const eur = new Intl.NumberFormat('pt-PT', { style: 'currency', currency: 'EUR' });
const longDate = new Intl.DateTimeFormat('pt-PT', { day: 'numeric', month: 'long', year: 'numeric' });

export function BillingPage() {
  const { openInvite } = useInviteDialog();
  const { data, isLoading, isError } = useQuery({ queryKey: ['billing'], queryFn: fetchBillingOverview });

  if (isLoading) return <Spinner label={copy.title} />;
  if (isError || !data) return <p className="billing__error">{copy.loadError}</p>;

  const seatsLeft = data.seats.total - data.seats.used;

  return (
    <div className="billing">
      <h1>{copy.title}</h1>

      <section className="billing__panel">
        <h2>{copy.planLabel}</h2>
        <p className="billing__plan">{copy.planName(data.seats.total)}</p>
        <p className="billing__seats">{seatsLeft > 0 ? copy.seatsLeft(seatsLeft) : copy.seatsFull}</p>
        <button type="button" className="billing__button" onClick={openInvite} disabled={seatsLeft === 0}>
          {copy.invite}
        </button>
        <p className="billing__next">
          {copy.nextInvoice(eur.format(data.nextInvoice.amount), longDate.format(new Date(data.nextInvoice.date)))}
        </p>
      </section>

      <section className="billing__panel">
        <h2>{copy.paymentMethod}</h2>
        <p>
          {data.card.brand} •••• {data.card.last4}
        </p>
        <a className="billing__link" href="/definicoes/faturacao/cartao">
          {copy.changeCard}
        </a>
      </section>

      <section className="billing__panel">
        <h2>{copy.invoices}</h2>
        {data.invoices.length === 0 ? (
          <p>{copy.empty}</p>
        ) : (
          <ul className="billing__invoices">
            {data.invoices.map((invoice) => (
              <li key={invoice.id}>
                <span>{longDate.format(new Date(invoice.date))}</span>
                <span>{eur.format(invoice.amount)}</span>
                <a href={invoice.pdfUrl} download>
                  {copy.download}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
