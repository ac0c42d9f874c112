/**
 * SCSS as plain CSS for the cascade: nesting and `&` flattened into selectors, `$variables` from the same file
 * and from partials it `@use`s, `@forward`s or `@import`s substituted, `@media` inside a rule kept as a condition,
 * and a mixin without parameters expanded where it is included (a breakpoint mixin, `@include bp.mobile { ... }`,
 * puts its content under its `@media`).
 *
 * Nothing is evaluated beyond that: a mixin with parameters, a function (`darken()`, `math.div()`), a map, `#{}`
 * interpolation, an `@extend` or a control-flow block makes what it could set unknown, never guessed. Partials are read as text
 * relative to the file (no package lookups, nothing executed).
 */
import path from 'node:path';
import type { AtRule, ChildNode, Container, Declaration, Root, Rule } from 'postcss';
import { postcssLib, scssSyntax, valueParserLib } from './postcss.js';
import type { UnresolvedReason } from '../model/types.js';

/** The property of a synthetic declaration standing for "anything": a mixin or an extend could set any property. */
export const ANY_PROPERTY = '*';

export interface FlatStylesheet {
  /** Plain CSS: rules with resolved selectors, under the at-rules they were nested in. */
  root: Root;
  /** Declarations whose value (or, for ANY_PROPERTY, whose property) could not be resolved statically. */
  unknown: WeakMap<Declaration, UnresolvedReason>;
  /** Partials read while flattening, with the text they had: a cached result is stale once one of them changes. */
  dependencies: Array<{ file: string; text: string | undefined }>;
}

/** Reads a file as text, or undefined when it can't be read. */
export type ReadFile = (absolutePath: string) => string | undefined;

/** CSS functions a value may call and stay plain CSS; any other call is a Sass function (`darken()`, `map-get()`). */
const CSS_FUNCTIONS = new Set([
  'rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color', 'color-mix', 'var', 'calc', 'min', 'max', 'clamp', 'env', 'attr', 'url',
  'linear-gradient', 'radial-gradient', 'conic-gradient', 'repeating-linear-gradient', 'repeating-radial-gradient', 'repeating-conic-gradient', 'image-set',
  'translate', 'translatex', 'translatey', 'translate3d', 'rotate', 'scale', 'scalex', 'scaley', 'skew', 'matrix', 'cubic-bezier', 'steps', 'rect', 'inset',
  'circle', 'ellipse', 'polygon', 'format', 'local', 'blur', 'drop-shadow', 'fit-content', 'minmax', 'repeat', 'counter', 'attr',
]);

/** At-rules whose body applies under a condition; their params stay the condition. */
const CONDITIONAL_AT_RULES = new Set(['media', 'supports', 'container', 'layer']);
/** Sass definitions and control flow: their bodies are not styles as written. */
const SASS_BLOCKS = new Set(['mixin', 'function', 'if', 'else', 'each', 'for', 'while']);

const MAX_IMPORT_DEPTH = 16;

/**
 * A mixin without parameters, with the scope it was defined in: Sass runs its body there, and the content block
 * of an `@include` in the scope of the include. Null for a mixin with parameters, which is not expanded.
 */
type Mixin = { rule: AtRule; scope: Scope } | null;

/** The content block an `@include` passes to its mixin's `@content`, and the one its own mixin was given. */
interface Content {
  container: Container;
  scope: Scope;
  outer: Content | undefined;
}

/** Sass names treat `-` and `_` as the same character. */
const sassName = (name: string): string => name.replace(/_/g, '-');

/** `@mixin name` or `@mixin name()`: no parameters. */
const PLAIN_MIXIN = /^([\w-]+)\s*(?:\(\s*\))?$/;
/** `@include name`, `@include ns.name` or `@include name()`: no arguments. */
const PLAIN_INCLUDE = /^(?:([\w-]+)\.)?([\w-]+)\s*(?:\(\s*\))?$/;

/**
 * Variables and mixins in scope: a chain of blocks, innermost first. A null value is a variable known to exist but
 * unknown.
 */
class Scope {
  private readonly vars = new Map<string, string | null>();
  private readonly mixins = new Map<string, Mixin>();
  /** `@use 'x' as ns`: ns.$var looks here. */
  readonly namespaces = new Map<string, Map<string, string | null>>();
  /** `@use 'x' as ns`: `@include ns.name` looks here. */
  readonly mixinNamespaces = new Map<string, Map<string, Mixin>>();

  constructor(private readonly parent?: Scope) {}

