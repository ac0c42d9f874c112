/**
 * The HTML report in a real browser: Debian's headless Chromium, driven by playwright-core. The report is written
 * to .ci/artifacts (gitignored) beside its screenshot, so CI keeps both for people to look at.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { LintResult } from '../../src/engine/types.js';
import { ruleDocsUrl } from '../../src/package-info.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const ROOT = path.resolve('.');
const ARTIFACTS = path.join(ROOT, '.ci', 'artifacts');
const REPORT = path.join(ARTIFACTS, 'html-report.html');
const SCREENSHOT = path.join(ARTIFACTS, 'html-report.png');
const PATHS = ['fixtures/terms-update', 'fixtures/no-unbalanced-choices'];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function cli(args: string[]): Promise<string> {
  let stdout = '';
  await run(args, { cwd: ROOT, stdout: (text) => (stdout += text), stderr: () => undefined, isTTY: false });
  return stdout;
}

if (!hasChromium) console.warn(`html-browser: skipped, ${CHROMIUM} is absent (apt-get install -y chromium; .ci/run installs it).`);

describe.skipIf(!hasChromium)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let results: LintResult[];

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    results = JSON.parse(await cli(['--format', 'json', ...PATHS])) as LintResult[];
    await cli(['--format', 'html', '--output-file', REPORT, ...PATHS]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the summary, a card per context with both choices and their numbers, the chart and the links, and fetches nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    const blocked: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith('file:')) return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    await page.goto(pathToFileURL(REPORT).href);

    expect(await page.title()).toBe('honest-ui report');

    // The summary by rule counts what the JSON output reports.
    const expected = new Map<string, number>();
    for (const message of results.flatMap((result) => result.messages)) {
      if (message.ruleId !== null && message.severity === 2) expected.set(message.ruleId, (expected.get(message.ruleId) ?? 0) + 1);
    }
    expect(expected.get('honest-ui/no-unbalanced-choices')).toBeGreaterThan(0);
    const errorsTotal = [...expected.values()].reduce((sum, count) => sum + count, 0);
    await expect(page.locator('.totals .error strong').textContent()).resolves.toBe(String(errorsTotal));
    for (const [ruleId, count] of expected) {
      const row = page.locator('#by-rule tbody tr', { has: page.locator(`a.rule:text-is("${ruleId}")`) });
      await expect(row.locator('td').nth(2).textContent()).resolves.toBe(String(count));
      await expect(row.locator('a.rule').getAttribute('href')).resolves.toBe(ruleDocsUrl(ruleId.replace('honest-ui/', '')));
    }
    await expect(page.locator('#by-standard tbody tr', { hasText: 'CPRA § 7004(a)(2)' }).count()).resolves.toBe(1);

    // The cookie banner whose "Reject all" is a link beside a filled "Accept all".
    const card = page.locator('article.context', { has: page.locator('header a.source', { hasText: 'RejectAsLink.tsx' }) });
    await expect(card.count()).resolves.toBe(1);
    const mocks = card.locator('thead .mock');
    await expect(mocks.allTextContents()).resolves.toEqual(['Accept all', 'Reject all']);
    // The tests compile without the DOM library (src must not use it); this runs in the page, where it exists.
    const drawn = await mocks.evaluateAll((elements) =>
      elements.map((element) => {
        const computed = (globalThis as unknown as { getComputedStyle: (of: unknown) => Record<string, string> }).getComputedStyle(element);
        return { fontSize: computed.fontSize, fontWeight: computed.fontWeight, color: computed.color, background: computed.backgroundColor, underline: computed.textDecorationLine };
      }),
    );
    expect(drawn).toEqual([
      { fontSize: '16px', fontWeight: '600', color: 'rgb(255, 255, 255)', background: 'rgb(36, 84, 230)', underline: 'none' },
      { fontSize: '16px', fontWeight: '400', color: 'rgb(36, 84, 230)', background: 'rgba(0, 0, 0, 0)', underline: 'underline' },
    ]);
    const row = async (name: string) => card.locator('tbody tr', { has: page.locator(`th:text-is("${name}")`) }).locator('td').allTextContents();
    await expect(row('Drawn as')).resolves.toEqual(['filled button', 'link']);
    await expect(row('Font size')).resolves.toEqual(['16px', '16px']);
    await expect(row('Font weight')).resolves.toEqual(['semibold (600)', 'regular (400)']);
    await expect(row('Fill')).resolves.toEqual(['#2454e6', 'none']);

    // The chart: one bar per choice and factor; on presentation the decline's bar is visibly shorter.
    const chart = card.locator('svg.chart');
    await expect(chart.isVisible()).resolves.toBe(true);
    const bars = chart.locator('rect.bar');
    await expect(bars.count()).resolves.toBe(10);
    const [acceptBar, declineBar] = await Promise.all([bars.nth(0).boundingBox(), bars.nth(1).boundingBox()]);
    expect(declineBar?.width).toBeLessThan((acceptBar?.width ?? 0) / 2);

    // The finding names its rule's doc and a source link that resolves to the file, from where the report sits.
    const finding = card.locator('li.item.error');
    await expect(finding.locator('.message').textContent()).resolves.toContain("'Reject all' is drawn weaker than 'Accept all'");
    await expect(finding.locator('a.rule').getAttribute('href')).resolves.toBe(ruleDocsUrl('no-unbalanced-choices'));
    const hrefs = await page.locator('a.source').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) {
      expect(href).toMatch(/^\.\.\/\.\.\/fixtures\//);
      const url = new URL(href, page.url());
      expect(url.protocol).toBe('file:');
      expect(url.hash).toMatch(/^#L\d+$/);
      expect(existsSync(fileURLToPath(new URL(url.pathname, url)))).toBe(true);
    }

    // The terms-update dialog: the AI-training switch, on by default, in 12px print.
    const terms = page.locator('article.context', { has: page.locator('header a.source', { hasText: 'TermsUpdateDialog.tsx' }) });
    const control = terms.locator('table.controls tbody tr');
    await expect(control.locator('td').allTextContents()).resolves.toEqual(expect.arrayContaining(['switch', 'on by default', '12px']));

    // Contexts where nothing was found are folded away, and open without any script.
    const folded = page.locator('details.clean-contexts');
    await expect(folded.locator('article.context').first().isVisible()).resolves.toBe(false);
    await folded.locator('summary').click();
    await expect(folded.locator('article.context').first().isVisible()).resolves.toBe(true);

    expect(blocked).toEqual([]);
    expect(requests.every((url) => url.startsWith('file:'))).toBe(true);

    await folded.locator('summary').click();
    const png = await page.screenshot({ fullPage: true });
    await writeFile(SCREENSHOT, png);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.length).toBeGreaterThan(50_000);
    await page.close();
  }, 60_000);
});
