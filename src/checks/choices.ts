/** Comparing the visual weight of choices: which accept is primary, and how a decline falls short of it. */
import type { NoUnbalancedChoicesOptions } from '../catalog/no-unbalanced-choices.js';
import { isLayer, type Choice, type ConsentAnalysis, type ConsentContext } from '../context/detect.js';
import { clauseText } from '../context/clauses.js';
import { NUMBERS } from '../standards/index.js';
import { describeAppearance, formatPx, formatRatio, isLargeText, weightName, type Appearance, type Presentation } from '../visual/appearance.js';
import type { FileAnalysis } from './types.js';
import { descendants, staticAttribute } from '../model/query.js';
import type { UIElement } from '../model/types.js';

const PRESENTATION_RANK: Record<Presentation, number> = { filled: 3, outlined: 2, text: 1 };

/** A comparable score: presentation first, then size, then weight. Unknowns score lowest. */
function prominence(appearance: Appearance): number {
  const p = appearance.presentation.known ? PRESENTATION_RANK[appearance.presentation.value] : 0;
  const size = appearance.style.fontSize.known ? appearance.style.fontSize.value : 0;
  const weight = appearance.style.fontWeight.known ? appearance.style.fontWeight.value : 0;
  return p * 1_000_000 + size * 1000 + weight;
}

export function strongest(choices: readonly Choice[], analysis: FileAnalysis): Appearance | undefined {
  let best: Appearance | undefined;
  for (const choice of choices) {
    const appearance = describeAppearance(choice.element, analysis.styles);
    if (!best || prominence(appearance) > prominence(best)) best = appearance;
  }
  return best;
}

/**
 * The primary choice of a context: its most prominent accept, or else its purchase or sign-up action. A link that
 * only takes people to another page is no such action: following "Get started" (`<Link href="/docs/users">`) or
 * "Upgrade" (`<Link href="/billing/upgrade">`) accepts, buys or submits nothing on this page, as a "Learn more"
 * link submits nothing (no-buried-consent's followedBySubmit).
 */
/**
 * Labels that only acknowledge what a notice says ("OK", "Got it", "Understood"), normalised as `tokenize` joins
 * them: such a button closes its notice and commits to nothing beyond it.
 */
export const ACKNOWLEDGEMENTS: ReadonlySet<string> = new Set(['ok', 'okay', 'got it', 'understood', 'i understand', 'sounds good', 'fine by me', 'sure']);

/**
 * Accept labels that only acknowledge a notice or move on from it ("Continue", "Let's go"). On a notice about strictly
 * necessary cookies they are fine (no consent is needed, ePrivacy Art. 5(3)); on one that sets non-essential purposes
 * they are the only choice.
 */
const ACKNOWLEDGE = new Set([...ACKNOWLEDGEMENTS, 'continue', 'proceed', 'lets go']);

/**
 * A label that acknowledges a notice or moves on from it: "OK", "Continue", and "Continue with Dub Links" or
 * "Proceed to checkout", which name where they lead (dub's onboarding lets people pick a product with one such
 * button per product card).
 */
export function movesOn(tokens: readonly string[]): boolean {
  if (ACKNOWLEDGE.has(tokens.join(' '))) return true;
  return namesNextStep(tokens);
}

/** "Continue to vehicle selection", "Proceed to checkout", "Continue with Dub Links": a move that names where it leads. */
export function namesNextStep(tokens: readonly string[]): boolean {
  return (tokens[0] === 'continue' || tokens[0] === 'proceed') && (tokens[1] === 'with' || tokens[1] === 'to') && tokens.length > 2;
}

/** Topics of a notice about what is done with people's data. */
const DATA_PRACTICE_TOPICS = new Set(['cookies', 'privacy', 'consent']);

/** Whether a context speaks of a data practice (cookies, privacy, consent) or asks for one ("May we…", "Allow us…"). */
export function speaksOfDataPractice(context: ConsentContext, consent: ConsentAnalysis): boolean {
  if (context.topics.some((topic) => DATA_PRACTICE_TOPICS.has(topic))) return true;
  return consent.lexicon.consentRequests.matches(consent.lexicon.clauses(clauseText(context.root).value));
}

