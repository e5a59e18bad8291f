/**
 * The three contenders as child processes on free ports, each with its own event loop so none
 * competes with autocannon (which runs in the harness process) or with another contender.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContenderName } from '../operations/index.ts';

const SERVERS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'servers');
const SCRIPTS: Record<ContenderName, string> = {
  qawl: 'qawl.ts',
  'neo4j-graphql': 'neo4j-graphql.ts',
  raw: 'raw.ts',
};
/** Qawl's server runs the migrations first, which may backfill derived data on a kept graph (minutes at 10,000 articles). */
const READY_TIMEOUT_MS = 900_000;
const STOP_GRACE_MS = 5_000;

export interface Contender {
  name: ContenderName;
  url: string;
  /** Milliseconds from spawn to listening (includes loading TypeScript through tsx). */
  startMs: number;
  stop(): Promise<void>;
}

export async function startContender(name: ContenderName, neo4jUri: string, log: (line: string) => void): Promise<Contender> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(SERVERS, SCRIPTS[name])], {
    env: { ...process.env, NEO4J_URI: neo4jUri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const match = /LISTENING (\d+)/.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
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
