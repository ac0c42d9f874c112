/**
 * require-decline-option: a consent prompt offers an accept but no decline on the same layer.
 * Follows CPRA § 7004(a)(2) ("Accept All" with only "More information" or "Preferences" is not symmetrical; "Yes"
 * with "Ask me later" is not), the EDPB Cookie Banner Taskforce (no reject on the first layer) and GDPR Art. 7(3).
 *
 * A close "×" is not a decline: CNIL and the Taskforce accept closing only where it is clearly presented as
 * refusing, which a bare glyph does not say, so a dismiss choice never counts as one here.
 */
import type { RequireDeclineOptionOptions } from '../catalog/require-decline-option.js';
import { isClickable, ownElements, type Choice, type ConsentAnalysis, type ConsentContext } from '../context/detect.js';
import { clauseText } from '../context/clauses.js';
import { classifyLabel } from '../context/lexicon.js';
import { tokenize } from '../context/text.js';
import { accessibleName, contains, staticAttribute, textContent } from '../model/query.js';
import type { UIElement } from '../model/types.js';
import type { Check, Finding, Review } from './types.js';
import { movesOn, speaksOfDataPractice } from './choices.js';
import { finding, quote, review } from './util.js';

const RULE = 'require-decline-option';

/** Topics that make a prompt ask for consent (not only for agreement to terms or a subscription). */
const CONSENT_TOPICS = new Set(['cookies', 'consent']);

/** Input types people type into (HTML's text-entry types). */
const TEXT_ENTRY = new Set(['text', 'email', 'password', 'tel', 'number', 'search', 'url']);

function takesText(element: UIElement): boolean {
  const type = staticAttribute(element, 'type');
  return !element.intrinsic && typeof type === 'string' && TEXT_ENTRY.has(type.toLowerCase());
}

/** The contexts a decline may sit in and still be "on the same layer": this one, the ones inside it, its parent's. */
function layerRoots(context: ConsentContext): UIElement[] {
  return context.parent ? [context.root, context.parent.root] : [context.root];
}

function declineOnLayer(context: ConsentContext, consent: ConsentAnalysis): boolean {
  const roots = layerRoots(context);
  for (const choice of consent.choices.values()) {
    if (choice.kind !== 'decline') continue;
    if (roots.some((root) => contains(root, choice.element))) return true;
  }
  return false;
}

/** Clickable elements on the layer that could be a decline we cannot read: a translated or computed label. */
function unreadableChoice(context: ConsentContext, analysis: ConsentAnalysis): UIElement | undefined {
  return ownElements(context, analysis).find((element) => {
    if (element.semantic !== 'button' && element.semantic !== 'link') return false;
    if (analysis.choices.has(element)) return false;
    return !accessibleName(element).complete;
  });
}

/**
 * A component on the layer that honest-ui could not see into (its module is missing, or it is made by a
 * higher-order function) but whose text reads as a decline: `<Reject>Reject all</Reject>` is most likely the
 * decline button, drawn by a component whose element is unknown, so its absence cannot be claimed.
 */
function unresolvedDecline(context: ConsentContext, analysis: ConsentAnalysis): UIElement | undefined {
  return ownElements(context, analysis).find((element) => {
    // A component whose element is known (rendered from its module, or a library's layout part such as MUI's
    // DialogActions) shows its children: its text is theirs, not a hidden button's.
    if (element.intrinsic || element.tag !== undefined || analysis.choices.has(element)) return false;
    if (element.semantic !== 'other' && element.semantic !== 'container' && element.semantic !== 'text') return false;
    const kind = classifyLabel(textContent(element).value, analysis.lexicon);
    return kind === 'decline' || kind === 'deferral';
  });
}

/** Whether a label names the terms and no other topic: "Accept terms and conditions", "I agree to the Terms of Use". */
function namesOnlyTerms(label: string, consent: ConsentAnalysis): boolean {
  const topics = new Set([...consent.lexicon.topics.matchAll(consent.lexicon.clauses(label))].map((match) => match.value));
  return topics.has('terms') && topics.size === 1;
}

function nonEssentialPurposes(context: ConsentContext, consent: ConsentAnalysis): string[] {
  const purposes = new Set<string>();
  for (const match of consent.lexicon.purposes.matchAll(consent.lexicon.clauses(clauseText(context.root).value))) purposes.add(match.value);
  return [...purposes];
}

function describeOthers(choices: readonly Choice[], accept: Choice): string {
  const others = choices.filter((c) => c !== accept).map((c) => `'${quote(c.label.value || c.element.name, 30)}'`);
  return others.length > 0 ? others.join(', ') : 'none';
}

/**
 * A notice whose only button closes it ("×", "Close", "Dismiss"), beside links to settings or details at most: closing
 * it is the only answer it takes, as "Got it" is. (A dialog's "Cancel" goes with an action the dialog is for, and a
 * button whose role is not known may be that action: either leaves the notice alone. A switch or a box in it is the
 * answer, kept as it is set when the notice closes: a "Do Not Sell" switch that saves as it is flipped.)
 */
