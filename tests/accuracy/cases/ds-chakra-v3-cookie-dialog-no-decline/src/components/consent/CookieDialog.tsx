'use client';

import { useEffect, useState } from 'react';
import { Button, Dialog, HStack, Portal, Text } from '@chakra-ui/react';
import { readConsent, writeConsent } from '@/lib/consent-storage';
import { CookieSettingsDialog } from './CookieSettingsDialog';

export function CookieDialog() {
  const [open, setOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);

  useEffect(() => {
    if (!readConsent()) setOpen(true);
  }, []);

  const acceptAll = () => {
    writeConsent({ necessary: true, analytics: true, advertising: true });
    window.dataLayer?.push({ event: 'consent_update', consent: 'all' });
    setOpen(false);
  };

  const openSettings = () => {
    setOpen(false);
    setSettingsOpen(true);
  };

  return (
    <>
      <Dialog.Root open={open} modal={false} placement="bottom" motionPreset="slide-in-bottom">
        <Portal>
          <Dialog.Positioner pointerEvents="none">
            <Dialog.Content pointerEvents="auto" maxW="2xl" mb="4">
              <Dialog.Header>
                <Dialog.Title>Cookies on Saffron &amp; Salt</Dialog.Title>
              </Dialog.Header>
              <Dialog.Body>
                <Text>
                  We use cookies so the site works properly and so we can see which recipes you love. That helps us
                  decide what to cook up next.
                </Text>
              </Dialog.Body>
              <Dialog.Footer>
                <HStack gap="3">
                  <Button variant="outline" onClick={openSettings}>
                    Manage settings
                  </Button>
                  <Button colorPalette="orange" onClick={acceptAll}>
                    Accept all
                  </Button>
                </HStack>
              </Dialog.Footer>
              <Text textStyle="xs" color="fg.muted" px="6" pb="4">
                By accepting, you also let us and our 42 advertising partners share your browsing data to show you
                personalised ads on other sites.
              </Text>
            </Dialog.Content>
          </Dialog.Positioner>
        </Portal>
      </Dialog.Root>
      <CookieSettingsDialog open={settingsOpen} onOpenChange={setSettingsOpen} />
    </>
  );
}
