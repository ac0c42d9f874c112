/**
 * The browser audit: the same rules on the rendered page. `auditPage` audits a Playwright page a team's own tests
 * have opened; `auditTargets` (the `honest-ui audit` command) opens each URL in a fresh browser context of one
 * Chromium, a few pages at a time, and audits what is on screen on first load, before any interaction.
 *
 * Safety: only the URLs given are visited (with `explore`, one click on a "Manage" choice and the same-origin
 * page it may open); each page has a timeout; downloads are refused, no permission is granted, dialogs are
 * dismissed, service workers are blocked (so every request passes the audit's routing), and `blockOffsite` aborts
 * every request off the audited origin except hosts named in `allowHosts`. A page that fails is that page's fatal
 * error; the others are still audited.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ruleMeta } from '../catalog/index.js';
import { reportFlippedOrders, type PromptOrder } from '../checks/consistent-choice-order.js';
import { resolveConfigValue } from '../config/load.js';
import type { ConfigFile } from '../config/schema.js';
import type { RuleConfig } from '../engine/analyse.js';
import { RULE_PREFIX } from '../engine/analyse.js';
import type { ContextSummary } from '../engine/context-summary.js';
import type { FileDetails } from '../engine/project.js';
import { interpolate } from '../engine/run-checks.js';
import { sortMessages, summarise, type LintMessage, type LintResult } from '../engine/types.js';
import type { HonestUiSettings, ResolvedSettings } from '../settings/settings.js';
import { analyseSnapshot, type PageAnalysis } from './analyse-page.js';
import { collectActivity, collectSnapshot, instrumentStorageWrites, waitForQuietDom } from './page-script.js';
import { MAX_ELEMENTS, type PageSnapshot } from './snapshot.js';
import { classifyActivity, type RawActivity } from './tracking.js';
import type { PageRequest } from './tracking-types.js';

/**
 * How long the DOM must be still to count as settled, and the longest the audit waits for that. A banner a script
 * adds after a short timer (`setTimeout(show, 300)`, then a fetch of its copy) comes after Playwright's networkidle
 * whenever the page's timer runs late, as on a busy CI machine: half a second of stillness missed it there (the
 * snapshot had no banner); a second holds it.
 */
const QUIET_MS = 1_000;
const SETTLE_MAX_MS = 5_000;
/** A screenshot shows a context and this much around it; a huge context is cut to the first MAX_SHOT px. */
const SHOT_MARGIN = 12;
const MAX_SHOT = { width: 1600, height: 1400 };

const TRACKING_RULE = 'no-tracking-before-consent';

export interface AuditPageOptions {
  /** `recommended` (default) or `strict`, as in the checker's config. */
  extends?: ConfigFile['extends'];
  /** Rules as in the checker's config: `{ 'no-fine-print': ['error', { minFontSize: 14 }], 'no-false-urgency': 'off' }`. */
  rules?: ConfigFile['rules'];
  /** The same settings as `settings['honest-ui']` in ESLint. */
  settings?: HonestUiSettings;
  /** Screenshots of each consent context for the HTML report (off by default: they cost time and memory). */
  screenshots?: boolean;
  /** Click a "Manage"/"Settings" choice once and audit the layer it opens. */
  explore?: boolean;
  /** Wait for the DOM to be still before reading it (default true). */
  settle?: boolean;
}

/** An ESLint-shaped result for the page (filePath is its URL), with what the checks could not decide and the contexts found. */
export interface AuditReport extends LintResult {
  url: string;
  reviews: FileDetails['reviews'];
  contexts: ContextSummary[];
  /** With `explore`: the layer a "Manage" choice opened, audited as its own result. */
  secondLayer?: AuditReport;
}

/**
 * Audit a page a Playwright test has opened: `expect((await auditPage(page)).errorCount).toBe(0)`. Requests are
 * read from the page's Resource Timing entries, cookies from its context; to see who wrote each cookie, call
 * `page.addInitScript(instrumentStorageWrites)` before `page.goto`, as `honest-ui audit` does.
 */
