/**
 * Yes/no questions: two radios (or the two buttons of a segmented control) whose options read as a "yes" and a
 * "no" ("Yes"/"No", "Allow"/"Don't allow", "I agree"/"I don't agree") answer the question written above them. When
 * that question asks for consent ("Would you like to receive our newsletter?", "May we show you personalised
 * ads?", "Share anonymous usage data?"), the pair is an accept/decline choice: its default is a pre-selected
 * consent, its "no" is a decline whose wording can shame, and its "yes" is weighed against its "no". A poll's
 * "Was this helpful?" asks for no consent, and stays a poll.
 */
import { ancestors, contains, staticAttribute, textContent } from '../model/query.js';
import type { UIElement } from '../model/types.js';
import { clauseText } from './clauses.js';
import type { ConsentControl } from './controls.js';
import { classifyLabel, type Lexicon } from './lexicon.js';
import { CLAUSE_BREAK } from './text.js';

export interface YesNoQuestion {
  /** The element that holds both options (a fieldset, a RadioGroup, a segmented control). */
  group: UIElement;
  /** The question's text, without the options' labels. */
  text: string;
  yes: ConsentControl;
  no: ConsentControl;
  /** Non-essential purposes the question asks consent for (none for a poll). */
  purposes: string[];
  /** The question asks for consent: a request ("May we", "Would you like") or a grant ("Share usage data?"). */
  asksConsent: boolean;
}

/** How far above a radio its group may be, and above the group its question. */
const GROUP_LEVELS = 4;
const QUESTION_LEVELS = 2;
/** Components that draw options as a row of buttons: one is selected, like radios. */
const SEGMENTED = /(?:ToggleButtonGroup|ToggleGroup|SegmentedControl|Segmented|RadioGroup)$/;

function isStop(element: UIElement): boolean {
  return element.semantic === 'form' || element.semantic === 'dialog';
}

/** The nearest ancestor holding this option and exactly one other, not past a form or dialog. */
function groupOf(option: ConsentControl, options: readonly ConsentControl[]): UIElement | undefined {
  let level = 0;
  for (const ancestor of ancestors(option.element)) {
    if (++level > GROUP_LEVELS) return undefined;
    const inside = options.filter((o) => contains(ancestor, o.element));
    if (inside.length === 2) return ancestor;
    if (inside.length > 2 || isStop(ancestor)) return undefined;
  }
  return undefined;
}

/** The question: the group's own text without its options, or the text just above it (a legend, a heading, a <p>). */
function questionText(group: UIElement, pair: readonly ConsentControl[]): string {
  // An option, its label, and the row that wraps one option inside the group are the answers, not the question.
  const skip = (element: UIElement): boolean =>
    pair.some((o) => element === o.element || element === o.labelElement || (element !== group && contains(group, element) && contains(element, o.element)));
  let holder: UIElement | null = group;
  for (let level = 0; holder && level <= QUESTION_LEVELS; level++, holder = holder.parent) {
    const text = clauseText(holder, skip).value.trim();
    if (text) return text;
    if (isStop(holder)) break;
  }
  return '';
}

/** A request for consent: the lexicon's request phrases, or a clause that opens with a grant ("Share usage data?"). */
function asksForConsent(tokens: readonly string[], lexicon: Lexicon): boolean {
  if (lexicon.consentRequests.matches(tokens)) return true;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i - 1] !== CLAUSE_BREAK) continue;
    const match = lexicon.grantActions.firstMatch(tokens.slice(i, i + 3));
    if (match?.start === 0) return true;
  }
  return false;
}

function answer(option: ConsentControl, lexicon: Lexicon): 'yes' | 'no' | undefined {
  // A bare "Oui"/"Non" is read as a whole first clause ("Non", "Non, je préfère..."): "Non-profit" is no refusal.
  const tokens = lexicon.clauses(option.label.value);
  const breakAt = tokens.indexOf(CLAUSE_BREAK);
  const first = (breakAt < 0 ? tokens : tokens.slice(0, breakAt)).join(' ');
  if (lexicon.answers.yes.has(first)) return 'yes';
  if (lexicon.answers.no.has(first)) return 'no';
  const kind = classifyLabel(option.label.value, lexicon);
  if (kind === 'accept') return 'yes';
  if (kind === 'decline') return 'no';
  return undefined;
}

/** Buttons of a segmented control, read as options: they sit in one and carry a `value` the group selects by. */
export function isSegmentedOption(element: UIElement): boolean {
  if (element.semantic !== 'button' || staticAttribute(element, 'value') === undefined) return false;
  const parent = element.parent;
  if (!parent) return false;
  const role = staticAttribute(parent, 'role');
  return role === 'radiogroup' || (!parent.intrinsic && SEGMENTED.test(parent.name));
}

/** Yes/no pairs among the file's radios (and segmented options), with the question each answers. */
export function findQuestions(controls: readonly ConsentControl[], lexicon: Lexicon): YesNoQuestion[] {
  const options = controls.filter((c) => c.semantic === 'radio');
  const questions: YesNoQuestion[] = [];
  const seen = new Set<UIElement>();
  for (const option of options) {
    const group = groupOf(option, options);
    if (!group || seen.has(group)) continue;
    seen.add(group);
    const pair = options.filter((o) => contains(group, o.element));
    const answers = pair.map((o) => answer(o, lexicon));
    const yes = pair[answers.indexOf('yes')];
    const no = pair[answers.indexOf('no')];
    if (!yes || !no) continue;
    const text = questionText(group, pair);
    const tokens = lexicon.clauses(text);
    const asksConsent = asksForConsent(tokens, lexicon);
    const purposes = asksConsent ? [...new Set(lexicon.purposes.matchAll(tokens).map((m) => m.value))] : [];
    questions.push({ group, text, yes, no, purposes, asksConsent });
  }
  return questions;
}

/** The visible text of an option, for messages: its label, or the button's own text. */
export function optionLabel(option: ConsentControl): string {
  return option.label.value.trim() || textContent(option.element).value.trim();
}
