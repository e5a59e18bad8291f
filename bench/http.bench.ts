/*
 * Load test of the HTTP API (issue 14), a benchmark, not a test: `qawl serve` as a child
 * process over a generated graph, autocannon for QAWL_BENCH_DURATION_S (60) seconds at
 * QAWL_BENCH_CONNECTIONS (64) connections over a mix of README queries, with one
 * `ingestArticle` per second alongside. Reports requests/s, p50/p99 latency, errors, non-2xx
 * and the server's RSS before and after (after a warm-up, so growth means a leak, not JIT).
 * Uses NEO4J_URI when set (and writes to it: generated articles and the ingests), otherwise
 * its own throwaway Neo4j. Results: stdout and bench/out/http-results.json.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../src/config.ts';
import { LocalNeo4j } from '../src/db/local-neo4j.ts';
import { BASELINE, breakdownTable, PerOperation, profileAlone, type ClientLike } from './http-operations.ts';
import { MIX } from './http-queries.ts';

const env = process.env;
const DURATION_S = Number(env.QAWL_BENCH_DURATION_S ?? 60);
/**
 * Long enough for the server's heap to reach its working size under this load: with 10 s, RSS
 * still rose for the first 20 s of the measured run (235 -> 300 MB) and then stayed flat
 * (284-298 MB), which read as growth but was the end of warm-up.
 */
const WARMUP_S = Number(env.QAWL_BENCH_WARMUP_S ?? 30);
const CONNECTIONS = Number(env.QAWL_BENCH_CONNECTIONS ?? 64);
const ARTICLES = Number(env.QAWL_BENCH_ARTICLES ?? 200);
/**
 * How long autocannon waits for an answer before counting a timeout (an error) and reconnecting.
 * Explicit, not autocannon's implicit default (also 10 s): a reader who waits longer has given
 * up, and it is below the server's own request timeout (QAWL_REQUEST_TIMEOUT_MS, 60 s), so a
 * request stuck in the server shows here as a timeout rather than passing unseen.
 */
const TIMEOUT_S = Number(env.QAWL_BENCH_TIMEOUT_S ?? 10);
/** Requests per operation in the per-operation breakdown (one at a time, before the load). */
const ALONE_RUNS = Number(env.QAWL_BENCH_ALONE_RUNS ?? 10);
const INGEST_INTERVAL_MS = 1000;
/** How long the end of the run waits for ingests still queued in the server. */
const INGEST_DRAIN_MS = 120_000;
const RSS_SAMPLE_MS = 5000;
const KEY = 'bench-http-key';
const CLI = path.join(PROJECT_ROOT, 'bin', 'qawl.js');
const SERVE_GUARD_MS = 300_000;
const MAX_KEPT_ERRORS = 5;
const MAX_ERROR_CHARS = 600;
/** The server's error log lines (first few), so a failed request can be traced to its cause. */
const serverErrors: string[] = [];

const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }';

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

