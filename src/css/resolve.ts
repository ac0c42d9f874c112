/**
 * Style resolution: the cascade (user-agent defaults, stylesheets, CSS modules, inline styles; specificity,
 * source order, !important), inheritance along the JSX tree, and computed values in CSS px and sRGB.
 *
 * A value that can't be known statically (a class computed at run time that a stylesheet could match, a CSS
 * variable, a dynamic inline style) is unknown with a reason; checks never report on it.
 */
import type { Attribute, StaticValue, UIElement, UnresolvedReason } from '../model/types.js';
import { composite, parseColor, type Rgba } from '../visual/color.js';
import type { ComponentStyles } from './library-styles.js';
import { ANY_PROPERTY } from './scss.js';
import type { IndexedRule, SimpleSelector, Specificity, StyleSheetIndex } from './stylesheet.js';
import { DARK_MODE, type DarkVariant } from './tailwind/theme.js';
import { backgroundColorOf, backgroundImagesOf, expandBorder, expandBox, FONT_SIZE_KEYWORDS, fontSizeToPx, fontWeightToNumber, hasSubstitution, isCssWideKeyword, isDynamicValue, lengthToPx } from './values.js';
import { defineVariables, hasVar, substituteVariables, type Variables } from './variables.js';

/**
 * Where a value comes from: the browser's (or a reset's) default, a component library's own styles under its theme
 * (src/css/library-styles.ts), or the page's author. A library's value is as real as the author's for what is
 * drawn, but it is not the author choosing to hide or shrink something, and any author rule outranks it.
 */
export type Origin = 'default' | 'library' | 'author';

export type Resolved<T> =
  | { known: true; value: T; origin: Origin; source?: string }
  | { known: false; reason: UnresolvedReason; detail?: string };

