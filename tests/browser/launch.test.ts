/** Finding the browser: --browser, then HONEST_UI_CHROMIUM, then the system places; never a download. */
import { describe, expect, it } from 'vitest';
import { BrowserSetupError, findBrowser, INSTALL_HINT, SYSTEM_BROWSERS } from '../../src/browser/launch.js';

const only = (...present: string[]) => (file: string) => present.includes(file);
/** The system place of a browser, by how its path ends. */
const system = (ending: string): string => {
  const found = SYSTEM_BROWSERS.find((file) => file.endsWith(ending));
  if (!found) throw new Error(`no system browser path ends with ${ending}`);
  return found;
};

describe('findBrowser', () => {
  it('takes --browser first, then HONEST_UI_CHROMIUM, then the first system browser present', () => {
    // Paths are data here: `present` stands in for the file system, so nothing outside the repository is read.
    const chromium = system('/chromium');
    const chromiumBrowser = system('/chromium-browser');
    const googleChrome = system('/google-chrome');
    const macChrome = system('/MacOS/Google Chrome');
    expect(findBrowser('browsers/chrome', { HONEST_UI_CHROMIUM: chromium }, only('browsers/chrome', chromium))).toBe('browsers/chrome');
    expect(findBrowser(undefined, { HONEST_UI_CHROMIUM: 'browsers/chromium' }, only('browsers/chromium', chromium))).toBe('browsers/chromium');
    expect(findBrowser(undefined, {}, only(googleChrome, chromiumBrowser))).toBe(chromiumBrowser);
    expect(findBrowser(undefined, {}, only(macChrome))).toBe(macChrome);
  });

  it('names what is missing, with the install hint when nothing is found', () => {
    expect(() => findBrowser('/nope', {}, only())).toThrow(new BrowserSetupError('--browser /nope: no such file.'));
    expect(() => findBrowser(undefined, { HONEST_UI_CHROMIUM: '/nope' }, only(system('/chromium')))).toThrow('HONEST_UI_CHROMIUM=/nope: no such file.');
    expect(() => findBrowser(undefined, {}, only())).toThrow(`no Chromium or Chrome found (looked in ${SYSTEM_BROWSERS.join(', ')}). ${INSTALL_HINT}`);
  });
});
