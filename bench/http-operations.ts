/**
 * The per-operation breakdown of `npm run bench:http`: each operation of the query mix alone
 * (one request at a time, on an in-process server over the bench's graph) with its latency,
 * its Cypher round trips and their summed Neo4j db hits under PROFILE (the figure that does not
 * move with the load of a shared machine), and, under load, each operation's share of the
 * autocannon run (p50/p99, timeouts, non-2xx and GraphQL errors), so a slow mix points at its
 * slow operation.
 *
 *   npx tsx bench/http-operations.ts --uri bolt://… [--runs 10] [--only name,name]
 *
 * profiles a graph already loaded (as bench:http loads it) without the load phase.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { startServer } from '../src/api/server.ts';
import { loadConfig } from '../src/config.ts';
import { createDatabase } from '../src/db/driver.ts';
import { MIX, type MixOperation } from './http-queries.ts';
import { profileMedian, recording, type Recorded } from './read/recording.ts';

export interface AloneResult {
  name: string;
  p50: number;
  max: number;
  errors: number;
  roundTrips: number;
  /** The median request's Cypher time as Neo4j reports it (planning when not cached, execution). */
  neo4jMs: number;
  /** CPU time per request of this process (server and client; load-independent, unlike wall time). */
  nodeCpuMs: number;
  /** CPU time per request of the Neo4j process, when its pid is known (10 ms ticks, averaged over the runs). */
  neo4jCpuMs: number;
  dbHits: number;
  rows: number;
  firstError: string | null;
}

/** user + system CPU of a process in ms, from /proc (null where there is no /proc). */
function processCpuMs(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};

async function ask(url: string, query: string): Promise<{ ms: number; error: string | null }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: { message: string }[] };
  const ms = performance.now() - started;
  if (response.status !== 200) return { ms, error: `HTTP ${response.status}: ${body.errors?.[0]?.message ?? ''}` };
  return { ms, error: body.errors?.[0]?.message ?? null };
}

/**
 * Each operation `runs` times after `warmup` runs, one request at a time, on a server of this
 * process (so its Cypher can be recorded); the request at the median is replayed under PROFILE.
 */
/** No database work at all: the fixed cost of one request (HTTP, GraphQL, logging) for comparison. */
export const BASELINE: MixOperation = { name: '(baseline __typename)', query: '{ __typename }' };

export async function profileAlone(
  uri: string,
  mix: MixOperation[] = MIX,
  runs = 10,
  warmup = 2,
  log: (line: string) => void = () => {},
  neo4jPid: number | null = null,
): Promise<AloneResult[]> {
  const db = createDatabase(uri, 'neo4j', process.env.NEO4J_PASSWORD ?? '');
  const sink: { current: Recorded[] | null } = { current: null };
  recording(db, sink);
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    NEO4J_URI: uri,
    QAWL_RATE_LIMIT: '0',
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
  });
  const server = await startServer(db, config);
  const results: AloneResult[] = [];
  try {
    for (const operation of mix) {
      for (let i = 0; i < warmup; i++) await ask(server.url, operation.query);
      const times: number[] = [];
      const trips: Recorded[][] = [];
      let errors = 0;
      let firstError: string | null = null;
      const cpuBefore = process.cpuUsage();
      const neo4jBefore = neo4jPid ? processCpuMs(neo4jPid) : null;
      for (let i = 0; i < runs; i++) {
        const list: Recorded[] = [];
        sink.current = list;
        const answer = await ask(server.url, operation.query);
        sink.current = null;
        times.push(answer.ms);
        trips.push(list);
        if (answer.error) {
          errors++;
          firstError ??= answer.error;
        }
      }
      const cpu = process.cpuUsage(cpuBefore);
      const neo4jAfter = neo4jPid ? processCpuMs(neo4jPid) : null;
      const { queries, hits, rows } = await profileMedian(db, times, trips);
      const result: AloneResult = {
        name: operation.name,
        p50: percentile(times, 50),
        max: Math.max(...times),
        errors,
        roundTrips: queries.length,
        neo4jMs: queries.reduce((sum, q) => sum + q.serverMs, 0),
        nodeCpuMs: (cpu.user + cpu.system) / 1000 / runs,
        neo4jCpuMs: neo4jBefore !== null && neo4jAfter !== null ? (neo4jAfter - neo4jBefore) / runs : NaN,
        dbHits: hits,
        rows,
        firstError,
      };
      results.push(result);
      log(
        `alone ${result.name.padEnd(22)} p50 ${result.p50.toFixed(1).padStart(7)} ms  max ${result.max.toFixed(1).padStart(7)} ms  trips ${result.roundTrips}  neo4j ${result.neo4jMs.toFixed(0)} ms  cpu node ${result.nodeCpuMs.toFixed(1)} neo4j ${result.neo4jCpuMs.toFixed(1)} ms  db hits ${result.dbHits}${firstError ? `  ERROR ${firstError}` : ''}`,
      );
    }
  } finally {
    await server.close();
    await db.close();
  }
  return results;
}

