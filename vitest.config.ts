import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // CLI and end-to-end tests spawn the built bin; a cold node start on a busy CI machine can take seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    watch: false,
    reporters: ['default'],
  },
});
