import rule from '../../rules/require-decline-option.js';
import { ruleTester, TSX } from './rule-tester.js';

ruleTester().run('require-decline-option', rule, {
  valid: [
    {
      // Near-miss: a click-to-load placeholder for a blocked embed (civitai's, on Mantine): not clicking refuses.
      filename: TSX,
      code: `
import { Button, Card, Stack, Text } from '@mantine/core';
import { IconBrandYoutube } from '@tabler/icons-react';
import { useThirdPartyConsent } from './consent.context';

export function BlockedYouTubeEmbed() {
  const { accept } = useThirdPartyConsent();
  return (
    <Card withBorder radius="md" p="md">
      <Stack gap="xs" align="center" ta="center" maw={420}>
        <IconBrandYoutube size={32} />
        <Text fw={600} size="sm">YouTube content blocked</Text>
        <Text size="sm">This embed is blocked because YouTube sets third-party cookies and trackers to load its content. We need your consent before loading it.</Text>
        <Button size="xs" onClick={accept} mt={4}>Accept third-party cookies and load</Button>
      </Stack>
    </Card>
  );
}`,
    },
    {
      // The same in German and French: a video and a map behind their placeholders.
      filename: TSX,
      code: `
import { useConsent } from '@/lib/consent';

export function VideoPlatzhalter({ titel }: { titel: string }) {
  const { allow } = useConsent('youtube');
  return (
    <figure className="aspect-video grid place-items-center bg-neutral-100 p-6 text-center">
      <p>Beim Abspielen von „{titel}“ setzt YouTube Cookies und überträgt Daten an Google für Werbung.</p>
      <button type="button" className="btn" onClick={allow}>Cookies akzeptieren und Video abspielen</button>
    </figure>
  );
}

export function CartePlaceholder() {
  const { allow } = useConsent('google-maps');
  return (
    <div className="map-placeholder">
      <p>Google Maps dépose des cookies de suivi et partage vos données de localisation avec Google.</p>
      <button type="button" onClick={allow}>Accepter les cookies et afficher la carte</button>
    </div>
  );
}`,
    },
    {
      // Near-miss: a "Do Not Sell" notice whose switch is the answer, saved as it is flipped; "×" only closes it.
      // (Transcend's consent manager draws one; the same notice without the switch is reported below.)
      filename: TSX,
      code: `
import { useState } from 'react';
import { useConsent } from '@/privacy/useConsent';

export function DoNotSellPanel({ onClose }: { onClose: () => void }) {
  const { consent, setConsent } = useConsent();
  const [optedIn, setOptedIn] = useState(!!consent.purposes.SaleOfInfo);
  return (
    <div role="dialog" aria-labelledby="dns-title" className="consent-panel">
      <button type="button" aria-label="Close" className="close" onClick={onClose}>×</button>
      <h2 id="dns-title">Do Not Sell or Share My Personal Information</h2>
      <p>We sell and share personal information with advertising partners for cross-context behavioral advertising. You can opt out below.</p>
      <label className="switch">
        <input type="checkbox" role="switch" checked={optedIn} onChange={(e) => { setOptedIn(e.target.checked); setConsent({ SaleOfInfo: e.target.checked }); }} />
        {optedIn ? 'Sale of personal information allowed' : 'Opted out of the sale of personal information'}
      </label>
    </div>
  );
}`,
    },
    {
      // Near-miss: a notice of a policy update with only a close button names no non-essential purpose.
      filename: TSX,
      code: `
import { useState } from 'react';
import { X } from 'lucide-react';

export function PolicyUpdateBanner() {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div role="region" aria-label="Policy update" className="flex items-center gap-3 border-b bg-muted px-4 py-2 text-sm">
      <p>We updated our privacy policy on March 3. <a href="/privacy">Read what changed</a></p>
      <button type="button" aria-label="Dismiss" onClick={() => setOpen(false)}><X className="size-4" /></button>
    </div>
  );
}`,
    },
    {
      // Near-miss: a dialog about an analytics report whose "Cancel" goes with the action it is for.
      filename: TSX,
      code: `
import { deleteReport } from '@/api/reports';

export function DeleteReportDialog({ report, onClose }: { report: { id: string; name: string }; onClose: () => void }) {
  return (
    <div role="dialog" aria-modal="true" className="dialog">
      <h2>Delete {report.name}?</h2>
      <p>Its analytics and the usage data it collected for your team's privacy review will be removed.</p>
      <button type="button" className="btn-danger" onClick={() => deleteReport(report.id).then(onClose)}>Delete report</button>
      <button type="button" onClick={onClose}>Cancel</button>
    </div>
  );
}`,
    },
    {
      // Near-miss (dub's onboarding): one card per product, each with "Continue with <product>"; the cards describe
      // the products ("real-time analytics and conversion tracking"). Picking a product is no consent asked.
      filename: TSX,
      code: `
import { Button } from '@dub/ui';
import { useOnboardingProgress } from '../../use-onboarding-progress';

const products = {
  partners: { title: 'Dub Partners', description: 'Modern affiliate programs with global payouts and accurate attribution.' },
  links: { title: 'Dub Links', description: 'Short links, QR codes, real-time analytics, and conversion tracking.' },
};

export function ProductSelector() {
  const { continueTo, isLoading } = useOnboardingProgress();
  return (
    <div className="mx-auto grid w-full gap-4 sm:max-w-[600px] sm:grid-cols-2">
      {Object.entries(products).map(([key, product]) => (
        <div key={key} className="flex flex-col items-center gap-6 rounded-xl border p-6">
          <span className="text-base font-semibold">{product.title}</span>
          <p className="text-sm text-neutral-500">{product.description}</p>
          <Button type="button" variant="primary" loading={isLoading} onClick={() => continueTo('domain', { params: { product: key } })} text={\`Continue with \${product.title}\`} />
        </div>
      ))}
    </div>
  );
}`,
    },
    {
      // Near-miss (papermark's year in review): the intro slide says the review is personalised from the user's own
      // usage and moves on with "Let's go"; it tells, it asks nothing.
      filename: TSX,
      code: `
import { ArrowRight } from 'lucide-react';
import { Button } from '@/components/ui/button';
export function IntroSlide({ stats, onNext }: { stats: { year: number }; onNext: () => void }) {
  return (
    <div className="relative flex min-h-[350px] flex-col items-center justify-center text-center">
      <h1 className="text-3xl font-semibold">Your {stats.year} with Papermark</h1>
      <p className="mb-10 text-xs text-gray-500">This review is personalised to your platform usage and contains your stats.</p>
      <Button onClick={onNext} size="lg">
        Let&apos;s go
        <ArrowRight className="ml-2 h-4 w-4" />
      </Button>
    </div>
  );
}`,
    },
    {
      // Near-miss (inbox-zero's onboarding): product copy that names newsletters and personalised briefings as what
      // the product does, with a "Continue" to the next step. No notice of the site's own data use, nothing asked.
      filename: TSX,
      code: `
import { ArrowRightIcon } from 'lucide-react';
import { PageHeading, TypographyP } from '@/components/Typography';
import { Button } from '@/components/ui/button';
export function StepEmailsSorted({ onNext }: { onNext: () => void }) {
  return (
    <div className="flex min-h-svh flex-col items-center justify-center bg-slate-50 px-4 py-8">
      <PageHeading className="mb-3">Your inbox, automatically sorted</PageHeading>
      <TypographyP className="text-muted-foreground mb-8">
        Every email gets a label like "To Reply", "Newsletter", or "Cold Email". We'll also prepare personalized
        briefings before your meetings.
      </TypographyP>
      <Button className="w-full" onClick={onNext}>
        Continue
        <ArrowRightIcon className="ml-2 size-4" />
      </Button>
    </div>
  );
}`,
    },
    {
      // Near-miss: a profile form filled in through a design system's fields; "Marketing" is a role to pick, and
      // "Continue" submits what people typed.
      filename: TSX,
      code: `
import { Input, Button, Spinner } from '@acme/ui';
const ROLES = ['Engineering', 'Design', 'Marketing', 'Sales'];
export function ProfileSetup({ isSubmitting, onSubmit, role, setRole }) {
  return (
    <form onSubmit={onSubmit}>
      <label htmlFor="first_name">First name</label>
      <Input id="first_name" name="first_name" type="text" placeholder="Wilbur" />
      <p>What role are you working on?</p>
      {ROLES.map((r) => <div key={r} onClick={() => setRole(r)}>{r}</div>)}
      <Button type="submit">{isSubmitting ? <Spinner /> : 'Continue'}</Button>
    </form>
  );
}`,
    },
    {
      // Near-miss: an onboarding step whose purpose toggles are the choice; "Continue" with them off declines.
      filename: TSX,
      code: `
import { useState } from 'react';
import { Switch } from '@headlessui/react';
export function StayInTouchStep({ onNext }) {
  const [prefs, setPrefs] = useState({ analytics: false, offers: false });
  return (
    <section aria-labelledby="stay-title">
      <h2 id="stay-title">Stay in touch</h2>
      <label><Switch checked={prefs.analytics} onChange={(analytics) => setPrefs({ ...prefs, analytics })} /> Share anonymous usage analytics</label>
      <label><Switch checked={prefs.offers} onChange={(offers) => setPrefs({ ...prefs, offers })} /> Email me partner offers</label>
      <button onClick={() => onNext(prefs)}>Continue</button>
    </section>
  );
}`,
    },
    {
      // Near-miss: accept and reject side by side, the symmetrical pair CPRA § 7004(a)(2) names.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button>Reject all</button>
  </div>
);`,
    },
    {
      // Near-miss: "OK" on a purely informational notice about strictly necessary cookies (no consent needed, ePrivacy Art. 5(3)).
      filename: TSX,
      code: `
export const Banner = () => (
  <aside className="cookie-notice">
    <p>We only use strictly necessary cookies to keep you signed in.</p>
    <button>OK</button>
  </aside>
);`,
    },
    {
      // Near-miss: a form with only a submit button: not sending it is the decline.
      filename: TSX,
      code: `
export const Banner = () => (
  <form className="newsletter">
    <p>Get our newsletter with special offers.</p>
    <input type="email" aria-label="Email" />
    <button type="submit">Sign me up</button>
  </form>
);`,
    },
    {
      // Near-miss: "Necessary only" is a decline, even worded as a partial accept.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button>Necessary only</button>
  </div>
);`,
    },
    {
      // Near-miss: purpose toggles that start off with "Save my choices": saving with all off declines in one click.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <label><input type="checkbox" /> Analytics cookies</label>
    <button>Accept all</button>
    <button>Save my choices</button>
  </div>
);`,
    },
    {
      // Near-miss: the decline sits in the dialog around the section holding the accept: one layer.
      filename: TSX,
      code: `
export const Dialog = () => (
  <div role="dialog" className="consent-dialog">
    <p>Your privacy choices</p>
    <section>
      <p>Personalised ads use your browsing history.</p>
      <button>Allow</button>
    </section>
    <button>Reject all</button>
  </div>
);`,
    },
    {
      // Near-miss: agreeing to terms of service is not a consent purpose: no decline required by this rule.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We updated our terms of service.</p>
    <button>I agree</button>
  </div>
);`,
    },
    {
      // Near-miss: a terms gate whose accept names the terms, on a page that explains the consent record it keeps
      // (c15t's terms demo, React 19's useTransition): agreeing to terms is declined by not agreeing.
      filename: TSX,
      code: `
import { useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { acceptPolicy } from '@/lib/policies';

export function TermsGate({ version }: { version: string }) {
  const [isPending, startTransition] = useTransition();
  return (
    <section className="rounded-3xl border p-6">
      <h2>Terms of service, version {version}</h2>
      <p>By accepting these terms you authorize us to store a versioned record of your consent, with its timestamp, as audit evidence.</p>
      <Button size="lg" disabled={isPending} onClick={() => startTransition(() => acceptPolicy(version))}>
        {isPending ? 'Recording acceptance…' : 'Accept terms and conditions'}
      </Button>
    </section>
  );
}`,
    },
    {
      // Near-miss: the decline's label is a translation key: unreadable, so a needs-review result, not a finding.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button>{t('banner.reject')}</button>
  </div>
);`,
    },
    {
      // Near-miss: a decline found by its handler name when the button has an icon only.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button onClick={handleReject}><Icon /></button>
  </div>
);`,
    },
    {
      // Not a consent prompt at all: a plain confirm dialog.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>Delete this file?</p>
    <button>OK</button>
    <button>Cancel</button>
  </div>
);`,
    },
    {
      // Near-miss: the decline is drawn by a component honest-ui cannot see into (its module is missing): its text
      // reads as a decline, so the decline's absence cannot be claimed (a review, never a finding).
      filename: TSX,
      code: `
