import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { updateDataControls } from '@/api/dataControls';

interface TrainingConsentDialogProps {
  open: boolean;
  onClose: () => void;
}

export function TrainingConsentDialog({ open, onClose }: TrainingConsentDialogProps) {
  const queryClient = useQueryClient();
  const [includeUploads, setIncludeUploads] = useState(false);

  const mutation = useMutation({
    mutationFn: (allowTraining: boolean) =>
      updateDataControls({ allowTraining, includeUploads: allowTraining && includeUploads }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ['data-controls'] });
      onClose();
    },
  });

  return (
    <Dialog open={open} onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>Help make Quill better?</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          If you allow it, we&apos;ll use your conversations with Quill to improve our models. Your answer only
          affects chats from now on.
        </DialogContentText>
        <FormControlLabel
          control={<Switch checked={includeUploads} onChange={(e) => setIncludeUploads(e.target.checked)} />}
          label="Also include files and images I upload"
        />
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1.5 }}>
          Samples of shared chats may be read by human reviewers. Training data is kept for up to 3 years, even if
          you later delete the conversation.
        </Typography>
        {mutation.isError && (
          <Alert severity="error" sx={{ mt: 2 }}>
            We couldn&apos;t save your choice. Please try again.
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button variant="outlined" disabled={mutation.isPending} onClick={() => mutation.mutate(false)}>
          Don&apos;t allow
        </Button>
        <Button variant="contained" disabled={mutation.isPending} onClick={() => mutation.mutate(true)}>
          Allow
        </Button>
      </DialogActions>
    </Dialog>
  );
}
