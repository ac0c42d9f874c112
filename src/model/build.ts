/**
 * ESTree → UI model. Reads only standard ESTree / TS-ESTree node shapes, offsets and locations, so the checker
 * and the ESLint rules (whatever parser ESLint was given) build the same model.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { resolveSemantics } from '../settings/components.js';
import { DEFAULT_SETTINGS, type ResolvedSettings } from '../settings/settings.js';
import { collectBindings, constantAt, evaluate, evaluateFirstRender, importedAs, locateLiteral, resolveObject, spreadObject, withLocals, type Evaluation, type ExternalValues, type FileBindings } from './bindings.js';
import { elementMessage } from './i18n.js';
import { antdFormItemChecked, controllerRender, formAttributes, formikChildArgument, formikFieldAttributes, listRendering, renderFunctionArgument, type FunctionNode } from './forms.js';
import { firstRenderContext } from './bindings.js';
import { scopedNode, unknownNode } from './synthetic.js';
import { evaluateText } from './text-values.js';
import { isTranslationKey } from './query.js';
import { MERGING_HELPERS, mergeTailwindTokens } from './class-merge.js';
import { cvaDefinition, cvaParts } from './cva.js';
import { boundNames, calleeName, forEachChild, jsxTagName, propertyKeyName, reverseFrom, unwrapExpression, type Node } from './estree.js';
import { providesContext } from './sources.js';
import { numberInDocumentOrder } from './order.js';
import { renderedInside } from './render-context.js';
import { locOf } from '../parse/locations.js';
import { operandBranches } from './branches.js';
import { MOTION_PACKAGES } from '../libraries/motion.js';
import type {
  Attribute,
  Branch,
  AttributeValue,
  ClassList,
  ClassToken,
  InlineStyle,
  Range,
  TextPart,
  UIElement,
  UIModel,
  UINode,
  UIText,
} from './types.js';

/** Helpers that build class strings: their literal arguments are class names. */
const CLASS_HELPERS = new Set(['clsx', 'classnames', 'classNames', 'cn', 'cx', 'twMerge', 'twJoin', 'cva', 'tw']);
/** next/font's loaders (`Inter({ subsets: ['latin'] })`), and Geist's font objects, whose classes set only a font. */
const NEXT_FONT_LOADER = /^(?:next|@next)\/font\/(?:google|local)$/;
const FONT_OBJECT_MODULE = /^geist\/font(?:\/[\w-]+)?$/;

/** Functions whose JSX result we treat as part of the component's tree: `memo(() => ...)`, `forwardRef(...)`. */
const COMPONENT_WRAPPERS = new Set(['memo', 'forwardRef', 'observer', 'styled']);

const CSS_MODULE = /\.module\.(?:css|scss|sass|less)$/;
const STYLESHEET = /\.(?:css|scss|sass|less)$/;

/** `motion.div`: a namespace and an HTML tag. */
const MOTION_ELEMENT = /^([A-Za-z_$][\w$]*)\.([a-z][a-z0-9]*)$/;

/** Unitless CSS properties: a number in a style object is not px for these (React's list, abridged). */
export const UNITLESS = new Set(['opacity', 'font-weight', 'line-height', 'z-index', 'flex', 'flex-grow', 'flex-shrink', 'order', 'zoom', 'fill-opacity', 'stroke-opacity']);

/**
 * How deeply JSX may nest (elements, fragments and elements passed as props) before the builder stops descending.
 * Hand-written components nest a few dozen levels; generated code can nest thousands, and every walk over the
 * model (text content, ancestors, the cascade) would then risk the call stack. Below this depth the tree is
 * replaced by one `#too-deep` element whose content is unknown, so no check reports on what it cannot see.
 */
export const MAX_JSX_DEPTH = 256;

/**
 * List items a file may unroll in all (nested lists multiply): beyond it a list renders as before, once, under a
 * condition, its item unknown.
 */
const MAX_REPEATED_ITEMS = 200;
/** Checked-state values that leave a box off (an omitted prop is `undefined`). */
const STARTS_OFF = new Set<unknown>([false, undefined, null, 0, 'false']);

/** Elements built with names bound for part of the tree (a list item): their values are read in that scope. */
const elementScopes = new WeakMap<UIElement, FileBindings>();

/** The bindings an element's attribute expressions are read in (its model's, or a list item's). */
export function elementBindings(model: UIModel, element: UIElement): FileBindings | undefined {
  return elementScopes.get(element) ?? builtBindings.get(model);
}

/** JSX children as plain text (react-i18next's Trans default value), or undefined when part of it is computed. */
function plainText(children: readonly TSESTree.JSXChild[]): string | undefined {
  let text = '';
  for (const child of children) {
    if (child.type === 'JSXText') text += normaliseJsxText(child.value);
    else if (child.type === 'JSXElement') {
      const inner = plainText(child.children);
      if (inner === undefined) return undefined;
      text += inner;
    } else if (child.type === 'JSXExpressionContainer' && child.expression.type !== 'JSXEmptyExpression') {
      const value = unwrapExpression(child.expression);
      if (value.type === 'Literal' && typeof value.value === 'string') text += value.value;
      else return undefined;
    }
  }
  return text.trim() ? text : undefined;
}

/** The name of the element that stands for JSX nested deeper than MAX_JSX_DEPTH. */
export const TOO_DEEP = '#too-deep';
/** Controls whose state a registered field's default sets (`defaultChecked`), rather than their text. */
const REGISTERED_CHECKABLE = new Set(['checkbox', 'switch', 'radio']);

/**
 * Props a known spread can't set as attributes: classes and style are read from the attribute as written (classList,
 * inlineStyle), and `children` is content. A spread that sets one stays unknown.
 */
const UNREAD_SPREAD_PROPS = new Set(['className', 'class', 'style', 'children', 'dangerouslySetInnerHTML']);

export interface BuildOptions {
  settings?: ResolvedSettings;
  /**
   * Values for names the file does not declare as constants: a component's props as one use site passes them
   * (src/engine/components.ts), so its root element is read as that use site renders it.
   */
  constants?: ReadonlyMap<string, Node>;
  /** The file being built, where known: values read from other files say where they come from. */
  file?: string;
  /** Reads values imported from other modules and messages from locale files (src/resolve/values.ts). */
  external?: ExternalValues;
  /**
   * Build only this JSX tree of the program (a component's root, rendered at a use site: src/engine/components.ts),
   * not every tree of its module: a design system's module holds a dozen components, and each use of one built them
   * all.
   */
  only?: Node;
}

const builtBindings = new WeakMap<UIModel, FileBindings>();

/** The bindings a model was built with: a use site's values are read in them (src/engine/components.ts). */
export function modelBindings(model: UIModel): FileBindings | undefined {
  return builtBindings.get(model);
}

export function buildModel(program: TSESTree.Program, options: BuildOptions = {}): UIModel {
  const builder = new ModelBuilder(program, options.settings ?? DEFAULT_SETTINGS, options.constants, options.file, options.external, options.only);
  const model = builder.build();
  builtBindings.set(model, builder.fileBindings);
  return model;
}

/** The inline style an object-valued prop declares (react-cookie-consent's `buttonStyle={{...}}`), read like `style`. */
export function styleOfAttribute(program: TSESTree.Program, attribute: TSESTree.JSXAttribute): InlineStyle {
  return new ModelBuilder(program, DEFAULT_SETTINGS).styleOf(attribute);
}

export function kebabCase(property: string): string {
  if (property.startsWith('--')) return property;
  const kebab = property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  // Vendor prefixes: WebkitTransform -> -webkit-transform, msFlex -> -ms-flex.
  return /^(webkit|moz|ms|o)-/.test(kebab) ? `-${kebab}` : kebab;
}

