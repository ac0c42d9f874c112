/**
 * A wrapper that picks its class from a prop (`className={variant === 'ghost' ? styles.ghost : styles.solid}`, or
 * `styles[variant]` with a default) is
 * rendered with the value each use site passes, so `<Btn variant="ghost">` is the ghost button: through the checker
 * and through ESLint.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import noUnbalancedChoices from '../../rules/no-unbalanced-choices.js';
import { recommendedRules } from '../../src/catalog/index.js';
import { analyseSourceInDetail } from '../../src/engine/analyse.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { ruleTester } from '../rules/rule-tester.js';
import { tempProjects } from '../helpers/temp-project.js';
import { bothRunner } from '../helpers/both.js';

const readFile = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** A throwaway project on disk: files by relative path. */
const project = tempProjects('prop-conditions');

const CSS = `
.solid { background-color: #0b57d0; color: #ffffff; font-size: 16px; font-weight: 700; padding: 12px 24px; border: 0; }
.ghost { background: none; border: 0; padding: 0; color: #757575; font-size: 11px; font-weight: 400; }
`;

const dir = project({
  'ui/Btn.module.css': CSS,
  'ui/button.css': CSS,
  // A CSS module, chosen by a comparison.
  'ui/Btn.tsx': `import styles from './Btn.module.css';
export function Btn({ variant, children }) {
  return <button className={variant === 'ghost' ? styles.ghost : styles.solid}>{children}</button>;
}`,
  // Plain class names, chosen by a negated comparison on the props object and by `&&`/`||`.
  'ui/PlainBtn.tsx': `import './button.css';
export function PlainBtn(props) {
  return <button className={props.variant !== 'ghost' ? 'solid' : 'ghost'}>{props.children}</button>;
}`,
  // A CSS module indexed by the prop (\`styles[variant]\`), with a default.
  'ui/IndexBtn.tsx': `import clsx from 'clsx';
import styles from './Btn.module.css';
export function IndexBtn({ variant = 'solid', block = false, children }) {
  return <button className={clsx(styles[variant], block && styles.block)}>{children}</button>;
}`,
  'ui/AndBtn.tsx': `import './button.css';
export function AndBtn({ quiet = false, children }) {
  return <button className={(quiet && 'ghost') || 'solid'}>{children}</button>;
}`,
});

const dialog = (imports: string, accept: string, reject: string): string => `${imports}
export function Dialog() {
  return (
    <div role="dialog" style={{ backgroundColor: '#ffffff' }}>
      <p>We use cookies for analytics and personalised advertising.</p>
      ${accept}
      ${reject}
    </div>
  );
}
`;

const cases = {
  ghost: dialog(`import { Btn } from './ui/Btn';`, '<Btn>Accept all</Btn>', '<Btn variant="ghost">Reject all</Btn>'),
  plainGhost: dialog(`import { PlainBtn } from './ui/PlainBtn';`, '<PlainBtn variant="solid">Accept all</PlainBtn>', '<PlainBtn variant="ghost">Reject all</PlainBtn>'),
  andQuiet: dialog(`import { AndBtn } from './ui/AndBtn';`, '<AndBtn>Accept all</AndBtn>', '<AndBtn quiet>Reject all</AndBtn>'),
  indexGhost: dialog(`import { IndexBtn } from './ui/IndexBtn';`, '<IndexBtn>Accept all</IndexBtn>', '<IndexBtn variant="ghost">Reject all</IndexBtn>'),
  // Near-misses.
  bothSolid: dialog(`import { Btn } from './ui/Btn';`, '<Btn>Accept all</Btn>', '<Btn variant="solid">Reject all</Btn>'),
  bothGhost: dialog(`import { PlainBtn } from './ui/PlainBtn';`, '<PlainBtn variant="ghost">Accept all</PlainBtn>', '<PlainBtn variant="ghost">Reject all</PlainBtn>'),
  andNotQuiet: dialog(`import { AndBtn } from './ui/AndBtn';`, '<AndBtn>Accept all</AndBtn>', '<AndBtn quiet={false}>Reject all</AndBtn>'),
  indexBothSolid: dialog(`import { IndexBtn } from './ui/IndexBtn';`, '<IndexBtn>Accept all</IndexBtn>', '<IndexBtn variant="solid">Reject all</IndexBtn>'),
};

const write = (name: string, text: string): string => {
  const file = path.join(dir, `${name}.tsx`);
  writeFileSync(file, text);
  return file;
};
const check = (name: keyof typeof cases) => {
  const file = write(name, cases[name]);
  return analyseSourceInDetail({ filePath: file, text: cases[name], settings: resolveSettings(undefined), rules: recommendedRules(), readFile });
};