export interface LoadResult {
  name: string;
  responses: number;
  p50: number;
  p99: number;
  max: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
}

/**
 * Per-operation tallies of an autocannon run over `mix` (one request list cycled per
 * connection, pipelining 1): a response's operation is the one its connection has in flight
 * (`requestIterator.currentRequestIndex` when 'response' fires); a timeout's, the one before
 * the index autocannon has already advanced to when it reconnects and emits 'timeout'.
 */
export class PerOperation {
  private readonly latencies: number[][];
  private readonly timeouts: number[];
  private readonly non2xx: number[];
  private readonly graphqlErrors: number[];
  private readonly started = performance.now();
  /** Seconds into the run at which each timeout came, to tell a burst from a steady tail. */
  readonly timeoutsAt: number[] = [];

  constructor(private readonly mix: MixOperation[]) {
    this.latencies = mix.map(() => []);
    this.timeouts = mix.map(() => 0);
    this.non2xx = mix.map(() => 0);
    this.graphqlErrors = mix.map(() => 0);
  }

  /** autocannon's `requests`, each counting its own non-2xx and GraphQL errors. */
  requests(): { method: string; body: string; onResponse: (status: number, body: string) => void }[] {
    return this.mix.map((operation, i) => ({
      method: 'POST',
      body: JSON.stringify({ query: operation.query }),
      onResponse: (status: number, body: string) => {
        if (status < 200 || status > 299) this.non2xx[i]!++;
        else if (body.includes('"errors":')) this.graphqlErrors[i]!++;
      },
    }));
  }

  /** autocannon's `setupClient`: attributes each timeout to its operation. */
  setupClient = (client: ClientLike): void => {
    client.on('timeout', () => {
      const n = this.mix.length;
      this.timeouts[(client.requestIterator.currentRequestIndex - 1 + n) % n]!++;
      this.timeoutsAt.push(Math.round((performance.now() - this.started) / 100) / 10);
    });
  };

  /** The tracker's 'response' listener. */
  onResponse = (client: ClientLike, _status: number, _bytes: number, ms: number): void => {
    this.latencies[client.requestIterator.currentRequestIndex]?.push(ms);
  };

  results(): LoadResult[] {
    return this.mix.map((operation, i) => {
      const times = this.latencies[i]!;
      return {
        name: operation.name,
        responses: times.length,
        p50: percentile(times, 50),
        p99: percentile(times, 99),
        max: times.length ? Math.max(...times) : NaN,
        timeouts: this.timeouts[i]!,
        non2xx: this.non2xx[i]!,
        graphqlErrors: this.graphqlErrors[i]!,
      };
    });
  }
}

export interface ClientLike {
  on(event: 'timeout', listener: () => void): void;
  requestIterator: { currentRequestIndex: number };
}

/** The breakdown as a table for stdout. */
export function breakdownTable(alone: AloneResult[], load: LoadResult[] | null): string {
  const byName = new Map(load?.map((l) => [l.name, l]));
  const header = [
    'operation',
    'alone p50 ms',
    'cpu node ms',
    'cpu neo4j ms',
    'trips',
    'db hits',
    'load n',
    'load p50 ms',
    'load p99 ms',
    'timeouts',
    'non-2xx',
    'gql errors',
  ];
  const rows = alone.map((a) => {
    const l = byName.get(a.name);
    return [
      a.name,
      a.p50.toFixed(1),
      a.nodeCpuMs.toFixed(1),
      Number.isNaN(a.neo4jCpuMs) ? '-' : a.neo4jCpuMs.toFixed(1),
      String(a.roundTrips),
      String(a.dbHits),
      l ? String(l.responses) : '-',
      l ? l.p50.toFixed(0) : '-',
      l ? l.p99.toFixed(0) : '-',
      l ? String(l.timeouts) : '-',
      l ? String(l.non2xx) : '-',
      l ? String(l.graphqlErrors) : String(a.errors),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { uri: { type: 'string' }, runs: { type: 'string' }, only: { type: 'string' }, 'neo4j-pid': { type: 'string' } },
  });
  if (!values.uri) throw new Error('--uri bolt://… of a Neo4j holding the bench graph');
  const only = values.only ? new Set(values.only.split(',')) : null;
  const alone = await profileAlone(
    values.uri,
    [BASELINE, ...MIX.filter((o) => !only || only.has(o.name))],
    Number(values.runs ?? 10),
    2,
    (line) => process.stderr.write(`${line}\n`),
    values['neo4j-pid'] ? Number(values['neo4j-pid']) : null,
  );
  process.stdout.write(`${breakdownTable(alone, null)}\n`);
}