import { Reject } from './missing-module';
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <Reject>Reject all</Reject>
  </div>
);`,
    },
    {
      // Near-miss: the same through a higher-order component.
      filename: TSX,
      code: `
const Decline = withTracking('button');
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <Decline>No thanks</Decline>
  </div>
);`,
    },
    {
      // Near-miss: a confirmation that takes something away. "Yes, delete" grants nothing; "Cancel" is the way out,
      // even though the text names the purposes the deleted data served.
      filename: TSX,
      code: `
export const ConfirmDelete = ({ onDelete, onCancel }) => (
  <div role="dialog" aria-modal="true">
    <h2>Delete your data?</h2>
    <p>We will permanently delete your account, your cookie preferences and the data we hold for marketing and analytics.</p>
    <button onClick={onCancel}>Cancel</button>
    <button onClick={onDelete}>Yes, delete</button>
  </div>
);`,
    },
    {
      // Near-miss: the same in German, confirming an unsubscribe from marketing e-mails.
      filename: TSX,
      code: `
export const Abmelden = () => (
  <div role="dialog">
    <p>Möchten Sie sich von unseren Marketing-E-Mails abmelden?</p>
    <button>Abbrechen</button>
    <button>Ja, abmelden</button>
  </div>
);`,
    },
  ],
  invalid: [
    {
      // Near-miss of the terms gate above: the same accept on a notice that names advertising and data sharing asks
      // for consent to them, and needs a decline.
      filename: TSX,
      code: `