/** JSX text as React renders it: whitespace runs with a line break vanish, others collapse to one space. */
export /** A prop or value read by name (`children`, `props.children`, `label`). */
function isValueRead(node: Node): boolean {
  return node.type === 'Identifier' || node.type === 'MemberExpression';
}

/** An element or nothing: a branch that draws, but shows no text of its own. */
function isDrawn(node: Node): boolean {
  return node.type === 'JSXElement' || node.type === 'JSXFragment' || (node.type === 'Literal' && node.value === null);
}

function normaliseJsxText(raw: string): string {
  const lines = raw.split(/\r\n|\n|\r/);
  if (lines.length === 1) return raw.replace(/[\t ]+/g, ' ');
  return lines
    .map((line, i) => {
      let l = line.replace(/\t/g, ' ');
      if (i !== 0) l = l.replace(/^ +/, '');
      if (i !== lines.length - 1) l = l.replace(/ +$/, '');
      return l;
    })
    .filter((line) => line.length > 0)
    .join(' ')
    .replace(/ {2,}/g, ' ');
}

interface ImportNames {
  sources: Map<string, string>;
  imported: Map<string, string>;
  cssModules: Map<string, string>;
}

/** What each imported name is, per program: a component's module is built once per use site, its imports read once. */
const importNames = new WeakMap<TSESTree.Program, ImportNames>();

function importNamesOf(program: TSESTree.Program, bindings: FileBindings): ImportNames {
  let names = importNames.get(program);
  if (names) return names;
  names = { sources: new Map(), imported: new Map(), cssModules: new Map() };
  for (const info of bindings.imports) {
    for (const binding of info.bindings) {
      names.sources.set(binding.local, info.source);
      names.imported.set(binding.local, binding.imported);
      if (CSS_MODULE.test(info.source)) names.cssModules.set(binding.local, info.source);
    }
  }
  readDestructuredImports(program, names);
  importNames.set(program, names);
  return names;
}

/**
 * `const { Text, Paragraph } = Typography` with `Typography` imported (Ant Design's usual style): `Text` is the
 * library's `Typography.Text`, as if written so.
 */
function readDestructuredImports(program: TSESTree.Program, names: ImportNames): void {
  for (const statement of program.body) {
    if (statement.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declarations) {
      const init = declarator.init && unwrapExpression(declarator.init);
      if (declarator.id.type !== 'ObjectPattern' || init?.type !== 'Identifier') continue;
      const source = names.sources.get(init.name);
      const imported = names.imported.get(init.name);
      if (source === undefined || imported === undefined || imported === '*' || imported === 'default') continue;
      for (const property of declarator.id.properties) {
        if (property.type !== 'Property' || property.value.type !== 'Identifier') continue;
        const key = propertyKeyName(property);
        if (key === undefined || names.sources.has(property.value.name)) continue;
        names.sources.set(property.value.name, source);
        names.imported.set(property.value.name, `${imported}.${key}`);
      }
    }
  }
}

class ModelBuilder {
  private bindings: FileBindings;
  readonly fileBindings: FileBindings;
  private readonly elements: UIElement[] = [];
  private readonly roots: UIElement[] = [];
  private readonly cssModules: Map<string, string>;
  private readonly importSources: ReadonlyMap<string, string>;
  /** Local name → the name it was imported as (`Button` for `import { Button as MuiButton }`). */
  private readonly importedNames: ReadonlyMap<string, string>;
  private nextId = 0;
  /** List items unrolled so far (MAX_REPEATED_ITEMS). */
  private repeatedItems = 0;
  /**
   * The JSX depth a list's render function is called at, while it is: a fragment it returns there is the item (as
   * React's keyed `<Fragment key>` is), not a run of the list's children.
   */
  private listItemDepth = -1;
  /** Current JSX nesting, for MAX_JSX_DEPTH. */
  private depth = 0;

  constructor(
    private readonly program: TSESTree.Program,
    private readonly settings: ResolvedSettings,
    constants?: ReadonlyMap<string, Node>,
    file?: string,
    external?: ExternalValues,
    private readonly only?: Node,
  ) {
    // The program's bindings are shared (collected once per program): this model's file, values and use-site props
    // go on a copy.
    const shared = collectBindings(program);
    this.bindings = { ...shared, file, external };
    this.fileBindings = this.bindings;
    if (constants && constants.size > 0) {
      // A component's props are its parameters: inside it they shadow whatever the file declares by the same name (a
      // module's `const title`, or `const inputProps` in another component of the module, which a toggle hands on
      // under the same name).
      const merged = new Map(shared.constants);
      for (const [name, node] of constants) merged.set(name, node);
      this.bindings.constants = merged;
    }
    const names = importNamesOf(program, shared);
    this.importSources = names.sources;
    this.importedNames = names.imported;
    // The model's own: the component expansion adds the CSS modules of the components it renders.
    this.cssModules = new Map(names.cssModules);
  }

  build(): UIModel {
    this.findRoots();
    const stylesheets = this.bindings.imports.filter((i) => STYLESHEET.test(i.source) && !CSS_MODULE.test(i.source)).map((i) => i.source);
    const model: UIModel = { roots: this.roots, elements: this.elements, imports: this.bindings.imports, cssModules: this.cssModules, stylesheets };
    // Elements are created in walk order (a ternary's branches may come out reversed): ids follow the document.
    numberInDocumentOrder(model);
    return model;
  }

  /**
   * Walk the program; every JSX tree not nested in another becomes a root, tagged with its component. The walk
   * uses an explicit stack (children pushed in reverse, so roots come out in source order) because a bundle's
   * expressions can nest deeper than the call stack allows.
   */
  private findRoots(): void {
    if (this.only && (this.only.type === 'JSXElement' || this.only.type === 'JSXFragment')) {
      this.roots.push(this.buildElement(this.only, null, false, this.componentAround(this.only)));
      return;
    }
    // Two stacks side by side, a node and the component it is in: no object per node of the program.
    const nodes: Node[] = [this.program];
    const components: Array<string | undefined> = [undefined];
    let named: string | undefined;
    const visit = (child: Node): void => {
      nodes.push(child);
      components.push(named);
    };
    for (let node = nodes.pop(); node; node = nodes.pop()) {
      const component = components.pop();
      if (node.type === 'JSXElement' || node.type === 'JSXFragment') {
        this.roots.push(this.buildElement(node, null, false, component));
        continue;
      }
      named = this.componentName(node) ?? component;
      const from = nodes.length;
      forEachChild(node, visit);
      reverseFrom(nodes, from);
      reverseFrom(components, from);
    }
  }

  /** The component a node is in, as the walk of findRoots would tag it: down the program to it, by ranges. */
  private componentAround(target: Node): string | undefined {
    const [start, end] = target.range;
    let named: string | undefined;
    for (let node: Node | undefined = this.program; node && node !== target; ) {
      named = this.componentName(node) ?? named;
      let next: Node | undefined;
      forEachChild(node, (child) => {
        if (next === undefined && child.range[0] <= start && end <= child.range[1]) next = child;
      });
      node = next;
    }
    return named;
  }

  /** The component a function node defines, by its declaration. */
  private componentName(node: Node): string | undefined {
    if (node.type === 'FunctionDeclaration' && node.id) return node.id.name;
    if (node.type === 'ClassDeclaration' && node.id) return node.id.name;
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init) {
      let init = unwrapExpression(node.init);
      while (init.type === 'CallExpression' && COMPONENT_WRAPPERS.has(calleeName(init) ?? '') && init.arguments[0]) {
        init = unwrapExpression(init.arguments[0] as Node);
      }
      if (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression') return node.id.name;
    }
    return undefined;
  }

