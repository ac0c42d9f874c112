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

describe('the document root its entry renders (<html className="dark">)', () => {
  const PACKAGE = JSON.stringify({ name: 'web', private: true, dependencies: { next: '15.5.4', react: '19.1.0', 'next-themes': '0.4.6' }, devDependencies: { tailwindcss: '3.4.17' } });
  const TAILWIND = `import type { Config } from 'tailwindcss';\n\nexport default {\n  darkMode: ['class'],\n  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],\n} satisfies Config;\n`;
  const GLOBALS = `@tailwind base;\n@tailwind components;\n@tailwind utilities;\n\n:root {\n  --background: 0 0% 100%;\n  --foreground: 240 10% 3.9%;\n}\n\n.dark {\n  --background: 240 10% 3.9%;\n  --foreground: 0 0% 98%;\n}\n\nbody {\n  background-color: hsl(var(--background));\n  color: hsl(var(--foreground));\n}\n`;
  const layout = (html: string, imports = '') => `import type { Metadata } from 'next';\nimport { Inter } from 'next/font/google';\nimport { cn } from '@/lib/utils';\n${imports}import './globals.css';\n\nconst inter = Inter({ subsets: ['latin'], variable: '--font-sans' });\n\nexport const metadata: Metadata = { title: 'Acme Chat' };\n\nexport default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {\n  return (\n    ${html}\n  );\n}\n`;
  const DARK_LAYOUT = layout(`<html lang="en" className="dark">\n      <body className={cn('min-h-screen font-sans antialiased', inter.variable)}>{children}</body>\n    </html>`);
  // A terms update whose AI-training note is grey: on the light card 2.54:1, on the dark one 6.99:1.
  const TERMS_UPDATE = `'use client';

import { useState } from 'react';
import { useAcceptTerms } from '@/hooks/use-accept-terms';

export function TermsUpdateDialog() {
  const [open, setOpen] = useState(true);
  const { accept, isPending } = useAcceptTerms();
  if (!open) return null;
  return (
    <div role="dialog" aria-modal="true" className="fixed inset-0 flex items-center justify-center bg-black/50">
      <div className="w-full max-w-md rounded-lg bg-white p-6 shadow-lg dark:bg-gray-900">
        <h2 className="text-lg font-semibold">We've updated our terms</h2>
        <p className="mt-2 text-sm text-gray-400">We use your conversations to train and improve our AI models.</p>
        <button
          className="mt-6 w-full rounded-md bg-gray-950 px-4 py-2 text-sm font-medium text-white dark:bg-white dark:text-gray-950"
          disabled={isPending}
          onClick={() => accept().then(() => setOpen(false))}
        >
          Accept
        </button>
      </div>
    </div>
  );
}
`;
  // The same note in gray-600: 7.56:1 on the light card, 2.44:1 on the dark one.
  const DARK_ONLY_NOTE = TERMS_UPDATE.replace('text-sm text-gray-400', 'text-sm text-gray-600').replace('dark:bg-gray-900', 'dark:bg-gray-950');

  const app = (files: Record<string, string>) =>
    project({ 'package.json': PACKAGE, 'tailwind.config.ts': TAILWIND, 'app/globals.css': GLOBALS, 'components/terms-update-dialog.tsx': TERMS_UPDATE, 'components/dark-only-note.tsx': DARK_ONLY_NOTE, ...files });

  it("draws every page with the dark theme when the root layout always sets it: a grey note measured on the dark card", async () => {
    const dir = app({ 'app/layout.tsx': DARK_LAYOUT });
    const light = await bothDoors(dir, 'components/terms-update-dialog.tsx');
    expect(light.checker.filter((f) => f.includes('fine-print'))).toEqual([]);
    expect(light.eslint).toEqual(light.checker);
    // And what only the dark theme draws too faint is reported.
    const dark = await bothDoors(dir, 'components/dark-only-note.tsx');
    expect(dark.checker.filter((f) => f.includes('fine-print'))).toEqual(['14:9 no-fine-print lowContrast']);
    expect(dark.eslint).toEqual(dark.checker);
  });

  it.each([
    ['a theme provider of next-themes switches the class (through the shadcn/ui wrapper the layout renders)', {
      'app/layout.tsx': layout(`<html lang="en" suppressHydrationWarning>\n      <body className={inter.variable}>\n        <ThemeProvider attribute="class" defaultTheme="system" enableSystem>{children}</ThemeProvider>\n      </body>\n    </html>`, `import { ThemeProvider } from '@/components/theme-provider';\n`).replace('<html lang="en" suppressHydrationWarning>', '<html lang="en" className="dark" suppressHydrationWarning>'),
      'components/theme-provider.tsx': `'use client';\n\nimport { ThemeProvider as NextThemesProvider } from 'next-themes';\n\nexport function ThemeProvider({ children, ...props }: React.ComponentProps<typeof NextThemesProvider>) {\n  return <NextThemesProvider {...props}>{children}</NextThemesProvider>;\n}\n`,
    }],
    ['the class depends on a cookie', {
      'app/layout.tsx': layout(`<html lang="en" className={cn(inter.variable, theme === 'dark' && 'dark')}>\n      <body>{children}</body>\n    </html>`).replace('export default function RootLayout', "const theme = process.env.NEXT_PUBLIC_THEME;\n\nexport default function RootLayout"),
    }],
    ["Tailwind's dark mode follows the colour-scheme preference, not the class", { 'app/layout.tsx': DARK_LAYOUT, 'tailwind.config.ts': TAILWIND.replace("  darkMode: ['class'],\n", '') }],
  ])('keeps the light theme where %s', async (_name, files) => {
    const dir = app(files);
    const { checker, eslint } = await bothDoors(dir, 'components/terms-update-dialog.tsx');
    expect(checker.filter((f) => f.includes('fine-print'))).toEqual(['14:9 no-fine-print lowContrast']);
    expect(eslint).toEqual(checker);
  });
});

