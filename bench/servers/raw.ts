/**
 * The floor: the raw neo4j-driver running the hand-written Cypher of each operation
 * (bench/operations/<name>.cypher) behind the thinnest HTTP server Node has, so it pays the
 * same HTTP and JSON costs as the GraphQL contenders and nothing else. POST / with
 * `{"op": "<name>", "variables": {…}}` answers `{"data": {<columns of the first row>}}`.
 * Same driver settings and read timeout as Qawl (src/db/driver.ts, QAWL_QUERY_TIMEOUT_MS).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config.ts';
import { createDatabase } from '../../src/db/driver.ts';
import type { AddressInfo } from 'node:net';

const OPERATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'operations');
const queries = new Map(
  fs
    .readdirSync(OPERATIONS)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => [f.replace(/\.cypher$/, ''), fs.readFileSync(path.join(OPERATIONS, f), 'utf8')]),
);

const config = loadConfig();
if (!config.neo4j) throw new Error('NEO4J_URI must be set');
const db = createDatabase(config.neo4j.uri, config.neo4j.user, config.neo4j.password, config.neo4j.database, {
  readTimeoutMs: config.api.queryTimeoutMs,
});

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    void (async () => {
      try {
        const { op, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { op: string; variables?: Record<string, unknown> };
        const cypher = queries.get(op);
        if (!cypher) {
          res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: `no operation ${op}` }] }));
          return;
        }
        const result = await db.read((tx) => tx.run(cypher, variables ?? {}));
        const row = result.records[0]?.toObject() ?? null;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: row }));
      } catch (error) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      }
    })();
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`LISTENING ${(server.address() as AddressInfo).port}\n`));
process.once('SIGTERM', () => {
  server.close();
  void db.close().then(() => process.exit(0));
});
