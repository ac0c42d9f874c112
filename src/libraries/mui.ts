/**
 * MUI (Material UI, `@mui/material`, and v4's `@material-ui/core`): components, variants, default theme and layout.
 *
 * Sources (github.com/mui/material-ui, packages/mui-material/src/):
 * - emphasis of Button variants: mui.com/material-ui/react-button (contained, outlined, text; `text` by default);
 * - typography: styles/createTypography.js (fontSize 14, htmlFontSize 16, `pxToRem(size) = size / htmlFontSize *
 *   fontSize / 14` rem, and each variant's weight and size: body1 16px, body2 14px, button 14px medium, caption 12px);
 * - palette: styles/createPalette.js (primary blue[700] #1976d2, secondary purple[500] #9c27b0, error red[700]
 *   #d32f2f, warning #ed6c02, info lightBlue[700] #0288d1, success green[800] #2e7d32; text rgba(0,0,0,.87) / .6 /
 *   .38; paper and default backgrounds white; contrastText white where it reaches 3:1 on main, else text.primary);
 * - Button/Button.js (theme.typography.button; padding 6px 16px; text 6px 8px; outlined 5px 15px with a 1px border
 *   of main at 50%; contained filled with main and contrastText; small 13px and large 15px per variant);
 *   ButtonBase/ButtonBase.js (inline-flex, transparent, no border, colour inherited);
 * - Typography/Typography.js (margin 0, the theme's variant, variantMapping to tags, `color` from the palette);
 *   Link/Link.js (Typography `inherit`, primary colour, underline `always`);
 * - Dialog/Dialog.js (the Paper: background.paper, text.primary, a flex column), DialogTitle (h6 in an h2,
 *   16px 24px), DialogContent (20px 24px), DialogContentText (body1, text.secondary), DialogActions (flex row,
 *   centred, 8px, justify end); Paper/Paper.js; Stack/Stack.js (flex, `direction` column by default);
 *   CardContent (16px), CardActions (flex row, 8px); FormControlLabel (inline-flex label, body1 text);
 *   Alert/Alert.js (body2 in a flex row).
 */
import { at, contrastOf, subpathComponent, hasUnreadable, isRecord, lengthOf, numberOf, themeVariable, UNKNOWN_VALUE, withAlpha } from './theme-data.js';
import { UNREADABLE, type ComponentData, type PresetInput, type LibraryModule, type StyleRecipe, type ThemeData, type ThemeDatum, type ThemeOverrides, type ThemeValue } from './types.js';

const ID = 'mui';
const v = (name: string): string => `var(${themeVariable(ID, name)})`;
const CHECKED = ['checked', 'defaultChecked'];


const TYPOGRAPHY_VARIANTS: Record<string, readonly [weight: 'light' | 'regular' | 'medium', px: number]> = {
  h1: ['light', 96],
  h2: ['light', 60],
  h3: ['regular', 48],
  h4: ['regular', 34],
  h5: ['regular', 24],
  h6: ['medium', 20],
  subtitle1: ['regular', 16],
  subtitle2: ['medium', 14],
  body1: ['regular', 16],
  body2: ['regular', 14],
  button: ['medium', 14],
  caption: ['regular', 12],
  overline: ['regular', 12],
};

/** Typography's variantMapping (Typography.js): the tag each variant renders. */
const VARIANT_TAGS: Record<string, string> = {
  h1: 'h1', h2: 'h2', h3: 'h3', h4: 'h4', h5: 'h5', h6: 'h6', subtitle1: 'h6', subtitle2: 'h6', body1: 'p', body2: 'p', inherit: 'p',
  caption: 'span', overline: 'span', button: 'span',
};

