/**
 * Context boundaries (issue 13): names are hints, never boundaries (a class, CSS-module key or component name that
 * says "consent" or "privacy" must not make the block holding the text and "Accept" a prompt of its own, split from
 * the "Reject" beside it); controls drawn as buttons (`role="switch"` with `aria-checked`, `aria-pressed`, a
 * button that flips boolean state and draws a check or toggle icon) are controls with that state; a price or a
 * renewal is read however it is phrased ("then €9.99 every month", "renews yearly at $49", "billed annually after
 * the trial"). Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { presetRules } from '../../src/catalog/index.js';
import type { ContextSummary } from '../../src/engine/context-summary.js';
import { analyseProject } from '../../src/engine/project.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { bothRunner } from '../helpers/both.js';
import { tempProjects } from '../helpers/temp-project.js';

const both = bothRunner('boundaries');

const MODULE_CSS = `
.shell { display: block; background: #ffffff; color: #111111; font-size: 16px; }
.consentText { display: block; }
.consentBtn { font-size: 16px; font-weight: 600; background: #0b57d0; color: #ffffff; padding: 10px 18px; border: 0; }
.rejectLink { background: none; border: 0; padding: 0; font-size: 11px; color: #8a8a8a; }
.rejectBtn { font-size: 16px; font-weight: 600; background: #0b57d0; color: #ffffff; padding: 10px 18px; border: 0; }
`;

const SPLIT_BANNER = (text: string, accept: string, reject: string, rejectClass: 'rejectLink' | 'rejectBtn') => `
import styles from './ConsentBanner.module.css';
import { useConsent } from '@/hooks/use-consent';

export function ConsentBanner() {
  const { acceptAll, rejectAll } = useConsent();
  return (
    <div className={styles.shell}>
      <div className={styles.consentText}>
        <p>${text}</p>
        <button className={styles.consentBtn} onClick={acceptAll}>${accept}</button>
      </div>
      <button className={styles.${rejectClass}} onClick={rejectAll}>${reject}</button>
    </div>
  );
}
`;

const COMPONENT_BANNER = (text: string, accept: string, reject: string) => `
import styles from './ConsentBanner.module.css';

function PrivacyNoticeText({ onAccept }: { onAccept: () => void }) {
  return (
    <div className={styles.consentText}>
      <p>${text}</p>
      <button className={styles.consentBtn} onClick={onAccept}>${accept}</button>
    </div>
  );
}

export function CookieBanner({ onAccept, onReject }: { onAccept: () => void; onReject: () => void }) {
  return (
    <div className={styles.shell}>
      <PrivacyNoticeText onAccept={onAccept} />
      <button className={styles.rejectLink} onClick={onReject}>${reject}</button>
    </div>
  );
}
`;

const BANNERS = [
  ['en', 'We use cookies for analytics and personalised advertising.', 'Accept all', 'Reject all'],
  ['de', 'Wir verwenden Cookies für Statistik und personalisierte Werbung.', 'Alle akzeptieren', 'Alle ablehnen'],
  ['fr', 'Nous utilisons des cookies pour la mesure d’audience et la publicité personnalisée.', 'Tout accepter', 'Tout refuser'],
] as const;

const RULES = ['require-decline-option', 'no-unbalanced-choices', 'no-buried-consent'];

describe('names are hints, never boundaries', () => {
  it.each(BANNERS)('%s: a CSS-module key with "consent" does not split the accept from the reject beside it', async (_language, text, accept, reject) => {
    const files = (rejectClass: 'rejectLink' | 'rejectBtn') => ({ 'ConsentBanner.tsx': SPLIT_BANNER(text, accept, reject, rejectClass), 'ConsentBanner.module.css': MODULE_CSS });
    // One prompt with both choices: nothing is missing, and the reject is weighed against the accept.
    const weak = await both(files('rejectLink'), 'ConsentBanner.tsx', RULES);
    expect(weak.eslint).toEqual(['no-unbalanced-choices weakerDecline 13:7']);
    expect(weak.checker).toEqual(weak.eslint);
    expect(await both(files('rejectBtn'), 'ConsentBanner.tsx', RULES)).toEqual({ eslint: [], checker: [] });
  });

  it.each(BANNERS)('%s: a component named for its text (<PrivacyNoticeText>) is read where the banner renders it', async (_language, text, accept, reject) => {
    const result = await both({ 'CookieBanner.tsx': COMPONENT_BANNER(text, accept, reject), 'ConsentBanner.module.css': MODULE_CSS }, 'CookieBanner.tsx', RULES);
    expect(result.eslint).toEqual(['no-unbalanced-choices weakerDecline 17:7']);
    expect(result.checker).toEqual(result.eslint);
  });

  it('a banner that really offers only "Accept" is still reported where the block is its own prompt', async () => {
    const alone = SPLIT_BANNER(BANNERS[0][1], 'Accept all', 'Close', 'rejectBtn');
    const result = await both({ 'ConsentBanner.tsx': alone, 'ConsentBanner.module.css': MODULE_CSS }, 'ConsentBanner.tsx', ['require-decline-option']);
    expect(result.eslint).toEqual(['require-decline-option missingDecline 9:7']);
    expect(result.checker).toEqual(result.eslint);
  });
});

describe('controls drawn as buttons', () => {
  const ROLE_SWITCH = (label: string) => `
import { useState } from 'react';

export function AdsSetting() {
  const [enabled, setEnabled] = useState(true);
  return (
    <div className="setting-row">
      <span id="ads-label">${label}</span>
      <button type="button" role="switch" aria-checked={enabled} aria-labelledby="ads-label" onClick={() => setEnabled(!enabled)} className="switch" />
    </div>
  );
}
`;
  const PRESSED = (label: string) => `
import { useState } from 'react';

export function NewsletterToggle() {
  const [subscribed, setSubscribed] = useState(true);
  return (
    <section className="notification-settings">
      <button type="button" aria-pressed={subscribed} onClick={() => setSubscribed((value) => !value)}>${label}</button>
    </section>
  );
}
`;
  const CHECK_ICON = (label: string) => `
import { useState } from 'react';
import { CheckSquare, Square } from 'lucide-react';

export function SharingPreference() {
  const [sharing, setSharing] = useState(true);
  return (
    <div className="preferences">
      <button type="button" className="check-row" onClick={() => setSharing(!sharing)}>
        {sharing ? <CheckSquare size={16} /> : <Square size={16} />}
        <span>${label}</span>
      </button>
    </div>
  );
}
`;

  it.each([
    ['en', 'Personalised ads'],
    ['de', 'Personalisierte Werbung'],
    ['fr', 'Publicité personnalisée'],
  ])('%s: role="switch" with aria-checked on by default', async (_language, label) => {
    const result = await both({ 'AdsSetting.tsx': ROLE_SWITCH(label) }, 'AdsSetting.tsx', ['no-preselected-consent']);
    expect(result.eslint).toEqual(['no-preselected-consent preselected 9:7']);
    expect(result.checker).toEqual(result.eslint);
  });

  it.each([
    ['en', 'Newsletter with special offers'],
    ['de', 'Newsletter mit Sonderangeboten'],
    ['it', 'Newsletter con offerte esclusive'],
  ])('%s: aria-pressed toggle button on by default', async (_language, label) => {
    const result = await both({ 'NewsletterToggle.tsx': PRESSED(label) }, 'NewsletterToggle.tsx', ['no-preselected-consent']);
    expect(result.eslint).toEqual(['no-preselected-consent preselected 8:7']);
    expect(result.checker).toEqual(result.eslint);
  });

  it.each([
    ['en', 'Share my data with our partners'],
    ['fr', 'Partager mes données avec nos partenaires'],
    ['es', 'Compartir mis datos con terceros'],
  ])('%s: a button that flips state and draws a check icon', async (_language, label) => {
    const result = await both({ 'SharingPreference.tsx': CHECK_ICON(label) }, 'SharingPreference.tsx', ['no-preselected-consent']);
    expect(result.eslint).toEqual(['no-preselected-consent preselected 9:7']);
    expect(result.checker).toEqual(result.eslint);
  });

  it('near-misses: a toolbar\'s pressed "Bold", a dark-mode switch button, and a menu toggle with a chevron', async () => {
    const toolbar = `
import { useState } from 'react';
import { ChevronDown } from 'lucide-react';

export function Editor() {
  const [bold, setBold] = useState(true);
  const [dark, setDark] = useState(true);
  const [open, setOpen] = useState(true);
  return (
    <div className="editor">
      <div role="toolbar"><button aria-pressed={bold} onClick={() => setBold(!bold)}>Bold</button></div>
      <button role="switch" aria-checked={dark} onClick={() => setDark(!dark)}>Dark mode</button>
      <button onClick={() => setOpen(!open)}>Share settings <ChevronDown /></button>
    </div>
  );
}
`;
    expect(await both({ 'Editor.tsx': toolbar }, 'Editor.tsx')).toEqual({ eslint: [], checker: [] });
  });
});

describe('prices and renewals, however they are phrased', () => {
  const TRIAL = (heading: string, start: string, terms: string) => `
import styles from './Trial.module.css';

export function TrialOffer({ onStart }: { onStart: () => void }) {
  return (
    <div role="dialog" className={styles.dialog}>
      <h2>${heading}</h2>
      <button className={styles.cta} onClick={onStart}>${start}</button>
      <p className={styles.terms}>${terms}</p>
    </div>
  );
}
`;
  const TRIAL_CSS = `
.dialog { background: #ffffff; color: #111111; font-size: 16px; }
.cta { font-size: 18px; font-weight: 700; background: #111111; color: #ffffff; padding: 12px 24px; border: 0; }
.terms { font-size: 10px; color: #9a9a9a; }
`;

  it.each([
    ['en', 'Try Premium free for 7 days', 'Start free trial', 'Then €9.99 every month.'],
    ['en', 'Try Premium free for 7 days', 'Start free trial', 'Renews yearly at $49.'],
    ['en', 'Try Premium free for 7 days', 'Start free trial', 'Billed annually after the trial.'],
    ['de', 'Premium 7 Tage kostenlos testen', 'Kostenlos testen', 'Danach 9,99 € pro Monat.'],
    ['fr', 'Essayez Premium gratuitement', "Commencer l'essai gratuit", 'Puis 9,99 € par mois.'],
  ])('%s: "%s": the renewal terms in small grey print are fine print, below the button they are buried', async (_language, heading, start, terms) => {
    const result = await both({ 'TrialOffer.tsx': TRIAL(heading, start, terms), 'Trial.module.css': TRIAL_CSS }, 'TrialOffer.tsx', ['no-fine-print', 'no-buried-consent']);
    expect(result.eslint).toEqual(['no-buried-consent buriedDisclosure 9:7', 'no-fine-print lowContrast 9:7', 'no-fine-print smallerThanChoice 9:7']);
    expect(result.checker).toEqual(result.eslint);
  });

  it('near-miss: "automatically" alone is no renewal term (an invoice sent to the accountant below "Upgrade")', async () => {
    const result = await both({ 'TrialOffer.tsx': TRIAL('Upgrade your subscription to Pro', 'Upgrade', 'Automatically send each invoice to your accountant.'), 'Trial.module.css': TRIAL_CSS }, 'TrialOffer.tsx', [
      'no-fine-print',
      'no-buried-consent',
    ]);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('near-miss: a delivery estimate in small print is no price or renewal term', async () => {
    const result = await both({ 'TrialOffer.tsx': TRIAL('Try Premium free for 7 days', 'Start free trial', 'Then we email you every week with tips.'), 'Trial.module.css': TRIAL_CSS }, 'TrialOffer.tsx', [
      'no-fine-print',
      'no-buried-consent',
    ]);
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});

describe('a dialog is a layer of its own', () => {
  // papermark's app layout renders its "Add more seats" dialog on every page: a dialog with no consent purpose,
  // whose "Proceed to checkout" must not become the action of the page around it.
  const LAYOUT = `
import { SeatsDialog } from './SeatsDialog';

export function AppLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <div className="border-b px-4 py-2 text-sm">Your trial ends in 3 days. Upgrade to keep your subscription.</div>
      <SeatsDialog />
      <div className="flex-1 p-6">{children}</div>
    </div>
  );
}
`;
  const SEATS = `
import { useState } from 'react';
import { usePlan } from '@/lib/swr/use-billing';

export function SeatsDialog() {
  const { planName, minQuantity, open, checkout } = usePlan();
  const [quantity, setQuantity] = useState(1);
  return (
    <div role="dialog" aria-modal="true" hidden={!open}>
      <h2>Add more seats</h2>
      <input type="number" value={quantity} onChange={(e) => setQuantity(Number(e.target.value))} />
      <p>Minimum quantity for {planName}: {minQuantity} users</p>
      <button onClick={() => checkout(quantity)}>Proceed to checkout</button>
    </div>
  );
}
`;
  const PAGE = `
import { AppLayout } from './AppLayout';
import { useBilling } from '@/lib/swr/use-billing';

export default function BillingPage() {
  const { plan } = useBilling();
  return (
    <AppLayout>
      <h1>Billing</h1>
      <p>Your subscription renews on {plan.renewsOn} at {plan.price} per month.</p>
    </AppLayout>
  );
}
`;

  it("a page's renewal terms are not buried under a dialog's checkout button, and a label's colon is no clock", async () => {
    const result = await both({ 'AppLayout.tsx': LAYOUT, 'SeatsDialog.tsx': SEATS, 'BillingPage.tsx': PAGE }, 'BillingPage.tsx', ['no-buried-consent', 'no-false-urgency', 'require-decline-option']);
    expect(result).toEqual({ eslint: [], checker: [] });
    // The dialog itself: "Minimum quantity for {planName}: {minQuantity} users" beside its checkout is a label.
    expect(await both({ 'SeatsDialog.tsx': SEATS }, 'SeatsDialog.tsx', ['no-false-urgency'])).toEqual({ eslint: [], checker: [] });
  });

  it('the same checkout with a real mm:ss timer, inside the dialog, is still reported', async () => {
    const timed = SEATS.replace('<p>Minimum quantity for {planName}: {minQuantity} users</p>', '<p>Offer ends in {minutes}:{seconds}</p>').replace('const [quantity', 'const { minutes, seconds } = useOfferClock();\n  const [quantity').replace("import { usePlan }", "import { useOfferClock } from '@/lib/offer-clock';\nimport { usePlan }");
    const result = await both({ 'SeatsDialog.tsx': timed }, 'SeatsDialog.tsx', ['no-false-urgency']);
    expect(result.eslint).toEqual(['no-false-urgency countdown 14:7']);
    expect(result.checker).toEqual(result.eslint);
  });
});

describe('a design-system button that renders the rest of its props', () => {
  // papermark's Button: `({ className, loading, ...props }) => <Comp {...props}>{loading && <Spinner />}{props.children}</Comp>`.
  const BUTTON = `
import * as React from 'react';
import { Slot } from '@radix-ui/react-slot';
import { LoadingSpinner } from './loading-spinner';

export interface ButtonProps extends React.ButtonHTMLAttributes<HTMLButtonElement> {
  asChild?: boolean;
  loading?: boolean;
}

const Button = React.forwardRef<HTMLButtonElement, ButtonProps>(({ className, disabled, loading, asChild = false, ...props }, ref) => {
  const Comp = asChild ? Slot : 'button';
  return (
    <Comp className={className} ref={ref} disabled={disabled || loading} {...props}>
      {loading ? <LoadingSpinner className="mr-1 h-5 w-5" /> : null}
      {props.children}
    </Comp>
  );
});
Button.displayName = 'Button';

export { Button };
`;
  const BANNER = `
import { Button } from '@/components/ui/button';
import { useConsent } from '@/hooks/use-consent';

export function CookieBanner() {
  const { save, saving } = useConsent();
  return (
    <div role="dialog" aria-label="Cookies" className="fixed bottom-4 left-4 right-4 rounded-lg border bg-white p-4">
      <p>We use cookies for analytics and personalised advertising.</p>
      <Button loading={saving} onClick={() => save('all')}>Accept all</Button>
    </div>
  );
}
`;
  const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./*'] } } });

  it('reads its label from the children it renders, so a banner with only "Accept all" is reported', async () => {
    const result = await both({ 'components/ui/button.tsx': BUTTON, 'components/CookieBanner.tsx': BANNER, 'tsconfig.json': TSCONFIG }, 'components/CookieBanner.tsx', ['require-decline-option']);
    expect(result.eslint).toEqual(['require-decline-option missingDecline 8:5']);
    expect(result.checker).toEqual(result.eslint);
  });
});

describe('a card is a unit of its own on a page of cards', () => {
  // shadcn/ui's block previews (and most dashboards): a grid of cards, one with a QR code's "Got it", one with a
  // dividend's amount, one about a subscription. The page is no prompt whose accept is "Got it".
  const CARD = `
import * as React from 'react';
import { cn } from '@/lib/utils';

export function Card({ className, ...props }: React.ComponentProps<'div'>) {
  return <div data-slot="card" className={cn('flex flex-col gap-6 rounded-xl border bg-card py-6 text-card-foreground shadow-sm', className)} {...props} />;
}

export function CardContent({ className, ...props }: React.ComponentProps<'div'>) {
  return <div data-slot="card-content" className={cn('px-6', className)} {...props} />;
}

export function CardFooter({ className, ...props }: React.ComponentProps<'div'>) {
  return <div data-slot="card-footer" className={cn('flex items-center px-6', className)} {...props} />;
}
`;
  const DASHBOARD = (qrCard: string) => `
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardFooter } from './card';

export default function Overview() {
  return (
    <div className="grid grid-cols-3 gap-6 bg-muted p-6">
      <div className="flex flex-col gap-6">
        ${qrCard}
        <Card>
          <CardContent>
            <p className="text-sm text-muted-foreground">Dividend income</p>
            <p className="text-2xl font-semibold">$1,842.10</p>
            <p className="text-xs text-muted-foreground">Your Pro subscription renews monthly.</p>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
`;
  const QR_CARD = `<Card>
          <CardContent>
            <p className="font-medium">Scan to connect your mobile device</p>
            <p className="text-sm text-muted-foreground">Open the app and scan this code to link your device.</p>
          </CardContent>
          <CardFooter>
            <Button variant="secondary" className="w-full">Got it</Button>
          </CardFooter>
        </Card>`;

  it("a card's \"Got it\" is not the accept of what the other cards say", async () => {
    const result = await both({ 'card.tsx': CARD, 'Overview.tsx': DASHBOARD(QR_CARD) }, 'Overview.tsx', ['no-buried-consent', 'require-decline-option', 'no-fine-print']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('a card that speaks of the subscription it asks for is still its prompt', async () => {
    const upgrade = QR_CARD.replace('Scan to connect your mobile device', 'Upgrade to Pro').replace('Open the app and scan this code to link your device.', 'Try Pro free for 14 days.').replace('Got it', 'Start free trial');
    // (The dividend card's amount is left out here: a price in another card is a question this test does not ask.)
    const result = await both({ 'card.tsx': CARD, 'Overview.tsx': DASHBOARD(upgrade).replace('$1,842.10', '12 payouts') }, 'Overview.tsx', ['no-buried-consent']);
    expect(result.checker).toEqual(['no-buried-consent buriedDisclosure 22:13']);
    expect(result.eslint).toEqual(result.checker);
  });
});

describe('a translation key passed down is not copy', () => {
  // Logto's console: the design system's Button takes a translation key as `title` and renders it through
  // DynamicT (`t(forKey)`); a notification passes its action's key on. "general.got_it" is not a "Got it" on screen
  // to accept the "subscription.update_payment" below it: both are keys.
  const DYNAMIC_T = `
import { useTranslation } from 'react-i18next';

export default function DynamicT({ forKey, interpolation }: { forKey: string; interpolation?: Record<string, unknown> }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'admin_console' });
  return <>{t(forKey, interpolation ?? {})}</>;
}
`;
  const BUTTON = `
import classNames from 'classnames';
import DynamicT from './DynamicT';

type Props = { title: string; type?: 'default' | 'primary' | 'text'; size?: 'small' | 'medium'; isLoading?: boolean; onClick?: () => void };

export default function Button({ title, type = 'default', size = 'medium', isLoading = false, onClick, ...rest }: Props) {
  return (
    <button type="button" className={classNames('button', type, size)} disabled={isLoading} onClick={onClick} {...rest}>
      {title && <span>{typeof title === 'string' ? <DynamicT forKey={title} /> : title}</span>}
    </button>
  );
}
`;
  const NOTIFICATION = `
import { forwardRef, type ReactNode, type Ref } from 'react';
import Button from './Button';

type Props = { action?: string; onClick?: () => void; isActionLoading?: boolean; actionButtonProps?: Record<string, unknown>; children: ReactNode };

function InlineNotification({ action, onClick, isActionLoading = false, actionButtonProps, children }: Props, ref?: Ref<HTMLDivElement>) {
  return (
    <div ref={ref} className="inline-notification">
      <div className="content">{children}</div>
      {action && onClick && (
        <div className="action">
          <Button title={action} type="text" size="small" {...actionButtonProps} isLoading={isActionLoading} onClick={onClick} />
        </div>
      )}
    </div>
  );
}

export default forwardRef(InlineNotification);
`;
  const ADD_ON_NOTICE = `
import { Trans, useTranslation } from 'react-i18next';
import InlineNotification from './InlineNotification';
import { useUserPreferences } from '@/hooks/use-user-preferences';

export default function AddOnUsageChangesNotification({ unitPrice }: { unitPrice: number }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'admin_console' });
  const { update } = useUserPreferences();
  return (
    <InlineNotification action="general.got_it" onClick={() => void update({ addOnChangesNoticeAcknowledged: true })}>
      <Trans>{t('subscription.usage.pricing.add_on_changes_in_current_cycle_notice', { price: unitPrice / 100 })}</Trans>
    </InlineNotification>
  );
}
`;
  const PAYMENT_NOTICE = `
import { useState } from 'react';
import DynamicT from './DynamicT';
import InlineNotification from './InlineNotification';
import { useSubscribe } from '@/hooks/use-subscribe';

export default function PaymentOverdueNotification({ amountDue }: { amountDue: number }) {
  const { visitManagePaymentPage } = useSubscribe();
  const [isActionLoading, setIsActionLoading] = useState(false);
  return (
    <InlineNotification
      action="subscription.update_payment"
      isActionLoading={isActionLoading}
      onClick={async () => {
        setIsActionLoading(true);
        await visitManagePaymentPage();
        setIsActionLoading(false);
      }}
    >
      <DynamicT forKey="subscription.payment_error" interpolation={{ price: amountDue / 100 }} />
    </InlineNotification>
  );
}
`;
  const CURRENT_PLAN = `
import AddOnUsageChangesNotification from './AddOnUsageChangesNotification';
import PaymentOverdueNotification from './PaymentOverdueNotification';

export default function CurrentPlan({ unitPrice, amountDue }: { unitPrice: number; amountDue: number }) {
  return (
    <section className="card">
      <h2>Current plan: your subscription</h2>
      <AddOnUsageChangesNotification unitPrice={unitPrice} />
      <PaymentOverdueNotification amountDue={amountDue} />
    </section>
  );
}
`;

  it('a notification\'s "general.got_it" and "subscription.update_payment" are no accept and no renewal term', async () => {
    const files = { 'DynamicT.tsx': DYNAMIC_T, 'Button.tsx': BUTTON, 'InlineNotification.tsx': NOTIFICATION, 'AddOnUsageChangesNotification.tsx': ADD_ON_NOTICE, 'PaymentOverdueNotification.tsx': PAYMENT_NOTICE, 'CurrentPlan.tsx': CURRENT_PLAN };
    expect(await both(files, 'CurrentPlan.tsx')).toEqual({ eslint: [], checker: [] });
  });
});

describe("an app shell's views, and a project's own cards, are units of their own", () => {
  // An assistant's webview (cline's App.tsx): the shell renders each view under its own flag, side by side, and the
  // chat view always. The settings view speaks of privacy and terms, the servers view has "Continue", and the chat
  // view shows a conversation's history: no prompt spans the three.
  const SETTINGS_VIEW = `
import { useSettings } from '@/state/settings';

export default function SettingsView({ onDone, section }: { onDone: () => void; section?: 'general' | 'privacy' }) {
  const { telemetry, setTelemetry } = useSettings();
  return (
    <div className="settings-view" data-section={section}>
      <h2>Settings</h2>
      <label>
        <input type="checkbox" checked={telemetry} onChange={(e) => setTelemetry(e.target.checked)} /> Allow error and usage reporting
      </label>
      <p>No code or prompts are ever sent. See our <a href="https://example.com/privacy">privacy policy</a> and <a href="https://example.com/terms">terms</a>.</p>
      <button type="button" onClick={onDone}>Done</button>
    </div>
  );
}
`;
  const SERVERS_VIEW = `
import { useState } from 'react';
import { addServer } from '@/api/servers';

export default function ServersView({ onDone }: { onDone: () => void }) {
  const [url, setUrl] = useState('');
  return (
    <div className="servers-view">
      <h2>Remote servers</h2>
      <form onSubmit={(e) => { e.preventDefault(); addServer(url).then(onDone); }}>
        <label>Server URL <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} /></label>
        <button type="submit" className="btn-primary">Continue</button>
      </form>
    </div>
  );
}
`;
  const CHAT_VIEW = `
import { useTask } from '@/state/task';

export default function ChatView({ isHidden }: { isHidden: boolean }) {
  const { task, openHistoryFile } = useTask();
  return (
    <div className="chat-view" hidden={isHidden}>
      <p>{task.title}</p>
      <button type="button" onClick={openHistoryFile}>Open conversation history file</button>
      <p>This conversation history is kept on your machine for 30 days.</p>
    </div>
  );
}
`;
  const APP = (views: string) => `
import { useEffect } from 'react';
import { openPendingSubscription } from '@/billing/subscribe';
import { useAppState } from '@/state/app';
import { useAuth } from '@/state/auth';
import ChatView from './views/ChatView';
import ServersView from './views/ServersView';
import SettingsView from './views/SettingsView';

export default function App() {
  const { showSettings, showServers, hideSettings, hideServers } = useAppState();
  const { user } = useAuth();
  // Open the subscription page once sign-in completes.
  useEffect(() => {
    if (user?.id) openPendingSubscription(user.id);
  }, [user?.id]);
  return (
    <div className="app">
      ${views}
      <ChatView isHidden={showSettings || showServers} />
    </div>
  );
}
`;
  const files = (app: string) => ({ 'views/SettingsView.tsx': SETTINGS_VIEW, 'views/ServersView.tsx': SERVERS_VIEW, 'views/ChatView.tsx': CHAT_VIEW, 'App.tsx': app });

  it("the chat view's text is not buried under another view's button", async () => {
    const result = await both(files(APP(`{showSettings && <SettingsView onDone={hideSettings} section="privacy" />}
      {showServers && <ServersView onDone={hideServers} />}`)), 'App.tsx', ['no-buried-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  /** The consent contexts the checker finds in a file, as the HTML report summarises them. */
  const contextsOf = async (dir: string, entry: string): Promise<ContextSummary[]> => {
    const found: ContextSummary[] = [];
    await analyseProject({ cwd: dir, paths: [entry], settings: resolveSettings(undefined), rules: presetRules('strict'), jobs: 1, summariseContexts: true, onDetails: (_file, details) => found.push(...(details.contexts ?? [])) });
    return found;
  };
  const projects = tempProjects('screens');

  it("keeps a screen's telemetry box to itself beside another screen's Continue", async () => {
    const dir = projects(files(APP(`{showSettings && <SettingsView onDone={hideSettings} section="privacy" />}
      {showServers && <ServersView onDone={hideServers} />}`)));
    const settings = (await contextsOf(dir, 'App.tsx')).filter((context) => context.controls.some((control) => control.label === 'Allow error and usage reporting'));
    expect(settings.map((context) => context.choices.map((choice) => choice.label))).toEqual([['Done']]);
  });

  it("near-miss: a wizard's own Continue below a step's screen commits that step", async () => {
    const wizard = `
import { useState } from 'react';
import SettingsView from './views/SettingsView';

export default function Onboarding({ onFinish }: { onFinish: () => void }) {
  const [step, setStep] = useState(0);
  return (
    <div className="onboarding">
      {step === 0 && <SettingsView onDone={() => setStep(1)} section="privacy" />}
      <button type="button" className="btn-primary" onClick={onFinish}>Continue</button>
    </div>
  );
}
`;
    const dir = projects({ ...files(APP('')), 'Onboarding.tsx': wizard });
    const settings = (await contextsOf(dir, 'Onboarding.tsx')).filter((context) => context.controls.some((control) => control.label === 'Allow error and usage reporting'));
    expect(settings.map((context) => context.choices.map((choice) => choice.label).sort())).toEqual([['Continue', 'Done']]);
  });

  it('near-miss: a view that is itself a prompt still has its buried terms reported', async () => {
    const terms = `
import { acceptTerms } from '@/api/terms';

export default function TermsUpdateView() {
  return (
    <div className="terms-view">
      <h2>Updates to our terms</h2>
      <p>Please review and accept our updated terms of service to keep using the assistant.</p>
      <button type="button" className="btn-primary" onClick={acceptTerms}>Accept and continue</button>
      <p>We may use your conversations to train and improve our models.</p>
    </div>
  );
}
`;
    const result = await both({ 'views/TermsUpdateView.tsx': terms }, 'views/TermsUpdateView.tsx', ['no-buried-consent']);
    expect(result.checker).toEqual(['no-buried-consent buriedDisclosure 10:7']);
    expect(result.eslint).toEqual(result.checker);
  });

  // A model provider's settings (cline's API options): the account card's "Sign up" answers the card, not the
  // price fields of the provider form below it, even where a subscription is mentioned on the same page.
  const ACCOUNT_CARD = `
import { useAuth } from '@/state/auth';

export function AccountInfoCard() {
  const { signUp } = useAuth();
  return (
    <div className="account-card">
      <p>Get access to the latest models with an Acme account.</p>
      <button type="button" className="btn-primary" onClick={signUp}>Sign up with Acme</button>
    </div>
  );
}
`;
  const PROVIDER_SETTINGS = `
import { useState } from 'react';
import { AccountInfoCard } from './AccountInfoCard';

export function ProviderSettings() {
  const [inputPrice, setInputPrice] = useState('');
  return (
    <div className="provider-settings">
      <h3>Model provider</h3>
      <p>Use your Acme Pro subscription, or your own API key.</p>
      <AccountInfoCard />
      <label className="field">
        <span>Input price / 1M tokens</span>
        <input type="number" value={inputPrice} onChange={(e) => setInputPrice(e.target.value)} />
      </label>
    </div>
  );
}
`;

  it("a sign-up card's button is not the accept of the price fields below it", async () => {
    const result = await both({ 'AccountInfoCard.tsx': ACCOUNT_CARD, 'ProviderSettings.tsx': PROVIDER_SETTINGS }, 'ProviderSettings.tsx', ['no-buried-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});

describe('a card drawn by its class is a unit of its own too', () => {
  // SigNoz's Kafka overview: cards drawn by a stylesheet (`overview-info-card`), each with its own "Get Started"; the
  // page's summary speaks of "your data streams", a customer's pipelines. No card's button is that text's accept.
  const OVERVIEW = (card: string) => `
import { Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import './KafkaOverview.styles.scss';

export default function KafkaOverview() {
  const navigate = useNavigate();
  return (
    <div className="kafka-overview flex flex-col gap-4">
      <h1>Kafka overview</h1>
      <p className="overview-subtext">Start sending data in as little as 20 minutes</p>
      <div className="overview-doc-area flex flex-col gap-4">
        ${card}
      </div>
      <p className="overview-text">Monitor your data streams</p>
      <div className="overview-info-card flex flex-col gap-2">
        <p className="card-title">Consumer lag view</p>
        <p className="card-info-text">Connect and monitor your data streams.</p>
        <Button onClick={() => navigate('/messaging-queues/consumer-lag')}>View details</Button>
      </div>
    </div>
  );
}
`;
  const SOURCE_CARD = `<div className="overview-info-card flex flex-col gap-2">
          <p className="card-title">Monitor Kafka</p>
          <p className="card-info-text">Add your Kafka source to gain insights and enhance activity tracking.</p>
          <Button type="primary" onClick={() => navigate('/get-started?source=kafka')}>Get started</Button>
        </div>`;

  it("a source card's \"Get started\" is not the accept of the page's text about data streams", async () => {
    const result = await both({ 'KafkaOverview.tsx': OVERVIEW(SOURCE_CARD), 'KafkaOverview.styles.scss': '.overview-info-card { border: 1px solid #e5e7eb; }\n' }, 'KafkaOverview.tsx', ['no-buried-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('near-miss: a pricing card drawn by its class, with its renewal terms below its own button, is still a prompt', async () => {
    const plans = `
import { Button } from 'antd';
import { useNavigate } from 'react-router-dom';

export default function Plans() {
  const navigate = useNavigate();
  return (
    <div className="plans flex flex-col gap-4">
      <h1>Pick a plan</h1>
      <div className="pricing-card flex flex-col gap-2">
        <p className="card-title">Cloud Teams</p>
        <p className="card-info-text">Managed Kafka monitoring with 30 days of retention.</p>
        <Button type="primary" onClick={() => navigate('/checkout?plan=teams')}>Subscribe</Button>
        <p className="card-info-text">Your subscription renews automatically every month at $199 until you cancel.</p>
      </div>
    </div>
  );
}
`;
    const result = await both({ 'Plans.tsx': plans }, 'Plans.tsx', ['no-buried-consent']);
    expect(result.checker).toEqual(['no-buried-consent buriedDisclosure 14:9']);
    expect(result.eslint).toEqual(result.checker);
  });
});

describe('a titled section of a page is a unit of its own', () => {
  // A desktop app's settings page (dyad's): each part is a <section> with its own heading. "General" holds a runtime
  // selector whose note offers "Upgrade to Pro"; "Telemetry", further down, holds a switch and what it records. The
  // switch is not buried under the other section's button.
  const SETTINGS_SECTION = `
import type { ReactNode } from 'react';
import { cn } from '@/lib/utils';

export function SettingsSection({ id, title, description, children }: { id: string; title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} className={cn('grid grid-cols-1 gap-x-12 gap-y-5 border-t py-8 md:grid-cols-[190px_1fr]', 'scroll-mt-20')}>
      <div className="self-start md:sticky md:top-6">
        <h2 className="text-[15px] font-semibold tracking-tight">{title}</h2>
        {description && <p className="mt-1.5 text-[13px] text-muted-foreground">{description}</p>}
      </div>
      <div className="min-w-0 space-y-6">{children}</div>
    </section>
  );
}
`;
  const SETTINGS_PAGE = (footer: string) => `
import { Switch } from '@/components/ui/switch';
import { Label } from '@/components/ui/label';
import { useSettings } from '@/hooks/useSettings';
import { openExternalUrl } from '@/ipc/system';
import { SettingsSection } from './SettingsSection';

export default function SettingsPage() {
  const { settings, updateSettings } = useSettings();
  return (
    <div className="mx-auto max-w-5xl px-6 py-8">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <div>
        <SettingsSection id="general" title="General">
          <label htmlFor="runtime">Runtime mode</label>
          <select id="runtime" value={settings?.runtimeMode ?? 'host'} onChange={(e) => updateSettings({ runtimeMode: e.target.value })}>
            <option value="host">Local (default)</option>
            <option value="cloud">Cloud sandbox (Pro)</option>
          </select>
          <div className="rounded bg-muted/40 p-2 text-sm text-muted-foreground">
            Cloud sandboxes are a Pro feature.{' '}
            <button type="button" className="font-medium text-primary underline" onClick={() => openExternalUrl('https://example.com/pro')}>
              Upgrade to Pro
            </button>
          </div>
        </SettingsSection>
        <SettingsSection id="telemetry" title="Telemetry" description="Anonymous usage data that helps improve the app.">
          <div className="flex items-center space-x-2">
            <Switch id="telemetry-switch" checked={settings?.telemetryConsent === 'opted_in'} onCheckedChange={(on) => updateSettings({ telemetryConsent: on ? 'opted_in' : 'opted_out' })} />
            <Label htmlFor="telemetry-switch">Send anonymous usage data</Label>
          </div>
          <p className="text-[13px] text-muted-foreground">This records which features you use and how long builds take to improve the product.</p>
        </SettingsSection>
      </div>
      ${footer}
    </div>
  );
}
`;
  const projects = tempProjects('sections');
  const files = (footer: string) => ({ 'SettingsSection.tsx': SETTINGS_SECTION, 'SettingsPage.tsx': SETTINGS_PAGE(footer) });
  /** The choices of the context that holds the telemetry switch, as the checker finds them. */
  const telemetryChoices = async (footer: string): Promise<string[][]> => {
    const found: ContextSummary[] = [];
    await analyseProject({ cwd: projects(files(footer)), paths: ['SettingsPage.tsx'], settings: resolveSettings(undefined), rules: presetRules('strict'), jobs: 1, summariseContexts: true, onDetails: (_file, details) => found.push(...(details.contexts ?? [])) });
    return found.filter((context) => context.controls.some((control) => control.label === 'Send anonymous usage data')).map((context) => context.choices.map((choice) => choice.label));
  };

  it("the telemetry switch and its note are not buried under another section's \"Upgrade to Pro\"", async () => {
    expect(await both(files(''), 'SettingsPage.tsx', ['no-buried-consent'])).toEqual({ eslint: [], checker: [] });
    expect(await telemetryChoices('')).toEqual([[]]);
  });

  it('near-miss: the page\'s own "Continue" below its sections still commits the switch, without the other section\'s button', async () => {
    const footer = `<button type="button" className="btn-primary" onClick={() => updateSettings({ saved: true })}>Continue</button>`;
    expect(await telemetryChoices(footer)).toEqual([['Continue']]);
  });
});

describe("a project's component drawn as a library's card is a card", () => {
  // A referral dashboard (civitai's): an onboarding component whose root is Mantine's Card, dismissed with "Got it",
  // above a Card about claiming a membership with the tickets friends earn.
  const ONBOARDING = `
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';

export function OnboardingSteps({ onDismiss }: { onDismiss: () => void }) {
  return (
    <Card withBorder p="lg" radius="md">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={4}>How it works</Title>
          <Button variant="subtle" size="xs" color="gray" onClick={onDismiss}>Got it</Button>
        </Group>
        <Text size="sm">Share your code. When a friend buys a membership with it, you start earning tickets.</Text>
      </Stack>
    </Card>
  );
}
`;
  const DASHBOARD = (below: string) => `
import { Card, Stack, Text, Title } from '@mantine/core';
import { useReferrals, dismissOnboarding } from '@/api/referrals';
import { OnboardingSteps } from './OnboardingSteps';

export function ReferralDashboard() {
  const { onboardingDismissed } = useReferrals();
  return (
    <Stack gap="lg">
      <Title order={2}>Referrals</Title>
      {!onboardingDismissed && <OnboardingSteps onDismiss={dismissOnboarding} />}
      ${below}
    </Stack>
  );
}
`;
  const CLAIM_CARD = `<Card withBorder p="lg" radius="md">
        <Title order={4}>Claim a membership</Title>
        <Text size="sm">Spend your tickets on a paid membership month: 1 ticket for Bronze, 2 for Silver, 3 for Gold. Your membership renews at the regular price after the months you claim.</Text>
      </Card>`;

  it('the onboarding card\'s "Got it" buries nothing in the card below it', async () => {
    const result = await both({ 'OnboardingSteps.tsx': ONBOARDING, 'ReferralDashboard.tsx': DASHBOARD(CLAIM_CARD) }, 'ReferralDashboard.tsx', ['no-buried-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('near-miss: terms in no card, below a card whose button takes the subscription, are still buried under it', async () => {
    const plan = `
import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { subscribe } from '@/api/billing';

export function PlanPage() {
  return (
    <Stack gap="lg">
      <Card withBorder p="lg" radius="md">
        <Title order={3}>Pro membership</Title>
        <Text>Unlimited generations and priority queue.</Text>
        <Button onClick={() => subscribe('pro')}>Subscribe for $10/month</Button>
      </Card>
      <Text size="sm">Your membership renews automatically every month at $10 until you cancel.</Text>
    </Stack>
  );
}
`;
    const result = await both({ 'PlanPage.tsx': plan }, 'PlanPage.tsx', ['no-buried-consent']);
    expect(result.checker).toEqual(['no-buried-consent buriedDisclosure 13:7']);
    expect(result.eslint).toEqual(result.checker);
  });
});
