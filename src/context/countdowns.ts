/**
 * Countdowns as a reviewer recognises them, whatever the component is called:
 * - an element that renders state the code decrements on an interval (program-facts.ts: `setInterval(() =>
 *   setSecondsLeft((s) => s - 1), 1000)` and `<span>{secondsLeft}</span>`);
 * - an element with role="timer" (WAI-ARIA 1.2: "a numerical counter which indicates an amount of elapsed time
 *   from a start point, or the time remaining until an end point");
 * - a live region (aria-live, role="status") or any element showing a ticking time: two run-time values around a
 *   colon (`{minutes}:{seconds}`), or a run-time value with a time unit beside it (`{left} seconds`, `{n} Minuten`).
 * Whether a countdown is sales pressure (next to a purchase or consent choice) or a one-time code's resend timer is
 * no-false-urgency's question.
 */
import { staticAttribute } from '../model/query.js';
import type { UIElement, UIModel, UINode } from '../model/types.js';
import type { Lexicon } from './lexicon.js';
import type { ProgramFacts } from './program-facts.js';
import { tokenize } from './text.js';

const LIVE_ROLES = new Set(['timer', 'status', 'marquee']);

const dynamic = (node: UINode | undefined): boolean => node?.kind === 'text' && !node.text.known;
const knownText = (node: UINode | undefined): string | undefined => (node?.kind === 'text' && node.text.known ? node.text.value : undefined);

/**
 * The colon of a clock: `{minutes}:{seconds}` (or spaced on both sides). A colon with a space only after it is a
 * label's, `{planName}: {minQuantity} users` (papermark's seat dialog), not a time.
 */
const CLOCK_COLON = /^(?::| : )$/;

/** `{minutes}:{seconds}`: two values computed at run time around a colon, the way a ticking timer renders. */
export function rendersTimer(element: UIElement): boolean {
  const children = element.children;
  for (let i = 0; i + 2 < children.length; i++) {
    const colon = knownText(children[i + 1]);
    if (dynamic(children[i]) && colon !== undefined && CLOCK_COLON.test(colon) && dynamic(children[i + 2])) return true;
  }
  return false;
}

/** A run-time value with a time unit right after it ("{left} seconds") or right before it ("Minuten: {n}"). */
function rendersTimeValue(element: UIElement, lexicon: Lexicon): boolean {
  const children = element.children;
  for (let i = 0; i < children.length; i++) {
    if (!dynamic(children[i])) continue;
    const after = tokenize(knownText(children[i + 1]) ?? '');
    const before = tokenize(knownText(children[i - 1]) ?? '');
    if ((after[0] !== undefined && lexicon.timeUnits.has(after[0])) || (before.length > 0 && lexicon.timeUnits.has(before[before.length - 1] as string))) return true;
  }
  return false;
}

function isLiveRegion(element: UIElement): boolean {
  const live = staticAttribute(element, 'aria-live');
  if (live === 'polite' || live === 'assertive') return true;
  const role = staticAttribute(element, 'role');
  return typeof role === 'string' && LIVE_ROLES.has(role);
}

export function findCountdowns(model: UIModel, facts: ProgramFacts, lexicon: Lexicon): Set<UIElement> {
  const found = new Set<UIElement>();
  for (const element of model.elements) {
    if (facts.tickingDisplays.has(element.node) || staticAttribute(element, 'role') === 'timer' || rendersTimer(element)) {
      found.add(element);
      continue;
    }
    if (isLiveRegion(element) && rendersTimeValue(element, lexicon)) found.add(element);
  }
  return found;
}
