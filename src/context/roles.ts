/**
 * Choice roles a reviewer reads from a prompt's surroundings, not from a word list alone:
 * - an accept named by its purpose: "Share crash reports", "Turn on personalised ads", "Enable sync", "Connect
 *   account", "Absturzberichte senden", when the prompt is about that purpose and offers a way to refuse, and the
 *   mirror of a "No, don't send" decline ("Send");
 * - a decline named by what it cancels: "Cancel sharing" beside "Start sharing";
 * - a "Continue", "Next", "Save" or submit after consent controls that all start off: it commits the controls, so
 *   the controls are the choice and the button is no accept that lacks a decline;
 * - a form's submit button, in a form that carries a consent control or a material disclosure: the action the
 *   form's fine print and buried terms qualify.
 * The lexicon's grantActions and proceedActions name the verbs; lookups are the phrase index's (linear).
 */
import { ancestors, descendants, staticAttribute } from '../model/query.js';
import { compareDocumentOrder } from '../model/order.js';
import type { UIElement } from '../model/types.js';
import { clauseText } from './clauses.js';
import type { Choice, ConsentAnalysis, ConsentContext } from './detect.js';
import type { ConsentControl } from './controls.js';
import type { Lexicon } from './lexicon.js';
import { CLAUSE_BREAK } from './text.js';

/** A purpose-named accept is a short label: "Turn on personalised ads", not a sentence. */
const MAX_GRANT_WORDS = 8;
const REFUSING = new Set(['decline', 'deferral', 'dismiss']);

export interface RoleInput {
  analysis: ConsentAnalysis;
  /** Clickable elements of each context that no label or handler classified, in document order. */
  unclassified: (context: ConsentContext) => UIElement[];
  isClickable: (element: UIElement) => boolean;
  label: (element: UIElement) => { value: string; complete: boolean };
}

/** The content words of a label after (or, verb-last as German and Dutch write it, before) its grant verb. */
function grantOf(label: string, lexicon: Lexicon): { verb: string[]; object: string[] } | undefined {
  const tokens = lexicon.clauses(label).filter((t) => t !== CLAUSE_BREAK);
  if (tokens.length === 0 || tokens.length > MAX_GRANT_WORDS) return undefined;
  for (const match of lexicon.grantActions.matchAll(tokens)) {
    const verb = tokens.slice(match.start, match.start + match.length);
    // "Share on Discord", "Send via email", "Auf X teilen": sent somewhere, not granted.
    const sends = (first: string | undefined): boolean => first !== undefined && lexicon.grantDestinations.has(first);
    if (match.start === 0) return sends(tokens[match.length]) ? undefined : { verb, object: tokens.slice(match.length).filter((t) => !lexicon.stopWords.has(t)) };
    if (match.start + match.length === tokens.length) return sends(tokens[0]) ? undefined : { verb, object: tokens.slice(0, match.start).filter((t) => !lexicon.stopWords.has(t)) };
  }
  return undefined;
}

/** Tokens of a context's own text: its body, without its choices, controls' own elements or nested contexts. */
function contextWords(context: ConsentContext, input: RoleInput): Set<string> {
  const nested = new Set(input.analysis.contexts.filter((c) => c !== context).map((c) => c.root));
  const text = clauseText(context.root, (e) => nested.has(e) || input.isClickable(e));
  return new Set(input.analysis.lexicon.clauses(text.value));
}

function addChoice(context: ConsentContext, analysis: ConsentAnalysis, choice: Choice): void {
  analysis.choices.set(choice.element, choice);
  context.choices.push(choice);
  context.choices.sort((a, b) => compareDocumentOrder(a.element, b.element));
}

