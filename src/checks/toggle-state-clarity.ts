/**
 * toggle-state-clarity: a consent toggle (a switch or checkbox in a consent context) whose visible label is missing,
 * or names only its state ("On", "Off", "Yes", "Enabled"). Follows CPRA § 7004(a)(3): toggles must clearly say
 * what they choose.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { visibleLabelReader } from '../context/controls.js';
import type { Lexicon } from '../context/lexicon.js';
import { tokenize } from '../context/text.js';
import { ancestors, attributeText, contains, descendants, textContent, type ResolvedText } from '../model/query.js';
import { unwrapExpression, type Node } from '../model/estree.js';
import type { UIElement, UnresolvedReason } from '../model/types.js';
import type { Check, Finding, Review } from './types.js';
import { finding, quote, review } from './util.js';

const RULE = 'toggle-state-clarity';

/** Every token of the label belongs to a state phrase: the label says how the toggle is set, not what it does. */
function onlyStateWords(tokens: readonly string[], lexicon: Lexicon): boolean {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const match of lexicon.stateWords.matchAll(tokens)) covered.fill(true, match.start, match.start + match.length);
  return tokens.length > 0 && covered.every(Boolean);
}

/** How the toggle is named when nothing visible names it: an aria-label or a title (a tooltip), or nothing. */
function hiddenName(control: UIElement): string {
  for (const attribute of ['aria-label', 'title']) {
    const text = attributeText(control, attribute);
    if (!text) continue;
    return text.complete && text.value.trim() ? `only ${attribute} "${quote(text.value, 40)}"` : `only ${attribute}`;
  }
  return 'no label at all';
}

const TOGGLES = new Set(['checkbox', 'switch', 'radio']);

/** Words that name the kind of control, not what it does ("Toggle", "Switch"). */
const CONTROL_WORDS = new Set(['toggle', 'switch', 'checkbox', 'button']);

/**
 * A toggle whose hidden name (an aria-label or a title) says what it does, and that is no consent purpose or topic:
 * a password field's "Show password", "Toggle dark mode", "Enable compact notifications". It works the page, it
 * grants nothing, whatever the prompt around it says; a name of state or control words only ("Toggle", "On") says
 * nothing and is no such name.
 */
function namesOtherAction(control: UIElement, lexicon: Lexicon): boolean {
  for (const attribute of ['aria-label', 'title']) {
    if (!control.attributes.has(attribute)) continue;
    const names = hiddenNames(control, attribute);
    return (
      names !== undefined &&
      names.every((name) => {
        const clauses = lexicon.clauses(name);
        if (lexicon.purposes.matches(clauses) || lexicon.topics.matches(clauses)) return false;
        const tokens = tokenize(name).filter((token) => !CONTROL_WORDS.has(token));
        return tokens.length > 0 && !onlyStateWords(tokens, lexicon);
      })
    );
  }
  return false;
}

/**
 * The names an attribute gives: its text, the one its first render shows, or both texts of a ternary between two
 * strings, as a toggle that flips its own name writes it (`aria-label={revealed ? 'Hide password' : 'Show
 * password'}`). Undefined where any is unknown.
 */
function hiddenNames(control: UIElement, attribute: string): string[] | undefined {
  const text = attributeText(control, attribute);
  if (text?.complete) return [text.value];
  // A name the first render shows (`aria-label={type === 'password' ? 'Show password' : 'Hide password'}` with `type`
  // state that starts at 'password'), read through a component the use site renders.
  const value = control.attributes.get(attribute)?.value;
  if (value?.kind === 'initial' && typeof value.value === 'string') return [value.value];
  const node = control.node as Node;
  if (node.type !== 'JSXElement') return undefined;
  const written = node.openingElement.attributes.find((a): a is TSESTree.JSXAttribute => a.type === 'JSXAttribute' && a.name.type === 'JSXIdentifier' && a.name.name === attribute);
  const expression = written?.value?.type === 'JSXExpressionContainer' && written.value.expression.type !== 'JSXEmptyExpression' ? unwrapExpression(written.value.expression as Node) : undefined;
  if (expression?.type !== 'ConditionalExpression') return undefined;
  const ways = [expression.consequent, expression.alternate].map((way) => unwrapExpression(way as Node));
  return ways.every((way) => way.type === 'Literal' && typeof way.value === 'string') ? ways.map((way) => String((way as TSESTree.Literal).value)) : undefined;
}

