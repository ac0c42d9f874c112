import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContextSummary, StyleSummary } from '../../src/engine/context-summary.js';
import type { FileDetails } from '../../src/engine/project.js';
import { summarise, type LintMessage, type LintResult } from '../../src/engine/types.js';
import { html } from '../../src/formatters/html.js';
import { ruleDocsUrl } from '../../src/package-info.js';
import { standard } from '../../src/standards/index.js';
import { noUnbalancedChoices } from '../../src/catalog/no-unbalanced-choices.js';

const cwd = path.resolve('/project');
const HOSTILE = '<script>alert("x")</script>';

function style(overrides: Partial<StyleSummary> = {}): StyleSummary {
  return {
    presentation: { known: true, value: 'filled' },
    presentationName: 'filled button',
    fontSize: { known: true, value: 16 },
    fontWeight: { known: true, value: 700 },
    color: { known: true, value: '#ffffff' },
    fill: { known: true, value: '#2454e6' },
    backdrop: { known: true, value: '#2454e6' },
    borderWidth: { known: true, value: 0 },
    borderColor: { known: true, value: null },
    textDecoration: { known: true, value: 'none' },
    padding: { known: true, value: [12, 24, 12, 24] },
    contrast: { known: true, value: 5.9 },
    ...overrides,
  };
}

const banner: ContextSummary = {
  element: 'div role="dialog"',
  line: 5,
  column: 5,
  endLine: 14,
  topics: ['cookies'],
  choices: [
    { kind: 'accept', label: 'Accept all', labelComplete: true, element: 'button', line: 7, column: 7, endLine: 7, style: style() },
    {
      kind: 'decline',
      label: 'Reject all',
      labelComplete: true,
      element: 'a',
      line: 8,
      column: 7,
      endLine: 8,
      style: style({
        presentation: { known: true, value: 'text' },
        presentationName: 'link',
        fontSize: { known: false, reason: 'css-variable: var(--small)' },
        fontWeight: { known: true, value: 400 },
        color: { known: true, value: '#9a9a9a' },
        fill: { known: true, value: null },
        backdrop: { known: true, value: '#ffffff' },
        textDecoration: { known: true, value: 'underline' },
        padding: { known: true, value: [0, 0, 0, 0] },
        contrast: { known: true, value: 2.8 },
      }),
    },
  ],
  controls: [],
};

const weaker: LintMessage = {
  ruleId: 'honest-ui/no-unbalanced-choices',
  severity: 2,
  message: "'Reject all' is drawn weaker than 'Accept all': link vs filled button.",
  line: 8,
  column: 7,
  nodeType: 'JSXOpeningElement',
};

const bannerFile = path.join(cwd, 'src', 'Banner.tsx');
const results: LintResult[] = [summarise(bannerFile, [weaker]), summarise(path.join(cwd, 'src', 'Clean.tsx'), [])];
const details = new Map<string, FileDetails>([[bannerFile, { reviews: [], unresolvedImports: [], contexts: [banner] }]]);