const INTENTS = ['primary', 'secondary', 'error', 'warning', 'info', 'success'] as const;
const LIGHT_INTENTS: Record<(typeof INTENTS)[number], string> = { primary: '#1976d2', secondary: '#9c27b0', error: '#d32f2f', warning: '#ed6c02', info: '#0288d1', success: '#2e7d32' };
const DARK_INTENTS: Record<(typeof INTENTS)[number], string> = { primary: '#90caf9', secondary: '#ce93d8', error: '#f44336', warning: '#ffa726', info: '#29b6f6', success: '#66bb6a' };
const LIGHT_TEXT = { primary: 'rgba(0, 0, 0, 0.87)', secondary: 'rgba(0, 0, 0, 0.6)', disabled: 'rgba(0, 0, 0, 0.38)' };
const DARK_TEXT = { primary: '#fff', secondary: 'rgba(255, 255, 255, 0.7)', disabled: 'rgba(255, 255, 255, 0.5)' };

type Values = Map<string, string | undefined>;

/** createTypography: every variant's size and weight from the options' base size, html size and weights. */
function typographyValues(options: ThemeDatum | undefined, out: Values): void {
  if (options === UNREADABLE) {
    for (const name of [...Object.keys(TYPOGRAPHY_VARIANTS), 'px-13', 'px-15']) {
      out.set(`typography-${name}-font-size`, undefined);
      out.set(`typography-${name}-font-weight`, undefined);
    }
    for (const name of ['light', 'regular', 'medium', 'bold']) out.set(`typography-weight-${name}`, undefined);
    return;
  }
  const data = isRecord(options) ? options : {};
  const number = (key: string, fallback: number): number | undefined => {
    const value = data[key];
    return value === undefined ? fallback : numberOf(value);
  };
  const fontSize = number('fontSize', 14);
  const htmlFontSize = number('htmlFontSize', 16);
  const weights = { light: number('fontWeightLight', 300), regular: number('fontWeightRegular', 400), medium: number('fontWeightMedium', 500) };
  // A custom pxToRem is a function: not data.
  const pxToRem = (px: number): string | undefined => (data.pxToRem !== undefined || fontSize === undefined || !htmlFontSize ? undefined : `${Math.round((px / htmlFontSize) * (fontSize / 14) * 1e5) / 1e5}rem`);
  const all = data.allVariants;
  for (const [variant, [weight, px]] of Object.entries(TYPOGRAPHY_VARIANTS)) {
    const own = data[variant];
    const readable = own === undefined || isRecord(own);
    const ownSize = readable && isRecord(own) ? own.fontSize : undefined;
    const ownWeight = readable && isRecord(own) ? own.fontWeight : undefined;
    const allSize = isRecord(all) ? all.fontSize : all === undefined ? undefined : UNREADABLE;
    const allWeight = isRecord(all) ? all.fontWeight : all === undefined ? undefined : UNREADABLE;
    const explicitSize = ownSize !== undefined ? ownSize : allSize;
    const explicitWeight = ownWeight !== undefined ? ownWeight : allWeight;
    let size: string | undefined;
    if (!readable || explicitSize === UNREADABLE) size = undefined;
    else if (explicitSize !== undefined) size = lengthOf(explicitSize);
    else size = pxToRem(px);
    let weightValue: string | undefined;
    if (!readable || explicitWeight === UNREADABLE) weightValue = undefined;
    else if (explicitWeight !== undefined) weightValue = typeof explicitWeight === 'number' || typeof explicitWeight === 'string' ? String(explicitWeight) : undefined;
    else weightValue = weights[weight] === undefined ? undefined : String(weights[weight]);
    out.set(`typography-${variant}-font-size`, size);
    out.set(`typography-${variant}-font-weight`, weightValue);
  }
  out.set('typography-px-13-font-size', pxToRem(13));
  out.set('typography-px-15-font-size', pxToRem(15));
  // `sx={{ fontWeight: 'bold' }}` names the theme's weights (mui.com/system/typography#font-weight).
  const bold = data.fontWeightBold === undefined ? 700 : numberOf(data.fontWeightBold);
  for (const [name, weight] of Object.entries({ ...weights, bold })) out.set(`typography-weight-${name}`, weight === undefined ? undefined : String(weight));
}