async function startServe(uri: string, seeds: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve'], {
    cwd: PROJECT_ROOT,
    env: {
      ...env,
      NEO4J_URI: uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: env.NEO4J_PASSWORD ?? '',
      PORT: '0',
      QAWL_SEEDS_DIR: seeds,
      QAWL_RATE_LIMIT: '0',
      QAWL_API_KEYS: `${KEY}:write`,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Request logs (pino JSON lines) are read and dropped, except errors, which the summary keeps.
  let pending = '';
  // QAWL_BENCH_SERVER_LOG=file keeps every log line (each request's status and ms), to trace a slow run.
  const keep = env.QAWL_BENCH_SERVER_LOG ? fs.createWriteStream(env.QAWL_BENCH_SERVER_LOG) : null;
  child.stdout?.on('data', (chunk: Buffer) => {
    keep?.write(chunk);
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (serverErrors.length < MAX_KEPT_ERRORS && /"level":(50|60)/.test(line)) serverErrors.push(line.slice(0, MAX_ERROR_CHARS));
    }
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not come up:\n${output}`)), SERVE_GUARD_MS);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /at (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
  return { child, url };
}

/** autocannon cycles a list of requests per connection (its bundled typings, bench/read/autocannon.d.ts, leave it out). */
interface MixOptions {
  requests: ReturnType<PerOperation['requests']>;
  setupClient: (client: ClientLike) => void;
}
type Tracker = ReturnType<typeof autocannon> & {
  on(event: 'response', listener: (client: ClientLike, status: number, bytes: number, ms: number) => void): void;
};

function run(url: string, seconds: number, tally: PerOperation): ReturnType<typeof autocannon> {
  const options: Parameters<typeof autocannon>[0] & MixOptions = {
    url,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: TIMEOUT_S,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: tally.requests(),
    setupClient: tally.setupClient,
  };
  const tracker = autocannon(options) as Tracker;
  tracker.on('response', tally.onResponse);
  return tracker;
}

/**
 * One article per tick, each new (its own number in the text, from `first`), written in the
 * corpus's style by hand. `stop` waits for the ingests still in flight (under load they queue
 * behind each other: writes are serialized), so every one sent is counted as passed or failed.
 */
function ingestLoop(url: string, first = 0) {
  let sent = 0;
  let failed = 0;
  const failures: string[] = [];
  const inFlight = new Set<Promise<void>>();
  const timer = setInterval(() => {
    const n = first + sent++;
    const text = `قال وزير الخارجية في مؤتمر صحفي رقم ${n} إن بلاده ترفض العقوبات الجديدة. وأضاف المتحدث باسم الحكومة أن المحادثات ستستمر الأسبوع المقبل في جنيف.`;
    const request = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({
        query: INGEST,
        variables: {
          input: { text, title: `bench ${n}`, url: `https://example.test/bench-http/${Date.now()}-${n}`, publishedAt: '2024-06-01' },
        },
      }),
    }).then(
      async (response) => {
        const body = (await response.json()) as { errors?: unknown[] };
        if (response.status !== 200 || body.errors) {
          failed++;
          failures.push(JSON.stringify(body).slice(0, 200));
        }
      },
      (error: unknown) => {
        failed++;
        failures.push(String(error));
      },
    );
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
  }, INGEST_INTERVAL_MS);
  return {
    stop: async () => {
      clearInterval(timer);
      const settled = Promise.all([...inFlight]).then(() => true);
      const finished = await Promise.race([settled, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), INGEST_DRAIN_MS))]);
      return { sent, failed, unfinished: finished ? 0 : inFlight.size, failures: failures.slice(0, 5) };
    },
  };
}

/**
 * Neo4j's stop-the-world pauses (its VmPauseMonitor's lines in debug.log) between two instants:
 * a pause stalls every query at once, so a burst of timeouts at one moment of the run is a
 * pause rather than a slow operation.
 */
