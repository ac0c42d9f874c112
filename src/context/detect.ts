/**
 * Consent contexts: the dialogs, banners, forms and component roots whose text speaks of consent-relevant
 * purposes, with the choices (accept, decline, manage, deferral, dismiss) and controls they own.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { ResolvedSettings } from '../settings/settings.js';
import { accessibleName, ancestors, contains, descendants, staticAttribute, type ResolvedText } from '../model/query.js';
import type { UIElement, UIModel, UINode } from '../model/types.js';
import { clauseText } from './clauses.js';
import { findControls, type ConsentControl } from './controls.js';
import { findCountdowns } from './countdowns.js';
import { classifyLabel, defaultLexicon, type ChoiceKind, type Lexicon } from './lexicon.js';
import { programFacts } from './program-facts.js';
import { findQuestions, type YesNoQuestion } from './questions.js';
import { assignRoles, isSilentButton } from './roles.js';
import { tokenizeIdentifier } from './text.js';
import { compareDocumentOrder } from '../model/order.js';

export interface Choice {
  element: UIElement;
  kind: ChoiceKind;
  label: ResolvedText;
  /**
   * How the kind was decided: from the visible label, only from the handler's name, or from the prompt around it
   * (an accept named by its purpose, a submit that commits a form: see roles.ts).
   */
  classifiedBy: 'label' | 'handler' | 'context';
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
  /** Yes/no questions whose nearest context is this one. */
  questions: YesNoQuestion[];
}

export interface ConsentAnalysis {
  contexts: ConsentContext[];
  /** Every checkbox, switch and radio in the file, in or out of a context. */
  controls: ConsentControl[];
  /** Classified choices in the file, by element. */
  choices: Map<UIElement, Choice>;
  /** Yes/no questions (two radios or a segmented control), in or out of a context, consent-asking or not. */
  questions: YesNoQuestion[];
  /** Elements that show a countdown: ticking state, a role="timer", a live region showing a time. */
  countdowns: ReadonlySet<UIElement>;
  lexicon: Lexicon;
}

const CHOICE_SEMANTICS = new Set(['button', 'link']);
const CANDIDATE_SEMANTICS = new Set(['dialog', 'form']);
const CANDIDATE_TAGS = new Set(['section', 'aside', 'fieldset', 'footer', 'header', 'article', 'main', 'nav']);
const CANDIDATE_ROLES = new Set(['dialog', 'alertdialog', 'region', 'banner', 'complementary', 'contentinfo', 'form', 'group', 'radiogroup']);
/** Class or id words that name a prompt surface. */
const SURFACE_WORDS = new Set(['consent', 'cookie', 'cookies', 'banner', 'modal', 'dialog', 'popup', 'gdpr', 'privacy', 'notice', 'prompt', 'cmp', 'optin', 'overlay', 'sheet', 'toast']);

/**
 * Surfaces that are a prompt by what they are, not by what they are called: a dialog, a form, role="dialog". A
 * class, id or component name that says "consent" or "banner" is a hint, never a boundary (see mergeSplitPrompts).
 */
function isStrongSurface(element: UIElement): boolean {
  if (element.semantic === 'dialog' || element.semantic === 'form') return true;
  const role = staticAttribute(element, 'role');
  if (role === 'dialog' || role === 'alertdialog' || role === 'form') return true;
  return staticAttribute(element, 'aria-modal') !== undefined;
}

/**
 * A card: a component libraries call `Card` (shadcn/ui, MUI, Mantine, antd, React-Bootstrap; Chakra's `Card.Root`),
 * or shadcn/ui's `data-slot="card"`. A unit of its own on a page of them.
 */
function isCard(element: UIElement): boolean {
  return (
    CARD_NAME.test(element.name) ||
    // A component of the project's whose root is a library's card (`<OnboardingStepper>` rendering Mantine's `Card`).
    (element.library !== undefined && CARD_NAME.test(element.library.component)) ||
    staticAttribute(element, 'data-slot') === 'card' ||
    element.classes.tokens.some((token) => CARD_CLASS.test(token.name))
  );
}

/** `Card`, `Card.Root`, and a project's own cards named for what they show (`PricingCard`, `AccountInfoCard`). */
const CARD_NAME = /^(?:[A-Z][A-Za-z0-9]*)?Card(?:\.Root)?$/;
/** Bootstrap's `card`, and a stylesheet's own `pricing-card`, `overview-info-card` (not its parts: `card-title`). */
const CARD_CLASS = /^(?:[\w-]*-)?card$/i;

/**
 * A component named for a whole screen of an app (`SettingsView`, `BillingPage`, `OnboardingScreen`): where an app
 * shell renders its views side by side (`{showSettings && <SettingsView />}` beside `<ChatView />`), each is a
 * surface of its own, as a `<main>` or a `<section>` is.
 */
