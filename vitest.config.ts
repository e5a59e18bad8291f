import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Integration files share one Neo4j and some assert whole-database counts, so files run
    // one after another; tests inside a file stay fast because the database is already warm.
    fileParallelism: false,
    // Hang guards, not speed checks: a busy 2-core machine may run a test several times slower.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    pool: 'forks',
  },
});
