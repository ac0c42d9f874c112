import { useState } from 'react';
import { Button, Flex, Modal, Space, Typography } from 'antd';
import { useConsentContext } from './ConsentContext';
import { PartnerList } from './PartnerList';
import { PreferencesModal } from './PreferencesModal';

const { Title, Paragraph, Text, Link } = Typography;

const POLICY_UPDATED = '2 May 2025';

export function ConsentModal() {
  const { needsDecision, acceptAll, rejectAll, saving } = useConsentContext();
  const [showPartners, setShowPartners] = useState(false);
  const [prefsOpen, setPrefsOpen] = useState(false);

  return (
    <>
      <Modal
        open={needsDecision && !prefsOpen}
        closable={false}
        maskClosable={false}
        keyboard={false}
        width={560}
        footer={
          <Flex justify="space-between" align="center">
            <Button type="link" onClick={() => setPrefsOpen(true)}>
              Customise
            </Button>
            <Space>
              <Button type="primary" loading={saving === 'reject'} onClick={rejectAll}>
                Reject all
              </Button>
              <Button type="primary" loading={saving === 'accept'} onClick={acceptAll}>
                Accept all
              </Button>
            </Space>
          </Flex>
        }
      >
        <Title level={4} style={{ marginTop: 0 }}>
          Before you book
        </Title>
        <Paragraph>
          Wayfarer and our 12 partners use cookies to measure bookings and to show you travel ads on other websites.
          If you accept, we share your browsing and search data with those partners for advertising. If you reject,
          we only use the cookies the site needs to work.
        </Paragraph>
        <Paragraph>
          <Link onClick={() => setShowPartners((v) => !v)}>
            {showPartners ? 'Hide the list of partners' : 'See the 12 partners we share data with'}
          </Link>
        </Paragraph>
        {showPartners && <PartnerList />}
        <Text type="secondary">Cookie policy last updated {POLICY_UPDATED}</Text>
      </Modal>
      <PreferencesModal open={prefsOpen} onClose={() => setPrefsOpen(false)} />
    </>
  );
}
