import { Button, Group, Paper, Stack, Text, Transition } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { applyConsent } from '@/lib/consent';
import { openCookiePreferences } from '@/components/CookiePreferences';
import classes from './CookieBanner.module.css';

type StoredConsent = { analytics: boolean; sponsors: boolean; savedAt: string } | null;

export function CookieBanner() {
  const [consent, setConsent] = useLocalStorage<StoredConsent>({
    key: 'pinecrest-consent',
    defaultValue: null,
    getInitialValueInEffect: true,
  });

  const decide = (analytics: boolean, sponsors: boolean) => {
    const next = { analytics, sponsors, savedAt: new Date().toISOString() };
    setConsent(next);
    applyConsent(next);
  };

  return (
    <Transition mounted={consent === null} transition="slide-up" duration={250}>
      {(styles) => (
        <Paper className={classes.root} style={styles} shadow="lg" radius="md" p="lg" withBorder role="dialog" aria-label="Cookie consent">
          <Stack gap="sm">
            <Text fw={600}>Cookies on Pinecrest Radio</Text>
            <Text size="sm">
              We use cookies to keep the player running, to measure how many people listen to each show and, if you
              agree, to tailor sponsor messages to you.
            </Text>
            <Group className={classes.actions} justify="flex-end" gap="sm">
              <Button variant="subtle" onClick={openCookiePreferences}>
                Preferences
              </Button>
              <Button variant="default" className={classes.reject} onClick={() => decide(false, false)}>
                Reject all
              </Button>
              <Button onClick={() => decide(true, true)}>Accept all</Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Transition>
  );
}
