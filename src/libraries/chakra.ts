/**
 * Chakra UI (`@chakra-ui/*`), v2 and v3: components, variants, default themes and layout. The two majors draw the
 * same component differently (a v2 md Button is 16px semibold, a v3 one 14px medium), so the theme is chosen by the
 * major the project's package.json asks for; without one, values that differ between them are unknown.
 *
 * Sources (github.com/chakra-ui/chakra-ui):
 * - emphasis: chakra-ui.com/docs/components/button (solid is the default; subtle and surface fills; outline;
 *   ghost and plain text; v2's link);
 * - v2: packages/theme/src/foundations (colors: gray.100 #EDF2F7 ... blue.500 #3182CE; typography: fontSizes
 *   xs .75rem ... 4xl 2.25rem, fontWeights normal 400 ... bold 700) and components/button.ts (semibold; sizes xs, sm,
 *   md, lg at fontSize xs, sm, md, lg with px 2, 3, 4, 6; solid gray: gray.100 on gray.800, other schemes c.500
 *   with white, yellow and cyan c.400 with black; ghost and outline c.600, gray inherits; outline border gray.200
 *   or currentColor; link c.500), modal.ts (content white; footer a flex row at the end; header xl semibold);
 * - v3: packages/react/src/theme/tokens/colors.ts (gray.50 #fafafa ... ; blue.600 #2563eb), semantic-tokens/
 *   colors.ts (palette solid, contrast, fg, emphasized; fg black #111111; bg.panel white), recipes/button.ts
 *   (medium; sizes xs, sm, md, lg at textStyle xs, sm, sm, md; solid = colorPalette.solid with .contrast; outline
 *   1px colorPalette.emphasized; ghost and plain colorPalette.fg), recipes/dialog.ts (footer a flex row at the end).
 */
import { fromSource, hasUnreadable, isRecord, lengthOf, themeVariable, UNKNOWN_VALUE } from './theme-data.js';
import { UNREADABLE, type ComponentData, type LibraryModule, type StyleRecipe, type ThemeData, type ThemeDatum, type ThemeOverrides } from './types.js';

const ID = 'chakra';
const v = (name: string): string => `var(${themeVariable(ID, name)})`;
const CHAKRA_CHECKED = ['isChecked', 'defaultChecked', 'checked', 'defaultIsChecked'];
const PALETTES = ['gray', 'red', 'orange', 'yellow', 'green', 'teal', 'blue', 'cyan', 'purple', 'pink'] as const;
type Palette = (typeof PALETTES)[number];

/** Font sizes and weights: the same scale in v2 and v3 (foundations/typography.ts, tokens/font-sizes.ts). */
const FONT_SIZES: Record<string, string> = { '2xs': '0.625rem', xs: '0.75rem', sm: '0.875rem', md: '1rem', lg: '1.125rem', xl: '1.25rem', '2xl': '1.5rem', '3xl': '1.875rem', '4xl': '2.25rem', '5xl': '3rem', '6xl': '3.75rem' };
const FONT_WEIGHTS: Record<string, string> = { hairline: '100', thin: '200', light: '300', normal: '400', medium: '500', semibold: '600', bold: '700', extrabold: '800', black: '900' };

