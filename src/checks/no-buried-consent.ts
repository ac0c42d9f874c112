/**
 * no-buried-consent: a consent control or a material disclosure placed after the primary accept action of its
 * context, in document order, so people accept before they see it (the terms-update pop-up whose AI-training
 * switch sits below "Accept"). Follows the FTC's .com Disclosures (disclosures near the claim, unavoidable),
 * California's auto-renewal law (terms "in visual proximity" to the request for consent), GDPR Art. 7(2)
 * (the request is clearly distinguishable) and the FTC's 2024 note on quietly changed AI terms.
 */
import type { NoBuriedConsentOptions } from '../catalog/no-buried-consent.js';
import { isLayer, unitAround, type Choice, type ConsentContext } from '../context/detect.js';
import type { Lexicon } from '../context/lexicon.js';
import { mutuallyExclusive } from '../model/branches.js';
import { commonAncestor, contains, descendants, textContent } from '../model/query.js';
import type { UIElement } from '../model/types.js';
import { isSilentButton, submitsOwnForm } from '../context/roles.js';
import { tokenize } from '../context/text.js';
import { ACKNOWLEDGEMENTS, layerAround, namesNextStep, primaryChoice, speaksOfDataPractice } from './choices.js';
import { materialTopics, textBlocks } from './disclosures.js';
import type { Check, FileAnalysis, Finding, Review } from './types.js';
import { finding, quote, review } from './util.js';
import { compareDocumentOrder } from '../model/order.js';

const RULE = 'no-buried-consent';
const FLEX_DISPLAYS = new Set(['flex', 'inline-flex']);
const GRID_DISPLAYS = new Set(['grid', 'inline-grid']);
const INLINE_LEVEL = new Set(['inline', 'inline-block', 'inline-flex', 'inline-grid', 'inline-table']);

type Placement = { kind: 'before' } | { kind: 'beside' } | { kind: 'after' } | { kind: 'unknown'; element: UIElement; reason: Review['reason']; detail: string };

/** The child of `ancestor` on the way down to `element`. */
function childToward(ancestor: UIElement, element: UIElement): UIElement {
  let item = element;
  while (item.parent && item.parent !== ancestor) item = item.parent;
  return item;
}

/**
 * In a block container, two inline-level boxes with nothing but inline-level content between them flow on one
 * line (CSS 2 § 9.4.2): a button followed by an inline-flex label and its checkbox sit side by side, not stacked.
 */
function onOneLine(container: UIElement, first: UIElement, second: UIElement, analysis: FileAnalysis): boolean {
  const from = container.children.indexOf(first);
  const to = container.children.indexOf(second);
  if (from < 0 || to < 0) return false;
  for (const node of container.children.slice(from, to + 1)) {
    if (node.kind === 'text') continue;
    // A browser default (a bare <label> is inline) is what the page's global CSS most often changes: only a display
    // the author or the library sets puts boxes on one line.
    const display = analysis.styles.computed(node).display;
    if (!display.known || display.origin === 'default' || !INLINE_LEVEL.has(display.value)) return false;
  }
  return true;
}

/**
 * Where an element sits relative to the accept, read from the layout of the box that holds both: before it in
 * document order, beside it (a flex row, a grid or line that puts them side by side), or after it (stacked
 * below: a block, a flex column, a grid of one column). A reversed column puts a later element above. What the
 * layout can't say (a display or direction not known, a grid with columns) is unknown.
 */
function placement(element: UIElement, accept: UIElement, context: ConsentContext, analysis: FileAnalysis): Placement {
  if (compareDocumentOrder(element, accept) < 0) return { kind: 'before' };
  const shared = commonAncestor(element, accept);
  if (!shared) return { kind: 'before' };
  const style = analysis.styles.computed(shared);
  const display = style.display;
  if (!display.known) {
    // The prompt's own root stacks its content where its layout isn't known; inside it, an unknown box can't be placed.
    if (shared === context.root) return { kind: 'after' };
    return { kind: 'unknown', element: shared, reason: display.reason, detail: display.detail ?? 'display unresolved' };
  }
  if (FLEX_DISPLAYS.has(display.value)) {
    const direction = style.flexDirection;
    if (!direction.known) return { kind: 'unknown', element: shared, reason: direction.reason, detail: direction.detail ?? 'flex-direction unresolved' };
    if (direction.value === 'column') return { kind: 'after' };
    if (direction.value === 'column-reverse') return { kind: 'before' };
    return { kind: 'beside' };
  }
  if (GRID_DISPLAYS.has(display.value)) {
    // One implicit column filled row by row stacks its items like a block (CSS Grid 1 § 7.7, 8.5).
    const columns = style.gridTemplateColumns;
    const flow = style.gridAutoFlow;
    if (columns.known && columns.value === 'none' && flow.known && !flow.value.includes('column')) return { kind: 'after' };
    return { kind: 'unknown', element: shared, reason: 'unknown-value', detail: `display: ${display.value}${columns.known ? `; grid-template-columns: ${columns.value}` : ''}` };
  }
  if (display.value === 'contents') return { kind: 'unknown', element: shared, reason: 'unknown-value', detail: 'display: contents' };
  if (shared !== element && shared !== accept && onOneLine(shared, childToward(shared, accept), childToward(shared, element), analysis)) return { kind: 'beside' };
  return { kind: 'after' };
}

