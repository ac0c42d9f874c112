export const COPY = {
  cookieBanner: {
    title: 'Vos choix en matière de cookies',
    text:
      "La Popote et ses partenaires utilisent des cookies pour mesurer l'audience, personnaliser les contenus et afficher des publicités adaptées à vos centres d'intérêt.",
    policyLink: 'Politique cookies',
    rejectAll: 'Tout refuser',
    customize: 'Personnaliser',
    acceptAll: 'Tout accepter',
  },
  newsletter: {
    title: 'Une recette par jour dans votre boîte mail',
    cta: "Je m'inscris",
  },
  footer: {
    legal: 'Mentions légales',
    contact: 'Nous contacter',
  },
} as const;