/**
 * The text of the row around a toggle whose own wrapping label is empty or names only a state: a CSS slider
 * (`<label className="switch"><input type="checkbox" /><span className="slider" /></label>`) or an "Off" beside a
 * heading that names the purpose. Up to three levels above the label, not past the prompt's edge, a row holding
 * another toggle, or one holding a button (the prompt's actions: its heading is the prompt's, not the toggle's).
 */
function rowText(control: UIElement, labelElement: UIElement | undefined): { text: ResolvedText; row: UIElement } | undefined {
  if (!labelElement || labelElement === control || !contains(labelElement, control)) return undefined;
  let level = 0;
  for (const ancestor of ancestors(labelElement)) {
    if (++level > 3 || ancestor.semantic === 'dialog' || ancestor.semantic === 'form') break;
    if ([...descendants(ancestor)].some((d) => d !== control && (TOGGLES.has(d.semantic) || d.semantic === 'button'))) break;
    const text = textContent(ancestor, (e) => e === labelElement);
    if (text.value.trim() || !text.complete) return { text, row: ancestor };
  }
  return undefined;
}

/** Why a label could not be read: the first unresolved prop or text in it. */
function unresolvedReason(control: UIElement, labelElement: UIElement | undefined): UnresolvedReason {
  const labelProp = control.attributes.get('label')?.value;
  if (labelProp?.kind === 'dynamic') return labelProp.reason;
  for (const element of labelElement ? [labelElement, ...descendants(labelElement)] : []) {
    for (const child of element.children) if (child.kind === 'text' && !child.text.known) return child.text.reason;
    for (const attribute of element.attributes.values()) if (attribute.name === 'label' && attribute.value.kind === 'dynamic') return attribute.value.reason;
  }
  return 'dynamic-expression';
}

export const checkToggleStateClarity: Check<Record<string, never>> = (analysis) => {
  const { lexicon } = analysis.consent;
  const visibleLabel = visibleLabelReader(analysis.model);
  const findings: Finding[] = [];
  const reviews: Review[] = [];
  for (const context of analysis.consent.contexts) {
    const topic = context.topics.map((t) => lexicon.purposeName(t)).join(', ');
    for (const control of context.controls) {
      // A radio answers a question its group asks; a disabled toggle is not a choice people make.
      if (control.semantic === 'radio' || control.disabled) continue;
      const element = control.element;
      const { label, element: labelElement } = visibleLabel(element);
      const tokens = tokenize(label.value);
      if (label.complete && (tokens.length === 0 || onlyStateWords(tokens, lexicon))) {
        const row = rowText(element, labelElement);
        if (row && !row.text.complete) {
          reviews.push(review(RULE, element, unresolvedReason(element, row.row), "the text of the row around the toggle can't be resolved"));
          continue;
        }
        const rowTokens = row ? tokenize(row.text.value) : [];
        if (rowTokens.length > 0 && !onlyStateWords(rowTokens, lexicon)) continue;
      }
      if (tokens.length === 0) {
        if (!label.complete) {
          reviews.push(review(RULE, element, unresolvedReason(element, labelElement), "the toggle's visible label can't be resolved"));
        } else if (element.hasSpread || element.attributes.has('aria-labelledby') || element.attributes.has('id')) {
          // Spread props may carry a label; aria-labelledby, or a <label htmlFor> naming the id, may be text rendered
          // by another component.
          reviews.push(review(RULE, element, 'unresolved-component', 'no visible label in this file, but one may come from spread props, aria-labelledby or a <label htmlFor> elsewhere'));
        } else if (!namesOtherAction(element, lexicon)) {
          findings.push(finding(RULE, element, 'noVisibleLabel', { control: control.semantic, name: hiddenName(element) }));
        }
        continue;
      }
      if (!onlyStateWords(tokens, lexicon)) continue;
      if (!label.complete) {
        reviews.push(review(RULE, element, unresolvedReason(element, labelElement), `'${quote(label.value)}' is a state word beside text that can't be resolved`));
        continue;
      }
      findings.push(finding(RULE, element, 'stateOnlyLabel', { control: control.semantic, label: quote(label.value), topic }));
    }
  }
  return { findings, reviews };
};
