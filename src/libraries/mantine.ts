/**
 * Mantine 7 (`@mantine/core`): components, variants, default theme and layout.
 *
 * Sources (mantine.dev/theming/default-theme and github.com/mantinedev/mantine, packages/@mantine/core/src):
 * - emphasis: mantine.dev/core/button (filled is the default; light a tinted fill; outline and default bordered;
 *   subtle, transparent and white without a border);
 * - theme: core/MantineProvider/default-theme.ts and default-colors.ts (fontSizes xs 12px, sm 14px, md 16px, lg
 *   18px, xl 20px; primaryColor blue, primaryShade 6 in light mode; blue.6 #228be6, gray.4 #ced4da, gray.6 #868e96;
 *   `dimmed` is gray.6; text black on a white body at md);
 * - Button/Button.module.css and Button.tsx (weight 600; size sm by default: 14px with 18px side padding; xs 12px
 *   14px, md 16px 22px, lg 18px 26px, xl 20px 32px; filled with the colour and white text; light, subtle and
 *   outline in the colour; default white with a gray.4 border and black text);
 * - Text (size md by default, `c`, `fw`, `size`), Anchor (the primary colour), Checkbox and Switch labels (size sm:
 *   14px), Stack (flex column), Group (flex row), Modal (`title` drawn above the body).
 */
import { fromSource, isRecord, lengthOf, themeVariable } from './theme-data.js';
import { UNREADABLE, type ComponentData, type LibraryModule, type StyleRecipe, type ThemeData, type ThemeOverrides, type ThemeValue } from './types.js';

const ID = 'mantine';
const v = (name: string): string => `var(${themeVariable(ID, name)})`;
const CHECKED = ['checked', 'defaultChecked'];
const SOURCE = 'mantine v7 packages/@mantine/core/src (MantineProvider/default-theme.ts, default-colors.ts, Button.module.css)';

/** Shade 6 (the light-scheme primary shade) of each default colour, and the gray scale. */
const SHADE_6: Record<string, string> = {
  dark: '#2e2e2e', gray: '#868e96', red: '#fa5252', pink: '#e64980', grape: '#be4bdb', violet: '#7950f2', indigo: '#4c6ef5', blue: '#228be6',
  cyan: '#15aabf', teal: '#12b886', green: '#40c057', lime: '#82c91e', yellow: '#fab005', orange: '#fd7e14',
};
const GRAY: Record<number, string> = { 0: '#f8f9fa', 1: '#f1f3f5', 2: '#e9ecef', 3: '#dee2e6', 4: '#ced4da', 5: '#adb5bd', 6: '#868e96', 7: '#495057', 8: '#343a40', 9: '#212529' };
const SIZES: Record<string, string> = { xs: '12px', sm: '14px', md: '16px', lg: '18px', xl: '20px' };
const BUTTON_PADDING: Record<string, string> = { xs: '14px', sm: '18px', md: '22px', lg: '26px', xl: '32px' };

function defaults(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [size, px] of Object.entries(SIZES)) out[`font-size-${size}`] = px;
  for (const [color, hex] of Object.entries(SHADE_6)) out[`color-${color}-6`] = hex;
  for (const [shade, hex] of Object.entries(GRAY)) out[`color-gray-${shade}`] = hex;
  out['color-primary'] = SHADE_6.blue as string;
  out['color-dimmed'] = GRAY[6] as string;
  out['color-text'] = '#000000';
  out['color-body'] = '#ffffff';
  out['color-white'] = '#ffffff';
  out['color-black'] = '#000000';
  return out;
}
/** The default theme, worked out the first time a project using Mantine needs it. */
let defaultTheme: Record<string, ThemeValue> | undefined;

/** A colour as `c`/`color` props take it: `dimmed`, a palette name (its shade 6), `gray.6`, or CSS. */
function colorValue(value: string | number | boolean): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value === 'dimmed') return v('color-dimmed');
  if (value === 'white' || value === 'black') return v(`color-${value}`);
  const shade = /^([a-z]+)\.(\d)$/.exec(value);
  if (shade) return shade[1] === 'gray' || shade[2] === '6' ? v(`color-${shade[1]}-${shade[2]}`) : undefined;
  if (SHADE_6[value]) return v(`color-${value}-6`);
  return /^(?:#|rgb|hsl|oklch)/.test(value) ? value : undefined;
}
function sizeValue(value: string | number | boolean): string | undefined {
  if (typeof value === 'number') return `${value}px`;
  if (typeof value !== 'string') return undefined;
  return SIZES[value] ? v(`font-size-${value}`) : /^\d*\.?\d+(?:px|rem|em)$/.test(value) ? value : undefined;
}
function weightValue(value: string | number | boolean): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && /^(?:[1-9]00|bold|normal)$/.test(value) ? value : undefined;
}