export function primaryChoice(context: ConsentContext, analysis: FileAnalysis): Appearance | undefined {
  const accepts = context.choices.filter((c) => c.kind === 'accept');
  if (accepts.length > 0) return strongest(accepts, analysis);
  return strongest(
    context.choices.filter((c) => c.kind === 'commit' && !navigatesOnly(c.element) && !opensConfirmation(c.element, analysis.consent)),
    analysis,
  );
}

/**
 * Whether `element` is the trigger of a library's dialog, sheet or popover (Radix's `Dialog.Trigger`, shadcn/ui's
 * `DialogTrigger`; itself, or the button it draws with `asChild`) whose layer holds an accept or a commit of its own.
 * Such a button commits to nothing: it opens the layer where the decision is made (trigger.dev's plan card: "Upgrade
 * to Pro" opens a dialog that says what will be charged, and whose own "Upgrade to Pro" submits). Where the layer
 * holds no such choice, the trigger is the action people take.
 */
function opensConfirmation(element: UIElement, consent: ConsentAnalysis): boolean {
  const trigger = [element, element.parent].find((candidate) => candidate !== null && opensLayer(candidate));
  const root = trigger?.parent;
  if (!trigger || !root || !rootOfTrigger(root, trigger)) return false;
  for (const child of root.children) {
    if (child === trigger || child.kind !== 'element') continue;
    for (const inside of descendants(child)) {
      const kind = consent.choices.get(inside)?.kind;
      if (kind === 'accept' || kind === 'commit') return true;
    }
  }
  return false;
}

/** The parts whose trigger opens a layer drawn over the page: a dialog, an alert dialog, a sheet, a drawer, a popover. */
const LAYER_FAMILIES = new Set(['dialog', 'alertdialog', 'sheet', 'drawer', 'popover']);

/**
 * A library part that opens a layer when clicked: `dialog.Trigger`, `DialogTrigger`, `Popover.Trigger`. Not a
 * `Dialog.CloseTrigger`, and not the triggers that show content in place (`Tabs.Trigger`, `Accordion.Trigger`).
 */
function opensLayer(element: UIElement): boolean {
  const family = /^(.*?)\.?Trigger$/.exec(element.library?.component ?? '')?.[1];
  return family !== undefined && LAYER_FAMILIES.has(family.replace(/-/g, '').toLowerCase());
}

/**
 * Whether `parent` is the root of the layer `trigger` opens (`dialog.Root` for `dialog.Trigger`, shadcn/ui's
 * `Dialog` for `DialogTrigger`): a trigger inside a plain box beside other buttons leaves those buttons in place.
 */
function rootOfTrigger(parent: UIElement, trigger: UIElement): boolean {
  const family = /^(.*?)\.?Trigger$/.exec(trigger.library?.component ?? '')?.[1];
  const part = parent.library;
  return family !== undefined && part !== undefined && part.id === trigger.library?.id && (part.component === family || part.component === `${family}.Root`);
}

/**
 * The layer an element is drawn in, below `root`: a dialog around it, or what a library dialog's root holds besides
 * its trigger (a `Dialog.Root` draws its trigger in place and the rest in the layer the trigger opens, even where
 * the app's `DialogContent` that draws it is not read).
 */
export function layerAround(element: UIElement, root: UIElement): UIElement | undefined {
  for (let current: UIElement | null = element; current && current !== root; current = current.parent) {
    if (isLayer(current)) return current;
    const parent = current.parent;
    if (parent && !opensLayer(current) && parent.children.some((child) => child.kind === 'element' && child !== current && opensLayer(child) && rootOfTrigger(parent, child))) return current;
  }
  return undefined;
}

/** Attributes a link navigates by: `href`, and react-router's `to`. */
const DESTINATIONS = ['href', 'to'];

/**
 * A link with a destination (a route or an address, not `#` or `javascript:`) and no event handler: it takes
 * people elsewhere and does nothing here. `<a href="#" onClick={accept}>` acts on the page.
 */
