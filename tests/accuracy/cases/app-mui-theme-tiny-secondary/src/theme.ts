import { createTheme } from '@mui/material/styles';

// Waypoint design tokens (see Figma "WP Foundations / Colour")
const brandBlue = '#0b57d0';
const mist = '#eceff1';
const slate = '#607d8b';

export const theme = createTheme({
  palette: {
    primary: { main: brandBlue, contrastText: '#ffffff' },
    secondary: { main: mist, dark: '#cfd8dc', contrastText: slate },
    background: { default: '#f7f9fb', paper: '#ffffff' },
  },
  shape: { borderRadius: 10 },
  typography: {
    fontFamily: '"Inter", "Helvetica Neue", Arial, sans-serif',
    button: { textTransform: 'none', fontWeight: 600 },
  },
  components: {
    MuiButton: {
      defaultProps: { disableElevation: true },
      variants: [
        {
          // secondary actions are de-emphasised everywhere (chips, toolbars, "skip" links)
          props: { color: 'secondary' },
          style: {
            fontSize: '0.6875rem',
            fontWeight: 400,
            padding: '2px 8px',
            minWidth: 0,
          },
        },
      ],
    },
    MuiPaper: {
      styleOverrides: {
        rounded: { borderRadius: 16 },
      },
    },
  },
});
