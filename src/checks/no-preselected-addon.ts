/**
 * no-preselected-addon: a checkbox or switch that adds a paid extra (insurance, a protection plan, a donation,
 * a tip, priority delivery, anything with a price) is on by default: "sneak into basket". Follows the EU Consumer
 * Rights Directive Art. 22 (no pre-ticked boxes for payments beyond the main price) and the FTC's 2022 dark
 * patterns report. A yes/no question about a priced extra ("Add travel insurance for €12?  (•) Yes  ( ) No") is
 * the same box drawn as two radios: its "Yes" selected by default is reported too. A plan picker's radios are not.
 */
import type { NoPreselectedAddonOptions } from '../catalog/no-preselected-addon.js';
import type { ConsentControl } from '../context/controls.js';
import type { Lexicon } from '../context/lexicon.js';
import { findPrices } from '../context/price.js';
import { PhraseIndex, tokenize } from '../context/text.js';
import { defaultOn } from './default-off.js';
import type { Check, Finding, Review } from './types.js';
import { finding, quote } from './util.js';

const RULE = 'no-preselected-addon';
const USER_KIND = 'extra';

/** What the control adds, for the message ("insurance, $4.99"), or undefined when it adds nothing paid. */
function describeAddon(control: ConsentControl, lexicon: Lexicon, extraWords: PhraseIndex<string>, ignoreWords: PhraseIndex<true>, needsPrice = false): string | undefined {
  const text = control.label.value;
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  if (lexicon.addonExceptions.matches(tokens) || ignoreWords.matches(tokens)) return undefined;
  const paid = findPrices(text).filter((p) => p.amount > 0);
  // "Free gift wrap", "Express shipping $0.00": no extra payment, so nothing sneaks into the basket.
  if (paid.length === 0 && (tokens.includes('free') || findPrices(text).length > 0)) return undefined;
  const kinds = [...new Set([...lexicon.addons.matchAll(tokens), ...extraWords.matchAll(tokens)].map((m) => m.value))];
  if (kinds.length === 0 && paid.length === 0) return undefined;
  // A yes/no question sells something only when it names a price: "Do you have travel insurance?" is a survey.
  if (needsPrice && paid.length === 0) return undefined;
  const name = kinds.length > 0 ? lexicon.purposeName(kinds[0] as string) : lexicon.purposeName(USER_KIND);
  return paid.length > 0 ? `${name} for ${paid[0]?.text.trim()}` : name;
}

function phraseIndex<T>(phrases: readonly string[], value: T): PhraseIndex<T> {
  const index = new PhraseIndex<T>();
  for (const phrase of phrases) index.add(phrase, value);
  return index;
}

export const checkNoPreselectedAddon: Check<NoPreselectedAddonOptions> = (analysis, options) => {
  const { lexicon } = analysis.consent;
  const extraWords = phraseIndex(options.addonWords ?? [], USER_KIND);
  const ignoreWords = phraseIndex(options.ignoreWords ?? [], true as const);
  const findings: Finding[] = [];
  const reviews: Review[] = [];
  const questions = new Map(analysis.consent.questions.map((q) => [q.yes, q]));
  for (const control of analysis.consent.controls) {
    if (control.disabled) continue;
    // A control that grants a consent purpose is no-preselected-consent's to report; one finding per control.
    if (control.purposes.length > 0 && !control.essential) continue;
    // A radio picks one of several plans or shipping speeds: one of them is always selected, so the default
    // plan in a plan picker is no extra. The "Yes" of a yes/no question about a priced extra is one.
    const question = control.semantic === 'radio' ? questions.get(control) : undefined;
    if (control.semantic === 'radio' && !question) continue;
    const addon = describeAddon(question ? { ...control, label: { value: `${question.text} ${control.label.value}`, complete: control.label.complete } } : control, lexicon, extraWords, ignoreWords, !!question);
    if (!addon) continue;
    const label = quote(control.label.value);
    const on = defaultOn(RULE, control, label, analysis.source);
    if (!on) continue;
    if ('review' in on) reviews.push(on.review);
    else findings.push(finding(RULE, control.element, 'preselectedAddon', { control: control.semantic, label, addon, via: on.via }, on.suggestions));
  }
  return { findings, reviews };
};
