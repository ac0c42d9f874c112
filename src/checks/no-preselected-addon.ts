/**
 * no-preselected-addon: a checkbox or switch that adds a paid extra (insurance, a protection plan, a donation,
 * a tip, priority delivery, anything with a price) is on by default: "sneak into basket". Follows the EU Consumer
 * Rights Directive Art. 22 (no pre-ticked boxes for payments beyond the main price) and the FTC's 2022 dark
 * patterns report. A yes/no question about a priced extra ("Add travel insurance for €12?  (•) Yes  ( ) No") is
 * the same box drawn as two radios: its "Yes" selected by default is reported too. A plan picker's radios are not.
 */
import type { NoPreselectedAddonOptions } from '../catalog/no-preselected-addon.js';
import type { ConsentControl } from '../context/controls.js';
import type { ConsentAnalysis } from '../context/detect.js';
import type { Lexicon } from '../context/lexicon.js';
import { findPrices } from '../context/price.js';
import { PhraseIndex, tokenize } from '../context/text.js';
import { accessibleName, descendants, textContent } from '../model/query.js';
import type { UIElement } from '../model/types.js';
import { defaultOn } from './default-off.js';
import type { Check, Finding, Review } from './types.js';
import { finding, quote } from './util.js';

const RULE = 'no-preselected-addon';
const USER_KIND = 'extra';
/** The add-on kind of the words that offer extras in general ("Add-ons", "Extras"). */
const EXTRAS = 'extra';

/**
 * What the control adds, for the message ("insurance, $4.99"), or undefined when it adds nothing paid. Words that
 * also name everyday settings (the lexicon's `addonsAtPurchase`: "Priority", "Express", "Upgrade to…") count only
 * with a price in the label or where something is bought (`atPurchase`).
 */
function describeAddon(control: ConsentControl, lexicon: Lexicon, extraWords: PhraseIndex<string>, ignoreWords: PhraseIndex<true>, atPurchase: () => boolean, needsPrice = false): string | undefined {
  const text = control.label.value;
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  if (lexicon.addonExceptions.matches(tokens) || ignoreWords.matches(tokens)) return undefined;
  // A price computed at run time (`$${price.toFixed(2)}`, `formatPrice(total)`) is a price whose amount is unknown.
  const computed = (control.label.slots ?? []).filter((slot) => slot.slot === 'price').map((slot) => ({ text: `{${slot.name}}`, amount: Number.NaN }));
  const paid = [...findPrices(text).filter((p) => p.amount > 0), ...computed];
  // "Free gift wrap", "Express shipping $0.00": no extra payment, so nothing sneaks into the basket.
  if (paid.length === 0 && (tokens.includes('free') || findPrices(text).length > 0)) return undefined;
  const named = [...lexicon.addons.matchAll(tokens), ...extraWords.matchAll(tokens)];
  if (named.length === 0 && paid.length === 0) {
    const everyday = lexicon.addonsAtPurchase.matchAll(tokens);
    if (everyday.length === 0 || !atPurchase()) return undefined;
    named.push(...everyday);
  } else if (paid.length > 0) {
    named.push(...lexicon.addonsAtPurchase.matchAll(tokens));
  }
  const kinds = [...new Set(named.map((m) => m.value))];
  // A yes/no question sells something only when it names a price: "Do you have travel insurance?" is a survey.
  if (needsPrice && paid.length === 0) return undefined;
  const name = kinds.length > 0 ? lexicon.purposeName(kinds[0] as string) : lexicon.purposeName(USER_KIND);
  return paid.length > 0 ? `${name} for ${paid[0]?.text.trim()}` : name;
}

const CLICKABLE = new Set(['button', 'link']);

/**
 * Whether a control sits where something is bought: in the text of its prompt, or, outside one, of the form or
 * dialog around it (else the whole tree it is in), a price (written, or computed: `{formatPrice(total)}`) or a
 * heading that offers extras ("Add-ons", shadcn/ui's subscription form); or a purchase leading the label of a
 * button or link there ("Place order", "Pay now"). A settings form's "Priority" and "Save" are not; a checkout's
 * "Express" beside "Total: $42.00" and "Place order" is. The controls' labels are left out: one priced option
 * ("Express mode (+$4/month)") makes no sale of the form's other switches, and "Add on paste" none of its own.
 */
function atPurchase(control: ConsentControl, consent: ConsentAnalysis, lexicon: Lexicon): boolean {
  const region = consent.contexts.find((context) => context.controls.includes(control))?.root ?? aroundControl(control.element);
  const labels = new Set(consent.controls.flatMap((one) => [one.element, ...(one.labelElement ? [one.labelElement] : [])]));
  const text = textContent(region, (element) => labels.has(element));
  if (findPrices(text.value).some((price) => price.amount > 0) || text.slots?.some((slot) => slot.slot === 'price')) return true;
  const words = tokenize(text.value);
  if ([...lexicon.addons.matchAll(words), ...lexicon.addonsAtPurchase.matchAll(words)].some((match) => match.value === EXTRAS)) return true;
  for (const element of descendants(region)) {
    if (!CLICKABLE.has(element.semantic)) continue;
    const tokens = tokenize(accessibleName(element).value);
    const match = tokens.length > 0 && tokens.length <= 8 ? lexicon.purchaseActions.firstMatch(tokens) : undefined;
    if (match && match.start <= 1) return true;
  }
  return false;
}

/** The form or dialog a control is in, else the root of its tree. */
function aroundControl(element: UIElement): UIElement {
  let top = element;
  for (let current: UIElement | null = element.parent; current; current = current.parent) {
    if (current.semantic === 'form' || current.semantic === 'dialog') return current;
    top = current;
  }
  return top;
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
    const bought = (): boolean => atPurchase(control, analysis.consent, lexicon);
    const addon = describeAddon(question ? { ...control, label: { value: `${question.text} ${control.label.value}`, complete: control.label.complete } } : control, lexicon, extraWords, ignoreWords, bought, !!question);
    if (!addon) continue;
    const label = quote(control.label.value);
    const on = defaultOn(RULE, control, label, analysis.source);
    if (!on) continue;
    if ('review' in on) reviews.push(on.review);
    else findings.push(finding(RULE, control.element, 'preselectedAddon', { control: control.semantic, label, addon, via: on.via }, on.suggestions));
  }
  return { findings, reviews };
};
