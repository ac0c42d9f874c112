/**
 * no-false-urgency: a countdown timer, or a scarcity or urgency claim ("Offer ends in 04:59", "Only 2 left!",
 * "Hurry"), next to a purchase or consent choice. Follows the FTC's 2022 dark patterns report (fake countdown
 * timers and false scarcity induce false beliefs), the EDPB's deceptive design guidelines (emotional steering),
 * the Dutch ACM's guidelines on online persuasion (countdown timers) and DSA Art. 25. One-time-code expiries,
 * session timeouts and maintenance notices are not sales pressure.
 *
 * A countdown is recognised as a pattern (src/context/countdowns.ts): state the code decrements on an interval, a
 * role="timer", a live region showing a time, a `{mm}:{ss}` render, or a component named `*Countdown`. The choice
 * it pressures is a purchase action or a choice of a consent prompt (an accept, a decline, a commit); a settings
 * page's "Save" is neither, so "Only 3 seats left in your plan" there is information, not pressure.
 */
import type { NoFalseUrgencyOptions } from '../catalog/no-false-urgency.js';
import type { Lexicon } from '../context/lexicon.js';
import { tokenize, tokenizeIdentifier } from '../context/text.js';
import { rendersTimer } from '../context/countdowns.js';
import { accessibleName, commonAncestor, contains, staticAttribute, textContent } from '../model/query.js';
import type { UIElement } from '../model/types.js';
import type { Check, FileAnalysis, Finding } from './types.js';
import { finding, quote } from './util.js';
import { compareDocumentOrder } from '../model/order.js';

const RULE = 'no-false-urgency';
/** Component names that render a countdown: `Countdown`, `OfferCountdown`, `CountDown`. */
const COUNTDOWN_NAME = /Count[dD]own$/;
const CLICKABLE = new Set(['button', 'link']);

/** Digits stand for any number, so "only 0 left" in the lexicon matches "Only 2 left". */
function normalisedTokens(text: string): string[] {
  return tokenize(text).map((token) => (/^\d+$/.test(token) ? '0' : token));
}

interface Target {
  element: UIElement;
  label: string;
}

/** Kinds of a consent prompt's choices that urgency pressures: the decision itself, not "Settings" or "Close". */
const DECISIONS = new Set(['accept', 'decline', 'commit', 'deferral']);

/** Purchase choices (by the lexicon's purchase actions) and the decisions of consent prompts. */
function choiceTargets(analysis: FileAnalysis, lexicon: Lexicon): Target[] {
  const targets: Target[] = [];
  const inPrompt = new Set(analysis.consent.contexts.flatMap((c) => c.choices.map((choice) => choice.element)));
  for (const element of analysis.model.elements) {
    const consent = analysis.consent.choices.get(element);
    if (consent && inPrompt.has(element) && DECISIONS.has(consent.kind)) {
      targets.push({ element, label: consent.label.value });
      continue;
    }
    if (!CLICKABLE.has(element.semantic)) continue;
    const label = accessibleName(element).value;
    const tokens = tokenize(label);
    // A button label is short; the action must lead it ("Buy now", "Yes, upgrade"), as choice labels do.
    const match = tokens.length > 0 && tokens.length <= 8 ? lexicon.purchaseActions.firstMatch(tokens) : undefined;
    if (match && match.start <= 1) targets.push({ element, label });
  }
  return targets;
}

function depth(element: UIElement): number {
  let d = 0;
  for (let current = element.parent; current; current = current.parent) d++;
  return d;
}

/** Steps through the tree from one element up to the nearest shared ancestor and down to the other. */
function treeDistance(a: UIElement, b: UIElement): number | undefined {
  const shared = commonAncestor(a, b);
  if (!shared) return undefined;
  const base = depth(shared);
  return depth(a) - base + (depth(b) - base);
}

function nearestTarget(element: UIElement, targets: readonly Target[], maxDistance: number): Target | undefined {
  let best: { target: Target; distance: number } | undefined;
  for (const target of targets) {
    const distance = treeDistance(element, target.element);
    if (distance === undefined || distance > maxDistance) continue;
    if (!best || distance < best.distance) best = { target, distance };
  }
  return best?.target;
}

interface Claim {
  element: UIElement;
  messageId: 'urgencyClaim' | 'countdown';
  data: Record<string, string>;
}

function claimOf(element: UIElement, analysis: FileAnalysis, timerNames: ReadonlySet<string>): Claim | undefined {
  const { lexicon } = analysis.consent;
  const lastName = element.name.split('.').pop() ?? element.name;
  if (!element.intrinsic && (COUNTDOWN_NAME.test(lastName) || timerNames.has(lastName))) {
    return { element, messageId: 'countdown', data: { timer: `<${element.name}>` } };
  }
  if (analysis.consent.countdowns.has(element)) return { element, messageId: 'countdown', data: { timer: describeCountdown(element) } };
  const hasOwnText = element.children.some((child) => child.kind === 'text' && child.text.known && child.text.value.trim().length > 0);
  if (!hasOwnText) return undefined;
  const text = textContent(element).value;
  const match = lexicon.urgency.firstMatch(normalisedTokens(text));
  if (!match) return undefined;
  return { element, messageId: 'urgencyClaim', data: { text: quote(text, 50), kind: lexicon.purposeName(match.value) } };
}

/** How a message names a countdown found by its pattern. */
function describeCountdown(element: UIElement): string {
  if (staticAttribute(element, 'role') === 'timer') return `a role="timer" <${element.name}>`;
  if (rendersTimer(element)) return 'a ticking mm:ss timer';
  return `a <${element.name}> showing a value that counts down`;
}

/** The claim's surroundings say it is a one-time code, a session timeout or maintenance: not sales pressure. */
function isException(claim: Claim, lexicon: Lexicon): boolean {
  const around = claim.element.parent ?? claim.element;
  const tokens = [...tokenize(textContent(around).value), ...tokenizeIdentifier(claim.element.name)];
  return lexicon.urgencyExceptions.matches(tokens);
}

export const checkNoFalseUrgency: Check<NoFalseUrgencyOptions> = (analysis, options) => {
  const { lexicon } = analysis.consent;
  const findings: Finding[] = [];
  const targets = choiceTargets(analysis, lexicon);
  if (targets.length === 0) return { findings, reviews: [] };
  const timerNames = new Set(options.timerComponents ?? []);
  // Innermost first, so "Hurry!" in a <strong> is reported once, on the <strong>, not again on its paragraph.
  const elements = [...analysis.model.elements].sort((a, b) => depth(b) - depth(a) || compareDocumentOrder(a, b));
  const reported: UIElement[] = [];
  for (const element of elements) {
    if (reported.some((r) => contains(element, r) || contains(r, element))) continue;
    const claim = claimOf(element, analysis, timerNames);
    if (!claim || isException(claim, lexicon)) continue;
    const target = nearestTarget(element, targets, options.maxDistance);
    if (!target) continue;
    reported.push(element);
    findings.push(finding(RULE, element, claim.messageId, { ...claim.data, choice: quote(target.label) }));
  }
  findings.sort((a, b) => compareDocumentOrder(a.element, b.element));
  return { findings, reviews: [] };
};
