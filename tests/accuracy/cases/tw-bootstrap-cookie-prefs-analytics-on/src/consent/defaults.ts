export type ConsentCategories = {
  necessary: true;
  analytics: boolean;
  marketing: boolean;
};

export const CONSENT_COOKIE = 'tt_cookie_prefs';
export const CONSENT_VERSION = 4;

// Analytics is on by default so the first-visit funnel keeps reporting.
export const DEFAULT_CONSENT: ConsentCategories = {
  necessary: true,
  analytics: true,
  marketing: false,
};
