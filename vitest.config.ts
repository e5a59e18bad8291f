import { defineConfig } from 'vitest/config';

/**
 * Test files waiting on Neo4j (a separate process) leave the CPU to others, so more files run at
 * once than there are cores; more than this mostly adds memory and contention on a 2-core machine.
 */
const PARALLEL_FILES = 4;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Files run side by side on one shared Neo4j: each creates data under ids of its own and
    // asserts only on that data (test/support/db.ts: articleFootprint, seedGraph(id)); files that
    // need a database to themselves start their own LocalNeo4j.
    fileParallelism: true,
    maxWorkers: PARALLEL_FILES,
    // Hang guards, not speed checks: a busy 2-core machine may run a test several times slower,
    // and more so with four files sharing it.
    testTimeout: 300_000,
    hookTimeout: 240_000,
    pool: 'forks',
  },
});
