/**
 * no-fine-print compares a disclosure's size with the choice it qualifies. On a landing page read as one prompt, the
 * copy of a card that does not hold the choice (a perk's "members keep 80% of every sale", 14px, in a grid of cards
 * above a 20px "Subscribe", as civitai's creator program page has its feature cards) qualifies nothing there: it is
 * held to the floor and to contrast, not to the button's size. The terms beside the button, and a card that holds
 * the choice, keep being measured against it. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('fine-print-other-card');

const OFFER = `<Text>$10 per month. Your membership renews automatically until you cancel.</Text>
        <Group>
          <Button size="xl" onClick={subscribe} loading={subscribing}>Subscribe</Button>
          <Anchor href="/">Maybe later</Anchor>
        </Group>`;

const page = (perkSize = ' size="sm"', offer = OFFER) => `import { Anchor, Button, Card, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCoin, IconLicense } from '@tabler/icons-react';
import { useSubscribe } from '@/components/Membership/useSubscribe';

const PERKS = [
  { icon: <IconLicense size={28} />, title: 'Licensing fees', body: 'Set a licensing fee on your models: members keep 80% of every sale instead of 70%.' },
  { icon: <IconCoin size={28} />, title: 'Monthly Buzz', body: 'Get 5,000 Buzz every month while your membership renews.' },
];

export default function MembershipPage() {
  const { subscribe, subscribing } = useSubscribe();

  return (
    <Container size="lg" py="xl">
      <Stack gap="xl">
        <Title order={1}>Become a Supporter</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {PERKS.map((perk) => (
            <Card key={perk.title} withBorder padding="lg">
              {perk.icon}
              <Text fw={700} size="lg">{perk.title}</Text>
              <Text${perkSize}>{perk.body}</Text>
            </Card>
          ))}
        </SimpleGrid>
        ${offer}
      </Stack>
    </Container>
  );
}
`;

const files = (source: string) => ({
  'package.json': JSON.stringify({ name: 'model-hub', private: true, dependencies: { react: '18.3.1', next: '14.2.15', '@mantine/core': '7.17.0', '@tabler/icons-react': '3.19.0' } }),
  'tsconfig.json': JSON.stringify({ compilerOptions: { jsx: 'preserve', baseUrl: '.', paths: { '@/*': ['./src/*'] } } }),
  'src/pages/membership.tsx': source,
});

const ENTRY = 'src/pages/membership.tsx';
const TERMS = 'no-fine-print smallerThanChoice 26:9';

describe('a disclosure in a card that does not hold the choice', () => {
  it("near-miss: a perk card's 14px copy is not measured against a 20px Subscribe below the grid; the terms beside it are", async () => {
    const result = await both(files(page()), ENTRY, ['no-fine-print']);
    expect(result.checker).toEqual([TERMS]);
    expect(result.eslint).toEqual(result.checker);
  });

  it('is still held to the floor', async () => {
    const result = await both(files(page(' fz={10}')), ENTRY, ['no-fine-print']);
    expect(result.checker).toEqual(['no-fine-print belowFloor 22:15', TERMS]);
    expect(result.eslint).toEqual(result.checker);
  });

  it('a card that holds the choice keeps its terms measured against it', async () => {
    const card = `<Card withBorder padding="xl">
          <Text size="sm">$10 per month. Your membership renews automatically until you cancel.</Text>
          <Button size="xl" onClick={subscribe} loading={subscribing}>Subscribe</Button>
          <Anchor href="/">Maybe later</Anchor>
        </Card>`;
    const result = await both(files(page(' size="sm"', card)), ENTRY, ['no-fine-print']);
    expect(result.checker).toEqual(['no-fine-print smallerThanChoice 27:11']);
    expect(result.eslint).toEqual(result.checker);
  });
});
