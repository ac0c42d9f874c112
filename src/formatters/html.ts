/**
 * `--format html`: one self-contained page for reviewers and compliance teams. A summary by rule and by standard,
 * then every consent context with its choices redrawn as the checker resolved them and a chart of their visual
 * weight, then the findings outside any context. No script, no external asset, and a Content-Security-Policy that
 * forbids any request, so the page opens the same offline, from a CI artifact or an email attachment. Every string
 * that comes from the analysed project (labels, paths, messages) is escaped; values that could not be resolved
 * are shown as "unknown (reason)". The output depends only on its input (no date), so two runs compare equal.
 * A browser audit's pages are listed by URL, each finding with its element's CSS selector, and each consent context
 * on screen with its screenshot, the choices outlined, beside the measured numbers.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleMeta } from '../catalog/index.js';
import { RULE_PREFIX } from '../engine/analyse.js';
import type { ContextSummary } from '../engine/context-summary.js';
import type { FileDetails } from '../engine/project.js';
import type { LintResult } from '../engine/types.js';
import { ruleDocsUrl } from '../package-info.js';
import { standard, type StandardId } from '../standards/index.js';
import { HTML_STYLES } from './html-styles.js';
import { contextCard, escapeHtml } from './html-context.js';
import type { Formatter, FormatterContext } from './index.js';

/** A finding or a needs-review result, as listed on the page. */
interface Item {
  ruleId: string | null;
  level: 'error' | 'warning' | 'review' | 'notice';
  text: string;
  line: number;
  column: number;
  /** On a page audited in the browser: the element's CSS selector. */
  selector?: string | undefined;
}

