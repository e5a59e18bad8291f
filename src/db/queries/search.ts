import { matchesRecord } from '../../graph/model.ts';
import { nameKeys, normalizeArabic } from '../../text/arabic.ts';
import { nameNeedles } from './actors.ts';
import {
  actorProjection,
  articleProjection,
  eventProjection,
  isMap,
  isNumber,
  keysetPageOf,
  nodeRecordOf,
  normalizedText,
  oneOf,
  placeProjection,
  sectorProjection,
  statementProjection,
  type Check,
  type KeysetRequest,
  type StatementField,
  type StatementLink,
} from './shared.ts';
import type { Database } from '../driver.ts';
import type { KeysetPage, SearchHitRecord } from '../records.ts';

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
  return luceneQuery(text)
    .split(' ')
    .filter(Boolean)
    .map((word) => `+${word}`)
    .join(' ');
}

export type SearchType = SearchHitRecord['type'];
const SEARCH_TYPES: readonly SearchType[] = ['STATEMENT', 'ACTOR', 'EVENT', 'PLACE', 'SECTOR', 'ARTICLE'];

/**
 * Candidates per kind of match: search ranks this many nodes per index and pages through
 * them, so a common word costs a bounded read, not every statement that contains it.
 */
export const SEARCH_CANDIDATES = 200;

const IS_HIT_NODE = nodeRecordOf('Statement', 'Actor', 'Event', 'Place', 'Sector', 'Article');
/**
 * A hit as the query projected it: a statement of a lean projection has exactly `fields` of its
 * own properties (the ones the selection reads), so only those are checked.
 */
const isHit =
  (fields: readonly StatementField[] | undefined): Check<SearchHitRecord> =>
  (v): v is SearchHitRecord => {
    if (!isMap<SearchHitRecord>('score', 'type', 'node')(v) || !isNumber(v.score) || !oneOf(SEARCH_TYPES)(v.type)) return false;
    const node = v.node as unknown;
    if (fields && isMap<{ nodeType: unknown }>('nodeType')(node) && node.nodeType === 'Statement')
      return matchesRecord('Statement', node, fields);
    return IS_HIT_NODE(node);
  };

/** Width of the zero-padded numbers in a search cursor key. */
const KEY_WIDTH = 9;
const KEY_MAX = 10 ** KEY_WIDTH - 1;
/** Lucene scores are floats: kept to this many thousandths in the key. */
const SCORE_SCALE = 1000;
const descending = (expr: string) => `right('${'0'.repeat(KEY_WIDTH)}' + toString(${KEY_MAX} - toInteger(${expr})), ${KEY_WIDTH})`;

/*
 * Match quality, best first: 4 the whole name (or title, label) after normalization, 3 a whole
 * alias, 2 one of an actor's name keys (the name after clitics: وبوتين → بوتين), 1 any other
 * match (words of a text, part of a name). Then prominence: how much an actor said, how
 * connected any other node is. Only the tiers of the types searched are in the query (a
 * statement has no name to match whole: a statements-only search ranks by relevance alone).
 */
const exact = (field: string) => `${normalizedText(field)} = $normalized`;
const TIERS: Partial<Record<SearchType, string[]>> = {
  ACTOR: [
    `WHEN type = 'ACTOR' AND (${exact('node.name')} OR ${exact('node.nameAr')} OR toLower(node.nameEn) = $lower) THEN 4`,
    `WHEN type = 'ACTOR' AND any(a IN coalesce(node.aliases, []) WHERE ${exact('a')}) THEN 3`,
    `WHEN type = 'ACTOR' AND any(k IN coalesce(node.nameKeys, []) WHERE k IN $keys) THEN 2`,
  ],
  PLACE: [`WHEN type = 'PLACE' AND (${exact('node.name')} OR toLower(node.nameEn) = $lower) THEN 4`],
  SECTOR: [`WHEN type = 'SECTOR' AND (${exact('node.name')} OR toLower(node.nameEn) = $lower) THEN 4`],
  ARTICLE: [`WHEN type = 'ARTICLE' AND ${exact('node.title')} THEN 4`],
  EVENT: [`WHEN type = 'EVENT' AND ${exact('node.label')} THEN 4`],
};
const tierOf = (types: readonly SearchType[]) => {
  const whens = SEARCH_TYPES.filter((t) => types.includes(t)).flatMap((t) => TIERS[t] ?? []);
  return whens.length ? `CASE\n  ${whens.join('\n  ')}\n  ELSE 1 END` : '1';
};
const prominenceOf = (types: readonly SearchType[]) => {
  const degree = 'COUNT { (node)--() }';
  if (!types.includes('ACTOR')) return degree;
  return types.length === 1
    ? 'coalesce(node.statementCount, 0)'
    : `CASE WHEN type = 'ACTOR' THEN coalesce(node.statementCount, 0) ELSE ${degree} END`;
};

