import { useState } from 'react';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Checkbox from '@mui/material/Checkbox';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useColorScheme } from '@mui/material/styles';
import { usePipelineSettings } from '@/hooks/usePipelineSettings';

export default function WorkspaceSettings() {
  const { mode, setMode } = useColorScheme();
  const { settings, update, isSaving } = usePipelineSettings();
  const [compactTables, setCompactTables] = useState(true);
  const [showLineNumbers, setShowLineNumbers] = useState(true);

  return (
    <Stack spacing={3} sx={{ maxWidth: 720, mx: 'auto', py: 4 }}>
      <Typography variant="h5" component="h1">
        Settings
      </Typography>

      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" gutterBottom>
            Appearance
          </Typography>
          <FormControlLabel
            control={<Switch checked={mode !== 'light'} onChange={(e) => setMode(e.target.checked ? 'dark' : 'light')} />}
            label="Dark mode"
          />
          <Typography variant="body2" color="text.secondary" sx={{ ml: 6, mt: -0.5, mb: 1.5 }}>
            Follows your system setting until you change it here.
          </Typography>
          <FormControlLabel
            control={<Checkbox checked={compactTables} onChange={(e) => setCompactTables(e.target.checked)} />}
            label="Compact tables"
          />
          <FormControlLabel
            control={<Checkbox checked={showLineNumbers} onChange={(e) => setShowLineNumbers(e.target.checked)} />}
            label="Show line numbers in build logs"
          />
        </CardContent>
      </Card>

      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" gutterBottom>
            Pipelines
          </Typography>
          <FormControlLabel
            control={
              <Switch
                checked={settings?.autoCancelRedundant ?? true}
                onChange={(e) => update({ autoCancelRedundant: e.target.checked })}
              />
            }
            label="Cancel redundant builds on the same branch"
          />
          <Typography variant="caption" color="text.secondary" component="p" sx={{ ml: 6 }}>
            Saves build minutes when you push several commits quickly.
          </Typography>
          <Divider sx={{ my: 2 }} />
          <FormControlLabel
            control={
              <Switch
                checked={settings?.notifyOnFailure ?? true}
                onChange={(e) => update({ notifyOnFailure: e.target.checked })}
              />
            }
            label="Email me when a build on my branch fails"
          />
        </CardContent>
      </Card>

      <Stack direction="row" justifyContent="flex-end">
        <Button onClick={() => window.history.back()}>Back</Button>
        <Button variant="contained" disabled={isSaving} href="/pipelines">
          Done
        </Button>
      </Stack>
    </Stack>
  );
}
