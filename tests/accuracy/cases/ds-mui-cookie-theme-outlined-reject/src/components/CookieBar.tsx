'use client';

import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Slide from '@mui/material/Slide';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { getStoredConsent, storeConsent } from '@/lib/consent';
import { CookieSettingsDialog } from './CookieSettingsDialog';

export function CookieBar() {
  const [visible, setVisible] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);

  useEffect(() => {
    setVisible(getStoredConsent() === null);
  }, []);

  const choose = (analytics: boolean, advertising: boolean) => {
    storeConsent({ analytics, advertising });
    setVisible(false);
  };

  return (
    <>
      <Slide direction="up" in={visible} mountOnEnter unmountOnExit>
        <Paper
          elevation={8}
          square
          role="region"
          aria-label="Cookie consent"
          sx={{ position: 'fixed', insetInline: 0, bottom: 0, zIndex: (t) => t.zIndex.snackbar, px: { xs: 2, md: 4 }, py: 2.5 }}
        >
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems={{ md: 'center' }}>
            <Box sx={{ flex: 1 }}>
              <Typography variant="body2">
                The Harbour Gazette uses cookies to count readers and, with your permission, to show you personalised
                ads from our advertising partners.{' '}
                <Link href="/cookie-policy">Read our cookie policy</Link>
              </Typography>
            </Box>
            <Stack direction="row" spacing={1.5} flexShrink={0}>
              <Button variant="text" onClick={() => setSettingsOpen(true)}>
                Settings
              </Button>
              <Button onClick={() => choose(false, false)}>Reject all</Button>
              <Button variant="contained" onClick={() => choose(true, true)}>
                Accept all
              </Button>
            </Stack>
          </Stack>
        </Paper>
      </Slide>
      <CookieSettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </>
  );
}