export function UpdatedTermsNotice({ onAccept }: { onAccept: () => void }) {
  return (
    <div role="dialog" aria-labelledby="terms-title" className="terms-notice">
      <h2 id="terms-title">We updated our terms</h2>
      <p>We now share your purchase history with advertising partners to show you personalised ads.</p>
      <button type="button" onClick={onAccept}>Accept terms and conditions</button>
    </div>
  );
}`,
      errors: [{ messageId: 'missingDecline', data: { accept: 'Accept terms and conditions', others: 'none' }, line: 4, column: 5 }],
    },
    {
      // Near-miss of the placeholders above: "play" a game is no content loaded; this start screen asks for consent.
      filename: TSX,
      code: `
export function StartScreen({ onStart }: { onStart: () => void }) {
  return (
    <div role="dialog" aria-labelledby="start-title" className="start-screen">
      <h2 id="start-title">Ready?</h2>
      <p>We share your gameplay data with analytics and advertising partners to show you personalised ads.</p>
      <button type="button" onClick={onStart}>Accept and play</button>
    </div>
  );
}`,
      errors: [{ messageId: 'missingDecline', data: { accept: 'Accept and play', others: 'none' }, line: 4, column: 5 }],
    },
    {
      // The "Do Not Sell" notice above without its switch: closing it is all it takes.
      filename: TSX,
      code: `
