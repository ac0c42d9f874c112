/**
 * consistent-choice-order: the accept/decline order flips between the consent prompts of one project.
 * Follows CPRA § 7004(a)(3) (the CPPA names flipping the order of yes and no between screens as confusing) and
 * the EDPB Guidelines 03/2022 ("fickle": an inconsistent interface).
 *
 * Checker only. Per file, the check reads each prompt's order (the first accept against the first decline of the
 * same layer, in reading order) into a tiny summary; after every file, `reportFlippedOrders` compares them.
 * Reading order is source order unless CSS visibly reorders the two: `flex-direction: *-reverse` on the flex
 * container they share, or `order` on their sides of it. A reordering that can't be resolved (a dynamic class, a
 * media query, a prop on a layout component) makes the prompt a review, never a guess.
 */
import type { ConsistentChoiceOrderOptions } from '../catalog/consistent-choice-order.js';
import type { Choice } from '../context/detect.js';
import { tokenize } from '../context/text.js';
import type { Resolved } from '../css/resolve.js';
import { commonAncestor } from '../model/query.js';
import type { UIElement, UnresolvedReason } from '../model/types.js';
import type { ProjectFile, ProjectFinding } from './project.js';
import type { Check, FileAnalysis, Review } from './types.js';
import { quote, review } from './util.js';
import { compareDocumentOrder } from '../model/order.js';

const RULE = 'consistent-choice-order';

export type ChoiceOrder = 'accept-first' | 'decline-first';

