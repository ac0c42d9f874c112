/**
 * CSS-in-JS as the cascade sees it: styled-components and emotion (`styled.button\`...\``, `styled(Button)(...)`,
 * `css\`...\`` helpers, the `css` prop, object styles) and MUI's `sx` prop.
 *
 * Each styled component and each `css`/`sx` prop becomes one generated class in a sheet of its own, as the
 * libraries do at run time, so specificity, nesting (`&:hover`, `&&`), `@media` and source order behave as in the
 * browser. Only the static text is read: an `${interpolation}` makes the declaration it sits in unknown (other
 * declarations in the template stay known), and a function or mixin that could emit anything makes what it could
 * set unknown. `styled` and `css` count only when imported from a CSS-in-JS package, so a local function called
 * `styled` is not mistaken for one.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { Declaration, Root } from 'postcss';
import { postcssLib, scssSyntax } from './postcss.js';
import { collectBindings, evaluate, resolveObject, type FileBindings } from '../model/bindings.js';
import { kebabCase, UNITLESS } from '../model/build.js';
import { muiPaletteColor } from '../libraries/mui.js';
import { themeVariable } from '../libraries/theme-data.js';
import { propertyKeyName, unwrapExpression, type Node } from '../model/estree.js';
import { locOf } from '../parse/locations.js';
import type { ImportInfo, UIElement, UIModel, UnresolvedReason } from '../model/types.js';
import { resolveSemantics } from '../settings/components.js';
import type { ResolvedSettings } from '../settings/settings.js';
import { ANY_PROPERTY, flattenScss } from './scss.js';
import { indexStylesheet, type StyleSheetIndex } from './stylesheet.js';

/** The module key of the generated sheet in a StyleScope's moduleSheets: no import source looks like it. */
export const CSS_IN_JS_SOURCE = 'honest-ui:css-in-js';

/** What each package exports under the name: `styled` (a factory) or `css` (a style helper). */
const PACKAGES: Record<string, { default?: 'styled'; named: Record<string, 'styled' | 'css'> }> = {
  'styled-components': { default: 'styled', named: { styled: 'styled', css: 'css' } },
  '@emotion/styled': { default: 'styled', named: {} },
  '@emotion/react': { named: { css: 'css' } },
  '@emotion/css': { named: { css: 'css' } },
  '@mui/material/styles': { named: { styled: 'styled' } },
  '@mui/system': { named: { styled: 'styled' } },
};

/** Stands for an interpolation in generated CSS text: a plain word, so it survives parsing in any position. */
const MARKER = 'honest-ui-interpolation';
const MAX_DEPTH = 8;

export type Base = { kind: 'tag'; tag: string } | { kind: 'component'; name: string };

interface StyledDefinition {
  className: string;
  /** The expression that makes it, to recognise it when another module names it. */
  node: Node;
  base: Base;
  /** `.attrs(...)` may set `as`, `role` or `type`: what the element is can't be read from its base. */
  semanticsUnknown: boolean;
}

interface StyledTag {
  base: Base;
  attrs: { semantics: boolean; styles: boolean };
}

const SEMANTIC_ATTRS = new Set(['as', 'forwardedAs', 'role', 'type']);
const STYLE_ATTRS = new Set(['style', 'className', 'css', 'sx']);

/** MUI `sx` shorthands (mui.com/system/properties) and the properties they set. */
const SX_ALIASES: Record<string, string[]> = {
  p: ['padding'], pt: ['padding-top'], pr: ['padding-right'], pb: ['padding-bottom'], pl: ['padding-left'], px: ['padding-left', 'padding-right'], py: ['padding-top', 'padding-bottom'],
  paddingX: ['padding-left', 'padding-right'], paddingY: ['padding-top', 'padding-bottom'],
  m: ['margin'], mt: ['margin-top'], mr: ['margin-right'], mb: ['margin-bottom'], ml: ['margin-left'], mx: ['margin-left', 'margin-right'], my: ['margin-top', 'margin-bottom'],
  bgcolor: ['background-color'],
  // A typography variant sets the font from the theme.
  typography: ['font-size', 'font-weight'],
};
const SX_COLOR_PROPERTIES = new Set(['color', 'background-color', 'border-color']);
/** Theme palette names a bare `sx` colour value refers to (mui.com/system/palette). */
const SX_PALETTE = new Set(['primary', 'secondary', 'error', 'warning', 'info', 'success', 'text', 'divider', 'background', 'grey', 'common', 'action']);
/** `fontWeight: 'bold'` in `sx` is the theme's fontWeightBold, not CSS's bold. */
const SX_THEME_WEIGHTS = new Set(['light', 'regular', 'medium', 'bold']);