const SCREEN_NAME = /^[A-Z][A-Za-z0-9]*(?:View|Page|Screen)$/;

const isScreen = (element: UIElement): boolean => SCREEN_NAME.test(element.name);

/** A layer drawn over the page: a dialog, role="dialog" or "alertdialog", aria-modal. */
export function isLayer(element: UIElement): boolean {
  if (element.semantic === 'dialog') return true;
  const role = staticAttribute(element, 'role');
  return role === 'dialog' || role === 'alertdialog' || staticAttribute(element, 'aria-modal') !== undefined;
}

/**
 * `holders`: elements with a choice or a consent control in their subtree. A class or id word (`banner`, `cookie`)
 * is the weakest sign of a prompt surface, so it counts only for an element that holds its own choices: a
 * `<p className={styles.bannerLegal}>` is text of the banner around it, not a context of its own.
 */
function isCandidate(element: UIElement, holders: ReadonlySet<UIElement>): boolean {
  if (element.parent === null) return true;
  if (CANDIDATE_SEMANTICS.has(element.semantic)) return true;
  if (element.tag && CANDIDATE_TAGS.has(element.tag)) return true;
  if (isScreen(element)) return true;
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

/** Text of a subtree without the subtrees of contexts found inside it, with its blocks as clauses. */
/**
 * An error or status message inside a prompt (`role="alert"`, `role="status"`: "Your consent could not be saved",
 * "Saved"): it reports on the prompt, it is not what the prompt asks, so its words give the prompt no topic.
 */
function isStatusMessage(element: UIElement): boolean {
  const role = staticAttribute(element, 'role');
  return role === 'alert' || role === 'status';
}

function ownText(root: UIElement, contextRoots: ReadonlySet<UIElement>): ResolvedText {
  return clauseText(root, (element) => contextRoots.has(element) || (element !== root && isStatusMessage(element)));
}

export interface AnalyseConsentOptions {
  lexicon?: Lexicon;
  settings: ResolvedSettings;
  essentialWords?: readonly string[];
  /** The file's program, for what its code says about state (countdowns, toggle buttons); see program-facts.ts. */
  program?: TSESTree.Program;
}

/**
 * A part of a page about one thing: a `<section>` or `<article>` with a heading of its own, or a component of the app
 * whose root opens with its heading (tolgee's account security page renders `<ChangePassword />`, `<MfaSettings />`
 * and `<ChangeAuthProvider />`, each an MUI `Box` whose first child is a `Typography variant="h6"`). A plain `div`
 * written in place with a heading is not one: most blocks of a page are, and the unit would be every block.
 */
function isTitledSection(element: UIElement): boolean {
  if (element.expanded && opensWithHeading(element)) return true;
  if (element.tag !== 'section' && element.tag !== 'article') return false;
  for (const inner of descendants(element)) if (inner.semantic === 'heading') return true;
  return false;
}

/**
 * Whether the first thing an element holds is a heading (text only of white space before it): an element read as one,
 * or one drawn as one (MUI's `<Typography variant="h6">` renders an `<h6>`; it stays text elsewhere, since apps write
 * a settings row's label with it, and a heading is no control's label).
 */
function opensWithHeading(element: UIElement): boolean {
  for (const child of element.children) {
    if (child.kind === 'element') return child.semantic === 'heading' || /^h[1-6]$/.test(child.tag ?? '');
    if (!child.text.known || child.text.value.trim()) return false;
  }
  return false;
}

/**
 * The card or titled section around an element, up to (not including) a context's root: the unit of a page of them
 * that the element belongs to, or undefined for an element in none.
 */
export function unitAround(element: UIElement, root: UIElement): UIElement | undefined {
  for (let current: UIElement | null = element; current && current !== root; current = current.parent) if (isCard(current) || isTitledSection(current)) return current;
  return undefined;
}

/** How far above a one-sided prompt to look for the other half of its choice. */
const SPLIT_LEVELS = 3;

/**
 * Names are hints, never boundaries: a context found only because of a class or component name (or a plain
 * section) that holds an accept without a decline, or a decline without an accept, while the other half sits just
 * outside it, is not a prompt of its own. The prompt is the smallest element that holds both: the one-sided
 * context gives way to that ancestor, which takes over its topics. So does such a context that holds a control
 * for a purpose and no choice at all (a `privacy-step__row` holding a switch and its help text, a `<fieldset>` of
 * toggles) when an ancestor holds the
 * choices that commit it ("Continue", "Save", the form's submit): the row is part of that prompt.
 */
function mergeSplitPrompts(
  renderedIn: ReadonlySet<string>,
  contextRoots: Set<UIElement>,
  topicsByRoot: Map<UIElement, string[]>,
  classified: ReadonlyMap<UIElement, Choice | undefined>,
  topicsOf: (element: UIElement) => string[],
  purposeControls: ReadonlySet<UIElement>,
): void {
  const kindsIn = (root: UIElement, without?: UIElement): Set<ChoiceKind> => {
    const kinds = new Set<ChoiceKind>();
    for (const element of descendants(root)) {
      if (without && contains(without, element)) continue;
      // A choice of a nested prompt is that prompt's; one in another screen of an app shell (`<ServersView>` beside
      // `<SettingsView>`) answers that screen, and one in another titled section of a page (a settings page's
      // "General" with its "Upgrade to Pro", beside its "Telemetry" with a switch) answers that section.
      if (
        [...ancestors(element)].some(
          (a) => a !== root && contains(root, a) && ((contextRoots.has(a) && a !== without) || ((isScreen(a) || (without !== undefined && titled(a))) && !(without && contains(a, without)))),
        )
      )
        continue;
      const kind = classified.get(element)?.kind;
      if (kind) kinds.add(kind);
    }
    return kinds;
  };
  const titledSections = new Map<UIElement, boolean>();
  const titled = (element: UIElement): boolean => {
    let found = titledSections.get(element);
    if (found === undefined) titledSections.set(element, (found = isTitledSection(element)));
    return found;
  };
  const ordered = [...contextRoots].sort((a, b) => depth(b) - depth(a));
  for (const root of ordered) {
    if (isStrongSurface(root) || !contextRoots.has(root)) continue;
    const own = kindsIn(root);
    const holdsControl = own.size === 0 && [...descendants(root)].some((element) => purposeControls.has(element));
    const needs: ChoiceKind | 'any' | undefined = holdsControl ? 'any' : own.size === 0 ? undefined : own.has('accept') && !own.has('decline') ? 'decline' : own.has('decline') && !own.has('accept') ? 'accept' : undefined;
    if (!needs) continue;
    // A component that draws half a prompt (<PrivacyNoticeText> with the text and "Accept") and is rendered by
    // another component of this file is read where it is rendered, whole; its own root is no prompt of its own.
    if (root.parent === null && root.component && renderedIn.has(root.component)) {
      contextRoots.delete(root);
      continue;
    }
    let level = 0;
    for (const ancestor of ancestors(root)) {
      if (++level > SPLIT_LEVELS) break;
      const around = kindsIn(ancestor, root);
      if (needs === 'any' ? around.size > 0 : around.has(needs)) {
        contextRoots.delete(root);
        const topics = new Set([...(topicsByRoot.get(root) ?? []), ...(topicsByRoot.get(ancestor) ?? [])]);
        contextRoots.add(ancestor);
        for (const topic of topicsOf(ancestor)) topics.add(topic);
        topicsByRoot.set(ancestor, [...topics]);
        break;
      }
      if (contextRoots.has(ancestor) || isStrongSurface(ancestor)) break;
    }
  }
}

export function analyseConsent(model: UIModel, options: AnalyseConsentOptions): ConsentAnalysis {
  // `settings` may be a hand-made partial object in callers' tests; the built-in lexicon is the fallback.
  const lexicon = options.lexicon ?? (options.settings.lexicon as Lexicon | undefined) ?? defaultLexicon();
  const facts = programFacts(options.program);
  const controls = findControls(model, lexicon, options.settings, options.essentialWords, facts);
  const controlElements = new Set(controls.map((c) => c.element));
  // A "Yes" of a question that asks for consent grants what the question names.
  const questions = findQuestions(controls, lexicon);
  for (const question of questions) if (question.yes.purposes.length === 0) question.yes.purposes.push(...question.purposes);

  // Candidates bottom-up (children before parents), so a context inside another is found first and its text
  // does not make the outer one a context too.
  const classified = new Map<UIElement, Choice | undefined>();
  const holders = new Set<UIElement>();
  const hold = (element: UIElement): void => {
    for (let current: UIElement | null = element; current && !holders.has(current); current = current.parent) holders.add(current);
  };
  for (const control of controls) hold(control.element);
  for (const element of model.elements) {
    // A button drawn as a checkbox or switch (aria-pressed, a toggled check icon) is a control, not a choice; a
    // form's hidden default action (no content, aria-hidden) is neither.
    if (!isClickable(element) || controlElements.has(element) || isSilentButton(element)) continue;
    const choice = classifyChoice(element, lexicon);
    classified.set(element, choice);
    if (choice) hold(element);
  }
  const candidates = model.elements.filter((element) => isCandidate(element, holders)).sort((a, b) => depth(b) - depth(a) || compareDocumentOrder(a, b));
  const contextRoots = new Set<UIElement>();
  const topicsByRoot = new Map<UIElement, string[]>();
  for (const candidate of candidates) {
    const tokens = lexicon.clauses(ownText(candidate, contextRoots).value);
    const topics = [...new Set(lexicon.topics.matchAll(tokens).map((m) => m.value))];
    if (topics.length > 0) {
      contextRoots.add(candidate);
      topicsByRoot.set(candidate, topics);
    }
  }
  // Components of this file that another of its components renders (`<PrivacyNoticeText />` inside the banner).
  // (A rendered component keeps its name; once expanded it stands for the element it renders, so it is no longer
  // "intrinsic"-checked here.)
  const renderedIn = new Set(model.elements.filter((e) => e.parent !== null && /^[A-Z]/.test(e.name)).map((e) => e.name));
  mergeSplitPrompts(renderedIn, contextRoots, topicsByRoot, classified, (element) => [...new Set(lexicon.topics.matchAll(lexicon.clauses(ownText(element, contextRoots).value)).map((m) => m.value))], new Set(controls.filter((c) => c.purposes.length > 0).map((c) => c.element)));

  const contexts = new Map<UIElement, ConsentContext>();
  const ordered = [...contextRoots].sort(compareDocumentOrder);
  for (const root of ordered) {
    contexts.set(root, { root, parent: undefined, topics: topicsByRoot.get(root) ?? [], choices: [], controls: [], questions: [] });
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
  // What a dialog holds is that dialog's: a dialog with no consent purpose of its own (papermark's "Add more seats"
  // with its "Proceed to checkout", rendered in the app layout of every page) is a layer of its own, not part of a
  // prompt around it, so its choices, controls and questions belong to no context.
  // So, for its buttons, is a card that says nothing of its context's topics: a dashboard of cards (shadcn/ui's blocks: a QR code's
  // "Got it" in one card, a dividend's amount and a subscription in others) is no prompt whose accept is "Got it".
  const cardTopics = new Map<UIElement, Set<string>>();
  const speaksOf = (card: UIElement, context: ConsentContext): boolean => {
    let topics = cardTopics.get(card);
    if (!topics) cardTopics.set(card, (topics = new Set(lexicon.topics.matchAll(lexicon.clauses(clauseText(card).value)).map((m) => m.value))));
    return context.topics.some((topic) => topics.has(topic));
  };
  // And so is a titled section of a page (a settings page's "General" with its "Upgrade to Pro", below which the
  // "Telemetry" section's switch is no consent the upgrade asks for).
  const titledSections = new Map<UIElement, boolean>();
  const unit = (element: UIElement): boolean => {
    if (isCard(element)) return true;
    let titled = titledSections.get(element);
    if (titled === undefined) titledSections.set(element, (titled = isTitledSection(element)));
    return titled;
  };
  const owner = (element: UIElement, cards = false): ConsentContext | undefined => {
    if (contexts.has(element)) return contexts.get(element);
    let card = cards && unit(element) ? element : undefined;
    for (const ancestor of ancestors(element)) {
      const context = contexts.get(ancestor);
      if (context) return card && !speaksOf(card, context) ? undefined : context;
      if (isLayer(ancestor)) return undefined;
      if (cards && !card && unit(ancestor)) card = ancestor;
    }
    return undefined;
  };

  const choices = new Map<UIElement, Choice>();
  for (const element of model.elements) {
    if (!isClickable(element)) continue;
    // A link inside a choice (a button wrapping an <a>) is part of that choice.
    if ([...ancestors(element)].some((a) => choices.has(a))) continue;
    const choice = classified.get(element);
    if (!choice) continue;
    choices.set(element, choice);
    // A card's button answers that card; a control in a card is still the context's (a settings page's toggles).
    owner(element, true)?.choices.push(choice);
  }
  for (const control of controls) owner(control.element)?.controls.push(control);
  for (const question of questions) owner(question.group)?.questions.push(question);

  const analysis: ConsentAnalysis = { contexts: [...contexts.values()], controls, choices, questions, countdowns: findCountdowns(model, facts, lexicon), lexicon };
  assignRoles({
    analysis,
    isClickable,
    label: accessibleName,
    // A button its label does not classify takes a role from its context only where a classified one would be the
    // context's (owner): not in a card or titled section that says nothing of the context's topics, nor in a layer.
    unclassified: (context) =>
      ownElements(context, analysis).filter(
        (e) => isClickable(e) && !isSilentButton(e) && !controlElements.has(e) && !choices.has(e) && ![...ancestors(e)].some((a) => choices.has(a) || controlElements.has(a)) && owner(e, true) === context,
      ),
  });
  return analysis;
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
