/**
 * Built-in presets for popular component libraries: what their controls are (button, switch, checkbox, ...) and
 * how prominent each variant is drawn, so `<Button variant="contained">` vs `<Button variant="text">` compares as
 * a filled button vs a text button without any user setting.
 *
 * A preset is keyed on the element's IMPORT SOURCE (`@mui/material`, `antd`, ...), never on its name alone: a
 * local component that happens to be called `Button` gets nothing from here. Where the variant prop is present
 * but not static, the emphasis is unknown (undefined), never the default.
 *
 * Emphasis follows each library's documentation of its variants:
 * - MUI: mui.com/material-ui/react-button (contained, outlined, text; `text` is the default).
 * - Ant Design: ant.design/components/button (primary filled; default and dashed bordered; text and link).
 * - Chakra UI: chakra-ui.com/docs/components/button (solid is the default; outline; ghost; link).
 * - shadcn/ui: ui.shadcn.com/docs/components/button (default and destructive filled, secondary a muted fill,
 *   outline bordered, ghost and link text).
 * - react-bootstrap: react-bootstrap.github.io/docs/components/buttons (`primary` default; `outline-*`; `link`).
 * Sizes and fonts are left to the styles: a preset doesn't guess a library's theme.
 */
import type { Emphasis, Semantic } from '../model/types.js';

export interface PresetInput {
  /** The tag as written: `Button`, `Form.Check`, `Switch.Root`. */
  name: string;
  importSource: string | undefined;
  /** The exported name of a renamed import: presets know `Button`, not the local `MuiButton`. */
  importedName?: string | undefined;
  staticAttribute(name: string): string | number | boolean | null | undefined;
  hasAttribute(name: string): boolean;
}

export interface PresetSemantics {
  semantic: Semantic;
  emphasis: Emphasis | undefined;
  checkedProps: string[];
  /** `mui`, `antd`, ... for explanations. */
  library: string;
}

interface VariantRule {
  prop: string;
  values: Record<string, Emphasis>;
  /** The emphasis when the prop is absent. */
  absent: Emphasis;
  /** A value not in `values` (react-bootstrap's `outline-danger`): by prefix. */
  byPrefix?: Record<string, Emphasis>;
}

interface ComponentPreset {
  semantic: Semantic | ((input: PresetInput) => Semantic);
  variant?: VariantRule;
  checkedProps?: string[];
}

interface LibraryPreset {
  library: string;
  /** Whether an import source belongs to the library; `component` is the subpath's component, if any. */
  matches(source: string): { component?: string } | undefined;
  components: Record<string, ComponentPreset>;
}

const CHECKED = ['checked', 'defaultChecked'];
const CHAKRA_CHECKED = ['isChecked', 'defaultChecked', 'checked', 'defaultIsChecked'];

/** `@mui/material/Button` → Button; `@mui/material` → none. */
function subpathComponent(source: string, root: string): { component?: string } | undefined {
  if (source === root) return {};
  if (!source.startsWith(`${root}/`)) return undefined;
  const rest = source.slice(root.length + 1).split('/')[0] ?? '';
  return /^[A-Z]/.test(rest) ? { component: rest } : {};
}

