export type ConsentCategory = 'necessary' | 'analytics' | 'personalisedAds' | 'partnerEmails';

export type ConsentChoices = Record<ConsentCategory, boolean>;

// Starting point for the preferences dialog on a first visit.
export const DEFAULT_CHOICES: ConsentChoices = {
  necessary: true,
  analytics: true,
  personalisedAds: true,
  partnerEmails: false,
};

export const CONSENT_VERSION = '2024-11';
