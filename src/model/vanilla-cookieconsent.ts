/**
 * vanilla-cookieconsent (v3, github.com/orestbida/cookieconsent): the library draws its consent modal and its
 * preferences modal from the object given to `run()`, so the UI is in the configuration, not in JSX. A file that
 * calls `CookieConsent.run(config)` (or `run` imported by name) gets the two modals in its model, built as the
 * library builds them (src/core/modals/consentModal.js and preferencesModal.js, v3.1), with the library's class
 * names, which its default theme styles (src/libraries/vanilla-cookieconsent.ts):
 *
 * - the consent modal (`#cc-main .cm`): the title (h2), the description, then one button group with "accept all"
 *   (`acceptAllBtn`) and "accept necessary", the reject (`acceptNecessaryBtn`), drawn as the secondary button unless
 *   `guiOptions.consentModal.equalWeightButtons` (true by default) says otherwise; "show preferences"
 *   (`showPreferencesBtn`) is always secondary, in that group when one of the other two is missing, else in a group
 *   of its own. Without a reject, a close icon (`closeIconLabel`) rejects too.
 * - the preferences modal (`.pm`), opened on demand: its title, one section per entry of `sections`, a section with
 *   a `linkedCategory` holding that category's toggle, switched on before anyone chooses when the category is
 *   `enabled` or `readOnly` (preferencesModal.js: `toggle.checked = true`; a read-only toggle is disabled), then
 *   "accept all", "reject all" and "save preferences".
 *
 * The texts are the default language's (`language.default` in `language.translations`); HTML in them is read as
 * its text. Findings point at the option that draws each part (`acceptAllBtn: 'Accept all'`, a category's
 * `enabled: true`), or at the `run()` call when the configuration is written in another module. A configuration
 * that is not a literal the evaluator can follow (fetched, built at run time, spread from elsewhere) draws nothing:
 * nothing is guessed.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { evaluate, locate, locateLiteral, objectProperty, withLocals, type FileBindings } from './bindings.js';
import { locOf } from '../parse/locations.js';
import { forEachChild, type Node } from './estree.js';
import { VANILLA_COOKIECONSENT } from '../libraries/vanilla-cookieconsent.js';
import type { Attribute, AttributeValue, Range, Semantic, SourceLocation, UIElement, UIModel, UINode } from './types.js';


type ObjectNode = TSESTree.ObjectExpression;

interface Config {
  object: ObjectNode;
  bindings: FileBindings;
}

/** Where the parts point: the option itself when the configuration is in this file, else the `run()` call. */
interface Anchor {
  at(node: Node | undefined): { range: Range; loc: SourceLocation };
  local: boolean;
}

/** Add the modals every `run(config)` of vanilla-cookieconsent in the file draws. */
export function renderVanillaCookieConsent(model: UIModel, program: TSESTree.Program, bindings: FileBindings | undefined): void {
  if (!bindings) return;
  const names = runNames(model);
  if (!names.direct.size && !names.namespaces.size) return;
  for (const call of runCalls(program, names)) {
    const argument = call.arguments[0];
    if (!argument || argument.type === 'SpreadElement') continue;
    const config = configObject(argument, bindings);
    if (!config) continue;
    const callAt = { range: call.range, loc: locOf(call) };
    const local = config.bindings === bindings;
    const anchor: Anchor = { local, at: (node) => (local && node ? { range: node.range, loc: locOf(node) } : callAt) };
    const root = drawModals(config, anchor, call);
    if (!root) continue;
    model.roots.push(root);
    for (const element of subtree(root)) model.elements.push(element);
  }
}

function runNames(model: UIModel): { direct: Set<string>; namespaces: Set<string> } {
  const direct = new Set<string>();
  const namespaces = new Set<string>();
  for (const info of model.imports) {
    if (info.source !== VANILLA_COOKIECONSENT) continue;
    for (const binding of info.bindings) {
      if (binding.imported === '*' || binding.imported === 'default') namespaces.add(binding.local);
      else if (binding.imported === 'run') direct.add(binding.local);
    }
  }
  return { direct, namespaces };
}

