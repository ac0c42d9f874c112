/**
 * Finding and starting Chromium for `honest-ui audit`. honest-ui never downloads a browser: it uses the one named
 * with `--browser`, then `HONEST_UI_CHROMIUM`, then the usual system places. playwright-core drives it and is
 * loaded here, lazily, so nothing but the audit ever loads it.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserType } from 'playwright-core';

/** A browser or playwright-core that can't be had: the CLI prints it and exits 2. */
export class BrowserSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrowserSetupError';
  }
}

/** Where Chromium and Chrome are usually installed (Debian/Ubuntu packages, Google's packages, macOS apps). */
export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT = 'Install Chromium (Debian/Ubuntu: apt-get install chromium; macOS: install Google Chrome) or name one with --browser <path> or HONEST_UI_CHROMIUM.';

/**
 * Flags for a headless audit on a closed network: no first-run UI, no background traffic of the browser's own
 * (updates, sync, safe browsing lists), no QUIC, no GPU. The sandbox is off because CI containers run as root,
 * where Chromium refuses to start with it.
 */
export const LAUNCH_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The browser to use: `given` (--browser), then HONEST_UI_CHROMIUM, then the system places. */
export function findBrowser(given: string | undefined, env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  if (given !== undefined) {
    if (!exists(given)) throw new BrowserSetupError(`--browser ${given}: no such file.`);
    return given;
  }
  const fromEnv = env.HONEST_UI_CHROMIUM;
  if (fromEnv) {
    if (!exists(fromEnv)) throw new BrowserSetupError(`HONEST_UI_CHROMIUM=${fromEnv}: no such file.`);
    return fromEnv;
  }
  const found = SYSTEM_BROWSERS.find((candidate) => exists(candidate));
  if (!found) throw new BrowserSetupError(`no Chromium or Chrome found (looked in ${SYSTEM_BROWSERS.join(', ')}). ${INSTALL_HINT}`);
  return found;
}

/**
 * playwright-core, an optional peer dependency: teams that run Playwright already have it (through @playwright/test),
 * at the version they chose; everyone else installs it only if they audit.
 */
export async function loadChromium(): Promise<BrowserType> {
  try {
    const playwright = await import('playwright-core');
    return playwright.chromium;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new BrowserSetupError('honest-ui audit needs playwright-core to drive the browser: npm i -D playwright-core');
    }
    throw error;
  }
}

export interface LaunchOptions {
  executablePath: string;
  /** Extra Chromium flags (`--browser-arg`), such as --host-resolver-rules or --proxy-server. */
  args?: readonly string[];
}

export async function launchBrowser(options: LaunchOptions): Promise<Browser> {
  const chromium = await loadChromium();
  try {
    // Playwright gives each launch a fresh, temporary user data dir and removes it on close.
    return await chromium.launch({ executablePath: options.executablePath, args: [...LAUNCH_FLAGS, ...(options.args ?? [])], headless: true });
  } catch (error) {
    throw new BrowserSetupError(`could not start ${options.executablePath}: ${firstLine(error instanceof Error ? error.message : String(error))}`);
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}
