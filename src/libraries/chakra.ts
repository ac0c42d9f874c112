/**
 * Chakra UI (`@chakra-ui/*`): components, variants, default theme and layout.
 *
 * Emphasis: chakra-ui.com/docs/components/button (solid is the default; outline; ghost; link).
 */
import type { LibraryModule } from './types.js';

const CHAKRA_CHECKED = ['isChecked', 'defaultChecked', 'checked', 'defaultIsChecked'];

export const chakra: LibraryModule = {
  id: 'chakra',
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
};
