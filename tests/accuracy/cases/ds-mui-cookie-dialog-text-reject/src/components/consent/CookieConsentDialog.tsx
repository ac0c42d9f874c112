import { useState } from 'react';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Collapse from '@mui/material/Collapse';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Link from '@mui/material/Link';
import { saveConsent, type ConsentRecord } from '@/lib/consent';
import { useConsentStore } from '@/stores/consent';

type Optional = Pick<ConsentRecord, 'analytics' | 'marketing'>;

const NONE: Optional = { analytics: false, marketing: false };
const ALL: Optional = { analytics: true, marketing: true };

export function CookieConsentDialog() {
  const open = useConsentStore((s) => s.needsPrompt);
  const markAnswered = useConsentStore((s) => s.markAnswered);
  const [expanded, setExpanded] = useState(false);
  const [choices, setChoices] = useState<Optional>(NONE);
  const [saving, setSaving] = useState(false);

  const submit = async (optional: Optional) => {
    setSaving(true);
    try {
      await saveConsent({ necessary: true, ...optional, version: 3 });
      markAnswered();
    } finally {
      setSaving(false);
    }
  };

  const toggle = (key: keyof Optional) => (_: unknown, checked: boolean) =>
    setChoices((prev) => ({ ...prev, [key]: checked }));

  return (
    <Dialog open={open} maxWidth="sm" fullWidth disableEscapeKeyDown aria-labelledby="cookie-consent-title">
      <DialogTitle id="cookie-consent-title">Cookies at Brightside Outdoor</DialogTitle>
      <DialogContent>
        <DialogContentText>
          We use cookies to keep the shop working, to measure which pages and products people look at, and, if you
          agree, to show you ads for our gear on other websites. You can change your mind at any time from the{' '}
          <Link href="/privacy#cookies">cookie settings in our privacy notice</Link>.
        </DialogContentText>
        <Collapse in={expanded} unmountOnExit>
          <FormGroup sx={{ mt: 2, gap: 0.5 }}>
            <FormControlLabel control={<Checkbox checked disabled />} label="Strictly necessary (always on)" />
            <FormControlLabel
              control={<Checkbox checked={choices.analytics} onChange={toggle('analytics')} />}
              label="Analytics: page views, search terms and site speed"
            />
            <FormControlLabel
              control={<Checkbox checked={choices.marketing} onChange={toggle('marketing')} />}
              label="Marketing: ads for Brightside on partner sites"
            />
          </FormGroup>
        </Collapse>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
        <Button onClick={() => setExpanded((v) => !v)} sx={{ mr: 'auto' }}>
          {expanded ? 'Hide options' : 'Customise'}
        </Button>
        {expanded && (
          <Button variant="outlined" disabled={saving} onClick={() => submit(choices)}>
            Save my choices
          </Button>
        )}
        <Button disabled={saving} onClick={() => submit(NONE)}>
          Reject all
        </Button>
        <Button variant="contained" disableElevation disabled={saving} onClick={() => submit(ALL)}>
          Accept all
        </Button>
      </DialogActions>
    </Dialog>
  );
}
