// Copy for the personalisation prompt shown after a shopper's second visit.
// Reviewed by Legal 2024-09 (ticket LGL-412). Keep in sync with the Figma "Consent v3" frame.

export const personalisationCopy = {
  title: 'Get prices picked for you',
  body:
    'With your permission we use your browsing and purchase history on Loomly to personalise the deals and ' +
    'adverts you see, on our site and on partner sites such as social networks. You can change this at any ' +
    'time under Account → Privacy.',
  weeklyDigestLabel: 'Also email me a weekly digest of my deals',
  accept: 'Yes, personalise my deals',
  decline: "No thanks, I'll pay full price",
  saving: 'Saving…',
  error: 'We could not save your choice. Please try again.',
} as const;

export type PersonalisationCopy = typeof personalisationCopy;
