import styled from '@emotion/styled';
import { ErrorMessage, Field, Form, Formik } from 'formik';
import * as Yup from 'yup';
import { useCart } from '@/hooks/useCart';
import { formatCurrency } from '@/lib/money';
import { updateCheckout } from '../api/checkout';

type ContactValues = {
  email: string;
  phone: string;
  smsUpdates: boolean;
  newsletter: boolean;
  roundUp: boolean;
};

const schema = Yup.object({
  email: Yup.string().email('Enter a valid email').required('We need an email for your receipt'),
  phone: Yup.string().optional(),
});

const Card = styled.section`
  background: #fbfaf7;
  border: 1px solid #e4e0d6;
  border-radius: 14px;
  padding: 28px;
  font-size: 15px;
  color: #26322b;
`;

const Input = styled(Field)`
  width: 100%;
  padding: 11px 12px;
  border: 1px solid #c9c4b6;
  border-radius: 8px;
  font-size: 15px;
`;

const CheckRow = styled.label`
  display: flex;
  gap: 10px;
  align-items: flex-start;
  margin-top: 14px;
  line-height: 1.45;
`;

const PrimaryButton = styled.button`
  margin-top: 24px;
  width: 100%;
  padding: 14px;
  border: 0;
  border-radius: 10px;
  background: #2f6b4f;
  color: #ffffff;
  font-size: 16px;
  font-weight: 600;
  cursor: pointer;
`;

export function ContactStep({ onDone }: { onDone: () => void }) {
  const { cart } = useCart();
  const roundedCents = Math.ceil(cart.totalCents / 100) * 100;
  const donationCents = roundedCents - cart.totalCents;

  const initialValues: ContactValues = {
    email: '',
    phone: '',
    smsUpdates: false,
    newsletter: true,
    roundUp: true,
  };

  return (
    <Card aria-labelledby="contact-heading">
      <h2 id="contact-heading">Contact details</h2>
      <Formik
        initialValues={initialValues}
        validationSchema={schema}
        onSubmit={async (values) => {
          await updateCheckout(cart.id, {
            ...values,
            donationCents: values.roundUp ? donationCents : 0,
          });
          onDone();
        }}
      >
        {({ isSubmitting }) => (
          <Form>
            <label htmlFor="email">Email</label>
            <Input id="email" name="email" type="email" autoComplete="email" />
            <ErrorMessage name="email" component="p" className="field-error" />

            <label htmlFor="phone">Phone (optional)</label>
            <Input id="phone" name="phone" type="tel" autoComplete="tel" />

            <CheckRow>
              <Field type="checkbox" name="smsUpdates" />
              Text me delivery updates for this order
            </CheckRow>

            <CheckRow>
              <Field type="checkbox" name="newsletter" />
              Keep me posted on new arrivals, care tips and members-only offers
            </CheckRow>

            {donationCents > 0 && (
              <CheckRow>
                <Field type="checkbox" name="roundUp" />
                Round up to {formatCurrency(roundedCents)} and donate {formatCurrency(donationCents)} to One Tree
                Planted
              </CheckRow>
            )}

            <PrimaryButton type="submit" disabled={isSubmitting}>
              Continue to shipping
            </PrimaryButton>
          </Form>
        )}
      </Formik>
    </Card>
  );
}
