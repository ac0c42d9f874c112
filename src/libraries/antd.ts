/**
 * Ant Design 5 (`antd`): components, variants, default theme and layout.
 *
 * Sources (github.com/ant-design/ant-design, components/):
 * - emphasis: ant.design/components/button (primary filled; default and dashed bordered; text and link; the
 *   `variant` prop of 5.21: solid and filled, outlined and dashed, text, link);
 * - seed tokens: theme/themes/seed.ts (fontSize 14, colorPrimary #1677ff, colorError #ff4d4f, colorInfo #1677ff);
 * - derived tokens: theme/themes/shared/genFontMapToken.ts and genFontSizes.ts (fontSizeSM/LG and the heading
 *   sizes from the base size), theme/themes/default/colors.ts (colorText is colorTextBase at 0.88, secondary 0.65,
 *   tertiary and description 0.45, quaternary 0.25; colorBgContainer and colorBgElevated white; colorBorder #d9d9d9);
 * - Button: button/style/token.ts and index.ts (font weight 400, padding-inline fontSize-based 15px, 7px small; a
 *   1px border, transparent but for default and dashed; primary filled with colorPrimary and white text; link in
 *   colorLink; large uses fontSizeLG);
 * - Typography: typography/style (colorText; `type="secondary"` colorTextDescription; `strong` fontWeightStrong
 *   600; Title levels at fontSizeHeading1-5); Modal: modal/style (content on colorBgElevated, fontSize, padding
 *   20px 24px; its `title` drawn above the body and `footer` below it); Space (inline-flex, `direction`), Flex
 *   (flex, `vertical`); Checkbox and Radio (their label text at fontSize in colorText).
 */
import { fromSource, isRecord, lengthOf, numberOf, themeVariable, withAlpha } from './theme-data.js';
import { UNREADABLE, type ComponentData, type LibraryModule, type StyleRecipe, type ThemeData, type ThemeOverrides, type ThemeValue } from './types.js';

const ID = 'antd';
const v = (name: string): string => `var(${themeVariable(ID, name)})`;
const CHECKED = ['checked', 'defaultChecked'];
const TOKENS_SOURCE = 'ant-design components/theme/themes (seed.ts, shared/genFontMapToken.ts, default/colors.ts)';

/** genFontSizes: the size scale from the base font size (index 1 is the base). */
function fontSizes(base: number): number[] {
  const sizes = Array.from({ length: 10 }, (_, index) => {
    const size = base * 2.71828 ** ((index - 1) / 5);
    const whole = index > 1 ? Math.floor(size) : Math.ceil(size);
    return Math.floor(whole / 2) * 2;
  });
  sizes[1] = base;
  return sizes;
}

type Values = Map<string, string | undefined>;

/** The tokens honest-ui reads, from seed and alias tokens (the ConfigProvider's `theme.token`). */
function tokenValues(token: ThemeData): Values {
  const out: Values = new Map();
  const string = (key: string, fallback: string | undefined): string | undefined => {
    const value = token[key];
    if (value === undefined) return fallback;
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  };
  const baseSize = token.fontSize === undefined ? 14 : numberOf(token.fontSize);
  const sizes = baseSize === undefined ? undefined : fontSizes(baseSize);
  const px = (n: number | undefined): string | undefined => (n === undefined ? undefined : `${n}px`);
  out.set('font-size', px(baseSize));
  out.set('font-size-lg', token.fontSizeLG !== undefined ? lengthOf(token.fontSizeLG) : px(sizes?.[2]));
  out.set('font-size-sm', token.fontSizeSM !== undefined ? lengthOf(token.fontSizeSM) : px(sizes?.[0]));
  const headings = [6, 5, 4, 3, 2];
  headings.forEach((index, level) => out.set(`font-size-heading-${level + 1}`, token[`fontSizeHeading${level + 1}`] !== undefined ? lengthOf(token[`fontSizeHeading${level + 1}`]) : px(sizes?.[index])));
  out.set('font-weight-strong', token.fontWeightStrong === undefined ? '600' : numberOf(token.fontWeightStrong) === undefined ? undefined : String(numberOf(token.fontWeightStrong)));

  const textBase = string('colorTextBase', '#000');
  const bgBase = string('colorBgBase', '#fff');
  const alpha = (alphaValue: number): string | undefined => (textBase === undefined ? undefined : withAlpha(textBase, alphaValue));
  const primary = string('colorPrimary', '#1677ff');
  const info = string('colorInfo', '#1677ff');
  out.set('color-primary', primary);
  out.set('color-link', string('colorLink', info));
  out.set('color-error', string('colorError', '#ff4d4f'));
  out.set('color-success', string('colorSuccess', '#52c41a'));
  out.set('color-warning', string('colorWarning', '#faad14'));
  out.set('color-text', string('colorText', alpha(0.88)));
  out.set('color-text-heading', string('colorTextHeading', string('colorText', alpha(0.88))));
  out.set('color-text-secondary', string('colorTextSecondary', alpha(0.65)));
  out.set('color-text-description', string('colorTextDescription', string('colorTextTertiary', alpha(0.45))));
  out.set('color-text-disabled', string('colorTextDisabled', string('colorTextQuaternary', alpha(0.25))));
  // A custom background base changes the container colour (getSolidColor(base, 0) is the base itself).
  out.set('color-bg-container', string('colorBgContainer', bgBase));
  out.set('color-bg-elevated', string('colorBgElevated', bgBase));
  out.set('color-border', string('colorBorder', token.colorBgBase === undefined ? '#d9d9d9' : undefined));
  // colorTextLightSolid: the text on a primary button; white unless the theme says otherwise.
  out.set('color-text-light-solid', string('colorTextLightSolid', '#fff'));
  return out;
}

