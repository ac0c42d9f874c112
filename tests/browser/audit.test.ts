/**
 * `honest-ui audit` and `auditPage` end to end in Debian's headless Chromium, over pages served by the test on
 * 127.0.0.1: a banner whose text and defaults arrive from a script after load, a consent manager's banner injected
 * by a third-party script (in a shadow root) on a page that loads analytics and an ad pixel before any choice,
 * the clean near-misses of each, a second layer behind "Manage options", a page that fails, and every format.
 *
 * No traffic leaves the machine: the third-party hosts are mapped to the test server with Chromium's
 * --host-resolver-rules (anything else resolves to nothing), and --block-offsite aborts every other request.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage, instrumentStorageWrites } from '../../src/browser/audit.js';
import { LAUNCH_FLAGS } from '../../src/browser/launch.js';
import { run } from '../../src/cli/run.js';
import type { LintMessage, LintResult } from '../../src/engine/types.js';
import { sarifSchemaErrors } from '../formatters/sarif-validator.js';
import { startServer, type TestServer } from './server.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const ROOT = path.resolve('.');

/**
 * Third parties the pages use: a consent manager, an analytics script, an ad pixel, a font CDN. None is on
 * Chromium's HSTS preload list (google-analytics.com and doubleclick.net are: Chromium would upgrade them to https).
 */
const HOSTS = ['consent.cookiebot.com', 'static.hotjar.com', 'static.criteo.net', 'use.typekit.net'];