/**
 * A choice that submits what comes before it ("Save my choices", a second "Accept", a "Continue" or a form's
 * submit that commits the controls above it) after the element: the element is part of that later step, not
 * buried under the first button. Links ("Learn more") don't submit, and neither does a settings button that opens
 * another layer ("Einstellungen", "Partner list", "Customize"): a settings button saves only where its label says so
 * ("Save my choices", "Auswahl speichern"), or where its label can't be read.
 */
function followedBySubmit(element: UIElement, choices: readonly Choice[], lexicon: Lexicon): boolean {
  const saves = (choice: Choice): boolean => !choice.label.complete || lexicon.proceedActions.matches(lexicon.clauses(choice.label.value));
  return choices.some(
    (choice) =>
      compareDocumentOrder(choice.element, element) > 0 &&
      !contains(element, choice.element) &&
      (choice.kind === 'accept' || choice.kind === 'commit' || (choice.kind === 'manage' && choice.element.semantic === 'button' && saves(choice))),
  );
}

/**
 * A form of the page, around `element` and not around the accept, that submits itself, or a card or titled section
 * that does that or holds a button of its own (an admin page's "Look up a user" card, whose rows show the user's
 * "Renews at" date, below another card's "Upgrade"; a settings page's "Delete Account" card, whose note says what
 * deleting removes, below the subscription card's "Subscribe"): what it shows answers its own action, not the
 * accept. A card below the accept with no action of its own ("Your plan renews every month at $20") still qualifies
 * the accept. So does a dialog not around the accept (an account page's "Delete account" confirmation, saying what
 * happens to the images): a layer drawn over the page when it opens is read then, on its own, never below the page's
 * button.
 */
function answersOwnAction(element: UIElement, accept: UIElement, root: UIElement): boolean {
  for (let current: UIElement | null = element; current && current !== root; current = current.parent) {
    if (contains(current, accept)) return false;
    if (isLayer(current)) return true;
    if (current.semantic === 'form' && submitsOwnForm(current)) return true;
    if (unitAround(current, root) === current && (submitsOwnForm(current) || holdsOwnButton(current))) return true;
  }
  return false;
}

/** A button in the unit that someone sees (isSilentButton): the unit's own action. */
function holdsOwnButton(unit: UIElement): boolean {
  for (const element of descendants(unit)) if (element.semantic === 'button' && !isSilentButton(element)) return true;
  return false;
}

function acknowledges(label: string): boolean {
  return ACKNOWLEDGEMENTS.has(tokenize(label).join(' '));
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
    // "Continue to vehicle selection" on a page whose copy speaks of no data practice moves to the flow's next step
    // (a booking page promising "a personalized experience"): it takes no agreement, so nothing is buried under it.
    const acceptChoice = analysis.consent.choices.get(accept);
    if (acceptChoice?.kind === 'accept' && namesNextStep(tokenize(acceptChoice.label.value)) && !speaksOfDataPractice(context, analysis.consent)) continue;
    // A submit whose label can't be read is named by its element, as require-decline-option names it.
    const acceptLabel = quote(analysis.consent.choices.get(accept)?.label.value || accept.name);
    // A card's or titled section's "Got it" acknowledges what that unit says and commits to nothing beyond it:
    // nothing outside the unit is buried under it (an onboarding card above a referral code and a card about
    // claiming a membership). Another accept in a card ("Start free trial") still has terms outside it buried.
    const acceptUnit = acknowledges(analysis.consent.choices.get(accept)?.label.value ?? '') ? unitAround(accept, context.root) : undefined;
    // An accept in a layer (a plan card's confirmation dialog) is clicked once the layer is open, over a page that was
    // read before: what the page shows outside the layer is not below it, as a layer's own text is never below the
    // page's button (answersOwnAction).
    const acceptLayer = layerAround(accept, context.root);
    const buried = (element: UIElement): boolean => {
      if (followedBySubmit(element, context.choices, lexicon)) return false;
      if (acceptUnit && !contains(acceptUnit, element)) return false;
      if (answersOwnAction(element, accept, context.root)) return false;
      if (acceptLayer && !contains(acceptLayer, element)) return false;
      // A later step of a flow (`step === 'done' && ...`) is never on screen with this step's accept.
      if (mutuallyExclusive(element, accept)) return false;
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
