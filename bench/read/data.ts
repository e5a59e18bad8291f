/**
 * The graphs the read benchmark runs on: one embedded Neo4j data directory per graph
 * (../bench-data/<name>/neo4j beside the checkout), loaded once with `qawl load` and kept, so a rerun only starts
 * Neo4j. A directory counts as loaded when its `loaded.json` marker exists (written after a
 * load without failures that holds every article); one without it is an unfinished load, resumed
 * on the next open; delete the directory to rebuild it.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { createDatabase, type Database } from '../../src/db/driver.ts';
import { LocalNeo4j } from '../../src/db/local-neo4j.ts';
import { migrate } from '../../src/db/migrations.ts';
import { writeCorpus } from '../corpus.ts';

const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PROJECT_ROOT = path.resolve(BENCH_DIR, '..');
/*
 * Where kept graphs live: beside the checkout in ../bench-data (outside the repository, so every
 * worktree of the project shares the same loaded graphs), or QAWL_BENCH_DATA_DIR (e.g. a copy
 * to try another branch's migrations on).
 */
export const DATA_DIR = path.resolve(process.env.QAWL_BENCH_DATA_DIR || path.join(PROJECT_ROOT, '..', 'bench-data'));
const QAWL_BIN = path.join(PROJECT_ROOT, 'bin', 'qawl.js');
const MARKER = 'loaded.json';
/** The corpus generator's seed for every benchmark graph: the same N always gives the same graph. */
const CORPUS_SEED = 1;
/*
 * What a loaded graph depends on besides its articles: a change to how Qawl writes the graph
 * (derived properties, maintained counters) makes a kept directory stale, and it is loaded
 * again. Migrations are not part of it: they run on every open (as `qawl serve` runs them), so
 * a new index or backfill reaches a kept graph without a reload.
 */
const GRAPH_SHAPE_FILES = ['src/db/loader.ts'];
/*
 * Loading 100,000 articles takes a long while on a shared machine: QAWL_BENCH_REUSE_GRAPHS=1
 * keeps any completely loaded graph even when loader.ts changed since (its migrations still run).
 */
const REUSE_ANY_LOADED = process.env.QAWL_BENCH_REUSE_GRAPHS === '1';
/*
 * How long a kept graph's Neo4j may take to start: the real corpus's took over the default 3
 * minutes at a load average of 50 on the 2 shared cores, and a failed start costs the whole run.
 */
const GRAPH_START_TIMEOUT_MS = 600_000;

export function graphShapeHash(): string {
  const hash = createHash('sha256');
  for (const file of GRAPH_SHAPE_FILES) {
    const full = path.join(PROJECT_ROOT, file);
    hash.update(file).update(fs.existsSync(full) ? fs.readFileSync(full) : '');
  }
  return hash.digest('hex').slice(0, 16);
}

export const REAL_CORPUS = path.resolve(PROJECT_ROOT, '..', 'shared', 'corpus', 'ant-news.jsonl.gz');

export interface GraphSpec {
  /** Directory name under bench/.data and the label in the results: `1000`, `10000`, `real`. */
  name: string;
  /** Generated articles, or null for the real corpus. */
  articles: number | null;
}

export interface MemorySettings {
  heapMb: number;
  pageCacheMb: number;
}

export interface LoadedGraph {
  spec: GraphSpec;
  neo4j: LocalNeo4j;
  db: Database;
  counts: GraphCounts;
  /** Seconds the load took when this run loaded it; null when the kept directory was reused. */
  loadSeconds: number | null;
}

export interface GraphCounts {
  articles: number;
  statements: number;
  actors: number;
  nodes: number;
  relationships: number;
}

type Log = (line: string) => void;

async function countGraph(db: Database): Promise<GraphCounts> {
  // Count-store lookups only: constant time whatever the graph size.
  const result = await db.read((tx) =>
    tx.run(`
    CALL { MATCH (n:Article) RETURN count(n) AS articles }
    CALL { MATCH (n:Statement) RETURN count(n) AS statements }
    CALL { MATCH (n:Actor) RETURN count(n) AS actors }
    CALL { MATCH (n) RETURN count(n) AS nodes }
    CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
    RETURN articles, statements, actors, nodes, relationships`),
  );
  const r = result.records[0]!;
  return {
    articles: r.get('articles') as number,
    statements: r.get('statements') as number,
    actors: r.get('actors') as number,
    nodes: r.get('nodes') as number,
    relationships: r.get('relationships') as number,
  };
}

