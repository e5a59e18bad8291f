import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { createDatabase, type Database } from '../../src/db/driver.ts';
import { LocalNeo4j } from '../../src/db/local-neo4j.ts';
import { migrate } from '../../src/db/migrations.ts';
import { extract } from '../../src/extract/index.ts';
import { IngestAborted, ingest } from '../../src/ingest/run.ts';
import { readSources } from '../../src/ingest/sources.ts';
import { graphCounts, partialArticles } from '../support/db.ts';
import { startOwnNeo4j } from '../support/own-neo4j.ts';

/**
 * Enough articles for a dozen write batches on each side of the kill: atomicity is a property of
 * each batch's transaction, so more articles add minutes to the suite and no new case.
 */
const N = 300;
const BATCH_SIZE = 25;

async function articleCount(db: Database): Promise<number> {
  const result = await db.read((tx) => tx.run('MATCH (a:Article) RETURN count(a) AS n'));
  return result.records[0]!.get('n') as number;
}

/**
 * A dedicated Neo4j in a temporary directory, killed with SIGKILL in the middle of a
 * 300-article load and restarted on the same files.
 */
describe('faults: Neo4j killed in the middle of a load', () => {
  let dir: string;
  let file: string;
  let local: LocalNeo4j | null = null;
  let db: Database | null = null;

  const start = async () => {
    local = await startOwnNeo4j({ dataDir: path.join(dir, 'neo4j'), heapMb: 512, pageCacheMb: 128 });
    db = createDatabase(local.uri);
    await migrate(db);
    return db;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qawl-faults-'));
    // Extracted once up front (DocumentGraph JSONL), so the test spends its time loading.
    file = path.join(dir, 'corpus.jsonl');
    const lines: string[] = [];
    for (const article of generateCorpus(N, 3, 'faults')) lines.push(JSON.stringify(extract(article)));
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
  }, 300_000);

  afterAll(async () => {
    await db?.close();
    await local?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('leaves no article partially present, and re-running the load ends with the counts of an uninterrupted load', async () => {
    let database = await start();
    let killed = false;
    const killAt = 100;
    const interrupted = ingest(database, readSources([file]), {
      concurrency: 0,
      batchSize: BATCH_SIZE,
      onProgress: (p) => {
        if (!killed && p.done >= killAt) {
          killed = true;
          void local!.kill();
        }
      },
    });
    const error = await interrupted.then(
      () => null,
      (e: unknown) => e,
    );
    expect(killed).toBe(true);
    expect(error).toBeInstanceOf(IngestAborted);
    expect((error as IngestAborted).summary.aborted).toMatch(/unavailable/i);
    await database.close();

    database = await start();
    const present = await articleCount(database);
    expect(present).toBeGreaterThanOrEqual(killAt);
    expect(present).toBeLessThan(N);
    expect(await partialArticles(database)).toBe(0);

    const resumed = await ingest(database, readSources([file]), { concurrency: 0, batchSize: BATCH_SIZE });
    expect(resumed.failed).toBe(0);
    expect(resumed.unchanged).toBe(present);
    expect(resumed.loaded).toBe(N - present);
    expect(await articleCount(database)).toBe(N);
    expect(await partialArticles(database)).toBe(0);
    const afterResume = await graphCounts(database);

    // The same load, uninterrupted, into the same (emptied) database.
    for (let deleted = 1; deleted > 0;) {
      const result = await database.write((tx) => tx.run('MATCH (n) WITH n LIMIT 2000 DETACH DELETE n RETURN count(*) AS n'));
      deleted = result.records[0]!.get('n') as number;
    }
    expect(await graphCounts(database)).toEqual({ nodes: 0, relationships: 0 });
    const clean = await ingest(database, readSources([file]), { concurrency: 0, batchSize: BATCH_SIZE });
    expect(clean).toMatchObject({ loaded: N, failed: 0 });
    expect(await graphCounts(database)).toEqual(afterResume);
  }, 900_000);
});
