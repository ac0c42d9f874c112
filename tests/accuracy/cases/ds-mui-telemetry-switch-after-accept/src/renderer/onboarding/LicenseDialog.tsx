import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { ipc } from '../ipc';

interface LicenseDialogProps {
  open: boolean;
  licenseVersion: string;
  onAccepted: () => void;
}

export function LicenseDialog({ open, licenseVersion, onAccepted }: LicenseDialogProps) {
  const [licenseText, setLicenseText] = useState<string | null>(null);
  const [shareUsage, setShareUsage] = useState(true);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    ipc.invoke('license:read', licenseVersion).then(setLicenseText);
  }, [open, licenseVersion]);

  const accept = async () => {
    setBusy(true);
    await ipc.invoke('license:accept', { version: licenseVersion, usageStats: shareUsage });
    setBusy(false);
    onAccepted();
  };

  return (
    <Dialog open={open} maxWidth="md" fullWidth disableEscapeKeyDown>
      <DialogTitle>Welcome to Forge Studio</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" gutterBottom>
          Please read the Forge Studio License Agreement (version {licenseVersion}) before you continue.
        </Typography>
        <Box
          component="pre"
          sx={{
            maxHeight: 280,
            overflow: 'auto',
            whiteSpace: 'pre-wrap',
            fontFamily: 'monospace',
            fontSize: 12,
            bgcolor: 'grey.50',
            p: 2,
            borderRadius: 1,
          }}
        >
          {licenseText ?? <CircularProgress size={20} />}
        </Box>
      </DialogContent>
      <DialogActions sx={{ px: 3, pt: 2 }}>
        <Button variant="outlined" color="inherit" onClick={() => ipc.send('app:quit')}>
          Decline
        </Button>
        <Button variant="contained" onClick={accept} disabled={busy || licenseText === null}>
          Accept and continue
        </Button>
      </DialogActions>
      <Box sx={{ px: 3, pb: 2 }}>
        <FormControlLabel
          control={<Switch size="small" checked={shareUsage} onChange={(e) => setShareUsage(e.target.checked)} />}
          label={
            <Typography variant="body2">
              Send anonymous usage statistics and crash reports to help improve Forge Studio
            </Typography>
          }
        />
      </Box>
    </Dialog>
  );
}