const V2_COLORS: Record<Palette, Record<number, string>> = {
  gray: { 50: '#F7FAFC', 100: '#EDF2F7', 200: '#E2E8F0', 300: '#CBD5E0', 400: '#A0AEC0', 500: '#718096', 600: '#4A5568', 700: '#2D3748', 800: '#1A202C', 900: '#171923' },
  red: { 100: '#FED7D7', 400: '#F56565', 500: '#E53E3E', 600: '#C53030', 700: '#9B2C2C' },
  orange: { 100: '#FEEBC8', 400: '#ED8936', 500: '#DD6B20', 600: '#C05621', 700: '#9C4221' },
  yellow: { 100: '#FEFCBF', 400: '#ECC94B', 500: '#D69E2E', 600: '#B7791F', 700: '#975A16' },
  green: { 100: '#C6F6D5', 400: '#48BB78', 500: '#38A169', 600: '#2F855A', 700: '#276749' },
  teal: { 100: '#B2F5EA', 400: '#38B2AC', 500: '#319795', 600: '#2C7A7B', 700: '#285E61' },
  blue: { 100: '#BEE3F8', 400: '#4299E1', 500: '#3182CE', 600: '#2B6CB0', 700: '#2C5282' },
  cyan: { 100: '#C4F1F9', 400: '#0BC5EA', 500: '#00B5D8', 600: '#00A3C4', 700: '#0987A0' },
  purple: { 100: '#E9D8FD', 400: '#9F7AEA', 500: '#805AD5', 600: '#6B46C1', 700: '#553C9A' },
  pink: { 100: '#FED7E2', 400: '#ED64A6', 500: '#D53F8C', 600: '#B83280', 700: '#97266D' },
};

const V3_COLORS: Record<Palette, Record<number, string>> = {
  gray: { 50: '#fafafa', 100: '#f4f4f5', 200: '#e4e4e7', 300: '#d4d4d8', 400: '#a1a1aa', 500: '#71717a', 600: '#52525b', 700: '#3f3f46', 800: '#27272a', 900: '#18181b' },
  red: { 50: '#fef2f2', 100: '#fee2e2', 200: '#fecaca', 300: '#fca5a5', 400: '#f87171', 500: '#ef4444', 600: '#dc2626', 700: '#991919', 800: '#511111', 900: '#300c0c' },
  orange: { 50: '#fff7ed', 100: '#ffedd5', 200: '#fed7aa', 300: '#fdba74', 400: '#fb923c', 500: '#f97316', 600: '#ea580c', 700: '#92310a', 800: '#6c2710', 900: '#3b1106' },
  yellow: { 50: '#fefce8', 100: '#fef9c3', 200: '#fef08a', 300: '#fde047', 400: '#facc15', 500: '#eab308', 600: '#ca8a04', 700: '#845209', 800: '#713f12', 900: '#422006' },
  green: { 50: '#f0fdf4', 100: '#dcfce7', 200: '#bbf7d0', 300: '#86efac', 400: '#4ade80', 500: '#22c55e', 600: '#16a34a', 700: '#116932', 800: '#124a28', 900: '#042713' },
  teal: { 50: '#f0fdfa', 100: '#ccfbf1', 200: '#99f6e4', 300: '#5eead4', 400: '#2dd4bf', 500: '#14b8a6', 600: '#0d9488', 700: '#0c5d56', 800: '#114240', 900: '#032726' },
  blue: { 50: '#eff6ff', 100: '#dbeafe', 200: '#bfdbfe', 300: '#a3cfff', 400: '#60a5fa', 500: '#3b82f6', 600: '#2563eb', 700: '#173da6', 800: '#1a3478', 900: '#14204a' },
  cyan: { 50: '#ecfeff', 100: '#cffafe', 200: '#a5f3fc', 300: '#67e8f9', 400: '#22d3ee', 500: '#06b6d4', 600: '#0891b2', 700: '#0c5c72', 800: '#134152', 900: '#072a38' },
  purple: { 50: '#faf5ff', 100: '#f3e8ff', 200: '#e9d5ff', 300: '#d8b4fe', 400: '#c084fc', 500: '#a855f7', 600: '#9333ea', 700: '#641ba3', 800: '#4a1772', 900: '#2f0553' },
  pink: { 50: '#fdf2f8', 100: '#fce7f3', 200: '#fbcfe8', 300: '#f9a8d4', 400: '#f472b6', 500: '#ec4899', 600: '#db2777', 700: '#a41752', 800: '#6d0e34', 900: '#45061f' },
};

