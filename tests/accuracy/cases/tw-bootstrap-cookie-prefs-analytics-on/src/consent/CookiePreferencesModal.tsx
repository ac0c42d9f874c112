import { useState } from 'react';
import { Button, Form, Modal, Stack } from 'react-bootstrap';
import Cookies from 'js-cookie';

import { CONSENT_COOKIE, CONSENT_VERSION, DEFAULT_CONSENT, type ConsentCategories } from './defaults';
import { applyConsent } from './applyConsent';

type Props = {
  show: boolean;
  onHide: () => void;
};

export function CookiePreferencesModal({ show, onHide }: Props) {
  const [prefs, setPrefs] = useState<ConsentCategories>(DEFAULT_CONSENT);

  const persist = (next: ConsentCategories) => {
    Cookies.set(CONSENT_COOKIE, JSON.stringify({ v: CONSENT_VERSION, ...next }), { expires: 365 });
    applyConsent(next);
    onHide();
  };

  return (
    <Modal show={show} onHide={onHide} size="lg" aria-labelledby="cookie-prefs-title">
      <Modal.Header closeButton>
        <Modal.Title id="cookie-prefs-title">Cookie preferences</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <p>
          TrailTickets uses cookies to run the site, to measure how it is used and, with your
          permission, to show you ads for events on other websites.
        </p>
        <Form>
          <Form.Check
            type="switch"
            id="cookie-necessary"
            className="mb-3"
            label="Strictly necessary cookies (always active)"
            checked
            disabled
          />
          <Form.Check
            type="switch"
            id="cookie-analytics"
            className="mb-3"
            label="Analytics cookies: help us understand which pages people visit"
            checked={prefs.analytics}
            onChange={(e) => setPrefs({ ...prefs, analytics: e.target.checked })}
          />
          <Form.Check
            type="switch"
            id="cookie-marketing"
            label="Marketing cookies: show you TrailTickets ads on other sites"
            checked={prefs.marketing}
            onChange={(e) => setPrefs({ ...prefs, marketing: e.target.checked })}
          />
        </Form>
      </Modal.Body>
      <Modal.Footer>
        <Stack direction="horizontal" gap={2} className="w-100 flex-wrap">
          <Button
            variant="outline-secondary"
            onClick={() => persist({ necessary: true, analytics: false, marketing: false })}
          >
            Reject all
          </Button>
          <Button
            variant="outline-secondary"
            onClick={() => persist({ necessary: true, analytics: true, marketing: true })}
          >
            Accept all
          </Button>
          <Button variant="primary" className="ms-auto" onClick={() => persist(prefs)}>
            Save my choices
          </Button>
        </Stack>
      </Modal.Footer>
    </Modal>
  );
}