  mixin(name: string, namespace?: string): Mixin | undefined {
    const key = sassName(name);
    if (namespace !== undefined) {
      const found = this.mixinNamespaces.get(namespace);
      if (found) return found.get(key);
      return this.parent?.mixin(name, namespace);
    }
    return this.mixins.has(key) ? this.mixins.get(key) : this.parent?.mixin(name);
  }

  defineMixin(name: string, mixin: Mixin): void {
    this.mixins.set(sassName(name), mixin);
  }

  ownMixins(): Map<string, Mixin> {
    return this.mixins;
  }

  get(name: string, namespace?: string): string | null | undefined {
    if (namespace !== undefined) {
      const found = this.namespaces.get(namespace);
      if (found) return found.has(name) ? found.get(name) : undefined;
      return this.parent?.get(name, namespace);
    }
    if (this.vars.has(name)) return this.vars.get(name);
    return this.parent?.get(name);
  }

  set(name: string, value: string | null, flags: { isDefault: boolean; isGlobal: boolean }): void {
    if (flags.isGlobal && this.parent) return this.root().set(name, value, { isDefault: flags.isDefault, isGlobal: false });
    if (flags.isDefault && this.get(name) !== undefined && this.get(name) !== null) return;
    // Sass assigns to the nearest enclosing declaration of the name, else declares it locally.
    (this.declaring(name) ?? this).vars.set(name, value);
  }

  private declaring(name: string): Scope | undefined {
    return this.vars.has(name) ? this : this.parent?.declaring(name);
  }

  own(): Map<string, string | null> {
    return this.vars;
  }

  private root(): Scope {
    return this.parent ? this.parent.root() : this;
  }
}

/** `$name` or `ns.$name` in a value. The pattern has no nested quantifiers, so it runs in linear time. */
const VARIABLE = /(?:([A-Za-z_][\w-]*)\.)?\$([A-Za-z_][\w-]*)/g;

/** Substitute variables; undefined when a variable or a Sass construct leaves the value unknown. */
function substitute(value: string, scope: Scope): string | undefined {
  if (value.includes('#{')) return undefined;
  let unknown = false;
  const replaced = value.replace(VARIABLE, (_match, namespace: string | undefined, name: string) => {
    const found = scope.get(name, namespace);
    if (found === undefined || found === null) unknown = true;
    return found ?? '';
  });
  if (unknown || !isPlainCss(replaced)) return undefined;
  return replaced;
}

/**
 * Variables substituted in an at-rule's condition: `(max-width: $bp-mobile)` is `(max-width: 600px)`. A media
 * query's parentheses are no Sass map, so only the variables are read; arithmetic or an unknown variable leaves the
 * condition as written.
 */
function substituteCondition(params: string, scope: Scope): string {
  if (params.includes('#{')) return params;
  let unknown = false;
  const replaced = params.replace(VARIABLE, (_match, namespace: string | undefined, name: string) => {
    const found = scope.get(name, namespace);
    if (found === undefined || found === null || !isPlainCss(found)) unknown = true;
    return found ?? '';
  });
  return unknown || /\$|\s[-+*/%]\s/.test(replaced) ? params : replaced;
}

/** No Sass left in the value: no Sass function, map, arithmetic or placeholder. */
function isPlainCss(value: string): boolean {
  if (value.includes('$') || value.includes('#{')) return false;
  let plain = true;
  valueParserLib()(value).walk((node) => {
    if (node.type === 'function') {
      // A bare parenthesis is a Sass map or list, or grouping for arithmetic.
      if (!CSS_FUNCTIONS.has(node.value.toLowerCase())) plain = false;
      return node.value.toLowerCase() === 'url' ? false : undefined;
    }
    if (node.type === 'word' && (node.value === '*' || node.value === '+' || node.value === '%' || node.value === '-')) plain = false;
    return undefined;
  });
  return plain;
}

/** The variable declaration flags and the value without them: `$x: 1px !default`. */
function variableValue(value: string): { value: string; isDefault: boolean; isGlobal: boolean } {
  let text = value.trim();
  let isDefault = false;
  let isGlobal = false;
  for (;;) {
    const lower = text.toLowerCase();
    if (lower.endsWith('!default')) {
      isDefault = true;
      text = text.slice(0, -'!default'.length).trim();
    } else if (lower.endsWith('!global')) {
      isGlobal = true;
      text = text.slice(0, -'!global'.length).trim();
    } else return { value: text, isDefault, isGlobal };
  }
}

/** Resolve a nested selector list against its parents: `&` is replaced by each parent, else it is a descendant. */
export function resolveNestedSelectors(selector: string, parents: readonly string[] | undefined): string[] {
  const own = postcssLib().list.comma(selector);
  if (!parents) return own.map((s) => s.trim());
  const out: string[] = [];
  for (const parent of parents) {
    for (const child of own) {
      const trimmed = child.trim();
      out.push(trimmed.includes('&') ? trimmed.split('&').join(parent) : `${parent} ${trimmed}`);
    }
  }
  return out;
}

