import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // The CLI tests spawn the bundled command (dist/cli/), built once here rather than per spawn.
    globalSetup: ['tests/cli/build-bundle.ts'],
    // No test asserts a duration, and none should fail because a loaded machine is slow: the default 5 s
    // is a wall-clock limit in disguise. Work is bounded by sizes (the reader's limits) instead.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
