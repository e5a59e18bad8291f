import os from 'node:os';
import type { IngestSummary } from './run.ts';

/**
 * Extraction workers by default: one per core beyond the first, which the main thread
 * (reading, hashing, the Neo4j driver) and a local Neo4j need; at least one.
 */
export function defaultConcurrency(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, cores - 1);
}

/** The human summary printed at the end of `qawl load`. */
export function describeSummary(s: IngestSummary): string {
  const lines = [
    `qawl load: ${s.articles} articles in ${s.seconds.toFixed(1)} s (${s.articlesPerSecond.toFixed(1)} articles/s): ` +
      `${s.loaded} loaded, ${s.unchanged} unchanged, ${s.replaced} replaced, ${s.failed} failed`,
    `           ${s.statements} statements written; ${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships created` +
      (s.nodesDeleted || s.relationshipsDeleted
        ? `, ${s.nodesDeleted} nodes and ${s.relationshipsDeleted} relationships deleted (replacements)`
        : ''),
  ];
  if (s.aborted)
    lines.push(`           stopped early: ${s.aborted}; run the same command again to finish (loaded articles are skipped as unchanged)`);
  return lines.join('\n');
}
