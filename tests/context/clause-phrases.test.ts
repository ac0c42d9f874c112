/**
 * Clause-level purpose and disclosure phrases (issue 13): the parts of a phrase match within one clause with a
 * small gap ("let our partners see your purchase history", "we keep your search history for two years"), never
 * across sentences; the families grown from regulator material (telemetry, human review, voice and biometric
 * data, precise location, AI providers, data brokers, cross-context behavioural advertising, CPRA sale and
 * sharing, retention periods) are read in all seven languages; ordinary app copy stays clean. Through ESLint and
 * the checker.
 */
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../src/context/lexicon.js';
import { bothRunner } from '../helpers/both.js';

const lexicon = defaultLexicon();
const purposesIn = (text: string): string[] => [...new Set(lexicon.purposes.matchAll(lexicon.clauses(text)).map((m) => m.value))].sort();
const materialIn = (text: string): string[] => [...new Set(lexicon.material.matchAll(lexicon.clauses(text)).map((m) => m.value))].sort();
const both = bothRunner('clause-phrases');

/** Per language: sentences as product teams write them, and the purpose each grants. */
const PURPOSES: Record<string, Array<[string, string]>> = {
  en: [
    ['Let our partners see your purchase history', 'sharing'],
    ['Store audio of your calls to train our assistant', 'ai-training'],
    ['Send anonymous usage statistics and crash reports', 'telemetry'],
    ['Humans may review your voice recordings to improve accuracy', 'human-review'],
    ['Use facial recognition to group your photos', 'biometric'],
    ['Allow access to your precise location for nearby offers', 'location'],
    ['Share my data with data brokers', 'sale'],
    ['Cross-context behavioral advertising', 'advertising'],
    ['Send me training plans and offers from PulseFit partners by email', 'marketing'],
    ['Email me deals and discount codes', 'marketing'],
    ['Get exclusive offers by SMS', 'marketing'],
    ['Share my daily steps and workouts with Vitalis Health Insurance', 'sharing'],
    ['Disclose my claims history to insurers', 'sharing'],
    ['Tips and offers in your inbox?', 'marketing'],
    ['Send me discounts on Lumen Pro', 'marketing'],
    ['Keep me posted on new arrivals, care tips and members-only offers', 'marketing'],
    ['Share your heart rate and sleep data with {partner}', 'sharing'],
    ['Let Inkwell learn from your notes so suggestions get better', 'ai-training'],
    ['Notes you share may be read by our reviewers to check quality', 'human-review'],
    ['To choose your offers we share your spending categories and postcode area with our retail partners', 'sharing'],
    ['I would like to receive offers and energy tips from Zonstroom by email', 'marketing'],
    ['Allow error and usage reporting', 'telemetry'],
    ['Enable error and usage reports to help us improve the extension', 'telemetry'],
    // homarr's first-run wizard: the title of a usage-statistics switch.
    ['Help us improve Homarr', 'analytics'],
  ],
  de: [
    ['Partner dürfen Ihre Kaufhistorie einsehen', 'sharing'],
    ['Ihre Gespräche zum Trainieren unserer KI-Modelle verwenden', 'ai-training'],
    ['Absturzberichte und Diagnosedaten automatisch senden', 'telemetry'],
    ['Mitarbeiter dürfen Ausschnitte Ihrer Sprachaufnahmen anhören', 'human-review'],
    ['Gesichtserkennung für Ihre Fotos verwenden', 'biometric'],
    ['Genauen Standort für Angebote in der Nähe nutzen', 'location'],
    ['Verhaltensbasierte Werbung auf anderen Websites', 'advertising'],
    ['Teilen Sie Ihre Schritte und Trainings mit Ihrer Krankenkasse', 'sharing'],
    ['Angebote und Gutscheine direkt in Ihr Postfach', 'marketing'],
    ['Teilen Sie Ihre Herzfrequenz und Schlafdaten', 'sharing'],
    ['Wir teilen Ihre Ausgabenkategorien mit Händlern in Ihrer Nähe', 'sharing'],
    ['Ich erhalte gerne Angebote und Pflegetipps von Holzwerk', 'marketing'],
    ['Teile deine Trainings und deinen Puls mit deiner Krankenkasse', 'sharing'],
  ],
  fr: [
    ["Permettre à nos partenaires de voir votre historique d'achat", 'sharing'],
    ["Améliorer nos modèles d'IA avec vos conversations", 'ai-training'],
    ["Envoyer des rapports de plantage et des données de diagnostic", 'telemetry'],
    ['Des employés peuvent écouter des extraits de vos enregistrements', 'human-review'],
    ['Utiliser la reconnaissance faciale pour vos photos', 'biometric'],
    ['Historique de localisation', 'location'],
    ['Vendre vos données à des courtiers en données', 'sale'],
    ['Partager mes pas et mes entraînements avec mon assureur', 'sharing'],
    ['Des offres exclusives dans votre boîte mail', 'marketing'],
    ['Partager ma fréquence cardiaque et mes données de sommeil', 'sharing'],
    ['Nous partageons vos catégories de dépenses avec nos enseignes partenaires', 'sharing'],
    ['Je souhaite recevoir les offres et les conseils de Maison Lumière', 'marketing'],
    ['Partagez vos entraînements avec votre assureur', 'sharing'],
  ],
  es: [
    ['Permitir que nuestros socios vean tu historial de compras', 'sharing'],
    ['Enviar informes de errores y datos de diagnóstico', 'telemetry'],
    ['Usar el reconocimiento facial en tus fotos', 'biometric'],
    ['Mejorar nuestros modelos de IA con tus conversaciones', 'ai-training'],
    ['Compartir mis pasos y entrenamientos con mi aseguradora', 'sharing'],
    ['Ofertas y descuentos en tu bandeja de entrada', 'marketing'],
    ['Compartir tu frecuencia cardíaca y tus datos de sueño', 'sharing'],
    ['Compartimos tus categorías de gasto con comercios asociados', 'sharing'],
    ['Deseo recibir ofertas y consejos de ahorro de Solaria', 'marketing'],
    ['Comparte tus entrenamientos con tu aseguradora', 'sharing'],
  ],
  it: [
    ['Condividere la cronologia degli acquisti con i nostri partner', 'sharing'],
    ['Inviare statistiche di utilizzo e rapporti di errore', 'telemetry'],
    ['Dipendenti possono ascoltare le tue registrazioni', 'human-review'],
    ['Cronologia delle posizioni', 'location'],
    ['Condividere passi e allenamenti con la mia assicurazione', 'sharing'],
    ['Offerte e sconti nella tua casella di posta', 'marketing'],
    ['Condividere la frequenza cardiaca e i dati sul sonno', 'sharing'],
    ['Condividiamo le tue categorie di spesa con i negozi convenzionati', 'sharing'],
    ['Desidero ricevere offerte e consigli da Casa Verde', 'marketing'],
    ['Condividi i miei allenamenti e il battito cardiaco con le compagnie assicurative partner', 'sharing'],
  ],
  nl: [
    ['Crashrapporten en diagnostische gegevens versturen', 'telemetry'],
    ['Onze AI-modellen trainen met je gesprekken', 'ai-training'],
    ['Gezichtsherkenning voor je foto’s', 'biometric'],
    ['Gedragsgerichte advertenties op andere websites', 'advertising'],
    ['Mijn stappen en trainingen delen met mijn zorgverzekeraar', 'sharing'],
    ['Aanbiedingen en kortingen in je inbox', 'marketing'],
    ['Deel je hartslag en slaapgegevens met Vitalis', 'sharing'],
    ['We delen je uitgavenpatroon met winkels in de buurt', 'sharing'],
    ['Ik ontvang graag aanbiedingen en energietips van Zonstroom', 'marketing'],
    ['Deel je trainingen met je zorgverzekeraar', 'sharing'],
  ],
  pt: [
    ['Compartilhar meu histórico de compras com parceiros', 'sharing'],
    ['Enviar relatórios de falhas e dados de diagnóstico', 'telemetry'],
    ['Melhorar nossos modelos de IA com suas conversas', 'ai-training'],
    ['Reconhecimento facial nas suas fotos', 'biometric'],
    ['Partilhar os meus passos e treinos com a minha seguradora', 'sharing'],
    ['Ofertas e descontos na sua caixa de correio', 'marketing'],
    ['Partilhar a sua frequência cardíaca e dados de sono', 'sharing'],
    ['Compartilhamos suas categorias de gastos com lojas parceiras', 'sharing'],
    ['Desejo receber ofertas e dicas da Casa Solar', 'marketing'],
    ['Compartilhe seus treinos com sua seguradora', 'sharing'],
  ],
};