const STYLE = `<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1f2937; background: #ffffff; }
  main { padding: 24px; }
  .banner { position: fixed; left: 0; right: 0; bottom: 0; background: #ffffff; border-top: 1px solid #d1d5db; padding: 16px 24px; }
  .primary { background: #1d4ed8; color: #ffffff; border: 0; border-radius: 6px; padding: 10px 20px; font-size: 16px; font-weight: 600; }
  .secondary { background: #ffffff; color: #1d4ed8; border: 2px solid #1d4ed8; border-radius: 6px; padding: 10px 20px; font-size: 16px; font-weight: 600; }
  .quiet { color: #9ca3af; font-size: 12px; text-decoration: underline; background: none; border: 0; padding: 0; }
</style>`;

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>${STYLE}${head}</head><body><main><h1>Autumn collection</h1><p>New arrivals every week.</p></main>${body}</body></html>`;
}

/** The banner arrives from the app's script after load, with its copy and its defaults from a "CMS" response. */
const LATE_BANNER_SCRIPT = `
  setTimeout(async () => {
    const copy = await (await fetch('/copy.json')).json();
    const banner = document.createElement('div');
    banner.className = 'banner';
    banner.setAttribute('role', 'dialog');
    banner.setAttribute('aria-label', copy.title);
    banner.innerHTML = '<p>' + copy.text + '</p>'
      + '<label><button role="switch" aria-checked="' + copy.personalisedAds + '" data-state="checked" class="switch"></button> Personalised advertising</label> '
      + '<button class="primary">' + copy.accept + '</button> <button class="quiet">' + copy.reject + '</button>';
    document.body.append(banner);
  }, 300);`;

const COPY = { title: 'Cookie consent', text: 'We and our partners use cookies for analytics and personalised advertising.', accept: 'Accept all', reject: 'Reject all', personalisedAds: true };

/** A consent manager's script: its banner in a shadow root, with equal buttons. */
const CMP_SCRIPT = `
  const host = document.createElement('div');
  host.id = 'cmp-root';
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<style>.b{position:fixed;bottom:0;left:0;right:0;background:#fff;padding:16px;font:16px sans-serif;color:#111}'
    + 'button{font-size:16px;font-weight:600;padding:10px 20px;border:0;border-radius:6px;background:#111827;color:#fff}</style>'
    + '<div class="b" role="dialog" aria-modal="true"><p>We use cookies to measure traffic and show relevant ads.</p>'
    + '<button id="accept">Accept all</button> <button id="reject">Reject all</button></div>';`;

/** Hotjar as the page loads it: the script sets its cookie on the site's own domain, and an id in localStorage. */
const ANALYTICS_SCRIPT = `document.cookie = '_hjSessionUser_123=eyJpZCI6IjEifQ; path=/'; localStorage.setItem('_hjid', 'abc');`;

describe.skipIf(!hasChromium)('honest-ui audit in headless Chromium', () => {
  let server: TestServer;
  let port: number;
  let tracker: (host: string, file: string) => string;
  const browserArgs: string[] = [];

  async function audit(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await run(['audit', ...args, ...browserArgs.map((arg) => `--browser-arg=${arg}`)], { cwd: ROOT, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), isTTY: false });
    return { code, stdout, stderr };
  }

  async function json(args: string[]): Promise<LintResult[]> {
    const { stdout } = await audit([...args, '--format', 'json']);
    return JSON.parse(stdout) as LintResult[];
  }

  const ids = (result: LintResult | undefined): string[] => (result?.messages ?? []).map((m) => `${m.ruleId?.replace('honest-ui/', '')}/${m.messageId}`).sort();

  beforeAll(async () => {
    server = await startServer({
      '/late.html': { body: page('<script src="/app.js"></script>') },
      '/app.js': { type: 'text/javascript', body: LATE_BANNER_SCRIPT },
      '/copy.json': { type: 'application/json', body: JSON.stringify(COPY) },
      '/late-balanced.html': { body: page(`<script>${LATE_BANNER_SCRIPT.replace("'/copy.json'", "'/copy-balanced.json'").replace('class="quiet"', 'class="secondary"')}</script>`) },
      '/copy-balanced.json': { type: 'application/json', body: JSON.stringify({ ...COPY, personalisedAds: false }).replace('"checked"', '"unchecked"') },
      '/cmp.html': (request) => {
        const origin = `:${(request.headers.host ?? '').split(':')[1]}`;
        return {
          body: page(
            `<script src="http://consent.cookiebot.com${origin}/cmp.js"></script>`,
            `<link rel="stylesheet" href="http://use.typekit.net${origin}/abc.css"><script src="http://static.hotjar.com${origin}/c/hotjar.js"></script><img alt="" width="1" height="1" src="http://static.criteo.net${origin}/pixel?id=1">`,
          ),
        };
      },
      '/cmp-waits.html': (request) => {
        const origin = `:${(request.headers.host ?? '').split(':')[1]}`;
        // The clean near-miss: analytics loads only once "Accept all" is clicked; only the font CDN loads before.
        return {
          body: page(
            `<script src="http://consent.cookiebot.com${origin}/cmp.js"></script><script>document.getElementById('cmp-root').shadowRoot.getElementById('accept').addEventListener('click', () => { const s = document.createElement('script'); s.src = 'http://static.hotjar.com${origin}/c/hotjar.js'; document.head.append(s); });</script>`,
            `<link rel="stylesheet" href="http://use.typekit.net${origin}/abc.css">`,
          ),
        };
      },
      '/no-prompt.html': (request) => ({ body: page(`<script src="http://static.hotjar.com:${(request.headers.host ?? '').split(':')[1]}/analytics.js"></script>`) }),
      'consent.cookiebot.com/cmp.js': { type: 'text/javascript', body: CMP_SCRIPT },
      'static.hotjar.com/c/hotjar.js': { type: 'text/javascript', body: ANALYTICS_SCRIPT },
      'use.typekit.net/abc.css': { type: 'text/css', body: 'body { letter-spacing: 0; }' },
      '/layers.html': {
        body: page(`<div class="banner" role="dialog"><p>We use cookies for analytics and advertising.</p><button class="primary">Accept all</button> <button class="secondary" onclick="document.getElementById('prefs').hidden = false; this.closest('.banner').hidden = true">Manage options</button></div>
          <div id="prefs" class="banner" role="dialog" hidden><p>Choose which cookies we may use for analytics and advertising.</p><button class="primary">Accept all</button> <button class="secondary">Reject all</button></div>`),
      },
      '/one-layer.html': {
        body: page(`<div class="banner" role="dialog"><p>We use cookies for analytics and advertising.</p><button class="primary">Accept all</button> <button class="secondary" onclick="document.getElementById('prefs').hidden = false; this.closest('.banner').hidden = true">Manage options</button></div>
          <div id="prefs" class="banner" role="dialog" hidden><p>Choose which cookies we may use for analytics and advertising.</p><button class="primary">Accept all</button></div>`),
      },
      '/mobile.html': {
        body: page(`<style>@media (max-width: 640px) { .decline { display: none; } }</style><div class="banner" role="dialog"><p>We use cookies for personalised ads.</p><button class="primary">Accept all</button> <button class="secondary decline">Decline</button></div>`),
      },
    });
    port = server.port;
    tracker = (host, file) => `http://${host}:${port}/${file}`;
    // The third parties resolve to the test server; any other name resolves to nothing.
    browserArgs.push(`--host-resolver-rules=${HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`);
  }, 60_000);

  afterAll(async () => {
    await server?.close();
  });

  it('audits a banner whose text and defaults arrive from a script after load, and its clean near-miss', async () => {
    const results = await json([`${server.origin}/late.html`, `${server.origin}/late-balanced.html`, '--block-offsite']);
    expect(results.map((result) => result.filePath)).toEqual([`${server.origin}/late.html`, `${server.origin}/late-balanced.html`]);
    const [late, balanced] = results;
    expect(ids(late)).toEqual(['no-hidden-decline/nearInvisible', 'no-preselected-consent/preselected', 'no-unbalanced-choices/weakerDecline']);
    const preselected = late?.messages.find((m) => m.ruleId === 'honest-ui/no-preselected-consent') as LintMessage;
    expect(preselected.message).toContain("'Personalised advertising'");
    expect(preselected.selector).toBe('body > div > label > button');
    const weaker = late?.messages.find((m) => m.ruleId === 'honest-ui/no-unbalanced-choices') as LintMessage;
    expect(weaker.data?.factors).toBe('plain text vs filled button; 12px vs 16px; regular (400) vs semibold (600); contrast 2.53:1 vs 6.7:1');
    expect(ids(balanced)).toEqual([]);
  });

  it('reports analytics and an ad pixel loaded before any choice while a consent manager asks, names the entity, category and standard, and sends nothing off the machine', async () => {
    const results = await json([`${server.origin}/cmp.html`, `${server.origin}/cmp-waits.html`, `${server.origin}/no-prompt.html`, '--block-offsite', '--allow-host', 'consent.cookiebot.com', '--allow-host', 'static.hotjar.com']);
    const [tracked, waits, noPrompt] = results;
    const tracking = (tracked?.messages ?? []).filter((m) => m.ruleId === 'honest-ui/no-tracking-before-consent');
    const byEntity = new Map(tracking.map((m) => [`${m.data?.entity} ${m.data?.kind}`, m]));
    expect([...byEntity.keys()].sort()).toEqual(['Criteo request', 'Hotjar cookie', 'Hotjar localStorage', 'Hotjar request']);
    const request = byEntity.get('Hotjar request') as LintMessage;
    expect(request.data).toMatchObject({ category: 'analytics', request: tracker('static.hotjar.com', 'c/hotjar.js'), method: 'GET' });
    expect(request.message).toContain('ePrivacy Art. 5(3)');
    expect(request.webRequest).toEqual({ method: 'GET', target: tracker('static.hotjar.com', 'c/hotjar.js') });
    // The prompt lives in the consent manager's shadow root.
    expect(request.selector).toBe('#cmp-root >> div');
    expect(byEntity.get('Hotjar cookie')?.message).toContain("set the cookie '_hjSessionUser_123' (Hotjar, analytics)");
    // The ad pixel was blocked (not an allowed host) but the page asked for it before consent.
    expect(byEntity.get('Criteo request')?.data?.category).toBe('ad');
    // The CMP's own banner is balanced, and the font CDN is no tracker.
    expect(ids(tracked).filter((id) => !id.startsWith('no-tracking-before-consent'))).toEqual([]);
    expect(ids(waits)).toEqual([]);
    // Analytics on a page that asks nothing: the rule does not guess which law the site relies on.
    expect(ids(noPrompt)).toEqual([]);
    // Every request reached the loopback server or was aborted: blocked hosts never got there.
    expect(server.hits.some((hit) => hit.startsWith('static.criteo.net') || hit.startsWith('use.typekit.net'))).toBe(false);
    expect(server.hits.some((hit) => hit.startsWith('static.hotjar.com '))).toBe(true);
  });

  it('--explore clicks "Manage options" once and tells a decline only on the second layer from none at all', async () => {
    const results = await json([`${server.origin}/layers.html`, `${server.origin}/one-layer.html`, '--block-offsite', '--explore']);
    const first = results.find((result) => result.filePath === `${server.origin}/layers.html`);
    const decline = first?.messages.find((m) => m.ruleId === 'honest-ui/require-decline-option');
    expect(decline?.messageId).toBe('declineOnlyOnSecondLayer');
    expect(decline?.message).toContain("'Reject all' only behind 'Manage options'");
    const none = results.find((result) => result.filePath === `${server.origin}/one-layer.html`)?.messages.find((m) => m.ruleId === 'honest-ui/require-decline-option');
    expect(none?.messageId).toBe('noDeclineOnEitherLayer');
    // Each second layer is its own result.
    expect(results.map((result) => result.filePath)).toContain(`${server.origin}/layers.html (second layer, after 'Manage options')`);
    // Without --explore the first layer alone is reported as before.
    const plain = await json([`${server.origin}/layers.html`, '--block-offsite']);
    expect(plain[0]?.messages.find((m) => m.ruleId === 'honest-ui/require-decline-option')?.messageId).toBe('missingDecline');
  });

  it('sees the viewport it is given: a decline hidden by a media query on phones', async () => {
    const [desktop] = await json([`${server.origin}/mobile.html`, '--block-offsite']);
    expect(ids(desktop)).toEqual([]);
    const [phone] = await json([`${server.origin}/mobile.html`, '--block-offsite', '--viewport', '390x844']);
    expect(ids(phone)).toEqual(['no-hidden-decline/hidden']);
    expect(phone?.messages.find((m) => m.ruleId === 'honest-ui/no-hidden-decline')?.message).toContain('display: none');
  });

  it('makes a page that fails that page\'s fatal error and still audits the rest (exit 1)', async () => {
    const { code, stdout } = await audit([`${server.origin}/missing.html`, `${server.origin}/late-balanced.html`, '--block-offsite', '--format', 'json']);
    expect(code).toBe(1);
    const [missing, fine] = JSON.parse(stdout) as LintResult[];
    expect(missing?.fatalErrorCount).toBe(1);
    expect(missing?.messages[0]?.message).toBe('Could not audit the page: the server answered 404 Not Found');
    expect(fine?.errorCount).toBe(0);
  });

  it('writes SARIF with the page URL, the selector as a logical location and the request as webRequest', async () => {
    const { stdout } = await audit([`${server.origin}/cmp.html`, '--block-offsite', '--allow-host', 'consent.cookiebot.com', '--allow-host', 'static.hotjar.com', '--format', 'sarif']);
    const log = JSON.parse(stdout) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    expect(sarifSchemaErrors(log)).toEqual([]);
    const results = log.runs[0]?.results ?? [];
    const request = results.find((result) => (result.webRequest as { target?: string } | undefined)?.target === tracker('static.hotjar.com', 'c/hotjar.js'));
    expect(request).toMatchObject({
      ruleId: 'honest-ui/no-tracking-before-consent',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: `${server.origin}/cmp.html` } }, logicalLocations: [{ fullyQualifiedName: '#cmp-root >> div', kind: 'element' }] }],
      webRequest: { method: 'GET' },
    });
  });

  it('writes an HTML report with a screenshot of each prompt, its choices outlined, beside the numbers', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'honest-ui-audit-'));
    const report = path.join(dir, 'audit.html');
    const { code } = await audit([`${server.origin}/late.html`, '--block-offsite', '--format', 'html', '--output-file', report]);
    expect(code).toBe(1);
    const html = await readFile(report, 'utf8');
    expect(html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/]+=*" width="\d+" height="\d+"/);
    expect(html.match(/class="outline"/g)?.length).toBe(3);
    expect(html).toContain('<code class="selector">body &gt; div &gt; button:nth-of-type(2)</code>');
    expect(html).toContain(`href="${server.origin}/late.html"`);
  });

  it('auditPage audits a page a Playwright test opened, with ESLint-shaped counts', async () => {
    const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: [...LAUNCH_FLAGS, `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`] });
    try {
      const context = await browser.newContext();
      await context.addInitScript(instrumentStorageWrites);
      const tab = await context.newPage();
      await tab.goto(`${server.origin}/late.html`);
      const report = await auditPage(tab, { rules: { 'honest-ui/no-hidden-decline': 'off' } });
      expect(report.url).toBe(`${server.origin}/late.html`);
      expect(report.errorCount).toBe(2);
      expect(report.messages.map((m) => m.ruleId)).toEqual(['honest-ui/no-preselected-consent', 'honest-ui/no-unbalanced-choices']);
      expect(report.contexts).toHaveLength(1);
      await tab.goto(`${server.origin}/late-balanced.html`);
      expect((await auditPage(tab)).errorCount).toBe(0);
    } finally {
      await browser.close();
    }
  });

  it("audits the rule doc's examples: the incorrect page is reported, the correct one is not", async () => {
    const doc = readFileSync(path.join(ROOT, 'docs', 'rules', 'no-tracking-before-consent.md'), 'utf8');
    const example = (heading: string) => new RegExp(`### ${heading}\\n+\`\`\`html\\n([\\s\\S]*?)\`\`\``).exec(doc)?.[1] ?? '';
    const [incorrect, correct] = [example('❌ Incorrect'), example('✅ Correct')];
    expect(incorrect).toContain('hotjar');
    expect(correct).toContain('Accept all');
    // The example's https host is served here, over http, from the loopback address it is mapped to.
    const local = (html: string) => (request: { headers: { host?: string } }) => ({
      body: page('', '').replace('<main>', `${html.replace(/https:\/\/static\.hotjar\.com\//g, `http://static.hotjar.com:${(request.headers.host ?? '').split(':')[1]}/`)}<main>`),
    });
    const docServer = await startServer({ '/incorrect.html': local(incorrect), '/correct.html': local(correct), 'static.hotjar.com/c/hotjar-123.js': { type: 'text/javascript', body: ANALYTICS_SCRIPT } });
    try {
      const [bad, good] = await json([`${docServer.origin}/incorrect.html`, `${docServer.origin}/correct.html`, '--block-offsite', '--allow-host', 'static.hotjar.com']);
      expect(ids(bad)).toEqual(['no-tracking-before-consent/trackedBeforeConsent', 'no-tracking-before-consent/trackedBeforeConsent', 'no-tracking-before-consent/trackedBeforeConsent']);
      expect(ids(good)).toEqual([]);
    } finally {
      await docServer.close();
    }
  });

  it('names the missing browser and exits 2', async () => {
    const before = process.env.HONEST_UI_CHROMIUM;
    process.env.HONEST_UI_CHROMIUM = '/nonexistent/chromium';
    try {
      const { code, stderr } = await audit([`${server.origin}/late.html`]);
      expect(code).toBe(2);
      expect(stderr).toBe("honest-ui: HONEST_UI_CHROMIUM=/nonexistent/chromium: no such file.\nRun 'honest-ui --help' for usage.\n");
    } finally {
      if (before === undefined) delete process.env.HONEST_UI_CHROMIUM;
      else process.env.HONEST_UI_CHROMIUM = before;
    }
    const given = await audit([`${server.origin}/late.html`, '--browser', '/nonexistent/chrome']);
    expect(given.code).toBe(2);
    expect(given.stderr).toContain('--browser /nonexistent/chrome: no such file.');
  });
});
