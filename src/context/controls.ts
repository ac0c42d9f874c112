/**
 * Consent controls: checkboxes, switches and radios, with their label, the purposes the label grants, and
 * whether they start on.
 */
import { DEFAULT_CHECKED_PROPS } from '../settings/components.js';
import type { ResolvedSettings } from '../settings/settings.js';
import { accessibleName, ancestors, attributeText, descendants, isDisabled, staticAttribute, textContent, type ResolvedText } from '../model/query.js';
import type { Attribute, AttributeValue, Range, UIElement, UIModel } from '../model/types.js';
import { isInline } from './clauses.js';
import { libraryById } from '../libraries/index.js';
import type { Lexicon } from './lexicon.js';
import type { ProgramFacts, ToggledState } from './program-facts.js';
import { isSegmentedOption } from './questions.js';
import { CLAUSE_BREAK, tokenize, tokenizeIdentifier } from './text.js';

export type ControlSemantic = 'checkbox' | 'switch' | 'radio';

type StaticAttributeValue = Extract<AttributeValue, { kind: 'static' }>;

export type CheckedState =
  | { state: 'off' }
  /** On by default. `attribute` is how (`defaultChecked`, `checked={true}`, state initialised true). */
  | { state: 'on'; attribute: Attribute; via: string; fix: CheckedFix | undefined }
  | { state: 'unknown'; attribute: Attribute; reason: string };

/** How to turn a default off: remove the attribute, or change the literal that initialises the state. */
export type CheckedFix = { kind: 'remove-attribute'; range: Range; attribute: string } | { kind: 'initialise-off'; range: Range; binding: string };

export interface ConsentControl {
  element: UIElement;
  semantic: ControlSemantic;
  label: ResolvedText;
  /** The element that carries the label text, where there is one (a <label>, a <span> beside the switch). */
  labelElement: UIElement | undefined;
  /** Non-essential purposes the control grants (marketing, analytics, sharing, ai-training...). */
  purposes: string[];
  /** The label says the control is strictly necessary. */
  essential: boolean;
  disabled: boolean;
  checked: CheckedState;
}

const CONTROL_SEMANTICS = new Set(['checkbox', 'switch', 'radio']);

function isTrue(value: unknown): boolean {
  // `checked="checked"` is how HTML spells a boolean attribute, and React passes the (truthy) string through.
  return value === true || value === 'true' || value === '' || value === 'on' || value === 'checked' || value === 1;
}

/** Whether a control starts on, from its checked props, in the order the resolver ranks them. */
export function checkedState(element: UIElement, checkedProps: readonly string[] = DEFAULT_CHECKED_PROPS): CheckedState {
  for (const prop of checkedProps) {
    const attribute = element.attributes.get(prop);
    if (!attribute) continue;
    const value = attribute.value;
    switch (value.kind) {
      case 'static':
        if (isTrue(value.value) || (value.value === 'mixed' && prop === 'aria-checked')) {
          return { state: 'on', attribute, via: describeVia(attribute), fix: { kind: 'remove-attribute', range: attribute.range, attribute: prop } };
        }
        return { state: 'off' };
      case 'initial':
        if (isTrue(value.value)) {
          return {
            state: 'on',
            attribute,
            via: `${prop}={${value.binding}} starts true`,
            // Set in another file, or behind an operator: no one-step fix here.
            fix: value.external || value.origin !== undefined ? undefined : { kind: 'initialise-off', range: value.initRange, binding: value.binding },
          };
        }
        return { state: 'off' };
      case 'dynamic':
        return { state: 'unknown', attribute, reason: value.reason };
      case 'element':
        return { state: 'unknown', attribute, reason: 'unknown-value' };
    }
  }
  return { state: 'off' };
}

function describeVia(attribute: Attribute): string {
  const value = attribute.value;
  if (value.kind !== 'static') return attribute.name;
  if (value.value === true && (attribute.bare || attribute.range[1] - attribute.range[0] === attribute.name.length)) return attribute.name;
  return describeStatic(attribute.name, value);
}

/**
 * A static default as written: `value="yes"`, `defaultValue={1990}`, or through the constant it comes from,
 * `defaultChecked={ON} (ON = true)`: like a state-backed default (`checked={optIn} starts true`), the constant is
 * what the author edits. `literal` is the value as the message shows it (a rule may shorten a long string).
 */
