export const PROTECTION_PLAN_CENTS = 4999;
export const GIFT_WRAP_CENTS = 599;
export const EXPRESS_SHIPPING_CENTS = 1299;

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export function formatCurrency(cents: number): string {
  return usd.format(cents / 100);
}
