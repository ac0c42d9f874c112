/**
 * A Tailwind config module's values read as DATA, never executed: literals, arrays and objects, and what they are
 * built from in the config files teams write: top-level constants (`const brand = {...}`), destructured ones
 * (`const { fontFamily } = require('tailwindcss/defaultTheme')`), spreads (`{ ...sharedConfig, content }`), member
 * reads, optional ones too (`sharedConfig?.theme?.extend`), and imports (`import palette from './palette'`,
 * `require('@acme/tailwind-config')`), which a `ModuleData` reads the same way in the module they name. Anything
 * else (a call, an operator, a template with values) is UNKNOWN where it stands: an object keeps its other keys.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { literalData, unwrapExpression } from '../../model/estree.js';

export type Data = string | number | boolean | null | Data[] | { [key: string]: Data };
export const UNKNOWN = Symbol('unknown');
/** `undefined`: a key an object literal does not have (`sharedConfig?.theme?.extend` where there is no `extend`). */
const MISSING = Symbol('missing');
export type Evaluated = Data | typeof UNKNOWN;
type Value = Evaluated | typeof MISSING;

/**
 * What an import leads to: the value a module exports under `name` (`'default'` for a default import and for
 * `require()`, which Tailwind's loader reads with its default export's interop), or UNKNOWN.
 */
export type ModuleData = (specifier: string, name: string) => Evaluated;

/** Objects that hold an UNKNOWN value under some key (a WeakSet, so read configs don't accumulate). */
export const unknownKeys = new WeakSet<object>();
/**
 * Objects whose keys are not all known (a package's data honest-ui carries only in part, `tailwindcss/defaultTheme`):
 * a key they lack is UNKNOWN, not missing.
 */
export const openObjects = new WeakSet<object>();

type Binding = { node: TSESTree.Node; key?: string } | { source: string; name: string };

/** A module's top-level names: constants (destructured from an object too) and imports. */
export interface ModuleScope {
  bindings: ReadonlyMap<string, Binding>;
  load: ModuleData | undefined;
}

export function moduleScope(program: TSESTree.Program, load: ModuleData | undefined): ModuleScope {
  const bindings = new Map<string, Binding>();
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type === 'VariableDeclaration' && declaration.kind === 'const') {
      for (const d of declaration.declarations) {
        if (!d.init) continue;
        if (d.id.type === 'Identifier') bindings.set(d.id.name, { node: d.init });
        if (d.id.type === 'ObjectPattern') {
          for (const property of d.id.properties) {
            if (property.type !== 'Property' || property.computed || property.key.type !== 'Identifier' || property.value.type !== 'Identifier') continue;
            bindings.set(property.value.name, { node: d.init, key: property.key.name });
          }
        }
      }
    }
    if (statement.type === 'ImportDeclaration' && statement.importKind !== 'type') {
      for (const specifier of statement.specifiers) {
        if (specifier.type === 'ImportSpecifier' && specifier.importKind === 'type') continue;
        const name = specifier.type === 'ImportDefaultSpecifier' ? 'default' : specifier.type === 'ImportNamespaceSpecifier' ? '*' : specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
        bindings.set(specifier.local.name, { source: statement.source.value, name });
      }
    }
  }
  return { bindings, load };
}

/** How deep one read may go: nested literals, constants and imports together. */
const MAX_DEPTH = 64;

function isObject(value: Value): value is { [key: string]: Data } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The expression without TypeScript's wrappers, parentheses and an optional chain's wrapper (`a?.b`). */
function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapExpression(node);
  while (current.type === 'ChainExpression') current = unwrapExpression(current.expression);
  return current;
}

/** A key of a read object: its value, UNKNOWN for an unknown one or one an open object may have, MISSING otherwise. */
function member(object: Value, key: string | number): Value {
  if (object === UNKNOWN || object === MISSING) return object;
  if (Array.isArray(object)) return typeof key === 'number' ? (object[key] ?? MISSING) : UNKNOWN;
  if (!isObject(object)) return UNKNOWN;
  if (Object.hasOwn(object, key)) return object[key] as Value;
  // `require('./preset').default` of a module that sets `module.exports`: the interop bundlers and TypeScript apply.
  if (key === 'default') return object;
  return openObjects.has(object) ? UNKNOWN : MISSING;
}

/** Read an expression of a module as data. */
export function evaluate(node: TSESTree.Node | null | undefined, scope: ModuleScope): Evaluated {
  const value = read(node, scope, 0, new Set());
  return value === MISSING ? UNKNOWN : value;
}

