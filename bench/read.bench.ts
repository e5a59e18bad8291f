/**
 * Side-by-side read benchmark (issue 12): Qawl's GraphQL server, a server built on
 * @neo4j/graphql 7 over the same graph, and the raw neo4j-driver running hand-written Cypher
 * (the floor), on the same Neo4j and data, for the eight operations of bench/operations/.
 *
 *   npm run bench -- --quick          # graphs of 1,000 and 10,000 articles, short runs (< 15 min)
 *   npm run bench:read                # adds 100,000 articles, longer runs
 *   npm run bench:read -- --real      # adds the real corpus (../shared/corpus/ant-news.jsonl.gz)
 *
 * Options: --quick, --real, --sizes 1000,10000 (generated graphs), --ops a,b (operation names),
 * --duration S and --warmup S (seconds per contender per connection count), --connections 1,8,
 * --load-only (load or check the kept graphs and stop), --qawl-root DIR (serve Qawl from another checkout, e.g. a worktree of another branch, on the
 * same graphs; the graphs are still loaded by this checkout's `qawl load`), --name N (results
 * as read-N.*; default: quick or full).
 * Environment: QAWL_BENCH_HEAP_MB (1024), QAWL_BENCH_PAGECACHE_MB (512) for the one Neo4j all
 * contenders share; QAWL_BENCH_DATA_DIR (bench/.data) for the kept graphs.
 *
 * Each graph is loaded once with `qawl load` into bench/.data/<name>/ and kept (delete the
 * directory to rebuild it). Before timing, every contender answers every operation once and
 * the normalized answers must be equal; a contender that errs or differs is reported as failed
 * and not timed. Results go to bench/results/read-<quick|full>.{json,md,svg}; the last line
 * printed is the geometric mean of Qawl's requests/s over @neo4j/graphql's.
 */
import { execSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { CONTENDERS, OPERATIONS, pickValues, type ContenderName, type Operation, type Picks } from './operations/index.ts';
import { ask, buildQawl, requestBody, startContender, type Contender } from './read/contenders.ts';
import { openGraph, type GraphSpec, type LoadedGraph } from './read/data.ts';
import { geometricMean, writeResults, type BenchResults, type OperationResult, type RunResult } from './read/report.ts';

const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
const QUICK_SIZES = [1_000, 10_000];
const FULL_SIZES = [1_000, 10_000, 100_000];
const QUICK = { duration: 3, warmup: 1 };
const FULL = { duration: 10, warmup: 3 };
/** Seconds autocannon waits for one answer before counting a timeout. */
const REQUEST_TIMEOUT_S = 10;
/** The check before timing waits longer: a slow answer is still an answer to compare. */
const CHECK_TIMEOUT_MS = 60_000;
/** The least pause after each timed run, so requests still in flight drain before the next contender. */
const SETTLE_MS = 500;
const DEFAULT_HEAP_MB = 1024;
const DEFAULT_PAGECACHE_MB = 512;

const log = (line: string) => process.stderr.write(`${line}\n`);

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    real: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    ops: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
    'qawl-root': { type: 'string' },
    name: { type: 'string' },
    'load-only': { type: 'boolean', default: false },
  },
});
// Another checkout of Qawl to serve as the Qawl contender (before/after comparisons).
if (values['qawl-root']) process.env.QAWL_BENCH_QAWL_ROOT = path.resolve(values['qawl-root']);
const mode = values.quick ? 'quick' : 'full';
const timing = values.quick ? QUICK : FULL;
const durationSeconds = values.duration ? Number(values.duration) : timing.duration;
const warmupSeconds = values.warmup ? Number(values.warmup) : timing.warmup;
const connections = (values.connections ?? '1,8')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const sizes = values.sizes
  ? values.sizes
      .split(',')
      .map(Number)
      .filter((n) => n > 0)
  : values.quick
    ? QUICK_SIZES
    : FULL_SIZES;
