import { createTheme } from '@mui/material/styles';

// Quill brand theme. Tokens come from the Figma "Quill / Foundations" file.
export const theme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: '#4f46e5', contrastText: '#ffffff' },
    secondary: { main: '#0f766e' },
    background: { default: '#f8fafc', paper: '#ffffff' },
  },
  shape: { borderRadius: 10 },
  typography: {
    fontFamily: '"Inter", system-ui, -apple-system, sans-serif',
    h6: { fontWeight: 700, letterSpacing: '-0.01em' },
    body2: { lineHeight: 1.55 },
    caption: { fontSize: '0.6875rem', lineHeight: 1.45, letterSpacing: 0 },
    button: { textTransform: 'none', fontWeight: 600, fontSize: '1rem' },
  },
  components: {
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: {
        root: { paddingInline: 20, paddingBlock: 8 },
      },
    },
    MuiDialog: {
      styleOverrides: { paper: { padding: 4 } },
    },
  },
});