  /**
   * Build JSX in a child position. A fragment nested in an element is transparent: its children (text included)
   * become the parent's children.
   */
  private buildJsx(node: TSESTree.JSXElement | TSESTree.JSXFragment, parent: UIElement, conditional: boolean, component: string | undefined): UINode[] {
    if (node.type === 'JSXFragment') {
      if (this.depth >= MAX_JSX_DEPTH) return [this.text(node, { known: false, reason: 'too-deep' }, parent)];
      this.depth++;
      try {
        return this.buildChildren(node.children, parent, conditional, component);
      } finally {
        this.depth--;
      }
    }
    // react-hook-form's Controller (and a design system's FormField around it) renders its render function's
    // element and nothing of its own: that element stands in the Controller's place.
    const rendered = this.renderOnly(node);
    if (rendered) return this.renderFunction(rendered.fn, rendered.locals, parent, component, conditional);
    return [this.buildElement(node, parent, conditional, component)];
  }

  /**
   * A form library's field that renders only what its `render` function returns: react-hook-form's
   * `<Controller>`, or a component given a form's `control` and a `render` function (shadcn/ui's `<FormField>`).
   */
  private renderOnly(node: TSESTree.JSXElement): { fn: FunctionNode; locals: Map<string, Node> } | undefined {
    const name = jsxTagName(node.openingElement.name);
    if (!/^[A-Z]/.test(name)) return undefined;
    const rootName = name.split('.')[0] ?? name;
    const source = this.importSources.get(rootName);
    const imported = this.importedNames.get(rootName);
    const controller = source === 'react-hook-form' && (imported === 'Controller' || imported === 'Field');
    return controllerRender(node.openingElement, this.bindings, controller);
  }

  /** Build JSX that stands on its own (a root, a prop's value): a fragment becomes a `#fragment` element. */
  private buildElement(node: TSESTree.JSXElement | TSESTree.JSXFragment, parent: UIElement | null, conditional: boolean, component: string | undefined): UIElement {
    if (this.depth >= MAX_JSX_DEPTH) {
      const opaque = this.createElement(node, TOO_DEEP, parent, conditional, component);
      opaque.children = [this.text(node, { known: false, reason: 'too-deep' }, opaque)];
      return opaque;
    }
    this.depth++;
    try {
      const name = node.type === 'JSXFragment' ? '#fragment' : jsxTagName(node.openingElement.name);
      const element = this.createElement(node, name, parent, conditional, component);
      const library = node.type === 'JSXElement' ? this.libraryChildren(node, element, component) : undefined;
      element.children = library ?? this.buildChildren(node.children, element, false, component);
      return element;
    } finally {
      this.depth--;
    }
  }

  private createElement(node: TSESTree.JSXElement | TSESTree.JSXFragment, name: string, parent: UIElement | null, conditional: boolean, component: string | undefined): UIElement {
    const opening = node.type === 'JSXElement' ? node.openingElement : node.openingFragment;
    // `const Comp = asChild ? Slot : 'button'` (shadcn/ui, Radix's asChild pattern): the tag the constant holds.
    const boundTag = this.boundTag(name);
    const intrinsic = boundTag !== undefined || (/^[a-z]/.test(name) && !name.includes('.'));
    const rootName = name.split('.')[0] ?? name;
    const element: UIElement = {
      kind: 'element',
      id: this.nextId++,
      name,
      intrinsic,
      tag: undefined,
      semantic: 'container',
      semanticSource: 'html',
      emphasis: undefined,
      attributes: new Map(),
      hasSpread: false,
      children: [],
      parent,
      conditional,
      classes: { tokens: [], hasUnknown: false },
      inlineStyle: { declarations: [], hasUnknown: false },
      importSource: intrinsic ? undefined : this.importSources.get(rootName),
      component,
      range: node.range,
      loc: locOf(node),
      openingRange: opening.range,
      openingLoc: locOf(opening),
      node,
    };
    this.elements.push(element);
    if (name === TOO_DEEP) return element;
    if (node.type === 'JSXElement') this.readAttributes(node.openingElement, element, component);
    if (name === '#fragment') return element;
    const semantics = resolveSemantics(
      {
        name: boundTag ?? name,
        intrinsic,
        importSource: element.importSource,
        importedName: this.importedName(name, rootName),
        hasAttribute: (attr) => element.attributes.has(attr),
        staticAttribute: (attr) => {
          const value = element.attributes.get(attr)?.value;
          return value?.kind === 'static' ? value.value : undefined;
        },
      },
      this.settings,
    );
    element.semantic = semantics.semantic;
    element.semanticSource = semantics.source;
    element.tag = semantics.tag;
    element.emphasis = semantics.emphasis;
    if (semantics.library) element.library = semantics.library;
    else if (!intrinsic && node.type === 'JSXElement' && providesContext(node.openingElement, this.bindings)) element.providesContext = true;
    if (node.type === 'JSXElement') this.checkedStateAtSite(node.openingElement, element, semantics.checkedProps);
    if (this.registeredDefaults?.has(element)) this.registeredCheckedState(element);
    if (this.bindings.locals) elementScopes.set(element, this.bindings);
    if (node.type === 'JSXElement') this.formikField(node.openingElement, element);
    this.antdFormItemChild(element);
    return element;
  }

  /**
   * A checked state a component's prop sets (`checked={consents[option.key]}` in a wizard's step), read again where
   * the app renders the component when it renders it in one place (ExternalValues.propAtSite): the state the
   * person first sees is the one that element passes. Only checked states ask, so only a control's file searches
   * the app for where its component is rendered.
   *
   * Only a box that element leaves off is decided here. One it turns on is the use site's finding, reported there
   * (with the fix where its value is written) when that file renders the component; the component's file keeps its
   * review, so a use site the analysis could not expand (a render budget spent) never leaves the box unseen.
   */
  private checkedStateAtSite(opening: TSESTree.JSXOpeningElement, element: UIElement, checkedProps: readonly string[]): void {
    if (!this.bindings.external?.propAtSite) return;
    for (const prop of checkedProps) {
      const attribute = element.attributes.get(prop);
      if (attribute?.value.kind !== 'dynamic' || attribute.value.reason !== 'dynamic-expression') continue;
      const written = opening.attributes.find((a): a is TSESTree.JSXAttribute => a.type === 'JSXAttribute' && a.range === attribute.range);
      const expression = written?.value?.type === 'JSXExpressionContainer' && written.value.expression.type !== 'JSXEmptyExpression' ? unwrapExpression(written.value.expression as Node) : undefined;
      if (!expression) continue;
      const value = this.valueOf(expression, expression.range, { ...this.bindings, siteProps: true });
      if ((value.kind === 'static' || value.kind === 'initial') && STARTS_OFF.has(value.value)) element.attributes.set(prop, { ...attribute, value });
    }
  }

  /** antd's `<Form.Item name valuePropName="checked">` sets its one child's `checked` from the form (antdFormItemChecked). */
  private antdFormItemChild(element: UIElement): void {
    const item = element.parent;
    const itemNode = item?.node as Node | undefined;
    if (!item || itemNode?.type !== 'JSXElement') return;
    const names = this.libraryName(item);
    if (names.importSource !== 'antd' || names.importedName !== 'Form.Item') return;
    const children = itemNode.children.filter((child) => child.type === 'JSXElement');
    if (children.length !== 1 || children[0] !== element.node) return;
    const checked = antdFormItemChecked(itemNode.openingElement, elementScopes.get(item) ?? this.bindings, this.enclosing(item, 'antd', 'Form'));
    if (!checked) return;
    const opening = itemNode.openingElement;
    element.attributes.delete('defaultChecked');
    element.attributes.set('checked', { name: 'checked', value: this.valueOf(checked, opening.range), range: [opening.range[0], opening.range[0]], loc: locOf(opening) });
  }

