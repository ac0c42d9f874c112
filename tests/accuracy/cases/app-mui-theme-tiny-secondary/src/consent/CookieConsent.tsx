import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Slide from '@mui/material/Slide';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { getStoredConsent, storeConsent } from './storage';
import { enableTracking } from '@/analytics/gtm';

export function CookieConsent() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    setOpen(getStoredConsent() === undefined);
  }, []);

  const decide = (granted: boolean) => {
    storeConsent({ analytics: granted, ads: granted, decidedAt: new Date().toISOString() });
    if (granted) enableTracking();
    setOpen(false);
  };

  return (
    <Slide direction="up" in={open} mountOnEnter unmountOnExit>
      <Paper
        role="dialog"
        aria-labelledby="cookie-consent-title"
        elevation={8}
        sx={{ position: 'fixed', insetInline: 16, bottom: 16, p: 3, maxWidth: 720, mx: 'auto', zIndex: 'modal' }}
      >
        <Typography id="cookie-consent-title" variant="h6" component="h2" gutterBottom>
          Before you plan your next trip
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Waypoint and our advertising partners use cookies to measure how you use the site and to show you travel
          deals on other websites. Read more in our{' '}
          <Link href="/legal/cookies" underline="always">
            cookie policy
          </Link>
          .
        </Typography>
        <Box sx={{ mt: 2 }}>
          <Stack direction="row" spacing={1.5} alignItems="center">
            <Button variant="contained" color="primary" onClick={() => decide(true)}>
              Accept all
            </Button>
            <Button variant="contained" color="secondary" onClick={() => decide(false)}>
              Reject all
            </Button>
          </Stack>
        </Box>
      </Paper>
    </Slide>
  );
}
