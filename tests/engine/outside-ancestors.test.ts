/**
 * A descendant selector whose ancestor part matches nothing in the file (`.cookie-banner__links button` on a button
 * of `.cookie-banner__choices`) could still match where the file's root is rendered: an element outside the file
 * might carry the class. Not when the class is the file's own: written by it and by no other script of the app
 * (nor its BEM block), or a CSS module no other file imports. A class another script writes, or builds from its
 * block, a library package (rendered by other packages) and a class only a library puts on its elements stay
 * possible. Past an element drawn in a portal (a Mantine `Modal`), only what holds the portal at the end of the body
 * is around it: a class of the app's cannot be, unless the file draws the portal into a container of its own.
 */
import { describe, expect, it } from 'vitest';
import { checkerReport, type Reported } from '../helpers/report.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('outside-ancestors');

async function report(dir: string): Promise<{ findings: string[]; reviews: string[] }> {
  const { findings, reviews } = await checkerReport(dir);
  const line = (r: Reported): string => `${r.file}:${r.line} ${r.rule} ${r.rule === 'no-unbalanced-choices' || r.rule === 'no-fine-print' ? '' : r.text}`.trim();
  return { findings: findings.map(line).sort(), reviews: reviews.map(line).sort() };
}

const APP = JSON.stringify({ name: 'larch-travel', private: true, dependencies: { react: '18.3.1', 'react-dom': '18.3.1' } });

const BANNER = `import { useConsent } from '../hooks/useConsent';
import './CookieBanner.css';

export function CookieBanner({ onCustomize }: { onCustomize: () => void }) {
  const { status, acceptAll, rejectAll } = useConsent();
  if (status !== 'unknown') return null;

  return (
    <div className="cookie-banner" role="dialog" aria-labelledby="cookie-banner-title">
      <h2 id="cookie-banner-title" className="cookie-banner__title">Cookies on Larch Travel</h2>
      <p className="cookie-banner__body">We use cookies to measure our campaigns and show you personalised offers.</p>
      <div className="cookie-banner__choices">
        <button type="button" className="cookie-banner__choice" onClick={acceptAll}>Accept all</button>
        <button type="button" className="cookie-banner__choice" onClick={rejectAll}>Reject all</button>
      </div>
      <div className="cookie-banner__links">
        <button type="button" onClick={onCustomize}>Customise</button>
        <a href="/privacy">Privacy policy</a>
      </div>
    </div>
  );
}
`;

const BANNER_CSS = `.cookie-banner { position: fixed; bottom: 24px; right: 24px; padding: 24px; background: #f6f1e7; color: #1f2933; }
.cookie-banner__title { margin: 8px 0; font-size: 20px; }
.cookie-banner__body { font-size: 16px; line-height: 1.5; }
.cookie-banner__choices { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.cookie-banner__choice { padding: 10px 16px; border: 0; border-radius: 6px; background: #1d4ed8; color: #ffffff; font-size: 15px; font-weight: 600; }
.cookie-banner__links { display: flex; justify-content: space-between; margin-top: 16px; }
.cookie-banner__links button { padding: 0; border: 0; background: transparent; color: #1d4ed8; font-size: 13px; text-decoration: underline; }
`;

const files = (extra: Record<string, string> = {}) => ({
  'package.json': APP,
  'src/components/CookieBanner.tsx': BANNER,
  'src/components/CookieBanner.css': BANNER_CSS,
  ...extra,
});

const UNDECIDED = ['src/components/CookieBanner.tsx:14 no-unbalanced-choices'];

describe("a descendant selector that could only match outside the file's root", () => {
  it("does not apply where the file's root is rendered when the class is the file's own", async () => {
    expect(await report(project(files()))).toEqual({ findings: [], reviews: [] });
  });

  it('near-miss: another script of the app writes the class around the banner', async () => {
    const page = `import { CookieBanner } from '../components/CookieBanner';

export function HelpCentre() {
  return (
    <footer className="cookie-banner__links">
      <CookieBanner onCustomize={() => window.location.assign('/privacy/cookies')} />
    </footer>
  );
}
`;
    expect((await report(project(files({ 'src/pages/HelpCentre.tsx': page })))).reviews).toEqual(UNDECIDED);
  });

  it('near-miss: another script builds the class from its block', async () => {
    const helper = `const BLOCK = 'cookie-banner';\n\nexport const element = (name: string) => \`\${BLOCK}__\${name}\`;\n`;
    expect((await report(project(files({ 'src/lib/bem.ts': helper })))).reviews).toEqual(UNDECIDED);
  });

  it("near-miss: a library package's banner is rendered by apps this search does not read", async () => {
    const library = JSON.stringify({ name: '@larch/consent-ui', version: '0.4.0', module: './dist/index.js', peerDependencies: { react: '>=18' } });
    expect((await report(project({ ...files(), 'package.json': library }))).reviews).toEqual(UNDECIDED);
  });

  it('reads a CSS module no other file imports the same way, and one another file imports as possible', async () => {
    const notice = `import styles from './PrivacyNotice.module.css';

export function PrivacyNotice({ onAccept, onReject }: { onAccept: () => void; onReject: () => void }) {
  return (
    <section className={styles.notice}>
      <header className={styles.header}>
        <h2>Your privacy</h2>
      </header>
      <p>We share your booking history with our advertising partners to show you offers from hotels and airlines.</p>
      <button type="button" onClick={onReject}>Reject</button>
      <button type="button" onClick={onAccept}>Accept</button>
    </section>
  );
}
`;
    const css = `.notice { padding: 24px; background: #ffffff; color: #111827; font-size: 16px; }
.header p { font-size: 10px; color: #6b7280; }
`;
    const own = { 'package.json': APP, 'src/PrivacyNotice.tsx': notice, 'src/PrivacyNotice.module.css': css };
    expect(await report(project(own))).toEqual({ findings: [], reviews: [] });
    const layout = `import { PrivacyNotice } from './PrivacyNotice';
import styles from './PrivacyNotice.module.css';

export function Layout({ children }: { children: React.ReactNode }) {
  return (
    <div className={styles.header}>
      {children}
      <PrivacyNotice onAccept={() => {}} onReject={() => {}} />
    </div>
  );
}
`;
    const { reviews } = await report(project({ ...own, 'src/Layout.tsx': layout }));
    expect(reviews).toContain('src/PrivacyNotice.tsx:9 no-fine-print');
  });
});