/** Style props every Mantine component takes (mantine.dev/styles/style-props): `fz`, `fw`, `c`, `bg`. */
const STYLE_PROPS: NonNullable<StyleRecipe['when']> = [
  { props: { fz: '*' }, style: { 'font-size': '{fz}' } },
  { props: { fw: '*' }, style: { 'font-weight': '{fw}' } },
  { props: { c: '*' }, style: { color: '{c}' } },
  { props: { bg: '*' }, style: { 'background-color': '{bg}' } },
];
const STYLE_VALUES = { fz: sizeValue, fw: weightValue, c: colorValue, bg: colorValue, size: sizeValue, color: colorValue };

function styled(base: Record<string, string> = {}, when: NonNullable<StyleRecipe['when']> = [], props: Record<string, string | boolean> = {}): StyleRecipe {
  return { props, propValues: STYLE_VALUES, base, when: [...when, ...STYLE_PROPS] };
}

/** The colour of a Button: the primary colour unless `color` names another. */
const BUTTON_COLOR = '{color}';
const BUTTON_STYLE: StyleRecipe = {
  props: { variant: 'filled', size: 'sm' },
  propValues: { ...STYLE_VALUES, color: colorValue, size: (value) => (typeof value === 'string' && SIZES[value.replace(/^compact-/, '')] ? value.replace(/^compact-/, '') : undefined) },
  base: {
    display: 'inline-block',
    'font-weight': '600',
    'font-size': v('font-size-{size}'),
    'padding-left': BUTTON_PADDING.sm as string,
    'padding-right': BUTTON_PADDING.sm as string,
    'padding-top': '0',
    'padding-bottom': '0',
    'border-width': '1px',
    'border-style': 'solid',
    'border-color': 'transparent',
    'background-color': 'transparent',
    color: v('color-primary'),
  },
  when: [
    ...Object.entries(BUTTON_PADDING).map(([size, px]) => ({ props: { size }, style: { 'padding-left': px, 'padding-right': px } })),
    { props: { variant: 'filled' }, style: { 'background-color': v('color-primary'), color: v('color-white') } },
    { props: { variant: 'filled', color: '*' }, style: { 'background-color': BUTTON_COLOR } },
    { props: { variant: 'outline' }, style: { 'border-color': v('color-primary') } },
    { props: { variant: 'outline', color: '*' }, style: { 'border-color': BUTTON_COLOR, color: BUTTON_COLOR } },
    { props: { variant: ['light', 'subtle', 'transparent'], color: '*' }, style: { color: BUTTON_COLOR } },
    { props: { variant: 'light' }, style: { 'background-color': 'rgba(34, 139, 230, 0.1)' } },
    { props: { variant: 'light', color: '*' }, style: { 'background-color': 'env(honest-ui-unknown)' } },
    { props: { variant: 'white' }, style: { 'background-color': v('color-white') } },
    { props: { variant: 'default' }, style: { 'background-color': v('color-body'), 'border-color': v('color-gray-4'), color: v('color-black') } },
    { props: { variant: 'gradient' }, style: { 'background-color': 'env(honest-ui-unknown)', color: v('color-white') } },
    ...STYLE_PROPS,
  ],
};

const LABELLED = (semantic: 'checkbox' | 'switch' | 'radio'): ComponentData => ({
  semantic,
  checkedProps: CHECKED,
  renders: 'div',
  style: { props: { size: 'sm' }, propValues: STYLE_VALUES, base: { display: 'block', 'font-size': '{size}' }, when: STYLE_PROPS },
});

