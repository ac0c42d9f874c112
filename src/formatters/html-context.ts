/**
 * One consent context in the HTML report: its choices drawn side by side with the styles the checker resolved,
 * the measured numbers under each, and an inline SVG chart of their visual weight factor by factor. Every value
 * that reaches a style attribute is one the checker computed (a number, a hex colour, a decoration keyword) and
 * is checked again here; every text is escaped.
 */
import type { ChoiceSummary, ContextSummary, ControlSummary, Measured, StyleSummary } from '../engine/context-summary.js';
import { NUMBERS } from '../standards/index.js';
import { formatPx, formatRatio, weightName } from '../visual/appearance.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or a quoted attribute value (and for SVG inside HTML, which shares the rules). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** The colour a choice's bars are drawn in: what it offers, so "accept" and "decline" read the same everywhere. */
const KIND_COLOURS: Record<ChoiceSummary['kind'], string> = {
  accept: '#2563eb',
  commit: '#7c3aed',
  decline: '#ea580c',
  manage: '#0d9488',
  deferral: '#64748b',
  dismiss: '#64748b',
};

const PRESENTATION_RANK = { filled: 3, outlined: 2, text: 1 } as const;

/** Mock-ups are drawn at the resolved size, up to this, so one absurd value cannot swallow the page. */
const MAX_MOCK_FONT_PX = 48;
const MAX_MOCK_PADDING_PX = 48;
const MAX_LABEL = 60;

export function unknownText(reason: string): string {
  return `unknown (${reason})`;
}

function shorten(text: string, max = MAX_LABEL): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export function choiceLabel(choice: { label: string; labelComplete?: boolean }): string {
  if (choice.label === '') return '(no readable label)';
  return choice.labelComplete === false ? `${choice.label} …` : choice.label;
}

/** A checker-made hex colour, or undefined for anything else: only these reach a style attribute. */
function safeColour(value: Measured<string | null>): string | undefined {
  return value.known && value.value !== null && /^#[0-9a-f]{6}(?:[0-9a-f]{2})?$/i.test(value.value) ? value.value : undefined;
}

function safePx(value: number, max: number): string | undefined {
  return Number.isFinite(value) && value >= 0 ? `${Math.round(Math.min(value, max) * 100) / 100}px` : undefined;
}

/** Inline CSS that redraws a choice as resolved; what is unknown falls back to the page's neutral look. */
function mockStyle(style: StyleSummary): string {
  const rules: string[] = [];
  if (style.fontSize.known) {
    const size = safePx(style.fontSize.value, MAX_MOCK_FONT_PX);
    if (size) rules.push(`font-size:${size}`);
  }
  if (style.fontWeight.known && Number.isFinite(style.fontWeight.value)) rules.push(`font-weight:${Math.round(Math.min(Math.max(style.fontWeight.value, 1), 1000))}`);
  const colour = safeColour(style.color);
  if (colour) rules.push(`color:${colour}`);
  const fill = safeColour(style.fill);
  if (fill) rules.push(`background:${fill}`);
  if (style.borderWidth.known && style.borderWidth.value > 0) {
    const width = safePx(style.borderWidth.value, 8);
    const borderColour = safeColour(style.borderColor) ?? 'currentColor';
    if (width) rules.push(`border:${width} solid ${borderColour}`);
  }
  if (style.padding.known) {
    const sides = style.padding.value.map((side) => safePx(side, MAX_MOCK_PADDING_PX));
    if (sides.every((side) => side !== undefined)) rules.push(`padding:${sides.join(' ')}`);
  }
  // Keywords only: the declared value is the author's text and never reaches the page as CSS.
  const decoration = style.textDecoration.known ? style.textDecoration.value.split(/\s+/) : [];
  rules.push(`text-decoration:${decoration.includes('underline') ? 'underline' : decoration.includes('line-through') ? 'line-through' : 'none'}`);
  return rules.join(';');
}

function show<T>(value: Measured<T>, format: (known: T) => string): string {
  return value.known ? escapeHtml(format(value.value)) : `<span class="unknown">${escapeHtml(unknownText(value.reason))}</span>`;
}