export function DoNotSellNotice({ onClose }: { onClose: () => void }) {
  return (
    <div role="dialog" aria-labelledby="dns-title" className="consent-panel">
      <button type="button" aria-label="Close" className="close" onClick={onClose}>×</button>
      <h2 id="dns-title">Do Not Sell or Share My Personal Information</h2>
      <p>We sell and share personal information with advertising partners for cross-context behavioral advertising.</p>
    </div>
  );
}`,
      errors: [{ messageId: 'acknowledgeOnly', data: { accept: 'Close', others: 'none', purposes: 'sale of data, data sharing, advertising' }, line: 4, column: 5 }],
    },
    {
      // The withdrawal exemption needs every "yes" to take away: "Yes, allow" beside "Delete history" still asks.
      filename: TSX,
      code: `
export const Prompt = () => (
  <div role="dialog">
    <p>Can we use your chat history for marketing and to train our models?</p>
    <button>Delete history</button>
    <button>Yes, allow</button>
  </div>
);`,
      errors: [{ messageId: 'missingDecline', line: 3, column: 3 }],
    },
    {
      // "Accept all" with only "Manage preferences" (CPRA § 7004(a)(2): "Accept All" with only "Preferences").
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button>Manage preferences</button>
  </div>
);`,
      errors: [
        { messageId: 'missingDecline', data: {"accept":"Accept all","others":"'Manage preferences'"}, line: 3, column: 3 },
      ],
    },
    {
      // "Accept all" with only "Settings".
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <button>Settings</button>
  </div>
);`,
      errors: [
        { messageId: 'missingDecline', data: {"accept":"Accept all","others":"'Settings'"}, line: 3, column: 3 },
      ],
    },
    {
      // "Accept all" with only "Learn more" as a link.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies for analytics and advertising.</p>
    <button>Accept all</button>
    <a href="/cookies">Learn more</a>
  </div>
);`,
      errors: [
        { messageId: 'missingDecline', data: {"accept":"Accept all","others":"'Learn more'"}, line: 3, column: 3 },
      ],
    },
    {
      // "Yes" with only "Ask me later" (CPRA § 7004(a)(2)(B)).
      filename: TSX,
      code: `
export const Banner = () => (
  <section className="tracking-prompt">
    <p>Allow tracking across apps for personalized ads?</p>
    <button>Yes</button>
    <button>Ask me later</button>
  </section>
);`,
      errors: [
        { messageId: 'missingDecline', data: {"accept":"Yes","others":"'Ask me later'"}, line: 3, column: 3 },
      ],
    },
    {
      // "Yes" with "Not now" and "Maybe later": deferrals, not declines.
      filename: TSX,
      code: `
export const Banner = () => (
  <section className="consent">
    <p>Share your data with our partners?</p>
    <button>Yes</button>
    <button>Not now</button>
    <button>Maybe later</button>
  </section>
);`,
      errors: [
        { messageId: 'missingDecline', data: {"accept":"Yes","others":"'Not now', 'Maybe later'"}, line: 3, column: 3 },
      ],
    },
    {
      // A lone "Got it" on a notice that sets analytics and advertising cookies.
      filename: TSX,
      code: `
export const Banner = () => (
  <aside className="cookie-notice">
    <p>This site uses cookies for analytics and advertising.</p>
    <button>Got it</button>
  </aside>
);`,
      errors: [
        { messageId: 'acknowledgeOnly', data: {"accept":"Got it","others":"none","purposes":"analytics, advertising"}, line: 3, column: 3 },
      ],
    },
    {
      // "Let's go" on a cookie notice moves on from it: the only answer to analytics cookies.
      filename: TSX,
      code: `
export const Banner = () => (
  <aside className="cookie-notice">
    <p>We use analytics cookies to see how you use the app.</p>
    <button>Let's go</button>
  </aside>
);`,
      errors: [
        { messageId: 'acknowledgeOnly', data: {"accept":"Let's go","others":"none","purposes":"analytics"}, line: 3, column: 3 },
      ],
    },
    {
      // "Continue with recommended cookies" on a cookie notice names where it leads, and is still its only answer.
      filename: TSX,
      code: `
export const Banner = ({ onContinue }: { onContinue: () => void }) => (
  <aside className="cookie-notice">
    <p>We use cookies for analytics and advertising.</p>
    <button onClick={onContinue}>Continue with recommended cookies</button>
  </aside>
);`,
      errors: [
        { messageId: 'acknowledgeOnly', data: {"accept":"Continue with recommended cookies","others":"none","purposes":"analytics, advertising"}, line: 3, column: 3 },
      ],
    },
    {
      // A notice that asks about marketing email, with "OK" as its only answer: asking, with no way to say no.
      filename: TSX,
      code: `
export function OffersNotice({ onDone }: { onDone: () => void }) {
  return (
    <div className="rounded-lg border p-4">
      <p>Would you like us to send you special offers by email?</p>
      <button className="btn btn-primary" onClick={onDone}>OK</button>
    </div>
  );
}`,
      errors: [
        { messageId: 'acknowledgeOnly', data: {"accept":"OK","others":"none","purposes":"marketing"}, line: 4, column: 5 },
      ],
    },
    {
      // A lone "OK" with a close "×": a close glyph is not a decline (EDPB Cookie Banner Taskforce).
      filename: TSX,
      code: `
export const Banner = () => (
  <aside className="cookie-notice">
    <p>We use tracking cookies to measure our ads.</p>
    <button>OK</button>
    <button aria-label="Close">×</button>
  </aside>
);`,
      errors: [
        { messageId: 'acknowledgeOnly', data: {"accept":"OK","others":"'Close'","purposes":"tracking, advertising"}, line: 3, column: 3 },
      ],
    },
    {
      // An extension's telemetry notice (Roo Code's TelemetryBanner): usage data is collected, the only button closes
      // the banner, and turning it off is left to a settings link. Closing is the only answer the notice takes.
      filename: TSX,
      code: `
import { memo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { vscode } from '@src/utils/vscode';

const TelemetryBanner = () => {
  const { t } = useTranslation();
  const [isDismissed, setIsDismissed] = useState(false);
  if (isDismissed) return null;
  return (
    <div className="relative px-4 py-2.5 pr-10 text-sm">
      <button onClick={() => { setIsDismissed(true); vscode.postMessage({ type: 'telemetrySetting', text: 'enabled' }); }} className="absolute top-1.5 right-2 text-2xl" aria-label="Close">
        ×
      </button>
      <div className="mb-0.5 font-bold">Help improve the extension</div>
      <div>
        We collect error and usage data to fix bugs and improve the extension. It never includes code, prompts or
        personal information. You can turn this off in <a href="#" onClick={() => vscode.postMessage({ type: 'openSettings' })}>settings</a>.
      </div>
    </div>
  );
};

export default memo(TelemetryBanner);`,
      errors: [
        { messageId: 'acknowledgeOnly', data: {"accept":"Close","others":"'settings'","purposes":"analytics"}, line: 11, column: 5 },
      ],
    },
    {
      // A cookie notice whose only button is its close glyph.
      filename: TSX,
      code: `
export const CookieNotice = ({ onClose }: { onClose: () => void }) => (
  <aside className="cookie-notice">
    <p>This site uses cookies to measure visits and show you personalised ads.</p>
    <button type="button" onClick={onClose}>✕</button>
  </aside>
);`,
      errors: [
        { messageId: 'acknowledgeOnly', data: {"accept":"✕","others":"none","purposes":"personalisation, advertising"}, line: 3, column: 3 },
      ],
    },
    {
      // "Allow all cookies" with only a close button.
      filename: TSX,
      code: `
export const Banner = () => (
  <div role="dialog" className="cookie-banner">
    <p>We use cookies to personalise content.</p>
    <button>Allow all cookies</button>
    <button>Close</button>
  </div>
);`,
      errors: [
        { messageId: 'missingDecline', data: {"accept":"Allow all cookies","others":"'Close'"}, line: 3, column: 3 },
      ],
    },
    {
      // An accept with nothing else at all.
      filename: TSX,
      code: `
export const Banner = () => (
  <footer className="cookie-bar">
    <p>We use cookies.</p>
    <button>Accept cookies</button>
  </footer>
);`,
      errors: [
        { messageId: 'missingDecline', data: {"accept":"Accept cookies","others":"none"}, line: 3, column: 3 },
      ],
    },
  ],
});