const components: Record<string, ComponentData> = {
  Button: {
    semantic: 'button',
    variant: { prop: 'variant', values: { filled: 'filled', light: 'filled', gradient: 'filled', white: 'filled', outline: 'outlined', default: 'outlined', subtle: 'text', transparent: 'text' }, absent: 'filled' },
    renders: 'button',
    style: BUTTON_STYLE,
  },
  Checkbox: LABELLED('checkbox'),
  Switch: LABELLED('switch'),
  Radio: LABELLED('radio'),
  // Options given as `data`, or a Combobox's options: values to pick, shown while it is open.
  Select: { semantic: 'select' },
  NativeSelect: { semantic: 'select' },
  MultiSelect: { semantic: 'select' },
  Combobox: { semantic: 'select' },
  Text: { semantic: 'text', renders: 'p', style: styled({ 'font-size': '{size}', 'margin-top': '0', 'margin-bottom': '0' }, [], { size: 'md' }) },
  Title: { semantic: 'heading', renders: (input) => `h${String(input.hasAttribute('order') ? input.staticAttribute('order') : 1).replace(/[^1-6]/g, '') || '1'}`, style: styled({ 'font-weight': '700' }) },
  Anchor: { semantic: 'link', renders: 'a', style: styled({ color: v('color-primary') }) },
  Box: { semantic: 'container', renders: 'div', style: styled() },
  Paper: { semantic: 'container', renders: 'div', style: styled({ 'background-color': v('color-body'), color: v('color-text') }) },
  Card: { semantic: 'container', renders: 'div', style: styled({ display: 'flex', 'flex-direction': 'column', 'background-color': v('color-body'), color: v('color-text') }) },
  Stack: { semantic: 'container', renders: 'div', style: styled({ display: 'flex', 'flex-direction': 'column' }) },
  Group: { semantic: 'container', renders: 'div', style: styled({ display: 'flex', 'flex-direction': 'row' }) },
  Flex: { semantic: 'container', renders: 'div', style: { ...styled({ display: 'flex', 'flex-direction': '{direction}' }, [], { direction: 'row' }), propValues: { ...STYLE_VALUES, direction: (value) => (typeof value === 'string' && /^(?:row|column)(?:-reverse)?$/.test(value) ? value : undefined) } } },
  // In a portal unless `withinPortal={false}` (mantine.dev/core/modal).
  Modal: { semantic: 'dialog', renders: 'section', style: styled({ display: 'block', 'background-color': v('color-body'), color: v('color-text') }), slots: { title: 'before-children' }, portal: { off: { prop: 'withinPortal', value: false } } },
  MantineProvider: { semantic: 'container', renders: 'none', style: {} },
  // Popover and HoverCard (mantine.dev/core/popover): the target in place, the dropdown a floating layer of its own
  // (in a portal), shown when opened.
  Popover: { semantic: 'container', renders: 'none', style: {} },
  'Popover.Target': { semantic: 'container', renders: 'none', style: {} },
  'Popover.Dropdown': { semantic: 'dialog', renders: 'div', style: styled({ 'background-color': v('color-body'), color: v('color-text') }) },
  HoverCard: { semantic: 'container', renders: 'none', style: {} },
  'HoverCard.Target': { semantic: 'container', renders: 'none', style: {} },
  'HoverCard.Dropdown': { semantic: 'dialog', renders: 'div', style: styled({ 'background-color': v('color-body'), color: v('color-text') }) },
};

/** `createTheme({...})` options: primary colour, font sizes, colours; `components` restyle. */
function readTheme(options: ThemeData, source: string): ThemeOverrides {
  const values = new Map<string, string | undefined>();
  const primary = options.primaryColor;
  if (primary !== undefined) values.set(themeVariable(ID, 'color-primary'), typeof primary === 'string' && SHADE_6[primary] && options.colors === undefined ? SHADE_6[primary] : undefined);
  if (options.primaryShade !== undefined) values.set(themeVariable(ID, 'color-primary'), undefined);
  const sizes = options.fontSizes;
  if (sizes === UNREADABLE) for (const size of Object.keys(SIZES)) values.set(themeVariable(ID, `font-size-${size}`), undefined);
  else if (isRecord(sizes)) for (const [size, value] of Object.entries(sizes)) values.set(themeVariable(ID, `font-size-${size}`), lengthOf(value));
  const colors = options.colors;
  if (colors !== undefined) {
    // Custom tuples (`brand: ['#f0f', ...]`) or helpers (`colorsTuple`): the shades a component picks depend on them.
    const names = isRecord(colors) ? Object.keys(colors) : Object.keys(SHADE_6);
    for (const name of names) values.set(themeVariable(ID, `color-${name}-6`), isRecord(colors) && Array.isArray(colors[name]) && typeof (colors[name] as unknown[])[6] === 'string' ? ((colors[name] as unknown[])[6] as string) : undefined);
    if (typeof primary === 'string') values.set(themeVariable(ID, 'color-primary'), values.get(themeVariable(ID, `color-${primary}-6`)) ?? SHADE_6[primary]);
  }
  const restyled = new Set<string>();
  const overrides = options.components;
  if (overrides === UNREADABLE) for (const name of Object.keys(components)) restyled.add(name);
  else if (isRecord(overrides)) for (const name of Object.keys(overrides)) restyled.add(name);
  return { values, restyled, source };
}

export const mantine: LibraryModule = {
  id: ID,
  matches: (source) => (source === '@mantine/core' ? {} : undefined),
  components,
  get theme() {
    defaultTheme ??= fromSource(SOURCE, defaults());
    return defaultTheme;
  },
  themeSpec: { factories: ['createTheme', 'mergeThemeOverrides'], providers: { MantineProvider: 'theme' }, read: readTheme },
};
