// German-only shop; copy lives here until we add a translation service.
export const COPY = {
  options: {
    title: 'Fast geschafft: Zahlung & Abschluss',
    extrasLegend: 'Extras für deine Lieferung',
    transportInsurance: 'Transportversicherung für Kühlware (+1,99 €)',
    giftWrap: 'Als Geschenk verpacken (+2,50 €)',
    noteLabel: 'Hinweis für den Fahrer (optional)',
    notePlaceholder: 'z. B. bitte beim Nachbarn abgeben',
    totalLabel: 'Gesamtsumme inkl. MwSt.',
    newsletter:
      'Ja, ich möchte den Frischekiste-Newsletter mit Rezepten, Aktionen und persönlichen Angeboten per E-Mail erhalten. Abmeldung jederzeit möglich.',
    agb: 'Ich habe die AGB und die Widerrufsbelehrung gelesen und akzeptiere sie.',
    agbRequired: 'Bitte bestätige die AGB, um fortzufahren.',
    submit: 'Zahlungspflichtig bestellen',
    submitting: 'Bestellung wird gesendet …',
    error: 'Die Bestellung konnte nicht abgeschlossen werden. Bitte versuche es erneut.',
  },
} as const;
