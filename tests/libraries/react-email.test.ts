/**
 * React Email: its components render known elements with the inline styles their source sets, so an email is read
 * as the inbox shows it. A win-back email's "No thanks" link drawn near white on the white body is a hidden decline;
 * its `Button` is a link that takes people to a page, not a purchase made in the email, so price lines after it are
 * no buried terms and need no review. Through ESLint and the checker, with the imports `react-email` (v5 on),
 * `@react-email/components` and the one-component packages (`@react-email/button`) write.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';
import { checkerReport } from '../helpers/report.js';
import { tempProjects } from '../helpers/temp-project.js';

const both = bothRunner('react-email');
const project = tempProjects('react-email-report');

const PACKAGE = JSON.stringify({ name: 'emails', private: true, dependencies: { '@react-email/components': '0.5.7', react: '19.1.0' } });

const WIN_BACK = (declineStyle: string) => `import { Body, Button, Container, Head, Heading, Html, Link, Preview, Section, Text } from '@react-email/components';

interface WinBackEmailProps {
  firstName: string;
  claimUrl: string;
  declineUrl: string;
}

export default function WinBackEmail({ firstName, claimUrl, declineUrl }: WinBackEmailProps) {
  return (
    <Html>
      <Head />
      <Preview>Your 50% discount expires tonight</Preview>
      <Body style={{ backgroundColor: '#ffffff', fontFamily: 'Helvetica, Arial, sans-serif' }}>
        <Container>
          <Heading as="h2">{firstName}, come back for 50% off</Heading>
          <Text>Reactivate your membership today and pay half price for three months.</Text>
          <Section style={{ textAlign: 'center' }}>
            <Button href={claimUrl} style={{ backgroundColor: '#16a34a', color: '#ffffff', padding: '12px 24px', borderRadius: '6px' }}>
              Claim my 50% discount
            </Button>
          </Section>
          <Text>
            <Link href={declineUrl} style={${declineStyle}}>No thanks</Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
`;

/** A usage-limit notice as an observability product sends it: the upgrade link first, the plan's price below. */
const USAGE_LIMIT = (imports: string) => `import * as React from 'react';
${imports}

export const UsageLimitEmail = ({ organizationName, billingUrl }: { organizationName: string; billingUrl: string }) => (
  <Html>
    <Head />
    <Preview>Ingestion paused for {organizationName}</Preview>
    <Body style={{ backgroundColor: '#ffffff', fontFamily: 'sans-serif' }}>
      <Container style={{ padding: '20px' }}>
        <Heading style={{ fontSize: '24px' }}>Ingestion paused for {organizationName}</Heading>
        <Text>Your organization reached its monthly limit of 50,000 units on the Hobby plan.</Text>
        <Button href={billingUrl} style={{ backgroundColor: '#000000', color: '#ffffff', padding: '12px 20px' }}>
          Upgrade now to resume ingestion
        </Button>
        <Section style={{ marginTop: '32px' }}>
          <Heading as="h3" style={{ fontSize: '18px' }}>Upgrade to Core at only $29/month</Heading>
          <Text style={{ fontSize: '14px', color: '#374151' }}>Retain data for 90 days and add unlimited users. Billed monthly until you cancel.</Text>
        </Section>
      </Container>
    </Body>
  </Html>
);
`;

describe('React Email', () => {
  it('reads a near-white "No thanks" link on the white body as a hidden decline', async () => {
    const files = { 'package.json': PACKAGE, 'emails/win-back.tsx': WIN_BACK("{ color: '#f5f5f5', fontSize: '12px' }") };
    const result = await both(files, 'emails/win-back.tsx', ['no-hidden-decline']);
    expect(result.checker).toEqual(['no-hidden-decline nearInvisible 24:13']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: the same link in a readable grey is no hidden decline', async () => {
    const files = { 'package.json': PACKAGE, 'emails/win-back.tsx': WIN_BACK("{ color: '#4b5563', fontSize: '14px' }") };
    expect(await both(files, 'emails/win-back.tsx', ['no-hidden-decline'])).toEqual({ eslint: [], checker: [] });
  });

  it.each([
    ['@react-email/components', "import { Body, Button, Container, Head, Heading, Html, Preview, Section, Text } from '@react-email/components';"],
    ['react-email', "import { Body, Button, Container, Head, Heading, Html, Preview, Section, Text } from 'react-email';"],
    [
      'one package per component',
      [
        "import { Body } from '@react-email/body';",
        "import { Button } from '@react-email/button';",
        "import { Container } from '@react-email/container';",
        "import { Head } from '@react-email/head';",
        "import { Heading } from '@react-email/heading';",
        "import { Html } from '@react-email/html';",
        "import { Preview } from '@react-email/preview';",
        "import { Section } from '@react-email/section';",
        "import { Text } from '@react-email/text';",
      ].join('\n'),
    ],
  ])('from %s: an upgrade link is no purchase made in the email, so the price below it is neither buried nor left to review', async (_from, imports) => {
    const files = { 'package.json': PACKAGE, 'emails/usage-limit.tsx': USAGE_LIMIT(imports) };
    expect(await both(files, 'emails/usage-limit.tsx')).toEqual({ eslint: [], checker: [] });
    expect(await checkerReport(project(files))).toEqual({ findings: [], reviews: [] });
  });
});
