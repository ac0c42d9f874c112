/**
 * no-fine-print on a page of cards read as one prompt: a card with a button of its own and none of the page's
 * choices describes what that button does (civitai's "OAuth Applications" card, "Register App" beside a dimmed
 * "allow third-party integrations to access the API"), not the terms of another card's "Save". A card whose button
 * asks for consent is a prompt of its own: its faint terms are still reported. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('fine-print-own-action');

const PROFILE_CARD = `import { Card, Stack, TextInput, Title } from '@mantine/core';
import type { UseFormRegister } from 'react-hook-form';

export function ProfileCard({ register }: { register: UseFormRegister<{ username: string; email: string }> }) {
  return (
    <Card withBorder>
      <Stack>
        <Title order={2}>Account Info</Title>
        <TextInput label="Username" {...register('username')} />
        <TextInput label="Email" {...register('email')} />
      </Stack>
    </Card>
  );
}
`;

const apiCard = (action: string) => `import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useRegisterApp } from '@/components/Account/useRegisterApp';

export function OAuthAppsCard() {
  const { openRegister } = useRegisterApp();
  return (
    <Card withBorder>
      <Stack gap={0}>
        <Group align="start" justify="space-between">
          <Title order={2}>OAuth Applications</Title>
          ${action}
        </Group>
        <Text c="dimmed" size="sm">
          Register OAuth applications to allow third-party integrations to access the API on behalf of users.
        </Text>
      </Stack>
    </Card>
  );
}
`;

const ACCOUNT_PAGE = `import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { ProfileCard } from '@/components/Account/ProfileCard';
import { OAuthAppsCard } from '@/components/Account/OAuthAppsCard';
import { trpc } from '@/utils/trpc';

export default function AccountPage() {
  const form = useForm<{ username: string; email: string }>();
  const update = trpc.user.update.useMutation();
  return (
    <Container size="xs">
      <form onSubmit={form.handleSubmit((values) => update.mutate(values))}>
        <Stack>
          <Title order={1}>Manage Account</Title>
          <Text>Your profile, connected apps and data sharing.</Text>
          <ProfileCard register={form.register} />
          <OAuthAppsCard />
          <Button type="submit" loading={update.isPending}>Save</Button>
        </Stack>
      </form>
    </Container>
  );
}
`;

const files = (action: string) => ({
  'package.json': JSON.stringify({ name: 'gallery', private: true, dependencies: { react: '^18.3.1', '@mantine/core': '^7.13.0', 'react-hook-form': '^7.53.0' } }),
  'tsconfig.json': JSON.stringify({ compilerOptions: { jsx: 'react-jsx', baseUrl: '.', paths: { '@/*': ['./src/*'] } } }),
  'src/components/Account/ProfileCard.tsx': PROFILE_CARD,
  'src/components/Account/OAuthAppsCard.tsx': apiCard(action),
  'src/pages/user/account.tsx': ACCOUNT_PAGE,
});

const PAGE = 'src/pages/user/account.tsx';

describe("a card's faint description of its own button", () => {
  it("near-miss: the OAuth card's dimmed note says what 'Register App' does, not the terms of 'Save'", async () => {
    const register = `<Button size="compact-sm" leftSection={<IconPlus size={14} />} onClick={openRegister}>
            Register App
          </Button>`;
    const result = await both(files(register), PAGE, ['no-fine-print']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('the same card with no button of its own still has its faint sharing note measured against the page', async () => {
    const result = await both(files('<Text size="sm">2 apps</Text>'), PAGE, ['no-fine-print']);
    expect(result.checker).toEqual(['no-fine-print lowContrast 17:11']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('a card whose button asks for consent (an accept) is a prompt of its own and keeps its faint terms', async () => {
    const choose = `<Button size="compact-sm" onClick={openRegister}>Accept and connect</Button>`;
    // The card is then a prompt of its own, reported in its own file (its page renders what the card reports).
    const result = await both(files(choose), 'src/components/Account/OAuthAppsCard.tsx', ['no-fine-print']);
    expect(result.checker).toEqual(['no-fine-print lowContrast 14:9']);
    expect(result.eslint).toEqual(result.checker);
  });
});
