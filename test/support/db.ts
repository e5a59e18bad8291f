import fs from 'node:fs';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import { createDatabase, type Database } from '../../src/db/driver.ts';
import { DERIVED_RELATIONSHIPS } from '../../src/db/queries/keys.ts';
import { extract } from '../../src/extract/index.ts';
import { toDocumentGraph } from '../../src/ingest/pipeline.ts';
import { readArticleFile } from '../../src/ingest/sources.ts';
import { REQUEST_GUARD_MS, TRANSACTION_GUARD_MS } from './guards.ts';
import { SEED_PATH } from './seed.ts';
import type { DocumentGraph } from '../../src/graph/document-graph.ts';

/**
 * A driver on the run's Neo4j. The global setup (global-setup.ts) migrated it before any file
 * ran; migrating again per file ran some 50 schema transactions and `db.awaitIndexes` in each of
 * the 22 files using this, on the one database all of them share, and a file then waited on any
 * index another file's test had in flight. This only checks that Neo4j answers.
 */
export async function testDatabase(): Promise<Database> {
  const db = createDatabase(inject('neo4jUri'), inject('neo4jUser'), inject('neo4jPassword'), undefined, {
    readTimeoutMs: TRANSACTION_GUARD_MS,
    writeTimeoutMs: TRANSACTION_GUARD_MS,
  });
  try {
    await db.verify();
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** Configuration for an in-process server: loopback, a free port, test API keys. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_USER: inject('neo4jUser'),
    NEO4J_PASSWORD: inject('neo4jPassword'),
    PORT: '0',
    QAWL_API_KEYS: 'test-key-1,test-key-2',
    // Hang guards, not speed limits: the default 60 s request budget failed a first request
    // (queries Neo4j had yet to plan) on a 2-core machine at load 33. Reads stop at the
    // transaction guard; the whole request gets that and a margin, below a test's timeout.
    QAWL_QUERY_TIMEOUT_MS: String(TRANSACTION_GUARD_MS),
    QAWL_REQUEST_TIMEOUT_MS: String(REQUEST_GUARD_MS),
    // Request logs would drown the test output; warnings and errors still show.
    LOG_LEVEL: 'warn',
    ...overrides,
  });
}

export const SEED_FILE = SEED_PATH;

/**
 * The seed article's DocumentGraph, extracted as `npm start` does. The global setup loads it
 * under its own id once for the whole run, and no test deletes it; a test that loads, replaces
 * or deletes the seed passes an `id` of its own, which gives a private copy (its statement and
 * event ids derive from the article id), so files running at the same time never share it.
 */
export function seedGraph(id?: string): DocumentGraph {
  const loadable = readArticleFile(SEED_FILE);
  if (id === undefined || loadable.kind !== 'text') return toDocumentGraph(loadable);
  return toDocumentGraph({ ...loadable, input: { ...loadable.input, id } });
}

/** A small article of the test's own, under a unique id so tests never share data. */
export function ownArticle(id: string, text: string, publishedAt = '2024-03-01'): DocumentGraph {
  return extract({ id, text, publishedAt, title: null });
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

/**
 * Nodes and relationships of the whole database, less the aggregates the loader derives (which
 * no export carries). Only for a database the test has to itself (its own LocalNeo4j): on the
 * shared one other files write at the same time, so use `articleFootprint` there.
 */
export async function graphCounts(db: Database): Promise<GraphCounts> {
  const result = await db.read((tx) =>
    tx.run(
      `CALL { MATCH (n) RETURN count(n) AS nodes }
     CALL { MATCH ()-[r]->() WHERE NOT type(r) IN $derived RETURN count(r) AS relationships }
     RETURN nodes, relationships`,
      { derived: DERIVED_RELATIONSHIPS },
    ),
  );
  const record = result.records[0]!;
  return { nodes: record.get('nodes') as number, relationships: record.get('relationships') as number };
}

/**
 * What the given articles own in the database: the articles, their statements and events (whose
 * ids derive from the article's), any `extraIds` nodes, and every relationship touching one of
 * them (derived aggregates aside). Other files cannot change it, so a test may compare it before
 * and after its own work on the shared database.
 */
export async function articleFootprint(db: Database, articleIds: string[], extraIds: string[] = []): Promise<GraphCounts> {
  const slugs = articleIds.map((id) => id.replace(/^article:/, ''));
  const prefixes = slugs.flatMap((slug) => [`stmt:${slug}:`, `event:${slug}:`]);
  const result = await db.read((tx) =>
    tx.run(
      `MATCH (n) WHERE n.id IN $ids OR any(prefix IN $prefixes WHERE n.id STARTS WITH prefix)
     WITH collect(n) AS own
     CALL (own) { UNWIND own AS n MATCH (n)-[r]-() WHERE NOT type(r) IN $derived RETURN count(DISTINCT r) AS relationships }
     RETURN size(own) AS nodes, relationships`,
      { ids: [...articleIds, ...extraIds], prefixes, derived: DERIVED_RELATIONSHIPS },
    ),
  );
  const record = result.records[0]!;
  return { nodes: record.get('nodes') as number, relationships: record.get('relationships') as number };
}

/**
 * Articles whose stored statement count differs from the statements reported in them (or that
 * carry none): partially written articles. `ids` limits the check to a test's own articles.
 */
export async function partialArticles(db: Database, ids: string[] | null = null): Promise<number> {
  const result = await db.read((tx) =>
    tx.run(
      `
    MATCH (a:Article) WHERE $ids IS NULL OR a.id IN $ids
    OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
    WITH a, count(s) AS n WHERE a.statementCount IS NULL OR n <> a.statementCount RETURN count(a) AS bad`,
      { ids },
    ),
  );
  return result.records[0]!.get('bad') as number;
}

export function readFixture(file: string): string {
  return fs.readFileSync(file, 'utf8');
}
