/**
 * What a library component looks like by default: its module's style recipe (src/libraries/<id>.ts) evaluated for
 * the props the element is given, under the library's default theme or the project's own theme read as data. The
 * cascade takes these declarations as the library's stylesheet: author styles, a class's specificity, before every
 * stylesheet of the page, so the page's own rules, utility classes and inline styles win over them.
 */
import { libraryById } from '../libraries/index.js';
import { themeVariable } from '../libraries/theme-data.js';
import type { ComponentData, LibraryModule, StyleRecipe, ThemeOverrides } from '../libraries/types.js';
import type { ClassToken, Emphasis, StaticValue, UIElement, UIModel } from '../model/types.js';

export interface LibraryStyle {
  /**
   * `styled`: the declarations below are everything the library sets on it; `none`: it draws no box of its own
   * (a provider, a portal), its children are laid out and inherit as if it were not there; `unknown`: the library
   * styles it in a way honest-ui doesn't know (no data, or the project's theme restyles it).
   */
  kind: 'styled' | 'none' | 'unknown';
  /** Drawn in a portal at the end of the document's body (ComponentData.portal): it inherits the document's styles. */
  portal?: boolean;
  declarations: Array<{ property: string; value: string }>;
  /** Properties whose value depends on something not known statically (a prop computed at run time). */
  unknown: string[];
  /** For explanations: `mui Button`, or the project's theme file. */
  source: string;
  detail?: string;
}

/**
 * A library's default theme values: its one theme, or the one of the project's major version; without a version,
 * the values its majors agree on (the others unknown).
 */
function defaultTheme(library: LibraryModule, version: number | undefined): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>(Object.entries(library.theme ?? {}).map(([name, { value }]) => [name, value]));
  const versions = library.versions?.themes;
  if (!versions) return out;
  const chosen = version === undefined ? undefined : versions[version];
  if (chosen) {
    for (const [name, { value }] of Object.entries(chosen)) out.set(name, value);
    return out;
  }
  const all = Object.values(versions);
  for (const name of new Set(all.flatMap((theme) => Object.keys(theme)))) {
    const values = new Set(all.map((theme) => theme[name]?.value));
    out.set(name, values.size === 1 ? [...values][0] : undefined);
  }
  return out;
}

/** Library component styles for the elements of one file, under the themes in scope. */
export interface ComponentStyles {
  stylesFor(element: UIElement): LibraryStyle | undefined;
  /** Theme values as variables of the document (the default themes, then the project's). */
  variables: ReadonlyMap<string, string | undefined>;
}

/** The project's themes, by library id (src/resolve/themes.ts finds and reads them). */
export type ProjectThemes = ReadonlyMap<string, ThemeOverrides>;

type PropValue = { kind: 'static'; value: StaticValue } | { kind: 'dynamic' } | { kind: 'absent' };

function propOf(element: UIElement, name: string): PropValue {
  const attribute = element.attributes.get(name);
  if (!attribute) return element.hasSpread ? { kind: 'dynamic' } : { kind: 'absent' };
  return attribute.value.kind === 'static' ? { kind: 'static', value: attribute.value.value } : { kind: 'dynamic' };
}

type Match = 'yes' | 'no' | 'maybe';

function matches(wanted: Readonly<Record<string, string | boolean | readonly string[]>>, props: (name: string) => PropValue): Match {
  let result: Match = 'yes';
  for (const [name, expected] of Object.entries(wanted)) {
    const actual = props(name);
    if (actual.kind === 'dynamic') {
      result = 'maybe';
      continue;
    }
    if (expected === '*') {
      if (actual.kind === 'absent' || actual.value === undefined || actual.value === null || actual.value === false) return 'no';
      continue;
    }
    const value = actual.kind === 'static' ? actual.value : undefined;
    const ok = Array.isArray(expected) ? typeof value === 'string' && expected.includes(value) : value === expected || (typeof expected === 'boolean' && value === undefined && expected === false);
    if (!ok) return 'no';
  }
  return result;
}

const UNKNOWN = Symbol('unknown');

