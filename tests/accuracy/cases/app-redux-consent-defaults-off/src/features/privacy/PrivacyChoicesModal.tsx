import { Alert, Button, Form, Modal } from 'react-bootstrap';
import { useAppDispatch, useAppSelector } from '../../store';
import { submitConsent, toggled, type OptionalPurpose } from './consentSlice';

const PURPOSE_LABELS: Record<OptionalPurpose, string> = {
  analytics: 'Measure how skylark.com is used (analytics cookies)',
  tripInspiration: 'Send me trip inspiration and fare alerts by email',
  partnerSharing: 'Share my booking details with hotel and car rental partners for their offers',
};

const EVERYTHING = { analytics: true, tripInspiration: true, partnerSharing: true };
const NOTHING = { analytics: false, tripInspiration: false, partnerSharing: false };

export function PrivacyChoicesModal() {
  const dispatch = useAppDispatch();
  const { modalVisible, choices, submitting, lastError } = useAppSelector((state) => state.consent);

  return (
    <Modal show={modalVisible} backdrop="static" keyboard={false} centered aria-labelledby="privacy-choices-title">
      <Modal.Header>
        <Modal.Title id="privacy-choices-title">Your privacy choices</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <p>
          Skylark Air needs some cookies to run bookings and check-in. Everything below is optional and off until you
          switch it on.
        </p>
        <Form>
          {(Object.keys(PURPOSE_LABELS) as OptionalPurpose[]).map((purpose) => (
            <Form.Check
              key={purpose}
              type="switch"
              id={`consent-${purpose}`}
              className="mb-2"
              label={PURPOSE_LABELS[purpose]}
              checked={choices[purpose]}
              onChange={(event) => dispatch(toggled({ purpose, value: event.target.checked }))}
            />
          ))}
        </Form>
        {lastError && (
          <Alert variant="danger" className="mt-3 mb-0">
            We couldn't save your choices ({lastError}).
          </Alert>
        )}
      </Modal.Body>
      <Modal.Footer>
        <Button variant="primary" disabled={submitting} onClick={() => dispatch(submitConsent(EVERYTHING))}>
          Accept all
        </Button>
        <Button variant="primary" disabled={submitting} onClick={() => dispatch(submitConsent(NOTHING))}>
          Reject all
        </Button>
        <Button variant="outline-primary" disabled={submitting} onClick={() => dispatch(submitConsent(choices))}>
          Save my choices
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