export function describeStatic(name: string, value: StaticAttributeValue, literal = typeof value.value === 'string' ? `"${value.value}"` : String(value.value)): string {
  if (value.binding) return `${name}={${value.binding}} (${value.binding} = ${literal})`;
  return `${name}=${typeof value.value === 'string' ? literal : `{${literal}}`}`;
}

/** Index of elements by their static `id`, and labels by `htmlFor`. */
export interface LabelIndex {
  byId: Map<string, UIElement>;
  labelsFor: Map<string, UIElement>;
}

export function indexLabels(model: UIModel): LabelIndex {
  const byId = new Map<string, UIElement>();
  const labelsFor = new Map<string, UIElement>();
  for (const element of model.elements) {
    const id = staticAttribute(element, 'id');
    if (typeof id === 'string') byId.set(id, element);
    const htmlFor = staticAttribute(element, 'htmlFor') ?? staticAttribute(element, 'for');
    if (typeof htmlFor === 'string' && element.semantic === 'label') labelsFor.set(htmlFor, element);
  }
  return { byId, labelsFor };
}

const isControl = (element: UIElement): boolean => CONTROL_SEMANTICS.has(element.semantic);

/** Text of an element without the controls inside it (a row's label, not its switch). */
function textWithoutControls(element: UIElement): ResolvedText {
  return textContent(element, isControl);
}

/** Text of an element's children, without its own text props (a switch's `title` is a tooltip, not a label). */
function childrenText(element: UIElement): ResolvedText {
  const parts = element.children.map((child): ResolvedText => (child.kind === 'element' ? textContent(child) : child.text.known ? { value: child.text.value, complete: true } : { value: '', complete: false }));
  return { value: parts.map((p) => p.value.trim()).filter(Boolean).join(' '), complete: parts.every((p) => p.complete) };
}

/**
 * `visible`: only text people can see. No aria-label and no text props of the control itself; a label that can't
 * be read (a translation call) is returned unresolved rather than skipped; a block with a heading that holds no
 * other control (a settings card) labels its control; and no label at all is a complete, empty text.
 */
interface LabelOptions {
  visible?: boolean;
}

const unresolvedIn = (text: ResolvedText | undefined, options: LabelOptions): boolean => !!options.visible && !!text && !text.complete;

/**
 * The label of a control: aria-label, a `label` prop, an enclosing or `htmlFor` <label>, aria-labelledby, its own
 * content, then the text of the nearest row around it that holds no other control.
 */
function controlLabel(control: UIElement, index: LabelIndex, options: LabelOptions = {}): ControlLabel {
  const ariaLabel = options.visible ? undefined : attributeText(control, 'aria-label');
  if (ariaLabel?.complete && ariaLabel.value.trim()) return { label: ariaLabel, element: undefined };
  const labelProp = attributeText(control, 'label');
  if (labelProp && (labelProp.value.trim() || unresolvedIn(labelProp, options))) {
    const prop = control.attributes.get('label')?.value;
    return { label: labelProp, element: prop?.kind === 'element' ? prop.element : undefined };
  }
  for (const ancestor of ancestors(control)) {
    if (ancestor.semantic === 'label') return { label: textWithoutControls(ancestor), element: ancestor };
    // MUI's FormControlLabel and similar: a label prop on the wrapper.
    const wrapperLabel = ancestor.intrinsic ? undefined : attributeText(ancestor, 'label');
    if (wrapperLabel && (wrapperLabel.value.trim() || unresolvedIn(wrapperLabel, options))) {
      const prop = ancestor.attributes.get('label')?.value;
      return { label: wrapperLabel, element: prop?.kind === 'element' ? prop.element : ancestor };
    }
    break;
  }
  const id = staticAttribute(control, 'id');
  const forLabel = typeof id === 'string' ? index.labelsFor.get(id) : undefined;
  if (forLabel) return { label: textWithoutControls(forLabel), element: forLabel };
  const labelledBy = staticAttribute(control, 'aria-labelledby');
  if (typeof labelledBy === 'string') {
    const parts = labelledBy.split(/\s+/).map((ref) => index.byId.get(ref)).filter((e): e is UIElement => !!e);
    if (parts.length > 0) return { label: { value: parts.map((p) => textContent(p).value).join(' '), complete: parts.every((p) => textContent(p).complete) }, element: parts[0] };
  }
  const own = options.visible ? childrenText(control) : textContent(control);
  if (own.value.trim() || unresolvedIn(own, options)) return { label: own, element: control };
  // The row around the control: up to three levels, as long as it holds no other control. A dialog, a form or a
  // block with a heading is the whole prompt, not a row: its heading and body are not the control's label.
  let level = 0;
  for (const ancestor of ancestors(control)) {
    if (++level > 3 || ancestor.semantic === 'dialog' || ancestor.semantic === 'form') break;
    if (!options.visible && [...descendants(ancestor)].some((d) => d.semantic === 'heading')) break;
    const others = [...descendants(ancestor)].filter((d) => d !== control && isControl(d));
    if (others.length > 0) break;
    const text = textWithoutControls(ancestor);
    if (text.value.trim() || unresolvedIn(text, options)) {
      const titled = titledRow(ancestor);
      if (titled) return { label: textContent(titled.title), element: titled.title, description: titled.description };
      const holder = [...descendants(ancestor)].find((d) => !isControl(d) && d.semantic !== 'container' && textContent(d).value.trim() === text.value.trim());
      return { label: text, element: holder ?? ancestor };
    }
  }
  return { label: { value: '', complete: !!options.visible }, element: undefined };
}

