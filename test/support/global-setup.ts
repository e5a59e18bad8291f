import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase } from '../../src/db/driver.ts';
import { loadDocument } from '../../src/db/loader.ts';
import { LocalNeo4j } from '../../src/db/local-neo4j.ts';
import { migrate } from '../../src/db/migrations.ts';
import { toDocumentGraph } from '../../src/ingest/pipeline.ts';
import { readArticleFile } from '../../src/ingest/sources.ts';
import { SEED_PATH } from './seed.ts';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    /** A path files create as a directory while they boot a Neo4j of their own (own-neo4j.ts). */
    neo4jBootLock: string;
  }
}

/**
 * What every file finds ready, done once before files run side by side: the schema (so no two
 * files race to create the same index) and the seed article, shared read-only.
 */
async function prepare(uri: string, user: string, password: string): Promise<void> {
  const db = createDatabase(uri, user, password);
  try {
    await migrate(db);
    await loadDocument(db, toDocumentGraph(readArticleFile(SEED_PATH)));
  } finally {
    await db.close();
  }
}

/**
 * A hang guard on the shared Neo4j's boot, not a speed check: LocalNeo4j's default of 180 s was
 * exceeded on a 2-core machine at load 40 (the boot takes about a minute at load 20), and the run
 * then failed before any file ran.
 */
const SHARED_BOOT_GUARD_MS = 600_000;

/**
 * One real Neo4j for the whole run, shared by the test files running in parallel: the one in
 * NEO4J_URI when set, otherwise a throwaway local instance in a temporary directory on a free
 * port, removed afterwards.
 */
export default async function setup(project: TestProject) {
  const lockParent = fs.mkdtempSync(path.join(os.tmpdir(), 'qawl-test-boot-'));
  project.provide('neo4jBootLock', path.join(lockParent, 'lock'));
  const removeLockParent = () => fs.rmSync(lockParent, { recursive: true, force: true });
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    project.provide('neo4jUser', process.env.NEO4J_USER ?? 'neo4j');
    project.provide('neo4jPassword', process.env.NEO4J_PASSWORD ?? '');
    await prepare(process.env.NEO4J_URI, process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '');
    return removeLockParent;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qawl-test-neo4j-'));
  const started = Date.now();
  const local = await LocalNeo4j.start({ dataDir, heapMb: 768, pageCacheMb: 128, startTimeoutMs: SHARED_BOOT_GUARD_MS });
  process.stderr.write(`test Neo4j ready at ${local.uri} in ${Date.now() - started} ms\n`);
  project.provide('neo4jUri', local.uri);
  project.provide('neo4jUser', 'neo4j');
  project.provide('neo4jPassword', '');
  const teardown = async () => {
    await local.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    removeLockParent();
  };
  try {
    await prepare(local.uri, 'neo4j', '');
  } catch (error) {
    // Vitest runs no teardown for a setup that threw: without this the Neo4j stayed up and the
    // failed run took ten more minutes to exit.
    await teardown();
    throw error;
  }
  return teardown;
}