interface Recognised {
  styled: Set<string>;
  css: Set<string>;
  /** The file imports a CSS-in-JS package: its `css` prop is live. */
  any: boolean;
}

function recognise(imports: readonly ImportInfo[]): Recognised {
  const found: Recognised = { styled: new Set(), css: new Set(), any: false };
  for (const info of imports) {
    const known = PACKAGES[info.source] ?? (info.source === '@mui/material' ? { named: { styled: 'styled' as const } } : undefined);
    if (!known) continue;
    found.any = true;
    for (const binding of info.bindings) {
      const role = binding.imported === 'default' ? known.default : known.named[binding.imported];
      if (role) found[role].add(binding.local);
    }
  }
  return found;
}

/** One block of generated CSS text, with the line of the file it starts on. */
interface Block {
  className: string;
  text: string;
  line: number;
}

class Extractor {
  readonly definitions = new Map<string, StyledDefinition>();
  readonly blocks: Block[] = [];
  private readonly cssHelpers = new Map<string, Node>();
  private counter = 0;

  constructor(
    private readonly recognised: Recognised,
    private readonly bindings: FileBindings,
  ) {}

  /** Styled components and `css` helpers declared as `const Name = ...`, in source order. */
  collect(): void {
    for (const [name, init] of this.bindings.constants) {
      if (!init) continue;
      const node = unwrapExpression(init);
      if (this.isCssHelper(node)) {
        this.cssHelpers.set(name, node);
        continue;
      }
      const styled = this.styledDefinition(node);
      if (!styled) continue;
      const className = name;
      this.definitions.set(name, { className, node, base: styled.tag.base, semanticsUnknown: styled.tag.attrs.semantics });
      const text = styled.styles.map((s) => this.styleText(s, false, 0)).join('\n') + (styled.tag.attrs.styles ? `\n${MARKER}: x;` : '');
      this.blocks.push({ className, text, line: locOf(node).start.line });
    }
  }

  /** A `css` or `sx` prop's styles as a block of their own. */
  propBlock(value: Node, sx: boolean): string {
    const className = `css-prop-${++this.counter}`;
    this.blocks.push({ className, text: this.styleText(value, sx, 0), line: locOf(value).start.line });
    return className;
  }

  private isCssHelper(node: Node): boolean {
    if (node.type === 'TaggedTemplateExpression') return node.tag.type === 'Identifier' && this.recognised.css.has(node.tag.name);
    return node.type === 'CallExpression' && node.callee.type === 'Identifier' && this.recognised.css.has(node.callee.name);
  }

  private styledDefinition(node: Node): { tag: StyledTag; styles: Node[] } | undefined {
    if (node.type === 'TaggedTemplateExpression') {
      const tag = this.styledTag(unwrapExpression(node.tag));
      return tag ? { tag, styles: [node.quasi] } : undefined;
    }
    if (node.type === 'CallExpression') {
      const tag = this.styledTag(unwrapExpression(node.callee));
      return tag ? { tag, styles: node.arguments.filter((a): a is TSESTree.Expression => a.type !== 'SpreadElement') } : undefined;
    }
    return undefined;
  }

