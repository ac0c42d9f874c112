/**
 * shadcn/ui: components copied into the project (`components/ui/button.tsx`, ...), built on Radix primitives and
 * styled with Tailwind classes through `cva` and `cn` (clsx + tailwind-merge). The project's own copy is rendered
 * from its source like any local component (src/engine/components.ts): it is the project's theme and wins. The
 * classes here are the ones `npx shadcn add` writes (ui.shadcn.com/docs/components/<name>, the registry's new-york
 * v4 sources), standing in where the project's copy can't be read.
 *
 * Emphasis of Button variants: ui.shadcn.com/docs/components/button (default and destructive filled, secondary a
 * muted fill, outline bordered, ghost and link text).
 */
import type { ComponentData, LibraryModule } from './types.js';

const CHECKED = ['checked', 'defaultChecked'];

/** registry/new-york-v4/ui/button.tsx: `buttonVariants`, its base, variants and sizes. */
const BUTTON: ComponentData = {
  semantic: 'button',
  variant: { prop: 'variant', values: { default: 'filled', destructive: 'filled', secondary: 'filled', outline: 'outlined', ghost: 'text', link: 'link' }, absent: 'filled' },
  renders: 'button',
  style: {
    props: { variant: 'default', size: 'default' },
    classes: 'inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-md text-sm font-medium',
    classesWhen: [
      { props: { variant: 'default' }, classes: 'bg-primary text-primary-foreground shadow-xs' },
      { props: { variant: 'destructive' }, classes: 'bg-destructive text-white shadow-xs' },
      { props: { variant: 'outline' }, classes: 'border bg-background shadow-xs' },
      { props: { variant: 'secondary' }, classes: 'bg-secondary text-secondary-foreground shadow-xs' },
      { props: { variant: 'link' }, classes: 'text-primary underline-offset-4' },
      { props: { size: 'default' }, classes: 'h-9 px-4 py-2' },
      { props: { size: 'sm' }, classes: 'h-8 gap-1.5 px-3' },
      { props: { size: 'lg' }, classes: 'h-10 px-6' },
      { props: { size: 'icon' }, classes: 'size-9' },
    ],
  },
};

const DIALOG_CONTENT = 'bg-background fixed top-[50%] left-[50%] z-50 grid w-full max-w-[calc(100%-2rem)] translate-x-[-50%] translate-y-[-50%] gap-4 rounded-lg border p-6 shadow-lg sm:max-w-lg';

const dialogParts = (prefix: string, content: string, footer: string, header: string): Record<string, ComponentData> => ({
  [prefix]: { semantic: 'container', renders: 'none', style: {} },
  [`${prefix}Portal`]: { semantic: 'container', renders: 'none', style: {}, portal: {} },
  [`${prefix}Trigger`]: { semantic: 'button', renders: 'button', style: {} },
  // The copy `npx shadcn add` writes draws the content inside its portal.
  [`${prefix}Content`]: { semantic: 'dialog', renders: 'div', style: { classes: content }, portal: {} },
  [`${prefix}Header`]: { semantic: 'container', renders: 'div', style: { classes: header } },
  [`${prefix}Footer`]: { semantic: 'container', renders: 'div', style: { classes: footer } },
  [`${prefix}Title`]: { semantic: 'heading', renders: 'h2', style: { classes: 'text-lg leading-none font-semibold' } },
  [`${prefix}Description`]: { semantic: 'text', renders: 'p', style: { classes: 'text-muted-foreground text-sm' } },
  [`${prefix}Close`]: { semantic: 'button', renders: 'button', style: {} },
});

export const shadcn: LibraryModule = {
  id: 'shadcn',
  copiedIntoProject: true,
  // `@/components/ui/button`, `~/components/ui/switch`, `../ui/checkbox`.
  matches: (source) => {
    const file = /(?:^|\/)ui\/([a-z-]+)(?:\.[jt]sx?)?$/.exec(source)?.[1];
    return file && ['button', 'switch', 'checkbox', 'radio-group', 'dialog', 'alert-dialog', 'sheet', 'label', 'card'].includes(file) ? {} : undefined;
  },
  components: {
    Button: BUTTON,
    Switch: {
      semantic: 'switch',
      checkedProps: CHECKED,
      renders: 'button',
      style: { classes: 'peer inline-flex h-[1.15rem] w-8 shrink-0 items-center rounded-full border border-transparent shadow-xs' },
    },
    Checkbox: { semantic: 'checkbox', checkedProps: CHECKED, renders: 'button', style: { classes: 'peer border-input size-4 shrink-0 rounded-[4px] border shadow-xs' } },
    RadioGroup: { semantic: 'container', renders: 'div', style: { classes: 'grid gap-3' } },
    RadioGroupItem: { semantic: 'radio', checkedProps: CHECKED, renders: 'button', style: { classes: 'border-input text-primary aspect-square size-4 shrink-0 rounded-full border shadow-xs' } },
    Label: { semantic: 'label', renders: 'label', style: { classes: 'flex items-center gap-2 text-sm leading-none font-medium select-none' } },
    Card: { semantic: 'container', renders: 'div', style: { classes: 'bg-card text-card-foreground flex flex-col gap-6 rounded-xl border py-6 shadow-sm' } },
    CardHeader: { semantic: 'container', renders: 'div', style: { classes: 'grid auto-rows-min items-start gap-1.5 px-6' } },
    CardTitle: { semantic: 'heading', renders: 'div', style: { classes: 'leading-none font-semibold' } },
    CardDescription: { semantic: 'text', renders: 'div', style: { classes: 'text-muted-foreground text-sm' } },
    CardContent: { semantic: 'container', renders: 'div', style: { classes: 'px-6' } },
    CardFooter: { semantic: 'container', renders: 'div', style: { classes: 'flex items-center px-6' } },
    ...dialogParts('Dialog', DIALOG_CONTENT, 'flex flex-col-reverse gap-2 sm:flex-row sm:justify-end', 'flex flex-col gap-2 text-center sm:text-left'),
    ...dialogParts('AlertDialog', DIALOG_CONTENT, 'flex flex-col-reverse gap-2 sm:flex-row sm:justify-end', 'flex flex-col gap-2 text-center sm:text-left'),
    AlertDialogAction: { ...BUTTON, variant: { ...BUTTON.variant!, absent: 'filled' } },
    AlertDialogCancel: { ...BUTTON, variant: { ...BUTTON.variant!, absent: 'outlined' }, style: { ...BUTTON.style, props: { variant: 'outline', size: 'default' } } },
    ...dialogParts('Sheet', 'bg-background fixed z-50 flex flex-col gap-4 shadow-lg', 'mt-auto flex flex-col gap-2 p-4', 'flex flex-col gap-1.5 p-4'),
  },
};