export function navigatesOnly(element: UIElement): boolean {
  if (element.semantic !== 'link') return false;
  if ([...element.attributes.keys()].some((name) => /^on[A-Z]/.test(name)) || element.hasSpread) return false;
  return DESTINATIONS.some((name) => {
    const attribute = element.attributes.get(name);
    if (!attribute) return false;
    const value = staticAttribute(element, name);
    // A destination computed at run time (`href={`/${slug}/upgrade`}`) is still a destination.
    return typeof value === 'string' ? value.trim() !== '' && !value.startsWith('#') && !/^javascript:/i.test(value.trim()) : value === undefined;
  });
}

export function presentationName(appearance: Appearance): string {
  if (!appearance.presentation.known) return 'unknown style';
  const value = appearance.presentation.value;
  if (value === 'text') return appearance.element.semantic === 'link' ? 'link' : 'plain text';
  return `${value} button`;
}

export interface WeaknessFactor {
  factor: 'presentation' | 'font-size' | 'font-weight' | 'padding' | 'contrast';
  /** For people: "12px vs 16px". */
  text: string;
}

/** Every way the decline is drawn weaker than the accept, with both measured values; only known values compare. */
export function weaknesses(accept: Appearance, decline: Appearance, options: NoUnbalancedChoicesOptions): WeaknessFactor[] {
  const factors: WeaknessFactor[] = [];
  const a = accept.style;
  const d = decline.style;
  if (accept.presentation.known && decline.presentation.known && PRESENTATION_RANK[accept.presentation.value] - PRESENTATION_RANK[decline.presentation.value] >= 2) {
    factors.push({ factor: 'presentation', text: `${presentationName(decline)} vs ${presentationName(accept)}` });
  }
  if (a.fontSize.known && d.fontSize.known && d.fontSize.value < a.fontSize.value - options.fontSizeTolerance) {
    factors.push({ factor: 'font-size', text: `${formatPx(d.fontSize.value)} vs ${formatPx(a.fontSize.value)}` });
  }
  if (a.fontWeight.known && d.fontWeight.known && a.fontWeight.value - d.fontWeight.value > options.fontWeightTolerance) {
    factors.push({ factor: 'font-weight', text: `${weightName(d.fontWeight.value)} (${d.fontWeight.value}) vs ${weightName(a.fontWeight.value)} (${a.fontWeight.value})` });
  }
  // Padding only matters between two buttons; text against a button is the presentation factor already.
  if (a.padding.known && d.padding.known && accept.presentation.known && decline.presentation.known && decline.presentation.value !== 'text' && accept.presentation.value !== 'text') {
    const area = (p: { top: number; right: number; bottom: number; left: number }): number => p.top + p.right + p.bottom + p.left;
    const ap = area(a.padding.value);
    const dp = area(d.padding.value);
    if (ap > 0 && dp < ap * options.paddingRatio) factors.push({ factor: 'padding', text: `padding ${formatPx(dp / 4)} vs ${formatPx(ap / 4)} on average` });
  }
  if (accept.contrast.known && decline.contrast.known) {
    const large = d.fontSize.known && d.fontWeight.known && isLargeText(d.fontSize.value, d.fontWeight.value);
    const required = large ? NUMBERS.largeTextContrast : NUMBERS.textContrast;
    if (decline.contrast.value < required && accept.contrast.value >= required) {
      factors.push({ factor: 'contrast', text: `contrast ${formatRatio(decline.contrast.value)} vs ${formatRatio(accept.contrast.value)}` });
    }
  }
  return factors;
}

/** "16px bold filled button #111111" — a one-line description of how a choice is drawn. */
export function describeChoice(appearance: Appearance): string {
  const s = appearance.style;
  const parts: string[] = [];
  if (s.fontSize.known) parts.push(formatPx(s.fontSize.value));
  if (s.fontWeight.known) parts.push(weightName(s.fontWeight.value));
  parts.push(presentationName(appearance));
  if (appearance.presentation.known && appearance.presentation.value === 'filled' && s.fill.known && s.fill.value) parts.push(`on ${appearance.backdropHex ?? ''}`.trim());
  if (appearance.contrast.known) parts.push(`at ${formatRatio(appearance.contrast.value)}`);
  return parts.join(' ');
}
