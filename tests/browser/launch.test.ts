/** Finding the browser: --browser, then HONEST_UI_CHROMIUM, then the system places; never a download. */
import { describe, expect, it } from 'vitest';
import { BrowserSetupError, findBrowser, INSTALL_HINT, SYSTEM_BROWSERS } from '../../src/browser/launch.js';

const only = (...present: string[]) => (file: string) => present.includes(file);

describe('findBrowser', () => {
  it('takes --browser first, then HONEST_UI_CHROMIUM, then the first system browser present', () => {
    expect(findBrowser('/opt/chrome', { HONEST_UI_CHROMIUM: '/usr/bin/chromium' }, only('/opt/chrome', '/usr/bin/chromium'))).toBe('/opt/chrome');
    expect(findBrowser(undefined, { HONEST_UI_CHROMIUM: '/opt/chromium' }, only('/opt/chromium', '/usr/bin/chromium'))).toBe('/opt/chromium');
    expect(findBrowser(undefined, {}, only('/usr/bin/google-chrome', '/usr/bin/chromium-browser'))).toBe('/usr/bin/chromium-browser');
    expect(findBrowser(undefined, {}, only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'))).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });

  it('names what is missing, with the install hint when nothing is found', () => {
    expect(() => findBrowser('/nope', {}, only())).toThrow(new BrowserSetupError('--browser /nope: no such file.'));
    expect(() => findBrowser(undefined, { HONEST_UI_CHROMIUM: '/nope' }, only('/usr/bin/chromium'))).toThrow('HONEST_UI_CHROMIUM=/nope: no such file.');
    expect(() => findBrowser(undefined, {}, only())).toThrow(`no Chromium or Chrome found (looked in ${SYSTEM_BROWSERS.join(', ')}). ${INSTALL_HINT}`);
  });
});
