/**
 * MUI's default theme as data (src/libraries/mui.ts): Button variants and sizes, Typography variants and palette
 * colours, the Dialog's paper and the layout of Stack and DialogActions, through the checker and ESLint alike.
 */
import { describe, expect, it } from 'vitest';
import { bothDoors } from '../helpers/both-doors.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('mui');
const PACKAGE = JSON.stringify({ name: 'shop', private: true, dependencies: { '@mui/material': '^6.4.0', react: '^19.0.0' } });

async function findings(files: Record<string, string>, file: string): Promise<string[]> {
  const dir = project({ 'package.json': PACKAGE, ...files });
  const { checker, eslint } = await bothDoors(dir, file);
  expect(eslint).toEqual(checker);
  return checker;
}

describe('MUI Button variants and sizes under the default theme', () => {
  it('finds a small text "Reject all" beside a contained "Accept all": 13px text vs a 14px filled button', async () => {
    const found = await findings(
      {
        'src/CookieDialog.tsx': `import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useConsent } from '../consent/useConsent';

export function CookieDialog() {
  const { open, acceptAll, rejectAll } = useConsent();
  return (
    <Dialog open={open} aria-labelledby="cookie-title">
      <DialogTitle id="cookie-title">Cookies on this site</DialogTitle>
      <DialogContent>
        <DialogContentText>We use cookies for analytics and personalised advertising.</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button size="small" onClick={rejectAll}>Reject all</Button>
        <Button variant="contained" onClick={acceptAll}>Accept all</Button>
      </DialogActions>
    </Dialog>
  );
}
`,
      },
      'src/CookieDialog.tsx',
    );
    expect(found).toEqual(['13:9 no-unbalanced-choices weakerDecline']);
  });

  it('stays silent on an outlined decline of the same size, and on a variant chosen at run time', async () => {
    const found = await findings(
      {
        'src/CookieDialog.tsx': `import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Typography from '@mui/material/Typography';

export function CookieDialog({ open, onAccept, onReject, emphasiseReject }: Props) {
  return (
    <Dialog open={open}>
      <DialogContent>
        <Typography variant="body2">We use cookies for analytics and personalised advertising.</Typography>
      </DialogContent>
      <DialogActions>
        <Button variant="outlined" onClick={onReject}>Reject all</Button>
        <Button variant="contained" onClick={onAccept}>Accept all</Button>
      </DialogActions>
    </Dialog>
  );
}

export function VariableDialog({ open, onAccept, onReject, rejectVariant }: Props) {
  return (
    <Dialog open={open}>
      <DialogContent>
        <Typography variant="body2">We use cookies for analytics and personalised advertising.</Typography>
      </DialogContent>
      <DialogActions>
        <Button variant={rejectVariant} size={rejectVariant === 'text' ? 'small' : 'medium'} onClick={onReject}>Reject all</Button>
        <Button variant="contained" onClick={onAccept}>Accept all</Button>
      </DialogActions>
    </Dialog>
  );
}
`,
      },
      'src/CookieDialog.tsx',
    );
    expect(found).toEqual([]);
  });
});

