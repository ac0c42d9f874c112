/**
 * The functions honest-ui runs inside the audited page, through Playwright's `page.evaluate` and `addInitScript`.
 * Playwright sends a function's source text to the page, so each exported function here is self-contained: it
 * reads nothing from this module (types aside, which compile away) and returns plain data. The project compiles
 * without the DOM library (the core must never touch a browser global), so the few DOM shapes used are declared
 * below and the page's globals are read from `globalThis`.
 */
import type { PageSnapshot, SnapshotChild, SnapshotElement, SnapshotStyle } from './snapshot.js';

/* The DOM, as far as these functions use it. */
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}
interface DomElement extends DomNode {
  tagName: string;
  id: string;
  attributes: ArrayLike<{ name: string; value: string }>;
  shadowRoot: DomShadowRoot | null;
  parentElement: DomElement | null;
  children: ArrayLike<DomElement>;
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
  getRootNode(): DomNode;
  assignedNodes?: (options: { flatten: boolean }) => DomNode[];
  checked?: boolean;
  value?: string;
  selected?: boolean;
  disabled?: boolean;
  open?: boolean;
  type?: string;
}
interface DomShadowRoot extends DomNode {
  host: DomElement;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  children: ArrayLike<DomElement>;
}
interface DomDocument extends DomNode {
  body: DomElement | null;
  documentElement: DomElement;
  title: string;
  cookie: string;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
interface PageGlobals {
  document: DomDocument;
  location: { href: string };
  innerWidth: number;
  innerHeight: number;
  scrollX: number;
  scrollY: number;
  getComputedStyle(element: DomElement): Record<string, string> & { getPropertyValue(name: string): string };
  CSS: { escape(text: string): string };
  MutationObserver: new (callback: () => void) => { observe(target: DomNode, options: Record<string, boolean>): void; disconnect(): void };
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
  performance: { getEntriesByType(type: string): Array<{ name: string; initiatorType?: string }> };
  localStorage?: { length: number; key(index: number): string | null };
  sessionStorage?: { length: number; key(index: number): string | null };
}

/**
 * Read the rendered page: every element under <body> in document order (open shadow roots and slotted content
 * flattened as they render), its attributes and live state, its computed style and its box. `maxElements` bounds
 * the work on enormous pages.
 */
export function collectSnapshot(maxElements: number): PageSnapshot {
  const g = globalThis as unknown as PageGlobals;
  const doc = g.document;
  const ELEMENT = 1;
  const TEXT = 3;
  const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'meta', 'link', 'title', 'base']);
  /** Their content is drawing, not text people read (an SVG's <title> aside, which the accessible name doesn't use here). */
  const OPAQUE = new Set(['svg', 'math', 'iframe', 'object', 'video', 'audio', 'canvas']);
  const STYLE_KEYS: Array<keyof SnapshotStyle> = [
    'fontSize', 'fontWeight', 'color', 'backgroundColor', 'backgroundImage', 'opacity', 'display', 'visibility', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
    'borderTopWidth', 'borderTopStyle', 'borderTopColor', 'textDecorationLine', 'position', 'left', 'top', 'width', 'height', 'clip', 'clipPath', 'flexDirection', 'order', 'gridTemplateColumns', 'gridAutoFlow', 'cursor',
  ];
  const local = new Map<DomElement, string>();
  const escape = (text: string): string => g.CSS.escape(text);

  /** Within the element's own root: `#id` where the id is unique there, else the parent's path and `tag:nth-of-type(n)`. */
  const localSelector = (element: DomElement): string => {
    const known = local.get(element);
    if (known !== undefined) return known;
    const tag = element.tagName.toLowerCase();
    const root = element.getRootNode() as DomDocument | DomShadowRoot;
    let selector: string;
    if (tag === 'body' || tag === 'html') {
      selector = tag;
    } else if (element.id && root.querySelectorAll(`#${escape(element.id)}`).length === 1) {
      selector = `#${escape(element.id)}`;
    } else {
      const parent = element.parentNode;
      const siblings = parent && 'children' in parent ? Array.from((parent as DomElement).children) : [];
      const same = siblings.filter((sibling) => sibling.tagName === element.tagName);
      const step = same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(element) + 1})` : tag;
      selector = parent && parent.nodeType === ELEMENT ? `${localSelector(parent as DomElement)} > ${step}` : step;
    }
    local.set(element, selector);
    return selector;
  };
  /** Inside an open shadow root: the host's selector, ` >> ` (Playwright's chaining, which pierces the root), the path inside. */
  const selectorOf = (element: DomElement): string => {
    const root = element.getRootNode() as DomDocument | DomShadowRoot;
    const host = 'host' in root ? root.host : undefined;
    return host ? `${selectorOf(host)} >> ${localSelector(element)}` : localSelector(element);
  };

  /** The nodes an element renders as its children: its shadow tree if it has an open one, a slot's assigned nodes. */
  const renderedChildren = (element: DomElement): DomNode[] => {
    if (element.shadowRoot) return Array.from(element.shadowRoot.childNodes);
    if (element.tagName.toLowerCase() === 'slot' && element.assignedNodes) {
      const assigned = element.assignedNodes({ flatten: true });
      if (assigned.length > 0) return assigned;
    }
    return Array.from(element.childNodes);
  };

  const elements: SnapshotElement[] = [];
  let truncated = false;
  const scrollX = g.scrollX;
  const scrollY = g.scrollY;
  const read = (element: DomElement, parent: number, inShadow: boolean): number => {
    const computed = g.getComputedStyle(element);
    const style = {} as SnapshotStyle;
    for (const key of STYLE_KEYS) style[key] = String(computed[key] ?? '');
    const rect = element.getBoundingClientRect();
    const tag = element.tagName.toLowerCase();
    const state: SnapshotElement['state'] = {};
    if (tag === 'input' || tag === 'select' || tag === 'textarea' || tag === 'option' || tag === 'button') {
      if (typeof element.checked === 'boolean' && (element.type === 'checkbox' || element.type === 'radio')) state.checked = element.checked;
      if (typeof element.value === 'string' && tag !== 'button' && tag !== 'option') state.value = element.value;
      if (typeof element.selected === 'boolean' && tag === 'option') state.selected = element.selected;
      if (typeof element.disabled === 'boolean') state.disabled = element.disabled;
    }
    if (tag === 'dialog' || tag === 'details') state.open = element.open === true;
    elements.push({
      tag,
      attributes: Array.from(element.attributes).map((attribute) => [attribute.name, attribute.value] as [string, string]),
      state,
      parent,
      children: [],
      style,
      box: { x: rect.x + scrollX, y: rect.y + scrollY, width: rect.width, height: rect.height },
      selector: selectorOf(element),
      inShadow,
    });
    return elements.length - 1;
  };

  const top = doc.body ?? doc.documentElement;
  read(top, -1, false);
  // An explicit stack: pages nest deeper than the call stack likes.
  const stack: Array<{ node: DomNode; parent: number; inShadow: boolean }> = [];
  const pushChildren = (element: DomElement, index: number, inShadow: boolean): void => {
    const shadow = inShadow || !!element.shadowRoot;
    const nodes = renderedChildren(element);
    for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i] as DomNode, parent: index, inShadow: shadow });
  };
  pushChildren(top, 0, false);
  while (stack.length > 0) {
    const { node, parent, inShadow } = stack.pop() as { node: DomNode; parent: number; inShadow: boolean };
    const owner = elements[parent] as SnapshotElement;
    if (node.nodeType === TEXT) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      if (text.trim() !== '') {
        const last = owner.children[owner.children.length - 1];
        if (typeof last === 'string') owner.children[owner.children.length - 1] = `${last}${text}`;
        else owner.children.push(text);
      }
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const element = node as DomElement;
    const tag = element.tagName.toLowerCase();
    if (SKIP.has(tag)) continue;
    if (elements.length >= maxElements) {
      truncated = true;
      continue;
    }
    const index = read(element, parent, inShadow);
    owner.children.push(index as SnapshotChild);
    if (!OPAQUE.has(tag)) pushChildren(element, index, inShadow);
  }

  const root = doc.documentElement;
  const rootStyle = g.getComputedStyle(root);
  const bodyStyle = doc.body ? g.getComputedStyle(doc.body) : rootStyle;
  // CSS Backgrounds 3 § 2.11.2: the root's background paints the canvas, or else the body's is propagated to it.
  const transparent = (value: string): boolean => value === 'transparent' || /^rgba\(.*,\s*0\)$/.test(value);
  const canvas = !transparent(rootStyle.backgroundColor ?? '') ? rootStyle.backgroundColor : !transparent(bodyStyle.backgroundColor ?? '') ? bodyStyle.backgroundColor : 'rgb(255, 255, 255)';
  const rootRect = root.getBoundingClientRect();
  return {
    url: g.location.href,
    title: doc.title,
    viewport: { width: g.innerWidth, height: g.innerHeight },
    document: { width: Math.max(rootRect.width, g.innerWidth), height: Math.max(rootRect.height, g.innerHeight) },
    canvas: String(canvas),
    elements,
    truncated,
    lang: Array.from(root.attributes).find((attribute) => attribute.name === 'lang')?.value ?? '',
  };
}

/**
 * Resolve once the page has stopped changing: no DOM mutation for `quietMs`, or `maxMs` after the start at most.
 * Consent managers inject their banner a moment after load; this waits for it without a fixed sleep.
 */
export function waitForQuietDom(options: { quietMs: number; maxMs: number }): Promise<boolean> {
  const g = globalThis as unknown as PageGlobals;
  return new Promise((resolve) => {
    let quiet = 0;
    const finish = (settled: boolean): void => {
      observer.disconnect();
      g.clearTimeout(quiet);
      g.clearTimeout(limit);
      resolve(settled);
    };
    const observer = new g.MutationObserver(() => {
      g.clearTimeout(quiet);
      quiet = g.setTimeout(() => finish(true), options.quietMs);
    });
    observer.observe(g.document, { childList: true, subtree: true, attributes: true, characterData: true });
    quiet = g.setTimeout(() => finish(true), options.quietMs);
    const limit = g.setTimeout(() => finish(false), options.maxMs);
  });
}

/** A cookie or storage entry the page wrote, and the script that wrote it (from the stack), where known. */
export interface StorageWrite {
  kind: 'cookie' | 'localStorage' | 'sessionStorage';
  name: string;
  script: string | undefined;
}

/**
 * Installed before any page script runs (`addInitScript`): records who writes cookies through `document.cookie`
 * and entries through `localStorage`/`sessionStorage.setItem`, by the first script URL on the writer's stack, in
 * `globalThis.__honestUiWrites`. The writes themselves go through unchanged.
 */
export function instrumentStorageWrites(): void {
  const g = globalThis as unknown as Record<string, unknown> & { document?: object; Storage?: { prototype: Record<string, unknown> }; Document?: { prototype: object } };
  if (g.__honestUiWrites) return;
  const writes: StorageWrite[] = [];
  Object.defineProperty(g, '__honestUiWrites', { value: writes, enumerable: false });
  const writer = (): string | undefined => {
    const stack = new Error().stack ?? '';
    const urls = stack.match(/(?:https?|file):\/\/[^\s)]+?(?=:\d+:\d+)/g) ?? [];
    return urls[0];
  };
  const prototype = g.Document?.prototype;
  const descriptor = prototype ? Object.getOwnPropertyDescriptor(prototype, 'cookie') : undefined;
  if (prototype && descriptor?.set && descriptor.get) {
    const { get, set } = descriptor;
    Object.defineProperty(prototype, 'cookie', {
      configurable: true,
      enumerable: descriptor.enumerable ?? true,
      get() {
        return get.call(this);
      },
      set(value: string) {
        const name = String(value).split(';', 1)[0]?.split('=', 1)[0]?.trim() ?? '';
        if (writes.length < 1000) writes.push({ kind: 'cookie', name, script: writer() });
        set.call(this, value);
      },
    });
  }
  const storage = g.Storage?.prototype;
  const setItem = storage?.setItem as ((this: unknown, key: string, value: string) => void) | undefined;
  if (storage && setItem) {
    storage.setItem = function (this: unknown, key: string, value: string) {
      const kind = this === g.localStorage ? 'localStorage' : 'sessionStorage';
      if (writes.length < 1000) writes.push({ kind, name: String(key), script: writer() });
      return setItem.call(this, key, value);
    };
  }
}

/** What the page has fetched so far (Resource Timing), its storage keys and the writes the instrumentation saw. */
export function collectActivity(): { resources: string[]; localStorage: string[]; sessionStorage: string[]; writes: StorageWrite[] | undefined } {
  const g = globalThis as unknown as PageGlobals & { __honestUiWrites?: StorageWrite[] };
  const keys = (storage: PageGlobals['localStorage']): string[] => {
    const out: string[] = [];
    try {
      for (let i = 0; storage && i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null) out.push(key);
      }
    } catch {
      // Storage may be denied (a sandboxed frame, a privacy setting): nothing to read.
    }
    return out;
  };
  return {
    resources: g.performance.getEntriesByType('resource').map((entry) => entry.name),
    localStorage: keys(g.localStorage),
    sessionStorage: keys(g.sessionStorage),
    writes: g.__honestUiWrites ? [...g.__honestUiWrites] : undefined,
  };
}