describe('a descendant selector past a portal', () => {
  // A Next.js app on Mantine 7 (as civitai's globals.css has it): text inside a Button's label takes the label's size.
  const MANTINE_APP = JSON.stringify({ name: 'pixel-forge', private: true, dependencies: { '@mantine/core': '7.17.0', '@mantine/hooks': '7.17.0', next: '14.2.0', react: '18.3.1', 'react-dom': '18.3.1' } });
  const GLOBALS = `html, body { margin: 0; }\na { color: inherit; }\n.mantine-Button-label * { font-size: inherit; }\n`;
  const ROOT = `import type { AppProps } from 'next/app';
import { MantineProvider } from '@mantine/core';
import '@mantine/core/styles.css';
import '../styles/globals.css';

export default function App({ Component, pageProps }: AppProps) {
  return (
    <MantineProvider>
      <Component {...pageProps} />
    </MantineProvider>
  );
}
`;
  const modal = (opening: string, closing = '</Modal>') => `import { useState } from 'react';
import { Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { updateTrainingConsent } from '@/server/consent';

type Props = { opened: boolean; onClose: () => void };

export function TrainingConsentModal({ opened, onClose }: Props) {
  const [saving, setSaving] = useState(false);

  const answer = async (allow: boolean) => {
    setSaving(true);
    try {
      await updateTrainingConsent({ allow });
      onClose();
    } finally {
      setSaving(false);
    }
  };

  return (
    ${opening}
      <Stack gap="md">
        <Text fz={10}>
          We would like to use your prompts and generated images to train our models. You can change this at any time in Settings.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => answer(false)}>No thanks</Button>
          <Button onClick={() => answer(true)} loading={saving}>Allow training</Button>
        </Group>
      </Stack>
    ${closing}
  );
}
`;
  const app = (component: string) => ({
    'package.json': MANTINE_APP,
    'src/styles/globals.css': GLOBALS,
    'src/pages/_app.tsx': ROOT,
    'src/components/Consent/TrainingConsentModal.tsx': component,
  });
  const FINE_PRINT = 'src/components/Consent/TrainingConsentModal.tsx:23 no-fine-print';

  it("decides the size of a modal's text: no Button of the app holds what the body holds at its end", async () => {
    const opened = '<Modal opened={opened} onClose={onClose} title="Help improve Pixel Forge" centered>';
    expect(await report(project(app(modal(opened))))).toEqual({ findings: [FINE_PRINT], reviews: [] });
  });

  it('near-miss: the same text in a card, or in a modal kept in place or drawn into a container of the app, stays a question', async () => {
    const inPlace = [
      modal('<Paper withBorder p="lg">', '</Paper>'),
      modal('<Modal opened={opened} onClose={onClose} title="Help improve Pixel Forge" withinPortal={false}>'),
      modal('<Modal opened={opened} onClose={onClose} title="Help improve Pixel Forge" portalProps={{ target: \'#studio-dialogs\' }}>'),
    ];
    for (const component of inPlace) expect(await report(project(app(component)))).toEqual({ findings: [], reviews: [FINE_PRINT] });
  });

  it("near-miss: a rule for what Mantine's portal element holds, or for a class the root may take at run time, may reach the modal's text", async () => {
    const opened = '<Modal opened={opened} onClose={onClose} title="Help improve Pixel Forge" centered>';
    // MantineProvider sets the colour scheme on <html> as the app runs: what the root holds is not known.
    for (const rule of ['[data-portal] p { font-size: inherit; }', '.large-text p { font-size: inherit; }']) {
      const sheet = `${GLOBALS}${rule}\n`;
      expect(await report(project({ ...app(modal(opened)), 'src/styles/globals.css': sheet }))).toEqual({ findings: [], reviews: [FINE_PRINT] });
    }
  });
});