describe('MUI Typography under the default theme', () => {
  it('finds a caption disclosure under a large button and text.disabled grey, not body2 under a medium one', async () => {
    const found = await findings(
      {
        'src/Checkout.tsx': `import { Box, Button, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

export function Renewal({ price, onSubscribe }: { price: string; onSubscribe: () => void }) {
  return (
    <Box component="section" sx={{ p: 3 }} role="dialog" aria-label="Subscribe">
      <Typography variant="h6">Start your free trial</Typography>
      <Button variant="contained" size="large" onClick={onSubscribe}>Start free trial</Button>
      <Typography variant="caption">Your subscription renews automatically at {price} per month until you cancel.</Typography>
    </Box>
  );
}

export function RenewalFaint({ price, onSubscribe }: { price: string; onSubscribe: () => void }) {
  return (
    <Box component="section" sx={{ p: 3 }} role="dialog" aria-label="Subscribe" bgcolor="background.paper">
      <Typography variant="body2" color="text.disabled">Your subscription renews automatically at {price} per month until you cancel.</Typography>
      <Button variant="contained" onClick={onSubscribe}>Start free trial</Button>
    </Box>
  );
}

export function RenewalClear({ price, onSubscribe }: { price: string; onSubscribe: () => void }) {
  return (
    <Box component="section" sx={{ p: 3 }} role="dialog" aria-label="Subscribe">
      <Typography variant="body2">Your subscription renews automatically at {price} per month until you cancel.</Typography>
      <Button variant="contained" onClick={onSubscribe}>Start free trial</Button>
    </Box>
  );
}
`,
      },
      'src/Checkout.tsx',
    );
    // The caption is also below the button: buried as well as small.
    expect(found).toEqual(['17:7 no-fine-print lowContrast', '9:7 no-buried-consent buriedDisclosure', '9:7 no-fine-print smallerThanChoice']);
  });
});

describe('MUI layout components', () => {
  it('reads a Stack as a column (buried below the button) and DialogActions as a row (beside it)', async () => {
    const found = await findings(
      {
        'src/Welcome.tsx': `import { Button, Checkbox, Dialog, DialogActions, DialogContent, FormControlLabel, Stack, Typography } from '@mui/material';
import { useState } from 'react';

export function Welcome({ open, onStart }: { open: boolean; onStart: (training: boolean) => void }) {
  const [training, setTraining] = useState(false);
  return (
    <Dialog open={open}>
      <DialogContent>
        <Stack spacing={2}>
          <Typography>Welcome to Assistant.</Typography>
          <Button variant="contained" onClick={() => onStart(training)}>Continue</Button>
          <FormControlLabel control={<Checkbox checked={training} onChange={(e) => setTraining(e.target.checked)} />} label="Use my conversations to train your models" />
        </Stack>
      </DialogContent>
    </Dialog>
  );
}

export function WelcomeRow({ open, onStart }: { open: boolean; onStart: (training: boolean) => void }) {
  const [training, setTraining] = useState(false);
  return (
    <Dialog open={open}>
      <DialogContent>
        <Typography>Welcome to Assistant.</Typography>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={() => onStart(training)}>Continue</Button>
        <FormControlLabel control={<Checkbox checked={training} onChange={(e) => setTraining(e.target.checked)} />} label="Use my conversations to train your models" />
      </DialogActions>
    </Dialog>
  );
}
`,
      },
      'src/Welcome.tsx',
    );
    expect(found.filter((f) => f.includes('no-buried-consent'))).toEqual(['12:38 no-buried-consent buriedControl']);
  });
});

describe("MUI's FormControlLabel hands its checked to its control", () => {
  const panel = (marketing: string) => `import { Checkbox, FormControlLabel, FormGroup, Switch } from '@mui/material';
import { useState } from 'react';
import { useSavePreferences } from '@/api/preferences';

export function EmailPreferences({ saved }: { saved: { productUpdates: boolean } }) {
  const [marketing, setMarketing] = useState(${marketing});
  const [rememberDevice, setRememberDevice] = useState(true);
  const save = useSavePreferences();
  return (
    <FormGroup>
      <FormControlLabel
        label="Send me offers and news from our partners"
        checked={marketing}
        onChange={(_, on) => setMarketing(on)}
        control={<Checkbox />}
      />
      <FormControlLabel label="Email me product updates" checked={saved.productUpdates} onChange={(_, on) => save({ productUpdates: on })} control={<Switch />} />
      <FormControlLabel label="Remember this device" checked={rememberDevice} onChange={(_, on) => setRememberDevice(on)} control={<Checkbox />} />
    </FormGroup>
  );
}
`;

  it('reports the box its wrapper starts ticked; a saved preference and a device setting stay clean', async () => {
    expect((await findings({ 'src/EmailPreferences.tsx': panel('true') }, 'src/EmailPreferences.tsx')).filter((f) => f.includes('no-preselected-consent'))).toEqual(['15:18 no-preselected-consent preselected']);
    expect((await findings({ 'src/EmailPreferences.tsx': panel('false') }, 'src/EmailPreferences.tsx')).filter((f) => f.includes('no-preselected-consent'))).toEqual([]);
  });
});