/** createPalette: intents with their contrast text and outline, text and background colours, for the mode. */
function paletteValues(options: ThemeDatum | undefined, out: Values): void {
  const data = options === UNREADABLE ? undefined : isRecord(options) ? options : {};
  const mode = data?.mode;
  const dark = mode === 'dark';
  const modeKnown = data !== undefined && (mode === undefined || mode === 'light' || mode === 'dark');
  const string = (value: ThemeDatum | undefined, fallback: string | undefined): string | undefined => (value === undefined ? fallback : typeof value === 'string' ? value : undefined);
  for (const intent of INTENTS) {
    const given = data?.[intent];
    const readable = modeKnown && (given === undefined || isRecord(given));
    const main = readable ? string(isRecord(given) ? given.main : undefined, (dark ? DARK_INTENTS : LIGHT_INTENTS)[intent]) : undefined;
    const contrastGiven = isRecord(given) ? given.contrastText : undefined;
    // getContrastText: white where it reaches the contrast threshold (3:1) on main, else light text.primary.
    const computed = main === undefined ? undefined : (contrastOf(main, '#fff') ?? 0) >= 3 ? '#fff' : LIGHT_TEXT.primary;
    out.set(`palette-${intent}-main`, main);
    out.set(`palette-${intent}-contrast-text`, readable ? string(contrastGiven, computed) : undefined);
    out.set(`palette-${intent}-outlined-border`, main === undefined ? undefined : withAlpha(main, 0.5));
  }
  const text = data?.text;
  const background = data?.background;
  const defaults = dark ? DARK_TEXT : LIGHT_TEXT;
  for (const key of ['primary', 'secondary', 'disabled'] as const) {
    out.set(`palette-text-${key}`, modeKnown && (text === undefined || isRecord(text)) ? string(isRecord(text) ? text[key] : undefined, defaults[key]) : undefined);
  }
  for (const key of ['paper', 'default'] as const) {
    // A dark Paper with elevation paints a gradient overlay (Paper.js): no single colour.
    out.set(`palette-background-${key}`, modeKnown && !dark && (background === undefined || isRecord(background)) ? string(isRecord(background) ? background[key] : undefined, '#fff') : undefined);
  }
  out.set('palette-grey-300', '#e0e0e0');
  out.set('palette-inherit-contained-text', modeKnown ? defaults.primary : undefined);
}

/** Every theme value a MUI theme made from `options` has (createTheme's defaults where the options say nothing). */
function themeValues(options: ThemeData | undefined): Values {
  const out: Values = new Map();
  const light = at(options, 'colorSchemes.light.palette');
  typographyValues(options?.typography, out);
  paletteValues(light !== undefined ? light : options?.palette, out);
  return out;
}

/** The default theme's values, worked out the first time a project using MUI needs them. */
let defaultTheme: Record<string, ThemeValue> | undefined;
function theme(): Record<string, ThemeValue> {
  defaultTheme ??= Object.fromEntries(
    [...themeValues(undefined)].map(([name, value]) => [name, { value: value ?? '', source: name.startsWith('typography') ? 'mui-material/src/styles/createTypography.js' : 'mui-material/src/styles/createPalette.js' }]),
  );
  return defaultTheme;
}

/** A palette path as Typography's and Link's `color` prop takes it: `primary`, `text.secondary`, `error.main`. */
function paletteColor(value: string): string | undefined {
  if (value === 'inherit') return 'inherit';
  const [head = '', tail] = value.split('.');
  if ((INTENTS as readonly string[]).includes(head)) return tail === undefined || tail === 'main' ? v(`palette-${head}-main`) : tail === 'contrastText' ? v(`palette-${head}-contrast-text`) : undefined;
  if (head === 'text' && tail && ['primary', 'secondary', 'disabled'].includes(tail)) return v(`palette-text-${tail}`);
  if (head === 'background' && (tail === 'paper' || tail === 'default')) return v(`palette-background-${tail}`);
  if (value === 'common.white') return '#fff';
  if (value === 'common.black') return '#000';
  // v4 names.
  if (value === 'textPrimary') return v('palette-text-primary');
  if (value === 'textSecondary') return v('palette-text-secondary');
  return undefined;
}

