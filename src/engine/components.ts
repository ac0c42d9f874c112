/**
 * Cross-file components: `<PrimaryButton>` imported from `./ui/PrimaryButton` (or `@/components/...` through the
 * nearest tsconfig's `paths`) is read from disk, parsed as data (never executed), and its root element, built with
 * the props the use site passes, replaces what the use site only knew by name: tag, semantics, classes and the
 * stylesheets that style them, inline style, content. Components it renders are followed the same way up to
 * MAX_COMPONENT_DEPTH, and a cycle stops. What can't be followed stays as it was (styles unknown, reason
 * `unresolved-component`) and is listed for `--verbose`.
 */
import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import { applyImportedStyled, registerCssInJs, styledBase, styledModule, type StyledModule, type StyledUse } from '../css/css-in-js.js';
import { libraryClasses } from '../css/library-styles.js';
import { libraryById } from '../libraries/index.js';
import { mergeTailwindTokens } from '../model/class-merge.js';
import { collectBindings, evaluate, importedAs } from '../model/bindings.js';
import { buildModel, elementBindings, modelBindings } from '../model/build.js';
import type { ExternalValues } from '../model/bindings.js';
import { applyRendering, carryProps, CHOSEN_ROOT, componentRoot, DIFFERENT_ROOTS, exportedDefinition, guardedRoot, localDefinition, propsBinding, propsConstants, rootProps, type Definition, type FunctionNode, type PropsBinding, type Rendering, type RootJsx, type RootProps } from '../model/components.js';
import { renderCookieConsent } from '../model/cookie-consent.js';
import { renderVanillaCookieConsent } from '../model/vanilla-cookieconsent.js';
import { placeNativeText, renderLibraryParts } from '../model/library-parts.js';
import type { Node } from '../model/estree.js';
import { numberInDocumentOrder } from '../model/order.js';
import type { ImportInfo, UIElement, UIModel } from '../model/types.js';
import type { ModuleResolver } from '../resolve/modules.js';
import { resolveSemantics } from '../settings/components.js';
import type { ResolvedSettings } from '../settings/settings.js';
import { MAX_COMPONENT_DEPTH } from './component-depth.js';

/**
 * Renders per analysed file: each builds the component's model, so a file using hundreds of components stays bounded.
 * Renders go in document order, a component's own components first: khoj's chat page takes 369 (its sidebar's
 * fragments among them), and at 200 the banner at the top of its content was never drawn. 600 cost no measurable
 * time on documenso, dub, khoj and civitai, whose largest pages take 641, 374, 469 and 251.
 */
const MAX_RENDERS = 600;
/** Re-export hops (`index.ts` → `Button.tsx`) followed to find a definition. */
const MAX_HOPS = 8;
/** A stylesheet bound to a name (a CSS module, `import styles from './x.less'`) is no component. */
const STYLESHEET_IMPORT = /\.(?:css|scss|sass|less)$/;

export interface UnresolvedComponent {
  source: string;
  reason: 'unresolved-component';
  detail: string;
}

interface Context {
  resolver: ModuleResolver;
  settings: ResolvedSettings;
  topFile: string;
  renders: number;
  stylesheets: Set<string>;
  cssModules: Set<string>;
  /** Modules whose styled components elements of the file now use: their generated sheets join its scope. */
  styledModules: StyledModule[];
  unresolved: UnresolvedComponent[];
  /** Reads imported values and translations for the components' modules (src/resolve/values.ts). */
  values: ExternalValues | undefined;
  /** The file each model being expanded is of: a value a use site passes keeps its position in that file. */
  modelFiles: WeakMap<UIModel, string>;
  /** How many `export *` walks stopped at MAX_HOPS (a walk that did is not remembered as finding nothing). */
  hopLimits: number;
}

interface Found {
  fn: FunctionNode;
  program: TSESTree.Program;
  file: string;
}

interface StyledFound {
  module: StyledModule;
  name: string;
  program: TSESTree.Program;
  file: string;
}

type Located =
  | { kind: 'found'; found: Found }
  /** A styled component of a module (src/css/css-in-js.ts reads it). */
  | { kind: 'styled'; styled: StyledFound }
  /** A package's component a module of the project re-exports: its library preset applies. */
  | { kind: 'package'; source: string; name: string }
  | { kind: 'skip' }
  | { kind: 'unresolved'; detail: string };