const WEAKER = {
  decline: 'Reject all',
  accept: 'Accept all',
  factors: 'plain text vs filled button; 11px vs 16px; regular (400) vs bold (700)',
};

describe('the checker evaluates a prop-driven class choice with the use site\'s value', () => {
  it.each(['ghost', 'plainGhost', 'andQuiet', 'indexGhost'] as const)('%s: the ghost reject is weaker than the solid accept', (name) => {
    const result = check(name);
    expect(result.messages.map((m) => `${m.ruleId}:${m.messageId}:${m.line}`)).toEqual(['honest-ui/no-unbalanced-choices:weakerDecline:7']);
    expect(result.unresolvedImports).toEqual([]);
  });

  it.each(['bothSolid', 'bothGhost', 'andNotQuiet', 'indexBothSolid'] as const)('%s: stays clean', (name) => {
    expect(check(name).messages).toEqual([]);
  });
});

ruleTester().run('no-unbalanced-choices (prop-driven classes)', noUnbalancedChoices, {
  valid: (['bothSolid', 'bothGhost', 'andNotQuiet', 'indexBothSolid'] as const).map((name) => ({ code: cases[name], filename: path.join(dir, `${name}.tsx`) })),
  invalid: (['ghost', 'plainGhost', 'andQuiet', 'indexGhost'] as const).map((name) => ({
    code: cases[name],
    filename: path.join(dir, `${name}.tsx`),
    errors: [{ messageId: 'weakerDecline' as const, data: WEAKER, line: 7, column: 7 }],
  })),
});

const both = bothRunner('loading-button');

const DS_BUTTON = `import React from 'react';
import cx from 'classnames';
import styles from './Button.module.css';
import { Spinner } from './Spinner';

type Tone = 'primary' | 'secondary';

type Props = React.ComponentPropsWithoutRef<'button'> & { tone?: Tone; fullWidth?: boolean; isLoading?: boolean };

export const Button = React.forwardRef<HTMLButtonElement, Props>(({ tone = 'primary', fullWidth = false, isLoading = false, className, children, ...rest }, ref) => (
  <button ref={ref} className={cx(styles.base, styles[tone], fullWidth && styles.block, className)} aria-busy={isLoading || undefined} {...rest}>
    {isLoading ? <Spinner size={14} /> : children}
  </button>
));
Button.displayName = 'Button';
`;

const DS_CSS = `.base { border-radius: 6px; cursor: pointer; }
.primary { background: #1d4ed8; color: #ffffff; border: 0; padding: 10px 20px; font-size: 15px; font-weight: 600; }
.secondary { background: transparent; color: #4b5563; border: 0; padding: 2px 4px; font-size: 12px; font-weight: 400; text-decoration: underline; }
.block { display: block; width: 100%; }
`;

const CONSENT_DIALOG = (declineVariant: string) => `import { useState } from 'react';
import { Button } from '@/components/Button';
import { writeConsent, type ConsentChoice } from './consentCookie';

export function CookieConsentDialog({ onClose }: { onClose: () => void }) {
  const [saving, setSaving] = useState<ConsentChoice | null>(null);
  async function choose(choice: ConsentChoice) {
    setSaving(choice);
    await writeConsent(choice);
    onClose();
  }
  return (
    <div role="dialog" aria-labelledby="cookie-title" style={{ background: '#ffffff', padding: 24 }}>
      <h2 id="cookie-title">Cookies on Tallyboard</h2>
      <p>With your consent we use analytics cookies and advertising cookies from our partners.</p>
      <Button isLoading={saving === 'all'} onClick={() => choose('all')}>Accept all cookies</Button>
      <Button tone="${declineVariant}" isLoading={saving === 'essential'} onClick={() => choose('essential')}>Reject all</Button>
    </div>
  );
}
`;

