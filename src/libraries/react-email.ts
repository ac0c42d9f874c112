/**
 * React Email (`react-email` from v5, `@react-email/components`, and the package of one component each,
 * `@react-email/text`, `@react-email/button`...): the components transactional and marketing emails are written
 * with (an account's marketing preferences, a renewal reminder with its price, an upgrade offer). Each renders one
 * element with the inline styles its source sets (github.com/resend/react-email, packages/react-email/src/
 * components/<name>/<name>.tsx): `Text` a `<p>` at 14px on 24px lines with 16px above and below, `Heading` the
 * `h1`-`h6` its `as` prop names (`h1` by default) with no style of its own, `Link` an `<a>` in #067df7 without an
 * underline, `Button` an `<a>` drawn as an inline block (a link styled by the email, not a form's button: it takes
 * people to a page), `Container` a centred table at most 37.5em wide, `Section` and `Row` tables, `Column` a cell,
 * `Hr` a 1px #eaeaea rule. `Html`, `Head`, `Body` are the document's own elements; `Tailwind` (which inlines its
 * children's classes) and `Font` draw nothing of their own; `Preview` is the inbox's preview line, hidden in the
 * email itself.
 */
import type { ComponentData, LibraryModule } from './types.js';

const TABLE: ComponentData = { semantic: 'container', renders: 'table', style: {} };
const NONE: ComponentData = { semantic: 'container', renders: 'none', style: {} };
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** `@react-email/code-block` → `CodeBlock`: the component a one-component package exports. */
function componentOf(name: string): string {
  return name.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export const reactEmail: LibraryModule = {
  id: 'react-email',
  matches: (source) => {
    if (source === 'react-email' || source === '@react-email/components') return {};
    const single = /^@react-email\/([a-z-]+)$/.exec(source)?.[1];
    return single ? { component: componentOf(single) } : undefined;
  },
  components: {
    Html: { semantic: 'container', renders: 'html', style: {} },
    Head: { semantic: 'other', renders: 'head', style: {} },
    Body: { semantic: 'container', renders: 'body', style: {} },
    Tailwind: NONE,
    Font: NONE,
    Preview: { semantic: 'text', renders: 'div', style: { base: { display: 'none', overflow: 'hidden', 'line-height': '1px', opacity: '0', 'max-height': '0', 'max-width': '0' } } },
    Container: { semantic: 'container', renders: 'table', style: { base: { 'max-width': '37.5em' } } },
    Section: TABLE,
    Row: TABLE,
    Column: { semantic: 'container', renders: 'td', style: {} },
    Text: { semantic: 'text', renders: 'p', style: { base: { 'font-size': '14px', 'line-height': '24px', 'margin-top': '16px', 'margin-bottom': '16px' } } },
    Heading: {
      semantic: 'heading',
      renders: (input) => {
        const as = input.hasAttribute('as') ? input.staticAttribute('as') : 'h1';
        return typeof as === 'string' && HEADINGS.has(as) ? as : undefined;
      },
      style: {},
    },
    Link: { semantic: 'link', renders: 'a', style: { base: { color: '#067df7', 'text-decoration-line': 'none' } } },
    Button: { semantic: 'link', renders: 'a', style: { base: { 'line-height': '100%', 'text-decoration': 'none', display: 'inline-block', 'max-width': '100%' } } },
    Hr: { semantic: 'other', renders: 'hr', style: { base: { width: '100%', border: 'none', 'border-top': '1px solid #eaeaea' } } },
    Img: { semantic: 'image', renders: 'img', style: {} },
  },
};
