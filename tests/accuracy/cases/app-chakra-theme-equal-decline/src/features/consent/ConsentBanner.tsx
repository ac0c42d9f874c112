import { useState } from 'react';
import { Box, Button, Container, Heading, HStack, Text, useDisclosure } from '@chakra-ui/react';
import { useConsentStatus, saveConsent } from '@/consent/client';
import { ConsentSettingsModal } from './ConsentSettingsModal';

export function ConsentBanner() {
  const { status, refresh } = useConsentStatus();
  const settings = useDisclosure();
  const [busy, setBusy] = useState(false);

  if (status !== 'unknown') return null;

  const decideAll = async (granted: boolean) => {
    setBusy(true);
    await saveConsent({ statistics: granted, marketing: granted });
    setBusy(false);
    refresh();
  };

  return (
    <>
      <Box
        as="section"
        role="region"
        aria-label="Cookie-Einwilligung"
        position="fixed"
        insetX={0}
        bottom={0}
        bg="white"
        borderTopWidth="1px"
        shadow="lg"
        py={5}
        zIndex="banner"
      >
        <Container maxW="4xl">
          <Heading as="h2" size="md" mb={2}>
            Cookies bei Cadence
          </Heading>
          <Text fontSize="md" color="gray.800">
            Wir nutzen Cookies, um zu messen, welche Podcasts gehört werden, und um dir auf anderen Websites
            personalisierte Werbung für Cadence Plus zu zeigen. Deine Auswahl kannst du jederzeit in den
            Kontoeinstellungen ändern.
          </Text>
          <HStack mt={4} spacing={3} flexWrap="wrap">
            <Button isLoading={busy} onClick={() => decideAll(true)}>
              Alle akzeptieren
            </Button>
            <Button variant="secondary" isLoading={busy} onClick={() => decideAll(false)}>
              Alle ablehnen
            </Button>
            <Button variant="link" onClick={settings.onOpen}>
              Einstellungen
            </Button>
          </HStack>
        </Container>
      </Box>
      <ConsentSettingsModal isOpen={settings.isOpen} onClose={settings.onClose} />
    </>
  );
}