function runCalls(program: TSESTree.Program, names: { direct: Set<string>; namespaces: Set<string> }): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  const stack: Node[] = [program];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'CallExpression') {
      const callee = node.callee;
      if (
        (callee.type === 'Identifier' && names.direct.has(callee.name)) ||
        (callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'Identifier' && names.namespaces.has(callee.object.name) && callee.property.type === 'Identifier' && callee.property.name === 'run')
      )
        calls.push(node);
    }
    forEachChild(node, (child) => stack.push(child));
  }
  return calls.sort((a, b) => a.range[0] - b.range[0]);
}

/**
 * The configuration object: a literal, a constant (here or imported), or what a function of no arguments returns
 * (`run(getConfig())` with `const getConfig = () => { const config = {...}; return config; }`).
 */
function configObject(argument: Node, bindings: FileBindings): Config | undefined {
  const literal = objectAt(argument, bindings);
  if (literal) return literal;
  if (argument.type !== 'CallExpression' || argument.arguments.length > 0) return undefined;
  const callee = locate(argument.callee, bindings, { depth: 0, hops: 0, firstRender: false });
  if (!callee.ok) return undefined;
  const fn = callee.node;
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration') return undefined;
  if (fn.body.type !== 'BlockStatement') return objectAt(fn.body, callee.bindings);
  const locals = new Map<string, Node>();
  let returned: Node | undefined;
  for (const statement of fn.body.body) {
    if (statement.type === 'VariableDeclaration' && statement.kind === 'const') {
      for (const declarator of statement.declarations) if (declarator.id.type === 'Identifier' && declarator.init) locals.set(declarator.id.name, declarator.init);
    } else if (statement.type === 'ReturnStatement') {
      if (returned || !statement.argument) return undefined;
      returned = statement.argument;
    }
  }
  return returned ? objectAt(returned, locals.size > 0 ? withLocals(callee.bindings, locals) : callee.bindings) : undefined;
}

function objectAt(node: Node | undefined, bindings: FileBindings): Config | undefined {
  if (!node) return undefined;
  const located = locateLiteral(node, bindings, false);
  if (!located || located.node.type !== 'ObjectExpression') return undefined;
  // A spread may set any option: what the object says is not the whole configuration.
  if (located.node.properties.some((property) => property.type === 'SpreadElement')) return undefined;
  return { object: located.node, bindings: located.bindings };
}

function child(config: Config | undefined, key: string): Config | undefined {
  return config ? objectAt(objectProperty(config.object, key), config.bindings) : undefined;
}

type Read<T> = { present: false } | { present: true; known: true; value: T; node: Node } | { present: true; known: false; node: Node };

function read(config: Config | undefined, key: string): Read<string | number | boolean | null | undefined> {
  const node = config && objectProperty(config.object, key);
  if (!config || !node) return { present: false };
  const value = evaluate(node, config.bindings);
  return value.ok ? { present: true, known: true, value: value.value, node: value.direct ? value.node : node } : { present: true, known: false, node };
}

