import { useState } from 'react';
import styled from 'styled-components';
import { useTranslation } from 'next-i18next';
import { requestPushPermission } from '@/lib/push';
import { enableDealProfiling } from '@/lib/api/deals';
import { useDismissal } from '@/hooks/useDismissal';

const Wrapper = styled.aside`
  display: flex;
  align-items: center;
  gap: 20px;
  padding: 16px 20px;
  border-radius: 14px;
  background: #fff7e6;
  border: 1px solid #ffd591;
  margin: 16px 0;

  @media (max-width: 600px) {
    flex-direction: column;
    align-items: stretch;
  }
`;

const Copy = styled.div`
  flex: 1;
  h3 {
    margin: 0 0 4px;
    font-size: 17px;
  }
  p {
    margin: 0;
    font-size: 15px;
    line-height: 1.45;
    color: #3d2c00;
  }
`;

const Action = styled.button<{ $primary?: boolean }>`
  padding: 10px 18px;
  border-radius: 8px;
  font-size: 15px;
  font-weight: 600;
  cursor: pointer;
  border: 1px solid #d46b08;
  background: ${({ $primary }) => ($primary ? '#d46b08' : '#ffffff')};
  color: ${({ $primary }) => ($primary ? '#ffffff' : '#873800')};
`;

type Props = {
  placement: 'home' | 'store';
};

export function DealAlertsBanner({ placement }: Props) {
  const { t } = useTranslation('deals');
  const { dismissed, dismissFor } = useDismissal('deal-alerts');
  const [enabled, setEnabled] = useState(false);

  if (dismissed) return null;
  if (enabled) return <p role="status">{t('alerts.enabled')}</p>;

  async function enable() {
    const permission = await requestPushPermission();
    if (permission === 'granted') {
      await enableDealProfiling({ source: placement });
      setEnabled(true);
    }
  }

  return (
    <Wrapper aria-labelledby={`deal-alerts-${placement}`}>
      <Copy>
        <h3 id={`deal-alerts-${placement}`}>{t('alerts.heading')}</h3>
        <p>{t('alerts.body')}</p>
      </Copy>
      <Action $primary type="button" onClick={enable}>
        {t('alerts.enable')}
      </Action>
      <Action type="button" onClick={() => dismissFor(7)}>
        {t('alerts.later')}
      </Action>
    </Wrapper>
  );
}
