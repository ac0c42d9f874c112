import { useState } from 'react';
import WarningAmberRounded from '@mui/icons-material/WarningAmberRounded';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { deleteAccount } from '@/api/account';
import { useSession } from '@/hooks/useSession';

interface DeleteAccountDialogProps {
  open: boolean;
  onClose: () => void;
}

export function DeleteAccountDialog({ open, onClose }: DeleteAccountDialogProps) {
  const { user, signOut } = useSession();
  const [confirmation, setConfirmation] = useState('');
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const matches = confirmation.trim().toLowerCase() === user.email.toLowerCase();

  const handleDelete = async () => {
    setDeleting(true);
    setError(null);
    try {
      await deleteAccount();
      await signOut({ redirectTo: '/goodbye' });
    } catch {
      setError('We could not delete your account. Please contact support.');
      setDeleting(false);
    }
  };

  return (
    <Dialog open={open} onClose={deleting ? undefined : onClose} maxWidth="xs" fullWidth>
      <DialogTitle>
        <Stack direction="row" spacing={1} alignItems="center">
          <WarningAmberRounded color="error" />
          <span>Delete your account?</span>
        </Stack>
      </DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          This permanently deletes your Tally workspace, all invoices and your connected bank feeds. This cannot be
          undone.
        </DialogContentText>
        <TextField
          autoFocus
          fullWidth
          size="small"
          label={`Type ${user.email} to confirm`}
          value={confirmation}
          onChange={(e) => setConfirmation(e.target.value)}
        />
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          Want a copy first? <Link href="/settings/export">Export your data</Link>.
        </Typography>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={deleting}>
          Cancel
        </Button>
        <Button variant="contained" color="error" onClick={handleDelete} disabled={!matches || deleting}>
          {deleting ? 'Deleting…' : 'Delete account'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
