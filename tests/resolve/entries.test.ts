/**
 * Global stylesheets: what an app's entry module imports styles the app's components, found by the conventions of
 * Vite (src/main.tsx), Create React App (src/index.tsx) and Next.js (app/layout.tsx, pages/_app.tsx), per app
 * folder (the nearest package.json), through the checker and ESLint alike.
 */
import { describe, expect, it } from 'vitest';
import { bothDoors } from '../helpers/both-doors.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('entries');

const BANNER = `import { useCookieConsent } from '../hooks/useCookieConsent';

export function CookieBanner() {
  const { acceptAll, rejectAll } = useCookieConsent();
  return (
    <div className="cookie-banner" role="dialog" aria-label="Cookies">
      <p className="cookie-banner__text">We use cookies for analytics and advertising.</p>
      <button className="cookie-banner__accept" onClick={acceptAll}>Accept all</button>
      <button className="cookie-banner__reject" onClick={rejectAll}>Reject all</button>
    </div>
  );
}
`;

const CSS = `.cookie-banner { background: #ffffff; color: #1f2937; padding: 16px; }
.cookie-banner__accept { background: #2563eb; color: #ffffff; font-size: 16px; font-weight: 600; padding: 10px 20px; border: 0; }
.cookie-banner__reject { background: none; border: 0; padding: 0; color: #4b5563; font-size: 12px; font-weight: 400; }
`;

describe('entry stylesheets', () => {
  it.each([
    ['Vite', 'src/main.tsx', `import { createRoot } from 'react-dom/client';\nimport App from './App';\nimport './index.css';\ncreateRoot(document.getElementById('root')!).render(<App />);\n`, 'src/index.css'],
    ['Create React App', 'src/index.tsx', `import ReactDOM from 'react-dom/client';\nimport './styles/global.css';\nimport App from './App';\nReactDOM.createRoot(document.getElementById('root')).render(<App />);\n`, 'src/styles/global.css'],
    ['Next.js App Router', 'app/layout.tsx', `import './globals.css';\nexport default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n`, 'app/globals.css'],
    ['Next.js Pages Router', 'pages/_app.tsx', `import '../styles/globals.css';\nexport default function App({ Component, pageProps }) {\n  return <Component {...pageProps} />;\n}\n`, 'styles/globals.css'],
  ])('apply to the components of a %s app', async (_name, entry, entryText, sheet) => {
    const dir = project({ 'package.json': '{"name":"app","private":true}', [entry]: entryText, [sheet]: CSS, 'src/components/CookieBanner.tsx': BANNER });
    const { checker, eslint } = await bothDoors(dir, 'src/components/CookieBanner.tsx');
    expect(checker).toEqual(['9:7 no-unbalanced-choices weakerDecline']);
    expect(eslint).toEqual(checker);
  });

  it('stay within their app: a second app with its own package.json does not get them', async () => {
    const dir = project({
      'package.json': '{"name":"web","private":true}',
      'src/main.tsx': `import './index.css';\n`,
      'src/index.css': CSS,
      'packages/widget/package.json': '{"name":"widget","private":true}',
      'packages/widget/src/CookieBanner.tsx': BANNER,
    });
    const { checker, eslint } = await bothDoors(dir, 'packages/widget/src/CookieBanner.tsx');
    expect(checker).toEqual([]);
    expect(eslint).toEqual([]);
  });

  it('are not read from a module that is no entry (a page importing its own stylesheet styles only what it renders)', async () => {
    const dir = project({
      'package.json': '{"name":"app","private":true}',
      'src/pages/Settings.tsx': `import './settings.css';\nexport const Settings = () => <main />;\n`,
      'src/pages/settings.css': CSS,
      'src/components/CookieBanner.tsx': BANNER,
    });
    const { checker, eslint } = await bothDoors(dir, 'src/components/CookieBanner.tsx');
    expect(checker).toEqual([]);
    expect(eslint).toEqual([]);
  });
});

describe("the `@/` alias of Vite and Next.js projects", () => {
  it('is followed to ./src or the app folder where no tsconfig or jsconfig maps it (a bundler alias)', async () => {
    const dir = project({
      'package.json': '{"name":"app","private":true,"dependencies":{"tailwindcss":"^3.4.0"}}',
      'src/components/ui/quiet-button.tsx': `export function QuietButton({ children, onClick }: { children: React.ReactNode; onClick: () => void }) {\n  return <button className="bg-transparent p-0 text-xs text-gray-400" onClick={onClick}>{children}</button>;\n}\n`,
      'src/components/CookieBanner.tsx': `import { QuietButton } from '@/components/ui/quiet-button';\n\nexport function CookieBanner({ onAccept, onReject }: { onAccept: () => void; onReject: () => void }) {\n  return (\n    <div role="dialog" className="bg-white p-4 text-gray-900">\n      <p>We use cookies for analytics and personalised advertising.</p>\n      <button className="rounded bg-blue-600 px-4 py-2 text-base font-semibold text-white" onClick={onAccept}>Accept all</button>\n      <QuietButton onClick={onReject}>Reject all</QuietButton>\n    </div>\n  );\n}\n`,
    });
    const { checker, eslint } = await bothDoors(dir, 'src/components/CookieBanner.tsx');
    expect(checker.filter((f) => f.includes('unbalanced'))).toEqual(['8:7 no-unbalanced-choices weakerDecline']);
    expect(eslint).toEqual(checker);
  });
});
