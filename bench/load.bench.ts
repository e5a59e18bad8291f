/**
 * Load benchmark: articles/s for extraction alone, loading alone (pre-extracted
 * DocumentGraphs) and end to end (JSONL text → Neo4j), at N = 1,000 and 10,000, next to a naive
 * loader (one statement per transaction) in the same run; medians over runs; peak RSS.
 *
 *   npm run bench:load                                   # N = 1000, 10000
 *   QAWL_BENCH_N=200 QAWL_BENCH_RUNS=1 QAWL_BENCH_WARMUP=0 npm run bench:load # quick, cold
 *
 * Environment: QAWL_BENCH_N (comma list), QAWL_BENCH_RUNS (default 3; 1 for N ≥ 10,000),
 * QAWL_BENCH_WARMUP (articles loaded and wiped before timing, default 4000; 0 for none),
 * QAWL_BENCH_NAIVE_N (articles for the naive loader, default min(N, 100)),
 * QAWL_BENCH_CONCURRENCY (extraction workers, default as `qawl load`), QAWL_BENCH_BATCH (50).
 * Starts its own throwaway Neo4j unless NEO4J_URI is set (then it WIPES that database: only
 * point it at a scratch one). Results also go to bench/out/load-results.json.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, type Database } from '../src/db/driver.ts';
import { LocalNeo4j } from '../src/db/local-neo4j.ts';
import { migrate } from '../src/db/migrations.ts';
import { ExtractPool } from '../src/ingest/extract-pool.ts';
import { defaultConcurrency } from '../src/ingest/report.ts';
import { ingest } from '../src/ingest/run.ts';
import { parseJsonlRecord, readSources, streamLines } from '../src/ingest/sources.ts';
import { writeCorpus } from './corpus.ts';
import { naiveLoad } from './naive-loader.ts';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');
const sizes = (process.env.QAWL_BENCH_N ?? '1000,10000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
const concurrency = Number(process.env.QAWL_BENCH_CONCURRENCY ?? defaultConcurrency());
const batchSize = Number(process.env.QAWL_BENCH_BATCH ?? 50);
const log = (line: string) => process.stderr.write(`${line}\n`);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Empties the database in bounded transactions: relationships first (a hub actor has
 * hundreds of thousands; DETACH DELETE of a few such nodes in one transaction stalled Neo4j
 * at N = 10,000), then the nodes.
 */
async function wipe(db: Database): Promise<void> {
  const untilNoneLeft = async (query: string) => {
    for (let deleted = 1; deleted > 0;) {
      const result = await db.write((tx) => tx.run(query));
      deleted = result.records[0]!.get('n') as number;
    }
  };
  await untilNoneLeft('MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS n');
  await untilNoneLeft('MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n');
}

/** Extraction alone: read the corpus, extract every article with the worker pool, write the graphs (for the load-only runs). */
async function extractAll(corpus: string, graphsFile: string): Promise<number> {
  const pool = new ExtractPool(concurrency);
  await pool.ready();
  const out = fs.createWriteStream(graphsFile);
  const started = performance.now();
  const inflight: Promise<string>[] = [];
  let n = 0;
  const flush = async () => {
    const line = await inflight.shift()!;
    if (!out.write(line)) await once(out, 'drain');
  };
  for await (const { line } of streamLines(fs.createReadStream(corpus))) {
    if (!line.trim()) continue;
    const loadable = parseJsonlRecord('corpus', line);
    if (loadable.kind !== 'text') continue;
    inflight.push(pool.extract(loadable.input).then((d) => `${JSON.stringify(d.graph)}\n`));
    n += 1;
    if (inflight.length >= Math.max(4, concurrency * 4)) await flush();
  }
  while (inflight.length) await flush();
  const seconds = (performance.now() - started) / 1000;
  await new Promise<void>((resolve) => out.end(resolve));
  await pool.close();
  return n / seconds;
}

async function naiveRate(db: Database, graphsFile: string, count: number): Promise<number> {
  let n = 0;
  const started = performance.now();
  for await (const { line } of streamLines(fs.createReadStream(graphsFile))) {
    if (n >= count) break;
    const loadable = parseJsonlRecord('graphs', line);
    if (loadable.kind !== 'graph') continue;
    await naiveLoad(db, loadable.graph);
    n += 1;
  }
  return n / ((performance.now() - started) / 1000);
}