/** How many articles a complete load of the graph holds: the generator's count, or the real corpus's non-blank lines (as `qawl load` reads them). */
async function expectedArticles(spec: GraphSpec): Promise<number> {
  if (spec.articles !== null) return spec.articles;
  let articles = 0;
  const lines = readline.createInterface({ input: fs.createReadStream(REAL_CORPUS).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== '') articles++;
  return articles;
}

/** Runs `qawl load` on the given Neo4j (it reads .jsonl and .jsonl.gz files itself). */
async function qawlLoad(uri: string, args: string[], log: Log): Promise<void> {
  const child = spawn(process.execPath, [QAWL_BIN, 'load', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let lastLine = '';
  child.stderr.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    // The progress line is redrawn with \r; keep the log readable by printing only full lines.
    for (const line of text.split('\n').slice(0, -1)) if (line.trim()) log(`    qawl load: ${line.split('\r').at(-1)}`);
    lastLine = text;
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`qawl load exited with ${code}: ${lastLine.trim().slice(-500)}`);
}

/**
 * Starts the graph's Neo4j, loading it first when its directory has no marker. The caller
 * stops `neo4j` and closes `db`.
 */
export async function openGraph(spec: GraphSpec, memory: MemorySettings, log: Log): Promise<LoadedGraph> {
  const dir = path.join(DATA_DIR, spec.name);
  const marker = path.join(dir, MARKER);
  const shape = graphShapeHash();
  const recorded = fs.existsSync(marker) ? (JSON.parse(fs.readFileSync(marker, 'utf8')) as { graphShape?: string }).graphShape : null;
  const loaded = recorded === shape || (REUSE_ANY_LOADED && typeof recorded === 'string');
  if (loaded && recorded !== shape)
    log(
      `  ${spec.name}: reusing the graph in ${dir}, loaded by another version of ${GRAPH_SHAPE_FILES.join(' or ')} (QAWL_BENCH_REUSE_GRAPHS=1)`,
    );
  if (!loaded && recorded && fs.existsSync(path.join(dir, 'neo4j'))) {
    log(`  ${spec.name}: the graph in ${dir} was loaded by another version of ${GRAPH_SHAPE_FILES.join(' or ')}; loading it again`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  /*
   * An unfinished load (no marker: stopped, or cut short by a session's end) is resumed, not
   * wiped: `qawl load` skips the articles already written as unchanged, so a graph that takes
   * longer to load than one session (100,000 articles on a busy machine) is built over several.
   */
  const resuming = !loaded && !recorded && fs.existsSync(path.join(dir, 'neo4j'));
  if (resuming) log(`  ${spec.name}: resuming the unfinished load in ${dir} (articles already loaded are skipped as unchanged)`);
  fs.mkdirSync(dir, { recursive: true });
  const neo4j = await LocalNeo4j.start({
    dataDir: path.join(dir, 'neo4j'),
    heapMb: memory.heapMb,
    pageCacheMb: memory.pageCacheMb,
    startTimeoutMs: GRAPH_START_TIMEOUT_MS,
    log,
  });
  const db = createDatabase(neo4j.uri);
  try {
    let loadSeconds: number | null = null;
    if (!loaded) {
      const started = performance.now();
      if (spec.articles === null) {
        if (!fs.existsSync(REAL_CORPUS)) throw new Error(`--real needs ${REAL_CORPUS}`);
        log(`  ${spec.name}: loading ${REAL_CORPUS} with qawl load (once; kept in ${dir})`);
        await qawlLoad(neo4j.uri, [REAL_CORPUS], log);
      } else {
        const corpus = path.join(dir, 'corpus.jsonl');
        await writeCorpus(corpus, spec.articles, CORPUS_SEED, 'bench');
        log(`  ${spec.name}: loading ${spec.articles} generated articles with qawl load (once; kept in ${dir})`);
        await qawlLoad(neo4j.uri, [corpus], log);
        fs.rmSync(corpus, { force: true });
      }
      loadSeconds = (performance.now() - started) / 1000;
    }
    // As `qawl serve` does before serving: constraints, indexes and whatever the migrations add.
    await migrate(db);
    const counts = await countGraph(db);
    if (!loaded) {
      /*
       * `qawl load` exits 0 when interrupted (Ctrl-C shuts it down cleanly), so its exit code
       * alone does not say the graph is whole: it is marked loaded only with every article in.
       */
      const expected = await expectedArticles(spec);
      if (counts.articles < expected)
        throw new Error(`${spec.name}: ${counts.articles} of ${expected} articles loaded; run again to resume the load (${dir} is kept)`);
    }
    if (!loaded)
      fs.writeFileSync(
        marker,
        `${JSON.stringify({ loadedAt: new Date().toISOString(), loadSeconds, graphShape: shape, ...counts }, null, 2)}\n`,
      );
    return { spec, neo4j, db, counts, loadSeconds };
  } catch (error) {
    await db.close();
    await neo4j.stop();
    throw error;
  }
}
