import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { LocalNeo4j, LocalNeo4jError } from './db/local-neo4j.ts';
import { InputError } from './ingest/input-error.ts';
import type { DatabaseHandle } from './db/driver.ts';
import type { IngestSummary } from './ingest/run.ts';

/*
 * Each command imports what it uses when it runs (the `await import` in each function below):
 * `qawl serve` loads no exporter or ingest runner, and the extractor only for the seeds once the
 * database answers; a command refused for a bad setting or argument loads nothing heavy at all
 * (`qawl serve` with a bad PORT: 1.3 CPU-s before, 0.2 after).
 */

const USAGE = `qawl — who said what about whom, from Arabic news to a Neo4j graph

usage:
  qawl serve                         start the GraphQL API (http://127.0.0.1:$PORT/graphql), loading seeds/ first
  qawl load PATH... [--concurrency N] [--batch-size N] [--json] [--verbose]
                                     load articles into Neo4j: .txt (optional YAML front matter), DocumentGraph
                                     .json, .jsonl or .jsonl.gz (one article or DocumentGraph per line), directories
                                     (recursively); "-" reads JSONL from standard input
  qawl export [--format graphml|cytoscape|jsonl] [--center ID --depth N] [--out FILE]
                                     write the graph (or the neighbourhood of ID) for Gephi/yEd, Cytoscape.js,
                                     or as DocumentGraph JSONL that \`qawl load\` re-imports
  qawl extract FILE [--published-at YYYY-MM-DD] [--title T]
                                     print the DocumentGraph JSON of an article ("-" reads standard input)
  qawl neo4j                         run the local Neo4j of QAWL_DATA_DIR in the foreground

database: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD) when set; otherwise the local Neo4j kept in
\${QAWL_DATA_DIR:-.qawl}/neo4j, reused when \`qawl serve\` is already running it.`;

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Runs `work` until it finishes or the user presses Ctrl-C, then releases `cleanup` exactly once. */
function onShutdown(cleanup: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`qawl: ${signal} received, shutting down`);
    cleanup().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`qawl: error while shutting down: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/** How long `qawl serve` waits for an external Neo4j before serving anyway (not ready, retrying in the background). */
const EXTERNAL_READY_WAIT_MS = 5_000;
/** Past the shutdown grace period, what closing the driver and Neo4j may take before the process exits regardless. */
const SHUTDOWN_SLACK_MS = 15_000;

/**
 * An external Neo4j (NEO4J_URI) may be down when the API starts: the server comes up anyway,
 * answers 503 DATABASE_UNAVAILABLE and reports not ready until the database answers, then
 * migrates and loads the seeds. The embedded Neo4j is started first, as before.
 */
async function serve(config: Config): Promise<void> {
  const [{ createLogger }, { startServer }, { createDatabase, openDatabase }, { migrate }] = await Promise.all([
    import('./api/logging.ts'),
    import('./api/server.ts'),
    import('./db/driver.ts'),
    import('./db/migrations.ts'),
  ]);
  const handle: DatabaseHandle = config.neo4j
    ? (() => {
        const db = createDatabase(config.neo4j.uri, config.neo4j.user, config.neo4j.password, config.neo4j.database, {
          readTimeoutMs: config.api.queryTimeoutMs,
        });
        return { db, local: null, describe: config.neo4j.uri, close: () => db.close() };
      })()
    : await openDatabase(config, log);
  const logger = createLogger(config);
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  onShutdown(async () => {
    const force = setTimeout(() => {
      log('qawl: shutdown took too long, exiting');
      process.exit(1);
    }, config.api.shutdownGraceMs + SHUTDOWN_SLACK_MS);
    force.unref();
    await server?.close();
    await handle.close();
  });
  const prepare = async () => {
    await migrate(handle.db);
    const { loadSeeds } = await import('./ingest/pipeline.ts');
    const seeded = await loadSeeds(handle.db, config.seedsDir);
    if (seeded.length) log(`qawl: loaded ${seeded.length} seed article(s) from ${config.seedsDir}`);
  };
  try {
    server = await startServer(handle.db, config, { prepare, logger });
  } catch (error) {
    await handle.close();
    throw error;
  }
  const ready = await server.monitor.waitUntilReady(config.neo4j ? EXTERNAL_READY_WAIT_MS : config.localNeo4j.startTimeoutMs);
  log(
    `qawl: Neo4j at ${handle.describe}${ready ? '' : ` (not reachable yet: ${server.monitor.lastError ?? 'unknown'}; retrying, /health/ready says when)`}`,
  );
  const what = config.api.sandbox ? 'GraphQL API and Apollo Sandbox' : 'GraphQL API';
  log(`qawl: ${what} at ${server.url} (health: ${server.url.replace(/\/graphql$/, '/health/ready')})`);
  // In the background: the first requests should not wait on Neo4j's planner (warm-up.ts).
  if (ready) {
    const started = performance.now();
    const { warmPlans } = await import('./db/warm-up.ts');
    void warmPlans(handle.db).then(
      (count) => log(`qawl: planned ${count} common queries in ${Math.round(performance.now() - started)} ms`),
      (error: unknown) => log(`qawl: planning the common queries failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
}

async function withDatabase<T>(config: Config, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const [{ openDatabase }, { migrate }] = await Promise.all([import('./db/driver.ts'), import('./db/migrations.ts')]);
  const handle = await openDatabase(config, log);
  onShutdown(() => handle.close());
  try {
    await migrate(handle.db);
    return await work(handle);
  } finally {
    await handle.close();
  }
}

interface LoadOptions {
  concurrency?: string;
  'batch-size'?: string;
  json?: boolean;
  verbose?: boolean;
}