function exported(file: string, text: string, name: string, context: Context, hops: number): Located {
  if (hops > MAX_HOPS) {
    context.hopLimits += 1;
    return { kind: 'unresolved', detail: 're-exported too many times' };
  }
  // A barrel's `export * from` chains reach hundreds of modules: one that never names the component is not parsed,
  // only scanned for the star re-exports that may lead to it.
  if (name !== 'default' && !context.resolver.mentions(file, text, name)) return follow({ kind: 'star', sources: context.resolver.starSources(file, text) }, undefined, file, name, context, hops);
  const program = context.resolver.program(file, text);
  if (!program) return { kind: 'unresolved', detail: `${path.basename(file)} could not be parsed` };
  return follow(exportedDefinition(program, name), program, file, name, context, hops);
}

function follow(definition: Definition, program: TSESTree.Program | undefined, file: string, name: string, context: Context, hops: number): Located {
  switch (definition.kind) {
    case 'function':
      return program ? { kind: 'found', found: { fn: definition.fn, program, file } } : { kind: 'unresolved', detail: 'not parsed' };
    case 'unresolved': {
      const module = definition.node && program ? styledModule(program, file) : undefined;
      const styled = definition.node ? module?.names.get(definition.node) : undefined;
      return module && program && styled !== undefined ? { kind: 'styled', styled: { module, name: styled, program, file } } : { kind: 'unresolved', detail: definition.detail };
    }
    case 'import': {
      const target = context.resolver.resolve(file, definition.source);
      if (target.kind === 'package') return { kind: 'package', source: definition.source, name: definition.name };
      if (target.kind === 'missing') return { kind: 'unresolved', detail: `'${definition.source}' is missing` };
      return exported(target.file, target.text, definition.name, context, hops + 1);
    }
    case 'star': {
      // Where this module's stars led for the name before, in this run (the resolver's reader sees one disk).
      const hop = context.resolver.starHop('component', file, name);
      const text = hop ? context.resolver.readFile(hop) : undefined;
      if (hop && text !== undefined) return exported(hop, text, name, context, hops + 1);
      if (hop === null) return { kind: 'unresolved', detail: `no export '${name}'` };
      const limitsBefore = context.hopLimits;
      for (const source of definition.sources) {
        const target = context.resolver.resolve(file, source);
        if (target.kind !== 'file') continue;
        const located = exported(target.file, target.text, name, context, hops + 1);
        if (located.kind === 'found' || located.kind === 'styled' || located.kind === 'package') {
          context.resolver.rememberStarHop('component', file, name, target.file);
          return located;
        }
      }
      // A walk cut short by the hop limit might find the name from nearer the barrel: only a full walk is remembered.
      if (context.hopLimits === limitsBefore) context.resolver.rememberStarHop('component', file, name, null);
      return { kind: 'unresolved', detail: `no export '${name}'` };
    }
  }
}

/** Where the component a module names (`Button`, `Ui.Button`) is defined, if it is a component of the project. */
function locate(elementName: string, imports: readonly ImportInfo[], program: TSESTree.Program, file: string, context: Context): Located {
  const [head = '', ...members] = elementName.split('.');
  const binding = importedAs(imports, head);
  if (!binding) {
    if (members.length > 0) return { kind: 'skip' };
    const definition = localDefinition(program, head);
    if (definition.kind === 'unresolved' && definition.detail.startsWith('no component')) return { kind: 'unresolved', detail: 'rendered from a value, not a component declared in its module' };
    return follow(definition, program, file, head, context, 0);
  }
  const name = binding.imported === '*' ? members[0] : binding.imported;
  if (name === undefined || members.length > (binding.imported === '*' ? 1 : 0)) return { kind: 'skip' };
  if (STYLESHEET_IMPORT.test(binding.source)) return { kind: 'skip' };
  const target = context.resolver.resolve(file, binding.source);
  if (target.kind === 'package') return { kind: 'skip' };
  if (target.kind === 'missing') return { kind: 'unresolved', detail: `'${binding.source}' was not found` };
  return exported(target.file, target.text, name, context, 0);
}

function* subtree(element: UIElement): Generator<UIElement> {
  yield element;
  for (const child of element.children) if (child.kind === 'element') yield* subtree(child);
}

