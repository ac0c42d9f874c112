/**
 * A page made of section components (tolgee's account security page: `<ChangePassword />`, `<MfaSettings />`,
 * `<ChangeAuthProvider />`, each an MUI `Box` that opens with a `Typography variant="h6"`). Each component whose root
 * opens with its heading is a titled section of the page, as a `<section>` with a heading is: the two-factor
 * section's "Enable 2FA" answers that section, so the sign-in providers section below it, which names third parties,
 * is not a disclosure buried under it. A section whose own accept has its terms below it, and a `<section>` written
 * in place, are still read as before. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('component-sections');

const PACKAGE = JSON.stringify({ name: 'webapp', private: true, dependencies: { '@mui/lab': '5.0.0-alpha.173', '@mui/material': '5.16.7', formik: '2.4.6', react: '18.3.1', 'react-router-dom': '5.3.4' } });

const PAGE = `import { Alert, Container, Typography } from '@mui/material';
import { useUser } from 'tg.globalContext/helpers';
import { ChangePassword } from './ChangePassword';
import { MfaSettings } from './MfaSettings';
import { ConnectedAccounts } from './ConnectedAccounts';

export const AccountSecurityView = () => {
  const user = useUser();
  const isManaged = user?.accountType === 'MANAGED';

  return (
    <Container maxWidth="md">
      <Typography variant="h4" component="h1" gutterBottom>
        Account security
      </Typography>
      {user?.thirdPartyAuthType && (
        <Alert severity="info" sx={{ mb: 4 }}>
          You sign in with a third-party account. Set a password to sign in with your e-mail address too.
        </Alert>
      )}
      {isManaged ? (
        <Alert severity="info">Your account is managed by your organization.</Alert>
      ) : (
        <>
          <ChangePassword />
          <MfaSettings />
          <ConnectedAccounts />
        </>
      )}
    </Container>
  );
};
`;

const PASSWORD = `import { LoadingButton } from '@mui/lab';
import { Box, Button, TextField, Typography } from '@mui/material';
import { Form, Formik } from 'formik';
import { useHistory } from 'react-router-dom';
import { useUpdatePassword } from 'tg.service/auth';

export const ChangePassword = () => {
  const history = useHistory();
  const updatePassword = useUpdatePassword();

  return (
    <Box mb={4}>
      <Typography variant="h6">Password</Typography>
      <Formik initialValues={{ currentPassword: '', password: '' }} onSubmit={(values) => updatePassword.mutate(values)}>
        {({ values, handleChange }) => (
          <Form>
            <TextField name="currentPassword" type="password" label="Current password" value={values.currentPassword} onChange={handleChange} fullWidth margin="normal" />
            <TextField name="password" type="password" label="New password" value={values.password} onChange={handleChange} fullWidth margin="normal" />
            <Box display="flex" justifyContent="flex-end" gap={1}>
              <Button onClick={() => history.goBack()}>Cancel</Button>
              <LoadingButton type="submit" variant="contained" color="primary" loading={updatePassword.isLoading}>
                Save
              </LoadingButton>
            </Box>
          </Form>
        )}
      </Formik>
    </Box>
  );
};
`;

const MFA = `import { Box, Button, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useUser } from 'tg.globalContext/helpers';

export const MfaSettings = () => {
  const user = useUser();
  if (!user) return null;

  return (
    <Box mb={4}>
      <Typography variant="h6">Two-factor authentication</Typography>
      <Typography variant="body2" color="text.secondary">
        With 2FA on, signing in also asks for a code from your authenticator app.
      </Typography>
      <Box display="flex" justifyContent="space-between" alignItems="center" mt={2}>
        <Typography>{user.mfaEnabled ? 'Two-factor authentication is on.' : 'Two-factor authentication is off.'}</Typography>
        {user.mfaEnabled ? (
          <Box display="flex" gap={2}>
            <Button variant="outlined" color="secondary" component={Link} to="/account/security/mfa/recovery">
              View recovery codes
            </Button>
            <Button variant="outlined" color="error" component={Link} to="/account/security/mfa/disable">
              Disable 2FA
            </Button>
          </Box>
        ) : (
          <Button variant="contained" color="primary" component={Link} to="/account/security/mfa/enable">
            Enable 2FA
          </Button>
        )}
      </Box>
    </Box>
  );
};
`;

const ACCOUNTS = `import { Box, Button, Typography } from '@mui/material';
import { useOAuthServices } from 'tg.hooks/useOAuthServices';

export const ConnectedAccounts = () => {
  const services = useOAuthServices();

  return (
    <Box mt={4}>
      <Typography variant="h6">Third-party authentication providers</Typography>
      <Typography variant="body2" color="text.secondary">
        Sign in with an account you already have. We share your e-mail address with the provider you connect.
      </Typography>
      <Box display="flex" flexDirection="column" gap={1} mt={2}>
        {services.map((provider) => (
          <Button key={provider.id} variant="outlined" color="inherit" href={provider.authenticationUrl}>
            {provider.connectButtonTitle}
          </Button>
        ))}
      </Box>
    </Box>
  );
};
`;

const ENTRY = 'src/views/userSettings/accountSecurity/AccountSecurityView.tsx';

const files = (overrides: Record<string, string> = {}) => ({
  'package.json': PACKAGE,
  'src/views/userSettings/accountSecurity/AccountSecurityView.tsx': PAGE,
  'src/views/userSettings/accountSecurity/ChangePassword.tsx': PASSWORD,
  'src/views/userSettings/accountSecurity/MfaSettings.tsx': MFA,
  'src/views/userSettings/accountSecurity/ConnectedAccounts.tsx': ACCOUNTS,
  ...overrides,
});

/** The page's sections written as components of its own module. */
const LOCAL_SECTIONS = `function TwoFactorSection() {
  return (
    <Box mb={4}>
      <Typography variant="h6">Two-factor authentication</Typography>
      <Typography variant="body2">With 2FA on, signing in also asks for a code from your authenticator app.</Typography>
      <Button variant="contained" href="/account/security/mfa/enable">Enable 2FA</Button>
    </Box>
  );
}

function ProvidersSection() {
  return (
    <Box mb={4}>
      <Typography variant="h6">Third-party authentication providers</Typography>
      <Typography variant="body2">We share your e-mail address with the provider you connect.</Typography>
      <Button variant="outlined" href="/auth/github">Connect GitHub</Button>
      <Button variant="outlined" href="/auth/google">Connect Google</Button>
    </Box>
  );
}

`;

