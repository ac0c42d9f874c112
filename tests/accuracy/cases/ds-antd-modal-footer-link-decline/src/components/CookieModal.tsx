import { useEffect, useState } from 'react';
import { Button, Modal, Typography } from 'antd';
import Cookies from 'js-cookie';
import { loadTagManager } from '@/lib/gtm';
import { CookiePreferencesDrawer } from './CookiePreferencesDrawer';

const { Paragraph, Title } = Typography;

const CONSENT_COOKIE = 'kh_consent';

type Decision = 'all' | 'necessary';

export default function CookieModal() {
  const [open, setOpen] = useState(false);
  const [prefsOpen, setPrefsOpen] = useState(false);

  useEffect(() => {
    setOpen(!Cookies.get(CONSENT_COOKIE));
  }, []);

  const decide = (decision: Decision) => {
    Cookies.set(CONSENT_COOKIE, decision, { expires: 180, sameSite: 'lax' });
    if (decision === 'all') loadTagManager();
    setOpen(false);
  };

  return (
    <>
      <Modal
        open={open}
        closable={false}
        maskClosable={false}
        keyboard={false}
        width={520}
        footer={[
          <Button key="decline" type="link" onClick={() => decide('necessary')}>
            Decline
          </Button>,
          <Button
            key="prefs"
            onClick={() => {
              setOpen(false);
              setPrefsOpen(true);
            }}
          >
            Preferences
          </Button>,
          <Button key="accept" type="primary" onClick={() => decide('all')}>
            Accept all
          </Button>,
        ]}
      >
        <Title level={4}>Kestrel Home &amp; cookies</Title>
        <Paragraph>
          This shop uses cookies and similar technologies. <a href="/legal/cookies">Learn more</a>
        </Paragraph>
      </Modal>
      <CookiePreferencesDrawer
        open={prefsOpen}
        onClose={() => {
          setPrefsOpen(false);
          setOpen(!Cookies.get(CONSENT_COOKIE));
        }}
      />
    </>
  );
}
