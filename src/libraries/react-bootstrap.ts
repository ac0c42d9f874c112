/**
 * Bootstrap 5 and React-Bootstrap (`react-bootstrap`): Bootstrap's own stylesheet, for the parts honest-ui reads,
 * applied wherever the project uses Bootstrap (its package in package.json, or an import of its CSS), so
 * `className="btn btn-link btn-sm"` and `<Button variant="link" size="sm">` resolve alike; React-Bootstrap's
 * components as the classes they render.
 *
 * Sources (github.com/twbs/bootstrap v5.3, scss/): _variables.scss ($font-size-base 1rem, $font-size-sm .875rem,
 * $font-size-lg 1.25rem, $small-font-size .875em, $body-color #212529, $body-secondary-color rgba(33,37,41,.75),
 * $btn-padding-y .375rem, $btn-padding-x .75rem, the theme colours $primary #0d6efd ... $dark #212529, $link-color
 * = $primary), _buttons.scss and mixins/_buttons.scss (button-variant: filled with the colour, white or black text
 * by contrast; button-outline-variant: transparent with the colour as text and border; .btn-link: no fill, no
 * border, link colour, underlined), _reboot.scss (body, small), _type.scss, _modal.scss (.modal-footer: a flex row
 * ending right), _card.scss, forms/_form-text.scss, forms/_form-check.scss, helpers/_stacks.scss (.vstack, .hstack),
 * utilities (d-*, flex-*, fw-*, fs-5/6, text-*, bg-*, p-*, responsive at sm 576px, md 768px, lg 992px, xl 1200px).
 * React-Bootstrap: react-bootstrap.github.io/docs/components/buttons (`primary` by default; `outline-*`; `link`),
 * its Button, Modal, Form.Check, Form.Text and Stack source (the classes each renders).
 */
import type { Semantic } from '../model/types.js';
import { subpathComponent } from './theme-data.js';
import type { ComponentData, LibraryModule, PresetInput } from './types.js';

const CHECKED = ['checked', 'defaultChecked'];

const COLORS: Record<string, { background: string; text: string }> = {
  primary: { background: '#0d6efd', text: '#fff' },
  secondary: { background: '#6c757d', text: '#fff' },
  success: { background: '#198754', text: '#fff' },
  danger: { background: '#dc3545', text: '#fff' },
  warning: { background: '#ffc107', text: '#000' },
  info: { background: '#0dcaf0', text: '#000' },
  light: { background: '#f8f9fa', text: '#000' },
  dark: { background: '#212529', text: '#fff' },
};
const BREAKPOINTS: Record<string, string> = { sm: '576px', md: '768px', lg: '992px', xl: '1200px', xxl: '1400px' };
const SPACERS: Record<string, string> = { 0: '0', 1: '0.25rem', 2: '0.5rem', 3: '1rem', 4: '1.5rem', 5: '3rem' };

function responsive(rules: (infix: string) => string): string {
  return [rules(''), ...Object.entries(BREAKPOINTS).map(([name, width]) => `@media (min-width: ${width}) {\n${rules(`-${name}`)}\n}`)].join('\n');
}

/** The rules of Bootstrap's compiled CSS that set what honest-ui tracks, as Bootstrap 5.3 ships them. */
export const BOOTSTRAP_CSS = [
  'body { font-size: 1rem; font-weight: 400; color: #212529; background-color: #fff; }',
  'small, .small { font-size: 0.875em; }',
  'a { color: rgba(13, 110, 253, 1); text-decoration: underline; }',
  'a:not([href]):not([class]) { color: inherit; text-decoration: none; }',
  'label { display: inline-block; }',
  '.btn { display: inline-block; padding: 0.375rem 0.75rem; font-size: 1rem; font-weight: 400; color: #212529; text-decoration: none; background-color: transparent; border: 1px solid transparent; }',
  ...Object.entries(COLORS).map(([name, { background, text }]) => `.btn-${name} { color: ${text}; background-color: ${background}; border-color: ${background}; }`),
  ...Object.entries(COLORS).map(([name, { background }]) => `.btn-outline-${name} { color: ${background}; border-color: ${background}; }`),
  '.btn-link { font-weight: 400; color: #0d6efd; text-decoration: underline; }',
  '.btn-lg { padding: 0.5rem 1rem; font-size: 1.25rem; }',
  '.btn-sm { padding: 0.25rem 0.5rem; font-size: 0.875rem; }',
  '.text-muted, .text-body-secondary { color: rgba(33, 37, 41, 0.75) !important; }',
  ...Object.entries(COLORS).map(([name, { background }]) => `.text-${name} { color: ${background} !important; }`),
  '.text-white { color: #fff !important; }',
  '.text-body { color: #212529 !important; }',
  ...Object.entries(COLORS).map(([name, { background }]) => `.bg-${name} { background-color: ${background} !important; }`),
  '.bg-white { background-color: #fff !important; }',
  '.bg-body { background-color: #fff !important; }',
  '.fs-5 { font-size: 1.25rem !important; }',
  '.fs-6 { font-size: 1rem !important; }',
  '.fw-light { font-weight: 300 !important; } .fw-normal { font-weight: 400 !important; } .fw-medium { font-weight: 500 !important; } .fw-semibold { font-weight: 600 !important; } .fw-bold { font-weight: 700 !important; }',
  '.lead { font-size: 1.25rem; font-weight: 300; }',
  '.form-text { margin-top: 0.25rem; font-size: 0.875em; color: rgba(33, 37, 41, 0.75); }',
  '.form-check { display: block; }',
  '.form-check-label { display: inline-block; }',
  '.form-check-inline { display: inline-block; }',
  '.modal-content { display: flex; flex-direction: column; color: #212529; background-color: #fff; }',
  '.modal-header { display: flex; padding: 1rem 1rem; }',
  '.modal-body { padding: 1rem; }',
  '.modal-footer { display: flex; flex-direction: row; padding: 0.75rem; }',
  '.card { display: flex; flex-direction: column; color: #212529; background-color: #fff; }',
  '.card-body { padding: 1rem 1rem; }',
  '.card-footer { padding: 0.5rem 1rem; }',
  '.alert { padding: 1rem 1rem; }',
  '.vstack { display: flex; flex-direction: column; }',
  '.hstack { display: flex; flex-direction: row; }',
  responsive((i) => ['none', 'inline', 'inline-block', 'block', 'grid', 'flex', 'inline-flex'].map((d) => `.d${i}-${d} { display: ${d} !important; }`).join('\n')),
  responsive((i) => ['row', 'column', 'row-reverse', 'column-reverse'].map((d) => `.flex${i}-${d} { flex-direction: ${d} !important; }`).join('\n')),
  ...Object.entries(SPACERS).map(([n, size]) => `.p-${n} { padding: ${size} !important; } .px-${n} { padding-left: ${size} !important; padding-right: ${size} !important; } .py-${n} { padding-top: ${size} !important; padding-bottom: ${size} !important; }`),
].join('\n');

