/**
 * The second model builder: the core's UI model (src/model/types.ts) from a rendered page's snapshot, so consent
 * detection, classification and every check run on it exactly as on a model built from JSX.
 *
 * What the DOM decides that the source may not: every element is intrinsic (components have rendered), every
 * attribute and text is known (translations, CMS copy and server flags have arrived), and a control's checked state
 * is its live state on first load. A DOM attribute takes the name the core reads for its React prop (`class` →
 * `className`, `for` → `htmlFor`, `tabindex` → `tabIndex`, `readonly` → `readOnly`).
 *
 * Places: there is no source line, so an element's `line` is its place in document order (1 is <body>) and its
 * column 1; the report locates it by URL and CSS selector (`selectorOf`). The element's snapshot is its `node`.
 */
import { classifyLabel } from '../context/lexicon.js';
import { tokenize } from '../context/text.js';
import { resolveSemantics } from '../settings/components.js';
import type { ResolvedSettings } from '../settings/settings.js';
import type { Attribute, InlineDeclaration, SourceLocation, UIElement, UIModel, UINode, UIText } from '../model/types.js';
import type { PageSnapshot, SnapshotElement } from './snapshot.js';

/** DOM attribute names whose React prop name the core reads instead. */
const PROP_NAMES: Record<string, string> = { class: 'className', for: 'htmlFor', tabindex: 'tabIndex', readonly: 'readOnly' };

const CONTROL_SEMANTICS = new Set(['checkbox', 'switch', 'radio']);

/** `data-state` values of Radix, Headless UI and shadcn switches and checkboxes. */
const ON_STATES = new Set(['checked', 'on', 'true', 'open', 'active']);
const OFF_STATES = new Set(['unchecked', 'off', 'false', 'closed', 'inactive']);

export interface DomModel {
  model: UIModel;
  /** The snapshot entry of each element. */
  entries: Map<UIElement, SnapshotElement>;
}

export function buildDomModel(snapshot: PageSnapshot, settings: ResolvedSettings): DomModel {
  const elements: UIElement[] = [];
  const entries = new Map<UIElement, SnapshotElement>();
  // Snapshot entries are in document order and parents come before their children.
  snapshot.elements.forEach((entry, index) => {
    const parent = entry.parent >= 0 ? (elements[entry.parent] ?? null) : null;
    const element = createElement(entry, index, parent, settings);
    elements.push(element);
    entries.set(element, entry);
  });
  snapshot.elements.forEach((entry, index) => {
    const element = elements[index] as UIElement;
    element.children = entry.children.map((child, position): UINode => (typeof child === 'number' ? (elements[child] as UIElement) : textNode(child, element, position)));
  });
  // An element's location spans its subtree, as a JSX element's does: lines are document-order places.
  for (let index = elements.length - 1; index >= 0; index--) {
    const element = elements[index] as UIElement;
    const last = lastDescendant(element);
    element.loc = place(index, last.id);
    element.range = [index, last.id + 1];
  }
  for (const element of elements) if (looksLikeChoice(element, settings)) markClickable(element);
  const roots = elements.length > 0 ? [elements[0] as UIElement] : [];
  return { model: { roots, elements, imports: [], cssModules: new Map(), stylesheets: [] }, entries };
}

function createElement(entry: SnapshotElement, index: number, parent: UIElement | null, settings: ResolvedSettings): UIElement {
  const attributes = new Map<string, Attribute>();
  const loc = place(index, index);
  // A boolean attribute's range is as long as its name, so messages say `checked` as written in HTML, not `checked={true}`.
  const set = (name: string, value: string | boolean): void => {
    const range: [number, number] = [index, index + (value === true ? name.length : 0)];
    attributes.set(name, { name, value: { kind: 'static', value, range }, range, loc });
  };
  for (const [name, value] of entry.attributes) set(PROP_NAMES[name] ?? name, value);
  // Live state wins over the attributes the markup started with.
  if (entry.state.value !== undefined) set('value', entry.state.value);
  if (entry.state.disabled === true) set('disabled', true);
  else if (entry.state.disabled === false) attributes.delete('disabled');
  if (entry.state.selected !== undefined) set('selected', entry.state.selected);
  const staticAttribute = (name: string) => {
    const value = attributes.get(name)?.value;
    return value?.kind === 'static' ? value.value : undefined;
  };
  const semantics = resolveSemantics({ name: entry.tag, intrinsic: true, importSource: undefined, hasAttribute: (name) => attributes.has(name), staticAttribute }, settings);
  if (CONTROL_SEMANTICS.has(semantics.semantic)) {
    const checked = liveChecked(entry);
    if (checked !== undefined) set('checked', checked);
  }
  // A text or a box that shows a pointer cursor where its parent doesn't is drawn as something to click: a choice
  // people can make, as a `<span onClick>` is in JSX. The handler itself is not visible in the DOM.
  const clickable = (semantics.semantic === 'text' || semantics.semantic === 'container') && (entry.attributes.some(([name]) => name === 'onclick') || startsPointer(entry, parent));
  const className = entry.attributes.find(([name]) => name === 'class')?.[1] ?? '';
  const style = entry.attributes.find(([name]) => name === 'style')?.[1] ?? '';
  const element: UIElement = {
    kind: 'element',
    id: index,
    name: entry.tag,
    intrinsic: true,
    tag: semantics.tag,
    semantic: semantics.semantic,
    semanticSource: semantics.source,
    emphasis: undefined,
    attributes,
    hasSpread: false,
    children: [],
    parent,
    conditional: false,
    classes: { tokens: className.split(/\s+/).filter(Boolean).map((name) => ({ name, conditional: false })), hasUnknown: false },
    inlineStyle: { declarations: inlineDeclarations(style), hasUnknown: false },
    importSource: undefined,
    component: undefined,
    range: [index, index + 1],
    loc,
    openingRange: [index, index + 1],
    openingLoc: place(index, index),
    node: entry,
  };
  if (clickable) markClickable(element);
  return element;
}

