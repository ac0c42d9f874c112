/**
 * Radix UI primitives (`@radix-ui/react-*`): unstyled parts, each rendering one element (radix-ui.com/primitives/
 * docs/components/<name>, "Anatomy" and the API reference's rendered element). They bring no styles of their own,
 * so what a part looks like is what its classes and the page's stylesheets say; a part that renders no element (a
 * `Root` holding context, a `Portal`) draws no box, and its children take part in the layout around it.
 *
 * shadcn/ui builds its dialog, sheet, switch and checkbox on these parts (src/libraries/shadcn.ts).
 */
import type { ComponentData, LibraryModule } from './types.js';

const CHECKED = ['checked', 'defaultChecked'];
const NONE: ComponentData = { semantic: 'container', renders: 'none', style: {} };
const DIV: ComponentData = { semantic: 'container', renders: 'div', style: {} };
const BUTTON: ComponentData = { semantic: 'button', renders: 'button', style: {} };
/** A `Portal` part: its content is drawn at the end of the document's body (radix-ui.com/primitives/docs/utilities/portal). */
const PORTAL: ComponentData = { ...NONE, portal: {} };

/** A dialog's parts (Dialog, AlertDialog; Sheet in shadcn is a Dialog): radix-ui.com/primitives/docs/components/dialog. */
function dialogParts(primitive: string, extra: Record<string, ComponentData> = {}): Record<string, ComponentData> {
  return {
    [`${primitive}.Root`]: NONE,
    [`${primitive}.Portal`]: PORTAL,
    [`${primitive}.Trigger`]: BUTTON,
    [`${primitive}.Overlay`]: DIV,
    [`${primitive}.Content`]: { semantic: 'dialog', renders: 'div', style: {} },
    [`${primitive}.Title`]: { semantic: 'heading', renders: 'h2', style: {} },
    [`${primitive}.Description`]: { semantic: 'text', renders: 'p', style: {} },
    [`${primitive}.Close`]: BUTTON,
    ...extra,
  };
}

/**
 * A hover part's trigger is read as what it wraps. With `asChild` (often passed through a wrapper's `{...props}`,
 * as shadcn's `TooltipTrigger` does) the child itself takes the trigger's props; without, Radix draws a `<button>`
 * around an info icon. Either way it shows a tooltip and is never a choice: cline's settings wrap their telemetry
 * checkbox in one, which read as an "Allow error and usage reporting" button.
 */
const HOVER_TRIGGER = NONE;

/**
 * Tooltip and HoverCard: their content is a floating layer of its own, as a popover's is, and Radix mounts it only
 * while the trigger is hovered or focused: at first render it is not on the page (`display: none` here), so its
 * words are not measured as the page's print.
 */
function hoverParts(primitive: string): Record<string, ComponentData> {
  return {
    [`${primitive}.Provider`]: NONE,
    [`${primitive}.Root`]: NONE,
    [`${primitive}.Portal`]: PORTAL,
    [`${primitive}.Trigger`]: HOVER_TRIGGER,
    [`${primitive}.Content`]: { semantic: 'dialog', renders: 'div', style: { base: { display: 'none' } } },
    [`${primitive}.Arrow`]: { semantic: 'other', renders: 'svg', style: {} },
  };
}

/**
 * Select: a `Root` holding the value (its options are values to pick, not text stated), a `Trigger` button showing
 * the `Value`, and a `Content` listbox of `Item`s that Radix mounts only while the select is open: at first render its
 * options are not on the page (radix-ui.com/primitives/docs/components/select).
 */
const SELECT_CONTENT: ComponentData = { semantic: 'other', renders: 'div', style: { base: { display: 'none' } } };
const selectParts: Record<string, ComponentData> = {
  'select.Root': { semantic: 'select', renders: 'none', style: {} },
  'select.Trigger': BUTTON,
  'select.Value': { semantic: 'other', renders: 'span', style: {} },
  'select.Icon': { semantic: 'other', renders: 'span', style: {} },
  'select.Portal': PORTAL,
  'select.Content': SELECT_CONTENT,
};

/** `dialog.Content` as the `radix-ui` package names it: `Dialog.Content`, `AlertDialog.Action`, `RadioGroup.Item`. */
function umbrellaKeys(components: Record<string, ComponentData>): Record<string, ComponentData> {
  const pascal = (primitive: string): string => primitive.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return Object.fromEntries(Object.entries(components).map(([key, data]) => [key.replace(/^[a-z-]+/, pascal), data]));
}

const parts: Record<string, ComponentData> = {
  'switch.Root': { semantic: 'switch', checkedProps: CHECKED, renders: 'button', style: {} },
  'switch.Thumb': { semantic: 'other', renders: 'span', style: {} },
  'checkbox.Root': { semantic: 'checkbox', checkedProps: CHECKED, renders: 'button', style: {} },
  'checkbox.Indicator': { semantic: 'other', renders: 'span', style: {} },
  'radio-group.Root': { semantic: 'container', renders: 'div', style: {} },
  'radio-group.Item': { semantic: 'radio', checkedProps: CHECKED, renders: 'button', style: {} },
  'radio-group.Indicator': { semantic: 'other', renders: 'span', style: {} },
  'label.Root': { semantic: 'label', renders: 'label', style: {} },
  'label.Label': { semantic: 'label', renders: 'label', style: {} },
  ...dialogParts('dialog'),
  ...dialogParts('alert-dialog', { 'alert-dialog.Action': BUTTON, 'alert-dialog.Cancel': BUTTON, 'alert-dialog.Content': { semantic: 'dialog', renders: 'div', style: {} } }),
  'popover.Root': NONE,
  'popover.Portal': PORTAL,
  'popover.Trigger': BUTTON,
  'popover.Content': { semantic: 'dialog', renders: 'div', style: {} },
  'popover.Close': BUTTON,
  'slot.Slot': { semantic: 'other', renders: undefined },
  ...hoverParts('tooltip'),
  ...hoverParts('hover-card'),
  ...selectParts,
};

export const radix: LibraryModule = {
  id: 'radix',
  matches: (source) => {
    // `import * as Switch from '@radix-ui/react-switch'` → <Switch.Root>: the subpath names the primitive.
    const primitive = /^@radix-ui\/react-([a-z-]+)$/.exec(source)?.[1];
    if (primitive) return { component: primitive };
    // The one package of them all (shadcn/ui's newer components): `import { Dialog as DialogPrimitive } from 'radix-ui'`.
    return source === 'radix-ui' ? {} : undefined;
  },
  components: { ...parts, ...umbrellaKeys(parts) },
};
