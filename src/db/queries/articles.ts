import { descendingCount } from './keys.ts';
import {
  articleProjection,
  column,
  isString,
  keysetPageOf,
  keysetQuery,
  nodeRecordOf,
  PAGE_PLUS_ONE,
  sectorProjection,
  type KeysetRequest,
} from './shared.ts';
import type { Database } from '../driver.ts';
import type { ArticleRecord, KeysetPage, SectorRecord } from '../records.ts';

/** Ids of the articles already in the database among `ids` (for seeding only what is missing). */
export async function existingArticleIds(db: Database, ids: readonly string[]): Promise<Set<string>> {
  const result = await db.read((tx) => tx.run('MATCH (art:Article) WHERE art.id IN $ids RETURN art.id AS id', { ids }));
  return new Set(result.records.map((r) => column(r, 'id', isString)));
}

export async function neo4jVersion(db: Database): Promise<string | null> {
  const result = await db.read((tx) => tx.run('CALL dbms.components() YIELD versions RETURN versions[0] AS version'));
  return result.records[0] ? column(result.records[0], 'version', isString) : null;
}

/** Articles, newest first (undated last): the maintained listKey (keys.ts), one page after `request.after`. */
export async function listArticles(db: Database, request: KeysetRequest): Promise<KeysetPage<ArticleRecord>> {
  const page = `MATCH (art:Article) WHERE art.listKey > $after
       WITH art ORDER BY art.listKey LIMIT ${PAGE_PLUS_ONE}
       RETURN collect({key: art.listKey, node: ${articleProjection('art')}}) AS rows`;
  const result = await db.read((tx) =>
    tx.run(keysetQuery(page, request.withCount ? 'MATCH (art:Article) RETURN count(art) AS total' : null), {
      after: request.after,
      limit: request.limit,
    }),
  );
  return keysetPageOf(result.records, request, nodeRecordOf('Article'));
}

/**
 * Sectors, most discussed (statements about them plus events affecting them) first, then by id.
 * The weight is counted at read time (sectors are a fixed gazetteer of tens of nodes, each
 * weight a degree read from the node), so a cursor holds the last sector's weight and id as a
 * key (`descendingCount(weight) id`, the format of the maintained rank keys) and the next page
 * continues strictly after it: a sector whose weight an ingest changes may move, the others
 * are neither skipped nor repeated.
 */
export async function listSectors(db: Database, request: KeysetRequest): Promise<KeysetPage<SectorRecord>> {
  const page = `MATCH (sec:Sector)
       WITH sec, ${descendingCount('COUNT { (sec)<-[:ABOUT|AFFECTS]-() }')} + ' ' + sec.id AS key
       WHERE key > $after
       WITH sec, key ORDER BY key LIMIT ${PAGE_PLUS_ONE}
       RETURN collect({key: key, node: ${sectorProjection('sec')}}) AS rows`;
  const result = await db.read((tx) =>
    tx.run(keysetQuery(page, request.withCount ? 'MATCH (sec:Sector) RETURN count(sec) AS total' : null), {
      after: request.after,
      limit: request.limit,
    }),
  );
  return keysetPageOf(result.records, request, nodeRecordOf('Sector'));
}