function read(node: TSESTree.Node | null | undefined, scope: ModuleScope, depth: number, visiting: Set<TSESTree.Node>): Value {
  if (!node || depth > MAX_DEPTH) return UNKNOWN;
  const next = (inner: TSESTree.Node | null | undefined): Value => read(inner, scope, depth + 1, visiting);
  const expression = unwrap(node);
  switch (expression.type) {
    case 'Literal':
    case 'TemplateLiteral':
    case 'UnaryExpression': {
      const literal = literalData(expression);
      return literal === undefined ? UNKNOWN : literal;
    }
    case 'Identifier':
      return expression.name === 'undefined' ? MISSING : binding(expression.name, scope, depth, visiting);
    case 'MemberExpression': {
      const key = !expression.computed && expression.property.type === 'Identifier' ? expression.property.name : expression.property.type === 'Literal' && (typeof expression.property.value === 'string' || typeof expression.property.value === 'number') ? expression.property.value : undefined;
      return key === undefined ? UNKNOWN : member(next(expression.object), key);
    }
    case 'CallExpression': {
      // `require('x')`: what the module exports, as Tailwind's loader reads it.
      const [argument] = expression.arguments;
      if (expression.callee.type !== 'Identifier' || expression.callee.name !== 'require' || expression.arguments.length !== 1 || argument?.type !== 'Literal' || typeof argument.value !== 'string') return UNKNOWN;
      return scope.load?.(argument.value, 'default') ?? UNKNOWN;
    }
    case 'ArrayExpression': {
      const out: Data[] = [];
      for (const element of expression.elements) {
        const item = element?.type === 'SpreadElement' ? next(element.argument) : next(element);
        if (element?.type === 'SpreadElement') {
          if (!Array.isArray(item)) return UNKNOWN;
          out.push(...item);
        } else {
          if (item === UNKNOWN || item === MISSING) return UNKNOWN;
          out.push(item);
        }
      }
      return out;
    }
    case 'ObjectExpression': {
      const out: Record<string, Data> = {};
      const set = (key: string, item: Value): void => {
        if (item === MISSING) {
          delete out[key];
          return;
        }
        if (item === UNKNOWN) unknownKeys.add(out);
        (out as Record<string, unknown>)[key] = item;
      };
      for (const property of expression.properties) {
        if (property.type === 'SpreadElement') {
          const spread = next(property.argument);
          if (spread === MISSING || spread === null) continue;
          // An unknown spread may set any key: nothing in the object can be trusted.
          if (!isObject(spread) || openObjects.has(spread)) return UNKNOWN;
          for (const [key, item] of Object.entries(spread)) set(key, item as Value);
          continue;
        }
        const key = !property.computed && property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
        if (key === undefined || property.kind !== 'init' || property.method) return UNKNOWN;
        // Keep the key, mark its value: `theme: { extend: { colors: palette() } }` loses only `colors`.
        set(key, next(property.value));
      }
      return out;
    }
    default:
      return UNKNOWN;
  }
}

function binding(name: string, scope: ModuleScope, depth: number, visiting: Set<TSESTree.Node>): Value {
  const found = scope.bindings.get(name);
  if (!found) return UNKNOWN;
  if ('source' in found) return scope.load?.(found.source, found.name) ?? UNKNOWN;
  if (visiting.has(found.node)) return UNKNOWN;
  visiting.add(found.node);
  try {
    const value = read(found.node, scope, depth + 1, visiting);
    return found.key === undefined ? value : member(value, found.key);
  } finally {
    visiting.delete(found.node);
  }
}

/**
 * The expression a module exports under `name`: `module.exports = …` and `export default …` for `'default'`;
 * `export const name = …`, `export { local as name }` and `module.exports.name = …` otherwise, or the key of an
 * object `module.exports` is set to.
 */
export function exportedValue(program: TSESTree.Program, name: string, scope: ModuleScope): Evaluated {
  let moduleExports: TSESTree.Node | undefined;
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration' && name === 'default') return evaluate(statement.declaration as TSESTree.Node, scope);
    if (statement.type === 'ExportNamedDeclaration' && !statement.source) {
      if (statement.declaration?.type === 'VariableDeclaration') {
        for (const d of statement.declaration.declarations) if (d.id.type === 'Identifier' && d.id.name === name) return evaluate(d.init, scope);
      }
      for (const specifier of statement.specifiers) {
        const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value);
        if (exported === name && specifier.local.type === 'Identifier') return evaluate(specifier.local, scope);
      }
    }
    if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression' && statement.expression.operator === '=') {
      const target = statement.expression.left;
      if (target.type !== 'MemberExpression' || target.computed || target.property.type !== 'Identifier') continue;
      const isModuleExports = (node: TSESTree.Node): boolean => node.type === 'MemberExpression' && node.object.type === 'Identifier' && node.object.name === 'module' && !node.computed && node.property.type === 'Identifier' && node.property.name === 'exports';
      if (isModuleExports(target)) moduleExports = statement.expression.right;
      else if ((isModuleExports(target.object) || (target.object.type === 'Identifier' && target.object.name === 'exports')) && target.property.name === name) return evaluate(statement.expression.right, scope);
    }
  }
  if (!moduleExports) return UNKNOWN;
  const value = evaluate(moduleExports, scope);
  return name === 'default' ? value : (() => {
    const item = member(value, name);
    return item === MISSING ? UNKNOWN : item;
  })();
}