  /** `styled.button`, `styled('button')`, `styled(Button)`, `.attrs(...)`, `.withConfig(...)`. */
  private styledTag(node: Node, depth = 0): StyledTag | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const isStyled = (n: Node): boolean => n.type === 'Identifier' && this.recognised.styled.has(n.name);
    if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && isStyled(unwrapExpression(node.object))) {
      return { base: { kind: 'tag', tag: node.property.name }, attrs: { semantics: false, styles: false } };
    }
    if (node.type !== 'CallExpression') return undefined;
    const callee = unwrapExpression(node.callee);
    const first = node.arguments[0] ? unwrapExpression(node.arguments[0]) : undefined;
    if (isStyled(callee) && first) {
      if (first.type === 'Literal' && typeof first.value === 'string') return { base: { kind: 'tag', tag: first.value }, attrs: { semantics: false, styles: false } };
      if (first.type === 'Identifier') return { base: { kind: 'component', name: first.name }, attrs: { semantics: false, styles: false } };
      if (first.type === 'MemberExpression') {
        const name = memberName(first);
        if (name) return { base: { kind: 'component', name }, attrs: { semantics: false, styles: false } };
      }
      return undefined;
    }
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
      const inner = this.styledTag(unwrapExpression(callee.object), depth + 1);
      if (!inner) return undefined;
      if (callee.property.name === 'withConfig') return inner;
      if (callee.property.name !== 'attrs') return undefined;
      const effect = attrsEffect(first, this.bindings);
      return { base: inner.base, attrs: { semantics: inner.attrs.semantics || effect.semantics, styles: inner.attrs.styles || effect.styles } };
    }
    return undefined;
  }

  /** A style argument (template, object, function returning one, array, helper reference) as CSS text. */
  private styleText(node: Node, sx: boolean, depth: number): string {
    const value = unwrapExpression(node);
    if (depth > MAX_DEPTH) return `${MARKER}: x;`;
    switch (value.type) {
      case 'TemplateLiteral':
        return this.templateText(value, depth);
      case 'TaggedTemplateExpression':
        return value.tag.type === 'Identifier' && this.recognised.css.has(value.tag.name) ? this.templateText(value.quasi, depth) : `${MARKER}: x;`;
      case 'ArrayExpression':
        return value.elements.map((e) => (e && e.type !== 'SpreadElement' ? this.styleText(e, sx, depth + 1) : `${MARKER}: x;`)).join('\n');
      case 'ArrowFunctionExpression':
        // `({ theme }) => ({ ... })`: what reads the props or theme is unknown, the rest is static.
        return value.body.type !== 'BlockStatement' ? this.styleText(value.body, sx, depth + 1) : `${MARKER}: x;`;
      case 'CallExpression':
        if (value.callee.type === 'Identifier' && this.recognised.css.has(value.callee.name)) {
          return value.arguments.map((a) => (a.type === 'SpreadElement' ? `${MARKER}: x;` : this.styleText(a, sx, depth + 1))).join('\n');
        }
        return `${MARKER}: x;`;
      case 'Literal':
        if (value.value === false || value.value === null || value.value === '') return '';
        return typeof value.value === 'string' ? value.value : `${MARKER}: x;`;
      case 'Identifier': {
        const helper = this.cssHelpers.get(value.name);
        if (helper) return this.styleText(helper, sx, depth + 1);
        break;
      }
      default:
        break;
    }
    const object = resolveObject(value, this.bindings);
    return object ? this.objectText(object, sx, depth + 1) : `${MARKER}: x;`;
  }

  /** A template's static text with each interpolation replaced by what it stands for in its position. */
  private templateText(quasi: TSESTree.TemplateLiteral, depth: number): string {
    let text = '';
    quasi.quasis.forEach((part, i) => {
      text += part.value.cooked ?? part.value.raw;
      const expression = quasi.expressions[i];
      if (!expression) return;
      const before = text.trimEnd();
      const after = quasi.quasis[i + 1]?.value.cooked ?? '';
      // On a line of its own (after a `;`, `{` or `}`, before a line break, `;` or `}`): a mixin, not a value.
      if ((before === '' || /[;{}]$/.test(before)) && /^[ \t]*(?:[\r\n;}]|$)/.test(after)) {
        text += `\n${this.mixinText(expression, depth + 1)}\n`;
        return;
      }
      const nextBrace = after.search(/[{;}]/);
      if (nextBrace >= 0 && after[nextBrace] === '{' && !before.endsWith(':')) {
        // A component selector (`${Icon} { ... }`): it styles other elements, never this one.
        text += `.${MARKER}`;
        return;
      }
      const evaluated = evaluate(expression, this.bindings);
      text += evaluated.ok && (typeof evaluated.value === 'string' || typeof evaluated.value === 'number') ? String(evaluated.value) : MARKER;
    });
    return text;
  }

  /**
   * An interpolation standing in a rule's body. A helper is inlined; a function of the props that returns `css`
   * blocks sets, under conditions unknown here, the properties those blocks set; anything else could set anything.
   */
  private mixinText(expression: Node, depth: number): string {
    const node = unwrapExpression(expression);
    if (node.type === 'Identifier' && this.cssHelpers.has(node.name)) return this.styleText(node, false, depth);
    if (node.type === 'ArrowFunctionExpression' && node.body.type !== 'BlockStatement') {
      const returned = this.returnedBlocks(node.body, depth);
      if (returned) return returned.map((text) => unknownValues(text)).join('\n');
    }
    if (node.type === 'TaggedTemplateExpression' || node.type === 'CallExpression') return this.styleText(node, false, depth);
    return `${MARKER}: x;`;
  }

  /** The style blocks an expression may evaluate to (`on && css\`...\``, `a ? css\`...\` : null`), or undefined. */
  private returnedBlocks(expression: Node, depth: number): string[] | undefined {
    const node = unwrapExpression(expression);
    if (depth > MAX_DEPTH) return undefined;
    switch (node.type) {
      case 'ConditionalExpression': {
        const a = this.returnedBlocks(node.consequent, depth + 1);
        const b = this.returnedBlocks(node.alternate, depth + 1);
        return a && b ? [...a, ...b] : undefined;
      }
      case 'LogicalExpression': {
        const right = this.returnedBlocks(node.right, depth + 1);
        if (node.operator === '&&') return right;
        const left = this.returnedBlocks(node.left, depth + 1);
        return left && right ? [...left, ...right] : undefined;
      }
      case 'Literal':
        return node.value === false || node.value === null || node.value === '' ? [] : undefined;
      case 'Identifier':
        return this.cssHelpers.has(node.name) ? [this.styleText(node, false, depth + 1)] : node.name === 'undefined' ? [] : undefined;
      case 'TaggedTemplateExpression':
      case 'CallExpression':
        return this.isCssHelper(node) ? [this.styleText(node, false, depth + 1)] : undefined;
      default:
        return undefined;
    }
  }

  /** An object style (`{ fontSize: 12, '&:hover': { ... } }`) as CSS text; `sx` reads MUI's shorthands. */
  private objectText(object: TSESTree.ObjectExpression, sx: boolean, depth: number): string {
    const lines: string[] = [];
    for (const property of object.properties) {
      if (property.type === 'SpreadElement') {
        lines.push(this.styleText(property.argument, sx, depth + 1));
        continue;
      }
      const key = propertyKeyName(property);
      if (key === undefined) {
        lines.push(`${MARKER}: x;`);
        continue;
      }
      const value = unwrapExpression(property.value);
      if (/^[&:@.>[]/.test(key) || key.includes('&')) {
        lines.push(`${key} {\n${this.styleText(value, sx, depth + 1)}\n}`);
        continue;
      }
      const properties = sx ? (SX_ALIASES[key] ?? [kebabCase(key)]) : [kebabCase(key)];
      const evaluated = evaluate(value, this.bindings);
      for (const cssProperty of properties) {
        const cssValue = evaluated.ok ? objectValue(cssProperty, evaluated.value, sx && key === 'typography' ? 'theme' : sx ? 'sx' : 'plain') : undefined;
        lines.push(`${cssProperty}: ${cssValue ?? MARKER};`);
      }
    }
    return lines.join('\n');
  }
}

