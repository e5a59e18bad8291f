import fs from 'node:fs';
import { inject } from 'vitest';
import { LocalNeo4j, type LocalNeo4jOptions } from '../../src/db/local-neo4j.ts';

/** How often a file waiting to boot its Neo4j looks at the lock again. */
const BOOT_LOCK_POLL_MS = 250;
/**
 * A lock older than this was left by a worker that died while booting (a boot takes seconds on
 * a quiet machine, a few minutes at worst on a busy one): take it over rather than wait forever.
 */
const BOOT_LOCK_STALE_MS = 240_000;

function tryLock(lock: string): boolean {
  try {
    fs.mkdirSync(lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const age = Date.now() - fs.statSync(lock, { throwIfNoEntry: false })!.mtimeMs;
    if (Number.isFinite(age) && age > BOOT_LOCK_STALE_MS) fs.rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

/**
 * Starts a Neo4j of the test's own, one boot at a time across the run's files. Booting a JVM is
 * the most CPU-hungry thing the suite does; the files that need their own database run at the
 * start of the run (test/support/sequencer.ts), and several boots at once on two cores starved
 * each other past their ready timeout. Once booted, an idle Neo4j costs almost nothing.
 */
export async function startOwnNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const lock = inject('neo4jBootLock');
  while (!tryLock(lock)) await new Promise((resolve) => setTimeout(resolve, BOOT_LOCK_POLL_MS));
  try {
    return await LocalNeo4j.start(options);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
