/**
 * no-hidden-decline: a decline that is in the code but hidden or near invisible.
 * Follows the EDPB Cookie Banner Taskforce (a reject whose colour or contrast makes it almost illegible), CPRA
 * § 7004(a)(2) (the privacy-protective path must not be harder) and WCAG 1.4.3 for the contrast number.
 *
 * Only what hides the decline and not the accept counts: a whole banner at `display: none` until it opens, or
 * faded in by an animation, is not a hidden decline. Unknown styles are silent (precision first).
 */
import type { NoHiddenDeclineOptions } from '../catalog/no-hidden-decline.js';
import type { Choice, ConsentContext } from '../context/detect.js';
import type { ComputedStyle, ConditionalDeclaration, Resolved } from '../css/resolve.js';
import { isMediaVariantCondition } from '../css/tailwind/utilities.js';
import { contains, staticAttribute } from '../model/query.js';
import type { UIElement } from '../model/types.js';
import { formatPx, formatRatio, textContrast, visibleTextColor } from '../visual/appearance.js';
import { toHex } from '../visual/color.js';
import type { Check, FileAnalysis, Finding } from './types.js';
import { finding, quote } from './util.js';

const RULE = 'no-hidden-decline';

/**
 * Off-screen: the visually-hidden idiom moves content -9999px or -10000px away (WebAIM, "Invisible content just
 * for screen reader users"); no layout places a real control 999px outside its container.
 */
const OFF_SCREEN_PX = -999;
/** clip and clip-path values that cut an element down to nothing: the `sr-only` idiom. */
const CLIPPED_AWAY = new Set(['rect(0 0 0 0)', 'rect(0,0,0,0)', 'rect(0, 0, 0, 0)', 'rect(1px 1px 1px 1px)', 'rect(1px,1px,1px,1px)', 'rect(1px, 1px, 1px, 1px)', 'inset(50%)', 'inset(100%)']);

type Issue = { messageId: 'hidden' | 'nearInvisible' | 'ariaHidden'; how: string } | { messageId: 'hiddenUnderCondition'; how: string; condition: string };

const known = <T>(r: Resolved<T>): r is Extract<Resolved<T>, { known: true }> => r.known;
/** "banner.css:3 .deny": the stylesheet by its file name, so messages read the same on every machine. */
function shortSource(source: string): string {
  const space = source.indexOf(' ');
  const location = space < 0 ? source : source.slice(0, space);
  const slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
  return location.slice(slash + 1) + (space < 0 ? '' : source.slice(space));
}
const from = (r: { source?: string }): string => (r.source && r.source !== 'inline style' ? ` from ${shortSource(r.source)}` : '');

/** The decline and its ancestors below the element that also holds an accept (or the prompt's root). */
function ownChain(decline: UIElement, context: ConsentContext, accepts: readonly Choice[]): UIElement[] {
  const chain: UIElement[] = [];
  for (let current: UIElement | null = decline; current && current !== context.root; current = current.parent) {
    if (accepts.some((a) => contains(current as UIElement, a.element))) break;
    chain.push(current);
  }
  return chain;
}

function isTruthy(value: unknown): boolean {
  return value === true || value === '' || value === 'true' || value === 'hidden';
}

function displayHidden(element: UIElement, style: ComputedStyle): string | undefined {
  const hiddenAttr = element.attributes.get('hidden')?.value;
  if (hiddenAttr?.kind === 'static' && isTruthy(hiddenAttr.value)) return 'the hidden attribute';
  if (known(style.display) && style.display.origin === 'author' && style.display.value === 'none') return `display: none${from(style.display)}`;
  return undefined;
}

function offScreen(style: ComputedStyle): string | undefined {
  if (!known(style.position) || style.position.origin !== 'author' || !['absolute', 'fixed'].includes(style.position.value)) return undefined;
  for (const [name, value] of [['left', style.left], ['top', style.top]] as const) {
    if (known(value) && value.value !== null && value.value <= OFF_SCREEN_PX) return `position: ${style.position.value} with ${name}: ${formatPx(value.value)}, off-screen`;
  }
  if (known(style.clip) && style.clip.value !== null && CLIPPED_AWAY.has(style.clip.value.trim().replace(/\s+/g, ' '))) return `clipped to nothing (${style.clip.value})`;
  return undefined;
}

