/**
 * What honest-ui knows about a component library, as plain data (DESIGN.md, "Library knowledge as data"): which
 * components are buttons, switches, dialogs and stacks, how prominent each variant is drawn, which element each
 * one renders, the styles its default theme gives it per variant and size, and where it draws the elements passed
 * in slot props. One module per library (src/libraries/<id>.ts), each value with its source; adding a library is
 * adding one file and listing it in src/libraries/index.ts.
 *
 * Theme values are CSS custom properties of the library's own namespace (`--hu-mui-palette-primary-main`): a
 * component's styles refer to them with `var()`, the default theme defines them at the document root, and a
 * project's own theme file (createTheme, ConfigProvider, extendTheme, ...) read as data redefines them. A theme
 * value the project changes in a way that can't be read is unknown, never the default.
 */
import type { Emphasis, Semantic, StaticValue } from '../model/types.js';

export interface PresetInput {
  /** The tag as written: `Button`, `Form.Check`, `Switch.Root`. */
  name: string;
  importSource: string | undefined;
  /** The exported name of a renamed import: presets know `Button`, not the local `MuiButton`. */
  importedName?: string | undefined;
  staticAttribute(name: string): StaticValue;
  hasAttribute(name: string): boolean;
}

export interface VariantRule {
  prop: string;
  values: Record<string, Emphasis>;
  /** The emphasis when the prop is absent. */
  absent: Emphasis;
  /** A value not in `values` (react-bootstrap's `outline-danger`): by prefix. */
  byPrefix?: Record<string, Emphasis>;
}

/** CSS declarations by property (kebab-case). Values may hold `var(--hu-...)` theme references and `{prop}` placeholders. */
export type Declarations = Readonly<Record<string, string>>;

/**
 * A component's own styles, in the shape MUI writes them (`variants: [{ props, style }]`): the base declarations,
 * then each entry whose props all match, in order. A placeholder `{color}` in a value is the prop's value (or its
 * default); a prop computed at run time makes every declaration that depends on it unknown.
 */
export interface StyleRecipe {
  /** Props the styles read, with the value each takes when absent. */
  props?: Readonly<Record<string, string | boolean>>;
  /** A prop read under other names (Chakra's `palette`: v3's `colorPalette`, v2's `colorScheme`): the first given. */
  aliases?: Readonly<Record<string, readonly string[]>>;
  /**
   * How a prop's value becomes CSS where a placeholder uses it (MUI's `color="text.secondary"` is a palette
   * colour); undefined when the value means nothing the library documents, which makes the declaration unknown.
   */
  propValues?: Readonly<Record<string, (value: string | number | boolean) => string | undefined>>;
  base?: Declarations;
  /** A value list matches any of its values; `true`/`false` match a boolean prop; `'*'` any value given. */
  when?: ReadonlyArray<{ props: Readonly<Record<string, string | boolean | readonly string[]>>; style: Declarations }>;
  /**
   * Classes the component puts on its root for a utility framework to resolve (shadcn's cva classes, Bootstrap's
   * `btn btn-primary`), by the same matching: these go through the class tables, merged with the use site's.
   */
  classes?: string;
  classesWhen?: ReadonlyArray<{ props: Readonly<Record<string, string | boolean | readonly string[]>>; classes: string }>;
}

/** Where a library draws the element passed in a slot prop, relative to the component's children. */
export type SlotPlace = 'before-children' | 'after-children';

export interface ComponentData {
  semantic: Semantic | ((input: PresetInput) => Semantic);
  /** How prominent the component is drawn, by a variant prop; several props: the first one given decides. */
  variant?: VariantRule | readonly VariantRule[];
  checkedProps?: readonly string[];
  /**
   * The element the component draws as its root: an HTML tag, or `none` for one that draws no box of its own (a
   * context provider, a portal: its children take part in the layout around it). Unset: not known.
   */
  renders?: string | ((input: PresetInput) => string | undefined);
  /** Its styles under the library's default theme; a styled library's component without them stays unresolved. */
  style?: StyleRecipe;
  /** Props holding elements the library draws elsewhere than where they are written (a modal's `footer`). */
  slots?: Readonly<Record<string, SlotPlace>>;
  /**
   * The library draws the component in a portal, at the end of the document's body (a Radix `Portal` part, MUI's
   * `Dialog`, antd's `Modal`): it and what it holds inherit the document's styles, not those around the place it is
   * written. `off`: a prop value that keeps it where it is written (MUI's `disablePortal`, Mantine's `withinPortal=
   * {false}`, antd's `getContainer={false}`); a value computed at run time leaves it where it is written, as before.
   */
  portal?: { off?: { prop: string; value: StaticValue } };
}

