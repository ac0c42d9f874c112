import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import Spinner from 'react-bootstrap/Spinner';

import { setOffersConsent } from '../services/consentService';
import { logEvent } from '../services/telemetry';

interface PersonalisedOffersModalProps {
  show: boolean;
  customerId: string;
  onClose: () => void;
}

export default function PersonalisedOffersModal({ show, customerId, onClose }: PersonalisedOffersModalProps) {
  const [pending, setPending] = useState<'accept' | 'decline' | null>(null);

  const respond = async (optIn: boolean) => {
    setPending(optIn ? 'accept' : 'decline');
    try {
      await setOffersConsent(customerId, optIn);
      logEvent('offers_consent_answered', { optIn });
    } finally {
      setPending(null);
      onClose();
    }
  };

  return (
    <Modal show={show} onHide={onClose} centered backdrop="static">
      <Modal.Header closeButton>
        <Modal.Title as="h2" className="h5">
          Cashback offers picked for you
        </Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <p>
          Get up to 10% cashback at shops you already use. Offers appear in the Rewards tab and are
          added to your account automatically.
        </p>
        <small className="text-muted d-block">
          To choose your offers we share your spending categories and postcode area with our retail
          partners. We never share individual transactions.
        </small>
      </Modal.Body>
      <Modal.Footer className="d-flex justify-content-between">
        <Button
          variant="link"
          size="sm"
          className="text-muted text-decoration-none"
          disabled={pending !== null}
          onClick={() => respond(false)}
        >
          No thanks
        </Button>
        <Button variant="primary" disabled={pending !== null} onClick={() => respond(true)}>
          {pending === 'accept' ? <Spinner size="sm" animation="border" /> : 'Yes, show me offers'}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
