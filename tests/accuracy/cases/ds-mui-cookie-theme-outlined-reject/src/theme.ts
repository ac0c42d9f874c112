import { createTheme } from '@mui/material/styles';

const theme = createTheme({
  palette: {
    primary: { main: '#0b5fff' },
    secondary: { main: '#ff5a36' },
    text: { primary: '#14171f', secondary: '#4b5262' },
  },
  typography: {
    fontFamily: '"Source Sans 3", "Helvetica Neue", Arial, sans-serif',
    body2: { fontSize: '0.9375rem' },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  components: {
    // Design system: secondary actions are outlined unless a screen says otherwise.
    MuiButton: {
      defaultProps: { variant: 'outlined', disableElevation: true, size: 'medium' },
      styleOverrides: {
        root: { borderRadius: 999, paddingInline: 18 },
      },
    },
    MuiLink: {
      defaultProps: { underline: 'always' },
    },
  },
});

export default theme;