function closeOnly(context: ConsentContext, consent: ConsentAnalysis): Choice | undefined {
  if (context.controls.length > 0) return undefined;
  const closes = context.choices.filter((c) => c.kind === 'dismiss');
  if (closes.length === 0 || !context.choices.every((c) => c.kind === 'dismiss' || c.kind === 'manage')) return undefined;
  if (closes.some((c) => tokenize(c.label.value).includes('cancel'))) return undefined;
  const unclassified = ownElements(context, consent).some((e) => isClickable(e) && !consent.choices.has(e) && ![...context.choices].some((c) => contains(c.element, e)));
  return unclassified ? undefined : closes[0];
}

export const checkRequireDeclineOption: Check<RequireDeclineOptionOptions> = (analysis) => {
  const findings: Finding[] = [];
  const reviews: Review[] = [];
  const { consent } = analysis;
  for (const context of consent.contexts) {
    const accept = context.choices.find((c) => c.kind === 'accept') ?? closeOnly(context, consent);
    if (!accept) continue;
    if (declineOnLayer(context, consent)) continue;
    // "Yes, delete my data" or "Unsubscribe" confirms a withdrawal: nothing is granted, and "Cancel" is the way out.
    const accepts = context.choices.filter((c) => c.kind === 'accept');
    if (accepts.length > 0 && accepts.every((c) => consent.lexicon.withdrawals.matches(tokenize(c.label.value)))) continue;
    // "Accept third-party cookies and load" on a blocked video or map: a click-to-load placeholder asks when the person
    // wants the content, and not clicking refuses it.
    if (accepts.length > 0 && accepts.every((c) => consent.lexicon.loadActions.matches(tokenize(c.label.value)))) continue;
    // A form people fill in (an email field and "Sign me up") is declined by not sending it: not a prompt. A design
    // system's field honest-ui can't see into counts when it says it takes text (`<Input type="email">`).
    const own = ownElements(context, consent);
    if (own.some((e) => e.semantic === 'input' || e.semantic === 'select' || takesText(e))) continue;
    // Purpose toggles that start off with a "Save" beside them: saving with everything off is the decline.
    if (context.controls.length > 0 && context.choices.some((c) => c.kind === 'manage')) continue;

    const purposes = nonEssentialPurposes(context, consent);
    const asksConsent = purposes.length > 0 || context.topics.some((t) => CONSENT_TOPICS.has(t));
    if (!asksConsent) continue;
    // "Accept terms and conditions" where no non-essential purpose is named agrees to terms, which is declined by not
    // agreeing, even on a page that speaks of the consent records it keeps.
    if (purposes.length === 0 && accepts.length > 0 && accepts.every((c) => namesOnlyTerms(c.label.value, consent))) continue;
    const acceptText = accept.label.value.trim();
    // A close button that is the notice's only answer acknowledges it, as "Got it" does.
    const acknowledgeOnly = accept.kind === 'dismiss' || context.choices.filter((c) => c.kind === 'accept').every((c) => movesOn(tokenize(c.label.value)));
    // "OK" on a notice that names no non-essential purpose informs; it does not ask.
    if (acknowledgeOnly && purposes.length === 0) continue;
    // Product copy that names a purpose as a feature ("Label newsletters and archive them", "personalized
    // briefings" on an onboarding step) and a "Continue" is a step of the product, not a notice of its data use.
    if (acknowledgeOnly && !speaksOfDataPractice(context, consent)) continue;
    // A step with its own purpose toggles and a "Continue": continuing with them off declines in one click, as
    // "Save" does on a preference layer (toggles that start on are no-preselected-consent's to report).
    if (acknowledgeOnly && context.controls.some((control) => control.purposes.length > 0 && !control.essential)) continue;

    const unreadable = unreadableChoice(context, consent);
    if (unreadable) {
      reviews.push(review(RULE, context.root, 'translation', `'${quote(acceptText)}' has no decline beside it, but the label of a <${unreadable.name}> could not be read`));
      continue;
    }
    const hidden = unresolvedDecline(context, consent);
    if (hidden) {
      reviews.push(review(RULE, context.root, 'unresolved-component', `'${quote(acceptText)}' has no decline beside it that honest-ui can see, but <${hidden.name}> reads '${quote(textContent(hidden).value)}' and what it renders is unknown`));
      continue;
    }
    const data = { accept: quote(acceptText || accept.element.name), others: describeOthers(context.choices, accept) };
    if (acknowledgeOnly) {
      findings.push(finding(RULE, context.root, 'acknowledgeOnly', { ...data, purposes: purposes.map((p) => consent.lexicon.purposeName(p)).join(', ') }));
    } else {
      findings.push(finding(RULE, context.root, 'missingDecline', data));
    }
  }
  return { findings, reviews };
};
