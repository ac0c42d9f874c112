/**
 * `eslint-plugin-honest-ui/browser`: the browser audit for Playwright tests.
 *
 *   import { auditPage } from 'eslint-plugin-honest-ui/browser';
 *   const report = await auditPage(page);
 *   expect(report.errorCount).toBe(0);
 *
 * Loads playwright-core only through the page it is given; needs no browser of its own.
 */
export { auditPage, instrumentStorageWrites, type AuditPageOptions, type AuditReport } from './audit.js';
