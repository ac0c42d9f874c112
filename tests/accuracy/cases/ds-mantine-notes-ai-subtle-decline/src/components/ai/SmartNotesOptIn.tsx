import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, ThemeIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSparkles } from '@tabler/icons-react';
import { setTrainingPreference } from '@/services/account';
import { track } from '@/lib/telemetry';

interface SmartNotesOptInProps {
  opened: boolean;
  onClose: () => void;
}

export function SmartNotesOptIn({ opened, onClose }: SmartNotesOptInProps) {
  const [pending, setPending] = useState<'allow' | 'deny' | null>(null);

  const answer = async (allow: boolean) => {
    setPending(allow ? 'allow' : 'deny');
    try {
      await setTrainingPreference({ allowTraining: allow, source: 'smart-notes-modal' });
      track('smart_notes_opt_in_answered', { allow });
      onClose();
    } catch {
      notifications.show({ color: 'red', message: 'Could not save your choice. Try again in a moment.' });
    } finally {
      setPending(null);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      withCloseButton={false}
      closeOnClickOutside={false}
      centered
      size="md"
      radius="md"
    >
      <Stack gap="md">
        <Group gap="sm">
          <ThemeIcon variant="light" size="lg" radius="xl">
            <IconSparkles size={18} />
          </ThemeIcon>
          <Text fw={700} size="lg">
            Make Inkwell smarter
          </Text>
        </Group>
        <Text>
          Let Inkwell learn from your notes so suggestions, summaries and search get better for you and everyone
          else.
        </Text>
        <Text size="xs" c="dimmed">
          Notes you share are copied to our training servers, kept for up to 18 months and may be read by our
          reviewers to check the quality of the models.
        </Text>
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="subtle" color="gray" loading={pending === 'deny'} onClick={() => answer(false)}>
            No thanks, I&apos;ll miss out
          </Button>
          <Button size="md" loading={pending === 'allow'} onClick={() => answer(true)}>
            Turn on smart notes
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