  /**
   * The nearest ancestor that is a library's component (`<Formik>`, antd's `<Form>`), with the scope it is written
   * in; in a component of its own (a wizard's step), the one around the element of the app that renders it
   * (render-context.ts), unless another form component stands between.
   */
  private enclosing(element: UIElement, source: string, name: string): { opening: TSESTree.JSXOpeningElement; bindings: FileBindings } | undefined {
    for (let ancestor = element.parent; ancestor; ancestor = ancestor.parent) {
      const names = this.libraryName(ancestor);
      if (names.importSource === source && names.importedName === name && (ancestor.node as Node).type === 'JSXElement') {
        return { opening: (ancestor.node as TSESTree.JSXElement).openingElement, bindings: elementScopes.get(ancestor) ?? this.fileBindings };
      }
    }
    const node = element.node as Node;
    return renderedInside(node.range, elementScopes.get(element) ?? this.fileBindings, (tag, scope) => {
      const binding = importedAs(scope.imports, tag.split('.')[0] ?? tag);
      const imported = binding && binding.imported + tag.slice(binding.local.length);
      if (binding?.source === source) return imported === name ? 'provides' : 'passes';
      return /Form(?:ik)?$/.test(tag) ? 'hides' : 'passes';
    });
  }

  /** The import a component name comes from, and the name it was exported as. */
  private libraryName(element: UIElement): { importSource: string | undefined; importedName: string } {
    const rootName = element.name.split('.')[0] ?? element.name;
    const imported = this.importedNames.get(rootName);
    return { importSource: element.importSource, importedName: imported && imported !== 'default' && imported !== '*' ? imported + element.name.slice(rootName.length) : element.name };
  }

  /**
   * Formik's `<Field name type>` renders an `<input>` (unless `as`, `component` or a render function say
   * otherwise), checked or filled from the enclosing `<Formik initialValues>`.
   */
  private formikField(opening: TSESTree.JSXOpeningElement, element: UIElement): void {
    const { importSource, importedName } = this.libraryName(element);
    if (importSource !== 'formik' || (importedName !== 'Field' && importedName !== 'FastField')) return;
    if (element.attributes.has('as') || element.attributes.has('component') || element.attributes.has('render') || element.attributes.has('children')) return;
    const semantics = resolveSemantics(
      { name: 'input', intrinsic: true, importSource: undefined, hasAttribute: (attr) => element.attributes.has(attr), staticAttribute: (attr) => { const v = element.attributes.get(attr)?.value; return v?.kind === 'static' ? v.value : undefined; } },
      this.settings,
    );
    element.tag = 'input';
    element.semantic = semantics.semantic;
    element.semanticSource = 'library';
    for (const { name, value } of formikFieldAttributes(opening, this.enclosing(element, 'formik', 'Formik'), this.bindings)) {
      if (!element.attributes.has(name)) element.attributes.set(name, { name, value: this.valueOf(value, opening.range), range: [opening.range[0], opening.range[0]], loc: locOf(opening) });
    }
  }

  /**
   * Children a library renders in place of what is written: a translated `<Trans>` / `<FormattedMessage>`'s text,
   * react-hook-form's `<Controller render>` element. Undefined for any other element.
   */
  private libraryChildren(node: TSESTree.JSXElement, element: UIElement, component: string | undefined): UINode[] | undefined {
    if (element.intrinsic) return undefined;
    const names = this.libraryName(element);
    const message = elementMessage(node.openingElement, names, this.bindings, firstRenderContext(), () => plainText(node.children));
    if (message !== undefined) element.inlineText = true;
    if (message === 'unknown') return [this.text(node, { known: false, reason: 'translation' }, element)];
    if (message) return this.textParts(node, message, element);
    const render = controllerRender(node.openingElement, this.bindings, names.importSource === 'react-hook-form' && (names.importedName === 'Controller' || names.importedName === 'Field'));
    if (render) return this.renderFunction(render.fn, render.locals, element, component);
    if (names.importSource === 'antd' && names.importedName === 'List') return this.antdListItems(node, element, component);
    return undefined;
  }

  /**
   * antd's `<List dataSource={ITEMS} renderItem={(item) => <List.Item>...</List.Item>} />` renders its written
   * children (a header, a footer) and then `renderItem` for each item of `dataSource`, as `ITEMS.map(renderItem)`
   * would: each item bound, over a list the first render knows. Undefined (the written children only) otherwise.
   */
  private antdListItems(node: TSESTree.JSXElement, element: UIElement, component: string | undefined): UINode[] | undefined {
    const attribute = (name: string): Node | undefined => {
      const found = node.openingElement.attributes.find((a): a is TSESTree.JSXAttribute => a.type === 'JSXAttribute' && a.name.type === 'JSXIdentifier' && a.name.name === name);
      return found?.value?.type === 'JSXExpressionContainer' && found.value.expression.type !== 'JSXEmptyExpression' ? (found.value.expression as Node) : undefined;
    };
    const dataSource = attribute('dataSource');
    const renderItem = attribute('renderItem');
    if (!dataSource || !renderItem) return undefined;
    const range = node.openingElement.range;
    const map = { type: 'MemberExpression', object: dataSource, property: { type: 'Identifier', name: 'map', range }, computed: false, optional: false, range };
    const items = this.listChildren({ type: 'CallExpression', callee: map, arguments: [renderItem], optional: false, range } as unknown as Node, element, component);
    return items ? [...this.buildChildren(node.children, element, false, component), ...items] : undefined;
  }

  /** The element a render function returns, built with its parameters bound. */
  private renderFunction(fn: FunctionNode, locals: ReadonlyMap<string, Node>, parent: UIElement, component: string | undefined, conditional = false): UINode[] {
    const saved = this.bindings;
    this.bindings = withLocals(saved, locals);
    try {
      return this.jsxInExpression(fn.body, parent, component, conditional);
    } finally {
      this.bindings = saved;
    }
  }

  /** Text parts as text nodes: words as known text, slots as unknown text that says what it holds. */
  private textParts(node: Node, parts: readonly TextPart[], parent: UIElement): UIText[] {
    // A slot of unknown kind says no more than unknown text.
    return parts.map((part) => (typeof part === 'string' ? this.text(node, { known: true, value: part }, parent) : this.text(node, { known: false, reason: 'dynamic-expression', ...(part.slot === 'text' ? {} : { slot: part }) }, parent)));
  }

  /** An element named by a local constant that evaluates to an HTML tag name (`const Comp = 'button'`). */
  private boundTag(name: string): string | undefined {
    const animated = this.motionTag(name);
    if (animated) return animated;
    if (!/^[A-Z]/.test(name) || name.includes('.') || this.importSources.has(name) || !this.bindings.constants.get(name)) return undefined;
    const value = evaluate({ type: 'Identifier', name, range: [0, 0] } as unknown as Node, this.bindings);
    return value.ok && typeof value.value === 'string' && /^[a-z][a-z0-9-]*$/.test(value.value) ? value.value : undefined;
  }

  /**
   * Motion's (framer-motion's) `<motion.div>`, `<m.section>`: the HTML element it names, with the props and class it
   * is given, animated (motion.dev/docs/react-motion-component). Its own props (`initial`, `animate`, `exit`) are
   * read as nothing: what they animate ends where the element's styles put it.
   */
  private motionTag(name: string): string | undefined {
    const parts = MOTION_ELEMENT.exec(name);
    if (!parts) return undefined;
    const [, namespace, tag] = parts as unknown as [string, string, string];
    const source = this.importSources.get(namespace);
    const imported = this.importedNames.get(namespace);
    if (source === undefined || !MOTION_PACKAGES.has(source)) return undefined;
    // `import { motion } from 'motion/react'`, `{ m }` for LazyMotion, or a namespace (`import * as motion from 'motion/react-client'`).
    return imported === 'motion' || imported === 'm' || imported === '*' ? tag : undefined;
  }

