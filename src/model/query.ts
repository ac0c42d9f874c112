/** Read-only questions about the UI model, shared by context detection and the checks. */
import type { StaticValue, TextPart, TextSlot, UIElement, UINode } from './types.js';
import { mutuallyExclusive } from './branches.js';

/** Text with a flag that says whether every part of it was resolved. */
export interface ResolvedText {
  value: string;
  complete: boolean;
  /**
   * Set when part of the text is a typed slot (a number, a price: "Only {n} left"): the text with each slot written
   * as SLOT_MARK, in order of `slots`. `value` leaves slots out, as it leaves out any unknown part.
   */
  slotted?: string;
  slots?: TextSlot[];
}

/** Where a slot stands in ResolvedText.slotted (U+FFFC OBJECT REPLACEMENT CHARACTER: no word character). */
export const SLOT_MARK = '\uFFFC';

/** The text with each slot written as `write` says ("0" for a number to match "only 0 left", "{n}" for a message). */
export function writeSlots(text: ResolvedText, write: (slot: TextSlot) => string): string {
  if (!text.slotted || !text.slots) return text.value;
  let index = 0;
  const slots = text.slots;
  return text.slotted.replace(/\uFFFC/g, () => {
    const slot = slots[index++];
    return slot ? write(slot) : '';
  });
}

/** The typed slots of parts (text slots, which say nothing more than unknown, left out). */
function slotsOf(parts: readonly TextPart[]): { value: string; slotted: string; slots: TextSlot[] } {
  let value = '';
  let slotted = '';
  const slots: TextSlot[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      value += part;
      slotted += part;
    } else if (part.slot !== 'text') {
      slotted += SLOT_MARK;
      slots.push(part);
    }
  }
  return { value, slotted, slots };
}

/** Props that carry visible text on components (MUI's `label`, a design system's `title`, ...). */
export const TEXT_PROPS = ['label', 'title', 'description', 'helperText', 'text', 'message', 'content', 'heading', 'subtitle', 'caption'];

export function staticAttribute(element: UIElement, name: string): StaticValue {
  const value = element.attributes.get(name)?.value;
  return value?.kind === 'static' ? value.value : undefined;
}

/**
 * A string shaped like a translation key (`general.got_it`, `subscription.update_payment`): dotted names, no space.
 * Passed as a prop, it names copy a component translates (Logto's `<InlineNotification action="general.got_it">`
 * reaches `t(forKey)` through its Button); it is not the copy.
 */
const TRANSLATION_KEY = /^[A-Za-z][\w-]*(?:\.[\w-]+)+$/;

/** Whether a string a prop or an expression gives is a translation key rather than copy (see TRANSLATION_KEY). */
export function isTranslationKey(text: string): boolean {
  return TRANSLATION_KEY.test(text);
}

/** The text a prop holds: a string or a JSX element's text. Undefined when absent; incomplete when dynamic. */
export function attributeText(element: UIElement, name: string): ResolvedText | undefined {
  const value = element.attributes.get(name)?.value;
  if (!value) return undefined;
  switch (value.kind) {
    case 'static':
      if (typeof value.value === 'string' && isTranslationKey(value.value)) return { value: '', complete: false };
      return typeof value.value === 'string' || typeof value.value === 'number' ? { value: String(value.value), complete: true } : undefined;
    case 'element':
      return textContent(value.element);
    case 'dynamic': {
      if (!value.text) return { value: '', complete: false };
      const { value: known, slotted, slots } = slotsOf(value.text);
      return { value: known, complete: false, ...(slots.length > 0 ? { slotted, slots } : {}) };
    }
    default:
      return { value: '', complete: false };
  }
}

