/**
 * The ESLint rules on Tailwind code inside fixtures/projects/tailwind-app: the linted file's project is found by
 * walking up from its filename (tailwind.config.js with theme.extend, package.json with tailwindcss), exactly as in
 * an editor session.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fineprint from '../../rules/no-fine-print.js';
import unbalanced from '../../rules/no-unbalanced-choices.js';
import { ruleTester, TSX } from './rule-tester.js';

const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/projects/tailwind-app');
const filename = path.join(app, 'src/Banner.tsx');

const banner = (disclosure: string, accept: string, reject: string, rejectTag = 'button'): string => `
export function Banner() {
  return (
    <div className="bg-white text-gray-900 text-base p-6" role="region" aria-label="Cookie consent">
      <p className="${disclosure}">We share your data with advertising partners and third parties.</p>
      <button className="${accept}">Accept all</button>
      <${rejectTag} href="#" className="${reject}">Reject all</${rejectTag}>
    </div>
  );
}`;

ruleTester().run('no-unbalanced-choices (Tailwind)', unbalanced, {
  valid: [
    {
      // Near-miss: the same button through the theme and through arbitrary values.
      filename,
      code: banner('text-base', 'bg-brand text-white font-semibold px-6 py-3', 'bg-[#0b5fff] text-[#fff] font-[600] px-[24px] py-[12px]'),
    },
    {
      // The reject is a text link only on wide screens (`md:`): a condition, not the default.
      filename,
      code: banner('text-base', 'bg-black text-white px-6 py-3', 'bg-black text-white px-6 py-3 md:bg-transparent md:text-black'),
    },
    {
      // Outside a Tailwind project the same classes are unknown names: the buttons look alike (browser defaults).
      filename: TSX,
      code: banner('text-base', 'bg-black text-white px-6 py-3', 'text-xs underline'),
    },
  ],
  invalid: [
    {
      filename,
      code: banner('text-base', 'bg-black text-white font-semibold px-6 py-3', 'text-xs underline', 'a'),
      errors: [
        {
          messageId: 'weakerDecline',
          data: { decline: 'Reject all', accept: 'Accept all', factors: 'link vs filled button; 12px vs 16px; regular (400) vs semibold (600)' },
          line: 7,
          column: 7,
        },
      ],
    },
  ],
});

ruleTester().run('no-fine-print (Tailwind)', fineprint, {
  valid: [
    { filename, code: banner('text-base text-gray-700', 'bg-black text-white px-6 py-3', 'bg-black text-white px-6 py-3') },
    {
      // A responsive variant makes the text small only on wide screens: the default size is what counts.
      filename,
      code: banner('text-base text-gray-700 lg:text-xs', 'bg-black text-white px-6 py-3', 'bg-black text-white px-6 py-3'),
    },
    {
      // Drawn on no screen (a panel the page shows only later): not print anyone reads at first render.
      filename,
      code: banner('hidden text-xs text-gray-400', 'bg-black text-white px-6 py-3', 'bg-black text-white px-6 py-3'),
    },
  ],
  invalid: [
    {
      filename,
      code: banner('text-xs text-gray-400', 'bg-black text-white px-6 py-3', 'bg-black text-white px-6 py-3'),
      errors: [
        {
          messageId: 'smallerThanChoice',
          data: { topic: 'data sharing and data use', size: '12px', choice: 'Accept all', choiceSize: '16px', text: 'We share your data with advertising part…' },
          line: 5,
          column: 7,
        },
        {
          messageId: 'lowContrast',
          data: { topic: 'data sharing and data use', contrast: '2.53:1', color: '#9ca3af', background: '#ffffff', required: '4.5:1', text: 'We share your data with advertising part…' },
          line: 5,
          column: 7,
        },
      ],
    },
    {
      // Hidden on phones and shown from `md:` up: still on the page, still measured.
      filename,
      code: banner('hidden md:block text-xs text-gray-700', 'bg-black text-white px-6 py-3', 'bg-black text-white px-6 py-3'),
      errors: [{ messageId: 'smallerThanChoice', line: 5, column: 7 }],
    },
    {
      // `text-legal` comes from tailwind.config.js theme.extend.fontSize (11px).
      filename,
      code: banner('text-legal', 'bg-brand text-white px-6 py-3', 'bg-brand text-white px-6 py-3'),
      errors: [
        {
          messageId: 'smallerThanChoice',
          data: { topic: 'data sharing and data use', size: '11px', choice: 'Accept all', choiceSize: '16px', text: 'We share your data with advertising part…' },
          line: 5,
          column: 7,
        },
      ],
    },
  ],
});