export async function auditPage(page: Page, options: AuditPageOptions = {}): Promise<AuditReport> {
  const config = resolveConfigValue({ ...(options.extends ? { extends: options.extends } : {}), ...(options.rules ? { rules: stripPrefixes(options.rules) } : {}), ...(options.settings ? { settings: options.settings } : {}) }, 'auditPage options');
  const audited = await auditOpenPage(page, {
    rules: config.rules,
    settings: config.settings,
    screenshots: options.screenshots === true,
    explore: options.explore === true,
    settle: options.settle !== false,
    requests: undefined,
  });
  return toReport(audited);
}

function stripPrefixes(rules: NonNullable<ConfigFile['rules']>): NonNullable<ConfigFile['rules']> {
  return Object.fromEntries(Object.entries(rules).map(([id, entry]) => [id.startsWith(RULE_PREFIX) ? id.slice(RULE_PREFIX.length) : id, entry]));
}

function toReport(audited: AuditedPage): AuditReport {
  const report: AuditReport = { ...audited.result, url: audited.result.filePath, reviews: audited.details.reviews, contexts: audited.details.contexts ?? [] };
  if (audited.secondLayer) report.secondLayer = toReport(audited.secondLayer);
  return report;
}

interface OpenPageOptions {
  rules: RuleConfig;
  settings: ResolvedSettings;
  screenshots: boolean;
  explore: boolean;
  settle: boolean;
  /** Requests recorded since before navigation (the CLI); undefined to read them from Resource Timing. */
  requests: (() => Array<Omit<PageRequest, 'party'>>) | undefined;
}

interface AuditedPage {
  result: LintResult;
  details: FileDetails;
  /** consistent-choice-order's summary of the page, compared across every audited page. */
  orders: PromptOrder[] | undefined;
  secondLayer?: AuditedPage;
}

/** Both at once: no request for 500 ms (Playwright's networkidle) and no DOM change for QUIET_MS. */
async function settle(page: Page): Promise<void> {
  await Promise.all([page.waitForLoadState('networkidle', { timeout: SETTLE_MAX_MS }).catch(() => undefined), page.evaluate(waitForQuietDom, { quietMs: QUIET_MS, maxMs: SETTLE_MAX_MS }).catch(() => undefined)]);
}

async function readPage(page: Page, options: OpenPageOptions): Promise<{ snapshot: PageSnapshot; raw: RawActivity | undefined }> {
  const snapshot = await page.evaluate(collectSnapshot, MAX_ELEMENTS);
  if (!options.rules.has(TRACKING_RULE)) return { snapshot, raw: undefined };
  const activity = await page.evaluate(collectActivity);
  const cookies = await page.context().cookies();
  const requests = options.requests?.() ?? activity.resources.map((url) => ({ url, method: 'GET', resourceType: 'other', blocked: false }));
  return { snapshot, raw: { requests: [...requests], cookies: cookies.map((cookie) => ({ name: cookie.name, domain: cookie.domain })), localStorage: activity.localStorage, sessionStorage: activity.sessionStorage, writes: activity.writes } };
}

function analyse(snapshot: PageSnapshot, raw: RawActivity | undefined, options: OpenPageOptions): PageAnalysis {
  const activity = raw ? classifyActivity(snapshot.url, raw) : undefined;
  return analyseSnapshot({ snapshot, settings: options.settings, rules: options.rules, activity });
}

async function auditOpenPage(page: Page, options: OpenPageOptions): Promise<AuditedPage> {
  if (options.settle) await settle(page);
  const { snapshot, raw } = await readPage(page, options);
  const first = analyse(snapshot, raw, options);
  const contexts = options.screenshots ? await withScreenshots(page, first.contexts) : first.contexts;
  let messages = [...first.messages];
  if (snapshot.truncated) messages.push(notice(`The page has more than ${MAX_ELEMENTS} elements: only the first ${MAX_ELEMENTS} were audited.`));
  let secondLayer: AuditedPage | undefined;
  if (options.explore) {
    const explored = await exploreSecondLayer(page, first, options);
    if (explored) {
      secondLayer = explored.audited;
      messages = tellLayersApart(messages, explored);
    }
  }
  return {
    result: summarise(snapshot.url, sortMessages(messages)),
    details: { reviews: first.reviews.map(({ element: _element, ...review }) => review), unresolvedImports: [], contexts },
    orders: first.summaries['consistent-choice-order'] as PromptOrder[] | undefined,
    ...(secondLayer ? { secondLayer } : {}),
  };
}