/** A text option: its words (HTML read as text), unknown when computed, absent when not given or empty. */
function text(config: Config | undefined, key: string): { value: string | undefined; node: Node } | undefined {
  const option = read(config, key);
  if (!option.present) return undefined;
  if (!option.known) return { value: undefined, node: option.node };
  if (typeof option.value !== 'string' || option.value.trim() === '') return undefined;
  return { value: htmlText(option.value), node: option.node };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Part {
  tag: string;
  semantic: Semantic;
  classes?: string[];
  attributes?: Record<string, string | boolean>;
  /** The option the part is drawn from. */
  from?: Node | undefined;
  label?: { value: string | undefined; node: Node } | undefined;
  conditional?: boolean;
}

function drawModals(config: Config, anchor: Anchor, call: TSESTree.CallExpression): UIElement | undefined {
  const callLoc = locOf(call);
  const language = child(config, 'language');
  const defaultLanguage = read(language, 'default');
  const translations = child(language, 'translations');
  if (!defaultLanguage.present || !defaultLanguage.known || typeof defaultLanguage.value !== 'string') return undefined;
  const texts = child(translations, defaultLanguage.value);
  if (!texts) return undefined;
  const consent = child(texts, 'consentModal');
  if (!consent) return undefined;
  // equalWeightButtons is true unless set to false; options that can't be read draw nothing.
  const gui = child(config, 'guiOptions');
  const guiModal = child(gui, 'consentModal');
  if (read(config, 'guiOptions').present && !gui) return undefined;
  if (read(gui, 'consentModal').present && !guiModal) return undefined;
  const equal = read(guiModal, 'equalWeightButtons');
  if (equal.present && !equal.known) return undefined;
  const secondaryReject = equal.present && equal.known && equal.value === false;

  const make = (part: Part, parent: UIElement | null): UIElement => {
    const { range, loc } = anchor.at(part.from);
    const attributes = new Map<string, Attribute>();
    for (const [name, value] of Object.entries(part.attributes ?? {})) attributes.set(name, { name, value: { kind: 'static', value, range }, range, loc });
    const element: UIElement = {
      kind: 'element',
      id: 0,
      name: part.tag,
      intrinsic: true,
      tag: part.tag,
      semantic: part.semantic,
      semanticSource: 'preset',
      emphasis: undefined,
      attributes,
      hasSpread: false,
      children: [],
      parent,
      conditional: part.conditional ?? parent?.conditional ?? false,
      classes: { tokens: (part.classes ?? []).map((name) => ({ name, conditional: false })), hasUnknown: false },
      inlineStyle: { declarations: [], hasUnknown: false },
      importSource: undefined,
      component: undefined,
      range: call.range,
      loc: callLoc,
      openingRange: range,
      openingLoc: loc,
      node: part.from ?? call,
    };
    if (part.label) {
      element.children.push({
        kind: 'text',
        text: part.label.value === undefined ? { known: false, reason: 'dynamic-expression' } : { known: true, value: part.label.value },
        range,
        loc,
        parent: element,
      });
    }
    parent?.children.push(element);
    return element;
  };

  const root = make({ tag: 'div', semantic: 'container', attributes: { id: 'cc-main' } }, null);
  const modal = make({ tag: 'div', semantic: 'dialog', classes: ['cm'], attributes: { role: 'dialog', 'aria-modal': 'true' }, from: objectProperty(texts.object, 'consentModal') }, make({ tag: 'div', semantic: 'container', classes: ['cm-wrapper'] }, root));
  const body = make({ tag: 'div', semantic: 'container', classes: ['cm__body'] }, modal);
  const accept = text(consent, 'acceptAllBtn');
  const reject = text(consent, 'acceptNecessaryBtn');
  const preferences = text(consent, 'showPreferencesBtn');
  const close = text(consent, 'closeIconLabel');
  if (close && !reject) make({ tag: 'button', semantic: 'button', classes: ['cm__btn', 'cm__btn--close'], attributes: { 'aria-label': close.value ?? '' }, from: close.node }, body);
  const copy = make({ tag: 'div', semantic: 'container', classes: ['cm__texts'] }, body);
  const title = text(consent, 'title');
  if (title) make({ tag: 'h2', semantic: 'heading', classes: ['cm__title'], from: title.node, label: title }, copy);
  const description = text(consent, 'description');
  if (description) make({ tag: 'p', semantic: 'text', classes: ['cm__desc'], from: description.node, label: description }, copy);
  if (accept || reject || preferences) {
    const buttons = make({ tag: 'div', semantic: 'container', classes: ['cm__btns'] }, body);
    const uneven = preferences !== undefined && (!accept || !reject);
    const group = make({ tag: 'div', semantic: 'container', classes: ['cm__btn-group', ...(uneven ? ['cm__btn-group--uneven'] : [])] }, buttons);
    if (accept) make({ tag: 'button', semantic: 'button', classes: ['cm__btn'], attributes: { 'data-role': 'all' }, from: accept.node, label: accept }, group);
    if (reject) make({ tag: 'button', semantic: 'button', classes: ['cm__btn', ...(secondaryReject ? ['cm__btn--secondary'] : [])], attributes: { 'data-role': 'necessary' }, from: reject.node, label: reject }, group);
    if (preferences) {
      const place = uneven ? group : make({ tag: 'div', semantic: 'container', classes: ['cm__btn-group'] }, buttons);
      make({ tag: 'button', semantic: 'button', classes: ['cm__btn', 'cm__btn--secondary'], attributes: { 'data-role': 'show', 'aria-haspopup': 'dialog' }, from: preferences.node, label: preferences }, place);
    }
  }
  const preferencesModal = child(texts, 'preferencesModal');
  if (preferencesModal) drawPreferences(preferencesModal, child(config, 'categories'), secondaryReject, make, root, objectProperty(texts.object, 'preferencesModal'), anchor);
  return root;
}

type Make = (part: Part, parent: UIElement | null) => UIElement;

function drawPreferences(texts: Config, categories: Config | undefined, secondaryReject: boolean, make: Make, root: UIElement, from: Node | undefined, anchor: Anchor): void {
  // Opened only from "show preferences" (or the page's own link): never on screen with the consent modal's first look.
  const wrapper = make({ tag: 'div', semantic: 'container', classes: ['pm-wrapper'], conditional: true }, root);
  const modal = make({ tag: 'div', semantic: 'dialog', classes: ['pm'], attributes: { role: 'dialog', 'aria-modal': 'true' }, from }, wrapper);
  const header = make({ tag: 'div', semantic: 'container', classes: ['pm__header'] }, modal);
  const title = text(texts, 'title');
  if (title) make({ tag: 'h2', semantic: 'heading', classes: ['pm__title'], from: title.node, label: title }, header);
  const body = make({ tag: 'div', semantic: 'container', classes: ['pm__body'] }, modal);
  const sections = objectProperty(texts.object, 'sections');
  const list = sections ? locateLiteral(sections, texts.bindings, false) : undefined;
  if (list?.node.type === 'ArrayExpression') {
    for (const item of list.node.elements) {
      const section = item && item.type !== 'SpreadElement' ? objectAt(item, list.bindings) : undefined;
      if (!section) continue;
      drawSection(section, categories, make, body, anchor);
    }
  }
  const footer = make({ tag: 'div', semantic: 'container', classes: ['pm__footer'] }, modal);
  const first = make({ tag: 'div', semantic: 'container', classes: ['pm__btn-group'] }, footer);
  const accept = text(texts, 'acceptAllBtn');
  const reject = text(texts, 'acceptNecessaryBtn');
  const save = text(texts, 'savePreferencesBtn');
  if (accept) make({ tag: 'button', semantic: 'button', classes: ['pm__btn'], attributes: { 'data-role': 'all' }, from: accept.node, label: accept }, first);
  if (reject) make({ tag: 'button', semantic: 'button', classes: ['pm__btn', ...(secondaryReject ? ['pm__btn--secondary'] : [])], attributes: { 'data-role': 'necessary' }, from: reject.node, label: reject }, first);
  if (save) make({ tag: 'button', semantic: 'button', classes: ['pm__btn', 'pm__btn--secondary'], attributes: { 'data-role': 'save' }, from: save.node, label: save }, make({ tag: 'div', semantic: 'container', classes: ['pm__btn-group'] }, footer));
}

function drawSection(section: Config, categories: Config | undefined, make: Make, body: UIElement, anchor: Anchor): void {
  const element = make({ tag: 'div', semantic: 'container', classes: ['pm__section'] }, body);
  const titleWrapper = make({ tag: 'div', semantic: 'container', classes: ['pm__section-title-wrapper'] }, element);
  const title = text(section, 'title');
  const linked = read(section, 'linkedCategory');
  // The library makes the title of a section with a description a button that expands it; to the eye it is the
  // heading beside the toggle, and the toggle's own label (`.toggle__label`, the same words) is hidden.
  if (title) make({ tag: 'h3', semantic: 'heading', classes: ['pm__section-title'], from: title.node, label: title }, titleWrapper);
  if (linked.present) {
    const category = linked.known && typeof linked.value === 'string' ? child(categories, linked.value) : undefined;
    const toggleWrapper = make({ tag: 'label', semantic: 'label', classes: ['section__toggle-wrapper'] }, titleWrapper);
    // Findings on the toggle point at what switches it on: the category's `enabled: true`, where it says so.
    const enabled = read(category, 'enabled');
    const on = enabled.present && enabled.known && enabled.value === true ? enabled.node : linked.node;
    const toggle = make({ tag: 'input', semantic: 'checkbox', classes: ['section__toggle'], attributes: { type: 'checkbox', 'aria-label': title?.value ?? '' }, from: on }, toggleWrapper);
    toggle.attributes.set('checked', checkedAttribute(category, linked, toggle, anchor));
    const readOnly = read(category, 'readOnly');
    if (readOnly.present) toggle.attributes.set('disabled', { name: 'disabled', value: readOnly.known ? { kind: 'static', value: readOnly.value === true, range: toggle.openingRange } : { kind: 'dynamic', reason: 'dynamic-expression', expressionText: 'readOnly', range: toggle.openingRange }, range: toggle.openingRange, loc: toggle.openingLoc });
  }
  const description = text(section, 'description');
  if (description) make({ tag: 'p', semantic: 'text', classes: ['pm__section-desc'], from: description.node, label: description }, make({ tag: 'div', semantic: 'container', classes: ['pm__section-desc-wrapper'] }, element));
}

/**
 * The toggle is on before anyone chooses when its category is `readOnly` or `enabled` (preferencesModal.js). An
 * `enabled: true` written here is the literal to turn off; a category the configuration does not name starts off.
 */
function checkedAttribute(category: Config | undefined, linked: Read<unknown>, toggle: UIElement, anchor: Anchor): Attribute {
  const base = { name: 'checked', range: toggle.openingRange, loc: toggle.openingLoc };
  const readOnly = read(category, 'readOnly');
  const enabled = read(category, 'enabled');
  const unknown = (expressionText: string): Attribute => ({ ...base, value: { kind: 'dynamic', reason: 'dynamic-expression', expressionText, range: toggle.openingRange } });
  if (linked.present && !linked.known) return unknown('linkedCategory');
  if ((readOnly.present && !readOnly.known) || (enabled.present && !enabled.known)) return unknown(readOnly.present && !readOnly.known ? 'readOnly' : 'enabled');
  if (readOnly.present && readOnly.known && readOnly.value === true) return { ...base, value: { kind: 'static', value: true, range: toggle.openingRange } };
  if (enabled.present && enabled.known && enabled.value === true) {
    const name = linked.present && linked.known ? `categories.${String(linked.value)}.enabled` : 'enabled';
    const at = anchor.at(enabled.node);
    const value: AttributeValue = { kind: 'initial', value: true, initRange: enabled.node.range, binding: name, range: at.range, ...(anchor.local ? {} : { external: true }) };
    return { ...base, range: at.range, loc: at.loc, value };
  }
  return { ...base, value: { kind: 'static', value: false, range: toggle.openingRange } };
}

function subtree(root: UIElement): UIElement[] {
  const out: UIElement[] = [];
  const stack: UINode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.kind !== 'element') continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as UINode);
  }
  return out;
}