describe("next/font's classes on the root layout's <html> and <body>", () => {
  const LAYOUT = (loader: string) => `import type { Metadata } from 'next';
import { Inter } from 'next/font/google';
import { GeistMono } from 'geist/font/mono';
import { grantAnalytics, denyAnalytics } from '@/lib/consent';
import './globals.css';

const inter = Inter(${loader});

export const metadata: Metadata = { title: 'Saltbox' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={\`\${inter.variable} \${GeistMono.variable}\`}>
      <body className={inter.className}>
        {children}
        <div role="dialog" aria-label="Cookies" className="fixed inset-x-4 bottom-4 rounded-lg bg-white p-4 text-gray-900">
          <p className="text-xs text-gray-400">We use analytics and advertising cookies to measure and personalise what you see.</p>
          <button onClick={grantAnalytics} className="rounded bg-gray-900 px-4 py-2 text-sm text-white">Accept</button>
          <button onClick={denyAnalytics} className="rounded bg-gray-900 px-4 py-2 text-sm text-white">Reject</button>
        </div>
      </body>
    </html>
  );
}
`;
  const files = (loader: string) => ({
    'package.json': JSON.stringify({ name: 'saltbox', private: true, dependencies: { next: '15.5.4', geist: '1.4.2' }, devDependencies: { tailwindcss: '3.4.17' } }),
    'app/globals.css': '@tailwind base;\n@tailwind components;\n@tailwind utilities;\n',
    'app/layout.tsx': LAYOUT(loader),
  });

  it('sets only a font: the banner the layout renders is measured (a grey note at 2.54:1)', async () => {
    const { checker, eslint } = await bothDoors(project(files("{ subsets: ['latin'], variable: '--font-sans' }")), 'app/layout.tsx');
    expect(checker.filter((f) => f.includes('fine-print'))).toEqual(['17:11 no-fine-print lowContrast']);
    expect(eslint).toEqual(checker);
  });

  it("near-miss: a loader given one weight may set the body's font-weight: what that class sets stays unknown", async () => {
    const { checker, eslint } = await bothDoors(project(files("{ subsets: ['latin'], weight: '300' }")), 'app/layout.tsx');
    expect(checker.filter((f) => f.includes('fine-print'))).toEqual([]);
    expect(eslint).toEqual(checker);
  });
});
