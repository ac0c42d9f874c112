/**
 * Consent contexts: the dialogs, banners, forms and component roots whose text speaks of consent-relevant
 * purposes, with the choices (accept, decline, manage, deferral, dismiss) and controls they own.
 */
import type { ResolvedSettings } from '../settings/settings.js';
import { accessibleName, ancestors, staticAttribute, textContent, type ResolvedText } from '../model/query.js';
import type { UIElement, UIModel, UINode } from '../model/types.js';
import { findControls, type ConsentControl } from './controls.js';
import { classifyLabel, defaultLexicon, type ChoiceKind, type Lexicon } from './lexicon.js';
import { tokenize, tokenizeIdentifier } from './text.js';
import { compareDocumentOrder } from '../model/order.js';

export interface Choice {
  element: UIElement;
  kind: ChoiceKind;
  label: ResolvedText;
  /** How the kind was decided: from the visible label, or only from the handler's name. */
  classifiedBy: 'label' | 'handler';
}

export interface ConsentContext {
  root: UIElement;
  /** The nearest enclosing context, if contexts nest (a settings form inside a dialog). */
  parent: ConsentContext | undefined;
  /** Topics and purposes its own text speaks of (cookies, privacy, marketing, ai-training...). */
  topics: string[];
  /** Choices whose nearest context is this one, in document order. */
  choices: Choice[];
  /** Consent controls whose nearest context is this one. */
  controls: ConsentControl[];
}

export interface ConsentAnalysis {
  contexts: ConsentContext[];
  /** Every checkbox, switch and radio in the file, in or out of a context. */
  controls: ConsentControl[];
  /** Classified choices in the file, by element. */
  choices: Map<UIElement, Choice>;
  lexicon: Lexicon;
}

const CHOICE_SEMANTICS = new Set(['button', 'link']);
const CANDIDATE_SEMANTICS = new Set(['dialog', 'form']);
const CANDIDATE_TAGS = new Set(['section', 'aside', 'fieldset', 'footer', 'header', 'article', 'main', 'nav']);
const CANDIDATE_ROLES = new Set(['dialog', 'alertdialog', 'region', 'banner', 'complementary', 'contentinfo', 'form', 'group', 'radiogroup']);
/** Class or id words that name a prompt surface. */
const SURFACE_WORDS = new Set(['consent', 'cookie', 'cookies', 'banner', 'modal', 'dialog', 'popup', 'gdpr', 'privacy', 'notice', 'prompt', 'cmp', 'optin', 'overlay', 'sheet', 'toast']);

/**
 * `holders`: elements with a choice or a consent control in their subtree. A class or id word (`banner`, `cookie`)
 * is the weakest sign of a prompt surface, so it counts only for an element that holds its own choices: a
 * `<p className={styles.bannerLegal}>` is text of the banner around it, not a context of its own.
 */
function isCandidate(element: UIElement, holders: ReadonlySet<UIElement>): boolean {
  if (element.parent === null) return true;
  if (CANDIDATE_SEMANTICS.has(element.semantic)) return true;
  if (element.tag && CANDIDATE_TAGS.has(element.tag)) return true;
  const role = staticAttribute(element, 'role');
  if (typeof role === 'string' && CANDIDATE_ROLES.has(role)) return true;
  if (staticAttribute(element, 'aria-modal') !== undefined) return true;
  const id = staticAttribute(element, 'id');
  const names = [...element.classes.tokens.map((t) => t.name), typeof id === 'string' ? id : ''].join(' ');
  return holders.has(element) && tokenizeIdentifier(names).some((word) => SURFACE_WORDS.has(word));
}

/** Classify a button or link: by its label, or, when the label can't be read, by its click handler's name. */
export function classifyChoice(element: UIElement, lexicon: Lexicon): Choice | undefined {
  const label = accessibleName(element);
  if (label.value.trim()) {
    const kind = classifyLabel(label.value, lexicon);
    return kind ? { element, kind, label, classifiedBy: 'label' } : undefined;
  }
  const handler = element.attributes.get('onClick') ?? element.attributes.get('onPress');
  if (handler?.value.kind === 'dynamic' && handler.value.expressionText) {
    const match = lexicon.handlerWords.firstMatch(tokenizeIdentifier(handler.value.expressionText));
    if (match) return { element, kind: match.value, label, classifiedBy: 'handler' };
  }
  return undefined;
}