/** The text an element renders, children in order, separated by single spaces where elements meet. */
export function textContent(element: UIElement, skip?: (element: UIElement) => boolean): ResolvedText {
  const parts: string[] = [];
  // The same parts with typed slots written as SLOT_MARK.
  const slottedParts: string[] = [];
  const slots: TextSlot[] = [];
  let complete = true;
  const visit = (node: UINode): void => {
    if (node.kind === 'text') {
      if (node.text.known) {
        parts.push(node.text.value);
        slottedParts.push(node.text.value);
      } else {
        complete = false;
        if (node.text.slot) {
          slottedParts.push(SLOT_MARK);
          slots.push(node.text.slot);
        }
      }
      return;
    }
    if (skip?.(node)) return;
    // Component props that render text (`<FormControlLabel label="...">`) count as the element's text.
    if (!node.intrinsic) {
      for (const prop of TEXT_PROPS) {
        const text = attributeText(node, prop);
        if (text) {
          parts.push(text.value);
          slottedParts.push(text.slotted ?? text.value);
          if (text.slots) slots.push(...text.slots);
          complete &&= text.complete;
        }
      }
    }
    // Children in branches that exclude each other (`{special ? <span>Request details</span> : <span>Choose a
    // vehicle</span>}`) are never shown together: two different texts leave the text unknown, one of them shown.
    // A branch with no text (a spinner beside a label) leaves the other's.
    const shown: Array<{ element: UIElement; text: string }> = [];
    for (const child of node.children) {
      if (child.kind === 'element' && child.branches) {
        const text = textContent(child, skip).value;
        const other = shown.find((one) => mutuallyExclusive(one.element, child));
        if (other && text !== '' && other.text !== '') {
          if (text !== other.text) complete = false;
          continue;
        }
        shown.push({ element: child, text });
      }
      visit(child);
    }
  };
  visit(element);
  return { value: joinText(parts), complete, ...(slots.length > 0 ? { slotted: joinSlotted(slottedParts), slots } : {}) };
}

/** Slotted parts joined like joinText, a mark between words keeping its spaces ("Only", mark, "left"). */
function joinSlotted(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (part === SLOT_MARK) {
      out += SLOT_MARK;
      continue;
    }
    const trimmed = part.trim();
    if (!trimmed) {
      if (out && !out.endsWith(' ')) out += ' ';
      continue;
    }
    const before = /^\s/.test(part) || (out && !out.endsWith(SLOT_MARK) && !out.endsWith(' ')) ? ' ' : '';
    out += (out ? before : '') + trimmed + (/\s$/.test(part) ? ' ' : '');
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

function joinText(parts: string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join(' ');
}

/**
 * The accessible name, simplified from the ARIA name computation: aria-label, then content, then the label or
 * title prop, then an input's value.
 */
export function accessibleName(element: UIElement): ResolvedText {
  // React Native names an element with `accessibilityLabel` (and, since 0.71, `aria-label`).
  const ariaLabel = attributeText(element, 'aria-label') ?? attributeText(element, 'accessibilityLabel');
  if (ariaLabel?.complete && ariaLabel.value.trim()) return ariaLabel;
  const content = textContent(element);
  if (content.value.trim()) return content;
  for (const prop of ['label', 'title', 'value', 'alt']) {
    const text = attributeText(element, prop);
    if (text?.complete && text.value.trim()) return text;
  }
  if (ariaLabel && !ariaLabel.complete) return ariaLabel;
  return content;
}

export function* ancestors(element: UIElement): Generator<UIElement> {
  for (let current = element.parent; current; current = current.parent) yield current;
}

export function* descendants(element: UIElement): Generator<UIElement> {
  for (const child of element.children) {
    if (child.kind !== 'element') continue;
    yield child;
    yield* descendants(child);
  }
}

export function contains(ancestor: UIElement, element: UIElement): boolean {
  for (let current: UIElement | null = element; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

export function isDisabled(element: UIElement): boolean {
  const disabled = staticAttribute(element, 'disabled') ?? staticAttribute(element, 'isDisabled') ?? staticAttribute(element, 'aria-disabled');
  return disabled === true || disabled === 'true' || disabled === '';
}

/** The nearest common ancestor of two elements, or null when they are in different trees. */
export function commonAncestor(a: UIElement, b: UIElement): UIElement | null {
  const seen = new Set<UIElement>();
  for (let current: UIElement | null = a; current; current = current.parent) seen.add(current);
  for (let current: UIElement | null = b; current; current = current.parent) if (seen.has(current)) return current;
  return null;
}
