/**
 * Where a Qawl read spends its time and work, per GraphQL operation, on a kept benchmark graph:
 *
 *   npx tsx bench/read/profile.ts --graph 1000 [--graph real …] [--runs 15] [--only name,name] [--plans]
 *
 * Qawl's server runs in this process on the graph's Neo4j (../bench-data/<graph>/, see data.ts),
 * with every Cypher query it sends recorded. Each probe (the eight benchmark operations plus the
 * first page of every root field) is asked `--runs` times one at a time after a warm-up, and
 * the report gives: p50 over HTTP; the Cypher round trips of one request; their time as the
 * driver sees it (Bolt included) and as Neo4j reports it (resultAvailableAfter +
 * resultConsumedAfter: planning, when the plan is not cached, plus execution); the rest is
 * Node (HTTP, GraphQL parse/validate/execute, resolvers, JSON). Then each recorded query runs
 * once under PROFILE: the summed db hits, the figure that does not move with machine load, so
 * the same probe on a 1,000- and a 22,568- or 100,000-article graph shows whether its cost is
 * flat. Writes bench/results/profile-<graph>.{json,md}.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from '../../src/api/server.ts';
import { loadConfig } from '../../src/config.ts';
import { createDatabase } from '../../src/db/driver.ts';
import { LocalNeo4j } from '../../src/db/local-neo4j.ts';
import { migrate } from '../../src/db/migrations.ts';
import { OPERATIONS, pickValues, type Picks } from '../operations/index.ts';
import { DATA_DIR } from './data.ts';
import { profileMedian, recording, type Recorded } from './recording.ts';

const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'results');
const DEFAULT_RUNS = 15;
const WARMUP_RUNS = Number(process.env.QAWL_PROFILE_WARMUP ?? 2);
const HEAP_MB = Number(process.env.QAWL_BENCH_HEAP_MB ?? 1024);
const PAGECACHE_MB = Number(process.env.QAWL_BENCH_PAGECACHE_MB ?? 512);
/** A kept graph's Neo4j may take minutes to start on the loaded machine (the real corpus's took over the default 3). */
const START_TIMEOUT_MS = 600_000;
/** The issue's target for a root field's first page, one request at a time. */
const TARGET_MS = 50;

const log = (line: string) => process.stderr.write(`${line}\n`);

interface Probe {
  name: string;
  query: string;
  variables: (p: Picks) => Record<string, unknown>;
}

const STATEMENT_FIELDS = 'edges { node { id text kind publishedAt speaker { id name } } }';

/*
 * The first page of every root field that lists, counts or aggregates, totalCount selected
 * where the field has one, as a client shows it.
 */