describe("a project's own MUI theme, read as data", () => {
  const DIALOG = `import { Button, Dialog, DialogActions, DialogContent, Typography } from '@mui/material';
import { useAssistantSettings } from '../settings/useAssistantSettings';

export function TrainingDialog() {
  const { open, allowTraining, declineTraining } = useAssistantSettings();
  return (
    <Dialog open={open} aria-label="Help improve the assistant">
      <DialogContent>
        <Typography variant="body1">Help us improve the assistant with your conversations.</Typography>
        <Typography variant="caption">Reviewers may read your chats, and we keep them for 3 years to train our models.</Typography>
      </DialogContent>
      <DialogActions>
        <Button variant="outlined" onClick={declineTraining}>Not now, decline</Button>
        <Button onClick={allowTraining}>Allow training</Button>
      </DialogActions>
    </Dialog>
  );
}
`;
  const MAIN = `import { createRoot } from 'react-dom/client';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { theme } from './theme';
import App from './App';

createRoot(document.getElementById('root')!).render(
  <ThemeProvider theme={theme}>
    <CssBaseline />
    <App />
  </ThemeProvider>,
);
`;

  it("applies the theme's typography and default props (a caption of 11px under a contained 16px button)", async () => {
    const found = await findings(
      {
        'src/main.tsx': MAIN,
        'src/theme.ts': `import { createTheme } from '@mui/material/styles';

const brand = { main: '#0b57d0' };

export const theme = createTheme({
  palette: { primary: brand },
  typography: { caption: { fontSize: '0.6875rem' }, button: { fontSize: '1rem', textTransform: 'none' } },
  components: { MuiButton: { defaultProps: { variant: 'contained', disableElevation: true } } },
});
`,
        'src/assistant/TrainingDialog.tsx': DIALOG,
      },
      'src/assistant/TrainingDialog.tsx',
    );
    expect(found.filter((f) => f.includes('no-fine-print'))).toEqual(['10:9 no-fine-print smallerThanChoice']);
  });

  it('stays silent under the default theme (12px caption, 14px button) and when the theme is not plain data', async () => {
    const plain = await findings({ 'src/main.tsx': MAIN.replace("import { theme } from './theme';\n", '').replace('<ThemeProvider theme={theme}>', '<>').replace('</ThemeProvider>', '</>'), 'src/assistant/TrainingDialog.tsx': DIALOG }, 'src/assistant/TrainingDialog.tsx');
    expect(plain.filter((f) => f.includes('no-fine-print'))).toEqual([]);
    const computed = await findings(
      {
        'src/main.tsx': MAIN,
        'src/theme.ts': `import { createTheme } from '@mui/material/styles';
import { getDesignTokens } from './tokens';

export const theme = createTheme(getDesignTokens('light'));
`,
        'src/assistant/TrainingDialog.tsx': DIALOG,
      },
      'src/assistant/TrainingDialog.tsx',
    );
    expect(computed.filter((f) => f.includes('no-fine-print') || f.includes('no-unbalanced'))).toEqual([]);
  });

  it("reads a theme's default variant for the emphasis of a bare Button", async () => {
    const dialog = DIALOG.replace('<Button variant="outlined" onClick={declineTraining}>Not now, decline', '<Button variant="text" onClick={declineTraining}>Decline');
    const themed = await findings(
      {
        'src/main.tsx': MAIN,
        'src/theme.ts': `import { createTheme } from '@mui/material/styles';\nexport const theme = createTheme({ components: { MuiButton: { defaultProps: { variant: 'contained' } } } });\n`,
        'src/assistant/TrainingDialog.tsx': dialog,
      },
      'src/assistant/TrainingDialog.tsx',
    );
    expect(themed.filter((f) => f.includes('no-unbalanced'))).toEqual(['13:9 no-unbalanced-choices weakerDecline']);
    const bare = await findings({ 'src/main.tsx': MAIN.replace("import { theme } from './theme';\n", '').replace('<ThemeProvider theme={theme}>', '<>').replace('</ThemeProvider>', '</>'), 'src/assistant/TrainingDialog.tsx': dialog }, 'src/assistant/TrainingDialog.tsx');
    expect(bare.filter((f) => f.includes('no-unbalanced'))).toEqual([]);
  });
});

