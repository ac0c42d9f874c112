/**
 * Computed styles from the browser: the StyleSource the checks read in an audit, in place of the static cascade.
 * Chromium has already applied every stylesheet, class, variable, theme and media query for the viewport it
 * rendered, so every value is known and is the author's page as shown (origin `author`); what the page does not
 * say in one colour (a background image or gradient behind the text) stays unknown, as in the static resolver.
 *
 * The backdrop is composed as the static resolver composes it: the element's own background over its ancestors',
 * down from the canvas; opacity multiplies down the tree and is applied to the text colour by the checks.
 */
import { browserDisplay, type Box, type ComputedStyle, type Resolved, type StyleSource } from '../css/resolve.js';
import type { UIElement } from '../model/types.js';
import { composite, parseColor, type Rgba } from '../visual/color.js';
import type { PageSnapshot, SnapshotBox, SnapshotElement } from './snapshot.js';

const known = <T>(value: T): Resolved<T> => ({ known: true, value, origin: 'author' });

function px(value: string): number | undefined {
  const match = /^(-?\d*\.?\d+(?:e[-+]?\d+)?)px$/i.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}

function length(value: string): Resolved<number | null> {
  if (value === 'auto' || value === '') return known(null);
  const n = px(value);
  return n === undefined ? { known: false, reason: 'unknown-value', detail: value } : known(n);
}

function colour(value: string): Resolved<Rgba> {
  const parsed = parseColor(value);
  return parsed ? known(parsed) : { known: false, reason: 'unknown-value', detail: value };
}

/** Chromium writes a zero clip as `rect(0px, 0px, 0px, 0px)`; the checks know the idiom as authors write it. */
function clipOf(entry: SnapshotElement): string | null {
  if (entry.style.clipPath && entry.style.clipPath !== 'none') return entry.style.clipPath;
  if (entry.style.clip && entry.style.clip !== 'auto') return entry.style.clip.replace(/\b0px\b/g, '0');
  return null;
}

/** Where an element is on the page, as people see it on first load. */
export interface Placement {
  box: SnapshotBox;
  /** Drawn at all: a box with area, not `display: none`, `visibility: hidden` or fully transparent. */
  shown: boolean;
  /** Starts below the first screenful (the fold): people scroll to see it. */
  belowFold: boolean;
  /** Entirely outside the document (moved off the page). */
  offPage: boolean;
}

export class DomStyles implements StyleSource {
  private readonly cache = new Map<UIElement, ComputedStyle>();
  private readonly canvas: Rgba;

  constructor(
    private readonly snapshot: PageSnapshot,
    private readonly entries: ReadonlyMap<UIElement, SnapshotElement>,
  ) {
    this.canvas = parseColor(snapshot.canvas) ?? { r: 1, g: 1, b: 1, alpha: 1 };
  }

  computed(element: UIElement): ComputedStyle {
    const cached = this.cache.get(element);
    if (cached) return cached;
    // Parents first, iteratively: the backdrop and opacity build down the tree.
    const pending: UIElement[] = [];
    for (let current: UIElement | null = element; current && !this.cache.has(current); current = current.parent) pending.push(current);
    for (let i = pending.length - 1; i >= 0; i--) {
      const current = pending[i] as UIElement;
      this.cache.set(current, this.compute(current, current.parent ? this.cache.get(current.parent) : undefined));
    }
    return this.cache.get(element) as ComputedStyle;
  }

  placement(element: UIElement): Placement | undefined {
    const entry = this.entries.get(element);
    if (!entry) return undefined;
    const style = this.computed(element);
    const { box } = entry;
    const area = box.width > 0 && box.height > 0;
    const shown = area && entry.style.display !== 'none' && entry.style.visibility === 'visible' && (!style.opacity.known || style.opacity.value > 0);
    const offPage = box.x + box.width <= 0 || box.y + box.height <= 0 || box.x >= this.snapshot.document.width || box.y >= this.snapshot.document.height;
    return { box, shown, belowFold: box.y >= this.snapshot.viewport.height, offPage };
  }

