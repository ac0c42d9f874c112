import { Field, Form, Formik } from 'formik';
import {
  MARKETING_CHANNELS,
  NEW_CUSTOMER_PREFERENCES,
  type ContactPreferencesValues,
} from './contactOptions';
import { updateContactPreferences } from '@/api/customer';
import { Notice } from '@/ui/Notice';
import './ContactPreferences.css';

export function ContactPreferences({ onSaved }: { onSaved: () => void }) {
  return (
    <Formik<ContactPreferencesValues>
      initialValues={NEW_CUSTOMER_PREFERENCES}
      onSubmit={async (values, { setStatus }) => {
        try {
          await updateContactPreferences(values);
          onSaved();
        } catch {
          setStatus('error');
        }
      }}
    >
      {({ isSubmitting, status }) => (
        <Form className="ngb-prefs" noValidate>
          <h1 className="ngb-prefs__title">How we contact you</h1>

          <fieldset className="ngb-prefs__group">
            <legend>Offers and news about Northgate products</legend>
            <p className="ngb-prefs__hint">
              Tick each way you&apos;re happy for us to tell you about savings rates, mortgages and card offers. Leave
              them all unticked and we&apos;ll only contact you about your accounts.
            </p>
            {MARKETING_CHANNELS.map((channel) => (
              <label key={channel.value} className="ngb-prefs__option">
                <Field type="checkbox" name="marketingChannels" value={channel.value} />
                {channel.label}
              </label>
            ))}
          </fieldset>

          <fieldset className="ngb-prefs__group">
            <legend>Customer research</legend>
            <label className="ngb-prefs__option">
              <Field type="checkbox" name="customerResearch" />
              Invite me to take part in surveys and interviews about our services
            </label>
          </fieldset>

          <fieldset className="ngb-prefs__group">
            <legend>Statements</legend>
            <label className="ngb-prefs__option">
              <Field type="checkbox" name="paperlessStatements" />
              Paperless statements (we&apos;ll email you when a new statement is ready in online banking)
            </label>
          </fieldset>

          {status === 'error' && <Notice tone="error">Sorry, something went wrong. Your preferences weren&apos;t saved.</Notice>}

          <button type="submit" className="ngb-button ngb-button--primary" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Save preferences'}
          </button>

          <p className="ngb-prefs__footer">
            California residents: <a href="/privacy/ccpa-opt-out">Do not sell or share my personal information</a>
          </p>
        </Form>
      )}
    </Formik>
  );
}
