/**
 * A translation component renders its message in place, as text with no element of its own (react-i18next's
 * `<Trans>` with no `parent`, react-intl's `<FormattedMessage>` with its default `textComponent`, Tolgee's `<T>`):
 * the message takes the styles of the element it sits in, so fine print written through one is measured, not left
 * for review. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('translation-components');

const CSS = `.loyalty-dialog { background: #ffffff; color: #1f2937; padding: 24px; }
.loyalty-dialog .legal { font-size: 11px; color: #6b7280; }
.btn-primary { font-size: 16px; font-weight: 600; background: #b91c1c; color: #ffffff; padding: 10px 20px; border: 0; }
.btn-outline { font-size: 16px; font-weight: 600; background: #ffffff; color: #b91c1c; padding: 10px 20px; border: 1px solid #b91c1c; }
`;

const dialog = (legal: string, imports: string) => `import { useState } from 'react';
${imports}
import { saveLoyaltyConsent } from '@/api/loyalty';
import './LoyaltyDialog.css';

export function LoyaltyDialog({ onClose }: { onClose: () => void }) {
  const [saving, setSaving] = useState(false);
  const answer = async (optIn: boolean) => {
    setSaving(true);
    await saveLoyaltyConsent(optIn);
    onClose();
  };
  return (
    <div role="dialog" aria-labelledby="loyalty-title" className="loyalty-dialog">
      <h2 id="loyalty-title">Personalised offers with your card</h2>
      <p className="legal">
        ${legal}
      </p>
      <button className="btn-primary" disabled={saving} onClick={() => answer(true)}>Turn on offers</button>
      <button className="btn-outline" disabled={saving} onClick={() => answer(false)}>No thanks</button>
    </div>
  );
}
`;

const MESSAGES = { loyalty: { legal: 'We share your purchase history with partner brands and keep it for 24 months.' } };

describe('fine print written through a translation component', () => {
  it("react-i18next's <Trans>: the 11px terms are measured in the paragraph that holds them", async () => {
    const files = {
      'package.json': JSON.stringify({ name: 'carta', private: true, dependencies: { 'react-i18next': '^15.1.0', i18next: '^24.0.0' } }),
      'public/locales/en/translation.json': JSON.stringify(MESSAGES),
      'src/LoyaltyDialog.css': CSS,
      'src/LoyaltyDialog.tsx': dialog('<Trans i18nKey="loyalty.legal" components={{ policy: <a href="/privacy" /> }} />', "import { Trans } from 'react-i18next';"),
    };
    const result = await both(files, 'src/LoyaltyDialog.tsx', ['no-fine-print']);
    expect(result.checker).toEqual(['no-fine-print smallerThanChoice 17:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it("react-intl's <FormattedMessage> likewise", async () => {
    const files = {
      'src/LoyaltyDialog.css': CSS,
      'src/LoyaltyDialog.tsx': dialog(`<FormattedMessage id="loyalty.legal" defaultMessage="${MESSAGES.loyalty.legal}" />`, "import { FormattedMessage } from 'react-intl';"),
    };
    const result = await both(files, 'src/LoyaltyDialog.tsx', ['no-fine-print']);
    expect(result.checker).toEqual(['no-fine-print smallerThanChoice 17:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: the same terms at 16px stay clean', async () => {
    const files = {
      'package.json': JSON.stringify({ name: 'carta', private: true, dependencies: { 'react-i18next': '^15.1.0', i18next: '^24.0.0' } }),
      'public/locales/en/translation.json': JSON.stringify(MESSAGES),
      'src/LoyaltyDialog.css': CSS.replace('font-size: 11px', 'font-size: 16px'),
      'src/LoyaltyDialog.tsx': dialog('<Trans i18nKey="loyalty.legal" />', "import { Trans } from 'react-i18next';"),
    };
    const result = await both(files, 'src/LoyaltyDialog.tsx', ['no-fine-print']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});