/** Where a partial named in `@use 'dir/name'` lives: `dir/_name.scss`, `dir/name.scss`, `dir/name/_index.scss`, ... */
function partialCandidates(fromFile: string, source: string): string[] {
  // `sass:math`, `~pkg/...`: built-in or package modules, outside what honest-ui reads.
  if (/^[a-z]+:/i.test(source) || source.startsWith('~')) return [];
  const base = path.resolve(path.dirname(fromFile), source);
  const dir = path.dirname(base);
  const name = path.basename(base);
  if (/\.(?:scss|css)$/.test(name)) return [base, path.join(dir, `_${name}`)];
  return [
    path.join(dir, `_${name}.scss`),
    path.join(dir, `${name}.scss`),
    path.join(dir, `_${name}.css`),
    path.join(dir, `${name}.css`),
    path.join(base, '_index.scss'),
    path.join(base, 'index.scss'),
  ];
}

/** `'a/b' as c`, `"a" as *`, `'a' with (...)`: the import URLs and options of a `@use`, `@forward` or `@import`. */
function parseImportParams(params: string): { urls: string[]; namespace?: string; configured: boolean } {
  const urls: string[] = [];
  const quoted = /(["'])([^"']*)\1/g;
  let match: RegExpExecArray | null;
  let last = 0;
  while ((match = quoted.exec(params))) {
    urls.push(match[2] as string);
    last = quoted.lastIndex;
  }
  const rest = params.slice(last).trim();
  const as = /^as\s+([\w*-]+)/.exec(rest);
  return { urls, ...(as?.[1] ? { namespace: as[1] } : {}), configured: /\bwith\b/.test(rest) };
}

class Flattener {
  readonly unknown = new WeakMap<Declaration, UnresolvedReason>();
  readonly dependencies: Array<{ file: string; text: string | undefined }> = [];
  /** Modules already emitted by `@use`: Sass includes a module's CSS once. */
  private readonly used = new Set<string>();
  private readonly loading = new Set<string>();

  constructor(private readonly readFile: ReadFile) {}

  flatten(root: Root, file: string, scope: Scope, out: Container, depth: number): void {
    this.walk(root, undefined, scope, out, file, depth, undefined);
  }

  /**
   * Walk a block's children; declarations go into `target` (a rule for `parents`) as they come. `content` is what
   * an `@content` in this block stands for (the block is a mixin's body).
   */
  private walk(container: Container, parents: string[] | undefined, scope: Scope, out: Container, file: string, depth: number, content: Content | undefined): void {
    let target: Rule | undefined;
    const currentRule = (source: ChildNode): Rule => {
      if (!target) {
        target = postcssLib().rule({ selector: (parents ?? []).join(', '), source: source.source });
        out.append(target);
      }
      return target;
    };
    const addUnknown = (source: ChildNode, property: string, reason: UnresolvedReason): void => {
      if (!parents) return;
      const decl = postcssLib().decl({ prop: property, value: '', source: source.source });
      currentRule(source).append(decl);
      this.unknown.set(decl, reason);
    };

    container.each((child) => {
      switch (child.type) {
        case 'decl': {
          if (child.prop.startsWith('$')) {
            const { value, isDefault, isGlobal } = variableValue(child.value);
            scope.set(child.prop.slice(1), substitute(value, scope) ?? null, { isDefault, isGlobal });
            return;
          }
          if (!parents) return;
          if (child.prop.includes('#{')) return addUnknown(child, ANY_PROPERTY, 'unknown-value');
          // Nested properties (`font: { size: 12px }`) come out as `font-size` only in Sass's output: unknown.
          if (child.prop.startsWith('--')) {
            currentRule(child).append(child.clone());
            return;
          }
          const value = substitute(child.value, scope);
          const decl = child.clone({ value: value ?? child.value });
          currentRule(child).append(decl);
          if (value === undefined) this.unknown.set(decl, 'unknown-value');
          return;
        }
        case 'rule': {
          target = undefined;
          if (child.selector.includes('#{') || child.selector.includes('%')) return;
          const selectors = resolveNestedSelectors(child.selector, parents);
          this.walk(child, selectors, new Scope(scope), out, file, depth, content);
          return;
        }
        case 'atrule': {
          const name = child.name.toLowerCase();
          if (name === 'use' || name === 'forward' || name === 'import') {
            this.importModule(child, name, scope, out, file, depth);
            return;
          }
          if (name === 'mixin') {
            const plain = PLAIN_MIXIN.exec(child.params.trim());
            const declared = plain?.[1] ?? /^[\w-]+/.exec(child.params.trim())?.[0];
            if (declared) scope.defineMixin(declared, plain ? { rule: child, scope } : null);
            return;
          }
          if (SASS_BLOCKS.has(name)) {
            // A function definition emits nothing here; control flow inside a rule could set anything.
            if (name !== 'function') addUnknown(child, ANY_PROPERTY, 'unknown-value');
            return;
          }
          if (name === 'include') {
            const include = PLAIN_INCLUDE.exec(child.params.trim());
            const mixin = include ? scope.mixin(include[2] as string, include[1]) : undefined;
            if (!mixin || depth >= MAX_IMPORT_DEPTH) return addUnknown(child, ANY_PROPERTY, 'unknown-value');
            target = undefined;
            const passed = child.nodes ? { container: child, scope, outer: content } : undefined;
            this.walk(mixin.rule, parents, new Scope(mixin.scope), out, file, depth + 1, passed);
            target = undefined;
            return;
          }
          if (name === 'content') {
            if (!content) return;
            target = undefined;
            this.walk(content.container, parents, new Scope(content.scope), out, file, depth, content.outer);
            target = undefined;
            return;
          }
          if (name === 'extend') return addUnknown(child, ANY_PROPERTY, 'unknown-value');
          if (CONDITIONAL_AT_RULES.has(name)) {
            target = undefined;
            const params = substituteCondition(child.params, scope);
            const wrapper = postcssLib().atRule({ name: child.name, params, source: child.source });
            out.append(wrapper);
            this.walk(child, parents, new Scope(scope), wrapper, file, depth, content);
            return;
          }
          // @font-face, @keyframes, @page, @charset...: kept as they are (the index ignores them as element styles).
          if (!parents) out.append(child.clone());
          return;
        }
        default:
          return;
      }
    });
  }

  private importModule(rule: AtRule, kind: 'use' | 'forward' | 'import', scope: Scope, out: Container, file: string, depth: number): void {
    const { urls, namespace, configured } = parseImportParams(rule.params);
    for (const url of urls) {
      // Plain CSS imports (`url()`, `.css`, http) are left to the browser; honest-ui does not follow them.
      if (/^(?:https?:)?\/\//.test(url)) continue;
      const loaded = this.load(file, url);
      const moduleScope = new Scope();
      if (loaded && depth < MAX_IMPORT_DEPTH && !this.loading.has(loaded.file)) {
        this.loading.add(loaded.file);
        const emit = kind === 'import' || !this.used.has(loaded.file);
        this.used.add(loaded.file);
        // `@import` shares the importer's variables both ways; `@use` and `@forward` see only their own module.
        const target = kind === 'import' ? scope : moduleScope;
        this.flatten(loaded.root, loaded.file, target, emit ? out : postcssLib().root(), depth + 1);
        this.loading.delete(loaded.file);
      }
      if (kind === 'import') continue;
      // `@use ... with (...)` configures !default variables: their values are not the ones written.
      const vars = configured || !loaded ? new Map<string, string | null>() : moduleScope.own();
      // ... and a mixin that reads them could emit other values: expanded only where nothing was configured.
      const mixins = configured || !loaded ? new Map<string, Mixin>() : moduleScope.ownMixins();
      const name = namespace ?? path.basename(url).replace(/^_/, '').replace(/\.s?css$/, '');
      if (kind === 'forward' || name === '*') {
        for (const [key, value] of vars) scope.set(key, value, { isDefault: false, isGlobal: false });
        for (const [key, mixin] of mixins) scope.defineMixin(key, mixin);
      } else {
        scope.namespaces.set(name, vars);
        scope.mixinNamespaces.set(name, mixins);
      }
    }
  }

  private load(fromFile: string, url: string): { file: string; root: Root } | undefined {
    for (const candidate of partialCandidates(fromFile, url)) {
      const text = this.readFile(candidate);
      this.dependencies.push({ file: candidate, text });
      if (text === undefined) continue;
      try {
        return { file: candidate, root: scssSyntax().parse(text, { from: candidate }) };
      } catch {
        return undefined;
      }
    }
    return undefined;
  }
}

/** Flatten a parsed SCSS file (postcss-scss) into plain CSS rules. */
export function flattenScss(root: Root, file: string, readFile: ReadFile): FlatStylesheet {
  const flattener = new Flattener(readFile);
  const out = postcssLib().root();
  flattener.flatten(root, file, new Scope(), out, 0);
  return { root: out, unknown: flattener.unknown, dependencies: flattener.dependencies };
}