/** A theme value: a CSS value, with where it comes from. */
export interface ThemeValue {
  value: string;
  /** The library's docs page or default theme file the value is taken from. */
  source: string;
}

/** What a project's theme file or provider says, read as data: values by theme variable, or why they can't be. */
export interface ThemeOverrides {
  /** `--hu-mui-palette-primary-main` → `#000`, or `undefined` when the theme sets it to something not readable. */
  values: ReadonlyMap<string, string | undefined>;
  /** Component default props the theme sets (`components.MuiButton.defaultProps.variant`), by component. */
  defaultProps?: ReadonlyMap<string, ReadonlyMap<string, StaticValue>>;
  /** Components whose styles the theme overrides in a way that isn't read (style overrides, recipes): unknown. */
  restyled?: ReadonlySet<string>;
  /**
   * Styles the theme adds to a component, read as data (MUI's `styleOverrides` and `variants`): entries applied after
   * the component's own, so they win. A value that isn't data is `env(honest-ui-unknown)`, which the cascade leaves
   * unknown.
   */
  extraStyles?: ReadonlyMap<string, NonNullable<StyleRecipe['when']>>;
  /** The whole theme couldn't be read (a function call, a spread of an import): every value is unknown. */
  opaque?: string;
  /** Where the theme was read, for explanations. */
  source: string;
  /** The library's major version the project's package.json asks for, where a module's themes differ by it. */
  version?: number;
}

/**
 * How a project's own theme is found and read: the calls that make one (`createTheme({...})`) and the provider
 * props that apply one (`<ThemeProvider theme={theme}>`), with a reader for the options object as plain data.
 */
export interface ThemeSpec {
  /** Functions whose first argument is the theme's options: `createTheme`, `extendTheme`. */
  factories: readonly string[];
  /** Providers and the prop (or props) that take the theme: `ThemeProvider` → `theme`. */
  providers: Readonly<Record<string, string | readonly string[]>>;
  /** Names the library exports for its own default theme (`defaultConfig`): read as an empty set of overrides. */
  defaults?: readonly string[];
  /**
   * Helpers that return their argument, read as data where a theme uses them but never a theme on their own
   * (Chakra's `defineStyleConfig({...})` for one component's styles).
   */
  helpers?: readonly string[];
  /** Options (as plain data; `undefined` where a value isn't data) → theme variables and component defaults. */
  read(options: ThemeData, source: string): ThemeOverrides;
}

/** A theme object as data: nested records of strings, numbers and booleans; `UNREADABLE` where a value isn't data. */
export type ThemeData = { readonly [key: string]: ThemeDatum };
export type ThemeDatum = string | number | boolean | null | typeof UNREADABLE | ThemeData | readonly ThemeDatum[];
export const UNREADABLE = Symbol('unreadable');

export interface LibraryModule {
  /** `mui`, `antd`, ... for explanations and the variable namespace. */
  id: string;
  /** Whether an import source belongs to the library; `component` is the subpath's component, if any. */
  matches(source: string): { component?: string } | undefined;
  components: Readonly<Record<string, ComponentData>>;
  /**
   * The library's components are files of the project (shadcn/ui copies them in): rendered from their source where
   * it can be read, this module's data standing in only where it can't.
   */
  copiedIntoProject?: boolean;
  /** The default theme: the values of the library's variables (without the `--hu-<id>-` prefix). */
  theme?: Readonly<Record<string, ThemeValue>>;
  /** Reading a project's own theme. */
  themeSpec?: ThemeSpec;
  /**
   * Default themes that differ by major version (Chakra v2 and v3), and the packages whose version range in the
   * project's package.json says which; a value the versions disagree on is unknown when the version isn't known.
   */
  versions?: { packages: readonly string[]; themes: Readonly<Record<number, Readonly<Record<string, ThemeValue>>>> };
  /**
   * The library's own stylesheet (Bootstrap's), as CSS text holding the rules honest-ui reads: in scope wherever
   * the project depends on one of `packages` or imports a stylesheet whose source matches `imports`.
   */
  stylesheet?: { packages: readonly string[]; imports: RegExp; css: string; file: string };
}