/** The default theme's values, worked out (colour mixing included) the first time a project using antd needs them. */
let defaultTheme: Record<string, ThemeValue> | undefined;
function theme(): Record<string, ThemeValue> {
  defaultTheme ??= fromSource(TOKENS_SOURCE, Object.fromEntries([...tokenValues({})].map(([name, value]) => [name, value ?? ''])));
  return defaultTheme;
}

/** Button: `type` (and 5.21's `variant`/`color`), `danger`, `size`. */
const BUTTON_STYLE: StyleRecipe = {
  props: { type: 'default', size: 'middle', danger: false },
  base: {
    display: 'inline-flex',
    'font-size': v('font-size'),
    'font-weight': '400',
    padding: '0 15px',
    'border-width': '1px',
    'border-style': 'solid',
    'border-color': 'transparent',
    'background-color': 'transparent',
    color: v('color-text'),
  },
  when: [
    { props: { type: ['default', 'dashed'] }, style: { 'background-color': v('color-bg-container'), 'border-color': v('color-border'), color: v('color-text') } },
    { props: { type: 'dashed' }, style: { 'border-style': 'dashed' } },
    { props: { type: 'primary' }, style: { 'background-color': v('color-primary'), color: v('color-text-light-solid') } },
    { props: { type: 'link' }, style: { color: v('color-link') } },
    { props: { variant: ['solid'] }, style: { 'background-color': v('color-primary'), color: v('color-text-light-solid'), 'border-color': 'transparent' } },
    { props: { variant: ['outlined', 'dashed'] }, style: { 'background-color': v('color-bg-container'), 'border-color': v('color-border') } },
    { props: { variant: ['text', 'link'] }, style: { 'background-color': 'transparent', 'border-color': 'transparent' } },
    { props: { danger: true, type: ['default', 'dashed', 'text', 'link'] }, style: { color: v('color-error') } },
    { props: { danger: true, type: 'primary' }, style: { 'background-color': v('color-error') } },
    { props: { size: 'large' }, style: { 'font-size': v('font-size-lg') } },
    { props: { size: 'small' }, style: { padding: '0 7px' } },
  ],
};

/** Typography's `type`, `strong`, `disabled`. */
const TEXT_WHEN: NonNullable<StyleRecipe['when']> = [
  { props: { type: 'secondary' }, style: { color: v('color-text-description') } },
  { props: { type: 'danger' }, style: { color: v('color-error') } },
  { props: { type: 'success' }, style: { color: v('color-success') } },
  { props: { type: 'warning' }, style: { color: v('color-warning') } },
  { props: { disabled: true }, style: { color: v('color-text-disabled') } },
  { props: { strong: true }, style: { 'font-weight': v('font-weight-strong') } },
];

const TITLE_TAGS: Record<string, string> = { '1': 'h1', '2': 'h2', '3': 'h3', '4': 'h4', '5': 'h5' };