describe("MUI's sx prop reads the theme", () => {
  it('resolves palette paths, typography variants and weight names in sx', async () => {
    const found = await findings(
      {
        'src/Renewal.tsx': `import { Button, Dialog, DialogActions, DialogContent, Typography } from '@mui/material';

export function Renewal({ open, price, onSubscribe }: { open: boolean; price: string; onSubscribe: () => void }) {
  return (
    <Dialog open={open} aria-label="Subscribe">
      <DialogContent>
        <Typography sx={{ typography: 'body1', fontWeight: 'bold' }}>Start your free trial</Typography>
        <Typography sx={{ color: 'text.disabled', typography: 'body2' }}>Renews automatically at {price} per month until you cancel.</Typography>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onSubscribe}>Start free trial</Button>
      </DialogActions>
    </Dialog>
  );
}
`,
      },
      'src/Renewal.tsx',
    );
    expect(found).toEqual(['8:9 no-fine-print lowContrast']);
  });
});

describe("a MUI theme's styleOverrides and variants, read as data", () => {
  const DIALOG = `import { Button, Dialog, DialogActions, DialogContent, DialogContentText } from '@mui/material';

export function CookieConsent({ open, onAccept, onReject }: { open: boolean; onAccept: () => void; onReject: () => void }) {
  return (
    <Dialog open={open}>
      <DialogContent>
        <DialogContentText>We use cookies for analytics and personalised advertising.</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" color="secondary" onClick={onReject}>Reject all</Button>
        <Button variant="contained" onClick={onAccept}>Accept all</Button>
      </DialogActions>
    </Dialog>
  );
}
`;
  const theme = (components: string) => `import { createTheme } from '@mui/material/styles';\n\nexport const theme = createTheme({\n  components: ${components},\n});\n`;
  const MAIN = `import { ThemeProvider } from '@mui/material/styles';\nimport { createRoot } from 'react-dom/client';\nimport { theme } from './theme';\nimport { App } from './App';\ncreateRoot(document.getElementById('root')!).render(<ThemeProvider theme={theme}><App /></ThemeProvider>);\n`;

  it.each([
    ['variants', "{ MuiButton: { variants: [{ props: { color: 'secondary' }, style: { fontSize: '0.6875rem', fontWeight: 400, padding: '2px 8px' } }] } }"],
    ['styleOverrides', "{ MuiButton: { styleOverrides: { root: { textTransform: 'none' }, containedSecondary: { fontSize: '0.6875rem', fontWeight: 400, padding: '2px 8px' } } } }"],
  ])('finds a decline the theme shrinks through %s', async (_name, components) => {
    const found = await findings({ 'src/main.tsx': MAIN, 'src/theme.ts': theme(components), 'src/CookieConsent.tsx': DIALOG }, 'src/CookieConsent.tsx');
    expect(found).toEqual(['10:9 no-unbalanced-choices weakerDecline']);
  });

  it('leaves a component restyled by a function of the theme unknown', async () => {
    const found = await findings({ 'src/main.tsx': MAIN, 'src/theme.ts': theme('{ MuiButton: { styleOverrides: { root: ({ theme }) => ({ fontSize: theme.typography.pxToRem(11) }) } } }'), 'src/CookieConsent.tsx': DIALOG }, 'src/CookieConsent.tsx');
    expect(found).toEqual([]);
  });
});
