/**
 * no-buried-consent: a consent control or a material disclosure placed after the primary accept action of its
 * context, in document order, so people accept before they see it (the terms-update pop-up whose AI-training
 * switch sits below "Accept"). Follows the FTC's .com Disclosures (disclosures near the claim, unavoidable),
 * California's auto-renewal law (terms "in visual proximity" to the request for consent), GDPR Art. 7(2)
 * (the request is clearly distinguishable) and the FTC's 2024 note on quietly changed AI terms.
 */
import type { NoBuriedConsentOptions } from '../catalog/no-buried-consent.js';
import type { Choice, ConsentContext } from '../context/detect.js';
import { commonAncestor, contains, textContent } from '../model/query.js';
import type { UIElement } from '../model/types.js';
import { primaryChoice } from './choices.js';
import { materialTopics, textBlocks } from './disclosures.js';
import type { Check, FileAnalysis, Finding, Review } from './types.js';
import { finding, quote, review } from './util.js';
import { compareDocumentOrder } from '../model/order.js';

const RULE = 'no-buried-consent';
const ROW_DISPLAYS = new Set(['flex', 'inline-flex']);
const GRID_DISPLAYS = new Set(['grid', 'inline-grid', 'contents']);

type Placement = { kind: 'before' } | { kind: 'beside' } | { kind: 'after' } | { kind: 'unknown'; element: UIElement; reason: Review['reason']; detail: string };

/** An inline `flex-direction: column` turns a flex container into a stack. */
function inlineColumn(element: UIElement): boolean {
  const direction = element.inlineStyle.declarations.filter((d) => d.property === 'flex-direction').pop()?.value.trim();
  return direction === 'column' || direction === 'column-reverse';
}

/**
 * Where an element sits relative to the accept: before it in document order, beside it (both in one flex row
 * that is not the prompt itself), or after it (stacked below). A grid or an unresolved display can't be placed.
 */
function placement(element: UIElement, accept: UIElement, context: ConsentContext, analysis: FileAnalysis): Placement {
  if (compareDocumentOrder(element, accept) < 0) return { kind: 'before' };
  const shared = commonAncestor(element, accept);
  if (!shared) return { kind: 'before' };
  // The prompt's own root stacks its content; a flex row inside it (an actions bar) puts things beside the button.
  if (shared === context.root) return { kind: 'after' };
  const display = analysis.styles.computed(shared).display;
  if (!display.known) return { kind: 'unknown', element: shared, reason: display.reason, detail: display.detail ?? 'display unresolved' };
  if (ROW_DISPLAYS.has(display.value) && !inlineColumn(shared)) return { kind: 'beside' };
  if (GRID_DISPLAYS.has(display.value)) return { kind: 'unknown', element: shared, reason: 'unknown-value', detail: `display: ${display.value}` };
  return { kind: 'after' };
}

/**
 * A choice that submits what comes before it ("Save my choices", a second "Accept", a "Continue" or a form's
 * submit that commits the controls above it) after the element: the element is part of that later step, not
 * buried under the first button. Links ("Learn more") don't submit.
 */
function followedBySubmit(element: UIElement, choices: readonly Choice[]): boolean {
  return choices.some(
    (choice) =>
      compareDocumentOrder(choice.element, element) > 0 &&
      !contains(element, choice.element) &&
      (choice.kind === 'accept' || choice.kind === 'commit' || (choice.kind === 'manage' && choice.element.semantic === 'button')),
  );
}

export const checkNoBuriedConsent: Check<NoBuriedConsentOptions> = (analysis, options) => {
  const findings: Finding[] = [];
  const reviews: Review[] = [];
  const { lexicon } = analysis.consent;
  const topics = new Set(options.topics);
  for (const context of analysis.consent.contexts) {
    const primary = primaryChoice(context, analysis);
    if (!primary) continue;
    const accept = primary.element;
    const acceptLabel = quote(analysis.consent.choices.get(accept)?.label.value ?? '');
    const buried = (element: UIElement): boolean => {
      if (followedBySubmit(element, context.choices)) return false;
      const place = placement(element, accept, context, analysis);
      if (place.kind === 'unknown') reviews.push(review(RULE, element, place.reason, `whether '${quote(textContent(element).value, 40)}' sits beside or below '${acceptLabel}' depends on the layout of <${place.element.name}> (${place.detail})`));
      return place.kind === 'after';
    };

    const controlled: UIElement[] = [];
    for (const control of context.controls) {
      if (control.purposes.length === 0 || control.essential) continue;
      if (control.labelElement) controlled.push(control.labelElement);
      controlled.push(control.element);
      if (!buried(control.element)) continue;
      findings.push(
        finding(RULE, control.element, 'buriedControl', {
          control: control.semantic,
          label: quote(control.label.value),
          purpose: control.purposes.map((p) => lexicon.purposeName(p)).join(', '),
          accept: acceptLabel,
        }),
      );
    }

    for (const block of textBlocks(context, analysis.consent)) {
      // A consent control's own label is reported with the control, once.
      if (controlled.some((c) => contains(block, c) || contains(c, block))) continue;
      // A link after the buttons is a route to details, however its label reads, not a buried term.
      const found = materialTopics(block, analysis.consent, { withoutLinks: true }).filter((t) => topics.has(t));
      if (found.length === 0 || !buried(block)) continue;
      findings.push(
        finding(RULE, block, 'buriedDisclosure', {
          topic: found.map((t) => lexicon.purposeName(t)).slice(0, 2).join(' and '),
          text: quote(textContent(block).value, 40),
          accept: acceptLabel,
        }),
      );
    }
  }
  return { findings, reviews };
};