/** MUI's typography variants (createTypography.js): `sx={{ typography: 'caption' }}` sets the variant's size and weight. */
const MUI_TYPOGRAPHY_VARIANTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'subtitle1', 'subtitle2', 'body1', 'body2', 'button', 'caption', 'overline']);

/**
 * A property's value in an object style, as CSS; undefined where only the theme knows it and the theme isn't
 * data. In `sx`, a palette path (`text.secondary`), a typography variant and a theme weight name read MUI's theme
 * (src/libraries/mui.ts), whose values the cascade resolves as variables, the project's theme overriding them.
 */
function objectValue(property: string, value: unknown, mode: 'plain' | 'sx' | 'theme'): string | undefined {
  if (mode === 'theme') {
    if (typeof value !== 'string' || !MUI_TYPOGRAPHY_VARIANTS.has(value)) return undefined;
    if (property === 'font-size') return `var(${themeVariable('mui', `typography-${value}-font-size`)})`;
    if (property === 'font-weight') return `var(${themeVariable('mui', `typography-${value}-font-weight`)})`;
    return undefined;
  }
  if (typeof value === 'number') {
    if (mode === 'sx') {
      // mui.com/system/spacing: a number is a multiple of the theme's spacing, which a project may change.
      if (/^(?:padding|margin)/.test(property)) return undefined;
      if (/^(?:width|height|min-width|max-width|min-height|max-height)$/.test(property)) return value > 0 && value <= 1 ? `${value * 100}%` : `${value}px`;
      if (property === 'border') return `${value}px solid`;
    }
    return value === 0 || UNITLESS.has(property) ? String(value) : `${value}px`;
  }
  if (typeof value !== 'string') return undefined;
  if (mode === 'sx') {
    // A palette path (`text.secondary`, `grey.500`, `primary`) is the theme's colour, not a CSS colour.
    if (SX_COLOR_PROPERTIES.has(property) && (SX_PALETTE.has(value) || /^[a-z]+\.[a-z0-9]+$/i.test(value))) return muiPaletteColor(value);
    if (property === 'font-weight' && SX_THEME_WEIGHTS.has(value)) return `var(${themeVariable('mui', `typography-weight-${value}`)})`;
  }
  return value;
}

