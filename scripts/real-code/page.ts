/**
 * The reading page for a real-code run: a self-contained HTML page (no script, no request: a Content-Security-Policy
 * forbids them) or the same as Markdown. Every string from the analysed code is escaped. The page depends only on
 * its input (no date), so two runs on the same code compare equal.
 */
import { escapeHtml } from '../../src/formatters/html-context.js';
import type { Entry, Reading } from './collect.js';

export function htmlPage(reading: Reading, toolVersion: string): string {
  const title = `honest-ui on ${reading.folder}`;
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>honest-ui ${escapeHtml(toolVersion)}, strict preset at default options. ${summaryLine(reading)}</p>`,
    '<p>Read every entry. A finding that is wrong, or a needs-review result the source decides, is a bug: file it with its handle (F1, R1) and the excerpt.</p>',
    tally('Findings by rule', reading.findingsByRule),
    tally('Needs review by rule', reading.reviewsByRule),
    ...(reading.notAnalysed.length > 0 ? ['<h2>Not analysed</h2>', `<ul>${reading.notAnalysed.map((line) => `<li><code>${escapeHtml(line)}</code></li>`).join('')}</ul>`] : []),
    ...reading.files.map((file) => [`<section><h2><code>${escapeHtml(file.file)}</code></h2>`, ...file.entries.map(htmlEntry), '</section>'].join('\n')),
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function markdownPage(reading: Reading, toolVersion: string): string {
  const lines = [
    `# honest-ui on ${reading.folder}`,
    '',
    `honest-ui ${toolVersion}, strict preset at default options. ${summaryLine(reading)}`,
    '',
    ...markdownTally('Findings by rule', reading.findingsByRule),
    ...markdownTally('Needs review by rule', reading.reviewsByRule),
    ...(reading.notAnalysed.length > 0 ? ['## Not analysed', '', ...reading.notAnalysed.map((line) => `- \`${line}\``), ''] : []),
  ];
  for (const file of reading.files) {
    lines.push(`## ${file.file}`, '');
    for (const entry of file.entries) {
      lines.push(
        `### ${entry.handle} · ${entry.level} · ${entry.rule} · line ${entry.line}`,
        '',
        entry.message,
        '',
        `Reason: ${reasonText(entry)}`,
        '',
        fence(excerptText(entry)),
        '',
      );
    }
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

function summaryLine(reading: Reading): string {
  return `${reading.findings} ${reading.findings === 1 ? 'finding' : 'findings'} and ${reading.reviews} needs-review ${reading.reviews === 1 ? 'result' : 'results'} in ${reading.files.length} ${reading.files.length === 1 ? 'file' : 'files'}; ${reading.contexts} consent ${reading.contexts === 1 ? 'context' : 'contexts'} found.`;
}

function htmlEntry(entry: Entry): string {
  const source = entry.excerpt.lines
    .map((text, index) => {
      const number = entry.excerpt.start + index;
      return `<span class="${number === entry.line ? 'line here' : 'line'}"><span class="number">${number}</span>${escapeHtml(text)}</span>`;
    })
    // The spans are blocks: a newline between them would add an empty line in <pre>.
    .join('');
  return [
    `<article class="${entry.kind}" id="${entry.handle}">`,
    `<h3><span class="handle">${entry.handle}</span> <span class="level">${escapeHtml(entry.level)}</span> <code>${escapeHtml(entry.rule)}</code> line ${entry.line}:${entry.column}</h3>`,
    `<p>${escapeHtml(entry.message)}</p>`,
    `<p class="reason">Reason: ${escapeHtml(reasonText(entry))}</p>`,
    `<pre>${source}</pre>`,
    '</article>',
  ].join('\n');
}

function reasonText(entry: Entry): string {
  const data = Object.entries(entry.data).map(([key, value]) => `${key}=${String(value)}`);
  return [entry.reason || '–', ...(data.length > 0 ? [`(${data.join(', ')})`] : [])].join(' ');
}

function excerptText(entry: Entry): string {
  const width = String(entry.excerpt.start + entry.excerpt.lines.length - 1).length;
  return entry.excerpt.lines.map((text, index) => {
    const number = entry.excerpt.start + index;
    return `${number === entry.line ? '>' : ' '} ${String(number).padStart(width)} | ${text}`;
  }).join('\n');
}

/** A fence longer than any run of backticks in the code. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}\n${text}\n${marks}`;
}

function tally(title: string, counts: Record<string, number>): string {
  const rows = Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1));
  if (rows.length === 0) return `<h2>${escapeHtml(title)}</h2><p>None.</p>`;
  return `<h2>${escapeHtml(title)}</h2><table>${rows.map(([rule, count]) => `<tr><td><code>${escapeHtml(rule)}</code></td><td>${count}</td></tr>`).join('')}</table>`;
}

function markdownTally(title: string, counts: Record<string, number>): string[] {
  const rows = Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1));
  if (rows.length === 0) return [`## ${title}`, '', 'None.', ''];
  return [`## ${title}`, '', '| rule | count |', '| --- | --- |', ...rows.map(([rule, count]) => `| \`${rule}\` | ${count} |`), ''];
}

const STYLES = [
  'body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1f2328}',
  'h2{margin-top:2rem;border-bottom:1px solid #d0d7de}',
  'h3{font-size:1rem;margin:0 0 .25rem}',
  'article{border-left:4px solid #cf222e;padding:.25rem .75rem;margin:1rem 0;background:#fff8f8}',
  'article.review{border-color:#9a6700;background:#fffbeb}',
  '.handle{font-weight:700}.level{text-transform:uppercase;font-size:.8em;letter-spacing:.05em}',
  '.reason{color:#57606a;font-size:.9em;margin:.25rem 0}',
  'pre{background:#f6f8fa;padding:.5rem;overflow-x:auto;font-size:13px}',
  '.line{display:block}.here{background:#fff1a8}.number{display:inline-block;width:4em;color:#8c959f;user-select:none}',
  'table{border-collapse:collapse}td{padding:.1rem .75rem;border-bottom:1px solid #eaeef2}',
].join('');
