/**
 * The UI model: what a JSX file renders, as honest-ui understands it.
 *
 * The model is built from any ESTree / TS-ESTree shaped AST (typescript-estree in the checker, whatever parser
 * ESLint was given in the rules), so it stores only plain data plus an opaque reference to the source node.
 * Everything a check needs is here; nothing in the model is guessed: values the builder cannot resolve
 * statically are marked unknown with a reason, and checks never report on an unknown.
 */

/** A position as ESTree gives it: line is 1-based, column is 0-based. */
export interface Position {
  line: number;
  column: number;
}

export interface SourceLocation {
  start: Position;
  end: Position;
}

export type Range = readonly [number, number];

/** Why a value could not be resolved. Reported in verbose mode and as needs-review reasons. */
export type UnresolvedReason =
  | 'dynamic-expression'
  | 'dynamic-class'
  | 'translation'
  | 'css-variable'
  | 'unknown-value'
  | 'unresolved-component'
  | 'unresolved-import'
  | 'no-background'
  /** A background image or gradient paints behind the text: no single colour to measure contrast against. */
  | 'background-image'
  /** JSX nested deeper than the model builder descends (MAX_JSX_DEPTH in build.ts). */
  | 'too-deep'
  | 'conditional';

/** What an element is, whatever it is called in the source. */
export type Semantic =
  | 'button'
  | 'link'
  | 'checkbox'
  | 'switch'
  | 'radio'
  | 'input'
  | 'select'
  | 'label'
  | 'text'
  | 'heading'
  | 'container'
  | 'form'
  | 'dialog'
  | 'image'
  | 'other';

/** A value known at lint time. */
export type StaticValue = string | number | boolean | null | undefined;

export type AttributeValue =
  /**
   * `<input checked>`, `value="x"`, `checked={true}`, `checked={DEFAULT}` with `const DEFAULT = true`. `binding` is
   * the constant as written (`DEFAULT`, `DEFAULTS.marketing`) when the value comes from one, for messages.
   */
  | {
      kind: 'static';
      value: StaticValue;
      range: Range;
      binding?: string;
      /** The file the value is written in, when it is not the file this model is of (an imported constant, a caller's prop). */
      origin?: string;
    }
  /**
   * Bound to React state or to a property of a defaults object: the current value is dynamic, but its initial
   * value is known. `initRange` is the range of the literal that sets it, for suggestions.
   */
  | {
      kind: 'initial';
      value: StaticValue;
      initRange: Range;
      binding: string;
      range: Range;
      /** The file `initRange` points into, when it is not the file this model is of (a caller's state, a store module). */
      origin?: string;
      /**
       * The value is set somewhere a one-step fix in this file can't reach: in another module (a store, a form's
       * defaults), in the component that renders this element, or behind an operator (`!optOut`).
       */
      external?: boolean;
    }
  /** A JSX element passed as a prop, such as MUI's `label={<span>...</span>}`. */
  | { kind: 'element'; element: UIElement; range: Range }
  /**
   * Anything else: a function call, a prop of unknown origin, a server value. `text` is set when the value is text
   * with parts computed at run time (`\`Only ${left} left\``): the known words and typed slots.
   */
  | { kind: 'dynamic'; reason: UnresolvedReason; expressionText: string; range: Range; text?: TextPart[] };

export interface Attribute {
  name: string;
  value: AttributeValue;
  /** The whole attribute, `defaultChecked={true}`, for suggestions that remove it. */
  range: Range;
  loc: SourceLocation;
  /**
   * Written with no value (`<Switch defaultChecked />`), where the range no longer shows it: an attribute a
   * component's element brings to a use site points at the use site, and its message must still say it as written.
   */
  bare?: true;
}

/** A class token. `module` is the import source of the CSS module it comes from (`s.accept`), if any. */
export interface ClassToken {
  name: string;
  module?: string;
  /** Applied only under a condition (`clsx({ active: on })`, `on && 'active'`). */
  conditional: boolean;
}

export interface ClassList {
  tokens: ClassToken[];
  /** Some class names are computed at run time: the list may be incomplete. */
  hasUnknown: boolean;
  /**
   * The list goes through tailwind-merge (`cn(...)`, `twMerge(...)`): of two conflicting utilities the later wins,
   * also for classes a use site passes in (src/model/class-merge.ts).
   */
  merged?: boolean;
}

/** One `style={{ ... }}` declaration, property in CSS (kebab-case) form. */
export interface InlineDeclaration {
  property: string;
  value: string;
}

export interface InlineStyle {
  declarations: InlineDeclaration[];
  /** Some part could set any property: a spread or a key computed at run time, or no object at all. */
  hasUnknown: boolean;
  /**
   * Properties (CSS form) written with a value known only at run time (`height: isMobile ? '100%' : 'auto'`): those
   * are unknown, the others the object sets or leaves are not.
   */
  unknownProperties?: string[];
}

/**
 * A part of text computed at run time whose kind the source shows: a number (`{count}`, `items.length`, an ICU
 * `{n, plural, ...}`), a price (a currency sign or code beside an amount, `formatPrice(x)`, an `Intl.NumberFormat`
 * with `style: 'currency'`), or other text. `name` is the expression as written, for messages.
 */
export interface TextSlot {
  slot: 'number' | 'price' | 'text';
  name: string;
  /** The currency, where the source names it (`USD`, `€`). */
  currency?: string;
}

/** Text as written, or a slot for a part computed at run time. */
export type TextPart = string | TextSlot;

