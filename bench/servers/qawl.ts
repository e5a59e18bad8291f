/**
 * Qawl's own GraphQL server as a benchmark contender: `startServer` from src/api on the Neo4j
 * in NEO4J_URI, on a free port, after the idempotent migrations `qawl serve` runs first.
 * QAWL_BENCH_QAWL_ROOT points at another checkout of Qawl to serve instead (a before/after
 * comparison on the same graphs). Prints `LISTENING <port>` when ready; stops on SIGTERM.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as ServerModule from '../../src/api/server.ts';
import type * as ConfigModule from '../../src/config.ts';
import type * as DriverModule from '../../src/db/driver.ts';
import type * as MigrationsModule from '../../src/db/migrations.ts';

const root = path.resolve(process.env.QAWL_BENCH_QAWL_ROOT || path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
const load = <T>(file: string) => import(pathToFileURL(path.join(root, file)).href) as Promise<T>;
const { startServer } = await load<typeof ServerModule>('src/api/server.ts');
const { loadConfig } = await load<typeof ConfigModule>('src/config.ts');
const { createDatabase } = await load<typeof DriverModule>('src/db/driver.ts');
const { migrate } = await load<typeof MigrationsModule>('src/db/migrations.ts');

// The read benchmark measures queries, not the per-client rate limit or request logging.
const config = loadConfig({ QAWL_RATE_LIMIT: '0', LOG_LEVEL: 'warn', ...process.env, PORT: '0', HOST: '127.0.0.1' });
if (!config.neo4j) throw new Error('NEO4J_URI must be set');
const db = createDatabase(config.neo4j.uri, config.neo4j.user, config.neo4j.password, config.neo4j.database, {
  readTimeoutMs: config.api.queryTimeoutMs,
});
await migrate(db);
const server = await startServer(db, config);
process.stdout.write(`LISTENING ${server.port}\n`);
process.once('SIGTERM', () => {
  void server
    .close()
    .then(() => db.close())
    .then(() => process.exit(0));
});