/** Why an element's own focusable decline is hidden from assistive technology, if it is. */
function ariaHidden(chain: readonly UIElement[], decline: UIElement): string | undefined {
  const tabIndex = staticAttribute(decline, 'tabIndex');
  if (tabIndex === -1 || tabIndex === '-1' || staticAttribute(decline, 'disabled') === true) return undefined;
  for (const element of chain) {
    const value = staticAttribute(element, 'aria-hidden');
    if (value === true || value === 'true') return element === decline ? 'aria-hidden="true"' : `aria-hidden="true" on the enclosing <${element.name}>`;
  }
  return undefined;
}

/** Faint or tiny: only when the accept is not drawn the same way (then the whole prompt is, which is another bug). */
function nearInvisible(style: ComputedStyle, acceptStyles: readonly ComputedStyle[], options: NoHiddenDeclineOptions): string | undefined {
  const opacity = style.opacity;
  if (known(opacity) && opacity.origin === 'author' && opacity.value <= options.opacityThreshold) {
    if (!acceptStyles.some((a) => known(a.opacity) && a.opacity.value <= options.opacityThreshold)) {
      return `opacity ${Math.round(opacity.value * 100) / 100}, at or below ${options.opacityThreshold}`;
    }
  }
  const size = style.fontSize;
  if (known(size) && size.origin === 'author' && size.value <= options.minFontSize) {
    if (!acceptStyles.some((a) => known(a.fontSize) && a.fontSize.value <= options.minFontSize)) return `font-size ${formatPx(size.value)}, at or below ${formatPx(options.minFontSize)}`;
  }
  const contrast = textContrast(style);
  if (known(contrast) && contrast.value < options.minContrast) {
    const acceptFaint = acceptStyles.some((a) => {
      const c = textContrast(a);
      return known(c) && c.value < options.minContrast;
    });
    if (!acceptFaint) {
      const seen = visibleTextColor(style);
      const background = known(style.backdrop) ? toHex(style.backdrop.value) : '';
      return `text contrast ${formatRatio(contrast.value)} (${seen ? toHex(seen) : ''} on ${background}), below ${formatRatio(options.minContrast)}`;
    }
  }
  return undefined;
}

/**
 * Conditions on the screen or the person's settings: a media query (`@media (max-width: 640px)`,
 * `prefers-color-scheme`) or a Tailwind responsive or media variant (`sm:` "screens >= 640px", `dark:`). Not a
 * state (`:hover`, `focus:`: the decline shows until people interact), a class added at run time, or ancestors in
 * another file, and not print: nobody refuses on paper.
 */
function onSomeScreens(condition: string): boolean {
  if (/^@media\s+(?:only\s+)?print\b/i.test(condition) || condition.split(' and ').includes('print')) return false;
  if (condition.startsWith('@media')) return !/(^|\s):/.test(condition);
  return isMediaVariantCondition(condition);
}

/** What a conditional declaration does to the decline when it applies: hides it, shows it again, or neither. */
function conditionalEffect(d: ConditionalDeclaration, options: NoHiddenDeclineOptions): 'hides' | 'shows' | undefined {
  const value = d.value.trim().toLowerCase();
  if (d.property === 'display') return value === 'none' ? 'hides' : 'shows';
  if (d.property === 'visibility') return value === 'hidden' || value === 'collapse' ? 'hides' : 'shows';
  if (d.property === 'opacity') {
    const number = value.endsWith('%') ? Number(value.slice(0, -1)) / 100 : Number(value);
    if (value === '' || !Number.isFinite(number)) return undefined;
    return number <= options.opacityThreshold ? 'hides' : 'shows';
  }
  return undefined;
}

const HIDING_PROPERTIES = ['display', 'visibility', 'opacity'] as const;

/**
 * Hidden only on some screens (`display: none`, `visibility: hidden` or a faint opacity under the condition):
 * reported when no unconditional author rule sets that property on the element (so the conditional rule wins
 * whenever its condition holds) and no other conditional rule shows it again. A faint opacity counts only when
 * the accept is not as faint.
 */
