import { defineConfig } from 'vitest/config';
import OwnProcessesFirst from './test/support/sequencer.ts';

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
    // Modules are loaded once per worker instead of once per file: the files import the same
    // server, database and extraction modules, and re-importing them per file is CPU the two
    // cores lack (import time summed over files, one run under equal load: 301 s, then 171 s).
    // Files keep no module-level state that another file reads.
    isolate: false,
    sequence: { sequencer: OwnProcessesFirst },
  },
});
