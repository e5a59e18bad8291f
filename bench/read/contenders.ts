/**
 * The three contenders as child processes on free ports, each with its own event loop so none
 * competes with autocannon (which runs in the harness process) or with another contender.
 * Qawl runs as production runs it: the compiled JavaScript of dist/ through `node bin/qawl.js
 * serve` (built first when a source is newer); the other two are bench code run through tsx.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContenderName } from '../operations/index.ts';

const SERVERS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'servers');
const SCRIPTS: Record<Exclude<ContenderName, 'qawl'>, string> = {
  'neo4j-graphql': 'neo4j-graphql.ts',
  raw: 'raw.ts',
};
/** The checkout Qawl is served from: this one, or QAWL_BENCH_QAWL_ROOT (a before/after comparison). */
const qawlRoot = () => path.resolve(process.env.QAWL_BENCH_QAWL_ROOT || path.join(SERVERS, '..', '..'));
/*
 * `qawl serve` loads the seed articles into an empty-of-them graph: pointed at a folder that
 * does not exist it loads none, so every contender reads the very graph that was loaded.
 */
const NO_SEEDS_DIR = path.join(os.tmpdir(), 'qawl-bench-no-seeds');
/** What `qawl serve` prints once it listens and Neo4j answered (src/cli.ts). */
const QAWL_LISTENING = /GraphQL API(?: and Apollo Sandbox)? at http:\/\/[^:]+:(\d+)\//;
/** The other contenders print this (bench/servers/). */
const BENCH_LISTENING = /LISTENING (\d+)/;

/**
 * Compiles Qawl's sources to dist/ when a source is newer than the last build (what `npm start`
 * does before serving), so the server measured is the JavaScript production runs.
 */
export function buildQawl(): void {
  const root = qawlRoot();
  const result = spawnSync(process.execPath, [path.join(root, 'tools', 'build.mjs'), '--if-stale'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`building Qawl in ${root} failed (exit ${result.status})`);
  if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error(`no dist/cli.js in ${root} after the build`);
}

/**
 * Qawl's settings as the Docker image's (NODE_ENV=production), on a free port, without seeds,
 * without the per-client rate limit or request logging (the bench measures queries), and with
 * introspection on: the harness reads the schema's fields to skip operations it lacks.
 */
const qawlEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...env,
  NODE_ENV: 'production',
  QAWL_INTROSPECTION: 'true',
  PORT: '0',
  HOST: '127.0.0.1',
  QAWL_RATE_LIMIT: '0',
  QAWL_SEEDS_DIR: NO_SEEDS_DIR,
  QAWL_FROM_SOURCE: '0',
});

/** The command line of a contender's server. */
function command(name: ContenderName): string[] {
  if (name === 'qawl') return [path.join(qawlRoot(), 'bin', 'qawl.js'), 'serve'];
  return ['--import', 'tsx', path.join(SERVERS, SCRIPTS[name])];
}
/** Qawl's server runs the migrations first, which may backfill derived data on a kept graph (minutes at 10,000 articles). */
const READY_TIMEOUT_MS = 900_000;
const STOP_GRACE_MS = 5_000;

export interface Contender {
  name: ContenderName;
  url: string;
  /** Milliseconds from spawn to listening (for the bench's own servers, loading TypeScript through tsx included). */
  startMs: number;
  stop(): Promise<void>;
}

export async function startContender(name: ContenderName, neo4jUri: string, log: (line: string) => void): Promise<Contender> {
  const started = performance.now();
  const env = { ...process.env, NEO4J_URI: neo4jUri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', LOG_LEVEL: 'warn' };
  const child: ChildProcess = spawn(process.execPath, command(name), {
    env: name === 'qawl' ? qawlEnv(env) : env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const listening = name === 'qawl' ? QAWL_LISTENING : BENCH_LISTENING;
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString('utf8'));
    if (stderr.length > 50) stderr.shift();
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${name} did not start within ${READY_TIMEOUT_MS} ms: ${stderr.join('').slice(-2000)}`));
    }, READY_TIMEOUT_MS);
    let buffered = '';
    // `qawl serve` says where it listens on standard error, the bench servers on standard output.
    const watch = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const match = listening.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', watch);
    child.stderr!.on('data', watch);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before listening: ${stderr.join('').slice(-2000)}`));
    });
  });
  child.stdout!.resume();
  // Keep the last errors a server logs: a failure report can show them.
  child.stderr!.on('data', (chunk: Buffer) => {
    const line = chunk.toString('utf8').trim();
    if (line) log(`    [${name}] ${line.split('\n')[0]!.slice(0, 300)}`);
  });
  const startMs = performance.now() - started;
  const url = name === 'raw' ? `http://127.0.0.1:${port}/` : `http://127.0.0.1:${port}/graphql`;
  return {
    name,
    url,
    startMs,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The JSON body each contender expects for an operation. */
export function requestBody(
  contender: ContenderName,
  op: { name: string; qawl: { query: string }; peer: { query: string } },
  variables: Record<string, unknown>,
): string {
  if (contender === 'raw') return JSON.stringify({ op: op.name, variables });
  return JSON.stringify({ query: contender === 'qawl' ? op.qawl.query : op.peer.query, variables });
}

export interface Answer {
  status: number;
  data: unknown;
  errors: string[];
}

export async function ask(url: string, body: string, timeoutMs: number): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const json = (await response.json().catch(() => ({}))) as { data?: unknown; errors?: { message?: string }[] };
  return { status: response.status, data: json.data ?? null, errors: (json.errors ?? []).map((e) => e.message ?? JSON.stringify(e)) };
}