interface ControlLabel {
  label: ResolvedText;
  element: UIElement | undefined;
  /** What a settings row says below its title (titledRow). */
  description?: string;
}

/**
 * A settings row whose text is a stack of blocks beside its control: a title and the text that describes it, each an
 * element of its own (Mantine's `<Group><Stack><Text fw={500}>{title}</Text><Text size="xs">{text}</Text></Stack>
 * <Switch /></Group>`, shadcn/ui's `<div><Label>…</Label><p>…</p></div>` beside the switch). The title labels the
 * control; the blocks below it describe it ("This helps us see which features people use. No personal info is
 * sent"), and their negations or second purposes are not the label's. Text written in the row itself, or inline
 * pieces of one sentence (`<span>Email me</span> <b>offers</b>`), is one label.
 */
function titledRow(row: UIElement): { title: UIElement; description: string } | undefined {
  const holdsText = (element: UIElement): boolean => {
    const text = textContent(element);
    return text.value.trim() !== '' || !text.complete;
  };
  let block = row;
  for (let level = 0; level < 4; level++) {
    const parts: UIElement[] = [];
    for (const child of block.children) {
      if (child.kind === 'text') {
        if (!child.text.known || child.text.value.trim() !== '') return undefined;
        continue;
      }
      if (isControl(child) || [...descendants(child)].some(isControl)) continue;
      if (holdsText(child)) parts.push(child);
    }
    const [first, ...rest] = parts;
    if (!first) return undefined;
    if (rest.length === 0) {
      block = first;
      continue;
    }
    if (parts.some(isInline)) return undefined;
    return { title: first, description: rest.map((part) => textContent(part).value.trim()).join(' ') };
  }
  return undefined;
}

/**
 * The purposes a control's text names, but for purpose words that name a part of the screen or the purpose's
 * absence (the lexicon's `notPurposeAfter`): "Show analytics widget on the home page" and "Show ads-free badge"
 * grant nothing; "Show personalised ads in the sidebar" still grants advertising. Nor do purpose words a person
 * views (`notPurposeBefore`, up to three words earlier in the clause): an API key's scope "Read aggregated inbox
 * statistics", a feature's "View analytics on conversions".
 */
function purposesNamed(clauses: readonly string[], lexicon: Lexicon): string[] {
  // What the person views, not what someone is let view: "Allow organization admins to view your analytics" grants.
  const granted = (verb: number): boolean => {
    for (let i = verb - 1; i >= 0 && clauses[i] !== CLAUSE_BREAK; i--) if (GRANTS.has(clauses[i] as string)) return true;
    return false;
  };
  const viewed = (start: number): boolean => {
    for (let i = start - 1; i >= Math.max(0, start - VIEWING_WINDOW); i--) {
      const word = clauses[i] as string;
      if (word === CLAUSE_BREAK) return false;
      if (lexicon.notPurposeBefore.has(word)) return !granted(i);
    }
    return false;
  };
  const named = lexicon.purposes.matchAll(clauses).filter((match) => !lexicon.notPurposeAfter.has(clauses[match.start + match.length] ?? '') && !viewed(match.start));
  return [...new Set(named.map((match) => match.value))];
}

/** How many words before a purpose's words a viewing verb makes them what is viewed ("read aggregated inbox statistics"). */
const VIEWING_WINDOW = 3;
/** Words before a viewing verb, in its clause, that make it a grant to someone else ("admins to view", "let them read"). */
const GRANTS = new Set(['to', 'can', 'may', 'let', 'lets', 'allow', 'allows', 'permit', 'permits']);

