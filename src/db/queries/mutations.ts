import { DELETE_ARTICLE, writeDocument, type LoadResult } from '../loader.ts';
import type { PreparedDocument } from '../../graph/content-hash.ts';
import type { Database } from '../driver.ts';
import type { ManagedTransaction } from 'neo4j-driver';

/*
 * The writes behind the API's mutations, each in one transaction that also reports which node
 * ids disappeared, so a client can evict them from its cache (the article's statements and
 * events of a replaced version, the actors and places only it named).
 */

/** The article and every node it owns or mentions: the candidates a write may remove. */
const ARTICLE_NODE_IDS = `
MATCH (art:Article {id: $id})
RETURN [art.id] + [(s:Statement)-[:REPORTED_IN]->(art) | s.id] + [(art)-[:MENTIONS]->(n) | n.id] AS ids`;

/** Which of `ids` are gone: looked up per model label, each through its id constraint. */
const MISSING_IDS = `
UNWIND $ids AS id
WITH id WHERE NOT (EXISTS { MATCH (:Article {id: id}) } OR EXISTS { MATCH (:Statement {id: id}) }
  OR EXISTS { MATCH (:Actor {id: id}) } OR EXISTS { MATCH (:Event {id: id}) }
  OR EXISTS { MATCH (:Place {id: id}) } OR EXISTS { MATCH (:Sector {id: id}) })
RETURN collect(id) AS missing`;

async function articleNodeIds(tx: ManagedTransaction, id: string): Promise<string[]> {
  const result = await tx.run(ARTICLE_NODE_IDS, { id });
  return (result.records[0]?.get('ids') as string[] | undefined) ?? [];
}

async function missingIds(tx: ManagedTransaction, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const result = await tx.run(MISSING_IDS, { ids: [...new Set(ids)] });
  return (result.records[0]?.get('missing') as string[] | undefined) ?? [];
}

/** Writes (or replaces, or leaves alone) one article; `evictedIds` are the ids the write removed. */
export async function writeArticle(db: Database, doc: PreparedDocument): Promise<LoadResult & { evictedIds: string[] }> {
  return db.write(async (tx) => {
    const before = await articleNodeIds(tx, doc.graph.article.id);
    const result = await writeDocument(tx, doc.graph, doc.hash);
    const evictedIds = result.status === 'replaced' ? await missingIds(tx, before) : [];
    return { ...result, evictedIds };
  });
}

export interface RemovedArticle {
  deleted: boolean;
  nodesDeleted: number;
  relationshipsDeleted: number;
  /** The ids of every node removed, the article first. */
  evictedIds: string[];
}

/** Removes an article and what only it supported, in one transaction. */
export async function removeArticle(db: Database, id: string): Promise<RemovedArticle> {
  return db.write(async (tx) => {
    const before = await articleNodeIds(tx, id);
    if (before.length === 0) return { deleted: false, nodesDeleted: 0, relationshipsDeleted: 0, evictedIds: [] };
    const result = await tx.run(DELETE_ARTICLE, { id });
    const updates = result.summary.counters.updates();
    return {
      deleted: true,
      nodesDeleted: updates.nodesDeleted,
      relationshipsDeleted: updates.relationshipsDeleted,
      evictedIds: await missingIds(tx, before),
    };
  });
}
