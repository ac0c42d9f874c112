/**
 * no-vague-disclosure-link: a consent or purchase prompt that states none of its material terms in its own text, and
 * whose only route to them is a link labelled "Details", "Learn more", "Terms and conditions", "Click here" or an
 * icon. Follows the FTC's .com Disclosures (information integral to a claim should not sit behind a hyperlink, and
 * labels such as "details", "more information", "terms and conditions" or "fine print" are inadequate).
 *
 * Precision first: a prompt whose text states any material topic, or that has one link naming where it leads
 * ("Privacy policy", "How we use your chats for training"), is clean; any text that can't be read (a translation
 * call) makes the whole prompt undecidable, so it stays silent.
 */
import type { ConsentAnalysis, ConsentContext } from '../context/detect.js';
import { isClickable, ownElements } from '../context/detect.js';
import type { Lexicon } from '../context/lexicon.js';
import { tokenize } from '../context/text.js';
import { accessibleName, ancestors, contains, textContent } from '../model/query.js';
import type { UIElement } from '../model/types.js';
import type { NoVagueDisclosureLinkOptions } from '../catalog/no-vague-disclosure-link.js';
import { bodyText } from './disclosures.js';
import type { Check, Finding } from './types.js';
import { finding, quote } from './util.js';

const RULE = 'no-vague-disclosure-link';
/** Choices that decide rather than lead somewhere to read: they are not routes to the terms. */
const DECIDING_KINDS = new Set(['accept', 'decline', 'deferral', 'dismiss', 'commit']);
/** A vague label is short: "Learn more", "See the fine print". A longer one says something of its own. */
const MAX_VAGUE_WORDS = 6;
/** The vague phrase starts the label or follows one word ("Read more", "See the terms"), as choice labels do. */
const MAX_VAGUE_START = 1;

type Route = { kind: 'descriptive' } | { kind: 'vague'; element: UIElement; label: string } | { kind: 'icon'; element: UIElement; label: string } | { kind: 'unknown' } | { kind: 'none' };

/** Words that say what a label is about: a material topic (training, sharing, price...) or a consent purpose. */
function saysSomething(text: string, lexicon: Lexicon): boolean {
  const clauses = lexicon.clauses(text);
  return lexicon.material.matches(clauses) || lexicon.purposes.matches(clauses);
}

function isVague(text: string, lexicon: Lexicon): boolean {
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > MAX_VAGUE_WORDS || saysSomething(text, lexicon)) return false;
  const match = lexicon.vagueLinks.firstMatch(tokens);
  return match !== undefined && match.start <= MAX_VAGUE_START;
}

/** What a link or button tells people about where it leads. */
function classifyRoute(element: UIElement, consent: ConsentAnalysis): Route {
  const { lexicon } = consent;
  const choice = consent.choices.get(element);
  if (choice && DECIDING_KINDS.has(choice.kind)) return { kind: 'none' };
  const visible = textContent(element);
  if (!visible.complete) return { kind: 'unknown' };
  const tokens = tokenize(visible.value);
  if (tokens.length === 0) {
    // A component with no children may render its own text: it can't be read here.
    if (!element.intrinsic && element.children.length === 0) return { kind: 'unknown' };
    const name = accessibleName(element);
    if (!name.complete) return { kind: 'unknown' };
    if (saysSomething(name.value, lexicon)) return { kind: 'descriptive' };
    // An unlabelled icon button may do anything (copy, expand); an icon link, or an icon named "More info", leads away.
    if (element.semantic === 'link' || isVague(name.value, lexicon)) return { kind: 'icon', element, label: name.value.trim() ? `'${quote(name.value, 40)}'` : 'no accessible name' };
    return { kind: 'none' };
  }
  if (isVague(visible.value, lexicon)) return { kind: 'vague', element, label: quote(visible.value, 40) };
  // "Manage preferences" leads to choices, not to terms: it neither hides nor states them.
  if (choice?.kind === 'manage' && !saysSomething(visible.value, lexicon)) return { kind: 'none' };
  return { kind: 'descriptive' };
}

/** Links inside a checkbox's label ("I agree to the [Terms]") are the documents being accepted: no-bundled-consent's ground. */
function inControlLabel(element: UIElement, context: ConsentContext): boolean {
  if ([...ancestors(element)].some((a) => a.semantic === 'label')) return true;
  return context.controls.some((control) => control.labelElement !== undefined && contains(control.labelElement, element));
}

export const checkNoVagueDisclosureLink: Check<NoVagueDisclosureLinkOptions> = (analysis) => {
  const findings: Finding[] = [];
  const { consent } = analysis;
  const { lexicon } = consent;
  for (const context of consent.contexts) {
    // Only a prompt that asks for a decision (accept, buy, sign up) has terms integral to that decision.
    if (!context.choices.some((c) => c.kind === 'accept' || c.kind === 'commit')) continue;
    const body = bodyText(context, consent);
    if (!body.complete || lexicon.material.matches(lexicon.clauses(body.value))) continue;

    const routes: Route[] = [];
    // A link inside a button is part of that button's route, counted once.
    const seen = new Set<UIElement>();
    for (const element of ownElements(context, consent)) {
      if (!isClickable(element) || [...ancestors(element)].some((a) => seen.has(a)) || inControlLabel(element, context)) continue;
      seen.add(element);
      routes.push(classifyRoute(element, consent));
    }
    if (routes.some((r) => r.kind === 'descriptive' || r.kind === 'unknown')) continue;
    const topic = context.topics.slice(0, 2).map((t) => lexicon.purposeName(t)).join(' and ');
    for (const route of routes) {
      if (route.kind === 'vague') findings.push(finding(RULE, route.element, 'vagueLink', { topic, label: route.label }));
      if (route.kind === 'icon') findings.push(finding(RULE, route.element, 'iconLink', { topic, label: route.label, element: route.element.semantic === 'link' ? 'link' : 'button' }));
    }
  }
  return { findings, reviews: [] };
};