/** The page's text content, roughly: tags dropped, the few entities the formatter writes decoded. */
function text(page: string): string {
  return page
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('html', () => {
  const page = html(results, { cwd, color: false, toolVersion: '1.2.3', details });

  it('is one self-contained page: no script, no external asset, a policy that forbids any request', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    // Every absolute URL is a link (rule docs, standards), never something the page loads.
    const urls = [...page.matchAll(/(\w+)="(https?:[^"]*)"/g)].map((match) => match[1]);
    expect(new Set(urls)).toEqual(new Set(['href', 'xmlns']));
  });

  it('sums up by rule and by standard, with links to the rule docs and the standards', () => {
    const byRule = page.slice(page.indexOf('id="by-rule"'), page.indexOf('id="by-standard"'));
    expect(byRule).toContain(`<a class="rule" href="${ruleDocsUrl('no-unbalanced-choices')}">honest-ui/no-unbalanced-choices</a>`);
    expect(text(byRule)).toContain(`${noUnbalancedChoices.description} 1 0 0`);
    const byStandard = page.slice(page.indexOf('id="by-standard"'), page.indexOf('id="contexts"'));
    for (const id of noUnbalancedChoices.standards) expect(byStandard).toContain(`href="${standard(id).url}"`);
    expect(text(page)).toContain('1.2.3');
    expect(text(page)).toContain('2 files checked · 1 consent context found');
  });

  it('draws the choices side by side with their measured numbers, and unknowns as unknown (reason)', () => {
    const card = page.slice(page.indexOf('<article class="context"'), page.indexOf('</article>'));
    expect(card).toContain('style="font-size:16px;font-weight:700;color:#ffffff;background:#2454e6;padding:12px 24px 12px 24px;text-decoration:none">Accept all</span>');
    // The unknown font size is not drawn (no font-size) and not guessed in the numbers.
    expect(card).toContain('style="font-weight:400;color:#9a9a9a;padding:0px 0px 0px 0px;text-decoration:underline">Reject all</span>');
    const numbers = text(card);
    expect(numbers).toContain('Drawn as filled button link');
    expect(numbers).toContain('Font size 16px unknown (css-variable: var(--small))');
    expect(numbers).toContain('Font weight bold (700) regular (400)');
    expect(numbers).toContain('Contrast 5.9:1 2.8:1 (below 4.5:1)');
    expect(numbers).toContain("error 'Reject all' is drawn weaker than 'Accept all'");
  });

  it('charts the visual weights: the decline bar is shorter where it is weaker, dashed where unknown', () => {
    const chart = page.slice(page.indexOf('<svg class="chart"'), page.indexOf('</svg>'));
    const widths = [...chart.matchAll(/<rect class="bar" [^>]*width="(\d+)"/g)].map((match) => Number(match[1]));
    // Presentation, font size (decline unknown), weight, padding, contrast: 2 + 1 + 2 + 2 + 2 known bars.
    expect(widths).toHaveLength(9);
    const [acceptPresentation, declinePresentation] = widths;
    expect(declinePresentation).toBeLessThan(acceptPresentation as number);
    expect(chart.match(/<rect class="bar unknown"/g)).toHaveLength(1);
    expect(chart).toContain('<title>unknown (css-variable: var(--small))</title>');
  });

  it('links each finding to its source line, relative to where the report is written', () => {
    expect(page).toContain('<a class="source" href="src/Banner.tsx#L8">src/Banner.tsx:8:7</a>');
    const elsewhere = html(results, { cwd, color: false, details, reportDirectory: path.join(cwd, 'reports', 'ui') });
    expect(elsewhere).toContain('<a class="source" href="../../src/Banner.tsx#L8">src/Banner.tsx:8:7</a>');
  });

  it('escapes hostile labels, paths, messages and rule ids, and keeps hostile values out of style attributes', () => {
    const hostileFile = path.join(cwd, HOSTILE, `${HOSTILE}.tsx`);
    const hostileContext: ContextSummary = {
      ...banner,
      element: `div role="${HOSTILE}"`,
      topics: [HOSTILE],
      choices: [
        { ...(banner.choices[0] as ContextSummary['choices'][number]), label: HOSTILE, element: HOSTILE },
        {
          ...(banner.choices[1] as ContextSummary['choices'][number]),
          label: `"><img src=x onerror=alert(1)>`,
          style: style({ color: { known: true, value: 'red;background:url(https://evil.example/x)' }, fill: { known: false, reason: HOSTILE }, textDecoration: { known: true, value: 'underline;position:fixed' } }),
        },
      ],
      controls: [{ semantic: 'switch', label: HOSTILE, checked: { known: false, reason: HOSTILE }, purposes: [HOSTILE], line: 9, column: 9, endLine: 9, labelStyle: style() }],
    };
    const hostile = html([summarise(hostileFile, [{ ...weaker, message: HOSTILE, ruleId: `honest-ui/${HOSTILE}` }])], {
      cwd,
      color: false,
      details: new Map([[hostileFile, { reviews: [{ ruleId: HOSTILE, loc: { start: { line: 8, column: 0 }, end: { line: 8, column: 4 } }, reason: 'translation', detail: HOSTILE }], unresolvedImports: [], contexts: [hostileContext] }]]),
    });
    expect(hostile).not.toMatch(/<script|<img|evil\.example|position:fixed/i);
    expect(hostile).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(hostile).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    // The path is escaped in the text and percent-encoded in the link (its slashes separate directories).
    expect(hostile).toContain('href="%3Cscript%3Ealert(%22x%22)%3C/script%3E/%3Cscript%3Ealert(%22x%22)%3C/script%3E.tsx#L8"');
    // A value that is not a checker-made colour or a plain keyword is not drawn.
    expect(hostile).toMatch(/style="font-size:16px;font-weight:700;padding:12px 24px 12px 24px;text-decoration:none">&quot;&gt;&lt;img/);
  });

  it('reports an empty run as an empty run', () => {
    const empty = html([], { cwd, color: false });
    expect(text(empty)).toContain('0 files checked · 0 consent contexts found');
    expect(text(empty)).toContain('0 errors 0 warnings 0 need review');
    expect(empty).toContain('No rule found anything to report.');
    expect(empty).toContain('No consent context with a choice or a control was found.');
    expect(empty).not.toContain('id="other"');
  });

  it('lists findings outside any context, notices, and needs-review results', () => {
    const loose = path.join(cwd, 'Loose.tsx');
    const broken = path.join(cwd, 'broken.tsx');
    const page2 = html(
      [summarise(loose, [{ ...weaker, line: 30 }]), summarise(broken, [{ ruleId: null, fatal: true, severity: 2, message: 'Parsing error: Unexpected token', line: 1, column: 1, nodeType: null }])],
      { cwd, color: false, details: new Map([[loose, { reviews: [{ ruleId: 'no-preselected-consent', loc: { start: { line: 4, column: 2 }, end: { line: 4, column: 9 } }, reason: 'dynamic-expression', detail: 'checked state comes from a prop' }], unresolvedImports: [] }]]) },
    );
    const other = text(page2.slice(page2.indexOf('id="other"')));
    expect(other).toContain('needs review checked state comes from a prop (dynamic-expression) Loose.tsx:4:3 · honest-ui/no-preselected-consent');
    expect(other).toContain('error');
    expect(other).toContain('not analysed Parsing error: Unexpected token broken.tsx:1:1');
    expect(text(page2)).toContain('1 error 0 warnings 1 needs review 1 not analysed');
  });

  it('is stable: the same input gives the same page, whatever order the results come in', () => {
    expect(html([...results].reverse(), { cwd, color: false, toolVersion: '1.2.3', details })).toBe(page);
  });
});