/** What an `.attrs(...)` argument could change: the element's semantics, its styles. */
function attrsEffect(argument: Node | undefined, bindings: FileBindings): { semantics: boolean; styles: boolean } {
  const object = argument ? resolveObject(argument, bindings) : undefined;
  if (!object) return { semantics: true, styles: true };
  const effect = { semantics: false, styles: false };
  for (const property of object.properties) {
    const key = property.type === 'Property' ? propertyKeyName(property) : undefined;
    if (key === undefined) return { semantics: true, styles: true };
    if (SEMANTIC_ATTRS.has(key)) effect.semantics = true;
    if (STYLE_ATTRS.has(key)) effect.styles = true;
  }
  return effect;
}

function memberName(node: TSESTree.MemberExpression): string | undefined {
  const object = unwrapExpression(node.object);
  const key = propertyKeyName(node);
  if (key === undefined) return undefined;
  if (object.type === 'Identifier') return `${object.name}.${key}`;
  return undefined;
}

/** The same block with every declaration's value unknown: it applies under a condition read from the props. */
function unknownValues(text: string): string {
  try {
    const root = scssSyntax().parse(text);
    root.walkDecls((decl) => {
      decl.value = MARKER;
    });
    return root.toString();
  } catch {
    return `${MARKER}: x;`;
  }
}

/** Generated CSS text for the blocks, flattened, with interpolated declarations marked unknown. */
function sheetOf(blocks: readonly Block[], file: string): StyleSheetIndex {
  const root = postcssLib().root();
  const unknown = new WeakMap<Declaration, UnresolvedReason>();
  for (const block of blocks) {
    let parsed: Root;
    try {
      // Leading newlines keep the file's line numbers in explanations.
      parsed = scssSyntax().parse(`${'\n'.repeat(Math.max(0, block.line - 1))}.${block.className} {\n${block.text}\n}`, { from: file });
    } catch {
      parsed = postcssLib().root();
      parsed.append(postcssLib().rule({ selector: `.${block.className}` }).append(postcssLib().decl({ prop: MARKER, value: 'x' })));
    }
    const flat = flattenScss(parsed, file, () => undefined);
    flat.root.walkDecls((decl) => {
      const reason = flat.unknown.get(decl);
      if (decl.prop.includes(MARKER)) {
        decl.prop = ANY_PROPERTY;
        unknown.set(decl, 'dynamic-expression');
      } else if (decl.value.includes(MARKER)) unknown.set(decl, 'dynamic-expression');
      else if (reason) unknown.set(decl, reason);
    });
    root.append(flat.root.nodes);
  }
  return indexStylesheet(root, file, unknown, false);
}

/** A styled component at a use site: the innermost base of its chain, and whether `.attrs(...)` may change what it renders. */
export interface StyledUse {
  base: Base;
  semanticsUnknown: boolean;
}

/** The elements made styled components, here or by applyImportedStyled. */
const styledElements = new WeakMap<UIElement, StyledUse>();