function swatch(value: Measured<string | null>, none: string): string {
  if (!value.known) return show(value, String);
  const colour = safeColour(value);
  if (!colour) return escapeHtml(none);
  return `<span class="swatch" style="background:${colour}"></span><code>${escapeHtml(colour)}</code>`;
}

function paddingText(box: readonly number[]): string {
  const [top, right, bottom, left] = box.map((side) => formatPx(side));
  if (top === bottom && right === left) return top === right ? `${top}` : `${top} ${right}`;
  return `${top} ${right} ${bottom} ${left}`;
}

function contrastText(ratio: number): string {
  return `${formatRatio(ratio)}${ratio < NUMBERS.textContrast ? ' (below 4.5:1)' : ''}`;
}

interface Row {
  name: string;
  cell: (style: StyleSummary) => string;
}

const ROWS: Row[] = [
  { name: 'Drawn as', cell: (style) => (style.presentation.known ? escapeHtml(style.presentationName) : show(style.presentation, String)) },
  { name: 'Font size', cell: (style) => show(style.fontSize, formatPx) },
  { name: 'Font weight', cell: (style) => show(style.fontWeight, (weight) => `${weightName(weight)} (${weight})`) },
  { name: 'Text colour', cell: (style) => swatch(style.color, 'none') },
  { name: 'Fill', cell: (style) => swatch(style.fill, 'none') },
  { name: 'Behind the text', cell: (style) => swatch(style.backdrop, 'none') },
  { name: 'Border', cell: (style) => (style.borderWidth.known && style.borderWidth.value === 0 ? 'none' : `${show(style.borderWidth, formatPx)} ${swatch(style.borderColor, '')}`) },
  { name: 'Padding', cell: (style) => show(style.padding, paddingText) },
  { name: 'Contrast', cell: (style) => show(style.contrast, contrastText) },
];

function choiceHeader(choice: ChoiceSummary): string {
  const backdrop = safeColour(choice.style.backdrop);
  const stage = backdrop ? ` style="background:${backdrop}"` : ' data-backdrop="unknown"';
  return [
    `<th scope="col" class="choice kind-${choice.kind}">`,
    `<span class="kind" style="background:${KIND_COLOURS[choice.kind]}">${escapeHtml(choice.kind)}</span>`,
    `<div class="stage"${stage}><span class="mock" style="${mockStyle(choice.style)}">${escapeHtml(shorten(choiceLabel(choice)))}</span></div>`,
    choice.selector !== undefined
      ? `<span class="element"><code>${escapeHtml(choice.selector)}</code>${choice.shown === false ? ' · not on screen' : choice.belowFold ? ' · below the fold' : ''}</span>`
      : `<span class="element"><code>&lt;${escapeHtml(choice.element)}&gt;</code> line ${choice.line}</span>`,
    '</th>',
  ].join('');
}

