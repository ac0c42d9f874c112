import { Field, Form, Formik } from 'formik';

const REASONS = [
  { value: 'price', label: 'It costs too much' },
  { value: 'not-using', label: "I don't use it enough" },
  { value: 'switching', label: "I'm switching to another service" },
  { value: 'technical', label: 'Technical problems' },
  { value: 'other', label: 'Something else' },
];

export function ReasonStep({ onNext }: { onNext: (reason: string) => void }) {
  return (
    <Formik initialValues={{ reason: '' }} onSubmit={(values) => onNext(values.reason)}>
      {({ values }) => (
        <Form className="cancel-step">
          <h2>Why are you cancelling?</h2>
          <p>Your answer helps us make Tempo better.</p>
          <div role="radiogroup" aria-label="Reason for cancelling" className="cancel-reasons">
            {REASONS.map((r) => (
              <label key={r.value} className="cancel-reason">
                <Field type="radio" name="reason" value={r.value} />
                {r.label}
              </label>
            ))}
          </div>
          <button type="submit" className="cancel-btn cancel-btn--neutral" disabled={!values.reason}>
            Continue
          </button>
        </Form>
      )}
    </Formik>
  );
}
