import { Alert, Button, Divider, Group, Modal, Stack, Switch, Text } from '@mantine/core';
import { useConsentStore } from '../../store/useConsentStore';

function SwitchLabel({ title, text }: { title: string; text: string }) {
  return (
    <>
      <Text component="span" display="block" size="sm" fw={600}>
        {title}
      </Text>
      <Text component="span" display="block" size="sm">
        {text}
      </Text>
    </>
  );
}

const ALL_OFF = { necessary: true, analytics: false, personalisedAds: false, partnerEmails: false };
const ALL_ON = { necessary: true, analytics: true, personalisedAds: true, partnerEmails: true };

export function ConsentPreferences() {
  const { preferencesOpen, closePreferences, draft, setChoice, commit, status } = useConsentStore();
  const saving = status === 'saving';

  return (
    <Modal opened={preferencesOpen} onClose={closePreferences} title="Privacy preferences" size="lg" centered>
      <Stack gap="md">
        <Text size="sm">
          Rehome uses cookies and similar technologies. Pick the ones you are happy with; you can come back here from
          the footer link “Privacy preferences” at any time.
        </Text>

        <Switch
          label={<SwitchLabel title="Strictly necessary" text="Keeps you signed in, remembers your basket and protects against fraud." />}
          checked
          disabled
        />
        <Divider />
        <Switch
          label={<SwitchLabel title="Analytics" text="Helps us understand which listings people look at so we can improve search." />}
          checked={draft.analytics}
          onChange={(event) => setChoice('analytics', event.currentTarget.checked)}
        />
        <Switch
          label={
            <SwitchLabel
              title="Personalised advertising"
              text="Lets Meta and Google show you Rehome listings on other sites based on what you browsed here."
            />
          }
          checked={draft.personalisedAds}
          onChange={(event) => setChoice('personalisedAds', event.currentTarget.checked)}
        />
        <Switch
          label={<SwitchLabel title="Offers from partner shops by email" text="Occasional emails from removal and storage companies we work with." />}
          checked={draft.partnerEmails}
          onChange={(event) => setChoice('partnerEmails', event.currentTarget.checked)}
        />

        {status === 'error' && (
          <Alert color="red" variant="light">
            Your preferences could not be saved. Check your connection and try again.
          </Alert>
        )}

        <Group justify="flex-end" gap="sm">
          <Button variant="filled" color="dark" loading={saving} onClick={() => commit(ALL_OFF)}>
            Reject all
          </Button>
          <Button variant="filled" color="dark" loading={saving} onClick={() => commit(draft)}>
            Save preferences
          </Button>
          <Button variant="filled" color="dark" loading={saving} onClick={() => commit(ALL_ON)}>
            Accept all
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
