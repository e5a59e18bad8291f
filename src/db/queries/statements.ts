import { normalizeArabic } from '../../extract/normalize.ts';
import type { StatementKind } from '../../graph/document-graph.ts';
import type { Database } from '../driver.ts';
import type { ContradictionRecord, Page, StatementRecord } from '../records.ts';
import { luceneAllWords } from './search.ts';
import { nodeById, normalizedText, pageOf, statementProjection } from './shared.ts';

export interface StatementQuery {
  speaker?: string | null;
  about?: string | null;
  addressee?: string | null;
  kinds?: readonly StatementKind[] | null;
  direct?: boolean | null;
  article?: string | null;
  from?: string | null;
  to?: string | null;
  text?: string | null;
}

export type StatementOrder = 'NEWEST_FIRST' | 'OLDEST_FIRST';

const ORDERS: Record<StatementOrder, string> = {
  NEWEST_FIRST: 's.publishedAt DESC, s.articleId, s.start, s.id',
  OLDEST_FIRST: 's.publishedAt IS NULL, s.publishedAt, s.articleId, s.start, s.id',
};

const CONDITIONS = `
  ($speaker IS NULL OR EXISTS { MATCH (:Actor {id: $speaker})-[:SAID]->(s) })
  AND ($about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(t) WHERE t.id = $about })
  AND ($addressee IS NULL OR EXISTS { MATCH (s)-[:ADDRESSED_TO]->(:Actor {id: $addressee}) })
  AND ($kinds IS NULL OR s.kind IN $kinds)
  AND ($direct IS NULL OR s.direct = $direct)
  AND ($article IS NULL OR s.articleId = $article)
  AND ($from IS NULL OR (s.publishedAt IS NOT NULL AND substring(s.publishedAt, 0, size($from)) >= $from))
  AND ($to IS NULL OR (s.publishedAt IS NOT NULL AND substring(s.publishedAt, 0, size($to)) <= $to))`;

/**
 * Statements matching every given condition, one query. A `text` condition matches the
 * full-text index (stemmed Arabic) or, for words the analyzer drops, the normalized substring
 * (hamza/alef/ya/taa marbuta forms compare equal).
 */
export async function listStatements(
  db: Database, filter: StatementQuery, order: StatementOrder, offset: number, limit: number,
): Promise<Page<StatementRecord>> {
  const params = {
    speaker: filter.speaker ?? null,
    about: filter.about ?? null,
    addressee: filter.addressee ?? null,
    kinds: filter.kinds?.length ? [...filter.kinds] : null,
    direct: filter.direct ?? null,
    article: filter.article ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    text: filter.text?.trim() || null,
    lucene: filter.text ? luceneAllWords(filter.text) : null,
    normalizedText: filter.text ? normalizeArabic(filter.text.trim()) : null,
    offset,
    limit,
  };
  const result = await db.read((tx) => tx.run(
    `${params.text
      ? "CALL { CALL db.index.fulltext.queryNodes('statement_text', $lucene) YIELD node RETURN collect(node) AS textHits }"
      : 'WITH [] AS textHits'}
     ${anchor(params)}
     WITH s, textHits WHERE ${CONDITIONS}
       AND ($text IS NULL OR s IN textHits OR ${normalizedText('s.text')} CONTAINS $normalizedText)
     WITH DISTINCT s ORDER BY ${ORDERS[order]}
     WITH collect(s) AS matched
     RETURN size(matched) AS total, [s IN matched[$offset..($offset + $limit)] | ${statementProjection('s')}] AS items`,
    params));
  return pageOf<StatementRecord>(result.records, offset);
}

/**
 * Where the search for statements starts: the most selective id condition given, through the
 * id constraints' indexes, instead of every statement. All conditions filter after it; the
 * Cypher text is fixed per case, values stay parameters.
 */
function anchor(params: { speaker: string | null; article: string | null; addressee: string | null; about: string | null }): string {
  if (params.speaker) return 'MATCH (:Actor {id: $speaker})-[:SAID]->(s:Statement)';
  if (params.article) return 'MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: $article})';
  if (params.addressee) return 'MATCH (s:Statement)-[:ADDRESSED_TO]->(:Actor {id: $addressee})';
  if (params.about) return `CALL { ${nodeById('$about', ['Actor', 'Event', 'Sector', 'Place'])} } MATCH (s:Statement)-[:ABOUT]->(n)`;
  return 'MATCH (s:Statement)';
}

/** DENIES pairs, both sides, newest first; with `actor`, only pairs where it speaks on either side. */
export async function listContradictions(db: Database, actor: string | null, offset: number, limit: number): Promise<Page<ContradictionRecord>> {
  const result = await db.read((tx) => tx.run(
    `MATCH (d:Statement)-[:DENIES]->(t:Statement)
     WHERE $actor IS NULL
        OR EXISTS { MATCH (:Actor {id: $actor})-[:SAID]->(d) }
        OR EXISTS { MATCH (:Actor {id: $actor})-[:SAID]->(t) }
     WITH d, t ORDER BY d.publishedAt DESC, d.articleId, d.start, d.id, t.id
     WITH collect([d, t]) AS matched
     RETURN size(matched) AS total,
            [p IN matched[$offset..($offset + $limit)] |
               {denial: [x IN [p[0]] | ${statementProjection('x')}][0], denied: [y IN [p[1]] | ${statementProjection('y')}][0]}] AS items`,
    { actor, offset, limit }));
  return pageOf<ContradictionRecord>(result.records, offset);
}