/**
 * What a styled component is built on, once applyCssInJs has read it: an element (`styled.button`, read here
 * completely) or a component (`styled(MuiButton)`, `styled(PrimaryButton)`), by its name in the module that
 * defines the styled component. Undefined for any other element.
 */
export function styledBase(element: UIElement): StyledUse | undefined {
  return styledElements.get(element);
}

/** Local names bound to imports: the source, and the name it exports them under. */
type ImportedNames = ReadonlyMap<string, { source: string; imported: string }>;

function importedNames(imports: readonly ImportInfo[]): ImportedNames {
  return new Map(imports.flatMap((info) => info.bindings.map((b) => [b.local, { source: info.source, imported: b.imported }] as const)));
}

/**
 * Read the file's CSS-in-JS into the model: a styled component's element takes its base's semantics (`styled.a`
 * is a link) and a generated class; `css` and `sx` props get one each. Returns the sheet those classes live in,
 * for the style scope under CSS_IN_JS_SOURCE, or undefined when the file has no CSS-in-JS.
 */
export function applyCssInJs(model: UIModel, program: TSESTree.Program, settings: ResolvedSettings, file = 'css-in-js'): StyleSheetIndex | undefined {
  const recognised = recognise(model.imports);
  const hasSx = model.elements.some((e) => e.importSource?.startsWith('@mui/') && e.attributes.has('sx'));
  if (!recognised.any && !hasSx) return undefined;
  const extractor = new Extractor(recognised, collectBindings(program));
  extractor.collect();
  const imported = importedNames(model.imports);

  for (const element of model.elements) {
    const chain = styledChain(element.intrinsic ? undefined : element.name, extractor.definitions);
    if (chain.length > 0) useChain(element, chain, CSS_IN_JS_SOURCE, imported, settings);
    const opening = (element.node as { openingElement?: TSESTree.JSXOpeningElement }).openingElement;
    const rootSource = chain.length > 0 ? baseSource(chain[chain.length - 1]?.base, imported) : element.importSource;
    for (const attribute of opening?.attributes ?? []) {
      if (attribute.type !== 'JSXAttribute' || attribute.name.type !== 'JSXIdentifier' || attribute.value?.type !== 'JSXExpressionContainer') continue;
      if (attribute.value.expression.type === 'JSXEmptyExpression') continue;
      const prop = attribute.name.name;
      const sx = prop === 'sx' && (rootSource?.startsWith('@mui/') ?? false);
      if (!sx && !(prop === 'css' && recognised.any)) continue;
      element.classes.tokens.push({ name: extractor.propBlock(attribute.value.expression, sx), module: CSS_IN_JS_SOURCE, conditional: false });
    }
  }
  return sheetOf(extractor.blocks, file);
}

/** The styled components of a module other than the one analysed, for use sites that import them. */
export interface StyledModule {
  /** The key of the module's generated sheet in a StyleScope's moduleSheets: one per module file. */
  key: string;
  sheet: StyleSheetIndex;
  imports: readonly ImportInfo[];
  /** A styled component's name by the expression that makes it (what an export of it points at). */
  names: ReadonlyMap<Node, string>;
  definitions: ReadonlyMap<string, StyledDefinition>;
  imported: ImportedNames;
}

/** By program: a module the component cache keeps is read once, whichever files import it. */
const modules = new WeakMap<TSESTree.Program, StyledModule | null>();

/**
 * A module's styled components, read as applyCssInJs reads the file being analysed: static styles into a
 * generated class each (interpolations unknown), `.attrs(...)` as there. Undefined when it has none.
 */
export function styledModule(program: TSESTree.Program, file: string): StyledModule | undefined {
  let module = modules.get(program);
  if (module === undefined) {
    module = null;
    const bindings = collectBindings(program);
    const recognised = recognise(bindings.imports);
    if (recognised.styled.size > 0) {
      const extractor = new Extractor(recognised, bindings);
      extractor.collect();
      if (extractor.definitions.size > 0) {
        module = {
          key: `${CSS_IN_JS_SOURCE}:${file}`,
          sheet: sheetOf(extractor.blocks, file),
          imports: bindings.imports,
          names: new Map([...extractor.definitions].map(([name, definition]) => [definition.node, name] as const)),
          definitions: extractor.definitions,
          imported: importedNames(bindings.imports),
        };
      }
    }
    modules.set(program, module);
  }
  return module ?? undefined;
}