function neo4jPauses(
  debugLog: string | null,
  from: Date,
  to: Date,
): { count: number; totalMs: number; maxMs: number; gcMs: number } | null {
  if (!debugLog || !fs.existsSync(debugLog)) return null;
  const pauses: { pause: number; gc: number }[] = [];
  for (const line of fs.readFileSync(debugLog, 'utf8').split('\n')) {
    const match = /^(\S+ \S+)\+0000 .*Detected VM stop-the-world pause: \{pauseTime=(\d+), gcTime=(\d+)/.exec(line);
    if (!match) continue;
    const at = new Date(`${match[1]!.replace(' ', 'T')}Z`);
    if (at >= from && at <= to) pauses.push({ pause: Number(match[2]), gc: Number(match[3]) });
  }
  return {
    count: pauses.length,
    totalMs: pauses.reduce((sum, p) => sum + p.pause, 0),
    maxMs: Math.max(0, ...pauses.map((p) => p.pause)),
    gcMs: pauses.reduce((sum, p) => sum + p.gc, 0),
  };
}

/** The server's RSS every RSS_SAMPLE_MS while `work` runs: growth across the run, not two points, tells a leak from noise. */
async function sampled<T>(pid: number, work: Promise<T>): Promise<{ value: T; rss: number[] }> {
  const rss = [rssMb(pid)];
  const timer = setInterval(() => rss.push(rssMb(pid)), RSS_SAMPLE_MS);
  try {
    return { value: await work, rss };
  } finally {
    clearInterval(timer);
  }
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'qawl-bench-http-'));
  let local: LocalNeo4j | null = null;
  let server: ChildProcess | null = null;
  try {
    let uri = env.NEO4J_URI;
    if (!uri) {
      local = await LocalNeo4j.start({ dataDir: path.join(work, 'neo4j'), heapMb: 1024, pageCacheMb: 256 });
      uri = local.uri;
    }
    const corpus = path.join(work, 'corpus.jsonl');
    const loadEnv = { ...env, NEO4J_URI: uri, NEO4J_USER: 'neo4j' };
    spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'bench', 'corpus.ts'), '--n', String(ARTICLES), '--seed', '14', '--out', corpus],
      { cwd: PROJECT_ROOT, stdio: 'inherit' },
    );
    spawnSync(process.execPath, [CLI, 'load', corpus, path.join(PROJECT_ROOT, 'seeds')], {
      cwd: PROJECT_ROOT,
      env: loadEnv,
      stdio: 'inherit',
    });

    process.stderr.write(`bench:http: each operation alone, ${ALONE_RUNS} requests one at a time\n`);
    const alone = await profileAlone(
      uri,
      [BASELINE, ...MIX],
      ALONE_RUNS,
      2,
      (line) => process.stderr.write(`${line}\n`),
      local?.pid ?? (env.QAWL_BENCH_NEO4J_PID ? Number(env.QAWL_BENCH_NEO4J_PID) : null),
    );

    const seeds = fs.mkdtempSync(path.join(work, 'seeds-'));
    const started = await startServe(uri, seeds);
    server = started.child;
    const pid = server.pid!;
    // The warm-up has the measured run's shape, ingests included: the first ingest starts the
    // server's extraction worker (a thread with its own heap), which is warm-up, not growth.
    process.stderr.write(`bench:http: warm-up ${WARMUP_S} s at ${CONNECTIONS} connections, one ingest per second\n`);
    if (WARMUP_S > 0) {
      const warmIngests = ingestLoop(started.url, 1_000_000);
      await run(started.url, WARMUP_S, new PerOperation(MIX));
      await warmIngests.stop();
    }
    const rssBefore = rssMb(pid);
    process.stderr.write(`bench:http: measuring ${DURATION_S} s at ${CONNECTIONS} connections, one ingest per second\n`);
    const ingests = ingestLoop(started.url);
    const tally = new PerOperation(MIX);
    const runStarted = new Date();
    const { value: result, rss: rssSeries } = await sampled(pid, run(started.url, DURATION_S, tally));
    const perOperation = tally.results();
    const runEnded = new Date();
    const ingest = await ingests.stop();
    const rssAfter = rssMb(pid);
    // QAWL_BENCH_NEO4J_LOG: the debug.log of a Neo4j given by NEO4J_URI (the bench's own is known).
    const debugLog = env.QAWL_BENCH_NEO4J_LOG ?? (local ? path.join(work, 'neo4j', 'logs', 'debug.log') : null);
    const pauses = neo4jPauses(debugLog, runStarted, runEnded);

    const summary = {
      date: new Date().toISOString(),
      durationS: DURATION_S,
      warmupS: WARMUP_S,
      connections: CONNECTIONS,
      articles: ARTICLES,
      queries: MIX.length,
      timeoutS: TIMEOUT_S,
      requestsPerSecond: result.requests.average,
      requests: result.requests.total,
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      ingest,
      serverErrors,
      timeoutsAtS: tally.timeoutsAt,
      neo4jPauses: pauses,
      operations: alone.map((a) => ({ ...a, load: perOperation.find((l) => l.name === a.name) ?? null })),
      rssMb: {
        before: rssBefore,
        after: rssAfter,
        every5s: rssSeries,
        // The second half of the run against its first: a leak keeps climbing, a settled heap does not.
        secondHalfGrowth:
          Math.max(...rssSeries.slice(Math.floor(rssSeries.length / 2))) -
          Math.max(...rssSeries.slice(0, Math.floor(rssSeries.length / 2))),
      },
      cpus: os.cpus().length,
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    };
    fs.mkdirSync(path.join(PROJECT_ROOT, 'bench', 'out'), { recursive: true });
    fs.writeFileSync(path.join(PROJECT_ROOT, 'bench', 'out', 'http-results.json'), `${JSON.stringify(summary, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    process.stdout.write(`\nper operation (alone: ${ALONE_RUNS} requests one at a time; load: its share of the autocannon run)\n`);
    process.stdout.write(`${breakdownTable(alone, perOperation)}\n\n`);
    process.stdout.write(
      `requests/s ${summary.requestsPerSecond}, p50 ${summary.latencyMs.p50} ms, p99 ${summary.latencyMs.p99} ms, errors ${summary.errors}, timeouts ${summary.timeouts}, non-2xx ${summary.non2xx}, ingests ${ingest.sent - ingest.failed - ingest.unfinished}/${ingest.sent}, RSS ${rssBefore} -> ${rssAfter} MB (second half over first: ${summary.rssMb.secondHalfGrowth} MB)${pauses ? `, Neo4j stop-the-world pauses ${pauses.count} (longest ${pauses.maxMs} ms)` : ''}\n`,
    );
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await local?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