  /** `MuiButton` imported as `{ Button as MuiButton }` is `Button` to a library preset; `BsForm.Check` is `Form.Check`. */
  private importedName(name: string, rootName: string): string | undefined {
    const imported = this.importedNames.get(rootName);
    if (imported === undefined || imported === 'default' || imported === '*' || imported === rootName) return undefined;
    return imported + name.slice(rootName.length);
  }

  /** Elements given a `defaultValue` by react-hook-form's `register`, whose default may be their checked state. */
  private registeredDefaults: WeakSet<UIElement> | undefined;

  /**
   * `<input type="checkbox" {...register('telemetry')} />`: the field's default is the box's checked state, whether or
   * not it is known. Read as `defaultValue`, an unknown default (server data in `values`) left the box unticked.
   */
  private registeredCheckedState(element: UIElement): void {
    if (!REGISTERED_CHECKABLE.has(element.semantic) || element.attributes.has('defaultChecked') || element.attributes.has('checked')) return;
    const registered = element.attributes.get('defaultValue');
    if (!registered) return;
    element.attributes.delete('defaultValue');
    element.attributes.set('defaultChecked', { ...registered, name: 'defaultChecked' });
  }

  private readAttributes(opening: TSESTree.JSXOpeningElement, element: UIElement, component: string | undefined): void {
    for (const attribute of opening.attributes) {
      if (attribute.type === 'JSXSpreadAttribute') {
        // A form library's spread sets known props (`{...register('marketing')}`); any other may set anything.
        const added = formAttributes(attribute.argument, this.bindings);
        if (!added) {
          if (!this.spreadProps(attribute, element)) element.hasSpread = true;
          continue;
        }
        for (const { name, value, checkedOnControl } of added ?? []) {
          if (element.attributes.has(name)) continue;
          element.attributes.set(name, { name, value: this.valueOf(value, attribute.range), range: attribute.range, loc: locOf(attribute) });
          if (checkedOnControl) (this.registeredDefaults ??= new WeakSet()).add(element);
        }
        continue;
      }
      const name = attribute.name.type === 'JSXNamespacedName' ? `${attribute.name.namespace.name}:${attribute.name.name.name}` : attribute.name.name;
      const value = this.attributeValue(attribute, element, component);
      const entry: Attribute = { name, value, range: attribute.range, loc: locOf(attribute) };
      element.attributes.set(name, entry);
      if (name === 'className' || name === 'class') element.classes = this.classList(attribute);
      if (name === 'style') element.inlineStyle = this.inlineStyle(attribute);
    }
  }

  /**
   * A spread whose object the first render knows (spreadObject) sets its props as attributes written there would:
   * over the attributes before it, under those after it. False where any of it is unknown (a spread or a computed
   * key inside, or the classes and style, which are read from attributes as written): the element keeps an unknown
   * spread.
   */
  private spreadProps(attribute: TSESTree.JSXSpreadAttribute, element: UIElement): boolean {
    const object = spreadObject(attribute.argument, this.bindings);
    if (!object) return false;
    const props: Array<[string, Node]> = [];
    for (const property of object.node.properties) {
      const name = property.type === 'Property' && !property.computed ? propertyKeyName(property) : undefined;
      if (name === undefined || UNREAD_SPREAD_PROPS.has(name)) return false;
      props.push([name, (property as TSESTree.Property).value as Node]);
    }
    for (const [name, value] of props) {
      const scoped = object.bindings === this.bindings ? value : scopedNode(value, object.bindings);
      element.attributes.set(name, { name, value: this.valueOf(scoped, attribute.range), range: attribute.range, loc: locOf(attribute) });
    }
    return true;
  }

  private attributeValue(attribute: TSESTree.JSXAttribute, owner: UIElement, component: string | undefined): AttributeValue {
    const value = attribute.value;
    if (value === null) return { kind: 'static', value: true, range: attribute.range };
    if (value.type === 'Literal') return { kind: 'static', value: value.value as string, range: value.range };
    if (value.type === 'JSXElement' || value.type === 'JSXFragment') {
      return { kind: 'element', element: this.buildElement(value, owner, false, component), range: value.range };
    }
    if (value.type !== 'JSXExpressionContainer' || value.expression.type === 'JSXEmptyExpression') {
      return { kind: 'dynamic', reason: 'dynamic-expression', expressionText: '', range: value.range };
    }
    const expression = unwrapExpression(value.expression);
    const slot = slotJsx(expression as Node);
    if (slot) {
      const element = this.buildElement(slot.jsx, owner, slot.branches !== undefined, component);
      if (slot.branches?.length) element.branches = slot.branches;
      return { kind: 'element', element, range: slot.jsx.range };
    }
    return this.valueOf(expression, expression.range);
  }

  /**
   * An attribute's value as the first render sees it: static (a literal, a constant, an imported constant), or
   * initial (state, a prop's default, a form's or store's default), or dynamic with what text it holds.
   */
  valueOf(expression: Node, range: Range, bindings: FileBindings = this.bindings): AttributeValue {
    const evaluated = evaluateFirstRender(expression, bindings);
    if (evaluated.ok) return this.knownValue(evaluated, expression, range);
    // Text the first render shows: a translated message, the text branch of a loading state, words with slots.
    const text = evaluateText(expression, bindings);
    const slotted = text.ok && text.parts.some((part) => typeof part !== 'string');
    if (text.ok && !slotted && text.parts.length > 0) return { kind: 'static', value: text.parts.join(''), range };
    return { kind: 'dynamic', reason: evaluated.reason, expressionText: expressionText(expression), range, ...(text.ok && slotted ? { text: text.parts } : {}) };
  }

  /** Where a value's literal is: this file, or another (its path, when known). */
  private origin(evaluated: Extract<Evaluation, { ok: true }>): { origin?: string; foreign: boolean } {
    if (evaluated.bindings.program === this.program) return { foreign: false };
    return { foreign: true, ...(evaluated.bindings.file ? { origin: evaluated.bindings.file } : {}) };
  }

  private knownValue(evaluated: Extract<Evaluation, { ok: true }>, expression: Node, range: Range): AttributeValue {
    const { origin, foreign } = this.origin(evaluated);
    const where = origin === undefined ? {} : { origin };
    if (evaluated.state !== undefined) {
      return {
        kind: 'initial',
        value: evaluated.value,
        initRange: evaluated.node.range,
        binding: writtenBinding(expression) ?? evaluated.state,
        range,
        ...where,
        ...(evaluated.direct && (!foreign || origin !== undefined) ? {} : { external: true }),
      };
    }
    const named = (expression.type === 'Identifier' && expression.name !== 'undefined') || expression.type === 'MemberExpression';
    return { kind: 'static', value: evaluated.value, range: foreign ? range : evaluated.node.range, ...(named ? { binding: expressionText(expression) } : {}), ...where };
  }

  private buildChildren(children: TSESTree.JSXChild[], parent: UIElement, conditional: boolean, component: string | undefined): UINode[] {
    const nodes: UINode[] = [];
    for (const child of children) {
      switch (child.type) {
        case 'JSXText': {
          const value = normaliseJsxText(child.value);
          if (value.trim().length > 0) nodes.push(this.text(child, { known: true, value }, parent));
          break;
        }
        case 'JSXElement':
        case 'JSXFragment':
          nodes.push(...this.buildJsx(child, parent, conditional, component));
          break;
        case 'JSXExpressionContainer': {
          if (child.expression.type === 'JSXEmptyExpression') break;
          nodes.push(...this.expressionChild(child, unwrapExpression(child.expression), parent, component));
          break;
        }
        case 'JSXSpreadChild':
          nodes.push(this.text(child, { known: false, reason: 'dynamic-expression' }, parent));
          break;
      }
    }
    return nodes;
  }