/** MUI System's font props (`fontSize={12}`, `fontWeight="bold"`): a number size is px, a weight name the theme's. */
function systemFontSize(value: string | number | boolean): string | undefined {
  if (typeof value === 'number') return value === 0 ? '0' : `${value}px`;
  return typeof value === 'string' && /^\d*\.?\d+(?:px|rem|em|%)$/.test(value) ? value : undefined;
}
function systemFontWeight(value: string | number | boolean): string | undefined {
  if (typeof value === 'number') return String(value);
  const named: Record<string, string> = { light: '300', regular: '400', medium: '500', bold: '700' };
  return typeof value === 'string' ? (named[value] ?? (/^[1-9]00$/.test(value) ? value : undefined)) : undefined;
}
const colorValue = (value: string | number | boolean): string | undefined => (typeof value === 'string' ? paletteColor(value) : undefined);

const SYSTEM_FONT = [
  { props: { fontSize: '*' }, style: { 'font-size': '{fontSize}' } },
  { props: { fontWeight: '*' }, style: { 'font-weight': '{fontWeight}' } },
] as const;

const TYPOGRAPHY_STYLE: StyleRecipe = {
  props: { variant: 'body1' },
  propValues: { color: colorValue, fontSize: systemFontSize, fontWeight: systemFontWeight },
  base: { 'margin-top': '0', 'margin-bottom': '0', 'font-size': v('typography-{variant}-font-size'), 'font-weight': v('typography-{variant}-font-weight') },
  when: [{ props: { variant: 'inherit' }, style: { 'font-size': 'inherit', 'font-weight': 'inherit' } }, { props: { color: '*' }, style: { color: '{color}' } }, ...SYSTEM_FONT],
};

const PAPER: Record<string, string> = { 'background-color': v('palette-background-paper'), color: v('palette-text-primary') };

/** Button.js: the variants by prop, each size per variant. */
const BUTTON_STYLE: StyleRecipe = {
  props: { variant: 'text', size: 'medium', color: 'primary' },
  base: {
    display: 'inline-flex',
    'font-size': v('typography-button-font-size'),
    'font-weight': v('typography-button-font-weight'),
    padding: '6px 16px',
    'border-width': '0',
    'border-style': 'none',
    'background-color': 'transparent',
    color: 'inherit',
    'text-decoration': 'none',
  },
  when: [
    { props: { variant: 'contained' }, style: { color: v('palette-{color}-contrast-text'), 'background-color': v('palette-{color}-main') } },
    { props: { variant: 'outlined' }, style: { padding: '5px 15px', 'border-width': '1px', 'border-style': 'solid', 'border-color': v('palette-{color}-outlined-border'), color: v('palette-{color}-main') } },
    { props: { variant: 'text' }, style: { padding: '6px 8px', color: v('palette-{color}-main') } },
    { props: { variant: 'contained', color: 'inherit' }, style: { color: v('palette-inherit-contained-text'), 'background-color': v('palette-grey-300') } },
    { props: { variant: ['text', 'outlined'], color: 'inherit' }, style: { color: 'inherit', 'border-color': 'currentcolor' } },
    { props: { size: 'small', variant: 'text' }, style: { padding: '4px 5px', 'font-size': v('typography-px-13-font-size') } },
    { props: { size: 'large', variant: 'text' }, style: { padding: '8px 11px', 'font-size': v('typography-px-15-font-size') } },
    { props: { size: 'small', variant: 'outlined' }, style: { padding: '3px 9px', 'font-size': v('typography-px-13-font-size') } },
    { props: { size: 'large', variant: 'outlined' }, style: { padding: '7px 21px', 'font-size': v('typography-px-15-font-size') } },
    { props: { size: 'small', variant: 'contained' }, style: { padding: '4px 10px', 'font-size': v('typography-px-13-font-size') } },
    { props: { size: 'large', variant: 'contained' }, style: { padding: '8px 22px', 'font-size': v('typography-px-15-font-size') } },
  ],
};

