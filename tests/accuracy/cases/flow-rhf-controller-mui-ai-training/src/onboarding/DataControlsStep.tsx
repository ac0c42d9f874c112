import { Controller, useForm } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { saveDataControls } from '@/api/account';
import { useOnboarding } from './OnboardingContext';
import { DEFAULT_DATA_CONTROLS, HISTORY_RETENTION_DAYS, type DataControls } from './dataControls';

export function DataControlsStep() {
  const { next, back } = useOnboarding();
  const { control, handleSubmit, watch, formState } = useForm<DataControls>({
    defaultValues: DEFAULT_DATA_CONTROLS,
  });

  const improveModels = watch('improveModels');

  const onSubmit = async (values: DataControls) => {
    await saveDataControls(values);
    next();
  };

  return (
    <Box component="form" onSubmit={handleSubmit(onSubmit)} sx={{ maxWidth: 520, mx: 'auto', py: 4 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        Your data controls
      </Typography>
      <Typography variant="body1" sx={{ mb: 3 }}>
        Decide what Lumen keeps from your conversations. You can change these any time under Settings → Data.
      </Typography>

      <Stack spacing={2}>
        <Controller
          name="saveHistory"
          control={control}
          render={({ field }) => (
            <FormControlLabel
              control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
              label={`Save chat history for ${HISTORY_RETENTION_DAYS} days so I can pick up where I left off`}
            />
          )}
        />

        <Controller
          name="improveModels"
          control={control}
          render={({ field }) => (
            <FormControlLabel
              control={
                <Switch
                  checked={field.value}
                  onChange={(e) => field.onChange(e.target.checked)}
                  inputProps={{ 'aria-describedby': 'improve-models-help' }}
                />
              }
              label="Improve the model for everyone by training on my conversations"
            />
          )}
        />

        <Controller
          name="includeVoice"
          control={control}
          render={({ field }) => (
            <FormControlLabel
              disabled={!improveModels}
              control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
              label="Include my voice recordings in model training"
            />
          )}
        />
      </Stack>

      {improveModels && (
        <Alert id="improve-models-help" severity="info" sx={{ mt: 3 }}>
          Conversations used for training are de-identified and may be reviewed by our trainers.
        </Alert>
      )}

      <Stack direction="row" justifyContent="space-between" sx={{ mt: 4 }}>
        <Button onClick={back}>Back</Button>
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          Continue
        </Button>
      </Stack>
    </Box>
  );
}