const graphs: GraphSpec[] = [
  ...sizes.map((n) => ({ name: String(n), articles: n })),
  ...(values.real ? [{ name: 'real', articles: null }] : []),
];
const selectedOps = values.ops ? OPERATIONS.filter((o) => values.ops!.split(',').includes(o.name)) : OPERATIONS;
const memory = {
  heapMb: Number(process.env.QAWL_BENCH_HEAP_MB ?? DEFAULT_HEAP_MB),
  pageCacheMb: Number(process.env.QAWL_BENCH_PAGECACHE_MB ?? DEFAULT_PAGECACHE_MB),
};

/** `Type.field` names of Qawl's schema, by introspection: operations needing absent fields are skipped. */
async function schemaFields(qawl: Contender): Promise<Set<string>> {
  const answer = await ask(qawl.url, JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' }), CHECK_TIMEOUT_MS);
  const types =
    (answer.data as { __schema?: { types?: { name: string; fields: { name: string }[] | null }[] } } | null)?.__schema?.types ?? [];
  return new Set(types.flatMap((t) => (t.fields ?? []).map((f) => `${t.name}.${f.name}`)));
}

/** Variables per contender; paged operations walk to the page they time. */
async function prepareVariables(op: Operation, contender: Contender, picks: Picks, graph: LoadedGraph): Promise<Record<string, unknown>> {
  if (contender.name === 'raw') {
    return { ...op.raw.variables(picks), ...(op.rawPrepare ? await op.rawPrepare(graph.db, picks) : {}) };
  }
  const base = contender.name === 'qawl' ? op.qawl.variables(picks) : op.peer.variables(picks);
  if (!op.walk) return base;
  let variables = base;
  for (let page = 0; page < op.walk.pages; page++) {
    const answer = await ask(contender.url, requestBody(contender.name, op, variables), CHECK_TIMEOUT_MS);
    if (answer.errors.length) throw new Error(`walking to page ${op.walk.pages + 1}: ${answer.errors[0]}`);
    const cursor = op.walk.cursorOf(answer.data);
    if (!cursor) throw new Error(`page ${page + 1} gave no endCursor`);
    variables = { ...base, after: cursor };
  }
  return variables;
}

const short = (value: unknown) => {
  // JSON.stringify(undefined) is undefined: a key one answer lacks.
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
};

/** Where two normalized answers first differ, for the report. */
function firstDifference(a: unknown, b: unknown, at = ''): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
      if (d) return d;
    }
  }
  return `${at || '(root)'}: ${short(a)} vs ${short(b)}`;
}

/**
 * One autocannon run of `seconds` at `conns` connections. When no connection completed a
 * request within the window (an operation slower than the window), it runs again for exactly
 * one request per connection, so a slow operation is measured as slow rather than reported as
 * failed; only errors, timeouts and error answers make a failure.
 */
async function timedRun(contender: Contender, body: string, conns: number, seconds: number): Promise<RunResult> {
  let run = await cannon(contender, body, conns, { duration: seconds });
  await drain(run);
  if (!run.failure && run.requests < conns) {
    run = await cannon(contender, body, conns, { amount: conns });
    run.note = `slower than the ${seconds} s window: ${conns} request(s) measured one by one`;
    await drain(run);
  }
  return run;
}

/**
 * autocannon stops at the end of its window without waiting for requests in flight, which the
 * server still answers: wait about one p99 latency (bounded by the request timeout) so they do
 * not slow the next contender's run.
 */
async function drain(run: RunResult): Promise<void> {
  const waitMs = Math.min(REQUEST_TIMEOUT_S * 1000, Math.max(SETTLE_MS, run.p99 ?? REQUEST_TIMEOUT_S * 1000));
  await new Promise((resolve) => setTimeout(resolve, waitMs));
}