/** Accepts named by their purpose, and their mirrors. */
function purposeNamedAccepts(context: ConsentContext, input: RoleInput): void {
  const { analysis } = input;
  const { lexicon } = analysis;
  const refusals = context.choices.filter((c) => REFUSING.has(c.kind));
  // A lone "Share crash report" on an error page is an action, not a consent prompt's accept.
  if (refusals.length === 0) return;
  let words: Set<string> | undefined;
  for (const element of input.unclassified(context)) {
    const label = input.label(element);
    if (!label.complete) continue;
    const grant = grantOf(label.value, lexicon);
    if (!grant) continue;
    const clauses = lexicon.clauses(label.value);
    const namesPurpose = lexicon.purposes.matches(clauses) || lexicon.topics.matches(clauses);
    words ??= contextWords(context, input);
    const about = grant.object.length > 0 && grant.object.every((w) => words?.has(w));
    // "No, don't send" beside "Send", "Cancel sharing" beside "Start sharing": the refusal names what the accept does.
    const verb = grant.verb.reduce((longest, word) => (word.length > longest.length ? word : longest), '');
    const mirrored = refusals.some((r) => {
      const words = lexicon.clauses(r.label.value);
      return (r.kind === 'decline' || (r.kind === 'dismiss' && words.length > 1)) && words.includes(verb);
    });
    if (!namesPurpose && !about && !mirrored) continue;
    addChoice(context, analysis, { element, kind: 'accept', label, classifiedBy: 'context' });
  }
}

/** "Cancel sharing" beside "Start sharing": a cancel that names what the accept grants is its decline. */
function namedCancels(context: ConsentContext, analysis: ConsentAnalysis): void {
  const { lexicon } = analysis;
  const accepts = context.choices.filter((c) => c.kind === 'accept').map((c) => new Set(lexicon.clauses(c.label.value)));
  if (accepts.length === 0) return;
  for (const choice of context.choices) {
    if (choice.kind !== 'dismiss' || !choice.label.complete) continue;
    const tokens = lexicon.clauses(choice.label.value).filter((t) => t !== CLAUSE_BREAK);
    const object = tokens.slice(1).filter((t) => !lexicon.stopWords.has(t));
    // "Cancel my subscription" takes something away: it is the yes of a withdrawal, not a decline.
    if (object.length === 0 || lexicon.withdrawals.matches(tokens)) continue;
    if (accepts.some((words) => object.some((w) => words.has(w)))) choice.kind = 'decline';
  }
}

/**
 * A button out of the accessibility tree that draws nothing: a form's hidden default action (`<button type="submit"
 * name="action" value="upgrade" className="hidden" aria-hidden="true" tabIndex={-1} />`, so that Enter submits a
 * chosen value; trigger.dev's FormButtons). Nobody sees or hears it as a choice (a button's `value` is sent, not
 * shown).
 */
export function isSilentButton(element: UIElement): boolean {
  const hidden = staticAttribute(element, 'aria-hidden');
  return (hidden === true || hidden === 'true') && element.children.length === 0 && !element.attributes.has('children');
}

/**
 * Whether `unit` (a card, a titled section, a form) submits a form of its own: it is, or holds, a `<form>` with a
 * submit button (submitOf).
 */
export function submitsOwnForm(unit: UIElement): boolean {
  if (unit.semantic === 'form' && submitOf(unit)) return true;
  for (const element of descendants(unit)) if (element.semantic === 'form' && submitOf(element)) return true;
  return false;
}

/** A `type="submit"` button of the form, or its only button. */
function submitOf(form: UIElement): UIElement | undefined {
  const id = staticAttribute(form, 'id');
  const buttons = [...descendants(form)].filter((e) => e.semantic === 'button' && !isSilentButton(e) && belongsTo(e, form, id));
  return buttons.find((b) => staticAttribute(b, 'type') === 'submit') ?? (buttons.length === 1 ? buttons[0] : undefined);
}

