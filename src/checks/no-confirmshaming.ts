/**
 * no-confirmshaming: a decline worded to guilt or shame ("No thanks, I'd rather pay full price").
 * Follows the FTC's Dark Patterns report (confirmshaming), FTC v. Amazon (2025; bars "No, I don't want Free
 * Shipping"), Colorado Rule 7.09 ("No, I don't care about animals" is emotionally manipulative) and EDPB
 * Guidelines 03/2022 (stirring). Two readings, both from the lexicons and linear (tokenise-and-trie):
 * - a listed phrase (`shaming`), anywhere in the refusal;
 * - a pattern (`shamingPatterns`: loss, risk, missing out, self-deprecation) inside a first-person clause of the
 *   refusal (`firstPerson`: "I", "ich", "je", or a first-person verb as in "prefiero"): "No, I prefer paying full
 *   price", "Nein, ich verzichte auf Sicherheit". "No thanks", "Not now", "Skip" and "No, I don't want emails" say
 *   no without a jab, and stay clean.
 * The "No" of a yes/no question that asks for consent is a refusal too (see src/context/questions.ts).
 */
import type { NoConfirmshamingOptions } from '../catalog/no-confirmshaming.js';
import type { ChoiceKind } from '../context/lexicon.js';
import type { Lexicon } from '../context/lexicon.js';
import { CLAUSE_BREAK, PhraseIndex, tokenize } from '../context/text.js';
import { findPrices } from '../context/price.js';
import { optionLabel } from '../context/questions.js';
import { accessibleName, descendants } from '../model/query.js';
import type { UIElement } from '../model/types.js';
import type { Check, FileAnalysis, Finding } from './types.js';
import { finding, quote } from './util.js';
import { compareDocumentOrder } from '../model/order.js';

const RULE = 'no-confirmshaming';

/** Kinds of choice that refuse or put off: where shaming wording does its work. */
const REFUSING: ReadonlySet<ChoiceKind> = new Set(['decline', 'deferral', 'dismiss']);
/** How far up from an unclassified button to look for the accept it is paired with (button, row, prompt). */
const PAIR_LEVELS = 3;

const extraIndexes = new Map<string, PhraseIndex<true>>();

function extraIndex(phrases: readonly string[]): PhraseIndex<true> | undefined {
  if (phrases.length === 0) return undefined;
  const key = phrases.join('\u0000');
  let index = extraIndexes.get(key);
  if (!index) {
    index = new PhraseIndex<true>();
    for (const phrase of phrases) index.add(phrase, true);
    extraIndexes.set(key, index);
  }
  return index;
}

function isClickable(element: UIElement): boolean {
  if (element.semantic === 'button' || element.semantic === 'link') return true;
  return (element.semantic === 'text' || element.semantic === 'container') && (element.attributes.has('onClick') || element.attributes.has('onPress'));
}

/**
 * A button the lexicon can't classify ("I don't care about my privacy") is a decline when it sits beside an
 * accept: the shaming label is the other half of the choice.
 */
function pairedWithAccept(element: UIElement, analysis: FileAnalysis): boolean {
  let level = 0;
  for (let ancestor = element.parent; ancestor && level < PAIR_LEVELS; ancestor = ancestor.parent, level++) {
    for (const other of descendants(ancestor)) {
      if (other !== element && analysis.consent.choices.get(other)?.kind === 'accept') return true;
    }
  }
  return false;
}

/** The words of a refusal that shame: a listed phrase anywhere, or a pattern inside a first-person clause. */
function shamingPhrase(label: string, lexicon: Lexicon, extra: PhraseIndex<true> | undefined): string | undefined {
  const tokens = tokenize(label);
  if (tokens.length === 0) return undefined;
  const listed = lexicon.shaming.firstMatch(tokens) ?? extra?.firstMatch(tokens);
  if (listed) return tokens.slice(listed.start, listed.start + listed.length).join(' ');
  let clause: string[] = [];
  for (const token of [...lexicon.clauses(label), CLAUSE_BREAK]) {
    if (token !== CLAUSE_BREAK) {
      clause.push(token);
      continue;
    }
    if (clause.some((t) => lexicon.firstPerson.has(t))) {
      const match = lexicon.shamingPatterns.firstMatch(clause);
      if (match) return clause.slice(match.start, match.start + match.length).join(' ');
    }
    clause = [];
  }
  return undefined;
}

export const checkNoConfirmshaming: Check<NoConfirmshamingOptions> = (analysis, options) => {
  const findings: Finding[] = [];
  const { consent } = analysis;
  const extra = extraIndex(options.extraPhrases);
  for (const element of analysis.model.elements) {
    if (!isClickable(element)) continue;
    const choice = consent.choices.get(element);
    if (choice && !REFUSING.has(choice.kind)) continue;
    const label = choice?.label ?? accessibleName(element);
    const phrase = shamingPhrase(label.value, consent.lexicon, extra);
    if (!phrase) continue;
    // Pairing walks the tree: only for the rare label that already matched.
    if (!choice && (hasChoiceAncestor(element, analysis) || !pairedWithAccept(element, analysis))) continue;
    findings.push(finding(RULE, element, 'shamingDecline', { decline: quote(label.value), phrase }));
  }
  // The "No" of a yes/no question that asks for consent or sells something, written as radios or a segmented
  // control; a poll's "No" refuses nothing.
  for (const question of consent.questions) {
    if (!question.asksConsent && findPrices(question.text).length === 0) continue;
    const label = optionLabel(question.no);
    const phrase = shamingPhrase(label, consent.lexicon, extra);
    if (phrase) findings.push(finding(RULE, question.no.labelElement ?? question.no.element, 'shamingDecline', { decline: quote(label), phrase }));
  }
  findings.sort((a, b) => compareDocumentOrder(a.element, b.element));
  return { findings, reviews: [] };
};

function hasChoiceAncestor(element: UIElement, analysis: FileAnalysis): boolean {
  for (let ancestor = element.parent; ancestor; ancestor = ancestor.parent) if (analysis.consent.choices.has(ancestor) || isClickable(ancestor)) return true;
  return false;
}