function choicesTable(choices: readonly ChoiceSummary[]): string {
  const body = ROWS.map((row) => `<tr><th scope="row">${row.name}</th>${choices.map((choice) => `<td>${row.cell(choice.style)}</td>`).join('')}</tr>`);
  return `<table class="choices"><thead><tr><td></td>${choices.map(choiceHeader).join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

interface Factor {
  name: string;
  value: (style: StyleSummary) => Measured<number>;
  text: (value: number, style: StyleSummary) => string;
  /** The smallest scale: a reference the chart always shows (the 4.5:1 contrast minimum). */
  floor?: number;
  mark?: { at: number; label: string };
}

const FACTORS: Factor[] = [
  {
    name: 'Presentation',
    value: (style) => (style.presentation.known ? { known: true, value: PRESENTATION_RANK[style.presentation.value] } : style.presentation),
    text: (_value, style) => style.presentationName,
    floor: 3,
  },
  { name: 'Font size', value: (style) => style.fontSize, text: formatPx },
  { name: 'Font weight', value: (style) => style.fontWeight, text: (weight) => String(weight) },
  {
    name: 'Padding (average)',
    value: (style) => (style.padding.known ? { known: true, value: style.padding.value.reduce((sum, side) => sum + side, 0) / 4 } : style.padding),
    text: formatPx,
  },
  { name: 'Contrast', value: (style) => style.contrast, text: formatRatio, floor: NUMBERS.textContrast, mark: { at: NUMBERS.textContrast, label: '4.5:1' } },
];

const CHART = { width: 456, labelWidth: 116, barWidth: 236, rowHeight: 18, barHeight: 12, groupGap: 10, headingHeight: 18 };

/** Horizontal bars, one group per factor, one bar per choice: the longer bar is the heavier choice on that factor. */
function weightChart(choices: readonly ChoiceSummary[]): string {
  const parts: string[] = [];
  let y = 0;
  for (const factor of FACTORS) {
    const values = choices.map((choice) => factor.value(choice.style));
    const scale = Math.max(factor.floor ?? 0, ...values.map((value) => (value.known && Number.isFinite(value.value) ? value.value : 0)));
    parts.push(`<text class="factor" x="0" y="${y + 13}">${escapeHtml(factor.name)}</text>`);
    y += CHART.headingHeight;
    const top = y;
    choices.forEach((choice, index) => {
      const value = values[index] as Measured<number>;
      const rowY = y + (CHART.rowHeight - CHART.barHeight) / 2;
      parts.push(`<text class="label" x="${CHART.labelWidth - 8}" y="${rowY + 10}" text-anchor="end">${escapeHtml(shorten(choiceLabel(choice), 17))}</text>`);
      if (value.known && Number.isFinite(value.value) && scale > 0) {
        const width = Math.max(2, Math.round((Math.max(value.value, 0) / scale) * CHART.barWidth));
        parts.push(
          `<rect class="bar" x="${CHART.labelWidth}" y="${rowY}" width="${width}" height="${CHART.barHeight}" rx="2" fill="${KIND_COLOURS[choice.kind]}"><title>${escapeHtml(`${choiceLabel(choice)}: ${factor.text(value.value, choice.style)}`)}</title></rect>`,
          `<text class="value" x="${CHART.labelWidth + width + 6}" y="${rowY + 10}">${escapeHtml(factor.text(value.value, choice.style))}</text>`,
        );
      } else {
        parts.push(
          `<rect class="bar unknown" x="${CHART.labelWidth}" y="${rowY}" width="${CHART.barWidth}" height="${CHART.barHeight}" rx="2"><title>${escapeHtml(value.known ? 'unknown' : unknownText(value.reason))}</title></rect>`,
          `<text class="value unknown" x="${CHART.labelWidth + 6}" y="${rowY + 10}">unknown</text>`,
        );
      }
      y += CHART.rowHeight;
    });
    if (factor.mark && scale > 0) {
      const x = CHART.labelWidth + Math.round((factor.mark.at / scale) * CHART.barWidth);
      parts.push(`<line class="mark" x1="${x}" x2="${x}" y1="${top - 2}" y2="${y}"/><text class="mark" x="${x + 3}" y="${top - 4}">${escapeHtml(factor.mark.label)}</text>`);
    }
    y += CHART.groupGap;
  }
  const summary = `Visual weight of ${choices.map((choice) => `"${shorten(choiceLabel(choice), 30)}" (${choice.kind})`).join(' and ')}, factor by factor`;
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(summary)}" width="${CHART.width}" height="${y}" viewBox="0 0 ${CHART.width} ${y}">${parts.join('')}</svg>`;
}

