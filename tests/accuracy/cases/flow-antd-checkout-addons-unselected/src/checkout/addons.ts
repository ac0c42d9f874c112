export type AddonId = 'assembly' | 'theftCover' | 'donation';

export interface Addon {
  id: AddonId;
  title: string;
  price: number;
}

export const ADDONS: Addon[] = [
  { id: 'assembly', title: 'Full assembly and safety check by a mechanic', price: 39 },
  { id: 'theftCover', title: 'Theft insurance for 12 months', price: 59.88 },
  { id: 'donation', title: 'Donate to Bikes for Kids', price: 2 },
];

export const SHIPPING_OPTIONS = [
  { value: 'standard', label: 'Standard delivery (3–5 days)', price: 0 },
  { value: 'express', label: 'Express delivery (next day)', price: 14.9 },
] as const;

export type ShippingValue = (typeof SHIPPING_OPTIONS)[number]['value'];