/** Theme values shared by both majors. */
function common(colors: Record<Palette, Record<number, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, size] of Object.entries(FONT_SIZES)) out[`font-size-${name}`] = size;
  for (const [name, weight] of Object.entries(FONT_WEIGHTS)) out[`font-weight-${name}`] = weight;
  for (const palette of PALETTES) for (const [shade, hex] of Object.entries(colors[palette])) out[`color-${palette}-${shade}`] = hex;
  out['color-white'] = '#FFFFFF';
  out['color-black'] = colors === V3_COLORS ? '#111111' : '#000000';
  return out;
}

function v2Values(): Record<string, string> {
  const out = common(V2_COLORS);
  out['button-font-weight'] = FONT_WEIGHTS.semibold as string;
  const sizes: Record<string, [string, string]> = { xs: ['0.75rem', '0.5rem'], sm: ['0.875rem', '0.75rem'], md: ['1rem', '1rem'], lg: ['1.125rem', '1.5rem'] };
  for (const [size, [font, px]] of Object.entries(sizes)) {
    out[`button-${size}-font-size`] = font;
    out[`button-${size}-padding-x`] = px;
  }
  for (const palette of PALETTES) {
    const c = V2_COLORS[palette];
    const accessible = palette === 'yellow' || palette === 'cyan';
    out[`palette-${palette}-solid`] = palette === 'gray' ? (c[100] as string) : accessible ? (c[400] as string) : (c[500] as string);
    out[`palette-${palette}-contrast`] = palette === 'gray' ? (c[800] as string) : accessible ? '#000000' : '#FFFFFF';
    out[`palette-${palette}-fg`] = palette === 'gray' ? 'inherit' : (c[600] as string);
    out[`palette-${palette}-outline-border`] = palette === 'gray' ? (c[200] as string) : 'currentColor';
    out[`palette-${palette}-link`] = c[500] as string;
  }
  out['text-fg'] = V2_COLORS.gray[800] as string;
  out['bg-panel'] = '#FFFFFF';
  out['modal-header-font-size'] = FONT_SIZES.xl as string;
  out['checkbox-label-font-size'] = FONT_SIZES.md as string;
  return out;
}

function v3Values(): Record<string, string> {
  const out = common(V3_COLORS);
  out['button-font-weight'] = FONT_WEIGHTS.medium as string;
  const sizes: Record<string, [string, string]> = { xs: ['0.75rem', '0.5rem'], sm: ['0.875rem', '0.75rem'], md: ['0.875rem', '1rem'], lg: ['1rem', '1.25rem'] };
  for (const [size, [font, px]] of Object.entries(sizes)) {
    out[`button-${size}-font-size`] = font;
    out[`button-${size}-padding-x`] = px;
  }
  for (const palette of PALETTES) {
    const c = V3_COLORS[palette];
    out[`palette-${palette}-solid`] = palette === 'gray' ? (c[900] as string) : palette === 'yellow' ? (c[300] as string) : (c[600] as string);
    out[`palette-${palette}-contrast`] = palette === 'yellow' ? '#111111' : '#FFFFFF';
    out[`palette-${palette}-fg`] = palette === 'gray' ? (c[900] as string) : palette === 'yellow' ? (c[800] as string) : (c[700] as string);
    out[`palette-${palette}-outline-border`] = palette === 'gray' ? (c[200] as string) : (c[200] as string);
    out[`palette-${palette}-link`] = palette === 'gray' ? (c[900] as string) : (c[700] as string);
  }
  out['text-fg'] = '#111111';
  out['bg-panel'] = '#FFFFFF';
  out['modal-header-font-size'] = FONT_SIZES.lg as string;
  out['checkbox-label-font-size'] = FONT_SIZES.sm as string;
  return out;
}

const V2 = v2Values();
const V3 = v3Values();
const V2_SOURCE = 'chakra-ui v2 packages/theme/src (foundations, components/button.ts, modal.ts)';
const V3_SOURCE = 'chakra-ui v3 packages/react/src/theme (tokens/colors.ts, semantic-tokens/colors.ts, recipes/button.ts, dialog.ts)';

