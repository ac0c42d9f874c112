import { defineMessages } from 'react-intl';

// Source language is French; run `npm run i18n:extract` after editing.
export default defineMessages({
  title: {
    id: 'checkout.club.title',
    defaultMessage: 'Livraison offerte avec Club Maison+',
  },
  body: {
    id: 'checkout.club.body',
    defaultMessage:
      'Essayez Club Maison+ gratuitement pendant 30 jours : livraison offerte sur toutes vos commandes et retours prolongés à 60 jours.',
  },
  renewal: {
    id: 'checkout.club.renewal',
    defaultMessage:
      "À la fin de l'essai, l'abonnement coûte {price} par mois et se renouvelle automatiquement. Résiliable à tout moment depuis votre compte.",
  },
  accept: {
    id: 'checkout.club.accept',
    defaultMessage: "Commencer l'essai gratuit",
  },
  reject: {
    id: 'checkout.club.reject',
    defaultMessage: 'Non merci, je préfère payer plein tarif',
  },
  error: {
    id: 'checkout.club.error',
    defaultMessage: "L'essai n'a pas pu être activé. Votre commande n'est pas affectée.",
  },
});