/** The state a control shows on first load: `checked` for native inputs, else aria-checked, aria-pressed, data-state. */
function liveChecked(entry: SnapshotElement): boolean | undefined {
  if (entry.state.checked !== undefined) return entry.state.checked;
  const attribute = (name: string): string | undefined => entry.attributes.find(([n]) => n === name)?.[1]?.trim().toLowerCase();
  for (const name of ['aria-checked', 'aria-pressed']) {
    const value = attribute(name);
    if (value === 'true' || value === 'mixed') return true;
    if (value === 'false') return false;
  }
  const state = attribute('data-state');
  if (state !== undefined && ON_STATES.has(state)) return true;
  if (state !== undefined && OFF_STATES.has(state)) return false;
  return undefined;
}

/**
 * A text element whose whole content is a short choice label ("No thanks", "Maybe later") is drawn to be clicked:
 * frameworks attach click handlers where the DOM can't show them (React listens at its root), so a `<span
 * onClick>No thanks</span>` renders as a bare span. Reading it as a choice keeps the audit from calling a prompt
 * declineless because its decline is drawn as text, which is the weaker-decline finding instead.
 */
const MAX_CHOICE_WORDS = 4;

function looksLikeChoice(element: UIElement, settings: ResolvedSettings): boolean {
  if (element.semantic !== 'text' || element.attributes.has('onClick')) return false;
  if (element.children.length === 0 || element.children.some((child) => child.kind === 'element')) return false;
  const text = element.children.map((child) => (child.kind === 'text' && child.text.known ? child.text.value : '')).join(' ');
  const words = tokenize(text);
  if (words.length === 0 || words.length > MAX_CHOICE_WORDS) return false;
  const kind = classifyLabel(text, settings.lexicon);
  return kind !== undefined && kind !== 'commit';
}

function markClickable(element: UIElement): void {
  const range: [number, number] = [element.id, element.id];
  element.attributes.set('onClick', { name: 'onClick', value: { kind: 'dynamic', reason: 'dynamic-expression', expressionText: '', range }, range, loc: element.openingLoc });
}

function startsPointer(entry: SnapshotElement, parent: UIElement | null): boolean {
  if (entry.style.cursor !== 'pointer') return false;
  const parentEntry = parent?.node as SnapshotElement | undefined;
  return parentEntry?.style.cursor !== 'pointer';
}

function inlineDeclarations(style: string): InlineDeclaration[] {
  return style
    .split(';')
    .map((part) => {
      const colon = part.indexOf(':');
      return colon < 0 ? undefined : { property: part.slice(0, colon).trim().toLowerCase(), value: part.slice(colon + 1).trim() };
    })
    .filter((d): d is InlineDeclaration => !!d && d.property !== '' && d.value !== '');
}

function textNode(value: string, parent: UIElement, position: number): UIText {
  return { kind: 'text', text: { known: true, value }, range: [parent.id, parent.id + position], loc: parent.openingLoc, parent };
}

function lastDescendant(element: UIElement): UIElement {
  let last = element;
  for (;;) {
    const children = last.children.filter((child): child is UIElement => child.kind === 'element');
    const next = children[children.length - 1];
    if (!next) return last;
    last = next;
  }
}

function place(start: number, end: number): SourceLocation {
  return { start: { line: start + 1, column: 0 }, end: { line: end + 1, column: 0 } };
}

/** The CSS selector of a DOM model element. */
export function selectorOf(element: UIElement): string {
  return (element.node as SnapshotElement | undefined)?.selector ?? '';
}
