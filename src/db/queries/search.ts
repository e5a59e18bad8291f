import { nameKeys, normalizeArabic } from '../../text/arabic.ts';
import type { Database } from '../driver.ts';
import type { SearchHitRecord } from '../records.ts';
import { nameNeedles } from './actors.ts';
import { actorProjection, column, eventProjection, isNumber, nodeRecordOf, oneOf, statementProjection } from './shared.ts';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A user's words as a Lucene query that means exactly those words: every operator character
 * escaped, and AND/OR/NOT lower-cased so they are words, not operators. '' when nothing is left.
 */
export function luceneQuery(text: string): string {
  return text
    .replace(LUCENE_SPECIAL, (c) => `\\${c}`)
    .replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase())
    .replace(/\s+/g, ' ')
    .trim();
}

/** A Lucene query requiring every word (for filters: "the text contains these words"). */
export function luceneAllWords(text: string): string {
  return luceneQuery(text).split(' ').filter(Boolean).map((word) => `+${word}`).join(' ');
}

export type SearchType = SearchHitRecord['type'];
const SEARCH_TYPES: readonly SearchType[] = ['STATEMENT', 'ACTOR', 'EVENT'];

/**
 * Full-text search over the three `arabic` indexes plus normalized matching (hamza/alef/ya
 * forms; clitics too for actor names) of actor names, statement texts and event labels, merged
 * by node (best score kept), best first. One query. The normalized matching is a CONTAINS on
 * trigram text indexes (nameText, searchText), each branch at most `limit` nodes, so a common
 * word costs a page, not every statement that contains it.
 */
export async function search(db: Database, query: string, types: readonly SearchType[], limit: number): Promise<SearchHitRecord[]> {
  const lucene = luceneQuery(query);
  const raw = query.trim();
  const keys = nameKeys(raw);
  const result = await db.read((tx) => tx.run(
    `CALL {
       CALL db.index.fulltext.queryNodes('statement_text', $lucene, {limit: toInteger($limit)}) YIELD node, score
       WHERE 'STATEMENT' IN $types AND $lucene <> ''
       RETURN node, score, 'STATEMENT' AS type
       UNION
       CALL db.index.fulltext.queryNodes('actor_names', $lucene, {limit: toInteger($limit)}) YIELD node, score
       WHERE 'ACTOR' IN $types AND $lucene <> ''
       RETURN node, score, 'ACTOR' AS type
       UNION
       CALL db.index.fulltext.queryNodes('event_labels', $lucene, {limit: toInteger($limit)}) YIELD node, score
       WHERE 'EVENT' IN $types AND $lucene <> ''
       RETURN node, score, 'EVENT' AS type
       UNION
       UNWIND (CASE WHEN 'ACTOR' IN $types THEN $needles ELSE [] END) AS needle
       MATCH (node:Actor) WHERE node.nameText CONTAINS needle
       WITH DISTINCT node LIMIT toInteger($limit)
       RETURN node, CASE WHEN any(k IN node.nameKeys WHERE k IN $keys) THEN 10.0 ELSE 5.0 END AS score, 'ACTOR' AS type
       UNION
       MATCH (node:Statement) WHERE 'STATEMENT' IN $types AND node.searchText CONTAINS $normalized
       WITH node LIMIT toInteger($limit)
       RETURN node, 1.0 AS score, 'STATEMENT' AS type
       UNION
       MATCH (node:Event) WHERE 'EVENT' IN $types AND node.searchText CONTAINS $normalized
       WITH node LIMIT toInteger($limit)
       RETURN node, 1.0 AS score, 'EVENT' AS type
     }
     WITH node, type, max(score) AS score
     ORDER BY score DESC, node.id
     LIMIT toInteger($limit)
     RETURN score, type, CASE type
       WHEN 'STATEMENT' THEN ${statementProjection('node')}
       WHEN 'ACTOR' THEN ${actorProjection('node')}
       ELSE ${eventProjection('node')} END AS node`,
    { lucene, keys, needles: nameNeedles(raw), normalized: normalizeArabic(raw), types: [...types], limit }));
  return result.records.map((r) => ({
    score: column(r, 'score', isNumber),
    type: column(r, 'type', oneOf(SEARCH_TYPES)),
    node: column(r, 'node', nodeRecordOf('Actor', 'Statement', 'Event')),
  }));
}
