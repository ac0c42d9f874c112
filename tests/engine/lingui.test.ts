/**
 * Lingui's `<Trans>` macro (`@lingui/react/macro`, v4's `@lingui/macro`) draws its children as written, with no
 * element of its own; the runtime `<Trans id>` of `@lingui/react` draws a catalog's message and stays unknown.
 * Both doors.
 */
import { describe, expect, it } from 'vitest';
import { bothDoors } from '../helpers/both-doors.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('lingui');

const banner = (source: string, decline: string) => `import { Trans } from '${source}';
import { useState } from 'react';
import { saveConsent } from '@/lib/consent';

export function CookieBanner() {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  const choose = (all: boolean) => saveConsent({ analytics: all, marketing: all }).then(() => setOpen(false));

  return (
    <div role="dialog" aria-live="polite" className="fixed inset-x-0 bottom-0 z-50 border-t bg-white p-4 text-sm">
      <p>
        <Trans>
          We use cookies for analytics and to show you personalised ads with our partners. Read our{' '}
          <a href="/privacy" className="underline">privacy policy</a>.
        </Trans>
      </p>
      <div className="mt-3 flex gap-2">
        ${decline}
        <button type="button" className="rounded bg-black px-4 py-2 text-white" onClick={() => choose(true)}>
          <Trans>Accept all</Trans>
        </button>
      </div>
    </div>
  );
}
`;

const REJECT = `<button type="button" className="rounded bg-black px-4 py-2 text-white" onClick={() => choose(false)}>
          <Trans>Reject all</Trans>
        </button>`;

const files = (source: string, decline: string) => ({
  'package.json': JSON.stringify({ name: 'shop', private: true, dependencies: { react: '^18.3.1', '@lingui/core': '^5.2.0', '@lingui/react': '^5.2.0', tailwindcss: '^3.4.10' } }),
  'app/components/cookie-banner.tsx': banner(source, decline),
});

const FILE = 'app/components/cookie-banner.tsx';

async function findings(source: string, decline: string): Promise<string[]> {
  const { checker, eslint } = await bothDoors(project(files(source, decline)), FILE);
  expect(eslint).toEqual(checker);
  return checker;
}

describe("Lingui's Trans macro", () => {
  it('reads the words it wraps: a banner with only "Accept all" has no decline, in v5 and v4 imports', async () => {
    expect(await findings('@lingui/react/macro', '')).toEqual(['11:5 require-decline-option missingDecline']);
    expect(await findings('@lingui/macro', '')).toEqual(['11:5 require-decline-option missingDecline']);
  });

  it('near-miss: the same banner with "Reject all" drawn alike is clean', async () => {
    expect(await findings('@lingui/react/macro', REJECT)).toEqual([]);
  });

  it('measures the choice it labels: a "Reject all" in small grey text beside the black "Accept all" is weaker', async () => {
    const faint = `<button type="button" className="px-2 py-2 text-xs text-gray-500 underline" onClick={() => choose(false)}>
          <Trans>Reject all</Trans>
        </button>`;
    expect(await findings('@lingui/react/macro', faint)).toEqual(['19:9 no-unbalanced-choices weakerDecline']);
  });

  it("near-miss: the runtime Trans of @lingui/react draws a catalog's message, which stays unknown (no finding)", async () => {
    const runtime = `<button type="button" className="rounded bg-black px-4 py-2 text-white" onClick={() => choose(false)}>
          <LinguiTrans id="banner.reject" />
        </button>`;
    const source = banner('@lingui/react/macro', runtime).replace("import { Trans } from '@lingui/react/macro';", "import { Trans } from '@lingui/react/macro';\nimport { Trans as LinguiTrans } from '@lingui/react';");
    const dir = project({ ...files('@lingui/react/macro', ''), [FILE]: source });
    const { checker, eslint } = await bothDoors(dir, FILE);
    expect(eslint).toEqual(checker);
    expect(checker).toEqual([]);
  });
});
