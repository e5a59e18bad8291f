import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../extract/index.ts';
import type { DocumentGraph } from '../graph/document-graph.ts';
import type { Database } from '../db/driver.ts';
import { loadDocument, type LoadResult } from '../db/loader.ts';
import { existingArticleIds } from '../db/queries/articles.ts';
import { readArticleFile, type Loadable } from './sources.ts';

export function toDocumentGraph(item: Loadable): DocumentGraph {
  return item.kind === 'graph' ? item.graph : extract(item.input);
}

/** Article files (text or DocumentGraph JSON) under a path, recursively, in a stable order; sidecars excluded. */
export function articleFiles(target: string): string[] {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return [target];
  return fs.readdirSync(target, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(target, entry.name);
      if (entry.isDirectory()) return articleFiles(full);
      if (entry.name.endsWith('.meta.json') || entry.name.endsWith('.gold.json')) return [];
      return /\.(txt|json)$/.test(entry.name) ? [full] : [];
    });
}

/**
 * Loads the seed articles that are not in the database yet. Present ones are left as they
 * are, so a restart neither duplicates nor rewrites anything.
 */
export async function loadSeeds(db: Database, seedsDir: string): Promise<LoadResult[]> {
  if (!fs.existsSync(seedsDir)) return [];
  const graphs = articleFiles(seedsDir).map((file) => toDocumentGraph(readArticleFile(file)));
  const present = await existingArticleIds(db, graphs.map((g) => g.article.id));
  const results: LoadResult[] = [];
  for (const graph of graphs) {
    if (!present.has(graph.article.id)) results.push(await loadDocument(db, graph));
  }
  return results;
}