function render(found: Found, useSite: UIElement, useSiteModel: UIModel, context: Context, depth: number, stack: readonly string[]): Rendering | string {
  const key = `${found.file}#${found.fn.range[0]}`;
  if (stack.includes(key)) return 'renders itself through an import cycle';
  if (depth > MAX_COMPONENT_DEPTH) return `nested more than ${MAX_COMPONENT_DEPTH} components deep`;
  if (++context.renders > MAX_RENDERS) return `more than ${MAX_RENDERS} component renders in one file`;
  const known = shapeOf(found.fn);
  if (!known.ok) return known.detail;
  const constants = propsConstants(known.binding, useSite, elementBindings(useSiteModel, useSite));
  // A root chosen by a ternary is the side the use site's props decide (`compact` passed or not); undecided, unknown.
  const side = known.choice ? decided(known.choice.test, found.program, constants) : undefined;
  if (known.choice && side === undefined) return CHOSEN_ROOT;
  const shape = known.choice ? (side ? known.choice.whenTrue : known.choice.whenFalse) : known;
  const { root, props, guards } = shape;
  if (guards && !guards.every((test) => decided(test, found.program, constants) === false)) return DIFFERENT_ROOTS;
  const model = buildModel(found.program, { settings: context.settings, constants, file: found.file, only: root.jsx, ...(context.values ? { external: context.values } : {}) });
  const element = model.elements.find((e) => e.node === root.jsx);
  if (!element) return 'its element could not be read';
  context.modelFiles.set(model, found.file);
  // The inner elements that take the use site's className, style or other props, found before components they
  // render are expanded in place.
  const targets = new Map([...subtree(element)].flatMap((inner) => {
    const flow = inner === element ? undefined : props.flows.get(inner.node as Node);
    return flow ? [[inner, flow] as const] : [];
  }));
  // What a spread of the props passes on reaches the components this one renders before they are expanded: a
  // field's `<MailPrefs {...props} />` renders the box its use site ticks.
  for (const [inner, flow] of targets) if (flow.carriesProps && !inner.intrinsic) carryProps(inner, useSite, flow, props.destructured);
  if (props.carriesProps && !element.intrinsic) carryProps(element, useSite, props, props.destructured);
  renderCookieConsent(model, found.program);
  renderLibraryParts(model);
  expand(model, found.program, found.file, [...subtree(element)], context, depth, [...stack, key]);
  if (found.file !== context.topFile) {
    for (const source of model.stylesheets) {
      const sheet = context.resolver.stylesheetPath(found.file, source);
      if (sheet) context.stylesheets.add(sheet);
    }
    for (const current of subtree(element)) {
      for (const token of current.classes.tokens) {
        if (token.module === undefined) continue;
        const sheet = context.resolver.stylesheetPath(found.file, token.module);
        if (sheet) {
          token.module = sheet;
          context.cssModules.add(sheet);
        }
      }
    }
  }
  return { file: found.file, root: element, props, targets };
}

/**
 * What a component's code says of any use site: its root, how it takes its props, where the root passes them on, and
 * the tests of early returns a use site must leave false for the root to be what renders (guardedRoot).
 */
interface RootShape {
  ok: true;
  root: { jsx: RootJsx };
  binding: PropsBinding;
  props: RootProps;
  guards?: readonly Node[];
}

/** A component's shape, or the two it chooses between by a test of its props (`compact ? <IconButton/> : <Button/>`). */
type ComponentShape = (RootShape & { choice?: undefined }) | { ok: true; binding: PropsBinding; choice: { test: Node; whenTrue: RootShape; whenFalse: RootShape } } | { ok: false; detail: string };

/**
 * What a guard's or a ternary's test is at this use site, with its props as the use site passes them (or at their
 * defaults): `asChild` not passed, `loading` not passed, `compact` passed as true. Undefined where it isn't known,
 * which keeps the root unknown. Never the first render's state: a component that shows a spinner while it loads is
 * read as what it shows after.
 */
function decided(test: Node, program: TSESTree.Program, constants: ReadonlyMap<string, Node>): boolean | undefined {
  const shared = collectBindings(program);
  // The props are the component's own names here, whatever else the file calls so (a default, `asChild = false`).
  const merged = new Map([...shared.constants, ...constants]);
  const result = evaluate(test, { ...shared, constants: merged });
  return result.ok ? Boolean(result.value) : undefined;
}

/** Read once per component (per parse of its module), read-only after: a design system's button renders at every use site. */
const shapes = new WeakMap<FunctionNode, ComponentShape>();