function notice(message: string): LintMessage {
  return { ruleId: null, severity: 1, message, line: 1, column: 1, nodeType: null };
}

/** Screenshots of the contexts drawn on screen, each with a margin, in page coordinates. */
async function withScreenshots(page: Page, contexts: ContextSummary[]): Promise<ContextSummary[]> {
  const out: ContextSummary[] = [];
  for (const context of contexts) {
    const box = context.box;
    if (!context.shown || !box || box.width <= 0 || box.height <= 0) {
      out.push(context);
      continue;
    }
    const x = Math.max(0, Math.floor(box.x - SHOT_MARGIN));
    const y = Math.max(0, Math.floor(box.y - SHOT_MARGIN));
    const clip = { x, y, width: Math.min(MAX_SHOT.width, Math.ceil(box.width + 2 * SHOT_MARGIN)), height: Math.min(MAX_SHOT.height, Math.ceil(box.height + 2 * SHOT_MARGIN)) };
    try {
      const png = await page.screenshot({ clip, fullPage: true, animations: 'disabled', caret: 'hide' });
      out.push({ ...context, screenshot: { dataUri: `data:image/png;base64,${png.toString('base64')}`, box: clip } });
    } catch {
      out.push(context);
    }
  }
  return out;
}

interface Explored {
  audited: AuditedPage;
  /** The manage choice clicked, as labelled. */
  manage: string;
  /** The decline the second layer offers, if any. */
  decline: string | undefined;
}

/**
 * Click the first "Manage"/"Settings"/"Customize" choice of a prompt on screen (the lexicon's `manage` kind) and
 * audit the layer it opens, in the page or on a same-origin page it navigates to.
 */
async function exploreSecondLayer(page: Page, first: PageAnalysis, options: OpenPageOptions): Promise<Explored | undefined> {
  const manage = first.analysis.consent.contexts
    .flatMap((context) => context.choices)
    .find((choice) => choice.kind === 'manage' && first.styles.placement(choice.element)?.shown);
  if (!manage) return undefined;
  const selector = (manage.element.node as { selector: string }).selector;
  const label = manage.label.value.trim() || `<${manage.element.name}>`;
  try {
    await page.locator(selector).first().click({ timeout: 5_000 });
  } catch {
    return undefined;
  }
  await settle(page);
  const { snapshot, raw } = await readPage(page, options);
  const second = analyse(snapshot, raw, options);
  const seen = new Set(first.messages.map((m) => `${m.ruleId}\u0000${m.selector}\u0000${m.messageId}`));
  const messages = second.messages.filter((m) => !seen.has(`${m.ruleId}\u0000${m.selector}\u0000${m.messageId}`) && m.ruleId !== `${RULE_PREFIX}${TRACKING_RULE}`);
  const decline = second.analysis.consent.contexts.flatMap((context) => context.choices).find((choice) => choice.kind === 'decline' && second.styles.placement(choice.element)?.shown);
  const contexts = options.screenshots ? await withScreenshots(page, second.contexts) : second.contexts;
  return {
    manage: label,
    decline: decline ? decline.label.value.trim() || `<${decline.element.name}>` : undefined,
    audited: {
      result: summarise(`${snapshot.url} (second layer, after '${label}')`, sortMessages(messages)),
      details: { reviews: second.reviews.map(({ element: _element, ...review }) => review), unresolvedImports: [], contexts },
      orders: undefined,
    },
  };
}