function typographyTag(input: PresetInput): string | undefined {
  if (!input.hasAttribute('variant')) return 'p';
  const variant = input.staticAttribute('variant');
  return typeof variant === 'string' ? VARIANT_TAGS[variant] : undefined;
}

const components: Record<string, ComponentData> = {
  Button: {
    semantic: 'button',
    variant: { prop: 'variant', values: { contained: 'filled', outlined: 'outlined', text: 'text' }, absent: 'text' },
    renders: 'button',
    style: BUTTON_STYLE,
  },
  // LoadingButton (@mui/lab) is Button's look with a spinner.
  LoadingButton: { semantic: 'button', variant: { prop: 'variant', values: { contained: 'filled', outlined: 'outlined', text: 'text' }, absent: 'text' }, renders: 'button', style: BUTTON_STYLE },
  Switch: { semantic: 'switch', checkedProps: CHECKED },
  Checkbox: { semantic: 'checkbox', checkedProps: CHECKED },
  Radio: { semantic: 'radio', checkedProps: CHECKED },
  // A select's `MenuItem`s (or `<option>`s) are values to pick, shown in a menu while it is open: no text stated.
  Select: { semantic: 'select' },
  NativeSelect: { semantic: 'select' },
  RadioGroup: { semantic: 'container', renders: 'div', style: { base: { display: 'flex', 'flex-direction': 'column' } } },
  FormGroup: { semantic: 'container', renders: 'div', style: { base: { display: 'flex', 'flex-direction': 'column' } } },
  // The label of its `control` prop's element, given in its `label` prop: a body1 Typography in an inline-flex label.
  FormControlLabel: {
    semantic: 'label',
    renders: 'label',
    style: { base: { display: 'inline-flex', 'font-size': v('typography-body1-font-size'), 'font-weight': v('typography-body1-font-weight') } },
  },
  FormHelperText: { semantic: 'text', renders: 'p', style: { base: { 'font-size': v('typography-caption-font-size'), 'font-weight': v('typography-caption-font-weight'), color: v('palette-text-secondary') } } },
  Typography: { semantic: 'text', renders: typographyTag, style: TYPOGRAPHY_STYLE },
  Link: {
    semantic: 'link',
    renders: 'a',
    style: {
      props: { variant: 'inherit', underline: 'always', color: 'primary' },
      propValues: TYPOGRAPHY_STYLE.propValues,
      base: { ...TYPOGRAPHY_STYLE.base, color: '{color}', 'text-decoration': 'underline' },
      when: [{ props: { variant: 'inherit' }, style: { 'font-size': 'inherit', 'font-weight': 'inherit' } }, { props: { underline: ['none', 'hover'] }, style: { 'text-decoration': 'none' } }, ...SYSTEM_FONT],
    },
  },
  // A Modal, in a portal unless `disablePortal` (mui.com/material-ui/api/modal).
  Dialog: { semantic: 'dialog', renders: 'div', style: { base: { ...PAPER, display: 'flex', 'flex-direction': 'column' } }, portal: { off: { prop: 'disablePortal', value: true } } },
  DialogTitle: { semantic: 'heading', renders: 'h2', style: { base: { 'font-size': v('typography-h6-font-size'), 'font-weight': v('typography-h6-font-weight'), padding: '16px 24px', 'margin-top': '0', 'margin-bottom': '0' } } },
  DialogContent: { semantic: 'container', renders: 'div', style: { base: { padding: '20px 24px' } } },
  DialogContentText: { semantic: 'text', renders: 'p', style: { base: { 'font-size': v('typography-body1-font-size'), 'font-weight': v('typography-body1-font-weight'), color: v('palette-text-secondary'), 'margin-top': '0', 'margin-bottom': '0' } } },
  DialogActions: { semantic: 'container', renders: 'div', style: { base: { display: 'flex', 'flex-direction': 'row', padding: '8px' } } },
  Paper: { semantic: 'container', renders: 'div', style: { base: PAPER } },
  Card: { semantic: 'container', renders: 'div', style: { base: PAPER } },
  CardContent: { semantic: 'container', renders: 'div', style: { base: { padding: '16px' } } },
  CardActions: { semantic: 'container', renders: 'div', style: { base: { display: 'flex', 'flex-direction': 'row', padding: '8px' } } },
  // Box takes MUI System props (mui.com/system/properties): font, colour and background from the palette.
  Box: {
    semantic: 'container',
    renders: 'div',
    style: {
      propValues: { fontSize: systemFontSize, fontWeight: systemFontWeight, color: colorValue, bgcolor: colorValue },
      when: [...SYSTEM_FONT, { props: { color: '*' }, style: { color: '{color}' } }, { props: { bgcolor: '*' }, style: { 'background-color': '{bgcolor}' } }],
    },
  },
  Container: { semantic: 'container', renders: 'div', style: { base: { display: 'block' } } },
  Stack: {
    semantic: 'container',
    renders: 'div',
    style: { props: { direction: 'column' }, base: { display: 'flex', 'flex-direction': '{direction}' } },
  },
  Alert: {
    semantic: 'container',
    renders: 'div',
    style: { base: { display: 'flex', 'flex-direction': 'row', 'font-size': v('typography-body2-font-size'), 'font-weight': v('typography-body2-font-weight'), padding: '6px 16px' } },
  },
  Snackbar: { semantic: 'container', renders: 'div', style: { base: { display: 'flex' } } },
  Modal: { semantic: 'dialog', renders: 'div', style: {} },
  Drawer: { semantic: 'dialog', renders: 'div', style: { base: { ...PAPER, display: 'flex', 'flex-direction': 'column' } } },
};

