/**
 * no-fine-print: a material disclosure in a consent context is smaller than the choice it qualifies, below an
 * absolute floor, too faint, or marked up as <small>. Follows the FTC's .com Disclosures ("at least as large as
 * the claim"; a colour that blends into the background is likely missed) and WCAG 1.4.3 for the contrast numbers.
 */
import type { NoFinePrintOptions } from '../catalog/no-fine-print.js';
import { unitAround, type ConsentContext } from '../context/detect.js';
import { isSilentButton } from '../context/roles.js';
import { ancestors, contains, descendants, textContent } from '../model/query.js';
import type { UIElement } from '../model/types.js';
import { describeAppearance, formatPx, formatRatio, isLargeText, type Appearance } from '../visual/appearance.js';
import { mutuallyExclusive } from '../model/branches.js';
import { primaryChoice } from './choices.js';
import { materialTopics, textBlocks } from './disclosures.js';
import type { Check, FileAnalysis, Finding, Review } from './types.js';
import { finding, quote, review } from './util.js';

const RULE = 'no-fine-print';

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
  // A size that can't be resolved (a class applied under a condition may enlarge it) is the review above, not a
  // finding.
  if (!sizeReported && fontSize.known && insideSmall(element, context) && primary) {
    const choiceSize = primary.style.fontSize;
    // <small> is fine print unless it is drawn at least as large as the choice and as the text around it.
    const around = context.root === element ? undefined : analysis.styles.computed(element.parent ?? context.root).fontSize;
    const asLarge = choiceSize.known && fontSize.value >= choiceSize.value && (!around?.known || fontSize.value >= around.value);
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

/**
 * Text not on the page at first render, whatever its size: under an element drawn `display: none` that no condition
 * shows again, such as the content of a tooltip or hover card, which the page mounts only while its trigger is
 * hovered or focused.
 */
function notDisplayed(element: UIElement, context: ConsentContext, analysis: FileAnalysis): boolean {
  for (let current: UIElement | null | undefined = element; current; current = current === context.root ? undefined : current.parent) {
    const style = analysis.styles.computed(current);
    // `hidden md:block` is shown on wide screens: only a `display: none` that no condition lifts counts.
    if (style.display.known && style.display.value === 'none' && !style.conditional.some((d) => d.property === 'display')) return true;
  }
  return false;
}

/** The terms of an offer (its price, its renewal, how to cancel it), as material topics. */
const OFFER_TERMS = new Set(['price', 'renewal', 'cancellation']);

/**
 * Whether a context offers something whose terms its copy can state: an accept, a purchase or subscription, a control
 * to set, or a notice's acknowledgement. A context whose only choices refuse, defer or lead to settings offers
 * nothing: an amount in it is data (a marketing page's product mock-up, "Transaction • Stripe • $89.00", beside its
 * "Decline" of a suggested match), not the price of a choice.
 */
/**
 * A card or titled section that holds a button of its own and none of the page's choices or controls (civitai's
 * "OAuth Applications" card: "Register App", beside "Register OAuth applications to allow third-party integrations to
 * access the Civitai API" in dimmed grey, on an account page whose choices are other cards' "Save"): its text says
 * what that button does, not the terms of a choice the context offers. A plan card's "Choose plan" is a choice, and
 * a card with a switch holds a control: their fine print stays theirs.
 */
function describesOwnAction(element: UIElement, context: ConsentContext, analysis: FileAnalysis): boolean {
  const unit = unitAround(element, context.root);
  if (!unit) return false;
  let button = false;
  for (const inner of descendants(unit)) {
    if (analysis.consent.choices.has(inner) || analysis.consent.controls.some((control) => control.element === inner)) return false;
    if (inner.semantic === 'button' && !isSilentButton(inner)) button = true;
  }
  return button;
}

/**
 * Whether a disclosure qualifies the primary choice, so that it must be as large: not text in a branch the choice is
 * never rendered with (another step of a slideshow), nor text in a card or titled section of the page that does not
 * hold the choice (civitai's creator program page: its feature cards' 16px copy, well above a 20px "Join the Creator
 * Program"). Such text is still held to the absolute floor and to the contrast a reader needs.
 */
function qualifies(element: UIElement, choice: UIElement, context: ConsentContext): boolean {
  if (mutuallyExclusive(element, choice)) return false;
  const unit = unitAround(element, context.root);
  return !unit || contains(unit, choice);
}

function offers(context: ConsentContext): boolean {
  return context.controls.length > 0 || context.choices.some((choice) => choice.kind === 'accept' || choice.kind === 'commit' || choice.kind === 'dismiss');
}

export const checkNoFinePrint: Check<NoFinePrintOptions> = (analysis, options) => {
  const findings: Finding[] = [];
  const reviews: Review[] = [];
  for (const context of analysis.consent.contexts) {
    // A disclosure qualifies a choice: a context without one is an article, not a prompt.
    if (context.choices.length === 0 && context.controls.length === 0) continue;
    const primary = primaryChoice(context, analysis);
    const offered = offers(context);
    for (const element of textBlocks(context, analysis.consent)) {
      const topics = materialTopics(element, analysis.consent).filter((topic) => offered || !OFFER_TERMS.has(topic));
      if (topics.length === 0 || notDisplayed(element, context, analysis) || describesOwnAction(element, context, analysis)) continue;
      const result = checkBlock(element, topics, context, analysis, options, primary && qualifies(element, primary.element, context) ? primary : undefined);
      findings.push(...result.findings);
      reviews.push(...result.reviews);
    }
  }
  return { findings, reviews };
};
