/**
 * Choice roles read from the prompt (issue 13): an accept named by its purpose ("Share crash reports", "Enable
 * sync", "Absturzberichte senden") when the prompt is about that purpose and offers a way to refuse, the mirror of
 * a "No, don't send" decline, declines phrased as "Don't enable", "No, keep it off", "Continue without…" or
 * "Cancel <what the accept grants>". Ordinary buttons stay what they are: "Share this board with your team" in a
 * share dialog, "Send crash report" on an error page. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { classifyLabel, defaultLexicon } from '../../src/context/lexicon.js';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('choice-roles');
const lexicon = defaultLexicon();

const CSS = `
.dialog { background: #ffffff; color: #1f2937; font-size: 16px; padding: 24px; }
.actions { display: flex; gap: 12px; }
.primary { background: #2563eb; color: #ffffff; font-size: 16px; font-weight: 600; padding: 10px 20px; border: 0; }
.secondary { background: #2563eb; color: #ffffff; font-size: 16px; font-weight: 600; padding: 10px 20px; border: 0; }
.quiet { background: none; border: 0; padding: 0; color: #9ca3af; font-size: 12px; font-weight: 400; text-decoration: underline; }
`;

const PROMPT = (heading: string, body: string, accept: string, other: string, otherClass = 'secondary') => `
import styles from './Prompt.module.css';
import { trackEvent } from '@/lib/analytics';

export function Prompt({ onAccept, onOther }: { onAccept: () => void; onOther: () => void }) {
  return (
    <div role="dialog" aria-modal="true" className={styles.dialog}>
      <h2>${heading}</h2>
      <p>${body}</p>
      <div className={styles.actions}>
        <button className={styles.primary} onClick={() => { trackEvent('prompt_accept'); onAccept(); }}>${accept}</button>
        <button className={styles.${otherClass}} onClick={onOther}>${other}</button>
      </div>
    </div>
  );
}
`;

const run = (heading: string, body: string, accept: string, other: string, otherClass?: string) =>
  both({ 'Prompt.tsx': PROMPT(heading, body, accept, other, otherClass), 'Prompt.module.css': CSS }, 'Prompt.tsx', ['require-decline-option', 'no-unbalanced-choices']);

describe('an accept named by its purpose', () => {
  it.each([
    ['en', 'Help us fix crashes faster', 'When the app crashes, we can send crash reports and diagnostic data to our team.', 'Share crash reports', 'Not now'],
    ['de', 'Abstürze schneller beheben', 'Dürfen wir Absturzberichte und Diagnosedaten an unser Team senden?', 'Absturzberichte senden', 'Später'],
    ['fr', 'Publicités personnalisées', 'Nous pouvons vous montrer des publicités personnalisées selon votre activité.', 'Activer les publicités personnalisées', 'Plus tard'],
    ['en', 'Sync your history', 'Sync stores your browsing history on our servers and shares it with our partners for personalised ads.', 'Enable sync', 'Maybe later'],
    ['es', 'Conecta tu cuenta', 'Al conectar tu cuenta compartimos tu historial de compras con nuestros socios publicitarios.', 'Conectar cuenta', 'Ahora no'],
  ])('%s: "%s" offered only with a deferral has no decline', async (_language, heading, body, accept, deferral) => {
    const result = await run(heading, body, accept, deferral);
    expect(result.eslint).toEqual(['require-decline-option missingDecline 7:5']);
    expect(result.checker).toEqual(result.eslint);
  });

  it.each([
    ['en', 'Send'],
    ['de', 'Senden'],
    ['fr', 'Envoyer'],
  ])('%s: "%s" is the accept its "No, don\'t send" mirrors, and is weighed against it', async (language, accept) => {
    const decline = { en: "No, don't send", de: 'Nein, nicht senden', fr: 'Non, ne pas envoyer' }[language] as string;
    const body = { en: 'Send anonymous usage statistics to help improve the app?', de: 'Anonyme Nutzungsstatistiken senden?', fr: "Envoyer des statistiques d'utilisation anonymes ?" }[language] as string;
    const weak = await run('Telemetry', body, accept, decline, 'quiet');
    expect(weak.eslint).toEqual(['no-unbalanced-choices weakerDecline 12:9']);
    expect(weak.checker).toEqual(weak.eslint);
    expect(await run('Telemetry', body, accept, decline)).toEqual({ eslint: [], checker: [] });
  });
});

describe('declines phrased as people phrase them', () => {
  it.each([
    ['en', "Don't enable"],
    ['en', 'No, keep it off'],
    ['en', 'Continue without personalisation'],
    ['de', 'Nicht aktivieren'],
    ['de', 'Weiter ohne Personalisierung'],
    ['fr', 'Ne pas activer'],
    ['fr', 'Continuer sans personnalisation'],
    ['it', 'Continua senza personalizzazione'],
  ])('%s: "%s" is a decline', (_language, label) => {
    expect(classifyLabel(label, lexicon)).toBe('decline');
  });

  it.each([
    ['en', 'Personalised ads', 'Turn on personalised ads based on your activity on other sites?', 'Enable personalised ads', "Don't enable"],
    ['de', 'Personalisierte Werbung', 'Personalisierte Werbung basierend auf Ihrer Aktivität aktivieren?', 'Personalisierte Werbung aktivieren', 'Nicht aktivieren'],
    ['fr', 'Publicités personnalisées', 'Activer les publicités personnalisées selon votre activité ?', 'Activer', 'Ne pas activer'],
  ])('%s: "%s": the decline beside the accept is found, and weighed', async (_language, heading, body, accept, decline) => {
    expect(await run(heading, body, accept, decline)).toEqual({ eslint: [], checker: [] });
    const weak = await run(heading, body, accept, decline, 'quiet');
    expect(weak.eslint).toEqual(['no-unbalanced-choices weakerDecline 12:9']);
    expect(weak.checker).toEqual(weak.eslint);
  });

  it('"Cancel sharing" beside "Start sharing" cancels what the accept grants: it is the decline', async () => {
    const body = 'Share your location history with our partners to get offers nearby.';
    const weak = await run('Share location history', body, 'Start sharing', 'Cancel sharing', 'quiet');
    expect(weak.eslint).toEqual(['no-unbalanced-choices weakerDecline 12:9']);
    expect(weak.checker).toEqual(weak.eslint);
  });
});

describe('near-misses from ordinary app copy', () => {
  // A referral dashboard (civitai's): the share buttons name the channel they post through, and the membership's
  // terms below them are not buried under a "Share on Discord".
  const REFERRAL = (heading: string, body: string, share: string, terms: string) => `
export function ReferralCard({ code, onDismiss }: { code: string; onDismiss: () => void }) {
  return (
    <div role="dialog" aria-modal="true">
      <h2>${heading}</h2>
      <p>${body}</p>
      <div>
        <a href={\`https://discord.com/channels/@me?content=\${code}\`} target="_blank" rel="noreferrer">${share}</a>
        <button onClick={onDismiss}>Not now</button>
      </div>
      <p>${terms}</p>
    </div>
  );
}
`;
  it.each([
    ['en', 'Share on Discord', 'Invite your friends', 'Post your referral code on Discord.', 'Your membership renews automatically at $10 per month until you cancel.'],
    ['fr', 'Partager sur Discord', 'Invitez vos amis', 'Publiez votre code de parrainage sur Discord.', 'Votre abonnement est renouvelé automatiquement à 10 € par mois jusqu’à résiliation.'],
    ['de', 'Auf Discord teilen', 'Freunde einladen', 'Teile deinen Empfehlungscode auf Discord.', 'Dein Abo verlängert sich automatisch für 10 € im Monat, bis du kündigst.'],
  ])('%s: "%s" shares through a channel, granting nothing: the terms below it are not buried under it', async (_language, share, heading, body, terms) => {
    const result = await both({ 'ReferralCard.tsx': REFERRAL(heading, body, share, terms) }, 'ReferralCard.tsx', ['no-buried-consent', 'require-decline-option']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('"Share this board with your team" in a share dialog is an action, not an accept', async () => {
    const body = 'Anyone with the link can view this board. Read our privacy policy to learn how links work.';
    expect(await run('Share board', body, 'Share this board with your team', 'Cancel', 'quiet')).toEqual({ eslint: [], checker: [] });
  });

  it('"Send crash report" on an error page with no way to refuse is an action, not a consent prompt', async () => {
    const page = `
export function ErrorFallback({ error, resetErrorBoundary }: { error: Error; resetErrorBoundary: () => void }) {
  return (
    <main className="error-page">
      <h1>Something went wrong</h1>
      <pre>{error.message}</pre>
      <p>You can send a crash report with diagnostic data so we can fix this.</p>
      <button onClick={() => window.Sentry?.showReportDialog()}>Send crash report</button>
      <button onClick={resetErrorBoundary}>Reload</button>
    </main>
  );
}
`;
    expect(await both({ 'ErrorFallback.tsx': page }, 'ErrorFallback.tsx')).toEqual({ eslint: [], checker: [] });
  });

  it('"Cancel subscription" in a cancellation flow stays the yes of a withdrawal', async () => {
    const body = 'Your membership and its special offers end on 1 June.';
    expect(await run('Cancel your membership?', body, 'Keep my membership', 'Cancel subscription')).toEqual({ eslint: [], checker: [] });
  });
});
