/**
 * The one resolver that answers "what element is this?" for every rule (after eslint-plugin-jsx-a11y's
 * getElementType, without per-rule copies): HTML semantics, ARIA roles, polymorphic props, design-system
 * mappings from settings, and a conservative reading of component names.
 */
import type { Emphasis, LibraryRef, Semantic, StaticValue } from '../model/types.js';
import { presetFor } from './presets.js';
import type { ComponentMapping, EmphasisName, ResolvedSettings } from './settings.js';

export interface SemanticsInput {
  name: string;
  intrinsic: boolean;
  /** Static value of an attribute, or undefined when absent or dynamic. */
  staticAttribute(name: string): StaticValue;
  hasAttribute(name: string): boolean;
  importSource: string | undefined;
  /** The name under which a renamed named import was exported (`Button` for `{ Button as MuiButton }`). */
  importedName?: string | undefined;
}

export interface ElementSemantics {
  semantic: Semantic;
  tag: string | undefined;
  emphasis: Emphasis | undefined;
  source: 'html' | 'role' | 'settings' | 'preset' | 'as-prop' | 'name' | 'unresolved';
  /** Props that hold the checked state, current or initial, in order of preference. */
  checkedProps: string[];
  /** The library component, for a preset. */
  library?: LibraryRef;
}

const TEXT_TAGS = new Set([
  'p', 'span', 'small', 'strong', 'b', 'em', 'i', 'u', 's', 'mark', 'abbr', 'code', 'sup', 'sub', 'time', 'li', 'dd', 'dt',
  'td', 'th', 'legend', 'figcaption', 'blockquote', 'caption', 'q', 'cite', 'pre', 'address', 'summary',
]);
const CONTAINER_TAGS = new Set([
  'div', 'section', 'aside', 'header', 'footer', 'main', 'nav', 'article', 'ul', 'ol', 'dl', 'fieldset', 'details',
  'table', 'tbody', 'thead', 'tr', 'figure', 'menu', 'body', 'html', 'template', 'hgroup', 'search',
]);

const ROLE_SEMANTICS: Record<string, Semantic> = {
  button: 'button',
  link: 'link',
  checkbox: 'checkbox',
  menuitemcheckbox: 'checkbox',
  switch: 'switch',
  radio: 'radio',
  menuitemradio: 'radio',
  dialog: 'dialog',
  alertdialog: 'dialog',
  heading: 'heading',
  form: 'form',
  region: 'container',
  banner: 'container',
  complementary: 'container',
  contentinfo: 'container',
  group: 'container',
  radiogroup: 'container',
  none: 'container',
  presentation: 'container',
};

export const DEFAULT_CHECKED_PROPS = ['checked', 'defaultChecked', 'isChecked', 'defaultIsChecked', 'aria-checked', 'selected', 'defaultSelected'];

/** Semantics of an HTML element. */
function htmlSemantic(tag: string, input: SemanticsInput): Semantic {
  switch (tag) {
    case 'a':
      return 'link';
    case 'button':
      return 'button';
    case 'input': {
      const type = String(input.staticAttribute('type') ?? 'text').toLowerCase();
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      if (type === 'submit' || type === 'button' || type === 'reset' || type === 'image') return 'button';
      return 'input';
    }
    case 'select':
      return 'select';
    case 'textarea':
      return 'input';
    case 'label':
      return 'label';
    case 'dialog':
      return 'dialog';
    case 'form':
      return 'form';
    case 'img':
    case 'svg':
    case 'picture':
    case 'video':
    case 'canvas':
      return 'image';
    default:
      if (/^h[1-6]$/.test(tag)) return 'heading';
      if (TEXT_TAGS.has(tag)) return 'text';
      if (CONTAINER_TAGS.has(tag)) return 'container';
      return 'other';
  }
}

/**
 * Component names that say what they render. Deliberately narrow: the name's last word must be the control's
 * name (`PrimaryButton`, `ConsentSwitch`, `Form.Check`), not merely contain it.
 */
const NAME_PATTERNS: ReadonlyArray<readonly [RegExp, Semantic]> = [
  // ButtonGroup, ToggleGroup, RadioGroup, ButtonToolbar hold controls; they are not one (MUI, react-bootstrap, Radix).
  [/(?:^|[a-z0-9])(?:Group|Toolbar)$/, 'container'],
  [/(?:^|[a-z0-9])(?:Button|Btn)$/, 'button'],
  [/^Button[A-Z]?[a-z]*$/, 'button'],
  [/(?:^|[a-z0-9])Link$/, 'link'],
  [/(?:^|[a-z0-9])(?:Checkbox|CheckBox)$/, 'checkbox'],
  [/(?:^|[a-z0-9])(?:Switch|Toggle)$/, 'switch'],
  [/(?:^|[a-z0-9])Radio$/, 'radio'],
  [/(?:^|[a-z0-9])(?:Dialog|Modal|Drawer|Popup|Banner|Sheet)$/, 'dialog'],
  [/(?:^|[a-z0-9])(?:Title|Heading)$/, 'heading'],
  [/^(?:Text|Typography|Paragraph)$/, 'text'],
  [/(?:^|[a-z0-9])Label$/, 'label'],
  [/(?:^|[a-z0-9])(?:Form)$/, 'form'],
];

