import CookieConsent, { getCookieConsentValue } from 'react-cookie-consent';
import posthog from 'posthog-js';
import { useEffect } from 'react';

const CONSENT_COOKIE = 'ferrum_docs_analytics';

const buttonBase =
  'rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-900 shadow-sm hover:bg-slate-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500';

export function AnalyticsConsent() {
  useEffect(() => {
    if (getCookieConsentValue(CONSENT_COOKIE) === 'true') {
      posthog.opt_in_capturing();
    }
  }, []);

  return (
    <CookieConsent
      cookieName={CONSENT_COOKIE}
      location="bottom"
      disableStyles
      enableDeclineButton
      buttonText="Allow analytics"
      declineButtonText="Decline analytics"
      onAccept={() => posthog.opt_in_capturing()}
      onDecline={() => posthog.opt_out_capturing()}
      containerClasses="fixed inset-x-0 bottom-0 z-40 flex flex-col gap-3 border-t border-slate-200 bg-white px-6 py-4 text-slate-900 sm:flex-row sm:items-center sm:justify-between"
      contentClasses="max-w-3xl text-sm leading-6"
      buttonWrapperClasses="flex shrink-0 gap-2"
      declineButtonClasses={buttonBase}
      buttonClasses={buttonBase}
    >
      Ferrum Docs uses a first-party analytics cookie to count page views and searches, so we know
      which guides need work. No ads, no cross-site tracking.{' '}
      <a href="/privacy#analytics" className="font-medium text-sky-700 underline">
        What we collect
      </a>
    </CookieConsent>
  );
}