export function isClickable(element: UIElement): boolean {
  if (CHOICE_SEMANTICS.has(element.semantic)) return true;
  // A <span onClick> drawn as text is still a choice people can make.
  return (element.semantic === 'text' || element.semantic === 'container') && (element.attributes.has('onClick') || element.attributes.has('onPress'));
}

/** Text of a subtree without the subtrees of contexts found inside it. */
function ownText(root: UIElement, contextRoots: ReadonlySet<UIElement>): ResolvedText {
  return textContent(root, (element) => element !== root && contextRoots.has(element));
}

export interface AnalyseConsentOptions {
  lexicon?: Lexicon;
  settings: ResolvedSettings;
  essentialWords?: readonly string[];
}

export function analyseConsent(model: UIModel, options: AnalyseConsentOptions): ConsentAnalysis {
  // `settings` may be a hand-made partial object in callers' tests; the built-in lexicon is the fallback.
  const lexicon = options.lexicon ?? (options.settings.lexicon as Lexicon | undefined) ?? defaultLexicon();
  const controls = findControls(model, lexicon, options.settings, options.essentialWords);

  // Candidates bottom-up (children before parents), so a context inside another is found first and its text
  // does not make the outer one a context too.
  const classified = new Map<UIElement, Choice | undefined>();
  const holders = new Set<UIElement>();
  const hold = (element: UIElement): void => {
    for (let current: UIElement | null = element; current && !holders.has(current); current = current.parent) holders.add(current);
  };
  for (const control of controls) hold(control.element);
  for (const element of model.elements) {
    if (!isClickable(element)) continue;
    const choice = classifyChoice(element, lexicon);
    classified.set(element, choice);
    if (choice) hold(element);
  }
  const candidates = model.elements.filter((element) => isCandidate(element, holders)).sort((a, b) => depth(b) - depth(a) || compareDocumentOrder(a, b));
  const contextRoots = new Set<UIElement>();
  const topicsByRoot = new Map<UIElement, string[]>();
  for (const candidate of candidates) {
    const tokens = tokenize(ownText(candidate, contextRoots).value);
    const topics = [...new Set(lexicon.topics.matchAll(tokens).map((m) => m.value))];
    if (topics.length > 0) {
      contextRoots.add(candidate);
      topicsByRoot.set(candidate, topics);
    }
  }

  const contexts = new Map<UIElement, ConsentContext>();
  const ordered = [...contextRoots].sort(compareDocumentOrder);
  for (const root of ordered) {
    contexts.set(root, { root, parent: undefined, topics: topicsByRoot.get(root) ?? [], choices: [], controls: [] });
  }
  const nearest = (element: UIElement): ConsentContext | undefined => {
    if (contexts.has(element)) return contexts.get(element);
    for (const ancestor of ancestors(element)) {
      const context = contexts.get(ancestor);
      if (context) return context;
    }
    return undefined;
  };
  for (const context of contexts.values()) context.parent = context.root.parent ? nearest(context.root.parent) : undefined;

  const choices = new Map<UIElement, Choice>();
  for (const element of model.elements) {
    if (!isClickable(element)) continue;
    // A link inside a choice (a button wrapping an <a>) is part of that choice.
    if ([...ancestors(element)].some((a) => choices.has(a))) continue;
    const choice = classified.get(element);
    if (!choice) continue;
    choices.set(element, choice);
    nearest(element)?.choices.push(choice);
  }
  for (const control of controls) nearest(control.element)?.controls.push(control);

  return { contexts: [...contexts.values()], controls, choices, lexicon };
}

function depth(element: UIElement): number {
  let d = 0;
  for (let current = element.parent; current; current = current.parent) d++;
  return d;
}

/** Elements of a context's subtree in document order, without nested contexts' subtrees. */
export function ownElements(context: ConsentContext, all: ConsentAnalysis): UIElement[] {
  const nested = new Set(all.contexts.filter((c) => c !== context).map((c) => c.root));
  const out: UIElement[] = [];
  const visit = (node: UINode): void => {
    if (node.kind !== 'element') return;
    if (node !== context.root && nested.has(node)) return;
    out.push(node);
    node.children.forEach(visit);
  };
  visit(context.root);
  return out;
}
