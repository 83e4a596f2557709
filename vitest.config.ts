import { defineConfig } from 'vitest/config';

// Integration tests start real brokers and daemon processes; give them room on a 2-core machine.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    teardownTimeout: 15_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
  },
});