/** A colour as Chakra's style props take it: a token path (`gray.500`, `fg.muted`), or CSS. */
function colorValue(value: string | number | boolean): string | undefined {
  if (typeof value !== 'string') return undefined;
  const token = /^([a-z]+)\.(\d{2,3})$/.exec(value);
  if (token && (PALETTES as readonly string[]).includes(token[1] as string)) return v(`color-${token[1]}-${token[2]}`);
  if (value === 'white' || value === 'black') return v(`color-${value}`);
  if (/^(?:fg|bg|border|colorPalette)(?:\.|$)/.test(value) || /^[a-z]+\.[a-z0-9]+$/.test(value)) return undefined;
  return value;
}
function fontSizeValue(value: string | number | boolean): string | undefined {
  if (typeof value === 'number') return `${value}px`;
  if (typeof value !== 'string') return undefined;
  if (FONT_SIZES[value]) return v(`font-size-${value}`);
  return /^\d*\.?\d+(?:px|rem|em|%)$/.test(value) ? value : undefined;
}
function fontWeightValue(value: string | number | boolean): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  return FONT_WEIGHTS[value] ? v(`font-weight-${value}`) : /^[1-9]00$/.test(value) ? value : undefined;
}

/** Style props every Chakra component takes (chakra-ui.com/docs/styled-system/style-props). */
const STYLE_PROPS: NonNullable<StyleRecipe['when']> = [
  { props: { fontSize: '*' }, style: { 'font-size': '{fontSize}' } },
  { props: { fontWeight: '*' }, style: { 'font-weight': '{fontWeight}' } },
  { props: { color: '*' }, style: { color: '{color}' } },
  { props: { bg: '*' }, style: { 'background-color': '{bg}' } },
  { props: { bgColor: '*' }, style: { 'background-color': '{bgColor}' } },
  { props: { backgroundColor: '*' }, style: { 'background-color': '{backgroundColor}' } },
];
const STYLE_VALUES = { fontSize: fontSizeValue, fontWeight: fontWeightValue, color: colorValue, bg: colorValue, bgColor: colorValue, backgroundColor: colorValue };

function styled(base: Record<string, string> = {}, when: NonNullable<StyleRecipe['when']> = [], props: Record<string, string | boolean> = {}): StyleRecipe {
  return { props, propValues: STYLE_VALUES, base, when: [...when, ...STYLE_PROPS] };
}

const BUTTON_STYLE: StyleRecipe = {
  props: { variant: 'solid', size: 'md', palette: 'gray' },
  aliases: { palette: ['colorPalette', 'colorScheme'] },
  propValues: STYLE_VALUES,
  base: {
    display: 'inline-flex',
    'font-weight': v('button-font-weight'),
    'font-size': v('button-{size}-font-size'),
    'padding-left': v('button-{size}-padding-x'),
    'padding-right': v('button-{size}-padding-x'),
    // Its height sets the box; no vertical padding.
    'padding-top': '0',
    'padding-bottom': '0',
    'border-width': '0',
    'background-color': 'transparent',
  },
  when: [
    { props: { variant: ['solid', 'subtle', 'surface'] }, style: { 'background-color': v('palette-{palette}-solid'), color: v('palette-{palette}-contrast') } },
    { props: { variant: 'outline' }, style: { 'border-width': '1px', 'border-style': 'solid', 'border-color': v('palette-{palette}-outline-border'), color: v('palette-{palette}-fg') } },
    { props: { variant: ['ghost', 'plain'] }, style: { color: v('palette-{palette}-fg') } },
    { props: { variant: 'link' }, style: { color: v('palette-{palette}-link'), 'padding-left': '0', 'padding-right': '0' } },
    ...STYLE_PROPS,
  ],
};

const NONE: ComponentData = { semantic: 'container', renders: 'none', style: {} };
const FOOTER: ComponentData = { semantic: 'container', renders: 'footer', style: styled({ display: 'flex', 'flex-direction': 'row', 'padding-left': '1.5rem', 'padding-right': '1.5rem' }) };
const STACK = (direction: string): ComponentData => ({ semantic: 'container', renders: 'div', style: styled({ display: 'flex', 'flex-direction': direction }) });

