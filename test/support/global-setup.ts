import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { LocalNeo4j } from '../../src/db/local-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

/**
 * One real Neo4j for the whole run: the one in NEO4J_URI when set, otherwise a throwaway
 * local instance in a temporary directory on a free port, removed afterwards.
 */
export default async function setup(project: TestProject) {
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    project.provide('neo4jUser', process.env.NEO4J_USER ?? 'neo4j');
    project.provide('neo4jPassword', process.env.NEO4J_PASSWORD ?? '');
    return undefined;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qawl-test-neo4j-'));
  const started = Date.now();
  const local = await LocalNeo4j.start({ dataDir, heapMb: 768, pageCacheMb: 128 });
  process.stderr.write(`test Neo4j ready at ${local.uri} in ${Date.now() - started} ms\n`);
  project.provide('neo4jUri', local.uri);
  project.provide('neo4jUser', 'neo4j');
  project.provide('neo4jPassword', '');
  return async () => {
    await local.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