/**
 * Text that is known, or known to be there but not resolvable (a translation key, a variable). An unknown part of a
 * sentence whose kind the source shows carries a typed `slot` ("Only {n} left": a number).
 */
export type TextValue = { known: true; value: string } | { known: false; reason: UnresolvedReason; slot?: TextSlot };

export interface UIText {
  kind: 'text';
  text: TextValue;
  range: Range;
  loc: SourceLocation;
  parent: UIElement;
}

export type UINode = UIElement | UIText;

export interface UIElement {
  kind: 'element';
  /** Stable within a model: document order of the opening tag. */
  id: number;
  /** The tag as written: `button`, `Button`, `Form.Check`, `motion.div`. */
  name: string;
  /** Lower-case first letter: an HTML element rather than a component. */
  intrinsic: boolean;
  /** For intrinsic elements the tag itself; for components the element they stand for, where known. */
  tag: string | undefined;
  semantic: Semantic;
  /** How the semantic was decided, for explanations: `html`, `role`, `settings`, `preset`, `name`, `as-prop`. */
  semanticSource: string;
  /**
   * A translation component that renders its message in place, as text with no element of its own: react-i18next's
   * `<Trans>`, react-intl's `<FormattedMessage>`, Tolgee's `<T>`. It draws no box: its text takes its parent's styles.
   */
  inlineText?: true;
  /**
   * A React context's provider (`<Settings.Provider value={...}>`, React 19's `<Settings value={...}>`, where the
   * name is bound to React's `createContext`; react.dev/reference/react/createContext#provider), or a component that
   * renders one around its content: it renders its children and no element of its own, so they take their styles
   * from around it. (React's `Fragment` and `Suspense` are library components that render none: src/libraries/react.ts.)
   */
  providesContext?: true;
  /** Visual emphasis implied by a component library or design-system setting, where known. */
  emphasis: Emphasis | undefined;
  attributes: Map<string, Attribute>;
  /** `{...props}` spreads: attributes may come from elsewhere. */
  hasSpread: boolean;
  children: UINode[];
  parent: UIElement | null;
  /** The element is rendered only under a condition (`{open && ...}`, a ternary branch, a `.map`). */
  conditional: boolean;
  classes: ClassList;
  inlineStyle: InlineStyle;
  /** Import source of the component (`@mui/material`, `./ui/Button`), when the name was imported. */
  importSource: string | undefined;
  /** The name of the function component whose JSX this element belongs to, if any. */
  component: string | undefined;
  /** Location of the whole element. */
  range: Range;
  loc: SourceLocation;
  /** Location of the opening tag: where findings point. */
  openingRange: Range;
  openingLoc: SourceLocation;
  /** The ESTree node, opaque to the core. */
  node: unknown;
  /**
   * Set on an element a component renders at a use site in this file (the use site itself, which becomes the
   * component's root, and everything brought in with it): the component module the use site renders (`via`) and
   * where the element's JSX is written (`file`, `line`, `column`), which may be deeper, in a component that one
   * renders. Findings on such an element are the component's to report unless the use site changes them
   * (src/engine/component-findings.ts). Elements written in this file and passed into a component's slots have none.
   */
  rendered?: RenderedFrom;
  /**
   * Set on a use site of one of the app's own function components once it is rendered in place (applyRendering):
   * the element stands for that component's root. Not on a library's component (src/libraries: shadcn/ui's copies of
   * its button, card or dialog included).
   */
  expanded?: true;
  /**
   * Set on an element rendered once per item of a constant list (`PURPOSES.map((p) => <Switch ... />)`): which item
   * (0-based) of how many. Copies share their source position.
   */
  repeated?: { index: number; count: number };
  /** The library component the element is (src/libraries), where its import says so: its styles and layout are data. */
  library?: LibraryRef;
  /**
   * Set on an element that renders in one branch of a choice between others (`{step === 'offer' && <Offer/>}`, the
   * two sides of a ternary, `{done && ...}` beside `{!done && ...}`): the branches it belongs to, by the condition
   * they test. Two elements whose branches of one condition differ are never on screen together.
   */
  branches?: Branch[];
}

export interface Branch {
  /** The condition tested, as written: `state.step`, `submitted`, or a ternary's position. */
  key: string;
  /** The value that opens this branch: `"offer"`, `true`, `then`. */
  value: string;
}

export interface LibraryRef {
  /** The library module's id: `mui`, `radix`, `shadcn`. */
  id: string;
  /** The component's key in its module: `Button`, `dialog.Content`. */
  component: string;
}

export interface RenderedFrom {
  /** The module of the component this file's use site renders. */
  via: string;
  /** Where the element's JSX is written. */
  file: string;
  line: number;
  column: number;
}

export type Emphasis = 'filled' | 'outlined' | 'text' | 'link';

export interface ImportBinding {
  /** The local name in this file. */
  local: string;
  /** `default`, `*`, or the imported name. */
  imported: string;
  source: string;
}

export interface ImportInfo {
  source: string;
  bindings: ImportBinding[];
  /** A side-effect import such as `import './banner.css'`. */
  sideEffect: boolean;
  range: Range;
}

/** The result of building the model of one source file. */
export interface UIModel {
  /** Roots of every JSX tree in the file, in source order. */
  roots: UIElement[];
  /** All elements in document order (by opening tag position). */
  elements: UIElement[];
  imports: ImportInfo[];
  /** Local names bound to CSS modules, mapped to their import source. */
  cssModules: Map<string, string>;
  /** Stylesheets imported for their side effects (`import './banner.css'`), import sources in order. */
  stylesheets: string[];
}
