export type CategoryKey = 'necessary' | 'analytics' | 'advertising' | 'personalisation';

export interface CookieCategory {
  key: CategoryKey;
  title: string;
  description: string;
  required: boolean;
  defaultEnabled: boolean;
  vendors: string[];
}

export const COOKIE_CATEGORIES: CookieCategory[] = [
  {
    key: 'necessary',
    title: 'Strictly necessary',
    description: 'Keep you signed in, remember your basket and protect the checkout against fraud.',
    required: true,
    defaultEnabled: true,
    vendors: ['Fernweh Reisen', 'Stripe'],
  },
  {
    key: 'analytics',
    title: 'Analytics',
    description: 'Count visits and measure which destinations and search filters people use, so we can improve the site.',
    required: false,
    defaultEnabled: true,
    vendors: ['Matomo', 'Hotjar'],
  },
  {
    key: 'advertising',
    title: 'Advertising',
    description: 'Let our ad partners show you Fernweh offers on other websites and measure those campaigns.',
    required: false,
    defaultEnabled: false,
    vendors: ['Google Ads', 'Meta', 'Criteo'],
  },
  {
    key: 'personalisation',
    title: 'Personalisation',
    description: 'Use your searches and past bookings to recommend trips on our homepage.',
    required: false,
    defaultEnabled: false,
    vendors: ['Fernweh Reisen'],
  },
];

export const initialCategoryValues = (): Record<CategoryKey, boolean> =>
  Object.fromEntries(COOKIE_CATEGORIES.map((c) => [c.key, c.defaultEnabled])) as Record<CategoryKey, boolean>;