function shapeOf(fn: FunctionNode): ComponentShape {
  let shape = shapes.get(fn);
  if (!shape) {
    const root = componentRoot(fn);
    const guarded = root.ok || root.detail !== DIFFERENT_ROOTS ? undefined : guardedRoot(fn);
    if (root.ok) {
      const binding = propsBinding(fn);
      shape = { ok: true, root, binding, props: rootProps(root.jsx, binding) };
    } else if (root.choice) {
      const binding = propsBinding(fn);
      const side = (jsx: RootJsx): RootShape => ({ ok: true, root: { jsx }, binding, props: rootProps(jsx, binding) });
      shape = { ok: true, binding, choice: { test: root.choice.test, whenTrue: side(root.choice.whenTrue), whenFalse: side(root.choice.whenFalse) } };
    } else if (guarded) {
      const binding = propsBinding(fn);
      shape = { ok: true, root: guarded, binding, props: rootProps(guarded.jsx, binding), guards: guarded.guards };
    } else shape = root;
    shapes.set(fn, shape);
  }
  return shape;
}

/**
 * A package's component re-exported by a module of the project (`export { Button } from '@mui/material'`): its
 * library's preset, keyed on the package and the name it exports, as a direct import would get.
 */
function applyPackage(element: UIElement, source: string, name: string, settings: ResolvedSettings): void {
  const staticAttribute = (attr: string) => {
    const value = element.attributes.get(attr)?.value;
    return value?.kind === 'static' ? value.value : undefined;
  };
  const semantics = resolveSemantics({ name: element.name, intrinsic: false, importSource: source, importedName: name, hasAttribute: (attr) => element.attributes.has(attr), staticAttribute }, settings);
  if (semantics.source !== 'preset') return;
  element.importSource = source;
  element.semantic = semantics.semantic;
  element.semanticSource = semantics.source;
  element.tag = semantics.tag;
  element.emphasis = semantics.emphasis;
  if (semantics.library) element.library = semantics.library;
}

/** Make the use site what was located for it; a reason when that can't be followed. */
function settle(model: UIModel, element: UIElement, located: Located, context: Context, depth: number, stack: readonly string[], styled: boolean): string | undefined {
  switch (located.kind) {
    case 'skip':
      return undefined;
    case 'unresolved':
      return located.detail;
    case 'package':
      applyPackage(element, located.source, located.name, context.settings);
      return undefined;
    case 'styled':
      return applyStyled(model, element, located.styled, context, depth, stack);
    case 'found': {
      const rendering = render(located.found, element, model, context, depth + 1, stack);
      if (typeof rendering === 'string') return rendering;
      // styled(Component) hands the component its generated class as `className`.
      applyRendering(model, element, rendering, styled || element.attributes.has('className'), context.modelFiles.get(model));
      return undefined;
    }
  }
}

/** A styled component of another module at this use site: its classes and base, then the component it is built on. */
function applyStyled(model: UIModel, element: UIElement, found: StyledFound, context: Context, depth: number, stack: readonly string[]): string | undefined {
  const key = `${found.file}#${found.name}`;
  if (stack.includes(key)) return 'styled from itself through an import cycle';
  if (depth > MAX_COMPONENT_DEPTH) return `nested more than ${MAX_COMPONENT_DEPTH} components deep`;
  const use = applyImportedStyled(element, found.module, found.name, context.settings);
  if (!use) return 'its styled definition could not be read';
  const detail = followBase(model, element, use, found.module.imports, found.program, found.file, context, depth + 1, [...stack, key]);
  // After the modules it builds on: they are imported, so defined and injected, first, and its rules win ties.
  if (!context.styledModules.includes(found.module)) context.styledModules.push(found.module);
  return detail;
}

/**
 * What a styled component is built on, when that is a component (`styled(PrimaryButton)`): followed from the
 * module that defines the styled component. `as` replaces the component, keeping the styles (applyCssInJs read it).
 */
function followBase(model: UIModel, element: UIElement, use: StyledUse, imports: readonly ImportInfo[], program: TSESTree.Program, file: string, context: Context, depth: number, stack: readonly string[]): string | undefined {
  if (use.base.kind === 'tag' || element.attributes.has('as')) return undefined;
  const located = locate(use.base.name, imports, program, file, context);
  // `.attrs(...)` may set `as`, `role` or `type`: neither the base's rendering nor its preset is sure to apply.
  if (use.semanticsUnknown && located.kind !== 'unresolved') {
    return located.kind === 'found' || located.kind === 'styled' ? `styled from <${use.base.name}> with .attrs(...) that may change what it renders` : undefined;
  }
  const detail = settle(model, element, located, context, depth, stack, true);
  return detail === undefined ? undefined : `styled from <${use.base.name}>: ${detail}`;
}

