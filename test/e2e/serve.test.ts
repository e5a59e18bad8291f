import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { RUNTIME_FILE } from '../../src/db/local-neo4j.ts';
import { gql } from '../support/server.ts';

const CLI = path.join(PROJECT_ROOT, 'bin', 'qawl.js');

/** The environment of a new user: no NEO4J_URI, so the embedded default is used. */
function userEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    QAWL_DATA_DIR: dataDir,
    PORT: '0',
    QAWL_NEO4J_HEAP_MB: '512',
    QAWL_NEO4J_PAGECACHE_MB: '64',
    // Two starts and a handful of queries: a short-lived JVM (quick JIT tier, one GC thread)
    // starts on about a third less CPU (src/db/local-neo4j.ts).
    QAWL_NEO4J_SHORT_LIVED: '1',
  };
  delete env.NEO4J_URI;
  return env;
}

interface Served {
  child: ChildProcess;
  url: string;
  output: () => string;
}

const SERVE_START_GUARD_MS = 300_000;
/**
 * A hang guard for `qawl load` of the seed beside the running server, not a speed check: a new
 * Node process importing the CLI and extracting the seed on a loaded machine; at 120 s a slow run
 * would have shown only as a null exit status.
 */
const LOAD_GUARD_MS = 240_000;

async function startServe(dataDir: string): Promise<Served> {
  const child = spawn(process.execPath, [CLI, 'serve'], { cwd: PROJECT_ROOT, env: userEnv(dataDir), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    // A hang guard: the server says when it is ready, and a start on a loaded machine (Neo4j's JVM
    // warming up on two busy cores) has been seen to take minutes.
    // On giving up, the server goes too (and its Neo4j with it, which exits when its parent
    // does): a failed run left both running, loading the machine for the rest of the suite.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not come up:\n${output}`));
    }, SERVE_START_GUARD_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Sandbox at (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
  return { child, url, output: () => output };
}

async function stopServe(served: Served): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => served.child.once('exit', (code) => resolve(code)));
  served.child.kill('SIGINT');
  return exited;
}

const COUNTS = `{
  statements(first: 1) { totalCount }
  actors(first: 1) { totalCount }
  kremlin: statements(filter: {speaker: "actor:kremlin"}) { totalCount }
}`;

interface Counts {
  statements: { totalCount: number };
  actors: { totalCount: number };
  kremlin: { totalCount: number };
}

describe('npm start on the embedded default (qawl serve without NEO4J_URI)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qawl-serve-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it(
    'serves the seed over GraphQL, lets `qawl load` reuse its Neo4j, and a second start duplicates nothing',
    { timeout: 3 * SERVE_START_GUARD_MS },
    async () => {
      const first = await startServe(dataDir);
      let firstCounts: Counts;
      try {
        const { body } = await gql<Counts>(first.url, COUNTS);
        expect(body.errors).toBeUndefined();
        firstCounts = body.data!;
        expect(firstCounts.kremlin.totalCount).toBeGreaterThanOrEqual(3);
        expect(fs.existsSync(path.join(dataDir, 'neo4j', RUNTIME_FILE))).toBe(true);

        const sandbox = await fetch(first.url, { headers: { accept: 'text/html' } });
        expect(sandbox.status).toBe(200);
        expect(await sandbox.text()).toMatch(/sandbox/i);

        // Another command on the same data directory talks to the running Neo4j instead of
        // failing on the store lock.
        const seed = path.join(PROJECT_ROOT, 'seeds', 'biden-putin-cyberattacks.ar.txt');
        const load = spawnSync(process.execPath, [CLI, 'load', seed], {
          cwd: PROJECT_ROOT,
          env: userEnv(dataDir),
          encoding: 'utf8',
          timeout: LOAD_GUARD_MS,
        });
        expect(load.error, 'qawl load did not finish within its hang guard').toBeUndefined();
        expect(load.stderr).toMatch(/already running/);
        expect(load.status).toBe(0);
      } finally {
        expect(await stopServe(first)).toBe(0);
      }
      expect(fs.existsSync(path.join(dataDir, 'neo4j', RUNTIME_FILE))).toBe(false);

      const second = await startServe(dataDir);
      try {
        expect(second.output()).not.toMatch(/loaded \d+ seed article/);
        const { body } = await gql<Counts>(second.url, COUNTS);
        // The errors first: a failed read (a timeout on a loaded machine) otherwise shows as data null.
        expect(body.errors).toBeUndefined();
        expect(body.data).toEqual(firstCounts);
      } finally {
        expect(await stopServe(second)).toBe(0);
      }
    },
  );
});
