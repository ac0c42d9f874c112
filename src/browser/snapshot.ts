/**
 * What the page script (page-script.ts) sends back from the rendered page: plain, serialisable data, one entry per
 * element in document order, with the values Chromium computed for it. The DOM model builder (dom-model.ts) turns
 * it into the core's UI model, and dom-styles.ts into the computed styles the checks read.
 */

/** A text run or an element (by its index in `elements`), in the order the element's children render. */
export type SnapshotChild = number | string;

/** The computed values honest-ui reads, as getComputedStyle gives them (colours as `rgb()`/`rgba()`, lengths in px). */
export interface SnapshotStyle {
  fontSize: string;
  fontWeight: string;
  color: string;
  backgroundColor: string;
  backgroundImage: string;
  opacity: string;
  display: string;
  visibility: string;
  paddingTop: string;
  paddingRight: string;
  paddingBottom: string;
  paddingLeft: string;
  borderTopWidth: string;
  borderTopStyle: string;
  borderTopColor: string;
  textDecorationLine: string;
  position: string;
  left: string;
  top: string;
  width: string;
  height: string;
  clip: string;
  clipPath: string;
  flexDirection: string;
  order: string;
  /** A grid's columns and flow (no-buried-consent reads a one-column grid as stacked); older snapshots lack them. */
  gridTemplateColumns?: string;
  gridAutoFlow?: string;
  cursor: string;
}

/** Where the element is drawn, in CSS px of the document (scroll offsets added), from getBoundingClientRect. */
export interface SnapshotBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SnapshotElement {
  /** Lower-case tag name (`div`, `button`, `cookie-banner`). */
  tag: string;
  /** The element's attributes as the DOM has them (names lower-case). */
  attributes: Array<[string, string]>;
  /** Live state the attributes don't show: `checked` and `value` as the page set them, `selected`, `disabled`. */
  state: { checked?: boolean; value?: string; selected?: boolean; disabled?: boolean; open?: boolean };
  parent: number;
  children: SnapshotChild[];
  style: SnapshotStyle;
  box: SnapshotBox;
  /** A CSS selector that finds this element (inside its shadow root, for elements in one). */
  selector: string;
  /** Inside an open shadow root (a web component's, or a consent manager's). */
  inShadow: boolean;
}

export interface PageSnapshot {
  url: string;
  title: string;
  viewport: { width: number; height: number };
  /** The document's full size, for "below the fold". */
  document: { width: number; height: number };
  /** The canvas colour: the root's background as the browser paints it (`rgb(255, 255, 255)` by default). */
  canvas: string;
  elements: SnapshotElement[];
  /** More elements than MAX_ELEMENTS: the rest of the page was not read. */
  truncated: boolean;
  /** The page's language (`<html lang>`), for reports. */
  lang: string;
}

/** A page with more elements than this is read up to this many (a consent prompt is never that deep in). */
export const MAX_ELEMENTS = 20_000;