const components: Record<string, ComponentData> = {
  Button: { semantic: 'button', variant: { prop: 'variant', values: { solid: 'filled', subtle: 'filled', surface: 'filled', outline: 'outlined', ghost: 'text', plain: 'text', link: 'link' }, absent: 'filled' }, renders: 'button', style: BUTTON_STYLE },
  Switch: { semantic: 'switch', checkedProps: CHAKRA_CHECKED },
  // v2's `Select` wraps a native select and its `<option>`s; v3's `NativeSelect` and `Select` parts: values to pick.
  Select: { semantic: 'select' },
  'Select.Root': { semantic: 'select' },
  'NativeSelect.Root': { semantic: 'select' },
  'Switch.Root': { semantic: 'switch', checkedProps: CHAKRA_CHECKED, renders: 'label', style: styled({ display: 'inline-flex' }) },
  'Switch.Label': { semantic: 'label', renders: 'span', style: styled({ 'font-size': v('checkbox-label-font-size') }) },
  Checkbox: { semantic: 'checkbox', checkedProps: CHAKRA_CHECKED, renders: 'label', style: styled({ display: 'inline-flex', 'font-size': v('checkbox-label-font-size') }) },
  'Checkbox.Root': { semantic: 'checkbox', checkedProps: CHAKRA_CHECKED, renders: 'label', style: styled({ display: 'inline-flex' }) },
  'Checkbox.Label': { semantic: 'label', renders: 'span', style: styled({ 'font-size': v('checkbox-label-font-size') }) },
  Radio: { semantic: 'radio', checkedProps: CHAKRA_CHECKED },
  RadioGroup: { semantic: 'container' },
  Text: { semantic: 'text', renders: 'p', style: styled() },
  Box: { semantic: 'container', renders: 'div', style: styled() },
  Link: { semantic: 'link' },
  Stack: { semantic: 'container', renders: 'div', style: { ...styled({ display: 'flex', 'flex-direction': '{direction}' }, [], { direction: 'column' }), propValues: { ...STYLE_VALUES, direction: (value) => (typeof value === 'string' && /^(?:row|column)(?:-reverse)?$/.test(value) ? value : undefined) } } },
  VStack: STACK('column'),
  HStack: STACK('row'),
  Flex: { semantic: 'container', renders: 'div', style: { ...styled({ display: 'flex', 'flex-direction': '{direction}' }, [], { direction: 'row' }), aliases: { direction: ['direction', 'flexDirection'] }, propValues: { ...STYLE_VALUES, direction: (value) => (typeof value === 'string' && /^(?:row|column)(?:-reverse)?$/.test(value) ? value : undefined) } } },
  // v2 Modal parts (theme/src/components/modal.ts).
  Modal: { semantic: 'dialog', renders: 'none', style: {} },
  ModalOverlay: { semantic: 'container', renders: 'div', style: {} },
  // v2's Modal draws its overlay and content in a Portal of its own.
  ModalContent: { semantic: 'dialog', renders: 'section', style: styled({ display: 'flex', 'flex-direction': 'column', 'background-color': v('bg-panel') }), portal: {} },
  ModalHeader: { semantic: 'heading', renders: 'header', style: styled({ 'font-size': v('modal-header-font-size'), 'font-weight': v('font-weight-semibold') }) },
  ModalBody: { semantic: 'container', renders: 'div', style: styled({ 'padding-left': '1.5rem', 'padding-right': '1.5rem' }) },
  ModalFooter: FOOTER,
  ModalCloseButton: { semantic: 'button', renders: 'button', style: {} },
  // v3 Dialog parts (react/src/theme/recipes/dialog.ts).
  'Dialog.Root': NONE,
  'Dialog.Portal': { ...NONE, portal: {} },
  Portal: { ...NONE, portal: {} },
  'Dialog.Backdrop': { semantic: 'container', renders: 'div', style: {} },
  'Dialog.Positioner': { semantic: 'container', renders: 'div', style: styled({ display: 'flex' }) },
  'Dialog.Content': { semantic: 'dialog', renders: 'section', style: styled({ display: 'flex', 'flex-direction': 'column', 'background-color': v('bg-panel') }) },
  'Dialog.Header': { semantic: 'container', renders: 'div', style: styled({ display: 'flex' }) },
  'Dialog.Title': { semantic: 'heading', renders: 'h2', style: styled({ 'font-size': v('modal-header-font-size'), 'font-weight': v('font-weight-semibold') }) },
  'Dialog.Body': { semantic: 'container', renders: 'div', style: styled({ 'padding-left': '1.5rem', 'padding-right': '1.5rem' }) },
  'Dialog.Footer': { ...FOOTER, renders: 'div' },
  'Dialog.CloseTrigger': { semantic: 'button', renders: 'button', style: {} },
  'Dialog.ActionTrigger': NONE,
  ChakraProvider: NONE,
};