/** One prompt's order, as plain data: the project pass keeps it after the file's model is gone. */
export interface PromptOrder {
  order: ChoiceOrder;
  /** The prompt root's opening tag, 1-based as in ESLint's messages. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  accept: string;
  decline: string;
}

const FLEX_DISPLAYS = new Set(['flex', 'inline-flex']);
/** Containers whose items `order` moves. */
const ORDERING_DISPLAYS = new Set(['flex', 'inline-flex', 'grid', 'inline-grid']);
/** Props by which a layout component is commonly told its direction (`<Stack direction="row-reverse">`). */
const DIRECTION_PROPS = ['direction', 'flexDirection', 'reverse', 'order'];

type Unresolved = { element: UIElement; reason: UnresolvedReason; detail: string };
type Reading<T> = { known: true; value: T } | ({ known: false } & Unresolved);

/**
 * A layout value of an element. A component whose rendering isn't known reports its own styles unknown; it is
 * read as the default unless its use site hints at a direction or order, since a layout component that reorders
 * its children without being told to would be unusual, while rejecting every `<Button>` would make the rule mute.
 */
function layoutValue(element: UIElement, resolved: Resolved<string>, fallback: string): Reading<string> {
  if (resolved.known) return { known: true, value: resolved.value };
  if (resolved.reason === 'unresolved-component') {
    const hint = DIRECTION_PROPS.find((name) => element.attributes.has(name)) ?? [...element.attributes.values()].find((a) => a.value.kind === 'static' && /reverse/i.test(String(a.value.value)))?.name;
    if (hint === undefined) return { known: true, value: fallback };
    return { known: false, element, reason: 'unresolved-component', detail: `<${element.name} ${hint}=…>` };
  }
  return { known: false, element, reason: resolved.reason, detail: resolved.detail ?? 'layout unresolved' };
}

/**
 * A class applied only sometimes (`open ? 'swapped' : 'actions'`) takes no part in the cascade's base values, so
 * whatever it could do to the layout is unknown.
 */
function conditionalClass(element: UIElement): Unresolved | undefined {
  const token = element.classes.tokens.find((t) => t.conditional);
  return token ? { element, reason: 'conditional', detail: `class '${token.name}' applied conditionally` } : undefined;
}

/** A declaration of `property` under a media query or state that differs from the base value: the order depends on it. */
function conditionalChange(element: UIElement, analysis: FileAnalysis, property: string, base: string, differs: (value: string) => boolean): Unresolved | undefined {
  const changed = analysis.styles.computed(element).conditional.find((d) => d.property === property && d.value.trim().toLowerCase() !== base && differs(d.value.trim().toLowerCase()));
  return changed ? { element, reason: 'conditional', detail: `${property}: ${changed.value} ${changed.condition}` } : undefined;
}

/** The child of `ancestor` on the way down to `element` (the flex or grid item `order` applies to). */
function itemUnder(ancestor: UIElement, element: UIElement): UIElement {
  let item = element;
  while (item.parent && item.parent !== ancestor) item = item.parent;
  return item;
}

const reversed = (direction: string): boolean => direction.endsWith('-reverse');

/** Whether `accept` reads before `decline`, or what keeps that from being known. */
function acceptReadsFirst(accept: UIElement, decline: UIElement, analysis: FileAnalysis): Reading<boolean> {
  const sourceFirst = compareDocumentOrder(accept, decline) < 0;
  const container = commonAncestor(accept, decline);
  if (!container || container === accept || container === decline) return { known: true, value: sourceFirst };
  const style = analysis.styles.computed(container);
  const [acceptItem, declineItem] = [itemUnder(container, accept), itemUnder(container, decline)];
  const toggled = conditionalClass(container) ?? conditionalClass(acceptItem) ?? conditionalClass(declineItem);
  if (toggled) return { known: false, ...toggled };

  const direction = layoutValue(container, style.flexDirection, 'row');
  if (!direction.known) return direction;
  const directionChange = conditionalChange(container, analysis, 'flex-direction', direction.value, (value) => reversed(value) !== reversed(direction.value));
  if (directionChange) return { known: false, ...directionChange };

  const orders: number[] = [];
  for (const item of [acceptItem, declineItem]) {
    const order = layoutValue(item, analysis.styles.computed(item).order, '0');
    if (!order.known) return order;
    const change = conditionalChange(item, analysis, 'order', order.value, () => true);
    if (change) return { known: false, ...change };
    const n = Number(order.value);
    if (!Number.isInteger(n)) return { known: false, element: item, reason: 'unknown-value', detail: `order: ${order.value}` };
    orders.push(n);
  }
  const [acceptOrder = 0, declineOrder = 0] = orders;
  const reorders = reversed(direction.value) || acceptOrder !== declineOrder;
  if (!reorders) return { known: true, value: sourceFirst };

  const display = layoutValue(container, style.display, 'block');
  if (!display.known) return display;
  const displayChange = conditionalChange(container, analysis, 'display', display.value, () => true);
  if (displayChange) return { known: false, ...displayChange };
  // Items are laid out by `order`, then source order; a reversed flex direction then reads the line backwards.
  const byOrder = ORDERING_DISPLAYS.has(display.value) && acceptOrder !== declineOrder ? acceptOrder < declineOrder : sourceFirst;
  return { known: true, value: FLEX_DISPLAYS.has(display.value) && reversed(direction.value) ? !byOrder : byOrder };
}

function label(choice: Choice): string {
  return quote(choice.label.value || `<${choice.element.name}>`, 40);
}

/** Each prompt offering both an accept and a decline on one layer, with the order people read them in. */
export function promptOrders(analysis: FileAnalysis): { prompts: PromptOrder[]; reviews: Review[] } {
  const prompts: PromptOrder[] = [];
  const reviews: Review[] = [];
  for (const context of analysis.consent.contexts) {
    const accept = context.choices.find((c) => c.kind === 'accept');
    const decline = context.choices.find((c) => c.kind === 'decline');
    if (!accept || !decline) continue;
    // "Yes, unsubscribe" beside "No, keep me subscribed": the "yes" withdraws a consent and the "no" keeps it, so
    // which side grants can't be read from the yes and no; the prompt takes no part in the comparison.
    if (analysis.consent.lexicon.negations.matches(tokenize(accept.label.value))) continue;
    const reading = acceptReadsFirst(accept.element, decline.element, analysis);
    if (!reading.known) {
      reviews.push(review(RULE, context.root, reading.reason, `the order of '${label(accept)}' and '${label(decline)}' depends on the layout of <${reading.element.name}> (${reading.detail})`));
      continue;
    }
    const { start, end } = context.root.openingLoc;
    prompts.push({
      order: reading.value ? 'accept-first' : 'decline-first',
      line: start.line,
      column: start.column + 1,
      endLine: end.line,
      endColumn: end.column + 1,
      accept: label(accept),
      decline: label(decline),
    });
  }
  return { prompts, reviews };
}

/** Per file: no findings (one file can't tell the project's order), the prompts' orders as the summary. */
export const checkConsistentChoiceOrder: Check<ConsistentChoiceOrderOptions> = (analysis) => {
  const { prompts, reviews } = promptOrders(analysis);
  return { findings: [], reviews, summary: prompts };
};

const ORDER_TEXT: Record<ChoiceOrder, string> = { 'accept-first': 'accept first', 'decline-first': 'decline first' };

/**
 * After every file: when the project's prompts disagree, report the minority order's prompts. On a tie the order
 * met first (files by path, prompts by position) is the reference, so the later ones are reported.
 */
export function reportFlippedOrders(files: ReadonlyArray<ProjectFile<PromptOrder[]>>): ProjectFinding[] {
  const all = [...files]
    .sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0))
    .flatMap((file) => [...file.summary].sort((a, b) => a.line - b.line || a.column - b.column).map((prompt) => ({ file, prompt })));
  const count = (order: ChoiceOrder): number => all.filter((p) => p.prompt.order === order).length;
  const first = all[0];
  if (!first || count('accept-first') === 0 || count('decline-first') === 0) return [];
  const acceptFirst = count('accept-first');
  const declineFirst = count('decline-first');
  const majority: ChoiceOrder = acceptFirst === declineFirst ? first.prompt.order : acceptFirst > declineFirst ? 'accept-first' : 'decline-first';
  const example = all.find((p) => p.prompt.order === majority) ?? first;
  const exampleAt = `${example.file.displayPath}:${example.prompt.line}:${example.prompt.column}`;
  return all
    .filter((p) => p.prompt.order !== majority)
    .map(({ file, prompt }) => ({
      filePath: file.filePath,
      messageId: 'flippedOrder',
      loc: { line: prompt.line, column: prompt.column, endLine: prompt.endLine, endColumn: prompt.endColumn },
      data: {
        order: ORDER_TEXT[prompt.order],
        first: prompt.order === 'accept-first' ? prompt.accept : prompt.decline,
        second: prompt.order === 'accept-first' ? prompt.decline : prompt.accept,
        majority: ORDER_TEXT[majority],
        majorityCount: Math.max(acceptFirst, declineFirst),
        total: all.length,
        example: exampleAt,
      },
    }));
}
