/**
 * no-trick-question: consent controls worded to confuse. Two signals:
 * - a double negative: a clause of the label with two or more negations ("Uncheck this box if you do not want to
 *   not receive offers"), counted with the lexicon's `negations` index;
 * - an opt-out box among opt-in boxes of one prompt: checking it means the opposite of checking its neighbours.
 * Follows CPRA § 7004(a)(3) (no double negatives; toggles must say what they choose), EDPB Guidelines 03/2022
 * ("left in the dark": ambiguous wording) and the FTC Dark Patterns report (confusingly worded toggles).
 *
 * Only checkboxes and switches: a link labelled "Do not sell or share my personal information" is the wording CCPA
 * requires (Cal. Civ. Code § 1798.135), not a trick.
 */
import type { NoTrickQuestionOptions } from '../catalog/no-trick-question.js';
import type { ConsentControl } from '../context/controls.js';
import type { Lexicon } from '../context/lexicon.js';
import { CLAUSE_BREAK, tokenize, type PhraseMatch } from '../context/text.js';
import type { Check, Finding } from './types.js';
import { finding, quote } from './util.js';

const RULE = 'no-trick-question';

/**
 * The clauses of a label, as the lexicon reads them: cut at punctuation and at clause words ("but", "aber"), and
 * at the words that join clauses of equal rank ("and", "or", "und", "et"): two opt-outs joined by "and" are two
 * plain negatives, not a double one. "Don't uncheck this unless you don't want offers" stays one clause, so its
 * stacked negatives count together, and so does a condition after a comma ("Bitte ankreuzen, wenn Sie keine
 * Angebote möchten").
 */
function clauses(label: string, lexicon: Lexicon): string[][] {
  const out: string[][] = [];
  let clause: string[] = [];
  const tokens = lexicon.clauses(label);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (token === CLAUSE_BREAK && lexicon.subordinators.firstMatch(tokens.slice(i + 1, i + 5))?.start === 0) continue;
    if (token === CLAUSE_BREAK || lexicon.coordinators.has(token)) {
      if (clause.length > 0) out.push(clause);
      clause = [];
    } else clause.push(token);
  }
  if (clause.length > 0) out.push(clause);
  return out;
}

/** Negations in tokens, left to right, longest first, not overlapping ("do not" is one, not "do not" and "not"). */
function negationsIn(tokens: readonly string[], lexicon: Lexicon): PhraseMatch<true>[] {
  const all = lexicon.negations.matchAll(tokens).sort((a, b) => a.start - b.start || b.length - a.length);
  const picked: PhraseMatch<true>[] = [];
  let end = 0;
  for (const match of all) {
    if (match.start < end) continue;
    picked.push(match);
    end = match.start + match.length;
  }
  return picked;
}

function isConsentBox(control: ConsentControl): boolean {
  return (control.semantic === 'checkbox' || control.semantic === 'switch') && !control.essential && control.label.complete && control.label.value.trim().length > 0;
}

function doubleNegative(control: ConsentControl, lexicon: Lexicon, options: NoTrickQuestionOptions): { count: number; negations: string } | undefined {
  for (const clause of clauses(control.label.value, lexicon)) {
    const found = negationsIn(clause, lexicon);
    if (found.length >= options.maxNegations) {
      return { count: found.length, negations: found.map((m) => `'${clause.slice(m.start, m.start + m.length).join(' ')}'`).join(', ') };
    }
  }
  return undefined;
}

/**
 * An opt-out is phrased in its first clause, wherever the negation sits in it: "Do not send me offers", "Check
 * here if you would not like to receive offers", "Cochez cette case si vous ne souhaitez pas recevoir nos offres".
 * "Email me offers, but not by phone" opts in: its negation is in a later clause.
 */
function isOptOut(control: ConsentControl, lexicon: Lexicon): boolean {
  const [first] = clauses(control.label.value, lexicon);
  return !!first && negationsIn(first, lexicon).length > 0;
}

function isOptIn(control: ConsentControl, lexicon: Lexicon): boolean {
  return control.purposes.length > 0 && negationsIn(tokenize(control.label.value), lexicon).length === 0;
}

export const checkNoTrickQuestion: Check<NoTrickQuestionOptions> = (analysis, options) => {
  const findings: Finding[] = [];
  const { lexicon } = analysis.consent;
  const reported = new Set<ConsentControl>();
  for (const control of analysis.consent.controls) {
    if (!isConsentBox(control)) continue;
    // A consent control: it grants a purpose, or it sits in a consent prompt.
    if (control.purposes.length === 0 && !analysis.consent.contexts.some((c) => c.controls.includes(control))) continue;
    const found = doubleNegative(control, lexicon, options);
    if (!found) continue;
    reported.add(control);
    findings.push(finding(RULE, control.labelElement ?? control.element, 'doubleNegative', { label: quote(control.label.value), ...found }));
  }
  for (const context of analysis.consent.contexts) {
    const boxes = context.controls.filter(isConsentBox);
    const optIns = boxes.filter((c) => isOptIn(c, lexicon));
    const optOuts = boxes.filter((c) => isOptOut(c, lexicon));
    // The trick is the odd one out: opt-ins the norm, one or few opt-outs among them.
    if (optIns.length < options.minOptInNeighbours || optOuts.length === 0 || optOuts.length >= optIns.length) continue;
    const neighbour = optIns[0] as ConsentControl;
    for (const control of optOuts) {
      if (reported.has(control)) continue;
      findings.push(finding(RULE, control.labelElement ?? control.element, 'oppositeMeaning', { label: quote(control.label.value), optIns: optIns.length, neighbour: quote(neighbour.label.value) }));
    }
  }
  return { findings, reviews: [] };
};
