import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  body: {
    id: 'cookieConsent.body',
    defaultMessage:
      "We'd like to set analytics cookies to see which lessons are watched and where people drop off, and advertising cookies from Google and Meta to measure our ads on other sites. We won't set either unless you accept.",
  },
  learnMore: {
    id: 'cookieConsent.learnMore',
    defaultMessage: 'Learn more',
  },
  accept: {
    id: 'cookieConsent.accept',
    defaultMessage: 'Accept all',
  },
  reject: {
    id: 'cookieConsent.reject',
    defaultMessage: 'Reject all',
  },
});