describe('a settings page of section components, each opening with its heading', () => {
  it('buries nothing under "Enable 2FA": the providers section below it is a section of its own', async () => {
    const result = await both(files(), ENTRY, ['no-buried-consent']);
    expect(result.checker).toEqual([]);
    expect(result.eslint).toEqual(result.checker);
  });

  it('buries nothing either where the sections are components of the page\'s own module', async () => {
    const page = `import { Box, Button, Container, TextField, Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { useUpdatePassword } from '@/services/auth';

function PasswordSection() {
  const navigate = useNavigate();
  const updatePassword = useUpdatePassword();
  return (
    <Box component="form" mb={4} onSubmit={updatePassword.handleSubmit}>
      <Typography variant="h6">Password</Typography>
      <TextField name="password" type="password" label="New password" fullWidth margin="normal" />
      <Button onClick={() => navigate(-1)}>Cancel</Button>
      <Button type="submit" variant="contained">Save</Button>
    </Box>
  );
}

${LOCAL_SECTIONS}export default function SecurityPage() {
  return (
    <Container maxWidth="md">
      <Typography variant="h4" component="h1">Account security</Typography>
      <PasswordSection />
      <TwoFactorSection />
      <ProvidersSection />
    </Container>
  );
}
`;
    const result = await both({ 'package.json': PACKAGE, 'src/pages/SecurityPage.tsx': page }, 'src/pages/SecurityPage.tsx', ['no-buried-consent']);
    expect(result.checker).toEqual([]);
    expect(result.eslint).toEqual(result.checker);
  });

  it("takes no accept from a section's button: a page's own \"Cancel\" does not make \"Enable 2FA\" a prompt's accept", async () => {
    const page = `import { AppBar, Box, Button, Container, Toolbar, Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';

${LOCAL_SECTIONS}export default function SecurityPage() {
  const navigate = useNavigate();
  return (
    <>
      <AppBar position="static" color="default">
        <Toolbar>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>Account security</Typography>
          <Button onClick={() => navigate(-1)}>Cancel</Button>
        </Toolbar>
      </AppBar>
      <Container maxWidth="md">
        <TwoFactorSection />
        <ProvidersSection />
      </Container>
    </>
  );
}
`;
    const result = await both({ 'package.json': PACKAGE, 'src/pages/SecurityPage.tsx': page }, 'src/pages/SecurityPage.tsx', ['require-decline-option', 'no-buried-consent']);
    expect(result.checker).toEqual([]);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: a section whose own "Accept and continue" has the sharing terms below it still has them reported', async () => {
    const consent = ACCOUNTS.replace(
      '<Box display="flex" flexDirection="column" gap={1} mt={2}>',
      `<Button variant="contained" onClick={() => services.accept()}>Accept and continue</Button>
      <Typography variant="caption">We share your chats with our partners to train their models.</Typography>
      <Box display="flex" flexDirection="column" gap={1} mt={2}>`,
    );
    const result = await both(files({ 'src/views/userSettings/accountSecurity/ConnectedAccounts.tsx': consent }), 'src/views/userSettings/accountSecurity/ConnectedAccounts.tsx', ['no-buried-consent']);
    expect(result.checker).toEqual(['no-buried-consent buriedDisclosure 14:7']);
    expect(result.eslint).toEqual(result.checker);
  });

  /** The page with each section's heading written as `opening` (a Typography's opening tag) instead. */
  const openedWith = (opening: string) => {
    const open = (source: string) => source.replace('<Typography variant="h6">', opening);
    return both(
      files({
        'src/views/userSettings/accountSecurity/ChangePassword.tsx': open(PASSWORD),
        'src/views/userSettings/accountSecurity/MfaSettings.tsx': open(MFA),
        'src/views/userSettings/accountSecurity/ConnectedAccounts.tsx': open(ACCOUNTS),
      }),
      ENTRY,
      ['no-buried-consent'],
    );
  };

  it('near-miss: components that open with a plain line, not a heading, are no sections of their own', async () => {
    const result = await openedWith('<Typography variant="body1">');
    expect(result.checker).toEqual(['no-buried-consent buriedDisclosure 27:11', 'no-buried-consent buriedDisclosure 27:11']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: a Typography drawn as a heading still labels the switch beside it (the switch on by default is reported)', async () => {
    const privacy = `import { Box, Switch, Typography } from '@mui/material';
import { usePrivacySettings } from 'tg.hooks/usePrivacySettings';

export const PrivacySettings = () => {
  const { settings, update } = usePrivacySettings();

  return (
    <Box mt={4}>
      <Typography variant="h6">Privacy</Typography>
      <Box display="flex" alignItems="center" justifyContent="space-between" mt={2}>
        <Typography variant="subtitle1">Use my translations to train our AI models</Typography>
        <Switch defaultChecked name="aiTraining" onChange={(event) => update({ aiTraining: event.target.checked })} />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {settings.updatedAt ? \`Last changed on \${settings.updatedAt}\` : 'Never changed'}
      </Typography>
    </Box>
  );
};
`;
    const page = PAGE.replace("import { ConnectedAccounts } from './ConnectedAccounts';", "import { ConnectedAccounts } from './ConnectedAccounts';\nimport { PrivacySettings } from './PrivacySettings';").replace(
      '<ConnectedAccounts />',
      '<ConnectedAccounts />\n          <PrivacySettings />',
    );
    const result = await both(
      files({ 'src/views/userSettings/accountSecurity/AccountSecurityView.tsx': page, 'src/views/userSettings/accountSecurity/PrivacySettings.tsx': privacy }),
      'src/views/userSettings/accountSecurity/PrivacySettings.tsx',
      ['no-preselected-consent', 'no-buried-consent'],
    );
    expect(result.checker).toEqual(['no-preselected-consent preselected 12:9']);
    expect(result.eslint).toEqual(result.checker);
  });
});
