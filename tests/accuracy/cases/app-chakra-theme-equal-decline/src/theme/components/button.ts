import { defineStyleConfig } from '@chakra-ui/react';

// Cadence buttons: one size scale, two filled variants. "secondary" is the dark neutral fill
// used for the second of two equal actions (dialogs, banners, paywall comparisons).
export const Button = defineStyleConfig({
  baseStyle: {
    fontWeight: 'semibold',
    borderRadius: 'lg',
  },
  sizes: {
    md: { fontSize: 'md', h: 11, px: 5 },
    sm: { fontSize: 'sm', h: 9, px: 4 },
  },
  variants: {
    primary: {
      bg: 'purple.600',
      color: 'white',
      _hover: { bg: 'purple.700' },
    },
    secondary: {
      bg: 'gray.700',
      color: 'white',
      _hover: { bg: 'gray.800' },
    },
    link: {
      color: 'purple.700',
      textDecoration: 'underline',
      h: 'auto',
      px: 0,
    },
  },
  defaultProps: {
    size: 'md',
    variant: 'primary',
  },
});
