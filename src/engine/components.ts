/**
 * Cross-file components: `<PrimaryButton>` imported from `./ui/PrimaryButton` (or `@/components/...` through the
 * nearest tsconfig's `paths`) is read from disk, parsed as data (never executed), and its root element, built with
 * the props the use site passes, replaces what the use site only knew by name: tag, semantics, classes and the
 * stylesheets that style them, inline style, content. Components it renders are followed the same way up to
 * MAX_COMPONENT_DEPTH, and a cycle stops. What can't be followed stays as it was (styles unknown, reason
 * `unresolved-component`) and is listed for `--verbose`.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import { createPathsMatcher, getTsconfig } from 'get-tsconfig';
import { styledBase } from '../css/css-in-js.js';
import { buildModel } from '../model/build.js';
import { applyRendering, componentRoot, exportedDefinition, localDefinition, propsBinding, propsConstants, rootProps, type Definition, type FunctionNode, type Rendering } from '../model/components.js';
import { renderCookieConsent } from '../model/cookie-consent.js';
import { forEachChild, type Node } from '../model/estree.js';
import type { Range, UIElement, UIModel } from '../model/types.js';
import { parseWithTypescriptEstree, type ScriptParser } from '../parse/script.js';
import type { ResolvedSettings } from '../settings/settings.js';

/** How many components deep a use site is followed: a wrapper around a wrapper around a button is common, ten levels are not. */
export const MAX_COMPONENT_DEPTH = 4;
/** Renders per analysed file: each builds the component's module, so a file using hundreds of components stays bounded. */
const MAX_RENDERS = 200;
/** Re-export hops (`index.ts` → `Button.tsx`) followed to find a definition. */
const MAX_HOPS = 8;

const EXTENSIONS = ['.tsx', '.ts', '.jsx', '.js'];
const SCRIPT = /\.(?:tsx|ts|jsx|js|mjs|cjs|mts|cts)$/;
const STYLESHEET = /\.(?:css|scss|sass|less)$/;

export interface UnresolvedComponent {
  source: string;
  reason: 'unresolved-component';
  detail: string;
}

/**
 * How many parsed component modules a cache keeps. A design system's shared components (buttons, switches) are
 * used by most files and stay; a page component imported once is dropped when it has not been used for this
 * many other parses. Keeping every one would hold an AST per component for the whole run (about 20 MB more per
 * thousand files, measured by the bench), where this bound keeps memory flat.
 */
const MAX_CACHED_COMPONENTS = 256;

/**
 * Parsed modules by path and content, so a component used by many files is parsed once per version; least
 * recently used first out.
 */
export class ComponentCache {
  private readonly programs = new Map<string, TSESTree.Program | null>();

  constructor(private readonly parse: ScriptParser = parseWithTypescriptEstree) {}

  program(filePath: string, text: string): TSESTree.Program | undefined {
    const key = `${filePath}\0${createHash('sha1').update(text).digest('hex')}`;
    let entry = this.programs.get(key);
    if (entry === undefined) {
      const parsed = this.parse(text, filePath);
      entry = parsed.ok ? parsed.value : null;
      if (this.programs.size >= MAX_CACHED_COMPONENTS) this.programs.delete(this.programs.keys().next().value as string);
    } else {
      this.programs.delete(key); // re-inserted below: most recently used last
    }
    this.programs.set(key, entry);
    return entry ?? undefined;
  }
}

interface Context {
  readFile: (absolutePath: string) => string | undefined;
  cache: ComponentCache;
  settings: ResolvedSettings;
  topFile: string;
  /** Paths matchers of the nearest tsconfig, by folder, for this analysis (a session sees tsconfig edits). */
  matchers: Map<string, ((specifier: string) => string[]) | null>;
  renders: number;
  stylesheets: Set<string>;
  cssModules: Set<string>;
  unresolved: UnresolvedComponent[];
}

interface Found {
  fn: FunctionNode;
  program: TSESTree.Program;
  file: string;
}

type Located = { kind: 'found'; found: Found } | { kind: 'skip' } | { kind: 'unresolved'; detail: string };

function pathsMatcher(fromFile: string, context: Context): ((specifier: string) => string[]) | null {
  const dir = path.dirname(fromFile);
  let matcher = context.matchers.get(dir);
  if (matcher === undefined) {
    try {
      // get-tsconfig reads tsconfig.json as JSON with comments and follows `extends`; nothing is executed.
      const tsconfig = getTsconfig(dir, 'tsconfig.json', new Map());
      matcher = tsconfig ? createPathsMatcher(tsconfig) : null;
    } catch {
      matcher = null;
    }
    context.matchers.set(dir, matcher);
  }
  return matcher;
}

