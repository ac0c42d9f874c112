/**
 * React Native Paper (`react-native-paper`, v5, Material Design 3), callstack.github.io/react-native-paper/docs/components:
 * a `Button` is drawn by its `mode` (`text` by default, `outlined`, `contained`, `contained-tonal`, `elevated`) with a
 * 14px medium label (MD3's labelLarge); `Checkbox` and `RadioButton` are ticked by `status="checked"` (their
 * `.Item` forms are labelled by `label`), a `Switch` by its `value`; `Text` is bodyMedium (14px) by default; a
 * `Dialog` is a dialog whose `Dialog.Actions` is a row.
 */
import type { ComponentData, LibraryModule } from './types.js';

const STATUS = ['status'];
const BOX: ComponentData = { semantic: 'container', renders: 'div', style: {} };

export const reactNativePaper: LibraryModule = {
  id: 'react-native-paper',
  matches: (source) => (source === 'react-native-paper' ? {} : undefined),
  components: {
    Button: {
      semantic: 'button',
      variant: { prop: 'mode', values: { contained: 'filled', 'contained-tonal': 'filled', elevated: 'filled', outlined: 'outlined', text: 'text' }, absent: 'text' },
      renders: 'button',
      style: { base: { 'font-size': '14px', 'font-weight': '500' } },
    },
    Switch: { semantic: 'switch', checkedProps: ['value'], renders: 'div', style: {} },
    Checkbox: { semantic: 'checkbox', checkedProps: STATUS, renders: 'div', style: {} },
    'Checkbox.Item': { semantic: 'checkbox', checkedProps: STATUS, renders: 'div', style: {} },
    RadioButton: { semantic: 'radio', checkedProps: STATUS, renders: 'div', style: {} },
    'RadioButton.Item': { semantic: 'radio', checkedProps: STATUS, renders: 'div', style: {} },
    'RadioButton.Group': BOX,
    Text: { semantic: 'text', renders: 'p', style: { base: { 'font-size': '14px' } } },
    Dialog: { semantic: 'dialog', renders: 'div', style: {} },
    'Dialog.Title': { semantic: 'heading', renders: 'h2', style: {} },
    'Dialog.Content': BOX,
    'Dialog.Actions': { semantic: 'container', renders: 'div', style: { base: { display: 'flex', 'flex-direction': 'row' } } },
    Portal: { semantic: 'container', renders: 'none', style: {} },
    Modal: { semantic: 'dialog', renders: 'div', style: {} },
    TextInput: { semantic: 'input', renders: 'input', style: {} },
  },
};
