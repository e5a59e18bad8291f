/**
 * The identity of an article's content: the loader skips an article whose stored hash equals
 * the new one. Part of the graph model rather than the loader, so the extraction workers can
 * hash what they produce without importing the database code.
 */
import { createHash } from 'node:crypto';
import type { DocumentGraph } from './document-graph.ts';

/** Hash of everything the load writes: an article whose graph is unchanged is skipped. */
export function contentHash(graph: DocumentGraph): string {
  return createHash('sha256').update(JSON.stringify(graph)).digest('hex');
}

/** An article ready to write: its graph and the content hash of that graph. */
export interface PreparedDocument {
  graph: DocumentGraph;
  hash: string;
}

export function prepareDocument(graph: DocumentGraph): PreparedDocument {
  return { graph, hash: contentHash(graph) };
}