/**
 * A component of a library whose components are files of the project (shadcn/ui): rendered from the project's copy,
 * which is the project's own theme and wins; where that copy can't be read, the library's data stands in (the
 * classes `npx shadcn add` writes), merged with the use site's classes as `cn` merges them.
 */
function expandCopied(model: UIModel, program: TSESTree.Program, file: string, element: UIElement, context: Context, depth: number, stack: readonly string[]): void {
  const located = locate(element.name, model.imports, program, file, context);
  let detail = located.kind === 'unresolved' ? located.detail : undefined;
  if (located.kind === 'found') {
    const library = element.library;
    delete element.library;
    detail = settle(model, element, located, context, depth, stack, false);
    if (detail === undefined) return;
    if (library) element.library = library;
  }
  const classes = libraryClasses(element);
  if (detail !== undefined) context.unresolved.push({ source: `<${element.name}>`, reason: 'unresolved-component', detail: `${detail}${classes ? `; drawn with ${element.library?.id ?? 'its library'}'s default classes` : ''}` });
  if (!classes) return;
  element.classes = { tokens: mergeTailwindTokens([...classes, ...element.classes.tokens]), hasUnknown: element.classes.hasUnknown, merged: true };
}

function expand(model: UIModel, program: TSESTree.Program, file: string, elements: readonly UIElement[], context: Context, depth: number, stack: readonly string[]): void {
  for (const element of elements) {
    if (element.intrinsic || element.name.startsWith('#')) continue;
    if (element.semanticSource === 'preset') {
      if (element.library && libraryById(element.library.id)?.copiedIntoProject) expandCopied(model, program, file, element, context, depth, stack);
      else {
        // A library that styles with classes (React-Bootstrap's `btn btn-primary`) puts them beside the use site's.
        const classes = libraryClasses(element);
        if (classes) element.classes = { ...element.classes, tokens: [...classes, ...element.classes.tokens] };
      }
      continue;
    }
    // A styled component of the file being analysed was read by applyCssInJs: what remains is its base.
    const styled = styledBase(element);
    const detail = styled
      ? followBase(model, element, styled, model.imports, program, file, context, depth, stack)
      : settle(model, element, locate(element.name, model.imports, program, file, context), context, depth, stack, false);
    if (detail !== undefined) context.unresolved.push({ source: `<${element.name}>`, reason: 'unresolved-component', detail });
  }
}

export interface ComponentsInput {
  filePath: string;
  resolver: ModuleResolver;
  settings: ResolvedSettings;
  /** Reads imported values and translations (src/resolve/values.ts). */
  values?: ExternalValues;
}

/**
 * Render the components a file uses as the elements they stand for, in place, and add the stylesheets those
 * components import to the model (as absolute paths), so the file's style scope includes them.
 */
export function expandComponents(model: UIModel, program: TSESTree.Program, input: ComponentsInput): UnresolvedComponent[] {
  const context: Context = {
    resolver: input.resolver,
    settings: input.settings,
    topFile: input.filePath,
    renders: 0,
    stylesheets: new Set(),
    cssModules: new Set(),
    styledModules: [],
    unresolved: [],
    values: input.values,
    modelFiles: new WeakMap([[model, input.filePath]]),
    hopLimits: 0,
  };
  renderCookieConsent(model, program);
  renderVanillaCookieConsent(model, program, modelBindings(model));
  renderLibraryParts(model);
  expand(model, program, input.filePath, [...model.elements], context, 0, []);
  placeNativeText(model);
  // Document order again: elements brought in stand at their use site, in their own order.
  numberInDocumentOrder(model);
  const own = new Set(model.stylesheets.map((source) => context.resolver.stylesheetPath(input.filePath, source) ?? source));
  // A component's stylesheets load when its module is imported, before the page's own.
  model.stylesheets.unshift(...[...context.stylesheets].filter((sheet) => !own.has(sheet)));
  for (const sheet of context.cssModules) model.cssModules.set(sheet, sheet);
  for (const module of context.styledModules) registerCssInJs(model, module);
  return context.unresolved;
}
