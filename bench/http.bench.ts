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
import { QUERIES } from './http-queries.ts';

const env = process.env;
const DURATION_S = Number(env.QAWL_BENCH_DURATION_S ?? 60);
const WARMUP_S = Number(env.QAWL_BENCH_WARMUP_S ?? 10);
const CONNECTIONS = Number(env.QAWL_BENCH_CONNECTIONS ?? 64);
const ARTICLES = Number(env.QAWL_BENCH_ARTICLES ?? 200);
const INGEST_INTERVAL_MS = 1000;
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
  child.stdout?.on('data', (chunk: Buffer) => {
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
  requests: { method: string; body: string }[];
}

function run(url: string, seconds: number): ReturnType<typeof autocannon> {
  const options: Parameters<typeof autocannon>[0] & MixOptions = {
    url,
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: QUERIES.map((query) => ({ method: 'POST', body: JSON.stringify({ query }) })),
  };
  return autocannon(options);
}

/** One article per tick, each new (its own number in the text), written in the corpus's style by hand. */
function ingestLoop(url: string) {
  let sent = 0;
  let failed = 0;
  const failures: string[] = [];
  const timer = setInterval(() => {
    const n = sent++;
    const text = `قال وزير الخارجية في مؤتمر صحفي رقم ${n} إن بلاده ترفض العقوبات الجديدة. وأضاف المتحدث باسم الحكومة أن المحادثات ستستمر الأسبوع المقبل في جنيف.`;
    fetch(url, {
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
  }, INGEST_INTERVAL_MS);
  return {
    stop: () => {
      clearInterval(timer);
      return { sent, failed, failures: failures.slice(0, 5) };
    },
  };
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

    const seeds = fs.mkdtempSync(path.join(work, 'seeds-'));
    const started = await startServe(uri, seeds);
    server = started.child;
    const pid = server.pid!;
    process.stderr.write(`bench:http: warm-up ${WARMUP_S} s at ${CONNECTIONS} connections\n`);
    if (WARMUP_S > 0) await run(started.url, WARMUP_S);
    const rssBefore = rssMb(pid);
    process.stderr.write(`bench:http: measuring ${DURATION_S} s at ${CONNECTIONS} connections, one ingest per second\n`);
    const ingests = ingestLoop(started.url);
    const result = await run(started.url, DURATION_S);
    const ingest = ingests.stop();
    // Let the last ingest finish before reading memory.
    await new Promise((resolve) => setTimeout(resolve, INGEST_INTERVAL_MS));
    const rssAfter = rssMb(pid);

    const summary = {
      date: new Date().toISOString(),
      durationS: DURATION_S,
      warmupS: WARMUP_S,
      connections: CONNECTIONS,
      articles: ARTICLES,
      queries: QUERIES.length,
      requestsPerSecond: result.requests.average,
      requests: result.requests.total,
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      ingest,
      serverErrors,
      rssMb: { before: rssBefore, after: rssAfter },
      cpus: os.cpus().length,
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    };
    fs.mkdirSync(path.join(PROJECT_ROOT, 'bench', 'out'), { recursive: true });
    fs.writeFileSync(path.join(PROJECT_ROOT, 'bench', 'out', 'http-results.json'), `${JSON.stringify(summary, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    process.stdout.write(
      `requests/s ${summary.requestsPerSecond}, p50 ${summary.latencyMs.p50} ms, p99 ${summary.latencyMs.p99} ms, errors ${summary.errors}, timeouts ${summary.timeouts}, non-2xx ${summary.non2xx}, ingests ${ingest.sent - ingest.failed}/${ingest.sent}, RSS ${rssBefore} -> ${rssAfter} MB\n`,
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
