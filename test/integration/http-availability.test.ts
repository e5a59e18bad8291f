/*
 * A database that goes away, and a server that goes away (issue 14). This file starts its OWN
 * Neo4j (never the shared test instance, which other files are using) so it can stop it: the
 * API starts while that Neo4j is down, answers 503 DATABASE_UNAVAILABLE, and recovers by
 * itself when Neo4j comes up, goes down and comes back. Then `qawl serve` gets SIGTERM with a
 * request in flight: the request completes and the process exits 0.
 *
 * The same starts, stop and restart check the local Neo4j launcher itself (src/db/local-neo4j.ts):
 * it listens on loopback, records its port for reuse, stops cleanly and keeps its data across a
 * restart. They were a file of their own with two more starts of the same launcher; each start is
 * a JVM boot, the most CPU-hungry step of the suite, and boots run one at a time (own-neo4j.ts).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { createDatabase } from '../../src/db/driver.ts';
import { freePort, LocalNeo4j, RUNTIME_FILE, runningLocalNeo4j } from '../../src/db/local-neo4j.ts';
import { startOwnNeo4j } from '../support/own-neo4j.ts';
import { codes, gql, testServer } from '../support/server.ts';

/**
 * Small, because two JVMs (this one and the shared test Neo4j) share the machine; short-lived, as
 * it answers a handful of queries (quick JIT tier only, one GC thread: less CPU per start).
 */
const NEO4J = { heapMb: 384, pageCacheMb: 32, shortLived: true };
/** Hang guards for waiting on the server's own recovery, not speed checks. */
const RECOVERY_GUARD_MS = 300_000;
const POLL_MS = 250;
const SERVE_GUARD_MS = 180_000;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qawl-h14-neo4j-'));
let neo4j: LocalNeo4j | null = null;

afterAll(async () => {
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Polls until `check` holds (the server reconnects on its own schedule), failing after the guard. */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + RECOVERY_GUARD_MS;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`gave up waiting: ${what}`);
}

const QUERY = '{ actors(first: 1) { totalCount } }';

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The launcher's own guarantees while it runs: loopback, the port it was given, its runtime file, Neo4j 5.26. */
async function expectLauncherRunning(local: LocalNeo4j, port: number): Promise<void> {
  expect(local.uri).toBe(`bolt://127.0.0.1:${port}`);
  expect(await portIsOpen(local.port)).toBe(true);
  expect(runningLocalNeo4j(dataDir)).toMatchObject({ uri: local.uri, pid: local.pid });
  const db = createDatabase(local.uri);
  try {
    const result = await db.read((tx) => tx.run('CALL dbms.components() YIELD versions RETURN versions[0] AS version'));
    expect(result.records[0]?.get('version')).toMatch(/^5\.26\./);
  } finally {
    await db.close();
  }
}

/** A node of the launcher check's own, outside the API's labels (the API still counts 0 actors). */
async function probeCount(local: LocalNeo4j, write: boolean): Promise<number> {
  const db = createDatabase(local.uri);
  try {
    if (write) await db.write((tx) => tx.run('CREATE (:LauncherProbe {at: $at})', { at: 1 }));
    const result = await db.read((tx) => tx.run('MATCH (n:LauncherProbe) RETURN count(n) AS n'));
    return result.records[0]!.get('n') as number;
  } finally {
    await db.close();
  }
}

describe('a database that goes away', () => {
  it(
    'starts with Neo4j down (503 DATABASE_UNAVAILABLE, not ready), recovers when it starts, and again after it stops and restarts; the launcher stops cleanly and keeps its data',
    { timeout: 6 * RECOVERY_GUARD_MS },
    async () => {
      const port = await freePort();
      const db = createDatabase(`bolt://127.0.0.1:${port}`, 'neo4j', '');
      const server = await testServer(db);
      const ready = server.url.replace(/\/graphql$/, '/health/ready');
      const live = server.url.replace(/\/graphql$/, '/health/live');
      const isReady = async () => (await fetch(ready)).status === 200;
      try {
        const down = await gql(server.url, QUERY);
        expect(down.status).toBe(503);
        expect(codes(down)).toEqual(['DATABASE_UNAVAILABLE']);
        expect((await fetch(ready)).status).toBe(503);
        expect((await fetch(live)).status).toBe(200);

        neo4j = await startOwnNeo4j({ dataDir, port, ...NEO4J });
        await expectLauncherRunning(neo4j, port);
        expect(await probeCount(neo4j, true)).toBe(1);
        await eventually(isReady, 'ready after Neo4j started');
        const up = await gql<{ actors: { totalCount: number } }>(server.url, QUERY);
        expect(up.status).toBe(200);
        expect(up.body.data?.actors.totalCount).toBe(0);

        const stopped = neo4j;
        await neo4j.stop();
        neo4j = null;
        expect(stopped.running).toBe(false);
        expect(await portIsOpen(port)).toBe(false);
        expect(fs.existsSync(path.join(dataDir, RUNTIME_FILE))).toBe(false);
        expect(runningLocalNeo4j(dataDir)).toBeNull();
        const gone = await gql(server.url, QUERY);
        expect(gone.status).toBe(503);
        expect(codes(gone)).toEqual(['DATABASE_UNAVAILABLE']);
        await eventually(async () => !(await isReady()), 'not ready after Neo4j stopped');

        neo4j = await startOwnNeo4j({ dataDir, port, ...NEO4J });
        await expectLauncherRunning(neo4j, port);
        // The probe written before the stop: a restart on the same directory keeps the data.
        expect(await probeCount(neo4j, false)).toBe(1);
        await eventually(isReady, 'ready after Neo4j restarted');
        expect((await gql(server.url, QUERY)).status).toBe(200);
      } finally {
        await server.close();
        await db.close();
      }
    },
  );

  it('qawl serve finishes a request in flight on SIGTERM, closes the driver and exits 0', { timeout: 2 * SERVE_GUARD_MS }, async () => {
    neo4j ??= await startOwnNeo4j({ dataDir, port: await freePort(), ...NEO4J });
    const seeds = fs.mkdtempSync(path.join(os.tmpdir(), 'qawl-h14-seeds-'));
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'qawl.js'), 'serve'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: '',
        PORT: '0',
        QAWL_SEEDS_DIR: seeds,
        LOG_LEVEL: 'debug',
        NODE_ENV: 'development',
        // The grace period bounds how long a request in flight may still take; a loaded machine needs a long one.
        QAWL_SHUTDOWN_GRACE_MS: String(SERVE_GUARD_MS),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const waitFor = (pattern: RegExp) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${pattern} in:\n${output}`)), SERVE_GUARD_MS);
        const check = () => {
          const match = pattern.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match);
          }
        };
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString('utf8');
          check();
        });
        child.stderr.on('data', (chunk: Buffer) => {
          output += chunk.toString('utf8');
          check();
        });
        check();
      });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const url = (await waitFor(/at (http:\/\/127\.0\.0\.1:\d+\/graphql)/))[1]!;
      const inFlight = gql(url, QUERY, {}, { 'x-request-id': 'in-flight-h14' });
      await waitFor(/"requestId":"in-flight-h14"[^\n]*request received/);
      child.kill('SIGTERM');
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await exited).toBe(0);
      expect(output).toMatch(/SIGTERM received/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(seeds, { recursive: true, force: true });
    }
  });
});
