import { extendTheme, type ThemeConfig } from '@chakra-ui/react';
import { Button } from './components/button';

const config: ThemeConfig = {
  initialColorMode: 'light',
  useSystemColorMode: false,
};

export const theme = extendTheme({
  config,
  fonts: {
    heading: `'Manrope', system-ui, sans-serif`,
    body: `'Manrope', system-ui, sans-serif`,
  },
  components: {
    Button,
  },
});