const fulltext = (index: string, type: SearchType) => `
  CALL db.index.fulltext.queryNodes('${index}', $lucene, {limit: ${SEARCH_CANDIDATES}}) YIELD node, score
  WHERE $lucene <> ''
  RETURN node, score, '${type}' AS type`;

/** Substring matches on the normalized texts (text indexes), for the types that have them. */
const CONTAINS: Partial<Record<SearchType, string>> = {
  ACTOR: `
  UNWIND $needles AS needle
  MATCH (node:Actor) WHERE node.nameText CONTAINS needle
  WITH DISTINCT node LIMIT ${SEARCH_CANDIDATES}
  RETURN node, 1.0 AS score, 'ACTOR' AS type`,
  STATEMENT: `
  MATCH (node:Statement) WHERE node.searchText CONTAINS $normalized
  WITH node LIMIT ${SEARCH_CANDIDATES}
  RETURN node, 1.0 AS score, 'STATEMENT' AS type`,
  EVENT: `
  MATCH (node:Event) WHERE node.searchText CONTAINS $normalized
  WITH node LIMIT ${SEARCH_CANDIDATES}
  RETURN node, 1.0 AS score, 'EVENT' AS type`,
};

const FULLTEXT_INDEXES: Record<SearchType, string> = {
  STATEMENT: 'statement_text',
  ACTOR: 'actor_names',
  EVENT: 'event_labels',
  PLACE: 'place_names',
  SECTOR: 'sector_names',
  ARTICLE: 'article_titles',
};

/*
 * The candidates of the requested types only: an index of a type not asked for is not queried
 * at all (a filter after the procedure call would still run its Lucene query). One query text
 * per set of types, each planned once.
 */
const candidates = (types: readonly SearchType[]) =>
  SEARCH_TYPES.filter((t) => types.includes(t))
    .flatMap((t) => [fulltext(FULLTEXT_INDEXES[t], t), ...(CONTAINS[t] ? [CONTAINS[t]] : [])])
    .join('\n  UNION');

/**
 * Each hit of a page, projected by its type; a statement with exactly the `links` selected on it.
 * Only the projections of the types searched are in the query: a shorter text goes to Neo4j in
 * fewer Bolt chunks (a statements-only search fits one).
 */
const hitRows = (types: readonly SearchType[], links: readonly StatementLink[], fields: readonly StatementField[] | undefined) => {
  const projections: Record<SearchType, () => string> = {
    STATEMENT: () => statementProjection('n', links, fields),
    ACTOR: () => actorProjection('n'),
    EVENT: () => eventProjection('n'),
    PLACE: () => placeProjection('n'),
    SECTOR: () => sectorProjection('n'),
    ARTICLE: () => articleProjection('n'),
  };
  const searched = SEARCH_TYPES.filter((t) => types.includes(t));
  const projection =
    searched.length === 1
      ? projections[searched[0]!]()
      : `CASE h.type\n    ${searched.map((t) => `WHEN '${t}' THEN ${projections[t]()}`).join('\n    ')} END`;
  return `CALL (page) {
  // Projections bind their node to a variable (patterns inside them need one).
  UNWIND page AS h
  WITH h, h.node AS n
  RETURN collect({key: h.key, node: {score: h.score, type: h.type, node: ${projection}}}) AS rows
}`;
};

/*
 * A hit's cursor key: match quality, relevance in thousandths and prominence, each as a
 * fixed-width complement so that the string sorts best first, then the node's id. Its order is
 * the numeric order of SEARCH_ORDER, so a page is sorted on the numbers and only the hits of
 * the page get a key string (building it for every candidate cost more than the sort).
 */
const searchKey = `toString(9 - tier) + ' ' + ${descending('rank')} + ' ' + ${descending('prominence')} + ' ' + node.id`;
const SEARCH_ORDER = 'tier DESC, rank DESC, prominence DESC, node.id';
/** The parts of a key searchKey built: its two complements are exactly KEY_WIDTH digits. */
const KEY_PARTS = new RegExp(`^(\\d) (\\d{${KEY_WIDTH}}) (\\d{${KEY_WIDTH}}) (.*)$`, 's');