function hiddenUnderMedia(style: ComputedStyle, acceptStyles: readonly ComputedStyle[], options: NoHiddenDeclineOptions): { condition: string; how: string } | undefined {
  for (const property of HIDING_PROPERTIES) {
    const unconditional: Resolved<unknown> = property === 'display' ? style.display : property === 'visibility' ? style.visibility : style.opacity;
    if (known(unconditional) && unconditional.origin === 'author') continue;
    const declarations = style.conditional.filter((d) => d.property === property);
    const hiding = declarations.find((d) => conditionalEffect(d, options) === 'hides' && onSomeScreens(d.condition));
    if (!hiding) continue;
    if (declarations.some((d) => d !== hiding && conditionalEffect(d, options) !== 'hides')) continue;
    if (property === 'opacity' && acceptStyles.some((a) => a.conditional.some((d) => d.property === 'opacity' && d.condition === hiding.condition && conditionalEffect(d, options) === 'hides'))) continue;
    return { condition: hiding.condition, how: `${property}: ${hiding.value.trim()} from ${shortSource(hiding.source)}` };
  }
  return undefined;
}

/**
 * How a decline is hidden outright, where it is: not displayed, invisible, or off-screen or clipped to nothing (the
 * `sr-only` idiom) on it or on an ancestor below the accept's. Such a decline is not drawn at all, so it is this
 * rule's finding and not a weaker drawing of a choice (no-unbalanced-choices leaves it out).
 */
export function hiddenOutright(decline: Choice, context: ConsentContext, analysis: FileAnalysis): string | undefined {
  const accepts = context.choices.filter((c) => c.kind === 'accept');
  const chain = ownChain(decline.element, context, accepts);
  if (chain.length === 0) return undefined;
  const { styles } = analysis;
  for (const element of chain) {
    const how = displayHidden(element, styles.computed(element));
    if (how) return element === decline.element ? how : `${how} on the enclosing <${element.name}>`;
  }
  const style = styles.computed(decline.element);
  if (known(style.visibility) && style.visibility.origin === 'author' && (style.visibility.value === 'hidden' || style.visibility.value === 'collapse')) {
    const acceptsHidden = accepts.some((a) => {
      const visibility = styles.computed(a.element).visibility;
      return known(visibility) && visibility.value !== 'visible';
    });
    if (!acceptsHidden) return `visibility: ${style.visibility.value}${from(style.visibility)}`;
  }
  for (const element of chain) {
    const how = offScreen(styles.computed(element));
    if (how) return element === decline.element ? how : `${how} on the enclosing <${element.name}>`;
  }
  return undefined;
}

function issueFor(decline: Choice, context: ConsentContext, analysis: FileAnalysis, options: NoHiddenDeclineOptions): Issue | undefined {
  const accepts = context.choices.filter((c) => c.kind === 'accept');
  const chain = ownChain(decline.element, context, accepts);
  if (chain.length === 0) return undefined;
  const hidden = hiddenOutright(decline, context, analysis);
  if (hidden) return { messageId: 'hidden', how: hidden };
  const { styles } = analysis;
  const style = styles.computed(decline.element);
  const acceptStyles = accepts.map((a) => styles.computed(a.element));
  const faint = nearInvisible(style, acceptStyles, options);
  if (faint) return { messageId: 'nearInvisible', how: faint };
  for (const element of chain) {
    const media = hiddenUnderMedia(styles.computed(element), acceptStyles, options);
    if (media) return { messageId: 'hiddenUnderCondition', ...media, how: element === decline.element ? media.how : `${media.how} on the enclosing <${element.name}>` };
  }
  const aria = ariaHidden(chain, decline.element);
  if (aria) return { messageId: 'ariaHidden', how: aria };
  return undefined;
}

export const checkNoHiddenDecline: Check<NoHiddenDeclineOptions> = (analysis, options) => {
  const findings: Finding[] = [];
  for (const context of analysis.consent.contexts) {
    for (const decline of context.choices) {
      if (decline.kind !== 'decline') continue;
      const issue = issueFor(decline, context, analysis, options);
      if (!issue) continue;
      findings.push(finding(RULE, decline.element, issue.messageId, { decline: quote(decline.label.value), ...(issue.messageId === 'hiddenUnderCondition' ? { condition: issue.condition } : {}), how: issue.how }));
    }
  }
  return { findings, reviews: [] };
};
