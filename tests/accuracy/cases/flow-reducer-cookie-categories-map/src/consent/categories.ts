export type CategoryId = 'necessary' | 'functional' | 'analytics' | 'advertising';

export type CookieCategory = {
  id: CategoryId;
  title: string;
  description: string;
  required?: boolean;
};

export const COOKIE_CATEGORIES: readonly CookieCategory[] = [
  {
    id: 'necessary',
    title: 'Strictly necessary',
    description: 'Keep you signed in, hold your basket and protect bookings against fraud. Always active.',
    required: true,
  },
  {
    id: 'functional',
    title: 'Preferences',
    description: 'Remember your language, currency and recently viewed destinations.',
  },
  {
    id: 'analytics',
    title: 'Analytics',
    description: 'Measure which pages and searches people use so we can improve Wayfarer.',
  },
  {
    id: 'advertising',
    title: 'Advertising',
    description: 'Let our partners show you travel ads based on your visits to Wayfarer and other sites.',
  },
];
