/**
 * A web or e-mail address in copy names a place: its words say nothing. dub's login page ends with a banner
 * "Log in at partners.dub.co" below its "Continue with ..." buttons, and "partners" read as the word of data
 * sharing made it a disclosure buried under the button. The same banner saying that data is shared with partners
 * is still one. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('web-addresses');

const page = (banner: { text: string; cta: string }): string => `import Link from 'next/link';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { AuthLayout } from '@/components/layout/auth-layout';
import { GoogleIcon } from '@/components/icons';

function AlternativeBanner({ text, cta, href }: { text: string; cta: string; href: string }) {
  return (
    <Link href={href} className="relative block overflow-hidden rounded-lg border border-neutral-200 bg-neutral-50 px-2 py-4">
      <div className="relative text-center text-sm text-neutral-600">
        <p>{text}</p>
        <span className="block font-semibold text-neutral-800">{cta}</span>
      </div>
    </Link>
  );
}

export default function LoginPage() {
  const [clicked, setClicked] = useState(false);
  return (
    <AuthLayout>
      <div className="w-full max-w-sm">
        <h3 className="text-center text-xl font-semibold">Log in to your Acme account</h3>
        <div className="mt-8 flex flex-col gap-3">
          <Button
            className="w-full"
            disabled={clicked}
            onClick={() => {
              setClicked(true);
              signIn('google', { callbackUrl: '/dashboard' });
            }}
          >
            <GoogleIcon className="size-4" />
            Continue with Google
          </Button>
        </div>
        <p className="mt-6 text-center text-sm text-neutral-500">
          By continuing, you agree to our <Link href="/legal/terms">Terms of Service</Link> and{' '}
          <Link href="/legal/privacy">Privacy Policy</Link>.
        </p>
        <div className="mt-12 w-full">
          <AlternativeBanner
            text=${JSON.stringify(banner.text)}
            cta=${JSON.stringify(banner.cta)}
            href="https://partners.acme.co/login"
          />
        </div>
      </div>
    </AuthLayout>
  );
}
`;

describe('web and e-mail addresses in copy', () => {
  it('near-miss: "Log in at partners.acme.co" below "Continue with Google" discloses no data sharing', async () => {
    const result = await both({ 'app/login/page.tsx': page({ text: 'Looking for your Acme partner account?', cta: 'Log in at partners.acme.co' }) }, 'app/login/page.tsx', ['no-buried-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('near-miss: a support address (partners@acme.co) there discloses nothing either', async () => {
    const result = await both({ 'app/login/page.tsx': page({ text: 'Questions about the partner program?', cta: 'Write to partners@acme.co' }) }, 'app/login/page.tsx', ['no-buried-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('the same banner saying that the data goes to partners is a disclosure buried under the button', async () => {
    const result = await both(
      { 'app/login/page.tsx': page({ text: 'Your profile is shared with our partners at partners.acme.co.', cta: 'Log in at partners.acme.co' }) },
      'app/login/page.tsx',
      ['no-buried-consent'],
    );
    expect(result.checker).toEqual(['no-buried-consent buriedDisclosure 43:11']);
    expect(result.eslint).toEqual(result.checker);
  });
});