/** Unitless style properties: a number is not px (React's list, abridged). */
const UNITLESS = new Set(['fontWeight', 'lineHeight', 'opacity', 'zIndex', 'flex', 'flexGrow', 'flexShrink', 'order']);
const SIZES = ['Small', 'Medium', 'Large'];
const VARIANTS = ['text', 'outlined', 'contained'];
const COLORS = ['Primary', 'Secondary', 'Error', 'Warning', 'Info', 'Success', 'Inherit'];

/**
 * The props a `styleOverrides` key of a MUI component applies under (Button.js's overridesResolver and
 * buttonClasses: `root`, `contained`, `containedPrimary`, `sizeSmall`, `textSizeSmall`, `colorSecondary`;
 * Typography's variants), or undefined for a key about a state or another slot (`disabled`, `startIcon`).
 */
function overrideProps(component: string, key: string): Record<string, string> | undefined {
  if (key === 'root') return {};
  if (component === 'Typography' && key in TYPOGRAPHY_VARIANTS) return { variant: key };
  if (component !== 'Button' && component !== 'LoadingButton') return undefined;
  const props: Record<string, string> = {};
  let rest = key;
  const variant = VARIANTS.find((v) => rest.startsWith(v));
  if (variant) {
    props.variant = variant;
    rest = rest.slice(variant.length);
  }
  const size = /^(?:S|s)ize(Small|Medium|Large)$/.exec(rest);
  const color = /^(?:color)?(Primary|Secondary|Error|Warning|Info|Success|Inherit)$/.exec(rest);
  if (size?.[1] && SIZES.includes(size[1])) props.size = size[1].toLowerCase();
  else if (color?.[1] && COLORS.includes(color[1]) && (variant || rest.startsWith('color'))) props.color = color[1].toLowerCase();
  else if (rest !== '') return undefined;
  return props;
}

/** A style object as declarations: camelCase to CSS, numbers to px; nested selectors (states) left out. */
function declarationsOf(style: ThemeData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(style)) {
    if (/^[&:@.>[]/.test(key)) continue;
    const property = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    if (typeof value === 'number') out[property] = value === 0 || UNITLESS.has(key) ? String(value) : `${value}px`;
    else if (typeof value === 'string') out[property] = value;
    else out[property] = UNKNOWN_VALUE;
  }
  return out;
}

