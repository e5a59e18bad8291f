import fs from 'node:fs';
import { loadDocument, type LoadResult } from '../db/loader.ts';
import { existingArticleIds } from '../db/queries/articles.ts';
import { extract } from '../extract/index.ts';
import { readSources, type Loadable } from './sources.ts';
import type { Database } from '../db/driver.ts';
import type { DocumentGraph } from '../graph/document-graph.ts';

export function toDocumentGraph(item: Loadable): DocumentGraph {
  return item.kind === 'graph' ? item.graph : extract(item.input);
}

/**
 * Loads the seed articles that are not in the database yet. Present ones are left as they
 * are, so a restart neither duplicates nor rewrites anything.
 */
export async function loadSeeds(db: Database, seedsDir: string): Promise<LoadResult[]> {
  if (!fs.existsSync(seedsDir)) return [];
  // The same walk as `qawl load`, so a seed folder takes every format a load does.
  const graphs: DocumentGraph[] = [];
  for await (const item of readSources([seedsDir])) {
    if (item.error) throw item.error;
    graphs.push(toDocumentGraph(item.loadable));
  }
  const present = await existingArticleIds(
    db,
    graphs.map((g) => g.article.id),
  );
  const results: LoadResult[] = [];
  for (const graph of graphs) {
    if (!present.has(graph.article.id)) results.push(await loadDocument(db, graph));
  }
  return results;
}
