import fs from 'node:fs';
import { inject } from 'vitest';
import { LocalNeo4j, type LocalNeo4jOptions } from '../../src/db/local-neo4j.ts';

/** How often a file waiting to boot its Neo4j looks at the lock again. */
const BOOT_LOCK_POLL_MS = 250;
/**
 * A hang guard on one boot, not a speed check: a boot takes seconds on a quiet machine and took
 * over three minutes on a loaded one (load 40 on 2 cores), past LocalNeo4j's default of 180 s.
 */
const BOOT_GUARD_MS = 420_000;
/**
 * A lock older than this was left by a worker that died while booting: take it over rather than
 * wait forever. Longer than a boot may take, or a slow boot would have a second one start beside it.
 */
const BOOT_LOCK_STALE_MS = BOOT_GUARD_MS + 60_000;

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
    return await LocalNeo4j.start({ startTimeoutMs: BOOT_GUARD_MS, ...options });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