/** Reads the label people can see beside a control (see LabelOptions), with the file's labels indexed once. */
export function visibleLabelReader(model: UIModel): (control: UIElement) => ControlLabel {
  const index = indexLabels(model);
  return (control) => controlLabel(control, index, { visible: true });
}

/**
 * A radio selected by its group: `<RadioGroup defaultValue="yes"><Radio value="yes" /></RadioGroup>` (MUI, Chakra,
 * Radix, Ant Design all name it defaultValue or value).
 */
function radioGroupDefault(radio: UIElement): CheckedState | undefined {
  // MUI's <FormControlLabel value="yes" control={<Radio />} /> carries the value on the label wrapper.
  const value = staticAttribute(radio, 'value') ?? (radio.parent?.semantic === 'label' ? staticAttribute(radio.parent, 'value') : undefined);
  if (value === undefined || value === null) return undefined;
  let level = 0;
  for (const ancestor of ancestors(radio)) {
    if (++level > 4) break;
    for (const prop of ['defaultValue', 'value']) {
      const attribute = ancestor.attributes.get(prop);
      // The label wrapper carries the radio's own value, not the group's selection.
      if (!attribute || ancestor.intrinsic || ancestor.semantic === 'label') continue;
      if (attribute.value.kind === 'static') {
        if (String(attribute.value.value) !== String(value)) return { state: 'off' };
        return { state: 'on', attribute, via: `${describeStatic(prop, attribute.value)} on its group`, fix: prop === 'defaultValue' ? { kind: 'remove-attribute', range: attribute.range, attribute: prop } : undefined };
      }
      if (attribute.value.kind === 'initial') {
        if (String(attribute.value.value) !== String(value)) return { state: 'off' };
        // No safe one-step fix: what "no selection" means for this group's state is the author's call.
        return { state: 'on', attribute, via: `${prop}={${attribute.value.binding}} starts "${String(value)}"`, fix: undefined };
      }
      return { state: 'unknown', attribute, reason: attribute.value.kind === 'dynamic' ? attribute.value.reason : 'unknown-value' };
    }
  }
  return undefined;
}

/**
 * The state a label wrapper hands the control it renders: MUI's `<FormControlLabel checked={agree}
 * control={<Checkbox />} />` passes its `checked` to the control unless the control sets its own (MUI's
 * FormControlLabel passes checked, name, onChange, value and inputRef that way).
 */
function wrapperState(control: UIElement, checkedProps: readonly string[]): CheckedState | undefined {
  if (checkedProps.some((prop) => control.attributes.has(prop))) return undefined;
  const wrapper = control.parent;
  const prop = wrapper?.attributes.get('control')?.value;
  if (!wrapper || wrapper.intrinsic || prop?.kind !== 'element' || prop.element !== control || !wrapper.attributes.has('checked')) return undefined;
  return checkedState(wrapper, ['checked']);
}

/** Words in an icon's name that draw a box that can be ticked, or a toggle. */
const CHECK_ICON_WORDS = new Set(['check', 'checkbox', 'checkmark', 'checked', 'tick', 'ticked']);
const TOGGLE_ICON_WORDS = new Set(['toggle', 'switch']);

/** Icons of a button: the components inside it and those passed as icon props (`startIcon={<CheckIcon />}`). */
function* iconsOf(button: UIElement): Generator<UIElement> {
  for (const element of [button, ...descendants(button)]) {
    if (element !== button && !element.intrinsic) yield element;
    for (const attribute of element.attributes.values()) if (attribute.value.kind === 'element') yield* [attribute.value.element, ...descendants(attribute.value.element)];
  }
}

function iconSemantic(button: UIElement): ControlSemantic | undefined {
  for (const icon of iconsOf(button)) {
    const words = tokenizeIdentifier(icon.name);
    if (words.some((w) => TOGGLE_ICON_WORDS.has(w))) return 'switch';
    if (words.some((w) => CHECK_ICON_WORDS.has(w))) return 'checkbox';
  }
  return undefined;
}

/** The checked state of a button that flips `name`: the initial value of that state. */
function toggledState(button: UIElement, toggle: ToggledState): CheckedState {
  const handler = [...button.attributes.values()].find((a) => a.name === 'onClick' || a.name === 'onPress' || a.name === 'onChange' || a.name === 'onToggle');
  // The handler came through a spread the model could not read: nothing to point a finding at.
  if (!handler) return { state: 'off' };
  const initial = toggle.state?.initial;
  if (initial?.type === 'Literal' && typeof initial.value === 'boolean') {
    if (!initial.value) return { state: 'off' };
    return {
      state: 'on',
      attribute: { ...handler, value: { kind: 'initial', value: true, initRange: initial.range, binding: toggle.name, range: handler.range } },
      via: `${toggle.name} starts true and the button toggles it`,
      fix: { kind: 'initialise-off', range: initial.range, binding: toggle.name },
    };
  }
  return { state: 'unknown', attribute: handler, reason: 'dynamic-expression' };
}