  /**
   * What a `{...}` child renders: the elements in it, under their conditions, and the text the first render shows.
   * A ternary between an element and a value (`{loading ? <Spinner /> : children}`, a design system's loading
   * button) renders the element under its condition and the value as the container's text, so that a component's
   * `children` there is the slot its use site's children fill (src/model/components.ts).
   */
  private expressionChild(child: TSESTree.JSXExpressionContainer, expression: Node, parent: UIElement, component: string | undefined): UINode[] {
    if (expression.type === 'ConditionalExpression') {
      const [consequent, alternate] = [unwrapExpression(expression.consequent), unwrapExpression(expression.alternate)];
      const value = isValueRead(consequent) && isDrawn(alternate) ? consequent : isValueRead(alternate) && isDrawn(consequent) ? alternate : undefined;
      // A test the first render decides for the element (`typeof title === 'string' ? <DynamicT forKey={title} /> :
      // title`) leaves the value unshown.
      const test = value ? evaluateFirstRender(expression.test, this.bindings) : undefined;
      const valueShown = value !== undefined && (!test?.ok || Boolean(test.value) === (value === consequent));
      if (value && valueShown) {
        const text = evaluateText(value, this.bindings);
        const drawn = this.jsxInExpression(value === consequent ? alternate : consequent, parent, component, true);
        const key = text.ok && text.parts.length === 1 && typeof text.parts[0] === 'string' && isTranslationKey(text.parts[0].trim());
        const shown = text.ok && !key ? this.textParts(child, text.parts, parent) : [this.text(child, { known: false, reason: text.ok ? 'translation' : text.reason }, parent)];
        return [...drawn, ...shown];
      }
    }
    const repeated = this.listChildren(expression, parent, component);
    if (repeated) return repeated;
    const called = this.childFunction(expression, parent, component);
    if (called) return called;
    const text = evaluateText(expression, this.bindings);
    // Elements in the expression render under their conditions; its text is what the first render shows. A call
    // read as text (next-intl's `t.rich('terms', { link: (chunks) => <a>{chunks}</a> })`) already holds the text its
    // markup functions wrap: their JSX is not rendered a second time.
    const nested = this.jsxInExpression(expression, parent, component, false, text.ok && expression.type === 'CallExpression');
    // A prop or a constant holding a translation key (`{title}` with title="general.got_it") names copy a component
    // translates elsewhere; the key is not what the page shows.
    const key = text.ok && expression.type !== 'Literal' && text.parts.length === 1 && typeof text.parts[0] === 'string' && isTranslationKey(text.parts[0].trim());
    if (key) return [this.text(child, { known: false, reason: 'translation' }, parent), ...nested];
    if (text.ok) return [...this.textParts(child, text.parts, parent), ...nested];
    if (nested.length > 0) return nested;
    return [this.text(child, { known: false, reason: text.reason }, parent)];
  }

  /**
   * `{PURPOSES.map((p) => <Switch defaultChecked={p.defaultOn} label={p.label} />)}` over a list the first render
   * knows: the callback's elements once per item, the item bound, each marked as the item it renders.
   */
  private listChildren(expression: Node, parent: UIElement, component: string | undefined): UINode[] | undefined {
    const list = listRendering(expression, this.bindings);
    if (!list || this.repeatedItems + list.items.length > MAX_REPEATED_ITEMS) return undefined;
    this.repeatedItems += list.items.length;
    const nodes: UINode[] = [];
    const savedItemDepth = this.listItemDepth;
    this.listItemDepth = this.depth;
    try {
      list.items.forEach((item, index) => {
        const before = this.elements.length;
        nodes.push(...this.renderFunction(list.fn, item.locals, parent, component));
        for (const element of this.elements.slice(before)) element.repeated ??= { index, count: list.items.length };
      });
    } finally {
      this.listItemDepth = savedItemDepth;
    }
    return nodes;
  }

  /** A function child a library calls on every render: Formik's `{(formik) => <Form>...</Form>}`. */
  private childFunction(expression: Node, parent: UIElement, component: string | undefined): UINode[] | undefined {
    if (expression.type !== 'ArrowFunctionExpression' && expression.type !== 'FunctionExpression') return undefined;
    if (parent.intrinsic || (parent.node as Node).type !== 'JSXElement') return undefined;
    const names = this.libraryName(parent);
    if (names.importSource !== 'formik' || names.importedName !== 'Formik') return undefined;
    const argument = formikChildArgument((parent.node as TSESTree.JSXElement).openingElement, this.bindings, expression.range);
    const locals = renderFunctionArgument(expression, argument);
    return locals ? this.renderFunction(expression, locals, parent, component) : undefined;
  }

  /** JSX inside an expression child: `{open && <p/>}`, `{a ? <b/> : <c/>}`, `{items.map(i => <li/>)}`. */
  private jsxInExpression(expression: Node, parent: UIElement, component: string | undefined, underCondition: boolean, skipFunctions = false): UINode[] {
    const found: UINode[] = [];
    // An explicit stack rather than recursion: an expression (a callback's whole body) can nest arbitrarily deep.
    // `shadowed`: the parameters of the callbacks around a node (`rows.map((account) => ...)` over a list not
    // known), unknown there, so none reads as a constant of the same name.
    const stack: Array<{ node: Node; conditional: boolean; branches: Branch[]; shadowed?: ReadonlyMap<string, Node> }> = [{ node: expression, conditional: underCondition, branches: [] }];
    for (let top = stack.pop(); top; top = stack.pop()) {
      const { node, conditional, branches } = top;
      let { shadowed } = top;
      const isFunction = node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression';
      if (skipFunctions && isFunction) continue;
      if (node.type === 'JSXElement' || node.type === 'JSXFragment') {
        const saved = this.bindings;
        if (shadowed) this.bindings = withLocals(saved, shadowed);
        let built: UINode[];
        try {
          // A list item's fragment (`{options.map((o) => <><input type="checkbox" /> <span>{o.label}</span></>)}`)
          // holds one row: flattened into the list's parent, every box would stand beside every label.
          built = node.type === 'JSXFragment' && this.depth === this.listItemDepth ? [this.buildElement(node, parent, conditional, component)] : this.buildJsx(node, parent, conditional, component);
        } finally {
          this.bindings = saved;
        }
        if (branches.length > 0) for (const child of built) if (child.kind === 'element') child.branches = [...(child.branches ?? []), ...branches];
        found.push(...built);
        continue;
      }
      if (isFunction && node.params.length > 0) {
        const names = new Map(shadowed);
        for (const param of node.params) for (const name of boundNames(param as Node)) names.set(name, unknownNode('dynamic-expression', param.range));
        shadowed = names;
      }
      const decided = this.constantBranch(node);
      if (decided !== undefined) {
        if (decided !== null) stack.push({ node: decided, conditional, branches });
        continue;
      }
      const nextConditional =
        conditional || node.type === 'ConditionalExpression' || node.type === 'LogicalExpression' || node.type === 'CallExpression' || node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression';
      forEachChild(node, (child) => {
        const opened = operandBranches(node, child);
        stack.push({ node: child, conditional: nextConditional, branches: opened.length > 0 ? [...branches, ...opened] : branches, ...(shadowed ? { shadowed } : {}) });
      });
    }
    // The walk follows the parser's property order (a ternary's alternate may come before its consequent).
    return found.sort((a, b) => a.range[0] - b.range[0]);
  }

