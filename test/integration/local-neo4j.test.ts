import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/driver.ts';
import { RUNTIME_FILE, runningLocalNeo4j } from '../../src/db/local-neo4j.ts';
import { startOwnNeo4j } from '../support/own-neo4j.ts';

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

describe('the local Neo4j launcher', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qawl-launcher-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts a real Neo4j 5.26 on loopback, records its port for reuse, and stops cleanly', async () => {
    const local = await startOwnNeo4j({ dataDir, heapMb: 384, pageCacheMb: 32, shortLived: true });
    try {
      expect(local.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      expect(await portIsOpen(local.port)).toBe(true);
      expect(runningLocalNeo4j(dataDir)).toMatchObject({ uri: local.uri, pid: local.pid });

      const db = createDatabase(local.uri);
      const result = await db.write((tx) =>
        tx.run('CREATE (n:LauncherProbe {at: $at}) WITH n CALL dbms.components() YIELD versions RETURN versions[0] AS version', { at: 1 }),
      );
      expect(result.records[0]?.get('version')).toMatch(/^5\.26\./);
      await db.close();
    } finally {
      await local.stop();
    }
    expect(local.running).toBe(false);
    expect(await portIsOpen(local.port)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, RUNTIME_FILE))).toBe(false);
    expect(runningLocalNeo4j(dataDir)).toBeNull();
  });

  it('keeps its data across a restart on the same directory', async () => {
    const local = await startOwnNeo4j({ dataDir, heapMb: 384, pageCacheMb: 32, shortLived: true });
    try {
      const db = createDatabase(local.uri);
      const result = await db.read((tx) => tx.run('MATCH (n:LauncherProbe) RETURN count(n) AS n'));
      expect(result.records[0]?.get('n')).toBe(1);
      await db.close();
    } finally {
      await local.stop();
    }
  });
});