/** Form.Check: `type` says which control (checkbox by default). */
function checkType(input: PresetInput): Semantic {
  const type = input.staticAttribute('type');
  if (type === 'switch') return 'switch';
  if (type === 'radio') return 'radio';
  return 'checkbox';
}

const VARIANTS = [...Object.keys(COLORS), ...Object.keys(COLORS).map((name) => `outline-${name}`), 'link'];

const components: Record<string, ComponentData> = {
  Button: {
    semantic: 'button',
    variant: { prop: 'variant', values: { link: 'link' }, byPrefix: { 'outline-': 'outlined', '': 'filled' }, absent: 'filled' },
    renders: 'button',
    style: {
      props: { variant: 'primary' },
      classes: 'btn',
      classesWhen: [...VARIANTS.map((variant) => ({ props: { variant }, classes: `btn-${variant}` })), { props: { size: 'sm' }, classes: 'btn-sm' }, { props: { size: 'lg' }, classes: 'btn-lg' }],
    },
  },
  // A native select and its `<option>`s.
  'Form.Select': { semantic: 'select', renders: 'select', style: { classes: 'form-select' } },
  'Form.Check': { semantic: checkType, checkedProps: CHECKED, renders: 'div', style: { classes: 'form-check', classesWhen: [{ props: { inline: true }, classes: 'form-check-inline' }] } },
  FormCheck: { semantic: checkType, checkedProps: CHECKED, renders: 'div', style: { classes: 'form-check', classesWhen: [{ props: { inline: true }, classes: 'form-check-inline' }] } },
  'Form.Text': { semantic: 'text', renders: 'small', style: { classes: 'form-text' } },
  FormText: { semantic: 'text', renders: 'small', style: { classes: 'form-text' } },
  // Mounted in document.body (react-bootstrap.github.io/docs/components/modal, `container`).
  Modal: { semantic: 'dialog', renders: 'div', style: { classes: 'modal-content' }, portal: {} },
  'Modal.Header': { semantic: 'container', renders: 'div', style: { classes: 'modal-header' } },
  'Modal.Title': { semantic: 'heading', renders: 'div', style: { classes: 'modal-title h4' } },
  'Modal.Body': { semantic: 'container', renders: 'div', style: { classes: 'modal-body' } },
  'Modal.Footer': { semantic: 'container', renders: 'div', style: { classes: 'modal-footer' } },
  ModalFooter: { semantic: 'container', renders: 'div', style: { classes: 'modal-footer' } },
  Card: { semantic: 'container', renders: 'div', style: { classes: 'card' } },
  'Card.Body': { semantic: 'container', renders: 'div', style: { classes: 'card-body' } },
  'Card.Footer': { semantic: 'container', renders: 'div', style: { classes: 'card-footer' } },
  Alert: { semantic: 'container', renders: 'div', style: { classes: 'alert' } },
  Stack: { semantic: 'container', renders: 'div', style: { props: { direction: 'vertical' }, classesWhen: [{ props: { direction: 'vertical' }, classes: 'vstack' }, { props: { direction: 'horizontal' }, classes: 'hstack' }] } },
};

export const reactBootstrap: LibraryModule = {
  id: 'react-bootstrap',
  matches: (source) => subpathComponent(source, 'react-bootstrap'),
  components,
  stylesheet: {
    packages: ['bootstrap', 'react-bootstrap'],
    imports: /^bootstrap(?:\/|$)/,
    css: BOOTSTRAP_CSS,
    file: 'bootstrap@5.3 (built into honest-ui)',
  },
};