function controlsTable(controls: readonly ControlSummary[], sourceLink: (line: number, column: number, selector?: string) => string): string {
  const rows = controls.map((control) =>
    [
      '<tr>',
      `<td>${escapeHtml(control.semantic)}</td>`,
      `<td>${escapeHtml(shorten(control.label || '(no readable label)', 120))}</td>`,
      `<td>${control.checked.known ? `<span class="state-${control.checked.value}">${control.checked.value === 'on' ? 'on by default' : 'off'}</span>` : show(control.checked, String)}</td>`,
      `<td>${control.purposes.length > 0 ? escapeHtml(control.purposes.join(', ')) : '—'}</td>`,
      `<td>${show(control.labelStyle.fontSize, formatPx)}</td>`,
      `<td>${show(control.labelStyle.contrast, contrastText)}</td>`,
      `<td>${sourceLink(control.line, control.column, control.selector)}</td>`,
      '</tr>',
    ].join(''),
  );
  return `<table class="controls"><thead><tr><th scope="col">Control</th><th scope="col">Label</th><th scope="col">Default</th><th scope="col">Purposes</th><th scope="col">Label size</th><th scope="col">Label contrast</th><th scope="col">Source</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** A context's card; `findings` is the finished list of what was found inside it. */
/** Only a PNG data URI the audit made reaches an src attribute. */
function safeScreenshot(dataUri: string): boolean {
  return /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/.test(dataUri);
}

function percent(value: number): string {
  return `${Math.round(Math.min(Math.max(value, 0), 100) * 100) / 100}%`;
}

/**
 * A browser audit's screenshot of the context, with each choice and control outlined in its kind's colour where it
 * is drawn: outlines are placed in percentages of the picture, so they stay on their elements however it is scaled.
 */
function screenshotFigure(context: ContextSummary): string {
  const shot = context.screenshot;
  if (!shot || !safeScreenshot(shot.dataUri) || shot.box.width <= 0 || shot.box.height <= 0) return '';
  const outline = (box: { x: number; y: number; width: number; height: number } | undefined, colour: string, label: string): string => {
    if (!box || box.width <= 0 || box.height <= 0) return '';
    const left = ((box.x - shot.box.x) / shot.box.width) * 100;
    const top = ((box.y - shot.box.y) / shot.box.height) * 100;
    if (left >= 100 || top >= 100 || left + (box.width / shot.box.width) * 100 <= 0 || top + (box.height / shot.box.height) * 100 <= 0) return '';
    const style = `left:${percent(left)};top:${percent(top)};width:${percent((box.width / shot.box.width) * 100)};height:${percent((box.height / shot.box.height) * 100)};border-color:${colour}`;
    return `<span class="outline" style="${style}" title="${escapeHtml(label)}"></span>`;
  };
  const outlines = [
    ...context.choices.map((choice) => outline(choice.box, KIND_COLOURS[choice.kind], `${choice.kind}: ${choiceLabel(choice)}`)),
    ...context.controls.map((control) => outline(control.box, '#0d9488', `${control.semantic}: ${control.label}`)),
  ];
  const hidden = [...context.choices.filter((choice) => choice.shown === false).map((choice) => `'${shorten(choiceLabel(choice), 40)}' (${choice.kind}) is not drawn on screen`), ...context.choices.filter((choice) => choice.shown && choice.belowFold).map((choice) => `'${shorten(choiceLabel(choice), 40)}' (${choice.kind}) starts below the fold`)];
  return [
    '<figure class="shot">',
    `<div class="shot-frame"><img src="${shot.dataUri}" width="${Math.round(shot.box.width)}" height="${Math.round(shot.box.height)}" alt="${escapeHtml(`Screenshot of the consent prompt ${context.selector ?? ''}`.trim())}">${outlines.join('')}</div>`,
    `<figcaption>As rendered, choices outlined by kind (${Object.entries(KIND_COLOURS).filter(([kind]) => context.choices.some((choice) => choice.kind === kind)).map(([kind, colour]) => `<span class="key" style="border-color:${colour}">${escapeHtml(kind)}</span>`).join(' ')})${hidden.length > 0 ? `; ${escapeHtml(hidden.join('; '))}` : ''}</figcaption>`,
    '</figure>',
  ].join('');
}

export function contextCard(context: ContextSummary, id: string, sourceLink: (line: number, column: number, selector?: string) => string, findings: string): string {
  const topics = context.topics.length > 0 ? ` about ${escapeHtml(context.topics.join(', '))}` : '';
  const choices = context.choices.length > 0 ? `<div class="compare"><div class="scroll">${choicesTable(context.choices)}</div><figure class="weights"><figcaption>Visual weight, factor by factor: the longer bar is the more prominent choice</figcaption>${weightChart(context.choices)}</figure></div>` : '<p class="muted">No choice buttons or links in this context.</p>';
  const controls = context.controls.length > 0 ? `<div class="scroll">${controlsTable(context.controls, sourceLink)}</div>` : '';
  return [
    `<article class="context" id="${id}">`,
    `<header><h4><code>&lt;${escapeHtml(context.element)}&gt;</code>${topics}</h4>${sourceLink(context.line, context.column, context.selector)}</header>`,
    screenshotFigure(context),
    choices,
    controls,
    findings,
    '</article>',
  ].join('');
}
