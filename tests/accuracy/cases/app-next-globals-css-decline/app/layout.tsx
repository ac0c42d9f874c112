import type { Metadata } from 'next';
import { Lora, Work_Sans } from 'next/font/google';
import { SiteHeader } from '@/components/SiteHeader';
import { SiteFooter } from '@/components/SiteFooter';
import { CookieNotice } from '@/components/CookieNotice';
import './globals.css';

const serif = Lora({ subsets: ['latin'], variable: '--font-serif' });
const sans = Work_Sans({ subsets: ['latin'], variable: '--font-sans' });

export const metadata: Metadata = {
  title: { default: 'Saltbox — weeknight recipes', template: '%s · Saltbox' },
  description: 'Tested recipes for busy weeknights.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${serif.variable} ${sans.variable}`}>
      <body>
        <SiteHeader />
        <main className="mx-auto max-w-5xl px-4">{children}</main>
        <SiteFooter />
        <CookieNotice />
      </body>
    </html>
  );
}