async function cannon(
  contender: Contender,
  body: string,
  conns: number,
  limit: { duration: number } | { amount: number },
): Promise<RunResult> {
  const seconds = 'duration' in limit ? limit.duration : REQUEST_TIMEOUT_S;
  const started = performance.now();
  const result = await autocannon({
    ...limit,
    url: contender.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: conns,
    timeout: REQUEST_TIMEOUT_S,
    // A 200 with GraphQL errors is a failed request too.
    verifyBody: (text) => !text.startsWith('{"errors"') && !text.includes('"errors":['),
  });
  const elapsed = (performance.now() - started) / 1000;
  const requests = result['2xx'] + result.non2xx;
  const run: RunResult = {
    contender: contender.name,
    connections: conns,
    requests,
    reqPerSec: requests / elapsed,
    p50: requests > 0 ? result.latency.p50 : null,
    p99: requests > 0 ? result.latency.p99 : null,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    failure: null,
    note: null,
  };
  if (requests === 0 && result.timeouts + result.errors > 0)
    run.failure = `no answer within ${seconds} s (${result.timeouts} timeouts, ${result.errors} errors)`;
  else if (requests === 0 && 'amount' in limit) run.failure = `no answer within ${seconds} s`;
  else if (result.non2xx + result.mismatches + result.errors + result.timeouts > requests / 2)
    run.failure = `${result.non2xx + result.mismatches} error answers, ${result.errors + result.timeouts} errors/timeouts`;
  return run;
}

