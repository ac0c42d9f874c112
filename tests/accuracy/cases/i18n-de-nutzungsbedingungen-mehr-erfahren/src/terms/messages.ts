import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  title: {
    id: 'termsUpdate.title',
    defaultMessage: 'Wir haben unsere Nutzungsbedingungen aktualisiert',
  },
  body: {
    id: 'termsUpdate.body',
    defaultMessage: 'Bitte bestätige die neue Fassung vom {date}, um Planwerk weiter zu nutzen.',
  },
  accept: {
    id: 'termsUpdate.accept',
    defaultMessage: 'Akzeptieren',
  },
  learnMore: {
    id: 'termsUpdate.learnMore',
    defaultMessage: 'Mehr erfahren',
  },
  saving: {
    id: 'termsUpdate.saving',
    defaultMessage: 'Wird gespeichert …',
  },
  error: {
    id: 'termsUpdate.error',
    defaultMessage: 'Deine Zustimmung konnte nicht gespeichert werden. Bitte versuche es erneut.',
  },
});
