import { useState } from 'react';
import styled from 'styled-components';
import { persistPreferences } from '@/lib/cmp';
import { ALL_OFF, ALL_ON, DEFAULT_PREFERENCES, type Preferences } from './defaults';

const Panel = styled.div`
  max-width: 560px;
  margin: 10vh auto 0;
  padding: 28px 32px;
  background: #ffffff;
  color: #1c1917;
  border-radius: 6px;
  font-family: Georgia, 'Times New Roman', serif;
  font-size: 16px;
`;

const Row = styled.label`
  display: grid;
  grid-template-columns: 24px 1fr;
  gap: 12px;
  padding: 14px 0;
  border-top: 1px solid #e7e5e4;
`;

const Hint = styled.span`
  display: block;
  color: #57534e;
  font-size: 15px;
`;

const Actions = styled.div`
  display: flex;
  align-items: center;
  gap: 16px;
  margin-top: 24px;
`;

const AcceptButton = styled.button`
  padding: 12px 22px;
  border: 0;
  border-radius: 4px;
  background: #9f1239;
  color: #ffffff;
  font-size: 16px;
  font-weight: 700;
`;

const SecondaryButton = styled.button`
  padding: 11px 20px;
  border: 1px solid #9f1239;
  border-radius: 4px;
  background: #ffffff;
  color: #9f1239;
  font-size: 16px;
  font-weight: 700;
`;

const TextButton = styled.button`
  padding: 0;
  border: 0;
  background: none;
  color: #57534e;
  font-size: 14px;
  text-decoration: underline;
`;

export function PrivacySettingsDialog({ onDone }: { onDone: () => void }) {
  const [prefs, setPrefs] = useState<Preferences>({ ...DEFAULT_PREFERENCES });

  const update = (key: Exclude<keyof Preferences, 'essential'>) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setPrefs((p) => ({ ...p, [key]: e.target.checked }));

  const finish = (value: Preferences) => {
    persistPreferences(value);
    onDone();
  };

  return (
    <Panel role="dialog" aria-modal="true" aria-labelledby="privacy-settings-heading">
      <h2 id="privacy-settings-heading">Privacy settings</h2>
      <p>
        The Ledger is funded by subscribers and advertising. Choose how we may use data about your visits on this
        device.
      </p>

      <Row>
        <input type="checkbox" checked disabled />
        <span>
          Essential
          <Hint>Sign-in, paywall metering and security. Always on.</Hint>
        </span>
      </Row>
      <Row>
        <input type="checkbox" checked={prefs.audienceMeasurement} onChange={update('audienceMeasurement')} />
        <span>
          Audience measurement
          <Hint>Count readers per article so editors know what you read.</Hint>
        </span>
      </Row>
      <Row>
        <input type="checkbox" checked={prefs.personalisedContent} onChange={update('personalisedContent')} />
        <span>
          Personalised recommendations
          <Hint>Suggest stories based on your reading history.</Hint>
        </span>
      </Row>
      <Row>
        <input type="checkbox" checked={prefs.advertising} onChange={update('advertising')} />
        <span>
          Personalised advertising
          <Hint>Let our ad partners use your visits to show relevant ads.</Hint>
        </span>
      </Row>

      <Actions>
        <AcceptButton type="button" onClick={() => finish(ALL_ON)}>
          Accept all
        </AcceptButton>
        <SecondaryButton type="button" onClick={() => finish(prefs)}>
          Save my choices
        </SecondaryButton>
        <TextButton type="button" onClick={() => finish(ALL_OFF)}>
          Reject all
        </TextButton>
      </Actions>
    </Panel>
  );
}