describe("a design system's loading button: `{isLoading ? <Spinner /> : children}` and `styles[tone]`", () => {
  const files = (declineVariant: string) => ({
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }),
    'src/components/Button.tsx': DS_BUTTON,
    'src/components/Button.module.css': DS_CSS,
    'src/features/consent/CookieConsentDialog.tsx': CONSENT_DIALOG(declineVariant),
  });

  it('reads each button by the label it shows when not loading and the tone its use site picks', async () => {
    const result = await both(files('secondary'), 'src/features/consent/CookieConsentDialog.tsx', ['no-unbalanced-choices']);
    expect(result.checker).toEqual(['no-unbalanced-choices weakerDecline 17:7']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: both buttons in the primary tone stay clean', async () => {
    const result = await both(files('primary'), 'src/features/consent/CookieConsentDialog.tsx', ['no-unbalanced-choices']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});

const ICON_BUTTON = `import * as React from 'react';
import { Slot } from '@radix-ui/react-slot';
import { Loader2 } from 'lucide-react';
import { cn } from '@/utils';

export interface ButtonProps extends React.ButtonHTMLAttributes<HTMLButtonElement> {
  asChild?: boolean;
  loading?: boolean;
  Icon?: React.ElementType;
}

export const Button = React.forwardRef<HTMLButtonElement, ButtonProps>(({ className, asChild = false, loading = false, Icon, children, ...props }, ref) => {
  const Comp = asChild ? Slot : 'button';
  return (
    <Comp className={cn('inline-flex items-center rounded-md px-4 py-2 text-sm font-medium', className)} ref={ref} disabled={loading || props.disabled} {...props}>
      {loading || Icon ? (
        <>
          {loading ? <Loader2 className="mr-2 size-4 animate-spin" /> : Icon ? <Icon className="mr-2 size-4" /> : null}
          {children}
        </>
      ) : (
        children
      )}
    </Comp>
  );
});
`;

const ANALYTICS_BANNER = `import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { grantAnalytics } from '@/utils/analytics';

export function AnalyticsConsentBanner() {
  const [saving, setSaving] = useState(false);
  return (
    <div role="dialog" aria-label="Analytics">
      <p>We would like to use analytics cookies to understand how the app is used.</p>
      <Button loading={saving} onClick={() => { setSaving(true); void grantAnalytics(); }}>Allow analytics</Button>
    </div>
  );
}
`;

describe('a button whose children sit in both ways of a ternary', () => {
  it('shows its children once: the prompt offers "Allow analytics", not twice', () => {
    const dir = project({ 'src/components/ui/button.tsx': ICON_BUTTON, 'src/AnalyticsConsentBanner.tsx': ANALYTICS_BANNER, 'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }) });
    const file = path.join(dir, 'src/AnalyticsConsentBanner.tsx');
    const result = analyseSourceInDetail({ filePath: file, text: ANALYTICS_BANNER, settings: resolveSettings(undefined), rules: recommendedRules(), readFile });
    expect(result.messages.map((m) => m.message.match(/offers '([^']*)'/)?.[1])).toEqual(['Allow analytics']);
  });
});

const INPUT = `import { useState, type InputHTMLAttributes } from 'react';
import { Icon } from './Icon';

export function Input({ type: typeProp = 'text', ...props }: InputHTMLAttributes<HTMLInputElement>) {
  const [type, setType] = useState(typeProp);
  return (
    <div className="input-container">
      <input type={type} {...props} />
      {typeProp === 'password' && (
        <button type="button" aria-label={type === 'password' ? 'Show password' : 'Hide password'} aria-pressed={type === 'text'} onClick={() => setType(type === 'password' ? 'text' : 'password')}>
          <Icon name={type === 'password' ? 'eye' : 'eye-off'} />
        </button>
      )}
    </div>
  );
}
`;

const ONBOARDING = (emailType: string) => `import { Input } from '@/components/Input';

export function OnboardingForm({ onSubmit }: { onSubmit: () => void }) {
  return (
    <form onSubmit={onSubmit}>
      <label htmlFor="email">Work email</label>
      <Input id="email" name="email" type="${emailType}" />
      <label>
        <input type="checkbox" name="contact_consent" />
        Opt in to a free onboarding call. You won't be subscribed to any marketing communications.
      </label>
      <button type="submit">Continue</button>
    </form>
  );
}
`;

describe("a condition on a prop the use site passes as a constant: an input's password-reveal button", () => {
  const files = (emailType: string) => ({
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }),
    'src/components/Input.tsx': INPUT,
    'src/onboarding/OnboardingForm.tsx': ONBOARDING(emailType),
  });

  it('renders no reveal button for an email field, so no unlabelled toggle sits in the consent form', async () => {
    const result = await both(files('email'), 'src/onboarding/OnboardingForm.tsx', ['toggle-state-clarity']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it("reads a password field's reveal button by the name it shows ('Show password'): it works the page, it grants nothing", async () => {
    const result = await both(files('password'), 'src/onboarding/OnboardingForm.tsx', ['toggle-state-clarity']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});