  /**
   * The way a condition takes on every render, where it tests only constants: a list item's field (`{category.required
   * && <Tag>Always active</Tag>}` over a constant list), a module constant, a prop the use site passes as a constant.
   * The other way is never rendered. Null where nothing renders; undefined where the test depends on state, props
   * or anything else that may change (those stay conditions: a banner shown after an effect is still seen).
   */
  private constantBranch(node: Node): Node | null | undefined {
    if (node.type === 'LogicalExpression' && node.operator === '&&') {
      const test = evaluate(node.left as Node, this.bindings);
      if (!test.ok) return undefined;
      return test.value ? (node.right as Node) : null;
    }
    if (node.type === 'ConditionalExpression') {
      const test = evaluate(node.test as Node, this.bindings);
      if (!test.ok) return undefined;
      return (test.value ? node.consequent : node.alternate) as Node;
    }
    return undefined;
  }

  private text(node: Node, text: UIText['text'], parent: UIElement): UIText {
    return { kind: 'text', text, range: node.range, loc: locOf(node), parent };
  }

  private classList(attribute: TSESTree.JSXAttribute): ClassList {
    const list: ClassList = { tokens: [], hasUnknown: false };
    const value = attribute.value;
    if (!value) return list;
    if (value.type === 'Literal') {
      addClassString(list, String(value.value), false);
      return list;
    }
    if (value.type === 'JSXExpressionContainer' && value.expression.type !== 'JSXEmptyExpression') {
      this.collectClasses(value.expression, list, false, 0);
    } else {
      list.hasUnknown = true;
    }
    return list;
  }

  private collectClasses(expression: Node, list: ClassList, conditional: boolean, depth: number): void {
    if (depth > 12) {
      list.hasUnknown = true;
      return;
    }
    const node = unwrapExpression(expression);
    if (this.isFontClass(node)) return;
    const moduleToken = this.cssModuleToken(node);
    if (moduleToken) {
      list.tokens.push({ ...moduleToken, conditional });
      return;
    }
    switch (node.type) {
      case 'Literal':
        if (typeof node.value === 'string') addClassString(list, node.value, conditional);
        return;
      case 'TemplateLiteral':
        node.quasis.forEach((quasi, i) =>
          addClassString(list, quasi.value.cooked ?? '', conditional, { left: i > 0, right: i < node.quasis.length - 1 }),
        );
        for (const part of node.expressions) this.collectClasses(part, list, conditional, depth + 1);
        return;
      case 'LogicalExpression': {
        // A test the model can decide (a constant, or a prop a use site passed) picks what is rendered.
        const left = evaluate(node.left, this.bindings);
        if (left.ok) {
          const rightRendered = node.operator === '&&' ? Boolean(left.value) : node.operator === '||' ? !left.value : left.value === null || left.value === undefined;
          this.collectClasses(rightRendered ? node.right : node.left, list, conditional, depth + 1);
        } else if (node.operator === '&&') this.collectClasses(node.right, list, true, depth + 1);
        else {
          this.collectClasses(node.left, list, true, depth + 1);
          this.collectClasses(node.right, list, true, depth + 1);
        }
        return;
      }
      case 'ConditionalExpression': {
        const test = evaluate(node.test, this.bindings);
        if (test.ok) this.collectClasses(test.value ? node.consequent : node.alternate, list, conditional, depth + 1);
        else {
          this.collectClasses(node.consequent, list, true, depth + 1);
          this.collectClasses(node.alternate, list, true, depth + 1);
        }
        return;
      }
      case 'BinaryExpression':
        if (node.operator === '+') {
          this.collectClasses(node.left, list, conditional, depth + 1);
          this.collectClasses(node.right, list, conditional, depth + 1);
          return;
        }
        break;
      case 'ArrayExpression':
        for (const item of node.elements) if (item && item.type !== 'SpreadElement') this.collectClasses(item, list, conditional, depth + 1);
        return;
      case 'ObjectExpression':
        // clsx({ 'btn-primary': isPrimary }): keys are class names, present when their value is truthy.
        for (const property of node.properties) {
          const key = property.type === 'Property' ? propertyKeyName(property) : undefined;
          if (key === undefined || property.type !== 'Property') {
            list.hasUnknown = true;
            continue;
          }
          const on = evaluate(property.value, this.bindings);
          if (on.ok && !on.value) continue;
          addClassString(list, key, conditional || !on.ok);
        }
        return;
      case 'CallExpression': {
        const callee = calleeName(node) ?? '';
        if (MERGING_HELPERS.has(callee)) {
          // cn(...)/twMerge(...): the later of two conflicting utilities wins (src/model/class-merge.ts).
          const merged: ClassList = { tokens: [], hasUnknown: false };
          for (const argument of node.arguments) if (argument.type !== 'SpreadElement') this.collectClasses(argument, merged, conditional, depth + 1);
          list.tokens.push(...mergeTailwindTokens(merged.tokens));
          list.hasUnknown ||= merged.hasUnknown || node.arguments.some((a) => a.type === 'SpreadElement');
          list.merged = true;
          return;
        }
        if (CLASS_HELPERS.has(callee)) {
          for (const argument of node.arguments) if (argument.type !== 'SpreadElement') this.collectClasses(argument, list, conditional, depth + 1);
          return;
        }
        // buttonVariants({ variant, size }) where `const buttonVariants = cva(...)` (src/model/cva.ts).
        const definition = node.callee.type === 'Identifier' ? cvaDefinition(constantAt(this.bindings, node.callee.name, node.callee.range)) : undefined;
        const parts = definition ? cvaParts(definition, node, (value) => evaluate(value, this.bindings)) : undefined;
        if (parts) {
          for (const part of parts) this.collectClasses(part.node, list, conditional || part.conditional, depth + 1);
          return;
        }
        break;
      }
      default: {
        const evaluated = evaluate(node, this.bindings);
        if (evaluated.ok && typeof evaluated.value === 'string') {
          addClassString(list, evaluated.value, conditional);
          return;
        }
        // `block && styles.block` with `block` false: clsx and classnames drop booleans, null and undefined, and
        // React renders no className for them.
        if (evaluated.ok && (typeof evaluated.value === 'boolean' || evaluated.value === null || evaluated.value === undefined)) return;
      }
    }
    list.hasUnknown = true;
  }

  /**
   * A font's generated class: next/font's `inter.variable` declares the font's custom property and nothing else, and
   * `inter.className` sets its family (nextjs.org/docs/app/api-reference/components/font), and a weight only when
   * the loader was given exactly one; Geist's `GeistSans.variable` / `.className` likewise. Nothing honest-ui
   * measures, where any other class computed at run time could be any utility.
   */
  private isFontClass(node: Node): boolean {
    if (node.type !== 'MemberExpression' || node.computed || node.property.type !== 'Identifier') return false;
    const member = node.property.name;
    if (member !== 'variable' && member !== 'className') return false;
    const object = unwrapExpression(node.object);
    if (object.type !== 'Identifier') return false;
    const imported = importedAs(this.bindings.imports, object.name);
    if (imported) return FONT_OBJECT_MODULE.test(imported.source);
    const init = constantAt(this.bindings, object.name, object.range);
    const call = init ? unwrapExpression(init) : undefined;
    if (call?.type !== 'CallExpression' || call.callee.type !== 'Identifier' || !NEXT_FONT_LOADER.test(importedAs(this.bindings.imports, call.callee.name)?.source ?? '')) return false;
    if (member === 'variable') return true;
    const options = call.arguments[0] === undefined ? undefined : unwrapExpression(call.arguments[0] as Node);
    if (options?.type !== 'ObjectExpression') return false;
    const weight = options.properties.find((property): property is TSESTree.Property => property.type === 'Property' && propertyKeyName(property) === 'weight');
    if (!weight) return !options.properties.some((property) => property.type === 'SpreadElement');
    const value = unwrapExpression(weight.value as Node);
    return value.type === 'ArrayExpression' && value.elements.length > 1;
  }