/** With the second layer known, a first layer without a decline says whether one waits behind the click or none at all. */
function tellLayersApart(messages: LintMessage[], explored: Explored): LintMessage[] {
  const meta = ruleMeta('require-decline-option');
  return messages.map((message) => {
    if (message.ruleId !== `${RULE_PREFIX}require-decline-option` || message.messageId !== 'missingDecline' || !meta) return message;
    const messageId = explored.decline ? 'declineOnlyOnSecondLayer' : 'noDeclineOnEitherLayer';
    const data = { ...(message.data ?? {}), manage: explored.manage, ...(explored.decline ? { decline: explored.decline } : {}) };
    return { ...message, messageId, data, message: interpolate(meta.messages[messageId] ?? messageId, data) };
  });
}

export interface AuditTarget {
  url: string;
  /** For Storybook: the story's id and title, shown in reports. */
  name?: string;
}

export interface AuditTargetsOptions {
  browser: Browser;
  rules: RuleConfig;
  settings: ResolvedSettings;
  /** Per page, for loading and auditing it. */
  timeoutMs: number;
  viewport: { width: number; height: number };
  blockOffsite: boolean;
  /** Hosts still allowed with blockOffsite (a consent manager's CDN, a local API). */
  allowHosts: readonly string[];
  explore: boolean;
  screenshots: boolean;
  /** Pages audited at once (contexts of the one browser). */
  concurrency: number;
  onPage?: (done: number, total: number) => void;
}

export interface AuditOutcome {
  results: LintResult[];
  details: Map<string, FileDetails>;
}

/** Audit each target in its own browser context, `concurrency` at a time; results in the targets' order. */
export async function auditTargets(targets: readonly AuditTarget[], options: AuditTargetsOptions): Promise<AuditOutcome> {
  const audited: Array<AuditedPage | undefined> = new Array(targets.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    const tab = new Tab(options);
    try {
      while (next < targets.length) {
        const index = next++;
        audited[index] = await tab.audit(targets[index] as AuditTarget);
        options.onPage?.(++done, targets.length);
      }
    } finally {
      await tab.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, targets.length)) }, worker));
  const pages = audited.filter((page): page is AuditedPage => page !== undefined);
  const flipped = consistentOrder(pages, options.rules);
  const results: LintResult[] = [];
  const details = new Map<string, FileDetails>();
  for (const page of pages) {
    for (const layer of page.secondLayer ? [page, page.secondLayer] : [page]) {
      const extra = flipped.get(layer.result.filePath) ?? [];
      results.push(extra.length > 0 ? summarise(layer.result.filePath, sortMessages([...layer.result.messages, ...extra])) : layer.result);
      details.set(layer.result.filePath, layer.details);
    }
  }
  return { results, details };
}

/** consistent-choice-order across the audited pages (the stories of a Storybook, a site's pages), as across files. */
function consistentOrder(pages: readonly AuditedPage[], rules: RuleConfig): Map<string, LintMessage[]> {
  const byPage = new Map<string, LintMessage[]>();
  const setting = rules.get('consistent-choice-order');
  const meta = ruleMeta('consistent-choice-order');
  if (!setting || !meta) return byPage;
  const files = pages.filter((page) => page.orders && page.orders.length > 0).map((page) => ({ filePath: page.result.filePath, displayPath: page.result.filePath, summary: page.orders as PromptOrder[] }));
  for (const found of reportFlippedOrders(files)) {
    const messages = byPage.get(found.filePath) ?? [];
    messages.push({
      ruleId: `${RULE_PREFIX}consistent-choice-order`,
      severity: setting.severity,
      message: interpolate(meta.messages[found.messageId] ?? found.messageId, found.data),
      line: found.loc.line,
      column: 1,
      messageId: found.messageId,
      data: found.data,
      nodeType: null,
    });
    byPage.set(found.filePath, messages);
  }
  return byPage;
}

function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'file:' ? 'file:' : parsed.origin;
  } catch {
    return '';
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * One worker's browser tab: a context and a page kept for the targets the worker audits in turn (opening a page
 * costs Chromium about a second), with everything a page could leave behind (cookies, storage, caches) cleared for
 * every origin it touched before the next target loads, so each page is audited as on a first visit.
 */
