/**
 * Motion (framer-motion): \`<motion.div>\` and \`<m.button>\` are the HTML elements they name, animated. Consent banners
 * slide in with them (midday's onboarding, dub's and papermark's dialogs import from framer-motion); read as
 * components nobody can see into, their buttons were no buttons and their layout unknown.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('motion');

const PACKAGE = JSON.stringify({ name: 'acme-web', private: true, dependencies: { next: '15.1.0', react: '19.0.0', motion: '12.4.7', 'framer-motion': '11.18.2' }, devDependencies: { tailwindcss: '3.4.17' } });
const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./*'] }, jsx: 'preserve' } });
const CSS = '@tailwind base;\n@tailwind components;\n@tailwind utilities;\n';

const BANNER = `'use client';

import { AnimatePresence, motion } from 'motion/react';
import { useConsent } from '@/lib/consent';

export function CookieBanner() {
  const { decided, acceptAll, rejectAll } = useConsent();
  return (
    <AnimatePresence>
      {!decided && (
        <motion.div
          initial={{ y: 80, opacity: 0 }}
          animate={{ y: 0, opacity: 1 }}
          exit={{ y: 80, opacity: 0 }}
          className="fixed inset-x-0 bottom-0 z-50 border-t border-zinc-200 bg-white p-4 shadow-lg"
        >
          <div className="mx-auto flex max-w-4xl items-center justify-between gap-4">
            <p className="text-sm text-zinc-700">
              We use cookies for analytics and personalised advertising.
            </p>
            <div className="flex items-center gap-3">
              <motion.button whileTap={{ scale: 0.97 }} onClick={rejectAll} className="text-xs text-zinc-400 hover:underline">
                No thanks
              </motion.button>
              <motion.button whileTap={{ scale: 0.97 }} onClick={acceptAll} className="rounded-md bg-zinc-900 px-4 py-2 text-sm font-medium text-white">
                Accept all
              </motion.button>
            </div>
          </div>
        </motion.div>
      )}
    </AnimatePresence>
  );
}
`;

// LazyMotion's elements, imported whole from motion/react-m.
const LAZY = BANNER.replace("import { AnimatePresence, motion } from 'motion/react';", "import { AnimatePresence } from 'framer-motion';\nimport * as m from 'motion/react-m';").replaceAll('motion.', 'm.');
// Both choices drawn alike.
const BALANCED = BANNER.replace('className="text-xs text-zinc-400 hover:underline"', 'className="rounded-md bg-zinc-900 px-4 py-2 text-sm font-medium text-white"').replace('No thanks', 'Reject all');
// A project's own module named motion.
const LOCAL = BANNER.replace("import { AnimatePresence, motion } from 'motion/react';", "import { AnimatePresence } from 'motion/react';\nimport { motion } from '@/lib/motion';");

const project = (banner: string): Record<string, string> => ({ 'package.json': PACKAGE, 'tsconfig.json': TSCONFIG, 'app/globals.css': CSS, 'components/CookieBanner.tsx': banner });

describe("Motion's animated elements", () => {
  it('reads motion.div and motion.button from motion/react as the div and buttons they render', async () => {
    const result = await both(project(BANNER), 'components/CookieBanner.tsx', ['no-hidden-decline', 'no-unbalanced-choices']);
    const expected = ['no-hidden-decline nearInvisible 22:15', 'no-unbalanced-choices weakerDecline 22:15'];
    expect(result).toEqual({ eslint: expected, checker: expected });
  });

  it("reads LazyMotion's m.div and m.button, imported whole from motion/react-m, alike", async () => {
    const result = await both(project(LAZY), 'components/CookieBanner.tsx', ['no-hidden-decline', 'no-unbalanced-choices']);
    const expected = ['no-hidden-decline nearInvisible 23:15', 'no-unbalanced-choices weakerDecline 23:15'];
    expect(result).toEqual({ eslint: expected, checker: expected });
  });

  it('lays out what AnimatePresence wraps as if it were not there: it draws no element of its own', async () => {
    const files = { 'package.json': PACKAGE, 'tsconfig.json': TSCONFIG, 'app/globals.css': CSS, 'components/AiOnboarding.tsx': `'use client';

import { AnimatePresence } from 'framer-motion';
import { useOnboarding } from '@/lib/onboarding';

export function AiOnboarding() {
  const { step, next } = useOnboarding();
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-4 p-8 text-center">
      <h1 className="text-2xl font-semibold">Meet your writing assistant</h1>
      <AnimatePresence mode="wait">
        <button key={step} onClick={next} className="rounded-md bg-black px-4 py-2 text-sm text-white">
          Get started
        </button>
        <p className="text-sm text-neutral-600">Your drafts are used to train and improve our AI models.</p>
      </AnimatePresence>
    </div>
  );
}
` };
    const expected = ['no-buried-consent buriedDisclosure 15:9'];
    expect(await both(files, 'components/AiOnboarding.tsx', ['no-buried-consent'])).toEqual({ eslint: expected, checker: expected });
  });

  it('finds nothing when both choices are drawn alike', async () => {
    expect(await both(project(BALANCED), 'components/CookieBanner.tsx')).toEqual({ eslint: [], checker: [] });
  });

  it("takes a project's own module named motion for a component it cannot see into, not for Motion's", async () => {
    expect(await both(project(LOCAL), 'components/CookieBanner.tsx', ['no-hidden-decline', 'no-unbalanced-choices'])).toEqual({ eslint: [], checker: [] });
  });
});