/**
 * A use site in another file renders `name`, a styled component of `module`: it gets the classes of its chain in
 * the module's sheet (which the scope must then include, see registerCssInJs) and, unless `.attrs(...)` may change
 * it, its base's semantics. A base that is a component is returned for the caller to follow.
 */
export function applyImportedStyled(element: UIElement, module: StyledModule, name: string, settings: ResolvedSettings): StyledUse | undefined {
  const chain = styledChain(name, module.definitions);
  return chain.length > 0 ? useChain(element, chain, module.key, module.imported, settings) : undefined;
}

/** Generated sheets of other modules a model's elements use, by key (see StyledModule.key). */
const registered = new WeakMap<UIModel, Map<string, StyleSheetIndex>>();

export function registerCssInJs(model: UIModel, module: StyledModule): void {
  let sheets = registered.get(model);
  if (!sheets) registered.set(model, (sheets = new Map()));
  sheets.set(module.key, module.sheet);
}

/** The sheets registerCssInJs added for a model, in the order their modules were first used. */
export function registeredCssInJs(model: UIModel): ReadonlyMap<string, StyleSheetIndex> {
  return registered.get(model) ?? new Map();
}

function useChain(element: UIElement, chain: readonly StyledDefinition[], module: string, imported: ImportedNames, settings: ResolvedSettings): StyledUse {
  for (const definition of [...chain].reverse()) element.classes.tokens.push({ name: definition.className, module, conditional: false });
  const use: StyledUse = { base: (chain[chain.length - 1] as StyledDefinition).base, semanticsUnknown: chain.some((d) => d.semanticsUnknown) };
  styledElements.set(element, use);
  if (!use.semanticsUnknown) applyBaseSemantics(element, use.base, imported, settings);
  return use;
}

/** The styled definitions an element is built from, outermost first (`styled(Base)` extends Base's styles). */
function styledChain(name: string | undefined, definitions: ReadonlyMap<string, StyledDefinition>): StyledDefinition[] {
  const chain: StyledDefinition[] = [];
  for (let current = name ? definitions.get(name) : undefined; current && chain.length <= MAX_DEPTH && !chain.includes(current); ) {
    chain.push(current);
    current = current.base.kind === 'component' ? definitions.get(current.base.name) : undefined;
  }
  return chain;
}

function baseImport(base: Base | undefined, imported: ImportedNames): { source: string; imported: string } | undefined {
  return base?.kind === 'component' ? imported.get(base.name.split('.')[0] ?? base.name) : undefined;
}

function baseSource(base: Base | undefined, imported: ImportedNames): string | undefined {
  return baseImport(base, imported)?.source;
}

/** What the element is, from what it is styled from: `styled.a` is a link, `styled(MuiButton)` MUI's button. */
function applyBaseSemantics(element: UIElement, base: Base, imported: ImportedNames, settings: ResolvedSettings): void {
  const staticAttribute = (attr: string) => {
    const value = element.attributes.get(attr)?.value;
    return value?.kind === 'static' ? value.value : undefined;
  };
  // styled-components' polymorphic `as` replaces the rendered element, keeping the styles.
  const as = staticAttribute('as') ?? staticAttribute('forwardedAs');
  if (element.attributes.has('as') || element.attributes.has('forwardedAs')) {
    if (typeof as !== 'string') return;
  }
  const name = typeof as === 'string' ? as : base.kind === 'tag' ? base.tag : base.name;
  const intrinsic = /^[a-z][a-z0-9-]*$/.test(name);
  const from = intrinsic ? undefined : baseImport(base, imported);
  // `styled(MuiButton)` of `{ Button as MuiButton }` is MUI's Button to its preset.
  const importedName = from && from.imported !== 'default' && from.imported !== '*' && base.kind === 'component' ? from.imported + name.slice(name.split('.')[0]?.length ?? 0) : undefined;
  const semantics = resolveSemantics({ name, intrinsic, importSource: from?.source, importedName, hasAttribute: (attr) => element.attributes.has(attr), staticAttribute }, settings);
  element.semantic = semantics.semantic;
  element.semanticSource = semantics.source;
  element.tag = semantics.tag;
  element.emphasis = semantics.emphasis;
  if (semantics.library) element.library = semantics.library;
  else delete element.library;
}