const LIBRARIES: readonly LibraryPreset[] = [
  {
    library: 'mui',
    matches: (source) => subpathComponent(source, '@mui/material') ?? subpathComponent(source, '@material-ui/core'),
    components: {
      Button: { semantic: 'button', variant: { prop: 'variant', values: { contained: 'filled', outlined: 'outlined', text: 'text' }, absent: 'text' } },
      Switch: { semantic: 'switch', checkedProps: CHECKED },
      Checkbox: { semantic: 'checkbox', checkedProps: CHECKED },
      Radio: { semantic: 'radio', checkedProps: CHECKED },
      RadioGroup: { semantic: 'container' },
      // The label of its `control` prop's element, given in its `label` prop.
      FormControlLabel: { semantic: 'label' },
      Typography: { semantic: 'text' },
      Link: { semantic: 'link' },
      Dialog: { semantic: 'dialog' },
    },
  },
  {
    library: 'antd',
    matches: (source) => (source === 'antd' || source.startsWith('antd/') ? {} : undefined),
    components: {
      Button: { semantic: 'button', variant: { prop: 'type', values: { primary: 'filled', default: 'outlined', dashed: 'outlined', text: 'text', link: 'link' }, absent: 'outlined' } },
      Switch: { semantic: 'switch', checkedProps: CHECKED },
      Checkbox: { semantic: 'checkbox', checkedProps: CHECKED },
      'Checkbox.Group': { semantic: 'container' },
      Radio: { semantic: 'radio', checkedProps: CHECKED },
      'Radio.Button': { semantic: 'radio', checkedProps: CHECKED },
      'Radio.Group': { semantic: 'container' },
      'Typography.Text': { semantic: 'text' },
      'Typography.Paragraph': { semantic: 'text' },
      'Typography.Link': { semantic: 'link' },
      Modal: { semantic: 'dialog' },
    },
  },
  {
    library: 'chakra',
    matches: (source) => (source.startsWith('@chakra-ui/') ? {} : undefined),
    components: {
      Button: { semantic: 'button', variant: { prop: 'variant', values: { solid: 'filled', subtle: 'filled', surface: 'filled', outline: 'outlined', ghost: 'text', plain: 'text', link: 'link' }, absent: 'filled' } },
      Switch: { semantic: 'switch', checkedProps: CHAKRA_CHECKED },
      'Switch.Root': { semantic: 'switch', checkedProps: CHAKRA_CHECKED },
      Checkbox: { semantic: 'checkbox', checkedProps: CHAKRA_CHECKED },
      'Checkbox.Root': { semantic: 'checkbox', checkedProps: CHAKRA_CHECKED },
      Radio: { semantic: 'radio', checkedProps: CHAKRA_CHECKED },
      RadioGroup: { semantic: 'container' },
      Text: { semantic: 'text' },
      Link: { semantic: 'link' },
      Modal: { semantic: 'dialog' },
    },
  },
  {
    library: 'shadcn',
    // shadcn/ui copies components into the project: `@/components/ui/button`, `~/components/ui/switch`, `../ui/checkbox`.
    matches: (source) => {
      const file = /(?:^|\/)ui\/([a-z-]+)(?:\.[jt]sx?)?$/.exec(source)?.[1];
      return file && ['button', 'switch', 'checkbox', 'radio-group'].includes(file) ? {} : undefined;
    },
    components: {
      Button: {
        semantic: 'button',
        variant: { prop: 'variant', values: { default: 'filled', destructive: 'filled', secondary: 'filled', outline: 'outlined', ghost: 'text', link: 'link' }, absent: 'filled' },
      },
      Switch: { semantic: 'switch', checkedProps: CHECKED },
      Checkbox: { semantic: 'checkbox', checkedProps: CHECKED },
      RadioGroup: { semantic: 'container' },
      RadioGroupItem: { semantic: 'radio', checkedProps: CHECKED },
    },
  },
  {
    library: 'radix',
    matches: (source) => {
      const primitive = /^@radix-ui\/react-(switch|checkbox|radio-group)$/.exec(source)?.[1];
      return primitive ? { component: primitive } : undefined;
    },
    components: {
      // `import * as Switch from '@radix-ui/react-switch'` → <Switch.Root>; the subpath names the primitive.
      'switch.Root': { semantic: 'switch', checkedProps: CHECKED },
      'checkbox.Root': { semantic: 'checkbox', checkedProps: CHECKED },
      'radio-group.Item': { semantic: 'radio', checkedProps: CHECKED },
      'radio-group.Root': { semantic: 'container' },
    },
  },
  {
    library: 'react-bootstrap',
    matches: (source) => subpathComponent(source, 'react-bootstrap'),
    components: {
      Button: { semantic: 'button', variant: { prop: 'variant', values: { link: 'link' }, byPrefix: { 'outline-': 'outlined', '': 'filled' }, absent: 'filled' } },
      'Form.Check': { semantic: (input) => checkType(input), checkedProps: CHECKED },
      FormCheck: { semantic: (input) => checkType(input), checkedProps: CHECKED },
      Modal: { semantic: 'dialog' },
    },
  },
  {
    library: 'headlessui',
    matches: (source) => (source === '@headlessui/react' ? {} : undefined),
    components: {
      Switch: { semantic: 'switch', checkedProps: CHECKED },
      Checkbox: { semantic: 'checkbox', checkedProps: CHECKED },
      Radio: { semantic: 'radio', checkedProps: CHECKED },
      'RadioGroup.Option': { semantic: 'radio', checkedProps: CHECKED },
      Dialog: { semantic: 'dialog' },
    },
  },
  {
    library: 'react-cookie-consent',
    matches: (source) => (source === 'react-cookie-consent' ? { component: 'CookieConsent' } : undefined),
    components: {
      // The banner itself. Its accept and decline buttons are rendered by the library from props (`buttonText`,
      // `enableDeclineButton`, `declineButtonText`); they are not elements of the model yet.
      CookieConsent: { semantic: 'dialog' },
    },
  },
];

/** react-bootstrap's Form.Check: `type` says which control (checkbox by default). */
function checkType(input: PresetInput): Semantic {
  const type = input.staticAttribute('type');
  if (type === 'switch') return 'switch';
  if (type === 'radio') return 'radio';
  return 'checkbox';
}

function variantEmphasis(rule: VariantRule, input: PresetInput): Emphasis | undefined {
  if (!input.hasAttribute(rule.prop)) return rule.absent;
  const value = input.staticAttribute(rule.prop);
  // Present but computed at run time: unknown, not the default.
  if (typeof value !== 'string') return undefined;
  const exact = rule.values[value];
  if (exact) return exact;
  for (const [prefix, emphasis] of Object.entries(rule.byPrefix ?? {})) if (value.startsWith(prefix)) return emphasis;
  return undefined;
}

/** The preset for an element, if it comes from a library honest-ui knows. */
export function presetFor(input: PresetInput): PresetSemantics | undefined {
  if (!input.importSource) return undefined;
  for (const library of LIBRARIES) {
    const match = library.matches(input.importSource);
    if (!match) continue;
    // `<Form.Check>` with `Form` from the package; `<Button>` from `@mui/material/Button` (any local name);
    // `<Switch.Root>` from `@radix-ui/react-switch`.
    const name = input.importedName ?? input.name;
    const member = name.includes('.') ? name.slice(name.indexOf('.')) : '';
    const candidates = match.component ? [`${match.component}${member}`, `${match.component}.${name}`, name] : [name];
    for (const candidate of candidates) {
      const preset = library.components[candidate];
      if (!preset) continue;
      const semantic = typeof preset.semantic === 'function' ? preset.semantic(input) : preset.semantic;
      return {
        semantic,
        emphasis: preset.variant ? variantEmphasis(preset.variant, input) : undefined,
        checkedProps: preset.checkedProps ?? [],
        library: library.library,
      };
    }
    return undefined;
  }
  return undefined;
}
