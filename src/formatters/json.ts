import type { Formatter } from './index.js';

/** ESLint's `json` formatter: the results array, serialised as is, so any ESLint JSON consumer reads it. */
export const json: Formatter = (results) => JSON.stringify(results);
