/**
 * Worker thread side of the extraction pool: receives article inputs, answers with their
 * DocumentGraph (or the error message). Extraction is pure CPU-bound JS, so a worker per
 * core keeps the main thread free for reading input and talking to Neo4j.
 */
import { parentPort } from 'node:worker_threads';
import { extract } from '../extract/index.ts';
import { contentHash } from '../graph/content-hash.ts';
import type { ArticleInput } from './sources.ts';

interface Job {
  id: number;
  input: ArticleInput;
}

parentPort?.on('message', (job: Job) => {
  try {
    // The content hash too: it serializes the whole graph, work the main thread is spared.
    const graph = extract(job.input);
    parentPort?.postMessage({ id: job.id, graph, hash: contentHash(graph) });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: (error as Error).message ?? String(error), name: (error as Error).name });
  }
});
parentPort?.postMessage({ ready: true });