/**
 * Where the page starts: the first page; after a key of searchKey's shape, by comparing its
 * numbers (the same order as the strings); after any other cursor text, by the key string
 * itself (built for every candidate then, as the string comparison needs it).
 */
type SearchAfter = { kind: 'first' } | { kind: 'parts'; tier: number; rank: number; prominence: number; id: string } | { kind: 'text' };

export function searchAfterOf(after: string): SearchAfter {
  if (after === '') return { kind: 'first' };
  const parts = KEY_PARTS.exec(after);
  if (!parts) return { kind: 'text' };
  return {
    kind: 'parts',
    tier: 9 - Number(parts[1]),
    rank: KEY_MAX - Number(parts[2]),
    prominence: KEY_MAX - Number(parts[3]),
    id: parts[4]!,
  };
}

const AFTER_FILTER: Record<SearchAfter['kind'], string> = {
  first: '',
  parts: `WHERE tier < $afterTier OR (tier = $afterTier AND (rank < $afterRank OR (rank = $afterRank AND (
  prominence < $afterProminence OR (prominence = $afterProminence AND node.id > $afterId)))))`,
  text: `WHERE ${searchKey} > $after`,
};

/** The page after the cursor from rows of node, type, score, tier, rank, prominence: a top-k, keyed. */
const pageOf = (after: SearchAfter['kind'], clause: 'WITH' | 'RETURN') => `${AFTER_FILTER[after]}
WITH node, type, score, tier, rank, prominence ORDER BY ${SEARCH_ORDER} LIMIT toInteger($limit) + 1
${clause} collect({key: ${searchKey}, node: node, type: type, score: score}) AS page`;

/*
 * The candidates merged by node and ranked. The page is a top-k sort of those after the cursor;
 * with totalCount the candidates are collected first (the count is how many there are) and the
 * page is taken from that list.
 */
const searchQuery = (
  types: readonly SearchType[],
  links: readonly StatementLink[],
  fields: readonly StatementField[] | undefined,
  withCount: boolean,
  after: SearchAfter['kind'],
) => `
CALL {
  ${candidates(types)}
}
WITH node, type, max(score) AS score
WITH node, type, score, ${tierOf(types)} AS tier, toInteger(score * ${SCORE_SCALE}) AS rank, ${prominenceOf(types)} AS prominence
${
  withCount
    ? `WITH collect({node: node, type: type, score: score, tier: tier, rank: rank, prominence: prominence}) AS hits
CALL (hits) {
  UNWIND hits AS h
  WITH h.node AS node, h.type AS type, h.score AS score, h.tier AS tier, h.rank AS rank, h.prominence AS prominence
  ${pageOf(after, 'RETURN')}
}`
    : pageOf(after, 'WITH')
}
${hitRows(types, links, fields)}
RETURN ${withCount ? 'size(hits) AS total, ' : ''}rows`;

/**
 * Full-text search (the `arabic` indexes) plus normalized matching (hamza/alef/ya forms;
 * clitics too for actor names) over statements, actors, events, places, sectors and article
 * titles, merged by node, ranked by match quality, then relevance, then prominence. One query;
 * each kind of match contributes at most SEARCH_CANDIDATES nodes, and totalCount (counted only
 * when `request.withCount`) counts those.
 * A statement hit comes with exactly the `links` selected on it (statementProjection), and with
 * `fields`, only those of its own properties (a lean record: the caller's selection reads no other).
 */
export async function search(
  db: Database,
  query: string,
  types: readonly SearchType[],
  request: KeysetRequest,
  links: readonly StatementLink[] = [],
  fields?: readonly StatementField[],
): Promise<KeysetPage<SearchHitRecord>> {
  const raw = query.trim();
  if (!types.some((t) => SEARCH_TYPES.includes(t))) return { items: [], keys: [], hasMore: false, totalCount: 0 };
  const after = searchAfterOf(request.after);
  const result = await db.read((tx) =>
    tx.run(searchQuery(types, links, fields, request.withCount, after.kind), {
      lucene: luceneQuery(query),
      keys: nameKeys(raw),
      needles: nameNeedles(raw),
      normalized: normalizeArabic(raw),
      lower: raw.toLowerCase(),
      after: request.after,
      afterTier: after.kind === 'parts' ? after.tier : null,
      afterRank: after.kind === 'parts' ? after.rank : null,
      afterProminence: after.kind === 'parts' ? after.prominence : null,
      afterId: after.kind === 'parts' ? after.id : null,
      limit: request.limit,
    }),
  );
  return keysetPageOf(result.records, request, isHit(fields));
}
