export type MarketingChannel = 'email' | 'sms' | 'phone' | 'post';

export const MARKETING_CHANNELS: { value: MarketingChannel; label: string }[] = [
  { value: 'email', label: 'Email' },
  { value: 'sms', label: 'Text message' },
  { value: 'phone', label: 'Phone call' },
  { value: 'post', label: 'Post' },
];

export interface ContactPreferencesValues {
  marketingChannels: MarketingChannel[];
  customerResearch: boolean;
  paperlessStatements: boolean;
}

// New customers: no marketing until they choose; statements go paperless (they can switch to paper below).
export const NEW_CUSTOMER_PREFERENCES: ContactPreferencesValues = {
  marketingChannels: [],
  customerResearch: false,
  paperlessStatements: true,
};
