import {
  articleProjection,
  column,
  isString,
  keysetPageOf,
  keysetQuery,
  nodeRecordOf,
  PAGE_PLUS_ONE,
  pageOf,
  sectorProjection,
  type KeysetRequest,
} from './shared.ts';
import type { Database } from '../driver.ts';
import type { ArticleRecord, KeysetPage, Page, SectorRecord } from '../records.ts';

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

/** Sectors, most discussed (statements about them plus events affecting them) first. */
export async function listSectors(db: Database, offset: number, limit: number): Promise<Page<SectorRecord>> {
  const result = await db.read((tx) =>
    tx.run(
      `MATCH (sec:Sector)
     WITH sec, COUNT { (sec)<-[:ABOUT|AFFECTS]-() } AS weight
     ORDER BY weight DESC, sec.id
     WITH collect(sec) AS matched
     RETURN size(matched) AS total, [sec IN matched[$offset..($offset + $limit)] | ${sectorProjection('sec')}] AS items`,
      { offset, limit },
    ),
  );
  return pageOf(result.records, offset, nodeRecordOf('Sector'));
}