/** Chakra's spacing scale: `px={5}` is 1.25rem (a unit is 0.25rem); a CSS length is itself. */
function spaceValue(value: ThemeDatum): string | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d*\.?\d+$/.test(value))) return Number(value) === 0 ? '0' : `${Number(value) * 0.25}rem`;
  if (value === 'px') return '1px';
  return typeof value === 'string' && /^\d*\.?\d+(?:px|rem|em|%)$/.test(value) ? value : undefined;
}

/** Chakra's radii (v2 foundations/radius.ts; v3 tokens/radii.ts has the same sizes). */
const RADII: Record<string, string> = { none: '0', sm: '0.125rem', base: '0.25rem', md: '0.375rem', lg: '0.5rem', xl: '0.75rem', '2xl': '1rem', '3xl': '1.5rem', full: '9999px' };

/** A style prop of a theme's style object, as the CSS longhands it sets and how its value reads. */
const STYLE_KEYS: Record<string, { properties: readonly string[]; value: (value: ThemeDatum) => string | undefined }> = {};
const styleKey = (names: readonly string[], properties: readonly string[], value: (value: string | number | boolean) => string | undefined): void => {
  for (const name of names) STYLE_KEYS[name] = { properties, value: (datum) => (typeof datum === 'string' || typeof datum === 'number' || typeof datum === 'boolean' ? value(datum) : undefined) };
};
styleKey(['bg', 'bgColor', 'background', 'backgroundColor'], ['background-color'], colorValue);
styleKey(['color'], ['color'], colorValue);
styleKey(['borderColor'], ['border-color'], colorValue);
styleKey(['fontSize'], ['font-size'], fontSizeValue);
styleKey(['fontWeight'], ['font-weight'], fontWeightValue);
styleKey(['px', 'paddingX', 'paddingInline'], ['padding-left', 'padding-right'], spaceValue);
styleKey(['py', 'paddingY', 'paddingBlock'], ['padding-top', 'padding-bottom'], spaceValue);
styleKey(['p', 'padding'], ['padding-top', 'padding-right', 'padding-bottom', 'padding-left'], spaceValue);
styleKey(['pl', 'paddingLeft', 'ps', 'paddingStart'], ['padding-left'], spaceValue);
styleKey(['pr', 'paddingRight', 'pe', 'paddingEnd'], ['padding-right'], spaceValue);
styleKey(['pt', 'paddingTop'], ['padding-top'], spaceValue);
styleKey(['pb', 'paddingBottom'], ['padding-bottom'], spaceValue);
styleKey(['h', 'height', 'minH', 'minHeight'], ['height'], spaceValue);
styleKey(['borderRadius', 'rounded'], ['border-radius'], (value) => (typeof value === 'string' && RADII[value] !== undefined ? RADII[value] : spaceValue(value)));
styleKey(['borderWidth'], ['border-width'], (value) => (typeof value === 'number' ? `${value}px` : String(value)));
for (const name of ['textDecoration', 'textTransform', 'borderStyle', 'display', 'opacity', 'visibility']) styleKey([name], [name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)], (value) => String(value));