function nameSemantic(name: string, input: SemanticsInput): Semantic | undefined {
  const last = name.split('.').pop() ?? name;
  // react-bootstrap's Form.Check and similar: the type prop says which control it is.
  if (last === 'Check' || last === 'Input' || last === 'Control') {
    const type = input.staticAttribute('type');
    if (type === 'switch') return 'switch';
    if (type === 'checkbox') return 'checkbox';
    if (type === 'radio') return 'radio';
    // A bare `Check` is an icon (lucide-react, react-feather, Radix Icons draw a tick): only a part (`Form.Check`) is
    // a control without a type.
    return last === 'Check' && name.includes('.') ? 'checkbox' : undefined;
  }
  // An accordion's or a disclosure's header (Chakra's `AccordionButton`, MUI's `AccordionSummary`, Headless UI's
  // `Disclosure.Button`) shows or hides a section: it is the section's title, not a choice.
  if (DISCLOSURE_TRIGGER.test(name.replace(/\./g, ''))) return 'container';
  for (const [pattern, semantic] of NAME_PATTERNS) if (pattern.test(last)) return semantic;
  return undefined;
}

const DISCLOSURE_TRIGGER = /(?:Accordion|Collapsible|Disclosure|ExpansionPanel)(?:Button|Btn|Trigger|Toggle|Summary|Header)$/;

export function toEmphasis(name: EmphasisName | undefined): Emphasis | undefined {
  switch (name) {
    case 'filled':
    case 'primary':
      return 'filled';
    case 'outlined':
    case 'secondary':
      return 'outlined';
    case 'text':
    case 'tertiary':
      return 'text';
    case 'link':
      return 'link';
    default:
      return undefined;
  }
}

function mappingFor(name: string, settings: ResolvedSettings): ComponentMapping | undefined {
  return settings.components.get(name) ?? settings.components.get(name.split('.').pop() ?? name);
}

function emphasisFromMapping(mapping: ComponentMapping, input: SemanticsInput): Emphasis | undefined {
  for (const [prop, values] of Object.entries(mapping.emphasisProps ?? {})) {
    const value = input.staticAttribute(prop);
    if (value !== undefined && value !== null) {
      const emphasis = toEmphasis(values[String(value)]);
      if (emphasis) return emphasis;
    }
  }
  return toEmphasis(mapping.emphasis);
}

export function resolveSemantics(input: SemanticsInput, settings: ResolvedSettings): ElementSemantics {
  const role = input.staticAttribute('role');
  const roleSemantic = typeof role === 'string' ? ROLE_SEMANTICS[role.trim().split(/\s+/)[0] ?? ''] : undefined;
  const base = (semantic: Semantic, source: ElementSemantics['source'], tag: string | undefined, emphasis?: Emphasis, checkedProps = DEFAULT_CHECKED_PROPS): ElementSemantics => ({
    semantic: roleSemantic ?? semantic,
    tag,
    emphasis,
    source: roleSemantic ? 'role' : source,
    checkedProps,
  });

  if (input.intrinsic) return base(htmlSemantic(input.name, input), 'html', input.name);

  const mapping = mappingFor(input.name, settings);
  if (mapping) {
    const checkedProps = [mapping.checkedProp, mapping.defaultCheckedProp, ...DEFAULT_CHECKED_PROPS].filter((p): p is string => !!p);
    return base(mapping.as, 'settings', undefined, emphasisFromMapping(mapping, input), checkedProps);
  }

  // A component library's control, known by its import source (a local `Button` is not MUI's). It keeps its
  // library's look whatever element `component`/`as` renders, so the preset comes before the polymorphic props.
  const preset = presetFor(input);
  if (preset) {
    const tag = preset.tag === 'none' ? undefined : preset.tag;
    return { ...base(preset.semantic, 'preset', tag, preset.emphasis, [...preset.checkedProps, ...DEFAULT_CHECKED_PROPS.filter((p) => !preset.checkedProps.includes(p))]), library: { id: preset.library, component: preset.component } };
  }

  for (const prop of settings.polymorphicProps) {
    const as = input.staticAttribute(prop);
    if (typeof as === 'string' && /^[a-z][a-z0-9-]*$/.test(as)) return base(htmlSemantic(as, input), 'as-prop', as);
  }

  const named = nameSemantic(input.name, input);
  if (named) return base(named, 'name', undefined);
  return base('other', 'unresolved', undefined);
}
