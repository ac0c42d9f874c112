export const COPY = {
  privacy: {
    title: 'Prima di iniziare',
    intro:
      "Per registrare allenamenti, battito cardiaco e sonno, Allenati tratta dati relativi alla tua salute. Ci serve il tuo consenso, come descritto nell'informativa privacy.",
    policyLink: 'Leggi l’informativa privacy',
    accept: 'Accetta e continua',
    decline: 'Non accetto',
    shareLabel:
      'Condividi i miei allenamenti e il battito cardiaco con le compagnie assicurative partner per ricevere sconti sulla polizza',
    retention: "I dati sanitari vengono conservati per 5 anni dopo la chiusura dell'account.",
    error: 'Non è stato possibile salvare la tua scelta. Riprova.',
  },
  home: {
    greeting: 'Bentornato, {name}!',
  },
} as const;
