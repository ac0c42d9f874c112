/**
 * Lingui's JSX macro (`@lingui/react/macro`, v4's `@lingui/macro`): `<Trans>Accept all</Trans>` is compiled into a
 * message whose source text is the children as written (lingui.dev/ref/macro, "Trans"), so what it draws is its
 * children, in the source locale, with no element of its own. The runtime `<Trans id="…">` of `@lingui/react` draws a
 * catalog's message instead, and stays unknown.
 */
import type { LibraryModule } from './types.js';

export const lingui: LibraryModule = {
  id: 'lingui',
  matches: (source) => (source === '@lingui/react/macro' || source === '@lingui/macro' ? {} : undefined),
  components: {
    Trans: { semantic: 'container', renders: 'none', style: {} },
  },
};