const ROOT_PROBES: Probe[] = [
  { name: 'statements', query: `query { statements(first: 20) { totalCount ${STATEMENT_FIELDS} } }`, variables: () => ({}) },
  {
    name: 'statements-oldest',
    query: `query { statements(first: 20, orderBy: { field: PUBLISHED_AT, direction: ASC }) { totalCount ${STATEMENT_FIELDS} } }`,
    variables: () => ({}),
  },
  {
    name: 'statements-speaker',
    query: `query ($a: ID!) { statements(filter: { speaker: $a }, first: 20) { totalCount ${STATEMENT_FIELDS} } }`,
    variables: (p) => ({ a: p.actor }),
  },
  {
    name: 'statements-about',
    query: `query ($a: ID!) { statements(filter: { about: $a }, first: 20) { totalCount ${STATEMENT_FIELDS} } }`,
    variables: (p) => ({ a: p.target }),
  },
  {
    name: 'statements-kind',
    query: `query { statements(filter: { kinds: [DENIAL] }, first: 20) { totalCount ${STATEMENT_FIELDS} } }`,
    variables: () => ({}),
  },
  {
    name: 'statements-month',
    query: `query ($m: PartialDate!) { statements(filter: { from: $m, to: $m }, first: 20) { totalCount ${STATEMENT_FIELDS} } }`,
    variables: (p) => ({ m: p.month }),
  },
  {
    name: 'statements-speaker-kind-month',
    query: `query ($a: ID!, $m: PartialDate!) { statements(filter: { speaker: $a, kinds: [CLAIM, DENIAL], from: $m, to: $m }, first: 20) { totalCount ${STATEMENT_FIELDS} } }`,
    variables: (p) => ({ a: p.actor, m: p.month }),
  },
  {
    name: 'actorNetwork-all',
    query:
      'query { actorNetwork(filter: {}) { nodes { id said received weight } edges { source target weight } statementCount truncated } }',
    variables: () => ({}),
  },
  {
    name: 'statements-text',
    query: `query ($w: String!) { statements(filter: { text: $w }, first: 20) { totalCount ${STATEMENT_FIELDS} } }`,
    variables: (p) => ({ w: p.word }),
  },
  { name: 'actors', query: 'query { actors(first: 10) { totalCount edges { node { id name kind } } } }', variables: () => ({}) },
  {
    name: 'actors-kind',
    query: 'query { actors(filter: { kinds: [COUNTRY] }, first: 10) { totalCount edges { node { id name } } } }',
    variables: () => ({}),
  },
  { name: 'events', query: 'query { events(first: 20) { totalCount edges { node { id kind label date } } } }', variables: () => ({}) },
  {
    name: 'articles',
    query: 'query { articles(first: 20) { totalCount edges { node { id title publishedAt } } } }',
    variables: () => ({}),
  },
  { name: 'sectors', query: 'query { sectors(first: 20) { totalCount edges { node { id name } } } }', variables: () => ({}) },
  {
    name: 'stanceNetwork',
    query: 'query { stanceNetwork(first: 20) { totalCount edges { node { speaker { id } target { __typename } count } } } }',
    variables: () => ({}),
  },
  {
    name: 'denials',
    query: 'query { denials(first: 20) { totalCount edges { node { denial { id } denied { id } } } } }',
    variables: () => ({}),
  },
  {
    name: 'timeline',
    query: 'query ($a: ID!) { timeline(actor: $a, first: 20) { totalCount edges { node { date } } } }',
    variables: (p) => ({ a: p.actor }),
  },
  {
    name: 'whoSaidWhatAbout',
    query:
      'query ($a: ID!) { whoSaidWhatAbout(about: $a) { totalCount speakers(first: 20) { totalCount edges { node { speaker { id name } count statements(first: 5) { edges { node { id } } } } } } } }',
    variables: (p) => ({ a: p.target }),
  },
  {
    name: 'search',
    query:
      'query ($w: String!) { search(query: $w, first: 10) { edges { score node { __typename ... on Statement { id } ... on Actor { id } ... on Event { id } } } } }',
    variables: (p) => ({ w: p.word }),
  },
  { name: 'graph-top', query: 'query { graph(limit: 100) { nodes { id } edges { id } truncated } }', variables: () => ({}) },
  {
    name: 'actor-nested',
    query: `query ($a: ID!) { actor(id: $a) { id name statementsBy(first: 20) { totalCount ${STATEMENT_FIELDS} } articles(first: 20) { totalCount edges { node { id } } } } }`,
    variables: (p) => ({ a: p.actor }),
  },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};

interface ProbeResult {
  name: string;
  p50: number;
  p90: number;
  roundTrips: number;
  clientMs: number;
  serverMs: number;
  nodeMs: number;
  dbHits: number;
  rows: number;
  error: string | null;
}

async function ask(url: string, probe: Probe, picks: Picks): Promise<{ ms: number; error: string | null }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: probe.query, variables: probe.variables(picks) }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  return { ms: performance.now() - started, error: body.errors?.[0]?.message ?? null };
}