  /** `styles.accept` or `styles['accept']` where `styles` is an imported CSS module. */
  private cssModuleToken(node: Node): Omit<ClassToken, 'conditional'> | undefined {
    if (node.type !== 'MemberExpression') return undefined;
    const object = unwrapExpression(node.object);
    if (object.type !== 'Identifier') return undefined;
    const module = this.cssModules.get(object.name);
    if (!module) return undefined;
    // `styles[variant]`: a key the model knows (a prop the use site passes, its default, a constant).
    let key = propertyKeyName(node);
    if (key === undefined && node.computed) {
      const evaluated = evaluate(node.property as Node, this.bindings);
      if (evaluated.ok && typeof evaluated.value === 'string') key = evaluated.value;
    }
    return key !== undefined ? { name: key, module } : undefined;
  }

  styleOf(attribute: TSESTree.JSXAttribute): InlineStyle {
    return this.inlineStyle(attribute);
  }

  private inlineStyle(attribute: TSESTree.JSXAttribute): InlineStyle {
    const style: InlineStyle = { declarations: [], hasUnknown: false };
    const value = attribute.value;
    if (!value || value.type !== 'JSXExpressionContainer' || value.expression.type === 'JSXEmptyExpression') {
      style.hasUnknown = value !== null;
      return style;
    }
    this.collectStyleObject(value.expression, style, 0);
    return style;
  }

  private collectStyleObject(expression: Node, style: InlineStyle, depth: number): void {
    // React Native's style arrays (`style={[styles.row, disabled && styles.muted]}`): each object in turn, the later
    // winning; a falsy entry adds nothing, and one that may or may not be there makes the style unknown.
    const list = depth <= 8 ? locateLiteral(expression, this.bindings, false) : undefined;
    if (list?.node.type === 'ArrayExpression') {
      for (const element of list.node.elements) {
        if (!element || element.type === 'SpreadElement') {
          style.hasUnknown ||= element?.type === 'SpreadElement';
          continue;
        }
        const entry = evaluate(element as Node, list.bindings);
        if (entry.ok && (entry.value === false || entry.value === null || entry.value === undefined)) continue;
        this.collectStyleObject(element as Node, style, depth + 1);
      }
      return;
    }
    const object = resolveObject(expression, this.bindings);
    if (!object || depth > 8) {
      style.hasUnknown = true;
      return;
    }
    for (const property of object.properties) {
      if (property.type === 'SpreadElement') {
        this.collectStyleObject(property.argument, style, depth + 1);
        continue;
      }
      const key = propertyKeyName(property);
      if (key === undefined) {
        style.hasUnknown = true;
        continue;
      }
      const cssProperty = kebabCase(key);
      const evaluated = evaluate(property.value, this.bindings);
      if (!evaluated.ok || (typeof evaluated.value !== 'string' && typeof evaluated.value !== 'number')) {
        (style.unknownProperties ??= []).push(cssProperty);
        continue;
      }
      const cssValue = typeof evaluated.value === 'number' && evaluated.value !== 0 && !UNITLESS.has(cssProperty) ? `${evaluated.value}px` : String(evaluated.value);
      style.declarations.push({ property: cssProperty, value: cssValue });
    }
  }
}

/** Which ends of a template literal part touch an interpolation. */
interface ExpressionNeighbours {
  left: boolean;
  right: boolean;
}

function addClassString(list: ClassList, value: string, conditional: boolean, neighbours?: ExpressionNeighbours): void {
  // In a template literal a word touching an expression (`btn-${size}`) is not a whole class name.
  const words = value.split(/\s+/);
  words.forEach((word, i) => {
    if (!word) return;
    const touchesExpression =
      !!neighbours && ((i === 0 && neighbours.left && !/^\s/.test(value)) || (i === words.length - 1 && neighbours.right && !/\s$/.test(value)));
    if (touchesExpression) {
      list.hasUnknown = true;
      return;
    }
    list.tokens.push({ name: word, conditional });
  });
}

/**
 * `!optOut` or `setting !== "disabled"` as written, for messages: the value that starts true is the negation
 * (`checked={!telemetryOptOut}`) or the comparison, not the state it is read from (which starts "unset").
 */
function writtenBinding(expression: Node): string | undefined {
  const node = unwrapExpression(expression);
  if (node.type === 'BinaryExpression' && COMPARISONS.has(node.operator)) {
    const sides = [node.left as Node, node.right as Node].map((side) => {
      const value = unwrapExpression(side);
      if (value.type === 'Identifier' || value.type === 'MemberExpression') return { name: true, text: expressionText(value) };
      return value.type === 'Literal' && (value.value === null || typeof value.value !== 'object') ? { name: false, text: JSON.stringify(value.value) } : undefined;
    });
    const [left, right] = sides;
    return left && right && (left.name || right.name) ? `${left.text} ${node.operator} ${right.text}` : undefined;
  }
  let negations = 0;
  let inner = unwrapExpression(expression);
  while (inner.type === 'UnaryExpression' && inner.operator === '!') {
    negations += 1;
    inner = unwrapExpression(inner.argument as Node);
  }
  if (negations === 0 || (inner.type !== 'Identifier' && inner.type !== 'MemberExpression')) return undefined;
  return `${'!'.repeat(negations)}${expressionText(inner)}`;
}

const COMPARISONS = new Set(['===', '!==', '==', '!=']);

function expressionText(node: Node): string {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression') {
    const key = propertyKeyName(node);
    return `${expressionText(unwrapExpression(node.object))}.${key ?? '[]'}`;
  }
  if (node.type === 'CallExpression') return `${calleeName(node) ?? 'call'}()`;
  if (node.type === 'NewExpression') return `new ${node.callee.type === 'Identifier' ? node.callee.name : 'call'}()`;
  return node.type;
}

/**
 * The JSX a prop renders into a library's slot: an element, a list of elements (`footer={[<Button key="no" />,
 * <Button key="yes" />]}`, rendered as a fragment would be), or either behind a condition whose other side renders
 * nothing (`footer={done ? null : [...]}`, `extra={isPro && <Badge />}`), kept under that condition as children are.
 */
function slotJsx(expression: Node): { jsx: TSESTree.JSXElement | TSESTree.JSXFragment; branches?: Branch[] } | undefined {
  if (expression.type === 'JSXElement' || expression.type === 'JSXFragment') return { jsx: expression };
  if (expression.type === 'ArrayExpression' && expression.elements.length > 0 && expression.elements.every((item) => item?.type === 'JSXElement' || item?.type === 'JSXFragment')) {
    const fragment = { type: 'JSXFragment', children: expression.elements, openingFragment: { range: expression.range, loc: expression.loc }, closingFragment: { range: expression.range, loc: expression.loc }, range: expression.range, loc: expression.loc } as unknown as TSESTree.JSXFragment;
    return { jsx: fragment };
  }
  const empty = (node: Node): boolean => {
    const value = unwrapExpression(node);
    return (value.type === 'Literal' && (value.value === null || value.value === false)) || (value.type === 'Identifier' && value.name === 'undefined');
  };
  let operand: Node | undefined;
  if (expression.type === 'ConditionalExpression') {
    if (empty(expression.alternate as Node)) operand = expression.consequent as Node;
    else if (empty(expression.consequent as Node)) operand = expression.alternate as Node;
  } else if (expression.type === 'LogicalExpression' && expression.operator === '&&') {
    operand = expression.right as Node;
  }
  if (!operand) return undefined;
  const inner = slotJsx(unwrapExpression(operand));
  return inner && !inner.branches ? { jsx: inner.jsx, branches: operandBranches(expression, operand) } : undefined;
}