function neo4jPeakRssMb(local: LocalNeo4j | null): number | null {
  if (!local?.pid) return null;
  try {
    const status = fs.readFileSync(`/proc/${local.pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  let local: LocalNeo4j | null = null;
  let db: Database;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'qawl-bench-'));
  if (process.env.NEO4J_URI) {
    db = createDatabase(process.env.NEO4J_URI, process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '');
  } else {
    local = await LocalNeo4j.start({ dataDir: path.join(scratch, 'neo4j'), heapMb: 1024, pageCacheMb: 512, log });
    db = createDatabase(local.uri);
  }
  await migrate(db);
  await wipe(db);
  log(
    `bench: ${os.cpus().length} cores, extraction workers ${concurrency}, batch ${batchSize}, Neo4j ${local ? local.uri : process.env.NEO4J_URI}`,
  );
  await warmUp(db, scratch);
  const rows: Record<string, unknown>[] = [];
  try {
    for (const n of sizes) {
      const runs = Number(process.env.QAWL_BENCH_RUNS ?? (n >= 10_000 ? 1 : 3));
      const naiveN = Math.min(n, Number(process.env.QAWL_BENCH_NAIVE_N ?? 100));
      const corpus = path.join(OUT, `corpus-${n}.jsonl`);
      const graphs = path.join(OUT, `graphs-${n}.jsonl`);
      await writeCorpus(corpus, n);
      const chars = await averageChars(corpus);
      log(`N=${n}: corpus written (${(fs.statSync(corpus).size / 1e6).toFixed(1)} MB, ${chars} chars/article); ${runs} run(s) each`);
      const extraction: number[] = [];
      const loading: number[] = [];
      const endToEnd: number[] = [];
      let statementsPerArticle = 0;
      for (let r = 0; r < runs; r++) {
        extraction.push(await extractAll(corpus, graphs));
        log(`  extraction run ${r + 1}: ${extraction.at(-1)!.toFixed(1)} articles/s`);
      }
      for (let r = 0; r < runs; r++) {
        await wipe(db);
        const s = await ingest(db, readSources([graphs]), { concurrency: 0, batchSize });
        if (s.failed) log(`  load: ${s.failed} failed, e.g. ${s.failures[0]?.error}`);
        loading.push(s.articlesPerSecond);
        statementsPerArticle = s.statements / Math.max(1, s.articles);
        log(
          `  load run ${r + 1}: ${s.articlesPerSecond.toFixed(1)} articles/s (${s.nodesCreated} nodes, ${s.relationshipsCreated} relationships)`,
        );
      }
      for (let r = 0; r < runs; r++) {
        await wipe(db);
        const s = await ingest(db, readSources([corpus]), { concurrency, batchSize });
        endToEnd.push(s.articlesPerSecond);
        log(`  end-to-end run ${r + 1}: ${s.articlesPerSecond.toFixed(1)} articles/s`);
      }
      const unchangedStart = performance.now();
      const rerun = await ingest(db, readSources([graphs]), { concurrency: 0, batchSize });
      const unchangedRate = rerun.articles / ((performance.now() - unchangedStart) / 1000);
      await wipe(db);
      const naive = await naiveRate(db, graphs, naiveN);
      log(`  naive (${naiveN} articles): ${naive.toFixed(2)} articles/s`);
      await wipe(db);
      const row = {
        n,
        charsPerArticle: chars,
        statementsPerArticle: Number(statementsPerArticle.toFixed(1)),
        runs,
        extractionPerSec: median(extraction),
        loadPerSec: median(loading),
        endToEndPerSec: median(endToEnd),
        unchangedRerunPerSec: unchangedRate,
        naiveLoadPerSec: naive,
        naiveArticles: naiveN,
        loadVsNaive: median(loading) / naive,
        endToEndVsNaive: median(endToEnd) / naive,
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        neo4jPeakRssMb: neo4jPeakRssMb(local),
      };
      rows.push(row);
    }
  } finally {
    await db.close();
    await local?.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const fmt = (v: number) => v.toFixed(1).padStart(9);
  const lines = [
    `qawl load benchmark · ${os.cpus().length} cores · ${concurrency} extraction worker(s) · batch ${batchSize} · warm-up ${process.env.QAWL_BENCH_WARMUP ?? 4000} articles · medians`,
    '       N   chars  stmts  extract/s     load/s  end2end/s  naive/s  load÷naive  e2e÷naive  rerun(unchanged)/s  peak RSS node/neo4j MB',
    ...rows.map(
      (r) =>
        `${String(r.n).padStart(8)} ${String(r.charsPerArticle).padStart(7)} ${String(r.statementsPerArticle).padStart(6)} ${fmt(r.extractionPerSec as number)}  ${fmt(r.loadPerSec as number)}  ${fmt(r.endToEndPerSec as number)} ${fmt(r.naiveLoadPerSec as number)}  ${fmt(r.loadVsNaive as number)}× ${fmt(r.endToEndVsNaive as number)}×  ${fmt(r.unchangedRerunPerSec as number)}           ${String(r.peakRssMb as number)}/${String((r.neo4jPeakRssMb as number | undefined) ?? '-')}`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  fs.writeFileSync(
    path.join(OUT, 'load-results.json'),
    JSON.stringify({ date: new Date().toISOString(), cores: os.cpus().length, concurrency, batchSize, rows }, null, 2),
  );
}

/*
 * A fresh JVM spends its first minutes JIT-compiling Neo4j. Per-thread CPU of the Neo4j process
 * during one long load, per article: the compiler threads took 20 ms over the first 1,000
 * articles, 7 to 8 ms over the next two thousand (more than the Bolt worker doing the writes),
 * 3.4 ms by the 4,000th and under 1 ms after it. A deployed Neo4j runs for days, so the timed
 * runs start after a 4,000-article warm-up load of a different corpus (then wiped); its rate
 * is printed as the cold-start figure. QAWL_BENCH_WARMUP=0 skips it.
 */
async function warmUp(db: Database, scratch: string): Promise<void> {
  const n = Number(process.env.QAWL_BENCH_WARMUP ?? 4000);
  if (n <= 0) return;
  const corpus = path.join(scratch, 'warmup.jsonl');
  await writeCorpus(corpus, n, 99, 'warmup');
  const started = performance.now();
  const s = await ingest(db, readSources([corpus]), { concurrency, batchSize });
  log(
    `warm-up: ${s.articles} articles loaded at ${s.articlesPerSecond.toFixed(1)} articles/s in ${((performance.now() - started) / 1000).toFixed(0)} s (not counted); wiping`,
  );
  await wipe(db);
}

async function averageChars(corpus: string): Promise<number> {
  let total = 0;
  let n = 0;
  for await (const { line } of streamLines(fs.createReadStream(corpus))) {
    if (!line.trim()) continue;
    total += (JSON.parse(line) as { text: string }).text.length;
    n += 1;
    if (n >= 200) break;
  }
  return Math.round(total / Math.max(1, n));
}

await main();