async function profileGraph(name: string, runs: number, only: Set<string> | null, uri: string | null): Promise<void> {
  const dir = path.join(DATA_DIR, name);
  if (!fs.existsSync(path.join(dir, 'loaded.json')))
    throw new Error(`${dir} holds no loaded graph: run npm run bench -- --load-only first`);
  // --uri: a Neo4j already running on the graph's directory (kept up between profiles).
  const neo4j = uri
    ? null
    : await LocalNeo4j.start({
        dataDir: path.join(dir, 'neo4j'),
        heapMb: HEAP_MB,
        pageCacheMb: PAGECACHE_MB,
        log,
        startTimeoutMs: START_TIMEOUT_MS,
      });
  const db = createDatabase(uri ?? neo4j!.uri);
  const sink: { current: Recorded[] | null } = { current: null };
  try {
    log(`${name}: migrating and picking values`);
    await migrate(db);
    const picks = await pickValues(db);
    log(`${name}: picks ${JSON.stringify(picks)}`);
    recording(db, sink);
    const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', NEO4J_URI: uri ?? neo4j!.uri });
    const server = await startServer(db, config);
    const probes: Probe[] = [
      ...OPERATIONS.filter((o) => !o.walk).map((o) => ({ name: o.name, query: o.qawl.query, variables: o.qawl.variables })),
      ...ROOT_PROBES,
    ].filter((p) => !only || only.has(p.name));
    const results: ProbeResult[] = [];
    // --plans: each probe's queries and their profiled plans, operator by operator.
    const plansFile = path.join(RESULTS_DIR, `profile-${name}${tag}-plans.txt`);
    if (withPlans) fs.writeFileSync(plansFile, '');
    // Written after every probe, so a run cut short still leaves what it measured.
    const write = async () => {
      const meta = JSON.parse(fs.readFileSync(path.join(dir, 'loaded.json'), 'utf8')) as Record<string, unknown>;
      const out = {
        graph: name,
        date: new Date().toISOString(),
        loadAverage: (await import('node:os')).loadavg(),
        runs,
        picks,
        counts: meta,
        results,
      };
      fs.mkdirSync(RESULTS_DIR, { recursive: true });
      fs.writeFileSync(path.join(RESULTS_DIR, `profile-${name}${tag}.json`), `${JSON.stringify(out, null, 2)}\n`);
      const md = [
        `# Qawl read profile · graph ${name} (${String(meta.articles)} articles, ${String(meta.statements)} statements) · ${out.date}`,
        '',
        `Load average at the end ${out.loadAverage.map((l) => l.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores (a machine shared with other sessions: times are medians of ${runs} requests one at a time, db hits are the load-independent figure). Picks: ${JSON.stringify(picks)}.`,
        '',
        '| probe | p50 ms | p90 ms | ≤ 50 ms | Cypher round trips | Bolt ms (driver) | Neo4j ms (reported) | Node ms (rest) | db hits |',
        '|---|---|---|---|---|---|---|---|---|',
        ...results.map(
          (r) =>
            `| ${r.name} | ${r.p50.toFixed(1)} | ${r.p90.toFixed(1)} | ${r.error ? `error: ${r.error.slice(0, 80)}` : r.p50 <= TARGET_MS ? 'yes' : 'no'} | ${r.roundTrips} | ${r.clientMs.toFixed(1)} | ${r.serverMs.toFixed(0)} | ${r.nodeMs.toFixed(1)} | ${r.dbHits} |`,
        ),
        '',
      ].join('\n');
      fs.writeFileSync(path.join(RESULTS_DIR, `profile-${name}${tag}.md`), md);
    };
    try {
      for (const probe of probes) {
        let error: string | null = null;
        for (let i = 0; i < WARMUP_RUNS && !error; i++) error = (await ask(server.url, probe, picks)).error;
        const times: number[] = [];
        const trips: Recorded[][] = [];
        for (let i = 0; i < runs && !error; i++) {
          const list: Recorded[] = [];
          sink.current = list;
          const answer = await ask(server.url, probe, picks);
          sink.current = null;
          error = answer.error;
          times.push(answer.ms);
          trips.push(list);
        }
        // The request at the median: its round trips and their timings.
        const { queries, hits, rows, time, plans } = await profileMedian(db, times, trips);
        if (withPlans) {
          const text = queries.map((q, i) => `${q.query}\n${JSON.stringify(q.params)}\n${(plans[i] ?? []).join('\n')}`).join('\n\n');
          fs.appendFileSync(plansFile, `## ${probe.name}: ${hits} db hits\n\n${text}\n\n`);
        }
        const clientMs = queries.reduce((s, q) => s + q.clientMs, 0);
        const serverMs = queries.reduce((s, q) => s + q.serverMs, 0);
        const p50 = median(times);
        const sorted = [...times].sort((a, b) => a - b);
        const result: ProbeResult = {
          name: probe.name,
          p50,
          p90: sorted[Math.floor(sorted.length * 0.9)] ?? NaN,
          roundTrips: queries.length,
          clientMs,
          serverMs,
          nodeMs: time - clientMs,
          dbHits: hits,
          rows,
          error,
        };
        results.push(result);
        await write();
        log(
          `${name} ${probe.name.padEnd(30)} p50 ${p50.toFixed(1).padStart(7)} ms  trips ${queries.length}  bolt ${clientMs.toFixed(1)} ms  neo4j ${serverMs.toFixed(0)} ms  db hits ${hits}${error ? `  ERROR ${error}` : ''}`,
        );
      }
    } finally {
      await server.close();
    }
    await write();
    log(`wrote bench/results/profile-${name}${tag}.{json,md}`);
  } finally {
    await db.close();
    await neo4j?.stop();
  }
}

const { values } = parseArgs({
  options: {
    graph: { type: 'string', multiple: true },
    runs: { type: 'string' },
    only: { type: 'string' },
    uri: { type: 'string' },
    tag: { type: 'string' },
    plans: { type: 'boolean', default: false },
  },
});
/** --plans writes profile-<graph>[-tag]-plans.txt: every probe's Cypher and its profiled plan. */
const withPlans = values.plans === true;
const only = values.only ? new Set(values.only.split(',')) : null;
/** --tag T writes profile-<graph>-T.* (e.g. a rerun of a few probes after a change). */
const tag = values.tag ? `-${values.tag}` : '';
for (const graph of values.graph ?? ['1000']) await profileGraph(graph, Number(values.runs ?? DEFAULT_RUNS), only, values.uri ?? null);