/**
 * A control drawn as a button: `aria-pressed` (a toggle button), or a button whose click handler flips a boolean
 * state and that draws a check or toggle icon. (`<button role="switch" aria-checked>` is a switch by its role.)
 */
function buttonControl(element: UIElement, facts: ProgramFacts | undefined): { semantic: ControlSemantic; checked: CheckedState } | undefined {
  if (element.semantic !== 'button') return undefined;
  // An option of a segmented control is selected by its group, as a radio is.
  if (isSegmentedOption(element)) return { semantic: 'radio', checked: radioGroupDefault(element) ?? { state: 'off' } };
  // A pressed button that also opens something (`aria-expanded`: a pinned status bar's hover card, a filter's
  // popover) is a disclosure of the page, not a setting.
  if (element.attributes.has('aria-pressed')) return element.attributes.has('aria-expanded') ? undefined : { semantic: 'switch', checked: checkedState(element, ['aria-pressed']) };
  const toggle = facts?.toggles.get(element.node);
  if (!toggle) return undefined;
  const semantic = iconSemantic(element);
  return semantic ? { semantic, checked: toggledState(element, toggle) } : undefined;
}

/**
 * Purposes a description names as what a feature does for people rather than what is done with their data: "Enable
 * customizations to make the assistant more personalized" describes the feature the switch turns on. A title that
 * names personalisation ("Personalised recommendations") still does.
 */
const BENEFIT_PURPOSES = new Set(['personalisation']);

/**
 * What describes a control beside its label: `aria-describedby`, or the text next to its label in a block of their
 * own that holds no control (a settings row's title and description, `<div><label htmlFor>…</label><p>…</p></div>`
 * beside the switch; shadcn/ui's FormLabel and FormDescription). A label whose block also holds the control (a form's
 * "Remember me" among its fields and fine print) has no such description.
 */
function descriptionBeside(control: UIElement, label: UIElement, index: LabelIndex, controls: readonly UIElement[]): string | undefined {
  const describedBy = staticAttribute(control, 'aria-describedby');
  if (typeof describedBy === 'string') {
    const parts = describedBy.split(/\s+/).map((ref) => index.byId.get(ref)).filter((e): e is UIElement => !!e);
    if (parts.length > 0) return parts.map((p) => textContent(p).value).join(' ');
  }
  const block = label.parent;
  if (!block || block.semantic === 'dialog' || block.semantic === 'form') return undefined;
  // Any control under the block, in its children or passed as a prop (MUI's `<FormControlLabel control={<Switch />}>`).
  if (controls.some((other) => other === block || [...ancestors(other)].includes(block))) return undefined;
  const text = block.children.filter((child) => child !== label).map((child) => (child.kind === 'text' ? (child.text.known ? child.text.value : '') : textContent(child).value));
  const joined = text.join(' ').trim();
  return joined || undefined;
}

