/**
 * Motion for React (`motion/react`, and `framer-motion`, its earlier name): the components that wrap animated
 * elements draw no element of their own, so their children take part in the layout around them
 * (motion.dev/docs/react-animate-presence, react-lazy-motion, react-motion-config, react-layout-group).
 * `AnimatePresence` keeps a leaving child on the page until its exit animation ends; at first render it shows what
 * its children render. The animated elements themselves (`<motion.div>`, `<m.button>`) are the HTML elements they
 * name, read by the model builder (src/model/build.ts, motionTag).
 */
import type { ComponentData, LibraryModule } from './types.js';

const NONE: ComponentData = { semantic: 'container', renders: 'none', style: {} };

/** Where Motion's React components are imported from. */
export const MOTION_PACKAGES: ReadonlySet<string> = new Set(['motion/react', 'motion/react-client', 'motion/react-m', 'framer-motion', 'framer-motion/client', 'framer-motion/m']);

export const motion: LibraryModule = {
  id: 'motion',
  matches: (source) => (MOTION_PACKAGES.has(source) ? {} : undefined),
  components: {
    AnimatePresence: NONE,
    LazyMotion: NONE,
    MotionConfig: NONE,
    LayoutGroup: NONE,
  },
};
