/**
 * no-fine-print: a material disclosure in a consent context is smaller than the choice it qualifies, below an
 * absolute floor, too faint, or marked up as <small>. Follows the FTC's .com Disclosures ("at least as large as
 * the claim"; a colour that blends into the background is likely missed) and WCAG 1.4.3 for the contrast numbers.
 */
import type { NoFinePrintOptions } from '../catalog/no-fine-print.js';
import type { ConsentAnalysis, ConsentContext } from '../context/detect.js';
import { ownElements } from '../context/detect.js';
import { tokenize } from '../context/text.js';
import { ancestors, textContent } from '../model/query.js';
import type { UIElement } from '../model/types.js';
import { describeAppearance, formatPx, formatRatio, isLargeText, type Appearance } from '../visual/appearance.js';
import { primaryChoice } from './choices.js';
import type { Check, FileAnalysis, Finding, Review } from './types.js';
import { finding, quote, review } from './util.js';

const RULE = 'no-fine-print';
const NOT_TEXT = new Set(['button', 'link', 'checkbox', 'switch', 'radio', 'input', 'select', 'image']);

/** Elements that hold text directly (a text node child), innermost first: the blocks a person reads. */
function textBlocks(context: ConsentContext, consent: ConsentAnalysis): UIElement[] {
  return ownElements(context, consent).filter(
    (element) =>
      !NOT_TEXT.has(element.semantic) &&
      element.children.some((child) => child.kind === 'text' && child.text.known && child.text.value.trim().length > 0) &&
      ![...ancestors(element)].some((a) => consent.choices.has(a)),
  );
}

function materialTopics(element: UIElement, consent: ConsentAnalysis): string[] {
  const tokens = tokenize(textContent(element).value);
  return [...new Set(consent.lexicon.material.matchAll(tokens).map((m) => m.value))];
}

function insideSmall(element: UIElement, context: ConsentContext): boolean {
  if (element.tag === 'small') return true;
  for (const ancestor of ancestors(element)) {
    if (ancestor === context.root) return false;
    if (ancestor.tag === 'small') return true;
  }
  return false;
}

function checkBlock(element: UIElement, topics: string[], context: ConsentContext, analysis: FileAnalysis, options: NoFinePrintOptions, primary: Appearance | undefined): { findings: Finding[]; reviews: Review[] } {
  const findings: Finding[] = [];
  const reviews: Review[] = [];
  const { lexicon } = analysis.consent;
  const appearance = describeAppearance(element, analysis.styles);
  const { fontSize, fontWeight } = appearance.style;
  const topic = topics.map((t) => lexicon.purposeName(t)).slice(0, 2).join(' and ');
  const choiceLabel = primary ? quote(analysis.consent.choices.get(primary.element)?.label.value ?? '') : '';
  const text = quote(textContent(element).value, 40);

  let sizeReported = false;
  if (fontSize.known) {
    const choiceSize = primary?.style.fontSize;
    if (choiceSize?.known && fontSize.value < choiceSize.value - options.sizeTolerance) {
      findings.push(finding(RULE, element, 'smallerThanChoice', { topic, size: formatPx(fontSize.value), choice: choiceLabel, choiceSize: formatPx(choiceSize.value), text }));
      sizeReported = true;
    } else if (fontSize.value < options.minFontSize) {
      findings.push(finding(RULE, element, 'belowFloor', { topic, size: formatPx(fontSize.value), floor: formatPx(options.minFontSize), text }));
      sizeReported = true;
    }
  } else {
    reviews.push(review(RULE, element, fontSize.reason, `font size of '${text}' unresolved${fontSize.detail ? ` (${fontSize.detail})` : ''}`));
  }
  if (!sizeReported && insideSmall(element, context) && primary) {
    const choiceSize = primary.style.fontSize;
    const asLarge = fontSize.known && choiceSize.known && fontSize.value >= choiceSize.value;
    if (!asLarge) findings.push(finding(RULE, element, 'smallElement', { topic, choice: choiceLabel, text }));
  }

  const contrast = appearance.contrast;
  if (contrast.known) {
    const large = fontSize.known && fontWeight.known && isLargeText(fontSize.value, fontWeight.value);
    const required = large ? options.minLargeContrast : options.minContrast;
    if (contrast.value < required) {
      findings.push(
        finding(RULE, element, 'lowContrast', {
          topic,
          contrast: formatRatio(contrast.value),
          color: appearance.colorHex ?? '',
          background: appearance.backdropHex ?? '',
          required: formatRatio(required),
          text,
        }),
      );
    }
  }
  return { findings, reviews };
}

export const checkNoFinePrint: Check<NoFinePrintOptions> = (analysis, options) => {
  const findings: Finding[] = [];
  const reviews: Review[] = [];
  for (const context of analysis.consent.contexts) {
    // A disclosure qualifies a choice: a context without one is an article, not a prompt.
    if (context.choices.length === 0 && context.controls.length === 0) continue;
    const primary = primaryChoice(context, analysis);
    for (const element of textBlocks(context, analysis.consent)) {
      const topics = materialTopics(element, analysis.consent);
      if (topics.length === 0) continue;
      const result = checkBlock(element, topics, context, analysis, options, primary);
      findings.push(...result.findings);
      reviews.push(...result.reviews);
    }
  }
  return { findings, reviews };
};