/**
 * A theme's `styleOverrides` and `variants` for a component as extra style entries; undefined when they can't be
 * read (a function of the theme, a key honest-ui can't place).
 */
function extraStylesOf(component: string, config: ThemeData): NonNullable<StyleRecipe['when']> | undefined {
  const entries: Array<{ props: Record<string, string | boolean>; style: Record<string, string> }> = [];
  const overrides = config.styleOverrides;
  if (overrides !== undefined) {
    if (!isRecord(overrides)) return undefined;
    for (const [key, style] of Object.entries(overrides)) {
      const props = overrideProps(component, key);
      if (props === undefined) {
        // A state or another slot (`disabled`, `startIcon`): not the resting look of the component itself.
        if (/^(?:disabled|focusVisible|startIcon|endIcon|iconSize\w*|label|disableElevation|fullWidth)$/.test(key)) continue;
        return undefined;
      }
      if (!isRecord(style)) return undefined;
      entries.push({ props, style: declarationsOf(style) });
    }
  }
  const variants = config.variants;
  if (variants !== undefined) {
    if (!Array.isArray(variants)) return undefined;
    for (const variant of variants) {
      if (!isRecord(variant) || !isRecord(variant.props) || !isRecord(variant.style)) return undefined;
      const props: Record<string, string | boolean> = {};
      for (const [prop, value] of Object.entries(variant.props)) {
        if (typeof value !== 'string' && typeof value !== 'boolean') return undefined;
        props[prop] = value;
      }
      entries.push({ props, style: declarationsOf(variant.style) });
    }
  }
  return entries;
}

/** `components.MuiButton` → `Button`. */
function componentName(key: string): string | undefined {
  return key.startsWith('Mui') ? key.slice(3) : undefined;
}

/** A project's createTheme options as theme values and component defaults. */
function readTheme(options: ThemeData, source: string): ThemeOverrides {
  const defaults = themeValues(undefined);
  const values = themeValues(options);
  const changed = new Map<string, string | undefined>();
  for (const [name, value] of values) if (value !== defaults.get(name)) changed.set(themeVariable(ID, name), value);
  const defaultProps = new Map<string, Map<string, string | number | boolean | null>>();
  const restyled = new Set<string>();
  const extraStyles = new Map<string, NonNullable<StyleRecipe['when']>>();
  const overrides = options.components;
  if (overrides === UNREADABLE) for (const name of Object.keys(components)) restyled.add(name);
  else if (isRecord(overrides)) {
    for (const [key, config] of Object.entries(overrides)) {
      const name = componentName(key);
      if (!name) continue;
      if (!isRecord(config)) {
        restyled.add(name);
        continue;
      }
      if (config.styleOverrides !== undefined || config.variants !== undefined) {
        const extra = extraStylesOf(name, config);
        if (extra) extraStyles.set(name, extra);
        else restyled.add(name);
      }
      const props = config.defaultProps;
      if (props === undefined) continue;
      if (!isRecord(props) || hasUnreadable(props)) {
        restyled.add(name);
        continue;
      }
      const map = new Map<string, string | number | boolean | null>();
      for (const [prop, value] of Object.entries(props)) if (typeof value !== 'object' || value === null) map.set(prop, value as string | number | boolean | null);
      defaultProps.set(name, map);
    }
  }
  return { values: changed, defaultProps, restyled, extraStyles, source };
}

export const mui: LibraryModule = {
  id: ID,
  matches: (source) => subpathComponent(source, '@mui/material') ?? subpathComponent(source, '@material-ui/core') ?? (source === '@mui/lab' || source.startsWith('@mui/lab/') ? {} : undefined),
  components,
  get theme() {
    return theme();
  },
  themeSpec: {
    factories: ['createTheme', 'createMuiTheme', 'extendTheme'],
    providers: { ThemeProvider: 'theme', CssVarsProvider: 'theme', MuiThemeProvider: 'theme' },
    read: readTheme,
  },
};

/** For MUI's `sx` prop: a palette path as the theme's colour (src/css/css-in-js.ts). */
export { paletteColor as muiPaletteColor };
