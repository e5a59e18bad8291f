/**
 * How long Neo4j takes to plan the Cypher a Qawl request sends, cold and warm:
 *
 *   npx tsx bench/read/planning.ts --graph 1000 [--only actor-statements,actor-nested]
 *
 * Starts the graph's Neo4j (../bench-data/<graph>/, see data.ts) and Qawl's server in this
 * process, asks each probe once to record its Cypher, then for every recorded query: EXPLAIN
 * it on the fresh JVM before anything else was planned (the server's first request after a
 * start), EXPLAIN it again with the plan cached, then clear the query caches and EXPLAIN it
 * with the planner's code warm but the plan not cached (a new query shape). EXPLAIN plans and
 * does not execute, so resultAvailableAfter is planning time. Also prints each query's size
 * and how many subqueries, OPTIONAL MATCHes and UNIONs it has. Writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../../src/api/server.ts';
import { loadConfig } from '../../src/config.ts';
import { createDatabase, type Database } from '../../src/db/driver.ts';
import { LocalNeo4j } from '../../src/db/local-neo4j.ts';
import { migrate } from '../../src/db/migrations.ts';
import { OPERATIONS, pickValues } from '../operations/index.ts';
import { DATA_DIR } from './data.ts';
import { recording, type Recorded } from './recording.ts';

const HEAP_MB = Number(process.env.QAWL_BENCH_HEAP_MB ?? 1024);
const PAGECACHE_MB = Number(process.env.QAWL_BENCH_PAGECACHE_MB ?? 512);
const log = (line: string) => process.stderr.write(`${line}\n`);

const STATEMENT_FIELDS = 'edges { node { id text kind publishedAt speaker { id name } } }';
/** Probes besides the benchmark operations: nested-list shapes of actor(id). */
const EXTRA = [
  {
    name: 'actor-nested',
    query: `query ($a: ID!) { actor(id: $a) { id name statementsBy(first: 20) { totalCount ${STATEMENT_FIELDS} } articles(first: 20) { totalCount edges { node { id } } } } }`,
  },
  {
    name: 'actor-three-lists',
    query: `query ($a: ID!) { actor(id: $a) { id statementsBy(first: 20) { edges { node { id about { __typename id } } } } mentionedIn(first: 5) { edges { node { id speaker { id } } } } events(first: 5) { edges { node { id } } } } }`,
  },
];

async function explainMs(db: Database, q: Recorded): Promise<{ server: number; client: number }> {
  const started = performance.now();
  const r = await db.read((tx) => tx.run(`EXPLAIN ${q.query}`, q.params));
  return { server: Number(r.summary.resultAvailableAfter), client: performance.now() - started };
}

const shape = (query: string) => ({
  chars: query.length,
  calls: (query.match(/\bCALL\b/g) ?? []).length,
  collects: (query.match(/\bCOLLECT\s*\{/g) ?? []).length,
  counts: (query.match(/\bCOUNT\s*\{/g) ?? []).length,
  optionalMatches: (query.match(/OPTIONAL MATCH/g) ?? []).length,
  unions: (query.match(/\bUNION\b/g) ?? []).length,
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { graph: { type: 'string', default: '1000' }, only: { type: 'string' }, dump: { type: 'string' } },
  });
  const only = values.only ? new Set(values.only.split(',')) : null;
  const dir = path.join(DATA_DIR, values.graph);
  const neo4j = await LocalNeo4j.start({ dataDir: path.join(dir, 'neo4j'), heapMb: HEAP_MB, pageCacheMb: PAGECACHE_MB, log });
  const db = createDatabase(neo4j.uri);
  const sink: { current: Recorded[] | null } = { current: null };
  try {
    await migrate(db);
    const picks = await pickValues(db);
    recording(db, sink);
    const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', NEO4J_URI: neo4j.uri });
    const server = await startServer(db, config);
    const probes = [
      ...OPERATIONS.filter((o) => !o.walk).map((o) => ({ name: o.name, query: o.qawl.query, variables: o.qawl.variables(picks) })),
      ...EXTRA.map((e) => ({ ...e, variables: { a: picks.actor } })),
    ].filter((p) => !only || only.has(p.name));
    // Record each probe's Cypher with EXPLAIN only (the recorder sees the text; plans are
    // cleared below): the server's resolvers run their real queries, so clear afterwards.
    const recorded: { probe: string; q: Recorded }[] = [];
    for (const probe of probes) {
      sink.current = [];
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: probe.query, variables: probe.variables }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors?.length) log(`${probe.name}: ${body.errors[0]!.message}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const q of sink.current) {
        log(`${probe.name}: first request, Neo4j reported ${q.serverMs} ms (driver ${q.clientMs.toFixed(0)} ms)`);
        recorded.push({ probe: probe.name, q });
      }
    }
    sink.current = null;
    await server.close();
    // --dump FILE: the recorded queries and parameters as JSON, to try variants on by hand.
    if (values.dump) fs.writeFileSync(values.dump, JSON.stringify(recorded, null, 2));
    for (const { probe, q } of recorded) {
      await db.read((tx) => tx.run('CALL db.clearQueryCaches()'));
      const cold = await explainMs(db, q);
      const warm = await explainMs(db, q);
      log(
        `${probe}: plan cold ${cold.server} ms (client ${cold.client.toFixed(0)}), cached ${warm.server} ms; ${JSON.stringify(shape(q.query))}`,
      );
    }
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

await main();
