/**
 * The component libraries honest-ui knows, one module each (src/libraries/<id>.ts), and the one lookup that finds a
 * library component from an element's import: keyed on the IMPORT SOURCE (`@mui/material`, `antd`, ...), never on
 * the name alone, so a local component that happens to be called `Button` gets nothing from here.
 */
import { antd } from './antd.js';
import { chakra } from './chakra.js';
import { headlessui } from './headlessui.js';
import { formik } from './formik.js';
import { lingui } from './lingui.js';
import { mantine } from './mantine.js';
import { mui } from './mui.js';
import { radix } from './radix.js';
import { reactBootstrap } from './react-bootstrap.js';
import { react } from './react.js';
import { reactCookieConsent } from './react-cookie-consent.js';
import { motion } from './motion.js';
import { reactEmail } from './react-email.js';
import { reactNative } from './react-native.js';
import { reactNativePaper } from './react-native-paper.js';
import { vanillaCookieConsent } from './vanilla-cookieconsent.js';
import { shadcn } from './shadcn.js';
import type { ComponentData, LibraryModule, PresetInput, SlotPlace } from './types.js';

export const LIBRARIES: readonly LibraryModule[] = [mui, antd, chakra, mantine, shadcn, radix, reactBootstrap, headlessui, reactCookieConsent, reactEmail, motion, react, lingui, formik, reactNative, reactNativePaper, vanillaCookieConsent];

export function libraryById(id: string): LibraryModule | undefined {
  return LIBRARIES.find((library) => library.id === id);
}

export interface LibraryComponent {
  library: LibraryModule;
  /** The component's key in its library's table: `Button`, `Form.Check`, `dialog.Content`. */
  name: string;
  data: ComponentData;
}

/** The library component an element is, from its import source and name (its exported name when renamed). */
export function libraryComponent(input: Pick<PresetInput, 'name' | 'importSource' | 'importedName'>): LibraryComponent | undefined {
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
      const data = library.components[candidate];
      if (data) return { library, name: candidate, data };
    }
    return undefined;
  }
  return undefined;
}

/**
 * Where a library draws the element an element-valued prop holds (`footer={<Button/>}` on an antd Modal: after the
 * body); undefined for a prop that is no slot of a known component.
 */
export function slotPlace(owner: { library?: { id: string; component: string } | undefined }, prop: string): SlotPlace | undefined {
  const ref = owner.library;
  return ref ? libraryById(ref.id)?.components[ref.component]?.slots?.[prop] : undefined;
}

export type { ComponentData, LibraryModule, PresetInput } from './types.js';