export const html: Formatter = (results, context) => {
  const files = [...results].sort((a, b) => compare(a.filePath, b.filePath));
  const details = context.details ?? new Map<string, FileDetails>();
  const perFile = files.map((result) => ({ result, items: itemsOf(result, details.get(result.filePath)), contexts: details.get(result.filePath)?.contexts ?? [] }));
  const all = perFile.flatMap((file) => file.items);
  const count = (level: Item['level']) => all.filter((item) => item.level === level).length;
  const contextCount = perFile.reduce((sum, file) => sum + file.contexts.length, 0);

  const body = [
    '<header class="top">',
    '<h1>honest-ui report</h1>',
    `<p class="muted">${context.toolVersion ? `honest-ui ${escapeHtml(context.toolVersion)} · ` : ''}${plural(files.length, 'file')} checked · ${plural(contextCount, 'consent context', 'consent contexts')} found</p>`,
    '<ul class="totals">',
    `<li class="error"><strong>${count('error')}</strong> ${count('error') === 1 ? 'error' : 'errors'}</li>`,
    `<li class="warning"><strong>${count('warning')}</strong> ${count('warning') === 1 ? 'warning' : 'warnings'}</li>`,
    `<li class="review"><strong>${count('review')}</strong> need${count('review') === 1 ? 's' : ''} review</li>`,
    ...(count('notice') > 0 ? [`<li class="notice"><strong>${count('notice')}</strong> not analysed</li>`] : []),
    '</ul>',
    '</header>',
    '<main>',
    ruleSummary(all),
    standardSummary(all),
    contextsSection(perFile, context),
    otherSection(perFile, context),
    '</main>',
    '<footer class="muted">Values the checker could not resolve are shown as <span class="unknown">unknown (reason)</span>, never guessed. Links to source files are relative to where this report was written.</footer>',
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Inline styles only; nothing may be fetched, so the page cannot leak that it was opened, or from where.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>honest-ui report</title>',
    `<style>${HTML_STYLES}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};

function itemsOf(result: LintResult, details: FileDetails | undefined): Item[] {
  const fromMessages = result.messages.map(
    (message): Item => ({ ruleId: message.ruleId, level: message.ruleId === null ? 'notice' : message.severity === 2 ? 'error' : 'warning', text: message.message, line: message.line, column: message.column, selector: message.selector }),
  );
  const reviews = (details?.reviews ?? []).map(
    (review): Item => ({ ruleId: `${RULE_PREFIX}${review.ruleId}`, level: 'review', text: `${review.detail} (${review.reason})`, line: review.loc.start.line, column: review.loc.start.column + 1 }),
  );
  return [...fromMessages, ...reviews].sort((a, b) => a.line - b.line || a.column - b.column || compare(a.ruleId ?? '', b.ruleId ?? ''));
}

function bareId(ruleId: string): string {
  return ruleId.startsWith(RULE_PREFIX) ? ruleId.slice(RULE_PREFIX.length) : ruleId;
}

function ruleLink(ruleId: string): string {
  const id = bareId(ruleId);
  return ruleMeta(id) ? `<a class="rule" href="${escapeHtml(ruleDocsUrl(id))}">${escapeHtml(ruleId)}</a>` : `<code>${escapeHtml(ruleId)}</code>`;
}

function ruleSummary(items: readonly Item[]): string {
  const byRule = new Map<string, { error: number; warning: number; review: number }>();
  for (const item of items) {
    if (item.ruleId === null || item.level === 'notice') continue;
    const counts = byRule.get(item.ruleId) ?? { error: 0, warning: 0, review: 0 };
    counts[item.level] += 1;
    byRule.set(item.ruleId, counts);
  }
  if (byRule.size === 0) return '<section id="by-rule"><h2>By rule</h2><p class="clean">No rule found anything to report.</p></section>';
  const rows = [...byRule.entries()]
    .sort(([a, x], [b, y]) => y.error + y.warning - (x.error + x.warning) || y.review - x.review || compare(a, b))
    .map(([ruleId, counts]) => `<tr><td>${ruleLink(ruleId)}</td><td>${escapeHtml(ruleMeta(bareId(ruleId))?.description ?? '')}</td>${cell(counts.error, 'error')}${cell(counts.warning, 'warning')}${cell(counts.review, 'review')}</tr>`);
  return `<section id="by-rule"><h2>By rule</h2><div class="scroll"><table class="summary"><thead><tr><th scope="col">Rule</th><th scope="col">What it checks</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col" class="num">Needs review</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`;
}

function standardSummary(items: readonly Item[]): string {
  const byStandard = new Map<StandardId, { rules: Set<string>; findings: number; reviews: number }>();
  for (const item of items) {
    if (item.ruleId === null || item.level === 'notice') continue;
    for (const id of ruleMeta(bareId(item.ruleId))?.standards ?? []) {
      const entry = byStandard.get(id) ?? { rules: new Set<string>(), findings: 0, reviews: 0 };
      entry.rules.add(bareId(item.ruleId));
      if (item.level === 'review') entry.reviews += 1;
      else entry.findings += 1;
      byStandard.set(id, entry);
    }
  }
  if (byStandard.size === 0) return '<section id="by-standard"><h2>By standard</h2><p class="clean">No finding touches any standard.</p></section>';
  const rows = [...byStandard.entries()]
    .map(([id, entry]) => ({ standard: standard(id), ...entry }))
    .sort((a, b) => b.findings - a.findings || b.reviews - a.reviews || compare(a.standard.short, b.standard.short))
    .map(
      (entry) =>
        `<tr><td><a href="${escapeHtml(entry.standard.url)}">${escapeHtml(entry.standard.short)}</a><br><span class="muted">${escapeHtml(entry.standard.title)}</span></td><td>${escapeHtml(entry.standard.weight)}</td><td class="rules">${[...entry.rules].sort(compare).map((rule) => `<code>${escapeHtml(rule)}</code>`).join(' ')}</td>${cell(entry.findings, 'error')}${cell(entry.reviews, 'review')}</tr>`,
    );
  return `<section id="by-standard"><h2>By standard</h2><div class="scroll"><table class="summary"><thead><tr><th scope="col">Standard</th><th scope="col">Legal weight</th><th scope="col">Rules</th><th scope="col" class="num">Findings</th><th scope="col" class="num">Needs review</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`;
}

function cell(value: number, level: string): string {
  return `<td class="num${value > 0 ? ` ${level}` : ''}">${value}</td>`;
}

interface FileEntry {
  result: LintResult;
  items: Item[];
  contexts: ContextSummary[];
}

function contextsSection(files: readonly FileEntry[], context: FormatterContext): string {
  const withContexts = files.filter((file) => file.contexts.length > 0);
  if (withContexts.length === 0) return '<section id="contexts"><h2>Consent contexts</h2><p class="muted">No consent context with a choice or a control was found.</p></section>';
  let index = 0;
  const flagged: string[] = [];
  const clean: string[] = [];
  let cleanCount = 0;
  for (const file of withContexts) {
    const owner = innermostContext(file.contexts);
    const cards = file.contexts.map((found) => {
      index += 1;
      const inside = file.items.filter((item) => owner(item.line) === found);
      const sourceLink = (line: number, column: number, selector?: string) => sourceAnchor(file.result.filePath, line, column, context, selector);
      return { card: contextCard(found, `context-${index}`, sourceLink, itemList(inside, file.result.filePath, context)), flagged: inside.length > 0 };
    });
    const heading = `<h3>${escapeHtml(displayPath(file.result.filePath, context))}</h3>`;
    const withFindings = cards.filter((card) => card.flagged).map((card) => card.card);
    const without = cards.filter((card) => !card.flagged).map((card) => card.card);
    if (withFindings.length > 0) flagged.push(`<section class="file">${heading}${withFindings.join('')}</section>`);
    cleanCount += without.length;
    if (without.length > 0) clean.push(`<section class="file">${heading}${without.join('')}</section>`);
  }
  // Contexts with nothing found stay one click away: reviewers look at the problems first.
  const cleanPart = clean.length > 0 ? `<details class="clean-contexts"${flagged.length === 0 ? ' open' : ''}><summary>${plural(cleanCount, 'consent context', 'consent contexts')} where nothing was found</summary>${clean.join('')}</details>` : '';
  return `<section id="contexts"><h2>Consent contexts</h2>${flagged.join('')}${cleanPart}</section>`;
}

/** Findings and notices on no context's lines: on files without contexts, or outside them. */
function otherSection(files: readonly FileEntry[], context: FormatterContext): string {
  const parts = files
    .map((file) => {
      const owner = innermostContext(file.contexts);
      const outside = file.items.filter((item) => owner(item.line) === undefined);
      return outside.length === 0 ? '' : `<section class="file"><h3>${escapeHtml(displayPath(file.result.filePath, context))}</h3>${itemList(outside, file.result.filePath, context)}</section>`;
    })
    .filter((part) => part !== '');
  if (parts.length === 0) return '';
  return `<section id="other"><h2>Outside any consent context</h2>${parts.join('')}</section>`;
}

/** The context a line belongs to: the smallest one spanning it, as contexts nest. */
function innermostContext(contexts: readonly ContextSummary[]): (line: number) => ContextSummary | undefined {
  return (line) => {
    let best: ContextSummary | undefined;
    for (const found of contexts) {
      if (line < found.line || line > found.endLine) continue;
      if (!best || found.endLine - found.line < best.endLine - best.line) best = found;
    }
    return best;
  };
}

const LEVEL_NAMES: Record<Item['level'], string> = { error: 'error', warning: 'warning', review: 'needs review', notice: 'not analysed' };

function itemList(items: readonly Item[], filePath: string, context: FormatterContext): string {
  if (items.length === 0) return '<p class="clean">Nothing found in this context.</p>';
  const rows = items.map(
    (item) =>
      `<li class="item ${item.level}"><span class="badge ${item.level}">${LEVEL_NAMES[item.level]}</span> <span class="message">${escapeHtml(item.text)}</span> <span class="where">${sourceAnchor(filePath, item.line, item.column, context, item.selector)}${item.ruleId === null ? '' : ` · ${ruleLink(item.ruleId)}`}</span></li>`,
  );
  return `<ul class="items">${rows.join('')}</ul>`;
}

function displayPath(filePath: string, context: FormatterContext): string {
  if (isWebPage(filePath)) return filePath;
  return (path.relative(context.cwd, filePath) || filePath).split(path.sep).join('/');
}

/** A page audited in the browser: its result's filePath is its URL. */
function isWebPage(filePath: string): boolean {
  return /^(?:https?|file):\/\//i.test(filePath);
}

/**
 * A link to the line, relative to where the report is written so that it keeps working when the report and the
 * project are moved together; `#L12` is what code hosts and most editors' file viewers understand.
 */
function sourceAnchor(filePath: string, line: number, column: number, context: FormatterContext, selector?: string): string {
  // A page audited in the browser: a link to the page (its URL up to the audit's note), and the element's selector.
  if (isWebPage(filePath)) {
    const url = filePath.replace(/ \(second layer.*$/, '');
    return `<a class="source" href="${escapeHtml(url)}">${escapeHtml(filePath)}</a>${selector ? ` <code class="selector">${escapeHtml(selector)}</code>` : ''}`;
  }
  const from = context.reportDirectory ?? context.cwd;
  const relative = path.relative(from, filePath);
  const href = path.isAbsolute(relative) ? pathToFileURL(filePath).href : relative.split(path.sep).map(encodeURIComponent).join('/');
  return `<a class="source" href="${escapeHtml(`${href}#L${line}`)}">${escapeHtml(`${displayPath(filePath, context)}:${line}:${column}`)}</a>`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Code-unit order, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