export function findControls(model: UIModel, lexicon: Lexicon, settings: ResolvedSettings, extraEssential: readonly string[] = [], facts?: ProgramFacts): ConsentControl[] {
  const index = indexLabels(model);
  const extraEssentialTokens = extraEssential.map((w) => tokenize(w).join(' ')).filter(Boolean);
  const controls: ConsentControl[] = [];
  const listed = new Map<ConsentControl, string>();
  // Buttons drawn as toggles are controls too: a row of them is no description of one of them.
  const drawnControls = new Map<UIElement, NonNullable<ReturnType<typeof buttonControl>>>();
  for (const element of model.elements) {
    const drawn = isControl(element) ? undefined : buttonControl(element, facts);
    if (drawn) drawnControls.set(element, drawn);
  }
  const candidates = model.elements.filter((element) => isControl(element) || drawnControls.has(element));
  for (const element of candidates) {
    const drawn = drawnControls.get(element);
    const semantic = drawn?.semantic ?? (element.semantic as ControlSemantic);
    const { label, element: labelElement, description: belowTitle } = controlLabel(element, index);
    const tokens = tokenize(label.value);
    const clauses = lexicon.clauses(label.value);
    // A radio labelled "Yes" grants what its question asks about: see questions.ts, which fills these in.
    let purposes = purposesNamed(clauses, lexicon);
    // A title that names no purpose ("Contribute to research") takes the one its description names.
    const description = purposes.length === 0 ? (belowTitle ?? (labelElement ? descriptionBeside(element, labelElement, index, candidates) : undefined)) : undefined;
    if (description) purposes = purposesNamed(lexicon.clauses(description), lexicon).filter((purpose) => !BENEFIT_PURPOSES.has(purpose));
    const joined = tokens.join(' ');
    const essential = lexicon.essential.matches(clauses) || extraEssentialTokens.some((w) => ` ${joined} `.includes(` ${w} `));
    const mapping = settings.components.get(element.name);
    // A library's own state props first (React Native's Switch is on when its `value` is).
    const libraryProps = element.library ? libraryById(element.library.id)?.components[element.library.component]?.checkedProps : undefined;
    const checkedProps = mapping ? [mapping.checkedProp, mapping.defaultCheckedProp, ...DEFAULT_CHECKED_PROPS].filter((p): p is string => !!p) : libraryProps ? [...new Set([...libraryProps, ...DEFAULT_CHECKED_PROPS])] : DEFAULT_CHECKED_PROPS;
    let checked = drawn?.checked ?? checkedState(element, checkedProps);
    if (!drawn && checked.state === 'off') checked = wrapperState(element, checkedProps) ?? checked;
    if (semantic === 'radio' && checked.state === 'off') checked = radioGroupDefault(element) ?? checked;
    const control: ConsentControl = { element, semantic, label, labelElement, purposes, essential, disabled: isDisabled(element), checked };
    controls.push(control);
    if (element.repeated && purposes.length > 0 && !description) listed.set(control, (belowTitle ?? (labelElement ? descriptionBeside(element, labelElement, index, candidates) : undefined)) ?? '');
  }
  for (const control of thingsPicked(controls, listed, lexicon)) control.purposes = [];
  return controls;
}

/** Copies of a control rendered from one list that make it a list of things to pick rather than of consents. */
const MIN_PICKED_ITEMS = 3;
/** The most words a thing's name has ("Analytics & Data", "Social media"). */
const MAX_THING_WORDS = 3;

/**
 * The controls of a list of things to pick (industries, sales channels, table columns) whose name happens to be a
 * purpose: a partner profile's industry chips "Marketing" and "Analytics & Data" among "SaaS", "Gaming" and 22 more,
 * or a table's column toggles "Analytics" among "Title" and "Tags", are no grant of marketing or analytics. A control
 * rendered once per item of a list of at least MIN_PICKED_ITEMS, none of them necessary, where fewer than half the
 * items name a purpose, and whose own name is a bare name (at most MAX_THING_WORDS words, with no description that names a
 * purpose), names a thing. A cookie panel's categories (necessary, analytics, marketing) all name one, and a
 * notification list's "Marketing campaigns: Receive marketing emails from your programs" is described as one: both
 * stay consents. `listed`: each repeated control with a purpose, and the description beside it ('' for none).
 */
function thingsPicked(controls: readonly ConsentControl[], listed: ReadonlyMap<ConsentControl, string>, lexicon: Lexicon): ConsentControl[] {
  if (listed.size === 0) return [];
  const lists = new Map<string, ConsentControl[]>();
  for (const control of controls) {
    const { element } = control;
    if (!element.repeated) continue;
    const key = `${element.rendered?.file ?? ''}:${element.openingRange[0]}`;
    const list = lists.get(key);
    if (list) list.push(control);
    else lists.set(key, [control]);
  }
  const picked: ConsentControl[] = [];
  for (const list of lists.values()) {
    // A list with a necessary item is a consent panel's, however its other categories are named ("Video embeds",
    // "Maps" and "Advertising" beside "Strictly necessary").
    if (list.length < MIN_PICKED_ITEMS || list.some((control) => control.essential)) continue;
    const naming = list.filter((control) => control.purposes.length > 0);
    if (naming.length * 2 >= list.length) continue;
    for (const control of naming) {
      const description = listed.get(control);
      if (description === undefined || !control.label.complete) continue;
      if (tokenize(control.label.value).length > MAX_THING_WORDS) continue;
      if (description && lexicon.purposes.matchAll(lexicon.clauses(description)).length > 0) continue;
      picked.push(control);
    }
  }
  return picked;
}

export { accessibleName };