/** Fill `{prop}` placeholders; UNKNOWN when a prop is dynamic or its value means nothing the library documents. */
function fill(value: string, recipe: StyleRecipe, props: (name: string) => PropValue): string | typeof UNKNOWN {
  let failed = false;
  const out = value.replace(/\{([A-Za-z]+)\}/g, (_match, name: string) => {
    const actual = props(name);
    if (actual.kind !== 'static' || actual.value === undefined || actual.value === null) {
      failed = true;
      return '';
    }
    const transform = recipe.propValues?.[name];
    const text = transform ? transform(actual.value) : String(actual.value);
    if (text === undefined) {
      failed = true;
      return '';
    }
    return text;
  });
  return failed ? UNKNOWN : out;
}

/** A recipe's declarations for an element's props: base, then every matching entry in order. */
export function evaluateRecipe(recipe: StyleRecipe, props: (name: string) => PropValue): { declarations: Map<string, string>; unknown: Set<string> } {
  const values = new Map<string, string | typeof UNKNOWN>();
  const apply = (style: Readonly<Record<string, string>>, certain: boolean): void => {
    for (const [property, raw] of Object.entries(style)) values.set(property, certain ? fill(raw, recipe, props) : UNKNOWN);
  };
  apply(recipe.base ?? {}, true);
  for (const entry of recipe.when ?? []) {
    const match = matches(entry.props, props);
    if (match !== 'no') apply(entry.style, match === 'yes');
  }
  const declarations = new Map<string, string>();
  const unknown = new Set<string>();
  for (const [property, value] of values) {
    if (value === UNKNOWN) unknown.add(property);
    else declarations.set(property, value);
  }
  return { declarations, unknown };
}

/** The props a recipe reads: as written, else the project theme's default props, else the recipe's defaults. */
function propsReader(element: UIElement, recipe: StyleRecipe, theme: ThemeOverrides | undefined, component: string): (name: string) => PropValue {
  const themeDefaults = theme?.defaultProps?.get(component);
  return (name) => {
    const names = recipe.aliases?.[name] ?? [name];
    const own = names.map((alias) => propOf(element, alias)).find((value) => value.kind !== 'absent') ?? propOf(element, name);
    if (own.kind !== 'absent') return own;
    const fromTheme = themeDefaults?.get(name);
    if (fromTheme !== undefined) return { kind: 'static', value: fromTheme };
    const fallback = recipe.props?.[name];
    return fallback === undefined ? own : { kind: 'static', value: fallback };
  };
}

/**
 * The classes a library component puts on its root (shadcn's cva classes where the project's copy can't be read,
 * Bootstrap's `btn btn-primary`), for the class tables in scope to resolve: base classes, then those of every
 * matching entry; an entry that depends on a prop computed at run time gives conditional classes.
 */
export function libraryClasses(element: UIElement): ClassToken[] | undefined {
  const ref = element.library;
  const recipe = ref ? libraryById(ref.id)?.components[ref.component]?.style : undefined;
  if (!recipe || (recipe.classes === undefined && recipe.classesWhen === undefined)) return undefined;
  const props = propsReader(element, recipe, undefined, ref?.component ?? '');
  const tokens: ClassToken[] = [];
  const add = (classes: string, conditional: boolean): void => {
    for (const name of classes.split(/\s+/)) if (name) tokens.push({ name, conditional });
  };
  add(recipe.classes ?? '', false);
  for (const entry of recipe.classesWhen ?? []) {
    const match = matches(entry.props, props);
    if (match !== 'no') add(entry.classes, match === 'maybe');
  }
  return tokens;
}

/**
 * A theme's default props change what a component is drawn as where the use site doesn't say
 * (`components.MuiButton.defaultProps.variant: 'contained'` makes every bare `<Button>` filled): the emphasis the
 * preset gave from the library's own default is replaced by the theme's, or unknown where the theme's value isn't
 * one of the variants.
 */
