/**
 * A component whose root is a ternary between two elements (`return variant === 'link' ? <button …link /> : <button
 * …filled />`): at a use site whose props decide the test, it renders that side; where they don't, it stays
 * unknown ("chooses its element under a condition"), a review rather than a guess. Both doors.
 */
import { describe, expect, it } from 'vitest';
import { bothDoors } from '../helpers/both-doors.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('chosen-root');

const CONSENT_BUTTON = `import type { ButtonHTMLAttributes } from 'react';

type ConsentButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'link' };

export function ConsentButton({ variant = 'primary', children, ...props }: ConsentButtonProps) {
  return variant === 'link' ? (
    <button type="button" className="text-xs text-gray-400 underline" {...props}>
      {children}
    </button>
  ) : (
    <button type="button" className="rounded-full bg-black px-6 py-3 text-base font-semibold text-white" {...props}>
      {children}
    </button>
  );
}
`;

const banner = (reject: string, signature = '') => `import { useConsent } from '@/lib/consent';
import { ConsentButton } from './ConsentButton';

export function CookieBanner(${signature}) {
  const { open, acceptAll, rejectAll } = useConsent();
  if (!open) return null;
  return (
    <div role="dialog" aria-label="Cookie preferences" className="fixed inset-x-0 bottom-0 bg-white p-6 shadow-xl">
      <p className="text-sm text-gray-800">We use cookies for analytics and advertising.</p>
      <div className="mt-4 flex gap-3">
        <ConsentButton onClick={acceptAll}>Accept all</ConsentButton>
        ${reject}
      </div>
    </div>
  );
}
`;

const shop = (reject: string, signature?: string) => ({
  'package.json': JSON.stringify({ name: 'shop', private: true, dependencies: { react: '^18.3.1', tailwindcss: '^3.4.10' } }),
  'tsconfig.json': JSON.stringify({ compilerOptions: { jsx: 'react-jsx', baseUrl: '.', paths: { '@/*': ['./src/*'] } } }),
  'src/components/ConsentButton.tsx': CONSENT_BUTTON,
  'src/components/CookieBanner.tsx': banner(reject, signature),
});

const FILE = 'src/components/CookieBanner.tsx';

describe('a component that chooses its element by a ternary on its props', () => {
  it("renders the side the use site's variant decides: the reject as a faint link beside a filled accept", async () => {
    const { checker, eslint } = await bothDoors(project(shop('<ConsentButton variant="link" onClick={rejectAll}>Reject all</ConsentButton>')), FILE);
    expect(eslint).toEqual(checker);
    expect(checker).toEqual(['12:9 no-hidden-decline nearInvisible', '12:9 no-unbalanced-choices weakerDecline']);
  });

  it('near-miss: both buttons at the default variant are drawn alike', async () => {
    const { checker, eslint } = await bothDoors(project(shop('<ConsentButton onClick={rejectAll}>Reject all</ConsentButton>')), FILE);
    expect(eslint).toEqual(checker);
    expect(checker).toEqual([]);
  });

  it("near-miss: a variant the banner's own caller decides is not guessed", async () => {
    const { checker, eslint } = await bothDoors(project(shop('<ConsentButton variant={rejectVariant} onClick={rejectAll}>Reject all</ConsentButton>', "{ rejectVariant }: { rejectVariant: 'primary' | 'link' }")), FILE);
    expect(eslint).toEqual(checker);
    expect(checker).toEqual([]);
  });
});