/**
 * A theme's style object as declarations, its tokens read as the style props read them (`bg: 'purple.600'`,
 * `px: 5`). States and selectors (`_hover`, `&:focus`) are not the resting look: left out. Anything else is
 * unknown, never guessed; undefined when the object isn't data (a function of the props).
 */
function declarationsOf(style: ThemeDatum | undefined): Record<string, string> | undefined {
  if (style === undefined) return {};
  if (!isRecord(style)) return undefined;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(style)) {
    if (/^[_&:@.>[]/.test(key)) continue;
    const known = STYLE_KEYS[key];
    const css = known?.value(value);
    for (const property of known?.properties ?? [key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)]) out[property] = css ?? UNKNOWN_VALUE;
  }
  return out;
}

type Entries = Array<{ props: Record<string, string | boolean>; style: Record<string, string> }>;

/**
 * One component's styles as a theme writes them, as style entries after the library's own, and its default props:
 * v2's style config (`defineStyleConfig({ baseStyle, sizes, variants, defaultProps })`, deep-merged into the
 * default theme's, so a new variant draws only the base and size styles) or v3's recipe (`defineRecipe({ base,
 * variants: { variant: {...}, size: {...} }, compoundVariants, defaultVariants })`). Undefined when any part isn't
 * data.
 */
function styleConfig(config: ThemeDatum): { entries: Entries; defaults: Map<string, string | number | boolean | null> } | undefined {
  if (!isRecord(config) || hasUnreadable(config)) return undefined;
  const entries: Entries = [];
  const add = (props: Record<string, string | boolean>, style: ThemeDatum | undefined): boolean => {
    const declarations = declarationsOf(style);
    if (declarations) entries.push({ props, style: declarations });
    return declarations !== undefined;
  };
  const byValue = (prop: string, styles: ThemeDatum | undefined): boolean => styles === undefined || (isRecord(styles) && Object.entries(styles).every(([value, style]) => add({ [prop]: value }, style)));
  const recipe = config.base !== undefined || config.defaultVariants !== undefined || config.compoundVariants !== undefined || (config.baseStyle === undefined && config.sizes === undefined && config.defaultProps === undefined && isRecipeVariants(config.variants));
  let readable = add({}, recipe ? config.base : config.baseStyle);
  if (recipe) readable &&= config.variants === undefined || (isRecord(config.variants) && Object.entries(config.variants).every(([prop, styles]) => byValue(prop, styles)));
  else readable &&= byValue('size', config.sizes) && byValue('variant', config.variants);
  const compounds = config.compoundVariants ?? [];
  if (!Array.isArray(compounds)) return undefined;
  for (const compound of compounds as readonly ThemeDatum[]) {
    if (!isRecord(compound)) return undefined;
    const props: Record<string, string | boolean> = {};
    for (const [prop, value] of Object.entries(compound)) {
      if (prop === 'css') continue;
      if (typeof value !== 'string' && typeof value !== 'boolean') return undefined;
      props[prop] = value;
    }
    readable &&= add(props, compound.css);
  }
  if (!readable) return undefined;
  const defaults = new Map<string, string | number | boolean | null>();
  const given: ReadonlyArray<ThemeDatum | undefined> = [config.defaultProps, config.defaultVariants];
  for (const source of given) {
    if (source === undefined) continue;
    if (!isRecord(source)) return undefined;
    for (const [prop, value] of Object.entries(source)) if (typeof value !== 'object' || value === null) defaults.set(prop === 'colorScheme' || prop === 'colorPalette' ? 'palette' : prop, value as string | number | boolean | null);
  }
  return { entries, defaults };
}

