/**
 * no-hidden-decline on Tailwind variants (fixtures/projects/tailwind-app, Tailwind on by its package.json): a
 * responsive or media variant that hides the decline is a condition, reported as one; a state variant is not hiding.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import rule from '../../rules/no-hidden-decline.js';
import { ruleTester, TSX, withStylesheets } from './rule-tester.js';

const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/projects/tailwind-app');
const filename = path.join(app, 'src/Banner.tsx');

const banner = (reject: string, accept = 'bg-black text-white px-6 py-3'): string => `
export function Banner() {
  return (
    <div className="bg-white text-gray-900 text-base p-6" role="dialog">
      <p>We share your data with advertising partners.</p>
      <button className="${accept}">Accept all</button>
      <button className="${reject}">Reject all</button>
    </div>
  );
}`;

const at = (condition: string, how: string) => ({ messageId: 'hiddenUnderCondition' as const, data: { decline: 'Reject all', condition, how }, line: 7, column: 7 });

ruleTester().run('no-hidden-decline (Tailwind variants)', rule, {
  valid: [
    // Near-miss: a state variant hides it only while people interact.
    { filename, code: banner('bg-black text-white px-6 py-3 hover:hidden') },
    { filename, code: banner('bg-black text-white px-6 py-3 group-hover:invisible') },
    { filename, code: banner('bg-black text-white px-6 py-3 focus:opacity-0') },
    // Near-miss: hidden when printed; nobody refuses on paper.
    { filename, code: banner('bg-black text-white px-6 py-3 print:hidden') },
    // Near-miss: hidden from 640px, shown again from 1024px by another variant: what wins depends on both
    // conditions, so it stays silent.
    { filename, code: banner('bg-black text-white px-6 py-3 sm:hidden lg:inline-block') },
    // Near-miss: the whole row of choices fades on wide screens, accept too: not a hidden decline.
    { filename, code: banner('bg-black text-white px-6 py-3 md:opacity-20', 'bg-black text-white px-6 py-3 md:opacity-20') },
    // Near-miss: a responsive opacity above the threshold.
    { filename, code: banner('bg-black text-white px-6 py-3 md:opacity-80') },
    // Near-miss: a class added at run time under a variant is two conditions deep; unknown, never guessed.
    { filename, code: banner('bg-black text-white px-6 py-3').replace('className="bg-black text-white px-6 py-3"\u003eReject', 'className={cn("bg-black text-white px-6 py-3", compact && "sm:hidden")}\u003eReject') },
    // Near-miss: outside a Tailwind project `sm:hidden` is an unknown class name.
    { filename: withStylesheets({}), code: banner('sm:hidden') },
  ],
  invalid: [
    { filename, code: banner('bg-black text-white px-6 py-3 sm:hidden'), errors: [at('screens >= 640px', 'display: none from tailwind sm:hidden')] },
    { filename, code: banner('bg-black text-white px-6 py-3 max-md:hidden'), errors: [at('screens < 768px', 'display: none from tailwind max-md:hidden')] },
    { filename, code: banner('bg-black text-white px-6 py-3 md:invisible'), errors: [at('screens >= 768px', 'visibility: hidden from tailwind md:invisible')] },
    { filename, code: banner('bg-black text-white px-6 py-3 lg:opacity-0'), errors: [at('screens >= 1024px', 'opacity: 0 from tailwind lg:opacity-0')] },
    { filename, code: banner('bg-black text-white px-6 py-3 min-[900px]:hidden'), errors: [at('screens >= 900px', 'display: none from tailwind min-[900px]:hidden')] },
    // dark: is a condition on the person's settings, as `@media (prefers-color-scheme: dark)` is.
    { filename, code: banner('bg-black text-white px-6 py-3 dark:hidden'), errors: [at('dark mode', 'display: none from tailwind dark:hidden')] },
    { filename, code: banner('bg-black text-white px-6 py-3 motion-reduce:invisible'), errors: [at('prefers-reduced-motion: reduce', 'visibility: hidden from tailwind motion-reduce:invisible')] },
    // Two media variants together are one condition.
    { filename, code: banner('bg-black text-white px-6 py-3 md:dark:hidden'), errors: [at('screens >= 768px and dark mode', 'display: none from tailwind md:dark:hidden')] },
    // A state that reveals it does not make it visible: off-screen until focused is hidden.
    {
      filename,
      code: banner('bg-black text-white px-6 py-3 sr-only focus:not-sr-only'),
      errors: [{ messageId: 'hidden', data: { decline: 'Reject all', how: 'clipped to nothing (rect(0, 0, 0, 0))' }, line: 7, column: 7 }],
    },
  ],
});

const SHEET = withStylesheets({
  'banner.css': '@media (max-width: 640px) { .faded { visibility: hidden; } .gone { opacity: 0; } }\n@media print { .printed { display: none; } }\n.focused:focus { opacity: 0; }\n',
});
const plain = (reject: string): string => `import './banner.css';

export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button className="${reject}">Reject all</button>
  </div>
);`;

ruleTester().run('no-hidden-decline (media queries beyond display)', rule, {
  valid: [
    { filename: SHEET, code: plain('printed') },
    { filename: SHEET, code: plain('focused') },
    { filename: TSX, code: plain('faded').replace("import './banner.css';", '') },
  ],
  invalid: [
    {
      filename: SHEET,
      code: plain('faded'),
      errors: [{ messageId: 'hiddenUnderCondition', data: { decline: 'Reject all', condition: '@media (max-width: 640px)', how: 'visibility: hidden from banner.css:1 .faded' }, line: 7, column: 5 }],
    },
    {
      filename: SHEET,
      code: plain('gone'),
      errors: [{ messageId: 'hiddenUnderCondition', data: { decline: 'Reject all', condition: '@media (max-width: 640px)', how: 'opacity: 0 from banner.css:1 .gone' }, line: 7, column: 5 }],
    },
  ],
});
