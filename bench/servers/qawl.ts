/**
 * Qawl's own GraphQL server as a benchmark contender: `startServer` from src/api on the Neo4j
 * in NEO4J_URI, on a free port. Prints `LISTENING <port>` when ready; stops on SIGTERM.
 */
import { startServer } from '../../src/api/server.ts';
import { loadConfig } from '../../src/config.ts';
import { createDatabase } from '../../src/db/driver.ts';

const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1' });
if (!config.neo4j) throw new Error('NEO4J_URI must be set');
const db = createDatabase(config.neo4j.uri, config.neo4j.user, config.neo4j.password, config.neo4j.database, {
  readTimeoutMs: config.api.queryTimeoutMs,
});
const server = await startServer(db, config);
process.stdout.write(`LISTENING ${server.port}\n`);
process.once('SIGTERM', () => {
  void server.close().then(() => db.close()).then(() => process.exit(0));
});
