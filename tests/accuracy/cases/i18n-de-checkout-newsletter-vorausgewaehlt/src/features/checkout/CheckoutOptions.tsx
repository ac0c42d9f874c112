import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { placeOrder } from '@/api/orders';
import { COPY } from '@/copy/checkout';
import { useCart } from '@/hooks/useCart';
import { formatEuro } from '@/lib/format';
import './CheckoutOptions.scss';

type CheckoutOptionsValues = {
  transportInsurance: boolean;
  giftWrap: boolean;
  note: string;
  newsletter: boolean;
  agb: boolean;
};

type CheckoutOptionsProps = {
  onOrdered: (orderId: string) => void;
};

const copy = COPY.options;

export function CheckoutOptions({ onOrdered }: CheckoutOptionsProps) {
  const { cart } = useCart();
  const [submitError, setSubmitError] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<CheckoutOptionsValues>({
    defaultValues: {
      transportInsurance: true,
      giftWrap: false,
      note: '',
      newsletter: true,
      agb: false,
    },
  });

  const onSubmit = async (values: CheckoutOptionsValues) => {
    setSubmitError(false);
    try {
      const order = await placeOrder({ cartId: cart.id, ...values });
      onOrdered(order.id);
    } catch {
      setSubmitError(true);
    }
  };

  return (
    <form className="checkout-options" onSubmit={handleSubmit(onSubmit)} noValidate>
      <h2 className="checkout-options__title">{copy.title}</h2>

      <fieldset className="checkout-options__group">
        <legend>{copy.extrasLegend}</legend>
        <label className="checkout-options__check">
          <input type="checkbox" {...register('transportInsurance')} />
          <span>{copy.transportInsurance}</span>
        </label>
        <label className="checkout-options__check">
          <input type="checkbox" {...register('giftWrap')} />
          <span>{copy.giftWrap}</span>
        </label>
      </fieldset>

      <label className="checkout-options__note">
        {copy.noteLabel}
        <textarea rows={3} placeholder={copy.notePlaceholder} {...register('note')} />
      </label>

      <div className="checkout-options__total">
        <span>{copy.totalLabel}</span>
        <span>{formatEuro(cart.total)}</span>
      </div>

      <label className="checkout-options__check">
        <input type="checkbox" {...register('newsletter')} />
        <span>{copy.newsletter}</span>
      </label>

      <label className="checkout-options__check">
        <input type="checkbox" {...register('agb', { required: copy.agbRequired })} />
        <span>{copy.agb}</span>
      </label>
      {errors.agb && <p className="checkout-options__error">{errors.agb.message}</p>}
      {submitError && (
        <p role="alert" className="checkout-options__error">
          {copy.error}
        </p>
      )}

      <button type="submit" className="checkout-options__submit" disabled={isSubmitting}>
        {isSubmitting ? copy.submitting : copy.submit}
      </button>
    </form>
  );
}
