import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase, type DatabaseHandle } from './db/driver.ts';
import { loadDocument } from './db/loader.ts';
import { LocalNeo4jError, LocalNeo4j } from './db/local-neo4j.ts';
import { localNeo4jDir } from './db/driver.ts';
import { migrate } from './db/migrations.ts';
import { startServer } from './api/server.ts';
import { extract } from './extract/index.ts';
import { articleFiles, loadSeeds, toDocumentGraph } from './ingest/pipeline.ts';
import { InputError, parseTextArticle, readArticleFile } from './ingest/sources.ts';

const USAGE = `qawl — who said what about whom, from Arabic news to a Neo4j graph

usage:
  qawl serve                         start the GraphQL API (http://127.0.0.1:$PORT/graphql), loading seeds/ first
  qawl load PATH...                  load article files (.txt, DocumentGraph .json) or directories into Neo4j
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
    cleanup().then(() => process.exit(0), (error: unknown) => {
      log(`qawl: error while shutting down: ${String(error)}`);
      process.exit(1);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

async function serve(config: Config): Promise<void> {
  const handle = await openDatabase(config, log);
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  onShutdown(async () => {
    await server?.close();
    await handle.close();
  });
  try {
    await migrate(handle.db);
    const seeded = await loadSeeds(handle.db, config.seedsDir);
    if (seeded.length) log(`qawl: loaded ${seeded.length} seed article(s) from ${config.seedsDir}`);
    server = await startServer(handle.db, config);
  } catch (error) {
    await handle.close();
    throw error;
  }
  log(`qawl: Neo4j at ${handle.describe}`);
  log(`qawl: GraphQL API and Apollo Sandbox at ${server.url} (health: ${server.url.replace(/\/graphql$/, '/health')})`);
}

async function withDatabase<T>(config: Config, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase(config, log);
  onShutdown(() => handle.close());
  try {
    await migrate(handle.db);
    return await work(handle);
  } finally {
    await handle.close();
  }
}

async function load(config: Config, paths: string[]): Promise<number> {
  if (paths.length === 0) throw new UsageError('qawl load needs at least one PATH');
  const files = paths.flatMap((p) => {
    if (!fs.existsSync(p)) throw new InputError(p, 'no such file or directory');
    return articleFiles(p);
  });
  return withDatabase(config, async ({ db }) => {
    const totals = { loaded: 0, unchanged: 0, replaced: 0, failed: 0 };
    for (const file of files) {
      try {
        const result = await loadDocument(db, toDocumentGraph(readArticleFile(file)));
        totals[result.status] += 1;
        log(`${result.status.padEnd(9)} ${file} (${result.statements} statements)`);
      } catch (error) {
        totals.failed += 1;
        log(`failed    ${file}: ${(error as Error).message}`);
      }
    }
    log(`qawl load: ${totals.loaded} loaded, ${totals.unchanged} unchanged, ${totals.replaced} replaced, ${totals.failed} failed`);
    return totals.failed > 0 ? 1 : 0;
  });
}

function extractCommand(file: string | undefined, options: { 'published-at'?: string; title?: string }): void {
  if (!file) throw new UsageError('qawl extract needs a FILE (or - for standard input)');
  const input = file === '-' ? parseTextArticle('stdin', fs.readFileSync(0, 'utf8')) : (() => {
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
  const local = await LocalNeo4j.start({
    dataDir: localNeo4jDir(config),
    port: config.localNeo4j.boltPort,
    heapMb: config.localNeo4j.heapMb,
    pageCacheMb: config.localNeo4j.pageCacheMb,
    startTimeoutMs: config.localNeo4j.startTimeoutMs,
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
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  if (command === 'extract') {
    extractCommand(rest[0], values);
    return 0;
  }
  const config = loadConfig();
  switch (command) {
    case 'serve': await serve(config); return undefined;
    case 'load': return load(config, rest);
    case 'neo4j': await neo4jCommand(config); return undefined;
    default: throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => { if (code !== undefined) process.exitCode = code; },
  (error: unknown) => {
    if (error instanceof UsageError) log(`qawl: ${error.message}\n\n${USAGE}`);
    else if (error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof InputError) log(`qawl: ${error.message}`);
    else log(`qawl: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
