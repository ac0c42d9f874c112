/**
 * Headless UI (`@headlessui/react`): unstyled components, each rendering one element by default (its `as` prop
 * changes it), headlessui.com/react/<component> ("Component API": the rendered element of each part). They bring no
 * styles: their look is their classes. `Dialog` renders its panel's container in a portal; `DialogPanel`,
 * `Dialog.Panel` are its box.
 */
import type { ComponentData, LibraryModule } from './types.js';

const CHECKED = ['checked', 'defaultChecked'];
const DIV: ComponentData = { semantic: 'container', renders: 'div', style: {} };

export const headlessui: LibraryModule = {
  id: 'headlessui',
  matches: (source) => (source === '@headlessui/react' ? {} : undefined),
  components: {
    // v1 and v2 both render a <button role="switch"> and a <span role="checkbox">.
    Switch: { semantic: 'switch', checkedProps: CHECKED, renders: 'button', style: {} },
    Checkbox: { semantic: 'checkbox', checkedProps: CHECKED, renders: 'span', style: {} },
    // Options to pick, shown while open (`Listbox`, `Combobox`), or a native select's (v2's `Select`).
    Listbox: { semantic: 'select', renders: 'none', style: {} },
    Combobox: { semantic: 'select', renders: 'none', style: {} },
    Select: { semantic: 'select', renders: 'select', style: {} },
    Radio: { semantic: 'radio', checkedProps: CHECKED, renders: 'span', style: {} },
    'RadioGroup.Option': { semantic: 'radio', checkedProps: CHECKED, renders: 'div', style: {} },
    RadioGroup: DIV,
    Field: DIV,
    Label: { semantic: 'label', renders: 'label', style: {} },
    'Switch.Label': { semantic: 'label', renders: 'label', style: {} },
    'Switch.Group': { semantic: 'container', renders: 'none', style: {} },
    Description: { semantic: 'text', renders: 'p', style: {} },
    Button: { semantic: 'button', renders: 'button', style: {} },
    // Rendered in a portal (headlessui.com/react/dialog: "Rendering to a portal").
    Dialog: { semantic: 'dialog', renders: 'div', style: {}, portal: {} },
    DialogPanel: { semantic: 'container', renders: 'div', style: {} },
    'Dialog.Panel': { semantic: 'container', renders: 'div', style: {} },
    DialogTitle: { semantic: 'heading', renders: 'h2', style: {} },
    'Dialog.Title': { semantic: 'heading', renders: 'h2', style: {} },
    DialogBackdrop: DIV,
    'Dialog.Description': { semantic: 'text', renders: 'p', style: {} },
    CloseButton: { semantic: 'button', renders: 'button', style: {} },
  },
};
