import { Button, Modal } from 'react-bootstrap';

import { useConsentRecord } from '../hooks/useConsentRecord';
import { POLICY_VERSION } from '../config/privacy';

type Props = {
  show: boolean;
  onManage: () => void;
};

export function CookieConsentModal({ show, onManage }: Props) {
  const { consentId, acceptAll, rejectAll, saving } = useConsentRecord();

  return (
    <Modal show={show} backdrop="static" keyboard={false} centered aria-labelledby="cookie-modal-title">
      <Modal.Header>
        <Modal.Title id="cookie-modal-title" as="h2" className="h5">
          Cookies at Meridian Library
        </Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <p className="mb-2">
          We use cookies to keep you signed in to your library account. With your permission we
          also use analytics cookies to see which catalogue pages are used, and we share that
          usage data with our catalogue software provider.
        </p>
        <p className="mb-0">Choose whether to allow the optional cookies. You can change this later under Privacy.</p>
      </Modal.Body>
      <Modal.Footer className="flex-column align-items-stretch gap-2">
        <div className="d-flex gap-2 justify-content-end">
          <Button variant="outline-secondary" onClick={onManage} disabled={saving}>
            Manage
          </Button>
          <Button variant="primary" onClick={rejectAll} disabled={saving}>
            Reject optional cookies
          </Button>
          <Button variant="primary" onClick={acceptAll} disabled={saving}>
            Accept all cookies
          </Button>
        </div>
        <div className="small text-muted d-flex justify-content-between">
          <span>Consent ID {consentId ?? '—'}</span>
          <span>Policy version {POLICY_VERSION}</span>
        </div>
      </Modal.Footer>
    </Modal>
  );
}
