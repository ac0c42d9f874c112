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

  it('near-miss: the same text in a modal drawn into a container of the app stays a question', async () => {
    const contained = modal('<Modal opened={opened} onClose={onClose} title="Help improve Pixel Forge" portalProps={{ target: \'#studio-dialogs\' }}>');
    expect(await report(project(app(contained)))).toEqual({ findings: [], reviews: [FINE_PRINT] });
  });

  it("near-miss: a rule for what Mantine's portal element holds, or for a class the root may take at run time, may reach the modal's text", async () => {
    const opened = '<Modal opened={opened} onClose={onClose} title="Help improve Pixel Forge" centered>';
    // MantineProvider sets the colour scheme on <html> as the app runs: what the root holds is not known.
    for (const rule of ['[data-portal] p { font-size: inherit; }', '.large-text p { font-size: inherit; }']) {
      const sheet = `${GLOBALS}${rule}\n`;
      expect(await report(project({ ...app(modal(opened)), 'src/styles/globals.css': sheet }))).toEqual({ findings: [], reviews: [FINE_PRINT] });
    }
  });

  // A card or a modal kept in place has no portal to stop at: what is around it is where the app renders it
  // (src/resolve/library-ancestors.ts). Only a Mantine Button puts `mantine-Button-label` on an element.
  const inCard = modal('<Paper withBorder p="lg">', '</Paper>');
  const inPlace = modal('<Modal opened={opened} onClose={onClose} title="Help improve Pixel Forge" withinPortal={false}>');
  const LAYOUT = `import { AppShell, Container, Title } from '@mantine/core';
import { SettingsNav } from './SettingsNav';

type Props = { title: string; children: React.ReactNode };

export function SettingsLayout({ title, children }: Props) {
  return (
    <AppShell navbar={{ width: 240, breakpoint: 'sm' }} padding="md">
      <AppShell.Navbar>
        <SettingsNav />
      </AppShell.Navbar>
      <AppShell.Main>
        <Container size="md">
          <Title order={2} mb="lg">{title}</Title>
          {children}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
`;
  const page = (body: string, imports = '') => `import { useRouter } from 'next/router';
import { SettingsLayout } from '@/components/Layout/SettingsLayout';
import { TrainingConsentModal } from '@/components/Consent/TrainingConsentModal';
${imports}
export default function PrivacySettingsPage() {
  const router = useRouter();
  const close = () => router.push('/settings');

  return (
    <SettingsLayout title="Privacy">
      ${body}
    </SettingsLayout>
  );
}
`;
  const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./src/*'] }, jsx: 'preserve' } });
  const rendered = (component: string, settingsPage: string, extra: Record<string, string> = {}) => ({
    ...app(component),
    'tsconfig.json': TSCONFIG,
    'src/components/Layout/SettingsLayout.tsx': LAYOUT,
    'src/pages/settings/privacy.tsx': settingsPage,
    ...extra,
  });

  it('decides the text of a card, or of a modal kept in place, once every place the app renders it is read', async () => {
    const settings = page('<TrainingConsentModal opened onClose={close} />');
    for (const component of [inCard, inPlace]) {
      // Rendered nowhere, or by a page through a layout that draws its children in a Container: no Button around it.
      expect(await report(project(app(component)))).toEqual({ findings: [FINE_PRINT], reviews: [] });
      expect(await report(project(rendered(component, settings)))).toEqual({ findings: [FINE_PRINT], reviews: [] });
    }
  });

  it('follows a constant that picks the component for a page', async () => {
    const sheet = "import { TrainingConsentSheet } from '@/components/Consent/TrainingConsentSheet';\n\nconst Prompt = process.env.NEXT_PUBLIC_CONSENT_SHEET === 'on' ? TrainingConsentSheet : TrainingConsentModal;\n";
    const picked = page('<Prompt opened onClose={close} />', sheet);
    expect(await report(project(rendered(inCard, picked)))).toEqual({ findings: [FINE_PRINT], reviews: [] });
    // near-miss: the constant drawn inside a Button, handed on, or kept in another constant drawn in a Button.
    const inButton = page('<Button variant="subtle"><Prompt opened onClose={close} /></Button>', `import { Button } from '@mantine/core';\n${sheet}`);
    const handedOn = page('{renderPrompt(Prompt)}', `import { renderPrompt } from '@/lib/prompts';\n${sheet}`);
    const keptAgain = `${page('<Button variant="subtle"><Shown opened onClose={close} /></Button>', `import { Button } from '@mantine/core';\n${sheet}`)}\nconst Shown = Prompt;\n`;
    for (const settings of [inButton, handedOn, keptAgain]) expect(await report(project(rendered(inCard, settings)))).toEqual({ findings: [], reviews: [FINE_PRINT] });
  });

  it('follows a component that a page calls as a function, and a list that draws it', async () => {
    const called = `import { Stack } from '@mantine/core';
import { TrainingConsentModal } from '@/components/Consent/TrainingConsentModal';
import { useConsentPrompts } from '@/hooks/useConsentPrompts';

function ConsentPrompts() {
  const { prompts, dismiss } = useConsentPrompts();
  return (
    <Stack>
      {prompts.map((prompt) => (
        <TrainingConsentModal key={prompt.id} opened onClose={() => dismiss(prompt.id)} />
      ))}
    </Stack>
  );
}

export default function ConsentPage() {
  return ConsentPrompts();
}
`;
    expect(await report(project({ ...app(inCard), 'tsconfig.json': TSCONFIG, 'src/pages/consent.tsx': called }))).toEqual({ findings: [FINE_PRINT], reviews: [] });
  });

  it('near-miss: stays a question where the app may draw it inside a Button, or where the way it is drawn is not followed', async () => {
    const planButton = `import { Button, type ButtonProps } from '@mantine/core';

export function PlanButton({ children, ...props }: ButtonProps & { onClick?: () => void; children: React.ReactNode }) {
  return (
    <Button fullWidth h="auto" py="md" variant="light" {...props}>
      {children}
    </Button>
  );
}
`;
    const slot = `import { Paper } from '@mantine/core';
import { renderSlot } from '@/lib/slots';

export function Panel({ children }: { children: React.ReactNode }) {
  return <Paper p="md">{renderSlot(children)}</Paper>;
}
`;
    const LAZY = `import dynamic from 'next/dynamic';

const TrainingConsentModal = dynamic(() => import('@/components/Consent/TrainingConsentModal').then((m) => m.TrainingConsentModal), { ssr: false });

export default function ConsentSettingsPage() {
  return <TrainingConsentModal opened onClose={() => history.back()} />;
}
`;
    const cases: Array<[string, Record<string, string>]> = [
      // In a Mantine Button, through an app component that spreads its props on it.
      [page('<PlanButton onClick={close}><TrainingConsentModal opened onClose={close} /></PlanButton>', "import { PlanButton } from '@/components/Billing/PlanButton';\n"), { 'src/components/Billing/PlanButton.tsx': planButton }],
      // In a Button written in the page.
      [page('<Button variant="subtle"><TrainingConsentModal opened onClose={close} /></Button>', "import { Button } from '@mantine/core';\n"), {}],
      // Handed to a helper the search does not read.
      [page('<Panel><TrainingConsentModal opened onClose={close} /></Panel>', "import { Panel } from '@/components/Layout/Panel';\n"), { 'src/components/Layout/Panel.tsx': slot }],
      // Kept in a variable, and drawn wherever the variable goes.
      [page('{prompt}', "const prompt = <TrainingConsentModal opened onClose={() => {}} />;\n"), {}],
      // Loaded when first drawn (next/dynamic), where the search for the elements that render it does not follow.
      [page('<Paper p="md">Loading your settings…</Paper>', "import { Paper } from '@mantine/core';\n"), { 'src/pages/settings/consent.tsx': LAZY }],
    ];
    for (const [settings, extra] of cases) expect(await report(project(rendered(inCard, settings, extra)))).toEqual({ findings: [], reviews: [FINE_PRINT] });
    // Drawn by a component of the app's that is not in the tree (generated, or not checked in): it may be anything,
    // so the modal's own file cannot tell what is around it.
    const inShell = page('<Shell><TrainingConsentModal opened onClose={close} /></Shell>', "import { Shell } from '@/components/Layout/Shell';\n");
    expect((await report(project(rendered(inCard, inShell)))).reviews).toEqual([FINE_PRINT]);
  });

  it('a component rendered across the app is not searched in its own file, and each page decides it where it renders it', async () => {
    const sections = ['privacy', 'notifications', 'billing', 'team', 'api-keys', 'security'];
    const settings = page('<TrainingConsentModal opened onClose={close} />');
    const pages = (names: string[]) => Object.fromEntries(names.map((section) => [`src/pages/settings/${section}.tsx`, settings]));
    // Six modules render it besides its own: each would be parsed for it, so its file leaves the size unknown; a page,
    // which nothing renders, knows what is around it there.
    const across = await report(project(rendered(inCard, settings, pages(sections))));
    expect(across).toEqual({ findings: sections.map((section) => `src/pages/settings/${section}.tsx:11 no-fine-print`).sort(), reviews: [FINE_PRINT] });
    // Five are read: the component's file decides, once.
    expect(await report(project(rendered(inCard, settings, pages(sections.slice(0, 5)))))).toEqual({ findings: [FINE_PRINT], reviews: [] });
  });
});

describe("a Next.js app's root wrapped by a package, and the providers between it and a banner", () => {
  // civitai's shape: `_app` is handed to tRPC's `withTRPC` and given `getInitialProps`; a consent provider (a React
  // context's) draws the banner; an app provider takes `children` by name and keeps the rest of its props for state.
  const APP_PACKAGE = JSON.stringify({
    name: 'pixel-forge',
    private: true,
    dependencies: { '@mantine/core': '7.17.0', '@trpc/client': '11.0.0', '@trpc/next': '11.0.0', next: '14.2.0', react: '18.3.1', 'react-dom': '18.3.1' },
  });
  const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./src/*'] }, jsx: 'preserve' } });
  const GLOBALS = `html, body { margin: 0; }\n.mantine-Button-label * { font-size: inherit; font-weight: inherit; }\n`;
  const root = (exported: string, imports = "import { trpc } from '@/utils/trpc';\n") => `import type { AppContext, AppProps } from 'next/app';
import { MantineProvider } from '@mantine/core';
import { AppProvider } from '@/providers/AppProvider';
import { ConsentProvider } from '@/components/Consent/ConsentProvider';
${imports}import '@mantine/core/styles.css';
import '@/styles/globals.css';

type Props = AppProps<{ region: string }> & { seed: number };

function PixelForgeApp({ Component, pageProps, seed }: Props) {
  return (
    <AppProvider seed={seed} region={pageProps.region}>
      <MantineProvider defaultColorScheme="dark">
        <ConsentProvider>
          <Component {...pageProps} />
        </ConsentProvider>
      </MantineProvider>
    </AppProvider>
  );
}

PixelForgeApp.getInitialProps = async ({ ctx }: AppContext) => ({ pageProps: {}, seed: Number(ctx.query.seed ?? Date.now()) });

export default ${exported};
`;
  const TRPC = `import { httpBatchLink } from '@trpc/client';
import { createTRPCNext } from '@trpc/next';
import type { AppRouter } from '@/server/routers';

export const trpc = createTRPCNext<AppRouter>({
  config() {
    return { links: [httpBatchLink({ url: '/api/trpc' })] };
  },
  ssr: false,
});
`;
  const APP_PROVIDER = `import { createContext, useContext, useState } from 'react';

type AppContextValue = { seed: number; region: string };
const Context = createContext<AppContextValue | null>(null);

export function useAppContext() {
  const context = useContext(Context);
  if (!context) throw new Error('missing AppProvider in tree');
  return context;
}

export function AppProvider({ children, ...appContext }: AppContextValue & { children: React.ReactNode }) {
  const [state] = useState(() => ({ ...appContext }));
  return <Context.Provider value={state}>{children}</Context.Provider>;
}
`;
  const CONSENT_PROVIDER = `import { createContext, useContext, useMemo, useState } from 'react';
import { CookieBanner } from './CookieBanner';

type Choice = 'accepted' | 'rejected' | null;
type ConsentValue = { choice: Choice; accept: () => void; reject: () => void };

export const ConsentContext = createContext<ConsentValue | null>(null);

export function useConsent() {
  const value = useContext(ConsentContext);
  if (!value) throw new Error('useConsent must be used inside <ConsentProvider>');
  return value;
}

export function ConsentProvider({ children }: { children: React.ReactNode }) {
  const [choice, setChoice] = useState<Choice>(null);
  const value = useMemo(() => ({ choice, accept: () => setChoice('accepted'), reject: () => setChoice('rejected') }), [choice]);
  return (
    <ConsentContext.Provider value={value}>
      {children}
      {choice === null && <CookieBanner />}
    </ConsentContext.Provider>
  );
}
`;
  const BANNER = `import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useConsent } from './ConsentProvider';

export function CookieBanner() {
  const { accept, reject } = useConsent();
  return (
    <Paper withBorder shadow="lg" p="md" radius="md" pos="fixed" bottom={16} left={16} right={16}>
      <Stack gap="sm">
        <Text fw={600} size="sm">Your privacy choices</Text>
        <Text fz={10}>
          We use cookies for analytics and advertising. Essential cookies stay on either way. See our{' '}
          <Anchor href="/privacy" inherit>Privacy Policy</Anchor>.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" size="xs" onClick={reject}>Reject</Button>
          <Button size="xs" onClick={accept}>Accept</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
`;
  const app = (rootText: string, extra: Record<string, string> = {}) =>
    project({
      'package.json': APP_PACKAGE,
      'tsconfig.json': TSCONFIG,
      'src/styles/globals.css': GLOBALS,
      'src/pages/_app.tsx': rootText,
      'src/utils/trpc.ts': TRPC,
      'src/providers/AppProvider.tsx': APP_PROVIDER,
      'src/components/Consent/ConsentProvider.tsx': CONSENT_PROVIDER,
      'src/components/Consent/CookieBanner.tsx': BANNER,
      ...extra,
    });
  const FINE_PRINT = 'src/components/Consent/CookieBanner.tsx:10 no-fine-print';

  it("decides the banner's text size: nothing of the app draws the root, and the providers draw nothing", async () => {
    expect(await report(app(root('trpc.withTRPC(PixelForgeApp)')))).toEqual({ findings: [FINE_PRINT], reviews: [] });
    // A package's function called directly, and two of them.
    const i18n = "import { appWithTranslation } from 'next-i18next';\nimport { trpc } from '@/utils/trpc';\n";
    expect(await report(app(root('appWithTranslation(trpc.withTRPC(PixelForgeApp))', i18n)))).toEqual({ findings: [FINE_PRINT], reviews: [] });
  });

  it('near-miss: stays a question where the root is wrapped by what the search cannot read, or drawn by the app', async () => {
    const harness = `import { render } from '@testing-library/react';
import App from '@/pages/_app';

export const renderApp = (Page: React.ComponentType) => render(<App Component={Page} pageProps={{ region: 'eu' }} seed={1} router={undefined as never} />);
`;
    const cases: Array<[string, Record<string, string>]> = [
      // The app's own higher-order component, which may draw the root inside anything.
      [root('withSession(PixelForgeApp)', "import { withSession } from '@/lib/session';\n"), {}],
      // A package built on Mantine, which may draw a Button around it.
      [root('withMantineSsr(PixelForgeApp)', "import { withMantineSsr } from 'mantine-next-ssr';\n"), {}],
      // Called as a function through `.call`, it renders where the call is.
      [root('trpc.withTRPC(PixelForgeApp)').replace('export default', 'export const preview = () => PixelForgeApp.call(null, {} as Props);\nexport default'), {}],
      // Another script of the app draws the root.
      [root('trpc.withTRPC(PixelForgeApp)'), { 'src/testing/render-app.tsx': harness }],
    ];
    for (const [index, [rootText, extra]] of cases.entries()) expect([index, await report(app(rootText, extra))]).toEqual([index, { findings: [], reviews: [FINE_PRINT] }]);
  });

  it("near-miss: a provider that spreads the rest of its props on a Button may draw what it holds inside it", async () => {
    const spreading = APP_PROVIDER.replace('return <Context.Provider value={state}>{children}</Context.Provider>;', 'return <Context.Provider value={state}><Button {...appContext}>{children}</Button></Context.Provider>;').replace("import { createContext", "import { Button } from '@mantine/core';\nimport { createContext");
    // `children` taken by name: the rest holds none, and the Button is drawn around `children` itself.
    expect(await report(app(root('trpc.withTRPC(PixelForgeApp)'), { 'src/providers/AppProvider.tsx': spreading }))).toEqual({ findings: [], reviews: [FINE_PRINT] });
  });
});
