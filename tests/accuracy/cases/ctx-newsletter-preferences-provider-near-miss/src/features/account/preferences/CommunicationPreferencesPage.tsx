import { useContext } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  CardHeader,
  CircularProgress,
  Divider,
  FormControlLabel,
  Skeleton,
  Stack,
  Switch,
  Typography,
} from '@mui/material';
import { AccountPageHeader } from '../components/AccountPageHeader';
import { PreferencesContext, type PreferenceKey } from './PreferencesContext';

export default function CommunicationPreferencesPage() {
  const context = useContext(PreferencesContext);
  if (!context) {
    throw new Error('CommunicationPreferencesPage must be rendered inside <PreferencesProvider>');
  }
  const { status, preferences, pendingKey, errorMessage, setPreference } = context;

  const spinnerFor = (key: PreferenceKey) =>
    pendingKey === key ? <CircularProgress size={16} sx={{ ml: 1 }} aria-label="Saving" /> : null;

  if (status === 'loading') {
    return (
      <Box sx={{ maxWidth: 720 }}>
        <AccountPageHeader title="Email preferences" />
        <Skeleton variant="rounded" height={280} />
      </Box>
    );
  }

  return (
    <Box sx={{ maxWidth: 720 }}>
      <AccountPageHeader title="Email preferences" />

      {errorMessage && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {errorMessage}
        </Alert>
      )}

      <Card variant="outlined" sx={{ mb: 3 }}>
        <CardHeader title="About your orders" titleTypographyProps={{ variant: 'h6' }} />
        <CardContent sx={{ pt: 0 }}>
          <FormControlLabel
            control={
              <Switch
                checked={preferences.orderUpdates}
                disabled={status === 'error' || pendingKey !== null}
                onChange={(event) => setPreference('orderUpdates', event.target.checked)}
              />
            }
            label={<>Order and delivery updates{spinnerFor('orderUpdates')}</>}
          />
          <Typography variant="body2" color="text.secondary" sx={{ ml: 6 }}>
            Order confirmations, dispatch notices and changes to your delivery slot. Receipts and refund confirmations
            are always sent.
          </Typography>
        </CardContent>
      </Card>

      <Card variant="outlined">
        <CardHeader title="News and offers" titleTypographyProps={{ variant: 'h6' }} />
        <CardContent sx={{ pt: 0 }}>
          <Stack divider={<Divider flexItem />} spacing={2}>
            <Box>
              <FormControlLabel
                control={
                  <Switch
                    checked={preferences.marketingEmails}
                    disabled={status === 'error' || pendingKey !== null}
                    onChange={(event) => setPreference('marketingEmails', event.target.checked)}
                  />
                }
                label={<>Sales, new arrivals and discount codes by email{spinnerFor('marketingEmails')}</>}
              />
              <Typography variant="body2" color="text.secondary" sx={{ ml: 6 }}>
                About two emails a month. You can unsubscribe from any of them.
              </Typography>
            </Box>
            <Box>
              <FormControlLabel
                control={
                  <Switch
                    checked={preferences.partnerOffers}
                    disabled={status === 'error' || pendingKey !== null}
                    onChange={(event) => setPreference('partnerOffers', event.target.checked)}
                  />
                }
                label={<>Offers from brands we stock{spinnerFor('partnerOffers')}</>}
              />
              <Typography variant="body2" color="text.secondary" sx={{ ml: 6 }}>
                Sent by us on behalf of selected brands, at most once a month.
              </Typography>
            </Box>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
