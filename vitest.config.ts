import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The accuracy corpus is scored by tests/accuracy/ratchet.test.ts, never run as tests of its own.
    exclude: [...configDefaults.exclude, 'tests/accuracy/cases/**'],
    environment: 'node',
    // CLI and end-to-end tests spawn the built bin; a cold node start on a busy CI machine can take seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    watch: false,
    reporters: ['default'],
  },
});