export function applyThemeDefaults(model: UIModel, themes: ProjectThemes): void {
  for (const element of model.elements) {
    const ref = element.library;
    const theme = ref && themes.get(ref.id);
    if (!ref || !theme) continue;
    // A theme that restyles the component's variants (MUI styleOverrides: a bordered `text` button) decides what it
    // looks like: its presentation is read from the styles, not from the variant's name.
    if (theme.extraStyles?.has(ref.component)) {
      element.emphasis = undefined;
      continue;
    }
    const rules = libraryById(ref.id)?.components[ref.component]?.variant;
    const list = rules === undefined ? [] : Array.isArray(rules) ? rules : [rules];
    if (list.length === 0 || list.some((r) => element.attributes.has(r.prop))) continue;
    const rule = list[list.length - 1] as (typeof list)[number];
    if (theme.opaque !== undefined || theme.restyled?.has(ref.component)) {
      element.emphasis = undefined;
      continue;
    }
    const value = theme.defaultProps?.get(ref.component)?.get(rule.prop);
    if (value === undefined) continue;
    const emphasis: Emphasis | undefined = typeof value === 'string' ? (rule.values[value] ?? Object.entries(rule.byPrefix ?? {}).find(([prefix]) => value.startsWith(prefix))?.[1]) : undefined;
    element.emphasis = emphasis;
  }
}

export function createComponentStyles(themes: ProjectThemes, usedLibraries: ReadonlySet<string>): ComponentStyles {
  const variables = new Map<string, string | undefined>();
  for (const id of usedLibraries) {
    const library = libraryById(id);
    const project = themes.get(id);
    const defaults = library ? defaultTheme(library, project?.version) : new Map<string, string | undefined>();
    for (const [name, value] of defaults) variables.set(themeVariable(id, name), value);
    if (!project) continue;
    if (project.opaque !== undefined) for (const name of defaults.keys()) variables.set(themeVariable(id, name), undefined);
    for (const [name, value] of project.values) variables.set(name, value);
  }
  const cache = new WeakMap<UIElement, LibraryStyle | undefined>();
  return {
    variables,
    stylesFor(element) {
      if (!element.library) return undefined;
      if (cache.has(element)) return cache.get(element);
      const style = styleOf(element, themes);
      cache.set(element, style);
      return style;
    },
  };
}

function styleOf(element: UIElement, themes: ProjectThemes): LibraryStyle | undefined {
  const style = ownStyleOf(element, themes);
  const data = element.library ? libraryById(element.library.id)?.components[element.library.component] : undefined;
  return style && data?.portal && inPortal(element, data.portal) ? { ...style, portal: true } : style;
}

/** Whether the element is drawn in its library's portal: unless a prop given as written keeps it in place. */
function inPortal(element: UIElement, portal: NonNullable<ComponentData['portal']>): boolean {
  if (!portal.off) return true;
  const prop = propOf(element, portal.off.prop);
  if (prop.kind === 'dynamic') return false;
  // `disablePortal` given bare is `true`.
  const value = prop.kind === 'static' ? (prop.value ?? true) : undefined;
  return value !== portal.off.value;
}

function ownStyleOf(element: UIElement, themes: ProjectThemes): LibraryStyle | undefined {
  const ref = element.library;
  if (!ref) return undefined;
  const library = libraryById(ref.id);
  const data: ComponentData | undefined = library?.components[ref.component];
  const source = `${ref.id} ${ref.component}`;
  if (!library || !data) return undefined;
  const theme = themes.get(ref.id);
  if (data.renders === 'none') return { kind: 'none', declarations: [], unknown: [], source };
  const recipe = data.style;
  if (!recipe) return { kind: 'unknown', declarations: [], unknown: [], source, detail: `${source} is drawn with styles honest-ui has no data for` };
  if (theme?.restyled?.has(ref.component)) return { kind: 'unknown', declarations: [], unknown: [], source, detail: `the theme in ${theme.source} restyles ${ref.component}` };
  const extra = theme?.extraStyles?.get(ref.component);
  const themed: StyleRecipe = extra ? { ...recipe, when: [...(recipe.when ?? []), ...extra] } : recipe;
  const { declarations, unknown } = evaluateRecipe(themed, propsReader(element, themed, theme, ref.component));
  return { kind: 'styled', declarations: [...declarations].map(([property, value]) => ({ property, value })), unknown: [...unknown], source: theme ? `${source} (theme ${theme.source})` : source };
}
