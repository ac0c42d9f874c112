/**
 * `eslint-plugin-honest-ui/browser`: the browser audit for Playwright tests.
 *
 *   import { auditPage } from 'eslint-plugin-honest-ui/browser';
 *   const report = await auditPage(page);
 *   expect(report.errorCount).toBe(0);
 *
 * Drives only the page it is given; starts no browser of its own.
 */
import type { Page } from 'playwright-core';
import { auditPage as audit, type AuditPageOptions } from './audit.js';
import { instrumentStorageWrites as instrument } from './page-script.js';
import type { BrowserAuditOptions, BrowserAuditReport } from './public-types.js';

export type { BrowserAuditMessage, BrowserAuditOptions, BrowserAuditReport, BrowserRuleEntry } from './public-types.js';

/** Audit the page as it is now, with the same rules as the checker: an ESLint-shaped result for the page. */
export async function auditPage(page: Page, options: BrowserAuditOptions = {}): Promise<BrowserAuditReport> {
  return (await audit(page, options as AuditPageOptions)) as BrowserAuditReport;
}

/**
 * Pass to `page.addInitScript` before `page.goto`, so the tracking rule sees which script wrote each cookie and
 * storage entry.
 */
export const instrumentStorageWrites: () => void = instrument;