/**
 * Whether a button inside a form acts on it. Not when its `form` attribute names another form (`<AlertDialogAction
 * form="confirm-delete" type="submit">`), nor when it sits in a dialog component inside the form: Radix's, MUI's,
 * Headless UI's, Chakra's, Mantine's and Ant Design's dialogs render their content in a portal, outside the form's
 * DOM, so a row's "Delete" confirmation in a settings form's table submits nothing of the form. A native `<dialog>`
 * or a `role="dialog"` box stays where it is written, inside the form.
 */
function belongsTo(button: UIElement, form: UIElement, id: unknown): boolean {
  const named = staticAttribute(button, 'form');
  if (typeof named === 'string') return named === id;
  for (const ancestor of ancestors(button)) {
    if (ancestor === form) return true;
    if (ancestor.semantic === 'dialog' && !ancestor.intrinsic) return false;
  }
  return true;
}

const isConsentControl = (analysis: ConsentAnalysis, element: UIElement): boolean =>
  analysis.controls.some((c) => c.element === element && c.purposes.length > 0 && !c.essential);

/**
 * A "Continue", "Next", "Save" or submit after consent controls commits them: the controls are the choice (every one
 * off is the refusal), so the button is not an accept that lacks a decline. A control that starts on is the one
 * defect of such a step, and no-preselected-consent reports it with its fix; calling the step's "Continue" an accept
 * without a decline as well would report the same defect twice (the independent labels of the accuracy corpus read
 * it so too: onboarding steps with a pre-ticked toggle are labelled no-preselected-consent, never
 * require-decline-option).
 */
function proceedCommits(context: ConsentContext, input: RoleInput): void {
  const { analysis } = input;
  const { lexicon } = analysis;
  const consentControls = context.controls.filter((c) => c.purposes.length > 0 && !c.essential);
  if (consentControls.length === 0 || context.choices.some((c) => c.kind === 'decline')) return;
  const last = consentControls.reduce((latest, c) => (compareDocumentOrder(c.element, latest) > 0 ? c.element : latest), (consentControls[0] as ConsentControl).element);
  const proceeds = (label: string, element: UIElement): boolean => {
    const match = lexicon.proceedActions.firstMatch(lexicon.clauses(label));
    return (match?.start === 0) || staticAttribute(element, 'type') === 'submit';
  };
  for (const choice of context.choices) {
    if (choice.kind === 'accept' && compareDocumentOrder(choice.element, last) > 0 && proceeds(choice.label.value, choice.element)) choice.kind = 'commit';
  }
  for (const element of input.unclassified(context)) {
    if (compareDocumentOrder(element, last) <= 0) continue;
    const label = input.label(element);
    if (label.complete && proceeds(label.value, element)) addChoice(context, analysis, { element, kind: 'commit', label, classifiedBy: 'context' });
  }
}

/** The form's submit is the action its consent controls and disclosures qualify. */
function formSubmits(context: ConsentContext, input: RoleInput): void {
  const { analysis } = input;
  const { lexicon } = analysis;
  const forms = [context.root, ...descendants(context.root)].filter((e) => e.semantic === 'form');
  const around = [...ancestors(context.root)].find((a) => a.semantic === 'form');
  if (around) forms.push(around);
  const open = new Set(input.unclassified(context));
  for (const form of forms) {
    const submit = submitOf(form);
    if (!submit || !open.has(submit)) continue;
    // Its buttons' labels are choices, not terms: a "Cancel" beside a confirmation says nothing of a cancellation.
    const carries =
      [...descendants(form)].some((e) => isConsentControl(analysis, e)) ||
      lexicon.material.matches(lexicon.clauses(clauseText(form, (e) => e.semantic === 'button').value));
    if (!carries) continue;
    const label = input.label(submit);
    addChoice(context, analysis, { element: submit, kind: 'commit', label, classifiedBy: 'context' });
    open.delete(submit);
  }
}

export function assignRoles(input: RoleInput): void {
  for (const context of input.analysis.contexts) {
    purposeNamedAccepts(context, input);
    namedCancels(context, input.analysis);
    proceedCommits(context, input);
    formSubmits(context, input);
  }
}