class Tab {
  private context: BrowserContext | undefined;
  private page: Page | undefined;
  /** The audited origin: the routing's notion of "offsite". */
  private origin = '';
  /** Set once the first load of the current target is done: from then on the main frame may not leave the origin. */
  private loaded = false;
  private readonly blocked = new Set<string>();
  private requests: Array<Omit<PageRequest, 'party'>> = [];
  private readonly touched = new Set<string>();

  constructor(private readonly options: AuditTargetsOptions) {}

  private async open(): Promise<Page> {
    if (this.page && !this.page.isClosed()) return this.page;
    await this.close();
    const context = await this.options.browser.newContext({ viewport: this.options.viewport, acceptDownloads: false, serviceWorkers: 'block', permissions: [] });
    context.setDefaultTimeout(this.options.timeoutMs);
    await context.addInitScript(instrumentStorageWrites);
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
    const allowed = new Set(this.options.allowHosts.map((host) => host.toLowerCase()));
    await context.route('**/*', async (route) => {
      const request = route.request();
      const url = request.url();
      const offsite = originOf(url) !== this.origin && !allowed.has(hostOf(url).toLowerCase());
      // Only the URLs given: after the first load, the main frame may go only to pages of the same origin.
      const leaves = this.loaded && request.isNavigationRequest() && request.frame() === page.mainFrame() && originOf(url) !== this.origin;
      if (leaves || (this.options.blockOffsite && offsite)) {
        this.blocked.add(url);
        await route.abort('blockedbyclient').catch(() => undefined);
        return;
      }
      this.touched.add(originOf(url));
      await route.continue().catch(() => undefined);
    });
    context.on('request', (request) => this.requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), blocked: false }));
    this.context = context;
    this.page = page;
    return page;
  }

  /** Forget the last target: back to a blank page, its cookies and every origin's storage cleared. */
  private async reset(): Promise<void> {
    const page = this.page;
    const context = this.context;
    if (!page || !context) return;
    await page.goto('about:blank').catch(() => undefined);
    await context.clearCookies();
    const session = await context.newCDPSession(page);
    try {
      for (const origin of this.touched) {
        if (origin.startsWith('http')) await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
      }
    } finally {
      await session.detach().catch(() => undefined);
    }
    this.touched.clear();
  }

  async audit(target: AuditTarget): Promise<AuditedPage> {
    try {
      const page = await this.open();
      this.origin = originOf(target.url);
      this.loaded = false;
      this.blocked.clear();
      this.requests = [];
      const run = async (): Promise<AuditedPage> => {
        const response = await page.goto(target.url, { waitUntil: 'load', timeout: this.options.timeoutMs });
        if (response && response.status() >= 400) throw new Error(`the server answered ${response.status()} ${response.statusText()}`);
        // A redirect on the first load (http → https, example.com → www.) sets the origin the audit stays on.
        this.origin = originOf(page.url());
        this.loaded = true;
        return auditOpenPage(page, {
          rules: this.options.rules,
          settings: this.options.settings,
          screenshots: this.options.screenshots,
          explore: this.options.explore,
          settle: true,
          requests: () => this.requests.map((request) => ({ ...request, blocked: this.blocked.has(request.url) })),
        });
      };
      return await withTimeout(run(), this.options.timeoutMs * 2, `auditing took longer than ${(this.options.timeoutMs * 2) / 1000}s`);
    } catch (error) {
      // A page that failed may have left the tab in any state: the next target gets a new one.
      await this.close();
      const reason = firstLine(error instanceof Error ? error.message : String(error));
      return {
        result: summarise(target.url, [{ ruleId: null, fatal: true, severity: 2, message: `Could not audit the page: ${reason}`, line: 1, column: 1, nodeType: null }]),
        details: { reviews: [], unresolvedImports: [] },
        orders: undefined,
      };
    } finally {
      await this.reset().catch(() => this.close());
    }
  }

  async close(): Promise<void> {
    const context = this.context;
    this.context = undefined;
    this.page = undefined;
    this.touched.clear();
    await context?.close().catch(() => undefined);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

function firstLine(text: string): string {
  return (text.split('\n', 1)[0] ?? text).replace(/^page\.goto: /, '');
}

export { instrumentStorageWrites };
