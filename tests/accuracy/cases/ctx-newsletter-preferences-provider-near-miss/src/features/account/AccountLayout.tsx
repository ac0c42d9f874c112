import { Outlet } from 'react-router-dom';
import { Container } from '@mui/material';
import Grid from '@mui/material/Grid2';
import { RequireCustomer } from '@/auth/RequireCustomer';
import { AccountNav } from './components/AccountNav';
import { PreferencesProvider } from './preferences/PreferencesContext';

export default function AccountLayout() {
  return (
    <RequireCustomer>
      <PreferencesProvider>
        <Container maxWidth="lg" sx={{ py: { xs: 3, md: 5 } }}>
          <Grid container spacing={4}>
            <Grid size={{ xs: 12, md: 3 }}>
              <AccountNav />
            </Grid>
            <Grid size={{ xs: 12, md: 9 }}>
              <Outlet />
            </Grid>
          </Grid>
        </Container>
      </PreferencesProvider>
    </RequireCustomer>
  );
}
