/**
 * The formatters by name, each loaded only when asked for: `honest-ui --help` lists the names and a run loads the
 * one it writes with, not all six (issue 14, start-up). index.ts holds the same formatters loaded eagerly.
 */
import type { Formatter } from './index.js';

const LOADERS = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  html: async () => (await import('./html.js')).html,
} as const satisfies Record<string, () => Promise<Formatter>>;

export type FormatterName = keyof typeof LOADERS;

export const FORMATTER_NAMES = Object.keys(LOADERS) as FormatterName[];

export function isFormatterName(name: string): name is FormatterName {
  return Object.hasOwn(LOADERS, name);
}

/** The formatter of that name, loaded. */
export async function loadFormatter(name: FormatterName): Promise<Formatter> {
  return LOADERS[name]();
}
