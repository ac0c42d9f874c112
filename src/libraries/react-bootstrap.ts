/**
 * React-Bootstrap (`react-bootstrap`) and Bootstrap 5's classes.
 *
 * Emphasis: react-bootstrap.github.io/docs/components/buttons (`primary` default; `outline-*`; `link`).
 */
import { subpathComponent } from './theme-data.js';
import type { LibraryModule, PresetInput } from './types.js';
import type { Semantic } from '../model/types.js';

const CHECKED = ['checked', 'defaultChecked'];

/** Form.Check: `type` says which control (checkbox by default). */
function checkType(input: PresetInput): Semantic {
  const type = input.staticAttribute('type');
  if (type === 'switch') return 'switch';
  if (type === 'radio') return 'radio';
  return 'checkbox';
}


export const reactBootstrap: LibraryModule = {
  id: 'react-bootstrap',
  matches: (source) => subpathComponent(source, 'react-bootstrap'),
  components: {
    Button: { semantic: 'button', variant: { prop: 'variant', values: { link: 'link' }, byPrefix: { 'outline-': 'outlined', '': 'filled' }, absent: 'filled' } },
    'Form.Check': { semantic: checkType, checkedProps: CHECKED },
    FormCheck: { semantic: checkType, checkedProps: CHECKED },
    Modal: { semantic: 'dialog' },
  },
};
