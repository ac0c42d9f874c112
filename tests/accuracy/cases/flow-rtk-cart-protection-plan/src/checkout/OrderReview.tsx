import styled from 'styled-components';
import { useDispatch, useSelector } from 'react-redux';
import type { AppDispatch, RootState } from '@/store';
import { placeOrder } from '@/store/thunks';
import { setAddon, setShipping } from '@/store/checkoutSlice';
import { EXPRESS_SHIPPING_CENTS, GIFT_WRAP_CENTS, PROTECTION_PLAN_CENTS, formatCurrency } from './pricing';

const Layout = styled.div`
  display: grid;
  grid-template-columns: 1fr 340px;
  gap: 32px;
  font-family: Inter, system-ui, sans-serif;
  color: #111827;
`;

const Option = styled.label`
  display: flex;
  align-items: center;
  gap: 12px;
  padding: 14px 16px;
  border: 1px solid #e5e7eb;
  border-radius: 10px;
  margin-bottom: 10px;
  font-size: 15px;
`;

const Summary = styled.aside`
  padding: 24px;
  border-radius: 12px;
  background: #f9fafb;
`;

const Scarcity = styled.p`
  margin: 16px 0 8px;
  color: #b91c1c;
  font-weight: 600;
`;

const PlaceOrder = styled.button`
  width: 100%;
  padding: 14px;
  border: 0;
  border-radius: 10px;
  background: #f59e0b;
  color: #111827;
  font-size: 17px;
  font-weight: 700;
`;

export function OrderReview() {
  const dispatch = useDispatch<AppDispatch>();
  const { shipping, addons, status } = useSelector((s: RootState) => s.checkout);
  const cart = useSelector((s: RootState) => s.cart);

  const total =
    cart.subtotalCents +
    (shipping === 'express' ? EXPRESS_SHIPPING_CENTS : 0) +
    (addons.protectionPlan ? PROTECTION_PLAN_CENTS : 0) +
    (addons.giftWrap ? GIFT_WRAP_CENTS : 0);

  return (
    <Layout>
      <section aria-labelledby="delivery-heading">
        <h2 id="delivery-heading">Delivery</h2>
        <Option>
          <input
            type="radio"
            name="shipping"
            checked={shipping === 'standard'}
            onChange={() => dispatch(setShipping('standard'))}
          />
          Standard (4–6 business days) — Free
        </Option>
        <Option>
          <input
            type="radio"
            name="shipping"
            checked={shipping === 'express'}
            onChange={() => dispatch(setShipping('express'))}
          />
          Express (next business day) — {formatCurrency(EXPRESS_SHIPPING_CENTS)}
        </Option>

        <h2>Protect your purchase</h2>
        <Option>
          <input
            type="checkbox"
            checked={addons.protectionPlan}
            onChange={(e) => dispatch(setAddon({ id: 'protectionPlan', on: e.target.checked }))}
          />
          2-year Accident Protection Plan for {cart.items[0]?.name} — {formatCurrency(PROTECTION_PLAN_CENTS)}
        </Option>
        <Option>
          <input
            type="checkbox"
            checked={addons.giftWrap}
            onChange={(e) => dispatch(setAddon({ id: 'giftWrap', on: e.target.checked }))}
          />
          Gift wrap with a handwritten card — {formatCurrency(GIFT_WRAP_CENTS)}
        </Option>
      </section>

      <Summary aria-label="Order summary">
        <dl>
          <dt>Subtotal</dt>
          <dd>{formatCurrency(cart.subtotalCents)}</dd>
          <dt>Total</dt>
          <dd>{formatCurrency(total)}</dd>
        </dl>
        <Scarcity>Only 2 left at this price</Scarcity>
        <PlaceOrder type="button" disabled={status === 'placing'} onClick={() => dispatch(placeOrder())}>
          {status === 'placing' ? 'Placing order…' : 'Place order'}
        </PlaceOrder>
        {status === 'failed' && <p role="alert">Payment failed. Nothing was charged — please try again.</p>}
      </Summary>
    </Layout>
  );
}