  private compute(element: UIElement, parent: ComputedStyle | undefined): ComputedStyle {
    const entry = this.entries.get(element);
    if (!entry) throw new Error(`honest-ui: element <${element.name}> is not in the page snapshot`);
    const s = entry.style;
    const fontSize = px(s.fontSize);
    const weight = Number(s.fontWeight);
    const color = colour(s.color);
    const image = s.backgroundImage && s.backgroundImage !== 'none';
    const background = parseColor(s.backgroundColor);
    const fill: Resolved<Rgba | null> = image
      ? { known: false, reason: 'background-image', detail: `background-image: ${s.backgroundImage}` }
      : background
        ? known(background.alpha === 0 ? null : background)
        : { known: false, reason: 'unknown-value', detail: `background-color: ${s.backgroundColor}` };
    const behind: Resolved<Rgba> = parent ? parent.backdrop : known(this.canvas);
    let backdrop: Resolved<Rgba>;
    if (!fill.known) backdrop = fill;
    else if (fill.value === null) backdrop = behind;
    else if (fill.value.alpha >= 1) backdrop = known(fill.value);
    else backdrop = behind.known ? known(composite(fill.value, behind.value)) : behind;
    const ownOpacity = Number(s.opacity);
    const inherited = parent?.opacity.known ? parent.opacity.value : 1;
    const opacity: Resolved<number> = Number.isFinite(ownOpacity) ? known(ownOpacity * inherited) : { known: false, reason: 'unknown-value', detail: `opacity: ${s.opacity}` };
    const sides = [s.paddingTop, s.paddingRight, s.paddingBottom, s.paddingLeft].map((side) => px(side));
    const padding: Resolved<Box> = sides.every((side) => side !== undefined)
      ? known({ top: sides[0] as number, right: sides[1] as number, bottom: sides[2] as number, left: sides[3] as number })
      : { known: false, reason: 'unknown-value', detail: `padding: ${s.paddingTop} ${s.paddingRight} ${s.paddingBottom} ${s.paddingLeft}` };
    const borderNone = s.borderTopStyle === 'none' || s.borderTopStyle === 'hidden';
    const borderWidth = borderNone ? 0 : (px(s.borderTopWidth) ?? 0);
    const borderColour = parseColor(s.borderTopColor);
    return {
      fontSize: fontSize === undefined ? { known: false, reason: 'unknown-value', detail: `font-size: ${s.fontSize}` } : known(fontSize),
      fontWeight: Number.isFinite(weight) ? known(weight) : { known: false, reason: 'unknown-value', detail: `font-weight: ${s.fontWeight}` },
      color,
      fill,
      backdrop,
      opacity,
      // The browser's own display for the element is a default the static resolver knows as one (and a page's
      // global CSS most often changes): no-buried-consent reads boxes on one line only from a display someone set.
      display: s.display === browserDisplay(entry.tag) ? { known: true, value: s.display, origin: 'default' } : known(s.display),
      visibility: known(s.visibility),
      padding,
      borderWidth: known(borderWidth),
      borderColor: known(borderWidth === 0 ? null : (borderColour ?? null)),
      textDecoration: known(s.textDecorationLine || 'none'),
      position: known(s.position),
      left: length(s.left),
      top: length(s.top),
      width: length(s.width),
      height: length(s.height),
      clip: known(clipOf(entry)),
      flexDirection: known(s.flexDirection || 'row'),
      order: known(s.order || '0'),
      gridTemplateColumns: known(s.gridTemplateColumns || 'none'),
      gridAutoFlow: known(s.gridAutoFlow || 'row'),
      // The browser has already applied every media query and state for this viewport: nothing is conditional.
      conditional: [],
      // And substituted every var(): nothing is left to resolve.
      variables: new Map(),
    };
  }
}