/** Per language: a retention period written as people write it, and ordinary copy about days that is none. */
const RETENTION: Record<string, { period: string; nearMiss: string }> = {
  en: { period: 'We keep your search history and voice recordings for two years.', nearMiss: 'Deleted files stay in the bin for 14 days.' },
  de: { period: 'Wir speichern Ihre Sprachaufnahmen bis zu drei Jahre lang.', nearMiss: 'Gelöschte Dateien bleiben 14 Tage im Papierkorb.' },
  fr: { period: 'Nous conservons vos enregistrements vocaux pendant deux ans.', nearMiss: 'Les fichiers supprimés restent 14 jours dans la corbeille.' },
  es: { period: 'Conservamos tus grabaciones de voz durante dos años.', nearMiss: 'Los archivos eliminados permanecen 14 días en la papelera.' },
  it: { period: 'Conserviamo le tue registrazioni per due anni.', nearMiss: 'I file eliminati restano nel cestino per 14 giorni.' },
  nl: { period: 'We bewaren je spraakopnames maximaal twee jaar.', nearMiss: 'Verwijderde bestanden blijven 14 dagen in de prullenbak.' },
  pt: { period: 'Guardamos as suas gravações de voz durante dois anos.', nearMiss: 'Os arquivos excluídos ficam 14 dias na lixeira.' },
};

