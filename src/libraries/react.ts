/**
 * React's own components that render their children and no element of their own: `Fragment` (written with a key in
 * a list, where `<>` can't be), `Suspense` (its children, or its fallback while they load), `StrictMode` and
 * `Profiler` (react.dev/reference/react/components). What they hold takes its styles from around them. Read under
 * the name they are imported by, or off React's default or namespace import (`<React.Fragment key={id}>`).
 */
import type { ComponentData, LibraryModule } from './types.js';

const NONE: ComponentData = { semantic: 'container', renders: 'none', style: {} };
const WRAPPERS = ['Fragment', 'Suspense', 'StrictMode', 'Profiler'];

export const react: LibraryModule = {
  id: 'react',
  matches: (source) => (source === 'react' || source === 'preact/compat' ? {} : undefined),
  components: Object.fromEntries(WRAPPERS.flatMap((name) => [[name, NONE], [`React.${name}`, NONE]])),
};