export interface Box {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ConditionalDeclaration {
  property: string;
  value: string;
  /** `@media (min-width: 640px)`, `:hover`, or both joined with ' and '. */
  condition: string;
  source: string;
}

export interface ComputedStyle {
  fontSize: Resolved<number>;
  fontWeight: Resolved<number>;
  /** The text colour as declared (its own alpha), before opacity. */
  color: Resolved<Rgba>;
  /** The element's own background colour; null when it has none (transparent). */
  fill: Resolved<Rgba | null>;
  /** What shows behind the element's content: its own fill composited over its ancestors'. */
  backdrop: Resolved<Rgba>;
  /** Effective opacity: the product of the element's and its ancestors'. */
  opacity: Resolved<number>;
  display: Resolved<string>;
  visibility: Resolved<string>;
  padding: Resolved<Box>;
  borderWidth: Resolved<number>;
  borderColor: Resolved<Rgba | null>;
  textDecoration: Resolved<string>;
  position: Resolved<string>;
  /** Static left/top offsets, for off-screen positioning. */
  left: Resolved<number | null>;
  top: Resolved<number | null>;
  width: Resolved<number | null>;
  height: Resolved<number | null>;
  clip: Resolved<string | null>;
  /** Not inherited: a flex container's main axis and direction (`row-reverse` reads its children backwards). */
  flexDirection: Resolved<string>;
  /** Not inherited: a flex or grid item's place among its siblings, as written (`0` by default). */
  order: Resolved<string>;
  /** Not inherited: a grid's explicit columns as written (`none`: one implicit column, items stacked). */
  gridTemplateColumns: Resolved<string>;
  /** Not inherited: how a grid places items without a place (`row`: one after another down the rows). */
  gridAutoFlow: Resolved<string>;
  /** Declarations that apply only under a media query or a state. */
  conditional: ConditionalDeclaration[];
  /** Custom properties (`--name`) the element has, inherited and its own: what its `var()` references read. */
  variables: Variables;
}

/** What one utility class (a Tailwind token such as `md:text-xs`) declares, ready for the cascade. */
export interface UtilityStyle {
  /** CSS declarations, fed to the cascade as author declarations (shorthands are expanded like a stylesheet's). */
  declarations: ReadonlyArray<{ property: string; value: string }>;
  /** The `!` modifier. */
  important: boolean;
  /** Tracked longhands the utility sets to a value that can't be known statically (a theme key that isn't data). */
  unknownProperties: readonly string[];
  /** Variant prefixes as a readable condition (`screens >= 640px`, `:hover`); undefined when always applied. */
  condition: string | undefined;
  /** For explanations: `tailwind md:text-xs`. */
  source: string;
}

/**
 * A utility-class framework in scope (Tailwind). The cascade asks it what each class token declares instead of
 * knowing any framework itself.
 */
export interface UtilityClasses {
  /** What a class token declares, or undefined when it is not one of the framework's utilities. */
  resolve(token: string): UtilityStyle | undefined;
  /** Every tracked property some utility could set: a class list with parts computed at run time makes them unknown. */
  settableProperties: ReadonlySet<string>;
  /** The framework's reset stylesheet for a tag (Tailwind's Preflight), applied over the browser's defaults. */
  baseStyles(tag: string): Readonly<Record<string, string>> | undefined;
  /** What `dark:` utilities wait for (Tailwind's dark mode): a preference, or a class or attribute the root may have. */
  darkVariant?: DarkVariant;
}

/** The classes a root element certainly has and its attributes written as constants. */
export interface RootElementState {
  classes: ReadonlySet<string>;
  attributes: ReadonlyMap<string, string>;
}

/**
 * `<html>` and `<body>` as the app's root layout renders them (src/resolve/entries.ts): `<html className="dark">`
 * in a layout that never changes it draws every page with the theme's dark values.
 */
export interface DocumentRoot {
  html: RootElementState;
  body: RootElementState;
  /** The module that renders them, for explanations. */
  source: string;
}

export interface StyleScope {
  /** Stylesheets imported for their side effects, in import order. */
  globalSheets: readonly StyleSheetIndex[];
  /** CSS modules by the import source the model records on class tokens. */
  moduleSheets: ReadonlyMap<string, StyleSheetIndex>;
  /** Utility classes active for the file (Tailwind), if the project uses them. */
  utilityClasses?: UtilityClasses | undefined;
  /** Library components' default styles under the themes in scope (src/css/library-styles.ts). */
  components?: ComponentStyles | undefined;
  rootFontSize: number;
  /** The classes and attributes the app's root layout gives `<html>` and `<body>` as the page first renders. */
  documentRoot?: DocumentRoot | undefined;
  /**
   * Where a root of the file renders, when it is a component the file itself renders (hostsOf in
   * src/model/hosts.ts): its content inherits from there (a settings section drawn inside the page's dark panel),
   * not from the document.
   */
  hosts?: ((root: UIElement) => readonly UIElement[]) | undefined;
  /**
   * Whether an element outside this file (around where its roots are rendered) may carry the class `name` of a
   * global stylesheet, or, for a CSS module, the module's file name (`Banner.module.scss`): may any other script
   * write it (classWrittenElsewhere in src/resolve/renderers.ts). Without it, anything may.
   */
  classElsewhere?: ((name: string) => boolean) | undefined;
  /**
   * Whether an element around `root` (a root of the file's tree), wherever the app renders it, may carry the class
   * `name`: false for a library part's static class (`mantine-Button-label`) when the app never draws the root
   * inside that component (ExternalValues.classAround). Without it, or true, it may.
   */
  classAround?: ((root: UIElement, name: string) => boolean) | undefined;
}

interface Cascaded {
  value: string;
  origin: Origin;
  important: boolean;
  inline: boolean;
  specificity: Specificity;
  sheet: number;
  order: number;
  source: string;
  /** The declaration's value can't be known statically (a Sass function, a CSS-in-JS interpolation). */
  unknown?: UnresolvedReason;
  /**
   * `inherit`, of an inherited property, declared by a rule that may or may not match (maybeInherits): whether it
   * applies or not, the element takes its parent's value, unless it beats another declaration, which would stand
   * were it not to apply. Then (offer) it becomes `unknown` for this reason.
   */
  maybeInherit?: UnresolvedReason;
  /** The shorthand (and its whole value) a longhand came from when that value holds a var(): re-expanded once substituted. */
  shorthand?: { property: string; value: string };
}

/** User-agent defaults that matter for visual weight (Chromium's html.css, abridged). */
const UA_STYLES: Record<string, Record<string, string>> = {
  button: { 'font-size': '13.333px', 'font-weight': '400', 'background-color': '#efefef', 'border-width': '2px', 'border-color': '#767676', 'padding-top': '1px', 'padding-bottom': '1px', 'padding-left': '6px', 'padding-right': '6px', color: '#000000' },
  small: { 'font-size': 'smaller' },
  sub: { 'font-size': 'smaller' },
  sup: { 'font-size': 'smaller' },
  b: { 'font-weight': 'bolder' },
  strong: { 'font-weight': 'bolder' },
  th: { 'font-weight': 'bold' },
  h1: { 'font-size': '2em', 'font-weight': 'bold' },
  h2: { 'font-size': '1.5em', 'font-weight': 'bold' },
  h3: { 'font-size': '1.17em', 'font-weight': 'bold' },
  h4: { 'font-size': '1em', 'font-weight': 'bold' },
  h5: { 'font-size': '0.83em', 'font-weight': 'bold' },
  h6: { 'font-size': '0.67em', 'font-weight': 'bold' },
  input: { 'font-size': '13.333px' },
  select: { 'font-size': '13.333px' },
  textarea: { 'font-size': '13.333px' },
  dialog: { 'background-color': '#ffffff', color: '#000000' },
};

/**
 * The display each element has in a browser with no author styles (Chromium's html.css; the HTML standard's
 * rendering section, § 15.3): block boxes stack, inline-level ones flow on a line. Elements not listed are inline.
 */
const UA_DISPLAY: Record<string, string> = {
  ...Object.fromEntries(
    ['address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'search', 'section', 'summary', 'ul'].map((tag) => [tag, 'block']),
  ),
  li: 'list-item',
  button: 'inline-block',
  input: 'inline-block',
  select: 'inline-block',
  textarea: 'inline-block',
  table: 'table',
  tr: 'table-row',
  td: 'table-cell',
  th: 'table-cell',
};

/** The display a browser gives an element with no author styles (block, inline-block, list-item, inline ...). */
export function browserDisplay(tag: string): string {
  return UA_DISPLAY[tag] ?? 'inline';
}

/** Chromium's `a:-webkit-any-link` (visited links aside): only an `<a>` with an href is a link; a bare one is text. */
const LINK_STYLES: Record<string, string> = { color: '#0000ee', 'text-decoration': 'underline' };

const INHERITED = new Set(['font-size', 'font-weight', 'color', 'visibility']);

const TRACKED = new Set([
  'font-size', 'font-weight', 'color', 'background-color', 'background-image', 'opacity', 'display', 'visibility', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-width', 'border-color', 'border-style', 'text-decoration', 'text-decoration-line', 'position', 'left', 'top', 'width', 'height', 'clip', 'clip-path',
  'flex-direction', 'order', 'grid-template-columns', 'grid-auto-flow',
]);

/** A longhand a shorthand sets to something honest-ui can't read: `env()` is never known statically (isDynamicValue). */
const UNKNOWN_VALUE = 'env(honest-ui-unknown)';

/** Expand shorthands into the longhands honest-ui tracks. */
function expandDeclaration(property: string, value: string): Array<[string, string]> {
  // A var() in a shorthand leaves every longhand it sets pending until computed-value time (CSS Variables 1
  // § 3.2), whatever the other parts look like; a CSS-wide keyword (`font: inherit`) goes to every longhand too.
  if (hasSubstitution(value) || isCssWideKeyword(value)) return longhandsOf(property).map((longhand) => [longhand, value.trim()]);
  switch (property) {
    case 'padding': {
      const box = expandBox(value);
      return box ? [['padding-top', box[0]], ['padding-right', box[1]], ['padding-bottom', box[2]], ['padding-left', box[3]]] : [];
    }
    case 'padding-block':
    case 'padding-inline': {
      const box = expandBox(value);
      if (!box) return [];
      return property === 'padding-block' ? [['padding-top', box[0]], ['padding-bottom', box[2]]] : [['padding-left', box[0]], ['padding-right', box[1]]];
    }
    case 'background':
      return [
        ['background-color', backgroundColorOf(value) ?? 'transparent'],
        ['background-image', backgroundImagesOf(value)],
      ];
    case 'border': {
      // The shorthand resets all three; without a style the border is `none` and draws nothing.
      const parts = expandBorder(value);
      return [
        ['border-width', parts.width ?? 'medium'],
        ['border-style', parts.style ?? 'none'],
        ['border-color', parts.color ?? 'currentcolor'],
      ];
    }
    case 'font': {
      // Only the size and weight parts of the shorthand: `bold 12px/1.5 sans-serif`.
      const out: Array<[string, string]> = [];
      const size = value.match(/(?:^|\s)(\d*\.?\d+(?:px|rem|em|pt|%))(?:\/\S+)?\s/);
      if (size?.[1]) out.push(['font-size', size[1]]);
      const weight = value.match(/(?:^|\s)(bold|bolder|lighter|[1-9]00)\s/);
      out.push(['font-weight', weight?.[1] ?? 'normal']);
      return out;
    }
    case 'text-decoration-line':
      return [['text-decoration', value]];
    case 'flex-flow': {
      // `flex-flow: row-reverse wrap`: only the direction part is tracked; without one the direction is reset.
      const direction = value.trim().split(/\s+/).find((part) => /^(?:row|column)(?:-reverse)?$/.test(part));
      return [['flex-direction', direction ?? 'row']];
    }
    case 'inset': {
      const box = expandBox(value);
      return box ? [['top', box[0]], ['left', box[3]]] : [];
    }
    case 'grid-template': {
      // `rows / columns`, `none`, or areas with rows and columns (CSS Grid 1 § 7.4): the part after the slash.
      const text = value.trim();
      if (/^none$/i.test(text)) return [['grid-template-columns', 'none']];
      const slash = text.lastIndexOf('/');
      return [['grid-template-columns', slash < 0 || /["']/.test(text) ? UNKNOWN_VALUE : text.slice(slash + 1).trim()]];
    }
    case 'grid':
      // The `grid` shorthand resets the flow too; `auto-flow` on either side of the slash decides it (§ 7.8).
      if (/^none$/i.test(value.trim())) return [['grid-template-columns', 'none'], ['grid-auto-flow', 'row']];
      return [['grid-template-columns', UNKNOWN_VALUE], ['grid-auto-flow', UNKNOWN_VALUE]];
    default:
      if (property.startsWith('--')) return [[property, value]];
      return TRACKED.has(property) ? [[property, value]] : [];
  }
}

/** The tracked longhands a declaration of `property` could set, whatever its value. */
function longhandsOf(property: string): string[] {
  if (property === ANY_PROPERTY) return [...TRACKED];
  if (property === 'font') return ['font-size', 'font-weight'];
  if (property === 'inset') return ['top', 'left'];
  return expandDeclaration(property, '0 0 0 0').map(([longhand]) => longhand);
}

/**
 * What the checks ask of styles: each element's computed style. StyleResolver answers it statically from the
 * source (the cascade over stylesheets, modules, utilities and inline styles); the browser audit answers it from
 * the values Chromium computed for the rendered page (src/browser/dom-styles.ts), so the checks run unchanged on
 * either.
 */
export interface StyleSource {
  computed(element: UIElement): ComputedStyle;
}

export class StyleResolver implements StyleSource {
  private readonly cache = new Map<UIElement, ComputedStyle>();
  private readonly allSheets: StyleSheetIndex[];
  private readonly documentStyle: ComputedStyle;
  private readonly rootFontSize: number;

  /** Whether the root layout turns Tailwind's class-based dark mode on for every page (darkModeOn). */
  private readonly darkMode: boolean;

  constructor(private readonly scope: StyleScope) {
    this.darkMode = darkModeOn(scope.utilityClasses, scope.documentRoot);
    this.allSheets = [...scope.globalSheets, ...scope.moduleSheets.values()];
    this.rootFontSize = this.computeRootFontSize();
    this.documentStyle = this.computeDocument();
  }

  computed(element: UIElement): ComputedStyle {
    const cached = this.cache.get(element);
    if (cached) return cached;
    // Top-down from the nearest computed ancestor, iteratively: a recursion per ancestor would overflow the
    // stack on the thousands-deep trees generated code can hold.
    const pending: UIElement[] = [];
    let inherited: ComputedStyle | undefined;
    for (let current: UIElement | null = element; current; current = current.parent) {
      const known = this.cache.get(current);
      if (known) {
        inherited = known;
        break;
      }
      pending.push(current);
      // Drawn in a portal at the end of the body: it inherits the document, not what is around where it is written.
      if (this.inPortal(current)) {
        inherited = this.documentStyle;
        break;
      }
    }
    inherited ??= this.around(pending[pending.length - 1] as UIElement);
    for (let i = pending.length - 1; i >= 0; i--) {
      const current = pending[i] as UIElement;
      inherited = current.name === '#fragment' || this.drawsNoBox(current) ? inherited : this.compute(current, inherited);
      this.cache.set(current, inherited);
    }
    return inherited;
  }

  /** Roots whose hosts are being computed: a component that renders itself reads the document around it. */
  private readonly hosting = new Set<UIElement>();

  /**
   * What a root's content inherits: the document, unless the root is a component this file renders (see
   * StyleScope.hosts), where it inherits what is around its use site. Use sites that draw it differently leave the
   * colours that differ unknown: which one a reader sees is not the file's to say.
   */
  private around(root: UIElement): ComputedStyle {
    const sites = this.scope.hosts?.(root) ?? [];
    if (sites.length === 0 || this.hosting.has(root)) return this.documentStyle;
    this.hosting.add(root);
    try {
      const styles = sites.map((site) => (site.parent ? this.computed(site.parent) : this.around(site)));
      const [first, ...others] = styles as [ComputedStyle, ...ComputedStyle[]];
      const differing = HOST_INHERITED.filter((key) => others.some((other) => !sameResolved(other[key], first[key])));
      if (differing.length === 0) return first;
      return { ...first, ...Object.fromEntries(differing.map((key) => [key, { known: false, reason: 'conditional' }])) };
    } finally {
      this.hosting.delete(root);
    }
  }

  /** A library component drawn in a portal (a Radix `Portal` part, MUI's `Dialog`): see ComponentData.portal. */
  private inPortal(element: UIElement): boolean {
    return !element.intrinsic && this.scope.components?.stylesFor(element)?.portal === true;
  }

  /**
   * An element that renders no box of its own: a library part (a Radix `Root`, a `Portal`), a context provider, a
   * translation component's text: its children inherit through it.
   */
  drawsNoBox(element: UIElement): boolean {
    return element.inlineText === true || element.providesContext === true || (!element.intrinsic && this.scope.components?.stylesFor(element)?.kind === 'none');
  }

  /** `html { font-size: 62.5% }` changes what rem means. */
  private computeRootFontSize(): number {
    let size = this.scope.rootFontSize;
    for (const sheet of this.scope.globalSheets) {
      for (const rule of sheet.rules) {
        const subject = rule.selector.compounds[0];
        if (!rule.selector.root || rule.conditions.length > 0 || subject?.tag === 'body' || rootVariant(rule)) continue;
        for (const d of rule.declarations) {
          if (d.property === 'font-size') size = fontSizeToPx(d.value, this.scope.rootFontSize, this.scope.rootFontSize) ?? size;
        }
      }
    }
    return size;
  }

  /** The document: `html`, `body` and `:root` rules from the stylesheets in scope, over the UA's defaults. */
  private computeDocument(): ComputedStyle {
    const cascaded = new Map<string, Cascaded>();
    const conditional: ConditionalDeclaration[] = [];
    this.allSheets.forEach((sheet, sheetIndex) => {
      for (const rule of sheet.rules) {
        const onRoot = rootState(this.scope.documentRoot, rule);
        if (!rule.selector.root && !onRoot) continue;
        // A theme the page switches to (`:root[data-theme="mail"]`, `html.dark`) is one of its variants, not the
        // page as it first renders: its declarations are conditional, as a media query's are. Unless the root
        // layout sets what it asks for: `<html className="dark">` makes `.dark { --background: ... }` the page's.
        if (rootVariant(rule) && !onRoot) this.applyRule({ ...rule, conditions: [...rule.conditions, rule.selectorText] }, sheetIndex, cascaded, conditional);
        else this.applyRule(rule, sheetIndex, cascaded, conditional);
      }
    });
    const base: ComputedStyle = {
      // What html's own font-size is relative to (the initial `medium`): the html rule applied here computes the
      // root size once. Starting from the computed root size would apply `html { font-size: 62.5% }` twice.
      fontSize: { known: true, value: this.scope.rootFontSize, origin: 'default' },
      fontWeight: { known: true, value: 400, origin: 'default' },
      color: { known: true, value: { r: 0, g: 0, b: 0, alpha: 1 }, origin: 'default' },
      fill: { known: true, value: null, origin: 'default' },
      // The canvas: white in a default browser, but the app's own global CSS may say otherwise. Unknown unless a
      // stylesheet in scope sets it.
      backdrop: { known: false, reason: 'no-background' },
      opacity: { known: true, value: 1, origin: 'default' },
      display: { known: true, value: 'block', origin: 'default' },
      visibility: { known: true, value: 'visible', origin: 'default' },
      padding: zeroBox(),
      borderWidth: { known: true, value: 0, origin: 'default' },
      borderColor: { known: true, value: null, origin: 'default' },
      textDecoration: { known: true, value: 'none', origin: 'default' },
      position: { known: true, value: 'static', origin: 'default' },
      left: { known: true, value: null, origin: 'default' },
      top: { known: true, value: null, origin: 'default' },
      width: { known: true, value: null, origin: 'default' },
      height: { known: true, value: null, origin: 'default' },
      clip: { known: true, value: null, origin: 'default' },
      flexDirection: { known: true, value: 'row', origin: 'default' },
      order: { known: true, value: '0', origin: 'default' },
      gridTemplateColumns: { known: true, value: 'none', origin: 'default' },
      gridAutoFlow: { known: true, value: 'row', origin: 'default' },
      conditional: [],
      // The themes of the libraries in use define their values at the root, below the page's own `:root` rules.
      variables: this.scope.components?.variables ?? new Map(),
    };
    return this.finish(cascaded, base, new Map(), conditional);
  }

  private compute(element: UIElement, parent: ComputedStyle): ComputedStyle {
    const cascaded = new Map<string, Cascaded>();
    const conditional: ConditionalDeclaration[] = [];
    // Browser defaults only where we know the element: a component's rendering is not a <button> until resolved.
    const ua = element.tag === 'a' ? (element.attributes.has('href') ? LINK_STYLES : undefined) : element.tag ? UA_STYLES[element.tag] : undefined;
    const uaDisplay = element.tag ? UA_DISPLAY[element.tag] : undefined;
    for (const [property, value] of Object.entries({ ...ua, ...(uaDisplay ? { display: uaDisplay } : {}) })) {
      cascaded.set(property, { value, origin: 'default', important: false, inline: false, specificity: [0, 0, 0], sheet: -1, order: 0, source: 'browser default' });
    }
    const utilities = this.scope.utilityClasses;
    // A framework's reset replaces the browser's defaults (Preflight makes a <button> transparent, unpadded and
    // borderless): still a baseline, not the author's choice, so it keeps the 'default' origin.
    const reset = element.tag ? utilities?.baseStyles(element.tag) : undefined;
    for (const [property, value] of Object.entries(reset ?? {})) {
      cascaded.set(property, { value, origin: 'default', important: false, inline: false, specificity: [0, 0, 0], sheet: -1, order: 1, source: 'framework reset' });
    }
    const library = this.scope.components?.stylesFor(element);
    if (library?.kind === 'styled') {
      // The library's stylesheet: author styles with a class's specificity, injected before the page's sheets.
      for (const declaration of library.declarations) {
        for (const [property, value] of expandDeclaration(declaration.property, declaration.value)) {
          offer(cascaded, property, { value, origin: 'library', important: false, inline: false, specificity: [0, 1, 0], sheet: -0.5, order: 0, source: library.source, ...shorthandOf(declaration.property, declaration.value) });
        }
      }
    }
    this.allSheets.forEach((sheet, sheetIndex) => {
      for (const rule of sheet.rules) {
        if (rule.selector.root) continue;
        const match = matchesComplex(element, rule, sheet, this.scope);
        if (match !== 'no') this.applyRule(rule, sheetIndex, cascaded, conditional, match === 'yes' ? undefined : match);
      }
    });
    const unknown = new Map<string, UnresolvedReason>();
    if (utilities) this.applyUtilities(element, utilities, cascaded, conditional, unknown);
    for (const declaration of element.inlineStyle.declarations) {
      const important = /!important\s*$/.test(declaration.value);
      const value = declaration.value.replace(/\s*!important\s*$/, '');
      for (const [property, longhand] of expandDeclaration(declaration.property, value)) {
        offer(cascaded, property, { value: longhand, origin: 'author', important, inline: true, specificity: [1, 0, 0], sheet: Number.MAX_SAFE_INTEGER, order: 0, source: 'inline style', ...shorthandOf(declaration.property, value) });
      }
    }

    // What could an unresolvable part set? A class computed at run time could be any utility (the stylesheets'
    // class rules it could match are maybes in the cascade above); a dynamic style object could set anything.
    const classesUnknown = element.classes.hasUnknown || (element.hasSpread && !element.attributes.has('className'));
    if (classesUnknown && utilities) for (const p of utilities.settableProperties) unknown.set(p, 'dynamic-class');
    if (element.inlineStyle.hasUnknown || (element.hasSpread && !element.attributes.has('style') && !element.intrinsic)) for (const p of TRACKED) unknown.set(p, 'dynamic-expression');
    // A component whose rendering is not known draws itself with styles we can't see: only what the use site
    // sets on it directly is known. A library component is known by its module's data (src/libraries/), unless
    // the library styles it in a way honest-ui has no data for. Its opacity is not guessed at 1 but also not made
    // unknown: a component that fades its content is an animation, not the resting state a check reads.
    const unresolvedComponent = library ? library.kind === 'unknown' : !element.intrinsic && !element.tag;
    if (unresolvedComponent) for (const p of TRACKED) if (p !== 'opacity' && cascaded.get(p)?.origin !== 'author') unknown.set(p, 'unresolved-component');
    // What the library sets from a prop computed at run time is unknown, unless the page's own styles decide it.
    if (library?.kind === 'styled') for (const p of library.unknown.flatMap((property) => longhandsOf(property))) if (cascaded.get(p)?.origin !== 'author' || cascaded.get(p)?.source === library.source) unknown.set(p, 'dynamic-expression');
    // `<a {...props}>`: the spread may carry the href that makes it a link, unless a rule sure to apply decides.
    if (element.tag === 'a' && element.hasSpread && !element.attributes.has('href')) for (const p of Object.keys(LINK_STYLES)) if (!cascaded.has(p) || cascaded.get(p)?.unknown) unknown.set(p, 'dynamic-expression');
    for (const [property, c] of cascaded) if (c.inline) unknown.delete(property);
    // A style property written with a value known only at run time is unknown, whatever else would set it.
    for (const property of element.inlineStyle.unknownProperties ?? []) {
      for (const p of TRACKED.has(property) ? [property] : longhandsOf(property)) if (TRACKED.has(p)) unknown.set(p, 'dynamic-expression');
    }

    return this.finish(cascaded, parent, unknown, conditional);
  }

  /**
   * Utility classes as author declarations in one layer after the stylesheets in scope (where Tailwind v3's
   * `@tailwind utilities` goes), each with a class's specificity. Between two utilities that set the same property
   * the one setting fewer properties wins (`px-6` over `p-4`: Tailwind emits narrower utilities later); two
   * equally narrow ones with different values (`text-xs text-sm`) depend on the generated CSS's order, so the
   * property is unknown rather than guessed.
   */
  private applyUtilities(element: UIElement, utilities: UtilityClasses, cascaded: Map<string, Cascaded>, conditional: ConditionalDeclaration[], unknown: Map<string, UnresolvedReason>): void {
    type Candidate = { value: string; important: boolean; width: number; source: string };
    // `dark:` utilities where the root layout turns dark mode on: emitted after the others, so they win ties.
    const dark = this.darkMode;
    const tiers = [new Map<string, Candidate[]>(), new Map<string, Candidate[]>()] as const;
    for (const token of element.classes.tokens) {
      if (token.module !== undefined) continue;
      const style = utilities.resolve(token.name);
      if (!style) continue;
      const longhands = style.declarations.flatMap((d) => expandDeclaration(d.property, d.value));
      const variant = dark && style.condition?.split(' and ').includes(DARK_MODE) ? style.condition.split(' and ').filter((part) => part !== DARK_MODE).join(' and ') : undefined;
      const styleCondition = variant ?? style.condition;
      // A class added at run time (`open && 'hidden'`) may or may not be there.
      const condition = [styleCondition, token.conditional ? 'when its class is applied' : undefined].filter(Boolean).join(' and ');
      if (condition) {
        for (const [property, value] of longhands) conditional.push({ property, value, condition, source: style.source });
        if (!styleCondition) for (const property of [...longhands.map(([p]) => p), ...style.unknownProperties]) unknown.set(property, 'conditional');
        continue;
      }
      for (const property of style.unknownProperties) unknown.set(property, 'unknown-value');
      const tier = tiers[variant === undefined ? 0 : 1];
      for (const [property, value] of longhands) {
        const list = tier.get(property) ?? [];
        list.push({ value, important: style.important, width: style.declarations.length, source: style.source });
        tier.set(property, list);
      }
    }
    const layer = this.allSheets.length;
    tiers.forEach((candidates, tier) => {
      for (const [property, list] of candidates) {
        const important = list.some((c) => c.important);
        const contenders = list.filter((c) => c.important === important);
        const narrowest = Math.min(...contenders.map((c) => c.width));
        const winners = contenders.filter((c) => c.width === narrowest);
        const winner = winners[0];
        if (!winner) continue;
        if (winners.some((c) => c.value !== winner.value)) {
          unknown.set(property, 'unknown-value');
          continue;
        }
        offer(cascaded, property, { value: winner.value, origin: 'author', important, inline: false, specificity: [0, 1, 0], sheet: layer, order: (tier + 1) * 1000 - narrowest, source: winner.source });
      }
    });
  }

  /**
   * `maybe`: the rule applies only if something not known statically holds (ancestors rendered in another file
   * match the rest of its selector, a conditional class is applied). What it declares is then unknown where it
   * would win, and a condition of its own (put first, so that no check takes it for a plain media query) where it
   * is conditional already.
   */
  private applyRule(rule: IndexedRule, sheetIndex: number, cascaded: Map<string, Cascaded>, conditional: ConditionalDeclaration[], maybe?: Maybe): void {
    const states = rule.selector.compounds.flatMap((c) => c.states);
    const ruleCondition = [...rule.conditions, ...states].join(' and ');
    const condition = maybe && ruleCondition ? `if ${maybe.clause} and ${ruleCondition}` : ruleCondition;
    const source = `${rule.file}:${rule.line} ${rule.selectorText}${maybe ? ` (if ${maybe.clause})` : ''}`;
    const unknown = maybe?.reason;
    for (const declaration of rule.declarations) {
      // An unknown value could set any longhand of its property, whatever the shorthand's parts look like.
      const longhands = declaration.unknown ? longhandsOf(declaration.property).map((p): [string, string] => [p, declaration.value]) : expandDeclaration(declaration.property, declaration.value);
      const shorthand = shorthandOf(declaration.property, declaration.value);
      for (const [property, value] of longhands) {
        if (condition) {
          conditional.push({ property, value, condition, source });
          continue;
        }
        offer(cascaded, property, {
          value,
          origin: 'author',
          important: declaration.important,
          inline: false,
          specificity: rule.selector.specificity,
          sheet: sheetIndex,
          order: rule.order * 1000 + rule.declarations.indexOf(declaration),
          source,
          ...shorthand,
          ...(unknown && !declaration.unknown && maybeInherits(property, value) ? { maybeInherit: unknown } : unknown || declaration.unknown ? { unknown: unknown ?? declaration.unknown } : {}),
        });
      }
    }
  }

  private finish(cascaded: Map<string, Cascaded>, parent: ComputedStyle, unknown: ReadonlyMap<string, UnresolvedReason>, conditional: ConditionalDeclaration[]): ComputedStyle {
    const variables = this.variablesOf(cascaded, parent.variables);
    substituteAll(cascaded, variables);
    const get = (property: string): Cascaded | undefined => cascaded.get(property);
    const unresolved = (property: string): Resolved<never> | undefined => {
      const reason = unknown.get(property);
      if (reason) return { known: false, reason, detail: property };
      const c = get(property);
      if (c?.unknown) return { known: false, reason: c.unknown, detail: `${property} from ${c.source}` };
      if (c && isDynamicValue(c.value)) return { known: false, reason: c.value.includes('var(') ? 'css-variable' : 'unknown-value', detail: `${property}: ${c.value}` };
      return undefined;
    };

    // font-size
    let fontSize: Resolved<number>;
    const fs = get('font-size');
    const fsUnknown = unresolved('font-size');
    if (fsUnknown) fontSize = fsUnknown;
    else if (fs && fs.value !== 'inherit') {
      // An absolute size (px, rem, a keyword) stands on its own; only a relative one needs the parent's.
      if (!parent.fontSize.known && isRelativeFontSize(fs.value)) fontSize = parent.fontSize;
      else if (!parent.fontSize.known) {
        const px = fontSizeToPx(fs.value, 0, this.rootFontSize);
        fontSize = px === undefined ? { known: false, reason: 'unknown-value', detail: `font-size: ${fs.value}` } : { known: true, value: px, origin: fs.origin, source: fs.source };
      } else {
        const px = fontSizeToPx(fs.value, parent.fontSize.value, this.rootFontSize);
        fontSize = px === undefined ? { known: false, reason: 'unknown-value', detail: `font-size: ${fs.value}` } : { known: true, value: px, origin: strongerOrigin(fs.origin, parent.fontSize.origin), source: fs.source };
      }
    } else fontSize = parent.fontSize;

    // font-weight
    let fontWeight: Resolved<number>;
    const fw = get('font-weight');
    const fwUnknown = unresolved('font-weight');
    if (fwUnknown) fontWeight = fwUnknown;
    else if (fw && fw.value !== 'inherit') {
      const parentWeight = parent.fontWeight.known ? parent.fontWeight.value : 400;
      const n = fontWeightToNumber(fw.value, parentWeight);
      fontWeight = n === undefined || (!parent.fontWeight.known && /bolder|lighter/.test(fw.value)) ? { known: false, reason: 'unknown-value', detail: `font-weight: ${fw.value}` } : { known: true, value: n, origin: fw.origin, source: fw.source };
    } else fontWeight = parent.fontWeight;

    // color
    let color: Resolved<Rgba>;
    const c = get('color');
    const cUnknown = unresolved('color');
    if (cUnknown) color = cUnknown;
    else if (c && !/^(?:inherit|currentcolor)$/i.test(c.value.trim())) {
      const parsed = parseColor(c.value);
      color = parsed ? { known: true, value: parsed, origin: c.origin, source: c.source } : { known: false, reason: 'unknown-value', detail: `color: ${c.value}` };
    } else color = parent.color;

    // background: own fill, then the backdrop it makes with what is behind.
    let fill: Resolved<Rgba | null>;
    const bg = get('background-color');
    const image = get('background-image');
    const bgUnknown = unresolved('background-color') ?? unresolved('background-image');
    if (bgUnknown) fill = bgUnknown;
    // An image or gradient paints over the colour: what shows behind the text is not known statically.
    else if (image && !/^(?:none|initial|unset)$/i.test(image.value.trim())) fill = { known: false, reason: 'background-image', detail: `background-image: ${image.value}` };
    else if (bg) {
      const parsed = parseColor(bg.value);
      fill = parsed ? { known: true, value: parsed.alpha === 0 ? null : parsed, origin: bg.origin, source: bg.source } : { known: false, reason: 'unknown-value', detail: `background-color: ${bg.value}` };
    } else fill = { known: true, value: null, origin: 'default' };

    let backdrop: Resolved<Rgba>;
    if (!fill.known) backdrop = fill;
    else if (fill.value === null) backdrop = parent.backdrop;
    else if (fill.value.alpha >= 1) backdrop = { known: true, value: fill.value, origin: fill.origin, ...(fill.source ? { source: fill.source } : {}) };
    else backdrop = parent.backdrop.known ? { known: true, value: composite(fill.value, parent.backdrop.value), origin: fill.origin, ...(fill.source ? { source: fill.source } : {}) } : parent.backdrop;
    // A UA default fill (a plain <button>) on an unknown page is still only a default.
    if (backdrop.known && backdrop.origin === 'default' && !parent.backdrop.known) backdrop = { known: false, reason: 'no-background' };

    // opacity multiplies down the tree.
    let opacity: Resolved<number>;
    const op = get('opacity');
    const opUnknown = unresolved('opacity');
    if (opUnknown) opacity = opUnknown;
    else if (op) {
      const n = op.value.trim().endsWith('%') ? Number(op.value.trim().slice(0, -1)) / 100 : Number(op.value);
      opacity = !Number.isFinite(n) ? { known: false, reason: 'unknown-value', detail: `opacity: ${op.value}` } : parent.opacity.known ? { known: true, value: Math.max(0, Math.min(1, n)) * parent.opacity.value, origin: 'author', source: op.source } : parent.opacity;
    } else opacity = parent.opacity;

    const keyword = (property: string, inherited: Resolved<string> | undefined, fallback: string): Resolved<string> => {
      const u = unresolved(property);
      if (u) return u;
      const v = get(property);
      if (v && v.value.trim() !== 'inherit') return { known: true, value: v.value.trim().toLowerCase(), origin: v.origin, source: v.source };
      return inherited && INHERITED.has(property) ? inherited : { known: true, value: fallback, origin: 'default' };
    };

    const length = (property: string, em: number, allowAuto: boolean): Resolved<number | null> => {
      const u = unresolved(property);
      if (u) return u;
      const v = get(property);
      if (!v || (allowAuto && v.value.trim() === 'auto')) return { known: true, value: null, origin: 'default' };
      const px = lengthToPx(v.value, { em, rem: this.rootFontSize });
      return px === undefined ? { known: false, reason: 'unknown-value', detail: `${property}: ${v.value}` } : { known: true, value: px, origin: v.origin, source: v.source };
    };

    const em = fontSize.known ? fontSize.value : this.rootFontSize;
    const sides = ['padding-top', 'padding-right', 'padding-bottom', 'padding-left'].map((p) => length(p, em, false));
    const padding: Resolved<Box> = sides.every((s) => s.known)
      ? {
          known: true,
          value: { top: num(sides[0]), right: num(sides[1]), bottom: num(sides[2]), left: num(sides[3]) },
          origin: sides.reduce<Origin>((origin, s) => (s.known ? strongerOrigin(origin, s.origin) : origin), 'default'),
        }
      : (sides.find((s) => !s.known) as Resolved<Box>);

    const bw = get('border-width');
    const borderWidthLength = bw && /^(?:thin|medium|thick)$/.test(bw.value.trim()) ? { thin: 1, medium: 3, thick: 5 }[bw.value.trim() as 'thin'] : undefined;
    const borderStyle = get('border-style');
    const borderWidthResolved = length('border-width', em, false);
    const borderWidth: Resolved<number> =
      borderStyle && /^(?:none|hidden)$/.test(borderStyle.value.trim())
        ? { known: true, value: 0, origin: borderStyle.origin }
        : borderWidthLength !== undefined
          ? { known: true, value: borderWidthLength, origin: bw?.origin ?? 'default' }
          : borderWidthResolved.known
            ? { known: true, value: borderWidthResolved.value ?? 0, origin: borderWidthResolved.origin }
            : borderWidthResolved;
    const bcRaw = get('border-color');
    const bcParsed = bcRaw ? (/^currentcolor$/i.test(bcRaw.value.trim()) && color.known ? color.value : parseColor(bcRaw.value)) : undefined;
    const borderColor: Resolved<Rgba | null> = bcRaw ? (bcParsed ? { known: true, value: bcParsed, origin: bcRaw.origin } : { known: false, reason: 'unknown-value' }) : { known: true, value: null, origin: 'default' };

    const clipValue = get('clip-path') ?? get('clip');
    return {
      fontSize,
      fontWeight,
      color,
      fill,
      backdrop,
      opacity,
      display: keyword('display', undefined, 'inline'),
      visibility: keyword('visibility', parent.visibility, 'visible'),
      padding,
      borderWidth,
      borderColor,
      textDecoration: keyword('text-decoration', undefined, 'none'),
      position: keyword('position', undefined, 'static'),
      left: length('left', em, true),
      top: length('top', em, true),
      width: length('width', em, true),
      height: length('height', em, true),
      clip: clipValue ? { known: true, value: clipValue.value, origin: clipValue.origin } : { known: true, value: null, origin: 'default' },
      flexDirection: keyword('flex-direction', undefined, 'row'),
      order: keyword('order', undefined, '0'),
      gridTemplateColumns: keyword('grid-template-columns', undefined, 'none'),
      gridAutoFlow: keyword('grid-auto-flow', undefined, 'row'),
      conditional,
      variables,
    };
  }

  /** The element's custom properties: what it inherits, then what the cascade gives it (unknown where a rule may or may not apply). */
  private variablesOf(cascaded: ReadonlyMap<string, Cascaded>, inherited: Variables): Variables {
    const own = new Map<string, string | undefined>();
    for (const [property, c] of cascaded) if (property.startsWith('--')) own.set(property, c.unknown ? undefined : c.value.trim());
    return defineVariables(inherited, own);
  }
}

/** The shorthand a longhand came from, kept when its value holds a var(): the longhand is known only once it is substituted. */
function shorthandOf(property: string, value: string): { shorthand?: { property: string; value: string } } {
  return hasVar(value) && !property.startsWith('--') && expandDeclaration(property, '0 0 0 0').some(([longhand]) => longhand !== property) ? { shorthand: { property, value } } : {};
}

/** Replace var() in every cascaded value by the element's variables; a value that can't be resolved becomes unknown. */
function substituteAll(cascaded: Map<string, Cascaded>, variables: Variables): void {
  for (const [property, c] of cascaded) {
    if (property.startsWith('--') || c.unknown) continue;
    const source = c.shorthand ?? { property, value: c.value };
    if (!hasVar(source.value)) continue;
    const substituted = substituteVariables(source.value, variables);
    if (substituted === undefined) {
      cascaded.set(property, { ...c, unknown: 'css-variable', source: `${c.source} (${property}: ${c.value})` });
      continue;
    }
    const value = c.shorthand ? expandDeclaration(c.shorthand.property, substituted).find(([longhand]) => longhand === property)?.[1] : substituted;
    cascaded.set(property, value === undefined ? { ...c, unknown: 'unknown-value' } : { ...c, value });
  }
}

/** `em`, `%`, `smaller`/`larger`: a font size computed from the parent's (anything but an absolute length or keyword). */
function isRelativeFontSize(value: string): boolean {
  const text = value.trim().toLowerCase();
  return !(text in FONT_SIZE_KEYWORDS) && !/^-?(?:\d+\.?\d*|\.\d+)(?:px|rem|pt|pc|in|cm|mm|q)$/.test(text) && text !== '0';
}

/** The author's over a library's over a default. */
function strongerOrigin(a: Origin, b: Origin): Origin {
  return a === 'author' || b === 'author' ? 'author' : a === 'library' || b === 'library' ? 'library' : 'default';
}

function num(resolved: Resolved<number | null> | undefined): number {
  return resolved?.known ? (resolved.value ?? 0) : 0;
}

function zeroBox(): Resolved<Box> {
  return { known: true, value: { top: 0, right: 0, bottom: 0, left: 0 }, origin: 'default' };
}

function compareSpecificity(a: Specificity, b: Specificity): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The cascade's order of precedence: importance, then inline, then specificity, then source order. */
function offer(cascaded: Map<string, Cascaded>, property: string, candidate: Cascaded): void {
  const current = cascaded.get(property);
  if (!current || wins(candidate, current)) cascaded.set(property, current ? displacing(candidate, current) : candidate);
  else if (current.maybeInherit && !current.unknown && !inherits(candidate)) cascaded.set(property, { ...current, unknown: current.maybeInherit });
}

/**
 * A maybe-applying `inherit` (Cascaded.maybeInherit) that wins over a declaration of another value is unknown: that
 * value stands were the rule not to match (`.mantine-Button-label * { font-size: inherit }` over a `<Text size="xs">`
 * when the text may or may not be in a button's label). Over nothing, or over `inherit`, it changes nothing.
 */
function displacing(candidate: Cascaded, current: Cascaded): Cascaded {
  return candidate.maybeInherit && !candidate.unknown && !inherits(current) ? { ...candidate, unknown: candidate.maybeInherit } : candidate;
}

/** Whether a declaration gives the element its parent's value, whether its rule matches or not. */
function inherits(declaration: Cascaded): boolean {
  return declaration.value.trim().toLowerCase() === 'inherit' && !declaration.unknown;
}

/** An inherited property's `inherit`: the same as no declaration at all, whether its rule matches or not. */
function maybeInherits(property: string, value: string): boolean {
  return INHERITED.has(property) && value.trim().toLowerCase() === 'inherit';
}

function wins(a: Cascaded, b: Cascaded): boolean {
  const rank = (c: Cascaded): number => (c.origin === 'default' ? 0 : c.important ? 3 : c.inline ? 2 : 1);
  if (rank(a) !== rank(b)) return rank(a) > rank(b);
  if (a.inline !== b.inline) return a.inline;
  const spec = compareSpecificity(a.specificity, b.specificity);
  if (spec !== 0) return spec > 0;
  if (a.sheet !== b.sheet) return a.sheet > b.sheet;
  return a.order >= b.order;
}

/**
 * Whether a selector matches: `yes`, `no`, or maybe, when the match depends on what is not known statically: an
 * ancestor above the root of the file's JSX tree (wherever the component is rendered, in another file), a class
 * applied under a condition (`clsx({ small: on })`, `mode ? styles.ghost : styles.solid`), or a class computed at
 * run time. A maybe says why (the reason a value it would decide is unknown for) and on what (`clause`).
 */
interface Maybe {
  reason: UnresolvedReason;
  /** `ancestors outside this file match`, `class small is applied`. */
  clause: string;
}
type Match = 'yes' | 'no' | Maybe;

const OUTSIDE: Maybe = { reason: 'unresolved-component', clause: 'ancestors outside this file match' };

/** Either alternative: a certain match wins, then the first maybe. */
function either(a: Match, b: Match): Match {
  return a === 'yes' || b === 'yes' ? 'yes' : a !== 'no' ? a : b;
}

/** Both parts: a sure miss wins, then the maybes, joined. */
function both(a: Match, b: Match): Match {
  if (a === 'no' || b === 'no') return 'no';
  if (a === 'yes') return b;
  if (b === 'yes') return a;
  return { reason: a.reason, clause: `${a.clause} and ${b.clause}` };
}

/**
 * Mantine's static classes (mantine.dev/styles/styles-api: `.mantine-{component}-{selector}`), which Mantine sets on
 * the parts of its components and nothing else does: global CSS that restyles them (`.mantine-Button-label *`) is
 * how Mantine apps override a part.
 */
const MANTINE_STATIC_CLASS = /^mantine-[A-Z][A-Za-z]*-[a-z][A-Za-z]*$/;

/** Mantine's parts that hold what is written between a component's tags: the children are drawn inside them. */
const MANTINE_CHILDREN_PARTS: Readonly<Record<string, readonly string[]>> = { Button: ['inner', 'label'], Badge: ['label'] };

/**
 * The static classes of a library component's element as the model draws it: its root and, where the model draws
 * its children directly inside it, the parts that hold them (a Mantine Button's `label`: its text is in the label's
 * span). A compound part (`Modal.Title`) is its parent's selector (`mantine-Modal-title`).
 */
function libraryStaticClasses(element: UIElement): string[] {
  const library = element.library;
  if (library?.id !== 'mantine') return [];
  const [component, part] = library.component.split('.');
  if (!component) return [];
  if (part) return [`mantine-${component}-${part.charAt(0).toLowerCase()}${part.slice(1)}`];
  return [`mantine-${component}-root`, ...(MANTINE_CHILDREN_PARTS[component] ?? []).map((selector) => `mantine-${component}-${selector}`)];
}

/** Whether a compound selector matches an element, given which stylesheet it comes from. */
function matchesSimple(element: UIElement, simple: SimpleSelector, sheet: StyleSheetIndex, scope: StyleScope): Match {
  if (simple.tag && simple.tag !== (element.tag ?? '').toLowerCase()) return 'no';
  for (const id of simple.ids) {
    const value = element.attributes.get('id')?.value;
    if (value?.kind !== 'static' || value.value !== id) return 'no';
  }
  let result: Match = 'yes';
  for (const attribute of simple.attributes) {
    result = both(result, matchesAttribute(element, attribute));
    if (result === 'no') return 'no';
  }
  if (simple.classes.length > 0) {
    const moduleSource = [...scope.moduleSheets].find(([, s]) => s === sheet)?.[0];
    const tokens = element.classes.tokens.filter((t) => (moduleSource ? t.module === moduleSource : t.module === undefined));
    const always = new Set(tokens.filter((t) => !t.conditional).map((t) => t.name));
    if (!moduleSource) for (const name of libraryStaticClasses(element)) always.add(name);
    const sometimes = new Set(tokens.filter((t) => t.conditional).map((t) => t.name));
    // A class computed at run time (or passed in a spread) could be any of the sheet's written class names, but a
    // library's static class: only the library puts it on its component's parts.
    const unknown = sheet.namedClasses && (element.classes.hasUnknown || (element.hasSpread && !element.attributes.has('className')));
    const conditional: string[] = [];
    const computed: string[] = [];
    for (const name of simple.classes) {
      if (always.has(name)) continue;
      if (sometimes.has(name)) conditional.push(name);
      else if (unknown && !MANTINE_STATIC_CLASS.test(name)) computed.push(name);
      else return 'no';
    }
    if (conditional.length > 0) result = both(result, { reason: 'dynamic-class', clause: `${classWord(conditional)} ${conditional.join(', ')} ${conditional.length > 1 ? 'are' : 'is'} applied` });
    if (computed.length > 0) result = both(result, { reason: 'dynamic-class', clause: `a class computed at run time is ${computed.join(', ')}` });
  }
  for (const negated of simple.not) {
    const excluded = matchesSimple(element, negated, sheet, scope);
    if (excluded === 'yes') return 'no';
    if (excluded !== 'no') result = both(result, { reason: excluded.reason, clause: `not (${excluded.clause})` });
  }
  return result;
}

type AttributeSelector = SimpleSelector['attributes'][number];

/** JSX props whose names differ from the HTML attributes they render. */
const JSX_NAMES: Record<string, string> = { class: 'className', for: 'htmlFor' };

/**
 * React's boolean props (lower-cased): rendered as an empty attribute when true and left out when false, so a
 * dynamic value may leave the attribute out.
 */
const BOOLEAN_ATTRIBUTES = new Set(['allowfullscreen', 'async', 'autofocus', 'autoplay', 'checked', 'controls', 'default', 'defer', 'disabled', 'disablepictureinpicture', 'disableremoteplayback', 'formnovalidate', 'hidden', 'inert', 'itemscope', 'loop', 'multiple', 'muted', 'nomodule', 'novalidate', 'open', 'playsinline', 'readonly', 'required', 'reversed', 'scoped', 'seamless', 'selected']);

/** Props React writes as `"true"`/`"false"`: aria-*, data-* and these enumerated ones. */
const STRINGIFIED_BOOLEANS = new Set(['contenteditable', 'draggable', 'spellcheck', 'value']);

/**
 * `[href]`, `[data-variant="ghost"]`: any value, a dynamic `href={url}` included, satisfies a presence test (but a
 * dynamic `disabled={busy}` may be false, and React then leaves the attribute out); a value test needs the value,
 * so a dynamic one is a maybe. A spread may carry an attribute the element doesn't show.
 */
function matchesAttribute(element: UIElement, selector: AttributeSelector): Match {
  const attribute = findAttribute(element, selector.name);
  const test = `${selector.name}${selector.operator ?? ''}${selector.value === undefined ? '' : JSON.stringify(selector.value)}${selector.insensitive ? ' i' : ''}`;
  if (!attribute) return element.hasSpread ? { reason: 'dynamic-expression', clause: `the spread sets ${test}` } : 'no';
  if (attribute.value.kind !== 'static') {
    if (selector.operator === undefined && !BOOLEAN_ATTRIBUTES.has(selector.name.toLowerCase())) return 'yes';
    return { reason: 'dynamic-expression', clause: selector.operator === undefined ? `${test} is set` : test };
  }
  const rendered = renderedValue(selector.name, attribute.value.value);
  if (rendered === undefined) return 'no';
  return selector.operator === undefined || attributeValueMatches(rendered, selector) ? 'yes' : 'no';
}

/** The prop an attribute selector reads: as named, through React's renamings, or spelt in camelCase (`tabIndex`). */
function findAttribute(element: UIElement, name: string): Attribute | undefined {
  const lower = name.toLowerCase();
  const direct = element.attributes.get(JSX_NAMES[lower] ?? name);
  if (direct) return direct;
  for (const [prop, attribute] of element.attributes) if (prop.toLowerCase() === lower) return attribute;
  return undefined;
}

/** What React writes into the DOM for a static prop value; undefined when it writes no attribute at all. */
function renderedValue(name: string, value: StaticValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'boolean') return String(value);
  const lower = name.toLowerCase();
  if (lower.startsWith('data-') || lower.startsWith('aria-') || STRINGIFIED_BOOLEANS.has(lower)) return String(value);
  // Any other prop given a boolean is dropped (React warns about it).
  return value && BOOLEAN_ATTRIBUTES.has(lower) ? '' : undefined;
}

/** The attribute-selector operators of Selectors Level 4, on a known value. */
function attributeValueMatches(rendered: string, selector: AttributeSelector): boolean {
  const fold = (text: string): string => (selector.insensitive ? text.toLowerCase() : text);
  const actual = fold(rendered);
  const wanted = fold(selector.value ?? '');
  switch (selector.operator) {
    case '=':
      return actual === wanted;
    case '~=':
      return wanted !== '' && !/[ \t\n\r\f]/.test(wanted) && actual.split(/[ \t\n\r\f]+/).includes(wanted);
    case '|=':
      return actual === wanted || actual.startsWith(`${wanted}-`);
    case '^=':
      return wanted !== '' && actual.startsWith(wanted);
    case '$=':
      return wanted !== '' && actual.endsWith(wanted);
    case '*=':
      return wanted !== '' && actual.includes(wanted);
    default:
      return false;
  }
}

function classWord(names: readonly string[]): string {
  return names.length > 1 ? 'classes' : 'class';
}

/** Match a complex selector right to left along the element's ancestors in the JSX tree. */
function matchesComplex(element: UIElement, rule: IndexedRule, sheet: StyleSheetIndex, scope: StyleScope): Match {
  const { compounds, combinators } = rule.selector;
  const subject = compounds[compounds.length - 1];
  const own = subject ? matchesSimple(element, subject, sheet, scope) : 'no';
  if (own === 'no') return 'no';
  // Memoised by (compound, starting ancestor): without it a descendant selector whose leftmost part never
  // matches (`.y .x .x .x button` in a tree of hundreds of nested `.x`) retries every combination of ancestors,
  // which is polynomial in the tree's depth with the selector's length as exponent, and hangs the run.
  const memo = compounds.map(() => new Map<UIElement | null, Match>());
  const matchFrom = (index: number, candidate: UIElement | null): Match => {
    if (index < 0) return 'yes';
    const seen = memo[index] as Map<UIElement | null, Match>;
    const known = seen.get(candidate);
    if (known !== undefined) return known;
    const compound = compounds[index] as SimpleSelector;
    const combinator = combinators[index];
    // `html`/`body` ancestors are outside every JSX tree: they always match, and so do the classes the root layout
    // sets on them (`.dark .card`, `html.dark .card`).
    if (index === 0 && compound.tag && (compound.tag === 'html' || compound.tag === 'body') && compound.classes.length === 0) return 'yes';
    if (index === 0 && combinator === ' ' && scope.documentRoot && (compound.classes.length > 0 || compound.attributes.length > 0) && rootMatches(scope.documentRoot, compound)) return 'yes';
    // Whether compound `index` matches `candidate` or (for a descendant combinator) one of its ancestors. Every
    // start point passed on the way has the same answer (a descendant walk that finds no match ends past the root,
    // at a maybe), so a later walk stops where this one went through.
    const passed: Array<UIElement | null> = [candidate];
    let result: Match = 'no';
    // Past an element drawn in a portal, what holds it is at the end of the body, or in a container the file names,
    // not the file's elements around it.
    let portal: 'body' | 'container' | undefined;
    for (let current = skipFragments(candidate); ; current = portal ? null : skipFragments(current.parent)) {
      if (!current) {
        const mayMatch = portal === 'body' ? portalHolderMayMatch(compound, scope) : portal === 'container' || outsideMayMatch(compound, sheet, scope, rootOf(element));
        if (mayMatch) result = either(result, OUTSIDE);
        break;
      }
      const earlier = current === candidate ? undefined : seen.get(current);
      if (earlier !== undefined) {
        result = either(result, earlier);
        break;
      }
      passed.push(current);
      const here = matchesSimple(current, compound, sheet, scope);
      if (here !== 'no') result = either(result, both(here, matchFrom(index - 1, current.parent)));
      if (result === 'yes' || combinator === '>') break;
      if (!current.intrinsic && scope.components?.stylesFor(current)?.portal === true) portal = PORTAL_CONTAINER_PROPS.some((prop) => current.attributes.has(prop)) ? 'container' : 'body';
    }
    if (combinator === '>') seen.set(candidate, result);
    else for (const start of passed) seen.set(start, result);
    return result;
  };
  return both(own, matchFrom(compounds.length - 2, element.parent));
}

/**
 * Whether an element outside the file, around `root`, may match a compound: not when it asks for a class only this
 * file writes (StyleScope.classElsewhere), a class of a CSS module no other file imports, or a library part's class
 * where the app never draws the root inside that library component (StyleScope.classAround).
 */
function outsideMayMatch(compound: SimpleSelector, sheet: StyleSheetIndex, scope: StyleScope, root: UIElement): boolean {
  if (compound.classes.length === 0) return true;
  const moduleSource = [...scope.moduleSheets].find(([, s]) => s === sheet)?.[0];
  if (moduleSource) return scope.classElsewhere?.(moduleSource.split('/').pop() ?? moduleSource) !== false;
  return compound.classes.every((name) => scope.classElsewhere?.(name) !== false && scope.classAround?.(root, name) !== false);
}

/** The root of an element's tree in the file. */
function rootOf(element: UIElement): UIElement {
  let root = element;
  while (root.parent) root = root.parent;
  return root;
}

/**
 * Props that draw a portal's content into a container of the app's own (Radix's and MUI's `container`, antd's
 * `getContainer`, Mantine's `target` and `portalProps`, Chakra's `containerRef`): its ancestors are the app's,
 * unknown here.
 */
const PORTAL_CONTAINER_PROPS = ['container', 'getContainer', 'target', 'portalProps', 'containerRef'];

/**
 * Whether what holds a portal's content at the end of the body may match a compound: the element some libraries add
 * there (Mantine's `<div data-portal>`, Headless UI's `#headlessui-portal-root`), which carries no class, and
 * `<body>` and `<html>`, with the classes the root layout gives them as the page first renders (any, where a theme
 * switches them at run time). A Mantine part's static class is on none of them. So a rule for what a Mantine
 * Button's label holds (`.mantine-Button-label * { font-size: inherit }`) cannot reach the content of a modal.
 */
function portalHolderMayMatch(compound: SimpleSelector, scope: StyleScope): boolean {
  if (compound.classes.length === 0) return true;
  if (compound.classes.some((name) => MANTINE_STATIC_CLASS.test(name))) return false;
  return scope.documentRoot === undefined || rootMatches(scope.documentRoot, compound);
}

/** What a component's content takes from around its use site, compared between use sites. */
const HOST_INHERITED = ['color', 'backdrop', 'fontSize', 'fontWeight', 'opacity', 'visibility'] as const;

function sameResolved(a: Resolved<unknown>, b: Resolved<unknown>): boolean {
  return a.known === b.known && (a.known ? JSON.stringify(a.value) === JSON.stringify((b as { value: unknown }).value) : a.reason === (b as { reason: unknown }).reason);
}

function skipFragments(element: UIElement | null): UIElement | null {
  let current = element;
  while (current && (current.name === '#fragment' || current.inlineText || current.providesContext)) current = current.parent;
  return current;
}

/**
 * A root rule that asks something of the root element (a class, an id, an attribute: `html.dark`,
 * `:root[data-theme="mail"]`, `html[lang="de"]`): the root has none of these until a script or the server sets them,
 * so the rule describes a variant of the page. (`:root:not(.dark)` asks only for an absence: the page as it renders.)
 */
function rootVariant(rule: IndexedRule): boolean {
  const subject = rule.selector.compounds[0];
  return subject !== undefined && (subject.classes.length > 0 || subject.ids.length > 0 || subject.attributes.length > 0);
}

/**
 * Whether a rule of one compound styles the document root as the root layout renders it: `.dark`, `html.dark`,
 * `:root[data-theme="dark"]`, `body.theme-dark` where `<html>` or `<body>` has that class or attribute.
 */
function rootState(root: DocumentRoot | undefined, rule: IndexedRule): boolean {
  const { compounds } = rule.selector;
  const subject = compounds[0];
  if (!root || compounds.length !== 1 || !subject || (subject.classes.length === 0 && subject.attributes.length === 0)) return false;
  // `:root` is the html element (the selector records it as the root flag, with no tag).
  if (rule.selector.root && !subject.tag) return rootElementMatches(root.html, subject);
  return rootMatches(root, subject);
}

/** Whether `<html>` or `<body>` (as a compound's tag asks) certainly matches a compound of classes and attributes. */
function rootMatches(root: DocumentRoot, simple: SimpleSelector): boolean {
  if (simple.tag === 'html') return rootElementMatches(root.html, simple);
  if (simple.tag === 'body') return rootElementMatches(root.body, simple);
  return simple.tag === undefined && (rootElementMatches(root.html, simple) || rootElementMatches(root.body, simple));
}

function rootElementMatches(element: RootElementState, simple: SimpleSelector): boolean {
  if (simple.ids.length > 0 || simple.states.length > 0 || simple.not.length > 0) return false;
  if (!simple.classes.every((name) => element.classes.has(name))) return false;
  return simple.attributes.every((attribute) => {
    const value = element.attributes.get(attribute.name);
    if (value === undefined) return false;
    if (attribute.operator === undefined) return true;
    if (attribute.operator !== '=' || attribute.value === undefined) return false;
    return attribute.insensitive ? value.toLowerCase() === attribute.value.toLowerCase() : value === attribute.value;
  });
}

/** Whether `dark:` utilities apply as the page first renders: Tailwind's dark variant waits for what the root has. */
function darkModeOn(utilities: UtilityClasses | undefined, root: DocumentRoot | undefined): boolean {
  const dark = utilities?.darkVariant;
  if (dark?.kind !== 'selector' || !root) return false;
  return rootMatches(root, { ids: [], classes: dark.classes, attributes: dark.attributes, states: [], not: [] });
}