function positiveInt(name: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new UsageError(`${name} must be an integer >= ${min}`);
  return value;
}

async function load(config: Config, paths: string[], options: LoadOptions): Promise<number> {
  if (paths.length === 0) throw new UsageError('qawl load needs at least one PATH (or - for JSONL on standard input)');
  const [{ progressReporter }, { defaultConcurrency, describeSummary }, { IngestAborted, ingest }, { inputBytes, readSources }] =
    await Promise.all([
      import('./ingest/progress.ts'),
      import('./ingest/report.ts'),
      import('./ingest/run.ts'),
      import('./ingest/sources.ts'),
    ]);
  const concurrency = positiveInt('--concurrency', options.concurrency, defaultConcurrency(), 0);
  const batchSize = positiveInt('--batch-size', options['batch-size'], 50);
  const totalBytes = await inputBytes(paths);
  return withDatabase(config, async ({ db }) => {
    const progress = progressReporter(process.stderr, totalBytes);
    let summary: IngestSummary;
    try {
      summary = await ingest(db, readSources(paths), {
        concurrency,
        batchSize,
        onProgress: (p) => progress.update(p),
        onOutcome: (outcome) => {
          if (outcome.status === 'failed') progress.log(`failed    ${outcome.origin}: ${outcome.error}`);
          else if (options.verbose) progress.log(`${outcome.status.padEnd(9)} ${outcome.origin} (${outcome.statements} statements)`);
        },
      });
    } catch (error) {
      if (!(error instanceof IngestAborted)) throw error;
      summary = error.summary;
    } finally {
      progress.done();
    }
    log(describeSummary(summary));
    if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    return summary.failed > 0 || summary.aborted ? 1 : 0;
  });
}

async function exportCommand(config: Config, options: { format?: string; center?: string; depth?: string; out?: string }): Promise<number> {
  const { EXPORT_FORMATS, exportGraph, isExportFormat } = await import('./export/index.ts');
  const format = options.format ?? 'graphml';
  if (!isExportFormat(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (options.depth !== undefined && options.center === undefined) throw new UsageError('--depth needs --center ID');
  const depth = positiveInt('--depth', options.depth, 1, 0);
  // `qawl export … | head` closes standard output early: stop quietly, as other Unix tools do.
  if (!options.out)
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
    });
  return withDatabase(config, async ({ db }) => {
    const out = options.out ? fs.createWriteStream(options.out) : process.stdout;
    const result = await exportGraph(db, out, { format, center: options.center, depth });
    if (options.out)
      await new Promise<void>((resolve, reject) =>
        (out as fs.WriteStream).end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
    const what = format === 'jsonl' ? `${result.articles} articles (DocumentGraphs)` : `${result.nodes} nodes, ${result.edges} edges`;
    log(`qawl export: ${what}${options.out ? ` written to ${options.out}` : ''}`);
    for (const problem of result.problems) log(`qawl export: skipped ${problem}`);
    return result.problems.length > 0 ? 1 : 0;
  });
}

async function extractCommand(file: string | undefined, options: { 'published-at'?: string; title?: string }): Promise<void> {
  if (!file) throw new UsageError('qawl extract needs a FILE (or - for standard input)');
  const [{ extract }, { parseTextArticle, readArticleFile }] = await Promise.all([
    import('./extract/index.ts'),
    import('./ingest/sources.ts'),
  ]);
  const input =
    file === '-'
      ? parseTextArticle('stdin', fs.readFileSync(0, 'utf8'))
      : (() => {
          const item = readArticleFile(file);
          if (item.kind === 'graph') throw new InputError(file, 'is already a DocumentGraph');
          return item.input;
        })();
  if (options['published-at']) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(options['published-at'])) throw new UsageError('--published-at must be YYYY-MM-DD');
    input.publishedAt = options['published-at'];
  }
  if (options.title) input.title = options.title;
  process.stdout.write(`${JSON.stringify(extract(input), null, 2)}\n`);
}

async function neo4jCommand(config: Config): Promise<void> {
  if (config.neo4j) throw new UsageError('NEO4J_URI is set: there is no local Neo4j to run');
  const { localNeo4jDir } = await import('./db/driver.ts');
  const local = await LocalNeo4j.start({
    dataDir: localNeo4jDir(config),
    port: config.localNeo4j.boltPort,
    heapMb: config.localNeo4j.heapMb,
    pageCacheMb: config.localNeo4j.pageCacheMb,
    startTimeoutMs: config.localNeo4j.startTimeoutMs,
    shortLived: config.localNeo4j.shortLived,
    log,
  });
  onShutdown(() => local.stop());
  log(`qawl: local Neo4j ready at ${local.uri} (data in ${local.dataDir}); Ctrl-C stops it`);
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number | undefined> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'published-at': { type: 'string' },
      title: { type: 'string' },
      concurrency: { type: 'string' },
      'batch-size': { type: 'string' },
      json: { type: 'boolean' },
      verbose: { type: 'boolean', short: 'v' },
      format: { type: 'string' },
      center: { type: 'string' },
      depth: { type: 'string' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  if (command === 'extract') {
    await extractCommand(rest[0], values);
    return 0;
  }
  const config = loadConfig();
  switch (command) {
    case 'serve':
      await serve(config);
      return undefined;
    case 'load':
      return load(config, rest, values);
    case 'export':
      return exportCommand(config, values);
    case 'neo4j':
      await neo4jCommand(config);
      return undefined;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) log(`qawl: ${error.message}\n\n${USAGE}`);
    else if (error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof InputError) log(`qawl: ${error.message}`);
    else log(`qawl: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