describe('purpose phrases with a gap, in seven languages', () => {
  it('covers the seven languages', () => {
    expect(Object.keys(PURPOSES)).toEqual(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt']);
  });

  it.each(Object.entries(PURPOSES).flatMap(([language, cases]) => cases.map(([text, purpose]) => [language, text, purpose])))('%s: "%s" grants %s', (_language, text, purpose) => {
    expect(purposesIn(text)).toContain(purpose);
  });

  it.each(Object.entries(RETENTION))('%s: a retention period is a retention disclosure; a bin that empties itself is not', (_language, { period, nearMiss }) => {
    expect(materialIn(period)).toContain('retention');
    expect(materialIn(nearMiss)).toEqual([]);
  });

  it('never matches the parts of a phrase across sentences, clauses or blocks', () => {
    expect(purposesIn('Let our partners see your purchase history')).toEqual(['sharing']);
    expect(purposesIn('Let us know, partners. See your purchase history below.')).toEqual([]);
    expect(materialIn('We store your files. Reports arrive every two weeks.')).not.toContain('retention');
    expect(materialIn('We store your files for two weeks.')).toContain('retention');
    expect(purposesIn('Share this board with your team')).toEqual([]);
    expect(purposesIn('Share this board with your team. Purchase history is private.')).toEqual([]);
    // A gap skips small words for free, but at most three others.
    expect(purposesIn('Let our trusted retail partners see your purchase history')).toEqual(['sharing']);
    expect(purposesIn('Let the customer success manager of your company account team see your purchase history')).toEqual([]);
  });

  it('reads offers sent by email or SMS as marketing, but not a plan that offers something or a receipt by email', () => {
    expect(purposesIn('Send me training plans and offers from PulseFit partners by email')).toEqual(['marketing']);
    expect(purposesIn('Our Pro plan offers unlimited projects')).toEqual([]);
    expect(purposesIn('Send me a receipt by email')).toEqual([]);
    expect(purposesIn('Email me when someone replies to my post')).toEqual([]);
    expect(purposesIn('Send me the offer. By email, we will confirm your booking.')).toEqual([]);
    expect(purposesIn('Your inbox is empty. Check back for offers later.')).toEqual([]);
    expect(purposesIn('Keep me posted about my order')).toEqual([]);
  });

  it('reads an insurer as a recipient of shared data, but not insurance as a thing bought or a trip shared with people', () => {
    expect(purposesIn('Add travel insurance for €12')).toEqual([]);
    expect(purposesIn('Share your itinerary with travel companions')).toEqual([]);
    expect(purposesIn('Your insurance covers lost luggage; share the claim number with our support team')).toEqual([]);
    expect(purposesIn('Your resting heart rate was 58 bpm this week')).toEqual([]);
  });

  it('reads spending data shared with partners as sharing, but not a budget shown to its owner or a split bill', () => {
    expect(purposesIn('Your spending categories this month: groceries, transport, eating out')).toEqual([]);
    expect(purposesIn('Export your transaction history as CSV')).toEqual([]);
    expect(purposesIn('Split the bill and share the receipt with friends')).toEqual([]);
    expect(purposesIn('Deine Ausgabenkategorien im Überblick')).toEqual([]);
  });

  it('reads a wish to receive offers as marketing, but not offers a seller receives on a listing', () => {
    expect(purposesIn('You will receive offers from buyers on your listing')).toEqual([]);
    expect(purposesIn('Would you like to receive a copy of your receipt?')).toEqual([]);
    expect(purposesIn('Ik ontvang graag een kopie van mijn factuur')).toEqual([]);
  });

  it('reads an imperative "share with your insurer" as sharing, but not a link or a document shared with a team', () => {
    expect(purposesIn('Teile den Link mit deinem Team')).toEqual([]);
    expect(purposesIn('Partagez ce document avec vos collègues')).toEqual([]);
    expect(purposesIn('Comparte el enlace con tu equipo')).toEqual([]);
    expect(purposesIn('Condividi questo documento con il tuo team')).toEqual([]);
    expect(purposesIn('Deel deze lijst met je team')).toEqual([]);
    expect(purposesIn('Compartilhe o link com sua equipe')).toEqual([]);
  });

  it('reads keeping your conversations to come back to as no training, in every language', () => {
    expect(purposesIn('Save your chat history so you can pick up your conversations on any device')).toEqual([]);
    expect(purposesIn('Ihre Chats auf allen Geräten synchronisieren')).toEqual([]);
    expect(purposesIn('Retrouvez vos conversations sur tous vos appareils')).toEqual([]);
    expect(purposesIn('Así podrás volver a tus conversaciones anteriores desde cualquier dispositivo.')).toEqual([]);
    expect(purposesIn('Bekijk je gesprekken op al je apparaten')).toEqual([]);
    expect(purposesIn('Acesse suas conversas em qualquer dispositivo')).toEqual([]);
  });

  it('reads an app that learns from your notes as training, but not a person who learns from them, nor a read receipt', () => {
    expect(purposesIn('Start learning from your notes with flashcards')).toEqual([]);
    expect(purposesIn('Read by 5 people')).toEqual([]);
    expect(purposesIn('This page was read by our team lead')).toEqual([]);
  });

  it('reads collecting or processing people\'s data as data use, but not a payment, an order or a reward', () => {
    expect(materialIn('We process your personal data with our partners')).toContain('data-use');
    expect(materialIn('We collect your location while the app is open')).toContain('data-use');
    expect(materialIn('We process your messages to suggest replies')).toContain('data-use');
    expect(materialIn('Unable to process your payment.')).toEqual([]);
    expect(materialIn('We are processing your order and will email you when it ships')).toEqual([]);
    expect(materialIn('Collect your rewards before they expire')).toEqual([]);
  });
});

const PARTNERS_SWITCH = (label: string) => `
import { Switch } from '@headlessui/react';
import { useState } from 'react';

export function SharingSettings() {
  const [enabled, setEnabled] = useState(true);
  return (
    <section className="settings-section">
      <Switch.Group>
        <Switch checked={enabled} onChange={setEnabled} className="toggle" />
        <Switch.Label>${label}</Switch.Label>
      </Switch.Group>
    </section>
  );
}
`;

describe('a switch whose label says the purpose with words between its parts, through ESLint and the checker', () => {
  it.each([
    ['en', 'Let our partners see your purchase history'],
    ['de', 'Partner dürfen Ihre Kaufhistorie einsehen'],
    ['fr', "Permettre à nos partenaires de voir votre historique d'achat"],
    ['es', 'Permitir que nuestros socios vean tu historial de compras'],
  ])('%s: on by default is a preselected consent', async (_language, label) => {
    const result = await both({ 'SharingSettings.tsx': PARTNERS_SWITCH(label) }, 'SharingSettings.tsx', ['no-preselected-consent']);
    expect(result.eslint).toEqual(['no-preselected-consent preselected 10:9']);
    expect(result.checker).toEqual(result.eslint);
  });

  it('near-miss: "Share this board with your team" on by default is a product setting, not consent', async () => {
    const result = await both({ 'SharingSettings.tsx': PARTNERS_SWITCH('Share this board with your team') }, 'SharingSettings.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});

const RETENTION_PROMPT = (heading: string, body: string, fine: string, accept: string, decline: string) => `
import styles from './RecordingsPrompt.module.css';

export function RecordingsPrompt({ onAccept, onDecline }: { onAccept: () => void; onDecline: () => void }) {
  return (
    <div role="dialog" aria-modal="true" className={styles.dialog}>
      <h2>${heading}</h2>
      <p>${body}</p>
      <p className={styles.fine}>${fine}</p>
      <div className={styles.actions}>
        <button className={styles.primary} onClick={onAccept}>${accept}</button>
        <button className={styles.primary} onClick={onDecline}>${decline}</button>
      </div>
    </div>
  );
}
`;
const RETENTION_CSS = `
.dialog { background: #ffffff; color: #111111; font-size: 16px; }
.fine { font-size: 10px; }
.actions { display: flex; gap: 8px; }
.primary { font-size: 16px; font-weight: 600; background: #1a56db; color: #ffffff; padding: 10px 20px; border: 0; }
`;

describe('a retention period in small print, through ESLint and the checker', () => {
  it.each([
    ['en', 'Improve voice typing', 'Allow us to use your voice recordings to train our speech models.', 'Accept', 'Decline'],
    ['de', 'Spracheingabe verbessern', 'Erlauben Sie uns, Ihre Sprachaufnahmen für das Training unserer Sprachmodelle zu verwenden.', 'Akzeptieren', 'Ablehnen'],
    ['fr', 'Améliorer la saisie vocale', 'Autorisez-nous à utiliser vos enregistrements vocaux pour améliorer nos modèles.', 'Accepter', 'Refuser'],
  ] as const)('%s: is fine print next to the accept, the bin near-miss is not', async (language, heading, body, accept, decline) => {
    const { period, nearMiss } = RETENTION[language] as { period: string; nearMiss: string };
    const files = (fine: string) => ({ 'RecordingsPrompt.tsx': RETENTION_PROMPT(heading, body, fine, accept, decline), 'RecordingsPrompt.module.css': RETENTION_CSS });
    const reported = await both(files(period), 'RecordingsPrompt.tsx', ['no-fine-print']);
    expect(reported.eslint).toEqual(['no-fine-print smallerThanChoice 9:7']);
    expect(reported.checker).toEqual(reported.eslint);
    const clean = await both(files(nearMiss), 'RecordingsPrompt.tsx', ['no-fine-print']);
    expect(clean).toEqual({ eslint: [], checker: [] });
  });
});

describe('telemetry and product-analytics wording is a purpose', () => {
  const SETTINGS = (heading: string, label: string, defaultOn: boolean) => `
import { Switch } from '@/components/ui/switch';
import { useSettings } from '@/hooks/use-settings';

export function DiagnosticsSettings() {
  const { settings, update } = useSettings();
  return (
    <section className="settings-section">
      <h3>${heading}</h3>
      <label className="row">
        <Switch defaultChecked={${defaultOn}} onCheckedChange={(value) => update({ diagnostics: value })} />
        ${label}
      </label>
    </section>
  );
}
`;

  it.each([
    ['en', 'Help improve the app', 'Send crash reports and usage statistics automatically'],
    ['en', 'General', 'Allow error and usage reporting'],
    ['de', 'App verbessern', 'Absturzberichte und Nutzungsstatistiken automatisch senden'],
    ['fr', "Améliorer l'application", "Envoyer automatiquement des rapports de plantage et des statistiques d'utilisation"],
    ['nl', 'De app verbeteren', 'Crashrapporten en gebruiksstatistieken automatisch versturen'],
  ])('%s: a telemetry switch on by default is a preselected consent, off by default it is fine', async (_language, heading, label) => {
    const on = await both({ 'DiagnosticsSettings.tsx': SETTINGS(heading, label, true) }, 'DiagnosticsSettings.tsx', ['no-preselected-consent']);
    expect(on.eslint).toEqual(['no-preselected-consent preselected 11:9']);
    expect(on.checker).toEqual(on.eslint);
    expect(await both({ 'DiagnosticsSettings.tsx': SETTINGS(heading, label, false) }, 'DiagnosticsSettings.tsx', ['no-preselected-consent'])).toEqual({ eslint: [], checker: [] });
  });

  it('near-miss: a developer setting that shows errors, not one that sends them', async () => {
    const result = await both({ 'DiagnosticsSettings.tsx': SETTINGS('Developer tools', 'Show detailed error messages in the console', true) }, 'DiagnosticsSettings.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it("near-miss: a billing page's monthly usage report is sent to the account owner, not about them", async () => {
    const result = await both({ 'DiagnosticsSettings.tsx': SETTINGS('Billing', 'Email me a monthly usage report', true) }, 'DiagnosticsSettings.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});

const SHARING_DEFAULTS = `export interface ActivitySharingForm {
  shareActivity: boolean;
  shareSleep: boolean;
}

// Most members join for the premium discount, so activity starts selected (PM-212).
export const ACTIVITY_SHARING_DEFAULTS: ActivitySharingForm = { shareActivity: true, shareSleep: false };

export const INSURER = 'Northwind Health Insurance';
`;

const ACTIVITY_SHARING = `import { useForm } from 'react-hook-form';
import { ACTIVITY_SHARING_DEFAULTS, INSURER, type ActivitySharingForm } from './sharingDefaults';
import { saveSharing } from '@/api/rewards';

export function ActivitySharing({ onDone }: { onDone: () => void }) {
  const { register, handleSubmit, formState } = useForm<ActivitySharingForm>({ defaultValues: ACTIVITY_SHARING_DEFAULTS });
  return (
    <form onSubmit={handleSubmit(async (values) => { await saveSharing(values); onDone(); })} className="space-y-4 p-6">
      <h1 className="text-2xl font-bold">Set up rewards</h1>
      <label className="flex gap-3">
        <input type="checkbox" {...register('shareActivity')} />
        <span>Share my daily steps and workouts with {INSURER}</span>
      </label>
      <label className="flex gap-3">
        <input type="checkbox" {...register('shareSleep')} />
        <span>Share my sleep and resting heart rate with {INSURER}</span>
      </label>
      <button type="submit" disabled={formState.isSubmitting} className="rounded-full bg-orange-600 px-6 py-3 text-white">
        Save and continue
      </button>
    </form>
  );
}
`;

const TRIP_EXTRAS = `import { useState } from 'react';
import { formatPrice } from '@/lib/money';

export function TripExtras({ onContinue }: { onContinue: (extras: { cancellation: boolean }) => void }) {
  const [cancellation, setCancellation] = useState(true);
  return (
    <section className="space-y-3">
      <label className="flex gap-2">
        <input type="checkbox" checked={cancellation} onChange={(e) => setCancellation(e.target.checked)} />
        Add trip cancellation insurance ({formatPrice(14.9, 'EUR')})
      </label>
      <button onClick={() => onContinue({ cancellation })}>Continue to payment</button>
    </section>
  );
}
`;

describe('an insurer as the recipient of shared data, through ESLint and the checker', () => {
  it("reports the box that shares workouts with the insurer, pre-ticked by the form's defaults in another module, as consent", async () => {
    const result = await both({ 'src/rewards/sharingDefaults.ts': SHARING_DEFAULTS, 'src/rewards/ActivitySharing.tsx': ACTIVITY_SHARING }, 'src/rewards/ActivitySharing.tsx', ['no-preselected-consent', 'no-preselected-addon']);
    expect(result.checker).toEqual(['no-preselected-consent preselected 11:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: travel insurance bought as an extra stays an add-on', async () => {
    const result = await both({ 'src/checkout/TripExtras.tsx': TRIP_EXTRAS }, 'src/checkout/TripExtras.tsx', ['no-preselected-consent', 'no-preselected-addon']);
    expect(result.checker).toEqual(['no-preselected-addon preselectedAddon 9:9']);
    expect(result.eslint).toEqual(result.checker);
  });
});

const DIGEST_PROMPT = (heading: string) => `import { useState } from 'react';
import { useSession } from '@/auth/useSession';
import { updateEmailPreferences } from '@/api/account';

export function DigestPrompt({ onClose }: { onClose: () => void }) {
  const { user } = useSession();
  const [busy, setBusy] = useState(false);
  async function answer(subscribe: boolean) {
    setBusy(true);
    await updateEmailPreferences({ weeklyDigest: subscribe });
    onClose();
  }
  return (
    <section aria-labelledby="digest-title" className="rounded-xl bg-white p-5 text-zinc-900">
      <h2 id="digest-title" className="text-base font-semibold">${heading}</h2>
      <p className="mt-1 text-sm">Once a week: tutorials, new presets and discounts on Pro, sent to {user.email}.</p>
      <div className="mt-4 flex items-center gap-3">
        <button disabled={busy} onClick={() => answer(true)} className="rounded-md bg-violet-600 px-4 py-2 text-sm font-semibold text-white">
          Yes, send them
        </button>
        <button disabled={busy} onClick={() => answer(false)} className="text-xs text-zinc-500">
          No thanks
        </button>
      </div>
    </section>
  );
}
`;

const PROMOTIONS_ROW = `import { archive, open } from '@/mail/actions';

export function PromotionsRow({ count }: { count: number }) {
  return (
    <div className="flex items-center justify-between rounded-lg border px-4 py-3">
      <p className="text-sm text-zinc-700">Acme Outdoor: {count} new offers in your inbox</p>
      <div className="flex gap-2">
        <button onClick={open} className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm text-white">Open</button>
        <button onClick={archive} className="text-xs text-zinc-500">Archive</button>
      </div>
    </div>
  );
}
`;

describe('offers sent to the inbox are marketing, through ESLint and the checker', () => {
  it('reads "Tips and offers in your inbox?" as a marketing prompt: its faint "No thanks" is reported', async () => {
    const result = await both({ 'package.json': '{"name":"studio","private":true,"dependencies":{"tailwindcss":"^3.4.14"}}', 'src/newsletter/DigestPrompt.tsx': DIGEST_PROMPT('Tips and offers in your inbox?') }, 'src/newsletter/DigestPrompt.tsx', ['no-unbalanced-choices']);
    expect(result.checker).toEqual(['no-unbalanced-choices weakerDecline 21:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it("near-miss: an email client's promotions row with Open and Archive is no prompt", async () => {
    const result = await both({ 'package.json': '{"name":"mail","private":true,"dependencies":{"tailwindcss":"^3.4.14"}}', 'src/mail/PromotionsRow.tsx': PROMOTIONS_ROW }, 'src/mail/PromotionsRow.tsx');
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});

const AI_SETTINGS = (first: string, second: string) => `import { Stack, Switch, Title } from '@mantine/core';
import { useSettings } from '@/settings/useSettings';

export function AssistantSettings() {
  const { save } = useSettings();
  return (
    <Stack gap="md">
      <Title order={3}>Assistant</Title>
      <Switch defaultChecked label="${first}" onChange={(event) => save({ learn: event.currentTarget.checked })} />
      <Switch defaultChecked label="${second}" onChange={(event) => save({ review: event.currentTarget.checked })} />
    </Stack>
  );
}
`;

describe('an app that learns from your notes, and notes read by reviewers, through ESLint and the checker', () => {
  const pkg = JSON.stringify({ name: 'daybook', private: true, dependencies: { '@mantine/core': '^7.13.4', '@mantine/hooks': '^7.13.4' } });

  it('reports both switches on by default: AI training and human review', async () => {
    const result = await both({ 'package.json': pkg, 'src/settings/AssistantSettings.tsx': AI_SETTINGS('Let Daybook learn from your notes to suggest better prompts', 'Notes you flag may be read by our reviewers') }, 'src/settings/AssistantSettings.tsx', ['no-preselected-consent']);
    expect(result.checker).toEqual(['no-preselected-consent preselected 10:7', 'no-preselected-consent preselected 9:7']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: a study app that makes flashcards from your notes grants nothing', async () => {
    const result = await both({ 'package.json': pkg, 'src/settings/AssistantSettings.tsx': AI_SETTINGS('Start learning from your notes with flashcards', 'Show the notes read by 5 people') }, 'src/settings/AssistantSettings.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});

/**
 * karakeep's tag-style picker (apps/web/components/settings/AISettings.tsx): each style is a radio option that shows
 * example tags, and the examples name a field of study ("machine-learning", "Web Development"). "Machine learning"
 * alone names a technology, not a use of someone's data: the option is no consent, and the style picked by default
 * is no preselected one. A box that gives a person's photos for machine learning is.
 */
const TAG_STYLE_PICKER = `
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Badge } from "@/components/ui/badge";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { useUpdateUserSettings } from "@/lib/userSettings";

const TAG_STYLES = [
  { value: "lowercase-hyphens", label: "settings.ai.lowercase_hyphens", examples: ["machine-learning", "web-development"] },
  { value: "titlecase-spaces", label: "settings.ai.titlecase_spaces", examples: ["Machine Learning", "Web Development"] },
  { value: "as-generated", label: "settings.ai.no_preference", examples: ["Machine Learning", "web development", "AI_generated"] },
] as const;

export function TagStyleSelector() {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string>("as-generated");
  const { mutate: updateSettings, isPending } = useUpdateUserSettings();
  return (
    <RadioGroup
      value={selected}
      onValueChange={(value) => {
        setSelected(value);
        updateSettings({ tagStyle: value });
      }}
      disabled={isPending}
      className="grid gap-3 sm:grid-cols-2"
    >
      {TAG_STYLES.map((option) => (
        <Label key={option.value} htmlFor={option.value} className="flex items-start gap-3 rounded-md border p-3">
          <RadioGroupItem value={option.value} id={option.value} />
          <div className="space-y-1">
            <p className="text-sm font-medium">{t(option.label)}</p>
            <div className="flex flex-wrap gap-1">
              {option.examples.map((example) => (
                <Badge key={example} variant="secondary" className="text-xs font-light">
                  {example}
                </Badge>
              ))}
            </div>
          </div>
        </Label>
      ))}
    </RadioGroup>
  );
}
`;

const PHOTO_RESEARCH_SWITCH = `
import { useState } from "react";
import { Switch } from "@/components/ui/switch";
import { Label } from "@/components/ui/label";

export function ResearchSettings() {
  const [contribute, setContribute] = useState(true);
  return (
    <div className="flex items-center justify-between rounded-lg border p-4">
      <Label htmlFor="contribute">Use my photos for machine learning</Label>
      <Switch id="contribute" checked={contribute} onCheckedChange={setContribute} />
    </div>
  );
}
`;

describe('"machine learning" as a purpose, through ESLint and the checker', () => {
  it('reads photos given for machine learning as training, but not a field of study, a job title or a feature', () => {
    expect(purposesIn('Use my photos for machine learning')).toEqual(['ai-training']);
    expect(purposesIn('Contribute my recordings to machine learning research')).toEqual(['ai-training']);
    expect(purposesIn('machine-learning web-development')).toEqual([]);
    expect(purposesIn('Machine Learning Web Development')).toEqual([]);
    expect(purposesIn('Senior Machine Learning Engineer')).toEqual([]);
    expect(purposesIn('Tag bookmarks automatically with machine learning')).toEqual([]);
    // Dutch writes the English term.
    expect(purposesIn("Gebruik mijn foto's voor machine learning")).toEqual(['ai-training']);
    expect(purposesIn('Vacature: machine learning engineer')).toEqual([]);
  });

  it('reports a switch that gives photos for machine learning, on by default', async () => {
    const result = await both({ 'src/settings/ResearchSettings.tsx': PHOTO_RESEARCH_SWITCH }, 'src/settings/ResearchSettings.tsx', ['no-preselected-consent']);
    expect(result.checker).toEqual(['no-preselected-consent preselected 11:7']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: a tag-style picker whose examples name machine learning preselects no consent', async () => {
    const result = await both({ 'src/settings/TagStyleSelector.tsx': TAG_STYLE_PICKER }, 'src/settings/TagStyleSelector.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});

describe('a purpose word that names a part of the screen, or its absence, grants nothing, through ESLint and the checker', () => {
  it.each([['Show analytics widget on the home page'], ['Show ads-free badge on my profile'], ['Pin the marketing tab to the sidebar']])('near-miss: "%s" on by default is a display setting', async (label) => {
    const result = await both({ 'SharingSettings.tsx': PARTNERS_SWITCH(label) }, 'SharingSettings.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('still reads "Show personalised ads in the sidebar" as advertising: on by default is a preselected consent', async () => {
    const result = await both({ 'SharingSettings.tsx': PARTNERS_SWITCH('Show personalised ads in the sidebar') }, 'SharingSettings.tsx', ['no-preselected-consent']);
    expect(result.eslint).toEqual(['no-preselected-consent preselected 10:9']);
    expect(result.checker).toEqual(result.eslint);
  });
});