const components: Record<string, ComponentData> = {
  Button: {
    semantic: 'button',
    variant: [
      { prop: 'variant', values: { solid: 'filled', filled: 'filled', outlined: 'outlined', dashed: 'outlined', text: 'text', link: 'link' }, absent: 'outlined' },
      { prop: 'type', values: { primary: 'filled', default: 'outlined', dashed: 'outlined', text: 'text', link: 'link' }, absent: 'outlined' },
    ],
    renders: 'button',
    style: BUTTON_STYLE,
  },
  Switch: { semantic: 'switch', checkedProps: CHECKED },
  // Its options (`options`, or `Select.Option` children) are values to pick, shown while it is open.
  Select: { semantic: 'select' },
  // The wrapper label holds the box and the label text (the children).
  Checkbox: { semantic: 'checkbox', checkedProps: CHECKED, renders: 'label', style: { base: { display: 'inline-flex', 'font-size': v('font-size'), color: v('color-text') } } },
  'Checkbox.Group': { semantic: 'container', renders: 'div', style: { base: { display: 'inline-block' } } },
  Radio: { semantic: 'radio', checkedProps: CHECKED, renders: 'label', style: { base: { display: 'inline-flex', 'font-size': v('font-size'), color: v('color-text') } } },
  'Radio.Button': { semantic: 'radio', checkedProps: CHECKED },
  'Radio.Group': { semantic: 'container', renders: 'div', style: { base: { display: 'inline-block' } } },
  Typography: { semantic: 'text', renders: 'article', style: { base: { color: v('color-text') } } },
  'Typography.Text': { semantic: 'text', renders: 'span', style: { base: { color: v('color-text') }, when: TEXT_WHEN } },
  'Typography.Paragraph': { semantic: 'text', renders: 'div', style: { base: { color: v('color-text'), 'margin-bottom': '1em' }, when: TEXT_WHEN } },
  'Typography.Title': {
    semantic: 'heading',
    renders: (input) => {
      const level = input.hasAttribute('level') ? input.staticAttribute('level') : 1;
      return TITLE_TAGS[String(level)];
    },
    style: { props: { level: '1' }, base: { color: v('color-text-heading'), 'font-weight': v('font-weight-strong'), 'font-size': v('font-size-heading-{level}') }, when: TEXT_WHEN },
  },
  'Typography.Link': { semantic: 'link', renders: 'a', style: { base: { color: v('color-link') }, when: TEXT_WHEN.filter((entry) => !('type' in entry.props)) } },
  Modal: {
    semantic: 'dialog',
    renders: 'div',
    style: { base: { display: 'block', 'background-color': v('color-bg-elevated'), color: v('color-text'), 'font-size': v('font-size'), padding: '20px 24px' } },
    slots: { title: 'before-children', footer: 'after-children' },
    // Drawn into document.body unless `getContainer={false}` (ant.design/components/modal).
    portal: { off: { prop: 'getContainer', value: false } },
  },
  Drawer: {
    semantic: 'dialog',
    renders: 'div',
    style: { base: { display: 'flex', 'flex-direction': 'column', 'background-color': v('color-bg-elevated'), color: v('color-text'), 'font-size': v('font-size') } },
    slots: { title: 'before-children', extra: 'before-children', footer: 'after-children' },
    portal: { off: { prop: 'getContainer', value: false } },
  },
  Card: {
    semantic: 'container',
    renders: 'div',
    style: { base: { display: 'block', 'background-color': v('color-bg-container'), color: v('color-text'), 'font-size': v('font-size') } },
    slots: { title: 'before-children', extra: 'before-children', actions: 'after-children' },
  },
  Alert: { semantic: 'container', renders: 'div', style: { base: { display: 'flex', 'flex-direction': 'row', 'font-size': v('font-size'), color: v('color-text') } }, slots: { message: 'before-children', description: 'before-children', action: 'after-children' } },
  Space: { semantic: 'container', renders: 'div', style: { props: { direction: 'horizontal' }, base: { display: 'inline-flex' }, when: [{ props: { direction: 'horizontal' }, style: { 'flex-direction': 'row' } }, { props: { direction: 'vertical' }, style: { 'flex-direction': 'column' } }] } },
  Flex: { semantic: 'container', renders: 'div', style: { props: { vertical: false }, base: { display: 'flex', 'flex-direction': 'row' }, when: [{ props: { vertical: true }, style: { 'flex-direction': 'column' } }] } },
  // List (components/list/Item.tsx): an item draws its children, then its `actions`, then its `extra`, in a flex row.
  List: { semantic: 'container', renders: 'div', style: { base: { color: v('color-text'), 'font-size': v('font-size') } } },
  'List.Item': {
    semantic: 'container',
    renders: 'li',
    style: { base: { display: 'flex', 'align-items': 'center', 'justify-content': 'space-between', padding: '12px 0', color: v('color-text') } },
    slots: { actions: 'after-children', extra: 'after-children' },
  },
  ConfigProvider: { semantic: 'container', renders: 'none', style: {} },
  App: { semantic: 'container', renders: 'div', style: { base: { color: v('color-text'), 'font-size': v('font-size') } } },
};

/** A ConfigProvider's `theme` (or a `theme.useToken` config) as token values. */
function readTheme(options: ThemeData, source: string): ThemeOverrides {
  // `algorithm` (dark, compact) derives every token by code: not data.
  if (options.algorithm !== undefined) return { values: new Map(), opaque: `${source} uses a theme algorithm`, source };
  const token = options.token;
  if (token === UNREADABLE || (token !== undefined && !isRecord(token))) return { values: new Map(), opaque: `${source} token is not plain data`, source };
  const defaults = tokenValues({});
  const values = tokenValues(isRecord(token) ? token : {});
  const changed = new Map<string, string | undefined>();
  for (const [name, value] of values) if (value !== defaults.get(name)) changed.set(themeVariable(ID, name), value);
  const restyled = new Set<string>();
  const overrides = options.components;
  if (overrides === UNREADABLE) for (const name of Object.keys(components)) restyled.add(name);
  else if (isRecord(overrides)) {
    // Component tokens (`components.Button.defaultBg`) restyle the component: its own styles are no longer the data's.
    for (const name of Object.keys(overrides)) restyled.add(name);
  }
  return { values: changed, restyled, source };
}

export const antd: LibraryModule = {
  id: ID,
  matches: (source) => (source === 'antd' || source.startsWith('antd/') || source.startsWith('antd/es/') ? {} : undefined),
  components,
  get theme() {
    return theme();
  },
  themeSpec: { factories: [], providers: { ConfigProvider: 'theme' }, read: readTheme },
};