async function benchGraph(spec: GraphSpec, results: BenchResults): Promise<void> {
  log(`graph ${spec.name}: opening (heap ${memory.heapMb} MB, page cache ${memory.pageCacheMb} MB)`);
  const graph = await openGraph(spec, memory, log);
  const contenders: Contender[] = [];
  try {
    results.graphs.push({
      name: spec.name,
      articles: graph.counts.articles,
      statements: graph.counts.statements,
      actors: graph.counts.actors,
      nodes: graph.counts.nodes,
      relationships: graph.counts.relationships,
      loadSeconds: graph.loadSeconds,
    });
    log(
      `graph ${spec.name}: ${graph.counts.articles} articles, ${graph.counts.statements} statements, ${graph.counts.actors} actors, ${graph.counts.nodes} nodes, ${graph.counts.relationships} relationships`,
    );
    // A contender that does not start fails every operation of this graph; the others still run.
    const notStarted = new Map<ContenderName, string>();
    for (const name of CONTENDERS) {
      try {
        contenders.push(await startContender(name, graph.neo4j.uri, log));
      } catch (error) {
        notStarted.set(name, `did not start: ${(error as Error).message.slice(0, 300)}`);
        log(`graph ${spec.name}: ${name} FAILED to start: ${(error as Error).message.slice(0, 300)}`);
      }
    }
    results.startMs[spec.name] = Object.fromEntries(contenders.map((c) => [c.name, Math.round(c.startMs)]));
    const byName = new Map(contenders.map((c) => [c.name, c] as const));
    const qawl = byName.get('qawl');
    // Without Qawl's server nothing is skipped for a missing field: its failure is reported instead.
    const fields = qawl ? await schemaFields(qawl) : new Set(selectedOps.flatMap((o) => o.requires));
    const picks = await pickValues(graph.db);
    results.picks[spec.name] = { ...picks };
    log(`graph ${spec.name}: asking about ${JSON.stringify(picks)}`);

    for (const [index, op] of selectedOps.entries()) {
      const result: OperationResult = {
        graph: spec.name,
        op: op.name,
        title: op.title,
        status: 'ok',
        note: null,
        failedContenders: [],
        runs: [],
      };
      results.operations.push(result);
      const missing = op.requires.filter((f) => !fields.has(f));
      if (missing.length) {
        result.status = 'skipped';
        result.note = `field missing (${missing.join(', ')})`;
        log(`  ${op.name}: skipped: field missing in Qawl's schema (${missing.join(', ')})`);
        // The other two still answer once, untimed, so their operation files stay checked.
        const others = await Promise.all(
          contenders
            .filter((c) => c.name !== 'qawl')
            .map(async (c) => {
              try {
                const answer = await ask(c.url, requestBody(c.name, op, await prepareVariables(op, c, picks, graph)), CHECK_TIMEOUT_MS);
                if (answer.errors.length) return { name: c.name, error: answer.errors[0] };
                return { name: c.name, answer: op.normalize[c.name](answer.data) };
              } catch (error) {
                return { name: c.name, error: (error as Error).message };
              }
            }),
        );
        const peer = others.find((o) => o.name === 'neo4j-graphql');
        const raw = others.find((o) => o.name === 'raw');
        const agreement =
          !peer || !raw
            ? 'not checked: a contender did not start'
            : peer.error || raw.error
              ? `not checked: ${others
                  .filter((o) => o.error)
                  .map((o) => `${o.name}: ${o.error}`)
                  .join('; ')
                  .slice(0, 300)}`
              : isDeepStrictEqual(peer?.answer, raw?.answer)
                ? '@neo4j/graphql and raw agree'
                : `@neo4j/graphql and raw DIFFER at ${firstDifference(raw?.answer, peer?.answer)}`;
        result.note += `; ${agreement}`;
        log(`  ${op.name}: ${agreement}`);
        continue;
      }
      // Check: every contender answers once, normalized answers must equal Qawl's.
      const bodies = new Map<ContenderName, string>();
      const answers = new Map<ContenderName, unknown>();
      const problems: string[] = [];
      for (const contender of contenders) {
        try {
          const variables = await prepareVariables(op, contender, picks, graph);
          const body = requestBody(contender.name, op, variables);
          const started = performance.now();
          const answer = await ask(contender.url, body, CHECK_TIMEOUT_MS);
          const took = performance.now() - started;
          if (answer.status !== 200 || answer.errors.length) throw new Error(`HTTP ${answer.status}: ${answer.errors[0] ?? 'no data'}`);
          bodies.set(contender.name, body);
          answers.set(contender.name, op.normalize[contender.name](answer.data));
          log(`  ${op.name}: ${contender.name} answered in ${took.toFixed(0)} ms`);
        } catch (error) {
          result.failedContenders.push(contender.name);
          problems.push(`${contender.name}: ${(error as Error).message.slice(0, 300)}`);
          log(`  ${op.name}: ${contender.name} FAILED: ${(error as Error).message.slice(0, 300)}`);
        }
      }
      // Qawl's answer is the reference when it has one; otherwise the floor's.
      const reference: ContenderName | undefined = answers.has('qawl') ? 'qawl' : answers.has('raw') ? 'raw' : undefined;
      for (const [name, answer] of answers) {
        if (reference && name !== reference && !isDeepStrictEqual(answer, answers.get(reference))) {
          const diff = firstDifference(answers.get(reference), answer);
          result.failedContenders.push(name);
          problems.push(`${name} differs from ${reference} at ${diff}`);
          log(`  ${op.name}: ${name} answer DIFFERS from ${reference}: ${diff}`);
          bodies.delete(name);
        }
      }
      for (const [name, why] of notStarted) {
        result.failedContenders.push(name);
        problems.push(`${name}: ${why}`);
      }
      if (problems.length) {
        result.status = 'failed';
        result.note = problems.join('; ');
      }
      const timed = contenders.filter((c) => bodies.has(c.name));
      for (const c of [...contenders.map((k) => k.name), ...notStarted.keys()].filter((k) => !bodies.has(k)).map((name) => ({ name }))) {
        for (const conns of connections) {
          result.runs.push({
            contender: c.name,
            connections: conns,
            requests: 0,
            reqPerSec: 0,
            p50: null,
            p99: null,
            errors: 0,
            timeouts: 0,
            non2xx: 0,
            mismatches: 0,
            failure: 'failed the answer check',
            note: null,
          });
        }
      }
      // Warm-up, then alternate: each connection count runs every contender in turn, the order
      // rotating with the operation so no contender always goes first.
      const order = timed.map((_, i) => timed[(i + index) % timed.length]!);
      for (const c of order) if (warmupSeconds > 0) await timedRun(c, bodies.get(c.name)!, Math.max(...connections), warmupSeconds);
      for (const conns of connections) {
        for (const c of order) {
          const run = await timedRun(c, bodies.get(c.name)!, conns, durationSeconds);
          result.runs.push(run);
          log(
            `  ${op.name} ${c.name.padEnd(13)} ${conns} conn: ${run.reqPerSec.toFixed(1).padStart(8)} req/s  p50 ${String(run.p50 ?? '–').padStart(6)} ms  p99 ${String(run.p99 ?? '–').padStart(6)} ms${run.failure ? `  FAILED: ${run.failure}` : ''}${run.note ? `  (${run.note})` : ''}`,
          );
        }
      }
    }
  } finally {
    for (const c of contenders) await c.stop();
    await graph.db.close();
    await graph.neo4j.stop();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // not a git checkout: the results say so
  }
  if (process.env.QAWL_BENCH_QAWL_ROOT) {
    try {
      commit += ` (Qawl served from ${process.env.QAWL_BENCH_QAWL_ROOT} at ${execSync('git rev-parse --short HEAD', { cwd: process.env.QAWL_BENCH_QAWL_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()})`;
    } catch {
      commit += ` (Qawl served from ${process.env.QAWL_BENCH_QAWL_ROOT})`;
    }
  }
  const results: BenchResults = {
    date: new Date().toISOString(),
    commit,
    mode,
    machine: { cores: os.cpus().length, loadAverage: os.loadavg() },
    settings: {
      durationSeconds,
      warmupSeconds,
      connections,
      heapMb: memory.heapMb,
      pageCacheMb: memory.pageCacheMb,
      timeoutSeconds: REQUEST_TIMEOUT_S,
    },
    graphs: [],
    picks: {},
    startMs: {},
    operations: [],
    geometricMean: { qawlVsNeo4jGraphql: null, qawlVsRaw: null, pairs: 0, excluded: 0 },
  };
  if (values['load-only']) {
    // Build (or check) the kept graphs only, e.g. in the background ahead of a run.
    for (const spec of graphs) {
      const graph = await openGraph(spec, memory, log);
      log(
        `graph ${spec.name}: ${JSON.stringify(graph.counts)}${graph.loadSeconds === null ? ' (kept)' : `, loaded in ${graph.loadSeconds.toFixed(0)} s`}`,
      );
      await graph.db.close();
      await graph.neo4j.stop();
    }
    return;
  }
  // Qawl is served from dist/ as production serves it: compiled before the first graph when stale.
  buildQawl();
  for (const spec of graphs) await benchGraph(spec, results);
  const peer = geometricMean(results.operations, 'neo4j-graphql', connections);
  const raw = geometricMean(results.operations, 'raw', connections);
  results.geometricMean = { qawlVsNeo4jGraphql: peer.value, qawlVsRaw: raw.value, pairs: peer.pairs, excluded: peer.excluded };
  const files = writeResults(RESULTS_DIR, results, values.name ?? mode);
  log(
    `read benchmark done in ${((performance.now() - started) / 60_000).toFixed(1)} min; results: ${files.md}, ${files.json}, ${files.svg}`,
  );
  const failed = results.operations.filter((o) => o.status === 'failed').length;
  const skipped = results.operations.filter((o) => o.status === 'skipped').length;
  process.stdout.write(
    `operations: ${results.operations.length - failed - skipped} ok, ${failed} failed, ${skipped} skipped; ratio qawl/raw req/s (geometric mean): ${raw.value?.toFixed(2) ?? 'n/a'}\n`,
  );
  process.stdout.write(`ratio qawl/neo4j-graphql req/s (geometric mean): ${peer.value?.toFixed(2) ?? 'n/a'}\n`);
}

await main();
