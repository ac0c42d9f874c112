/** Every rule id is written with this prefix outside the catalogue: `honest-ui/no-fine-print`. */
export const RULE_PREFIX = 'honest-ui/';
