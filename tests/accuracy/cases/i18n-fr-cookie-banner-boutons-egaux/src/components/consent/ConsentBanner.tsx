import { Trans, useTranslation } from 'react-i18next';
import { useConsent } from '@/hooks/useConsent';
import './ConsentBanner.scss';

type ConsentBannerProps = {
  onCustomize: () => void;
};

export function ConsentBanner({ onCustomize }: ConsentBannerProps) {
  const { t } = useTranslation('consent');
  const { status, acceptAll, rejectAll } = useConsent();

  if (status !== 'unknown') return null;

  return (
    <div className="consent-banner" role="dialog" aria-modal="false" aria-labelledby="consent-banner-title">
      <div className="consent-banner__top">
        <button type="button" className="consent-banner__continue" onClick={rejectAll}>
          {t('banner.continueWithout')}
        </button>
      </div>
      <h2 id="consent-banner-title" className="consent-banner__title">
        {t('banner.title')}
      </h2>
      <p className="consent-banner__body">
        <Trans i18nKey="banner.body" t={t} components={{ cookiesLink: <a href="#gerer-les-cookies" onClick={onCustomize} /> }} />
      </p>
      <div className="consent-banner__choices">
        <button type="button" className="consent-banner__choice" onClick={acceptAll}>
          {t('banner.accept')}
        </button>
        <button type="button" className="consent-banner__choice" onClick={rejectAll}>
          {t('banner.reject')}
        </button>
      </div>
      <div className="consent-banner__links">
        <button type="button" onClick={onCustomize}>
          {t('banner.customize')}
        </button>
        <a href="/confidentialite">{t('banner.policy')}</a>
      </div>
    </div>
  );
}