function isRelative(source: string): boolean {
  return source.startsWith('./') || source.startsWith('../') || source === '.' || source === '..';
}

/** Where an import points on disk: relative, or a tsconfig `paths` alias. Undefined for a package. */
function importBases(fromFile: string, source: string, context: Context): string[] {
  if (isRelative(source)) return [path.resolve(path.dirname(fromFile), source)];
  return pathsMatcher(fromFile, context)?.(source) ?? [];
}

/** An import's module file and text; 'package' when it is not a file of the project, 'missing' when it should be. */
function resolveModule(fromFile: string, source: string, context: Context): { file: string; text: string } | 'package' | 'missing' {
  for (const base of importBases(fromFile, source, context)) {
    // ESM TypeScript imports name the emitted file: `./Button.js` is `./Button.tsx` on disk.
    const stem = base.replace(/\.jsx?$/, '');
    const candidates = [...(SCRIPT.test(base) ? [base] : []), ...EXTENSIONS.map((ext) => stem + ext), ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`))];
    for (const candidate of candidates) {
      const text = context.readFile(candidate);
      if (text !== undefined) return { file: candidate, text };
    }
  }
  return isRelative(source) ? 'missing' : 'package';
}

/** A stylesheet import of a component module, as an absolute path (relative or through `paths`). */
function stylesheetPath(fromFile: string, source: string, context: Context): string | undefined {
  if (path.isAbsolute(source)) return source;
  const base = importBases(fromFile, source, context)[0];
  return base && STYLESHEET.test(base) ? base : undefined;
}

function exported(file: string, text: string, name: string, context: Context, hops: number): Located {
  if (hops > MAX_HOPS) return { kind: 'unresolved', detail: 're-exported too many times' };
  const program = context.cache.program(file, text);
  if (!program) return { kind: 'unresolved', detail: `${path.basename(file)} could not be parsed` };
  return follow(exportedDefinition(program, name), program, file, name, context, hops);
}

function follow(definition: Definition, program: TSESTree.Program, file: string, name: string, context: Context, hops: number): Located {
  switch (definition.kind) {
    case 'function':
      return { kind: 'found', found: { fn: definition.fn, program, file } };
    case 'unresolved':
      return definition;
    case 'import': {
      const target = resolveModule(file, definition.source, context);
      if (typeof target === 'string') return { kind: 'unresolved', detail: `'${definition.source}' is ${target === 'package' ? 'a package' : 'missing'}` };
      return exported(target.file, target.text, definition.name, context, hops + 1);
    }
    case 'star':
      for (const source of definition.sources) {
        const target = resolveModule(file, source, context);
        if (typeof target === 'string') continue;
        const located = exported(target.file, target.text, name, context, hops + 1);
        if (located.kind === 'found') return located;
      }
      return { kind: 'unresolved', detail: `no export '${name}'` };
  }
}

/** Where the component an element names is defined, if it is a component of the project. */
function locate(element: UIElement, model: UIModel, program: TSESTree.Program, file: string, context: Context): Located {
  const [head = '', ...members] = element.name.split('.');
  const binding = model.imports.flatMap((i) => i.bindings).find((b) => b.local === head);
  if (!binding) {
    if (members.length > 0) return { kind: 'skip' };
    const definition = localDefinition(program, head);
    if (definition.kind === 'unresolved' && definition.detail.startsWith('no component')) return { kind: 'unresolved', detail: 'rendered from a value, not a component declared in its module' };
    return follow(definition, program, file, head, context, 0);
  }
  const name = binding.imported === '*' ? members[0] : binding.imported;
  if (name === undefined || members.length > (binding.imported === '*' ? 1 : 0)) return { kind: 'skip' };
  if (STYLESHEET.test(binding.source)) return { kind: 'skip' };
  const target = resolveModule(file, binding.source, context);
  if (target === 'package') return { kind: 'skip' };
  if (target === 'missing') return { kind: 'unresolved', detail: `'${binding.source}' was not found` };
  return exported(target.file, target.text, name, context, 0);
}

function* subtree(element: UIElement): Generator<UIElement> {
  yield element;
  for (const child of element.children) if (child.kind === 'element') yield* subtree(child);
}

/** The ranges of the values a use site passes in, to tell them from the component's own. */
function injectedRanges(constants: ReadonlyMap<string, Node>): Set<Range> {
  const ranges = new Set<Range>();
  for (const node of constants.values()) {
    const stack: Node[] = [node];
    for (let current = stack.pop(); current; current = stack.pop()) {
      if (current.type === 'Literal') ranges.add(current.range);
      forEachChild(current, (child) => stack.push(child));
    }
  }
  return ranges;
}

function render(found: Found, useSite: UIElement, context: Context, depth: number, stack: readonly string[]): Rendering | string {
  const key = `${found.file}#${found.fn.range[0]}`;
  if (stack.includes(key)) return 'renders itself through an import cycle';
  if (depth > MAX_COMPONENT_DEPTH) return `nested more than ${MAX_COMPONENT_DEPTH} components deep`;
  if (++context.renders > MAX_RENDERS) return `more than ${MAX_RENDERS} component renders in one file`;
  const root = componentRoot(found.fn);
  if (!root.ok) return root.detail;
  const binding = propsBinding(found.fn);
  const constants = propsConstants(binding, useSite);
  const model = buildModel(found.program, { settings: context.settings, constants });
  const element = model.elements.find((e) => e.node === root.jsx);
  if (!element) return 'its element could not be read';
  renderCookieConsent(model, found.program);
  expand(model, found.program, found.file, [...subtree(element)], context, depth, [...stack, key]);
  if (found.file !== context.topFile) {
    for (const source of model.stylesheets) {
      const sheet = stylesheetPath(found.file, source, context);
      if (sheet) context.stylesheets.add(sheet);
    }
    for (const current of subtree(element)) {
      for (const token of current.classes.tokens) {
        if (token.module === undefined) continue;
        const sheet = stylesheetPath(found.file, token.module, context);
        if (sheet) {
          token.module = sheet;
          context.cssModules.add(sheet);
        }
      }
    }
  }
  return { root: element, props: rootProps(root.jsx, binding), injected: injectedRanges(constants) };
}

function expand(model: UIModel, program: TSESTree.Program, file: string, elements: readonly UIElement[], context: Context, depth: number, stack: readonly string[]): void {
  for (const element of elements) {
    if (element.intrinsic || element.name.startsWith('#') || element.semanticSource === 'preset') continue;
    // A styled component of the file being analysed is read by applyCssInJs; one built on a library component
    // takes that library's preset. Only one built on a component of the project leaves something unfollowed.
    const styled = styledBase(element);
    if (styled?.kind === 'tag') continue;
    const located = locate(styled ? { ...element, name: styled.name } : element, model, program, file, context);
    if (located.kind === 'skip') continue;
    if (styled) {
      context.unresolved.push({ source: `<${element.name}>`, reason: 'unresolved-component', detail: `styled from <${styled.name}>, a component of the project that is not followed` });
      continue;
    }
    const rendering = located.kind === 'found' ? render(located.found, element, context, depth + 1, stack) : located.detail;
    if (typeof rendering === 'string') {
      context.unresolved.push({ source: `<${element.name}>`, reason: 'unresolved-component', detail: rendering });
      continue;
    }
    applyRendering(model, element, rendering);
  }
}

export interface ComponentsInput {
  filePath: string;
  readFile: (absolutePath: string) => string | undefined;
  cache: ComponentCache;
  settings: ResolvedSettings;
}

/**
 * Render the components a file uses as the elements they stand for, in place, and add the stylesheets those
 * components import to the model (as absolute paths), so the file's style scope includes them.
 */
export function expandComponents(model: UIModel, program: TSESTree.Program, input: ComponentsInput): UnresolvedComponent[] {
  const context: Context = {
    readFile: input.readFile,
    cache: input.cache,
    settings: input.settings,
    topFile: input.filePath,
    matchers: new Map(),
    renders: 0,
    stylesheets: new Set(),
    cssModules: new Set(),
    unresolved: [],
  };
  renderCookieConsent(model, program);
  expand(model, program, input.filePath, [...model.elements], context, 0, []);
  // Document order again (elements brought in stand at their use site), ids following it.
  model.elements.sort((a, b) => a.range[0] - b.range[0]);
  model.elements.forEach((element, index) => (element.id = index));
  const own = new Set(model.stylesheets.map((source) => stylesheetPath(input.filePath, source, context) ?? source));
  // A component's stylesheets load when its module is imported, before the page's own.
  model.stylesheets.unshift(...[...context.stylesheets].filter((sheet) => !own.has(sheet)));
  for (const sheet of context.cssModules) model.cssModules.set(sheet, sheet);
  return context.unresolved;
}