/** Whether v3 variants (`{ visual: { solid: {...} } }`: records of records of styles) rather than v2's (`{ solid: {...} }`). */
function isRecipeVariants(variants: ThemeDatum | undefined): boolean {
  return isRecord(variants) && Object.values(variants).every((styles) => isRecord(styles) && Object.values(styles).every(isRecord));
}

/** `extendTheme` (v2) or `createSystem(defaultConfig, defineConfig({ theme }))` (v3) options as theme values. */
function readTheme(options: ThemeData, source: string): ThemeOverrides {
  // v3 nests its tokens under `theme`; v2 puts them at the top.
  const theme = isRecord(options.theme) ? options.theme : options;
  const tokens = isRecord(theme.tokens) ? theme.tokens : theme;
  const values = new Map<string, string | undefined>();
  const colors = tokens.colors;
  if (colors === UNREADABLE) for (const name of Object.keys({ ...V2, ...V3 })) if (name.startsWith('color-') || name.startsWith('palette-')) values.set(themeVariable(ID, name), undefined);
  else if (isRecord(colors)) {
    for (const [palette, shades] of Object.entries(colors)) {
      if (!isRecord(shades)) continue;
      for (const [shade, value] of Object.entries(shades)) {
        const hex = isRecord(value) ? value.value : value;
        values.set(themeVariable(ID, `color-${palette}-${shade}`), typeof hex === 'string' ? hex : undefined);
      }
      // A palette the theme redefines changes its buttons: their colours are no longer the defaults.
      if ((PALETTES as readonly string[]).includes(palette)) for (const part of ['solid', 'contrast', 'fg', 'outline-border', 'link']) values.set(themeVariable(ID, `palette-${palette}-${part}`), undefined);
    }
  }
  const fontSizes = tokens.fontSizes;
  if (isRecord(fontSizes)) for (const [name, value] of Object.entries(fontSizes)) values.set(themeVariable(ID, `font-size-${name}`), lengthOf(isRecord(value) ? value.value : value));
  else if (fontSizes === UNREADABLE) for (const name of Object.keys(FONT_SIZES)) values.set(themeVariable(ID, `font-size-${name}`), undefined);
  const restyled = new Set<string>();
  const extraStyles = new Map<string, Entries>();
  const defaultProps = new Map<string, ReadonlyMap<string, string | number | boolean | null>>();
  for (const key of ['components', 'recipes', 'slotRecipes']) {
    const overrides = theme[key];
    if (overrides === UNREADABLE) for (const name of Object.keys(components)) restyled.add(name);
    else if (isRecord(overrides)) {
      for (const [name, config] of Object.entries(overrides)) {
        // A one-part component's styles are read (a Button); a multi-part one's (a Checkbox's control and label) are not.
        const read = key === 'slotRecipes' ? undefined : styleConfig(config);
        for (const component of Object.keys(components)) {
          if (!component.toLowerCase().startsWith(name.toLowerCase())) continue;
          if (read && component.toLowerCase() === name.toLowerCase() && !components[component]?.checkedProps) {
            if (read.entries.length > 0) extraStyles.set(component, read.entries);
            if (read.defaults.size > 0) defaultProps.set(component, read.defaults);
          } else restyled.add(component);
        }
      }
    }
  }
  return { values, restyled, extraStyles, defaultProps, source };
}

export const chakra: LibraryModule = {
  id: ID,
  matches: (source) => (source.startsWith('@chakra-ui/') ? {} : undefined),
  components,
  versions: {
    packages: ['@chakra-ui/react'],
    themes: { 2: fromSource(V2_SOURCE, V2), 3: fromSource(V3_SOURCE, V3) },
  },
  themeSpec: { factories: ['extendTheme', 'createSystem', 'defineConfig', 'mergeConfigs'], providers: { ChakraProvider: ['theme', 'value'] }, defaults: ['defaultConfig', 'defaultSystem', 'theme', 'baseTheme'], helpers: ['defineStyleConfig', 'defineStyle', 'defineRecipe'], read: readTheme },
};
