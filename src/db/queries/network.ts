import { int, type Record as Neo4jRecord } from 'neo4j-driver';
import { ALL_PERIODS, PERIOD_LENGTH, periodLabel, RELATIONSHIPS, shownRelationshipProperties } from '../../graph/model.ts';
import { normalizeArabic } from '../../text/arabic.ts';
import { STANCE_KIND_PREFIX } from './keys.ts';
import { luceneAllWords } from './search.ts';
import {
  actorProjection,
  anyProjection,
  column,
  isBoolean,
  isMap,
  isNodeRecord,
  isNumber,
  isString,
  keysetPageOf,
  listOf,
  nodeById,
  nodeRecordOf,
  groupBy,
  PAGE_PLUS_ONE,
  statementProjection,
  type StatementLink,
  dateUpperBound,
  DATE_UPPER_SUFFIX,
} from './shared.ts';
import type { StatementKind } from '../../graph/document-graph.ts';
import type { Database } from '../driver.ts';
import type { ActorRecord, KeysetPage, KindCountRecord, NodeRecord, StatementRecord } from '../records.ts';

/*
 * Graph-tool queries: the actor network built from statements, and shortest paths. Each is one
 * Cypher round trip whose text is fixed per case (which filters are given), values stay
 * parameters.
 */

export type CooccurrenceScope = 'NONE' | 'STATEMENT' | 'ARTICLE';

export interface ActorNetworkQuery {
  kinds?: readonly StatementKind[] | null;
  from?: string | null;
  to?: string | null;
  article?: string | null;
  text?: string | null;
  minWeight: number;
  limit: number;
  cooccurrence: CooccurrenceScope;
}

/** A node of an actor network; `actor` (and an edge's end actors) only when read (ActorNetworkFields). */
export interface ActorNetworkNodeRecord {
  id: string;
  actor: ActorRecord | null;
  said: number;
  received: number;
  weight: number;
}

export interface ActorNetworkEdgeRecord {
  id: string;
  source: string;
  target: string;
  sourceActor: ActorRecord | null;
  targetActor: ActorRecord | null;
  weight: number;
  about: number;
  addressedTo: number;
  kinds: KindCountRecord[];
  firstDate: string | null;
  lastDate: string | null;
}

export interface CooccurrenceEdgeRecord {
  id: string;
  source: string;
  target: string;
  weight: number;
  scope: Exclude<CooccurrenceScope, 'NONE'>;
}

export interface ActorNetworkRecord {
  nodes: ActorNetworkNodeRecord[];
  edges: ActorNetworkEdgeRecord[];
  cooccurrences: CooccurrenceEdgeRecord[];
  statementCount: number;
  truncated: boolean;
}

/**
 * Where the network's statements come from: the most selective condition given, through an
 * index (article id, publication date range, statement kind), and only without any of them
 * every statement. The other conditions filter afterwards.
 */
function statementSource(q: { article: string | null; from: string | null; toUpper: string | null; kinds: string[] | null }): string {
  if (q.article) return 'MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: $article})';
  if (q.from && q.toUpper) {
    return 'MATCH (s:Statement) USING INDEX s:Statement(publishedAt) WHERE s.publishedAt >= $from AND s.publishedAt <= $toUpper';
  }
  if (q.from) return 'MATCH (s:Statement) USING INDEX s:Statement(publishedAt) WHERE s.publishedAt >= $from';
  if (q.toUpper) return 'MATCH (s:Statement) USING INDEX s:Statement(publishedAt) WHERE s.publishedAt <= $toUpper';
  if (q.kinds) return 'MATCH (s:Statement) USING INDEX s:Statement(kind) WHERE s.kind IN $kinds';
  return 'MATCH (s:Statement)';
}

const STATEMENT_CONDITIONS = `
  ($kinds IS NULL OR s.kind IN $kinds)
  AND ($article IS NULL OR s.articleId = $article)
  AND ($from IS NULL OR s.publishedAt >= $from)
  AND ($toUpper IS NULL OR s.publishedAt <= $toUpper)
  AND ($text IS NULL OR s IN textHits OR s.searchText CONTAINS $normalizedText)`;

/** Unordered pairs of the list `xs` (of actor ids), smaller id first, as rows `pair`. */
const PAIRS = (xs: string) => `
  UNWIND range(0, size(${xs}) - 2) AS i
  UNWIND range(i + 1, size(${xs}) - 1) AS j
  WITH CASE WHEN ${xs}[i] < ${xs}[j] THEN [${xs}[i], ${xs}[j]] ELSE [${xs}[j], ${xs}[i]] END AS pair`;

const COOCCURRENCE: Record<CooccurrenceScope, string> = {
  NONE: 'RETURN [] AS cooccurrences',
  // The statement's speaker and its actor targets, those kept, taken two by two.
  STATEMENT: `
    UNWIND rows AS row
    WITH row, [a IN [row.sp] + [x IN row.targets | x.t] WHERE a IN keptIds] AS named
    ${PAIRS('named')}
    WITH pair[0] AS a, pair[1] AS b, count(*) AS weight WHERE weight >= $minWeight
    ORDER BY weight DESC, a, b
    RETURN collect({id: 'STATEMENT:' + a + '--' + b, source: a, target: b, weight: weight, scope: 'STATEMENT'}) AS cooccurrences`,
  // Actors the articles of matching statements mention, those kept, taken two by two per article
  // (one row per article and pair: `named` is distinct).
  ARTICLE: `
    UNWIND rows AS row
    WITH DISTINCT row.s.articleId AS articleId, keptIds
    MATCH (art:Article {id: articleId})-[:MENTIONS]->(a:Actor) WHERE a.id IN keptIds
    WITH art, collect(DISTINCT a.id) AS named
    ${PAIRS('named')}
    WITH pair[0] AS a, pair[1] AS b, count(*) AS weight WHERE weight >= $minWeight
    ORDER BY weight DESC, a, b
    RETURN collect({id: 'ARTICLE:' + a + '--' + b, source: a, target: b, weight: weight, scope: 'ARTICLE'}) AS cooccurrences`,
};

/**
 * The parts of a network a query reads, from the GraphQL selection: the kept actors' records
 * (`nodes.actor`, `edges.sourceActor`, `edges.targetActor`), and what an edge needs of its
 * statements beyond their count (`kinds`, `firstDate`, `lastDate`).
 */
export interface ActorNetworkFields {
  actors: boolean;
  edgeStatements: boolean;
}

/**
 * The actor network of the statements matching `query`, in one query: every matching
 * statement with its speaker and actor targets (ABOUT or ADDRESSED_TO, the speaker itself left
 * out); the actors ranked by statements said plus received, the `limit` heaviest kept; the
 * speaker → target edges among them with at least `minWeight` statements; co-occurrence
 * edges on request.
 */
export async function actorNetwork(
  db: Database,
  query: ActorNetworkQuery,
  fields: ActorNetworkFields = { actors: true, edgeStatements: true },
): Promise<ActorNetworkRecord> {
  const periods = periodRange(query);
  if (periods) return periodActorNetwork(db, query, periods, fields);
  return statementActorNetwork(db, query, fields);
}

/** A date prefix a range of period keys can stand for: a year or a month (PartialDate has checked its digits). */
const PERIOD_PREFIX = /^\d{4}(-\d{2})?$/;

/**
 * Which stored periods a network's statements are, when they are exactly some (see the graph
 * model's PERIOD_LENGTH): no condition but dates, each bound a year or a month, and no
 * co-occurrence edges (those need the statements). `single` is the one period the range is
 * (all time, or one month), whose heaviest actors are one range of the (period, rankKey) index.
 */
export function periodRange(
  query: Pick<ActorNetworkQuery, 'kinds' | 'article' | 'text' | 'from' | 'to' | 'cooccurrence'>,
): { single: string | null; from: string; toUpper: string } | null {
  if (query.kinds?.length || query.article || query.text?.trim() || query.cooccurrence !== 'NONE') return null;
  const from = query.from ?? null;
  const to = query.to ?? null;
  if ((from !== null && !PERIOD_PREFIX.test(from)) || (to !== null && !PERIOD_PREFIX.test(to))) return null;
  if (from === null && to === null) return { single: ALL_PERIODS, from: '', toUpper: '' };
  const single = from !== null && from === to && from.length === PERIOD_LENGTH ? from : null;
  return { single, from: from ?? '', toUpper: dateUpperBound(to) ?? DATE_UPPER_SUFFIX };
}

/*
 * The network from the per-period rows the loader keeps (the graph model's PERIOD_ACTIVITY and
 * PERIOD_PAIR), the same answer as from the statements: for one period its `limit + 1` heaviest
 * actors read in index order, for several the periods' rows summed per actor; then the pairs
 * out of each kept actor in the range (the (sourceId, period) index). The statements are
 * counted from the count store (all time: every statement has its speaker; one month: its
 * period label) or summed from the rows read.
 */
async function periodActorNetwork(
  db: Database,
  query: ActorNetworkQuery,
  periods: { single: string | null; from: string; toUpper: string },
  fields: ActorNetworkFields,
): Promise<ActorNetworkRecord> {
  const { single } = periods;
  const ranked =
    single !== null
      ? `CALL () {
           MATCH ()-[r:PERIOD_ACTIVITY]->() USING INDEX r:PERIOD_ACTIVITY(period, rankKey)
           WHERE r.period = $period AND r.rankKey > ''
           WITH r ORDER BY r.period, r.rankKey LIMIT $limitPlusOne
           RETURN collect({a: r.actorId, said: r.said, weight: r.weight}) AS ranked
         }
         CALL () { ${single === ALL_PERIODS ? 'MATCH (s:Statement)' : `MATCH (s:\`${periodLabel(single)}\`)`} RETURN count(s) AS statementCount }
         WITH ranked[0..$limit] AS kept, size(ranked) > $limit AS truncated, statementCount`
      : `CALL () {
           MATCH ()-[r:PERIOD_ACTIVITY]->() USING INDEX r:PERIOD_ACTIVITY(period, rankKey)
           WHERE r.period >= $from AND r.period <= $toUpper AND r.period <> '${ALL_PERIODS}' AND r.rankKey > ''
           WITH r.actorId AS a, sum(r.said) AS said, sum(r.weight) AS weight
           ORDER BY weight DESC, a
           RETURN collect({a: a, said: said, weight: weight}) AS ranked, sum(said) AS statementCount
         }
         WITH ranked[0..$limit] AS kept, size(ranked) > $limit AS truncated, statementCount`;
  const inRange = single !== null ? 'e.period = $period' : `e.period >= $from AND e.period <= $toUpper AND e.period <> '${ALL_PERIODS}'`;
  const result = await db.read((tx) =>
    tx.run(
      `${ranked}
       WITH kept, truncated, statementCount, [k IN kept | k.a] AS keptIds
       CALL (keptIds) {
         UNWIND keptIds AS source
         MATCH ()-[e:PERIOD_PAIR]->() USING INDEX e:PERIOD_PAIR(sourceId, period)
         WHERE e.sourceId = source AND ${inRange} AND e.targetId IN keptIds
         WITH source, e.targetId AS target, sum(e.count) AS weight, sum(e.about) AS about, sum(e.addressedTo) AS addressedTo,
              ${
                fields.edgeStatements
                  ? `collect([k IN keys(e) WHERE k STARTS WITH '${STANCE_KIND_PREFIX}' | {kind: substring(k, ${STANCE_KIND_PREFIX.length}), count: e[k]}]) AS kinds,
              min(e.firstDate) AS firstDate, max(e.lastDate) AS lastDate`
                  : '[] AS kinds, null AS firstDate, null AS lastDate'
              }
         WHERE weight >= $minWeight
         ORDER BY weight DESC, source, target
         RETURN collect({source: source, target: target, weight: weight, about: about, addressedTo: addressedTo,
                         firstDate: firstDate, lastDate: lastDate, kinds: kinds}) AS edges
       }
       ${keptActorNodes(fields.actors)},
              edges, statementCount, truncated`,
      {
        period: single ?? '',
        from: periods.from,
        toUpper: periods.toUpper,
        limit: query.limit,
        // LIMIT takes an integer, and a JavaScript number reaches Neo4j as a float.
        limitPlusOne: int(query.limit + 1),
        minWeight: query.minWeight,
      },
    ),
  );
  const record = result.records[0];
  if (!record) return { nodes: [], edges: [], cooccurrences: [], statementCount: 0, truncated: false };
  type RawEdge = Omit<ActorNetworkEdgeRecord, 'id' | 'sourceActor' | 'targetActor' | 'kinds'> & { kinds: KindCountRecord[][] };
  return networkRecord(
    record,
    column(record, 'edges', listOf(isMap<RawEdge>('source', 'target', 'weight', 'kinds'))).map((e) => ({ ...e, kinds: sumKinds(e.kinds) })),
    [],
  );
}

/** The kind counts of one edge's periods, summed per kind. */
function sumKinds(perPeriod: readonly (readonly KindCountRecord[])[]): KindCountRecord[] {
  const sums = new Map<StatementKind, number>();
  for (const kinds of perPeriod) for (const { kind, count } of kinds) sums.set(kind, (sums.get(kind) ?? 0) + count);
  return [...sums].map(([kind, count]) => ({ kind, count }));
}

type NetworkEdge = Omit<ActorNetworkEdgeRecord, 'id' | 'sourceActor' | 'targetActor'>;

/** A network's record from its query's row: the nodes, and the edges with their ids and actors. */
function networkRecord(record: Neo4jRecord, rawEdges: NetworkEdge[], cooccurrences: CooccurrenceEdgeRecord[]): ActorNetworkRecord {
  const nodes = column(record, 'nodes', listOf(isMap<ActorNetworkNodeRecord>('id', 'actor', 'said', 'received', 'weight')));
  const actors = new Map(nodes.map((n) => [n.id, n.actor]));
  const edges = rawEdges.map((e) => ({
    ...e,
    id: `${e.source}->${e.target}`,
    // Both ends are kept nodes (the query keeps only such edges), so their records are at hand when read.
    sourceActor: actors.get(e.source) ?? null,
    targetActor: actors.get(e.target) ?? null,
    kinds: e.kinds.sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
  }));
  return {
    nodes,
    edges,
    cooccurrences,
    statementCount: column(record, 'statementCount', isNumber),
    truncated: column(record, 'truncated', isBoolean),
  };
}

/** The network from the matching statements themselves (any filter). */
export async function statementActorNetwork(
  db: Database,
  query: ActorNetworkQuery,
  fields: ActorNetworkFields,
): Promise<ActorNetworkRecord> {
  const text = query.text?.trim() || null;
  const params = {
    kinds: query.kinds?.length ? [...query.kinds] : null,
    from: query.from ?? null,
    toUpper: dateUpperBound(query.to),
    article: query.article ?? null,
    text,
    lucene: text ? luceneAllWords(text) : null,
    normalizedText: text ? normalizeArabic(text) : null,
    minWeight: query.minWeight,
    limit: query.limit,
  };
  const result = await db.read((tx) =>
    tx.run(
      `${
        text
          ? "CALL { CALL db.index.fulltext.queryNodes('statement_text', $lucene) YIELD node RETURN collect(node) AS textHits }"
          : 'WITH [] AS textHits'
      }
     ${statementSource(params)}
     WITH s, textHits WHERE ${STATEMENT_CONDITIONS} AND s.speakerId IS NOT NULL
     // Speakers and targets by id: the statement's denormalized speakerId, aboutActorIds and
     // addresseeIds instead of its SAID, ABOUT and ADDRESSED_TO edges, so ranking and edges read
     // three properties per statement and no relationship or actor node (only the kept actors
     // are read, when selected).
     WITH s, s.speakerId AS sp, coalesce(s.aboutActorIds, []) AS about, coalesce(s.addresseeIds, []) AS addressed
     WITH s, sp, [t IN about + [a IN addressed WHERE NOT a IN about] WHERE t <> sp |
                  {t: t, about: t IN about, addressed: t IN addressed}] AS targets
     WITH collect({s: s, sp: sp, targets: targets}) AS rows
     CALL (rows) {
       UNWIND rows AS row
       UNWIND [{a: row.sp, said: 1}] + [x IN row.targets | {a: x.t, said: 0}] AS involved
       WITH involved.a AS a, sum(involved.said) AS said, count(*) AS weight
       ORDER BY weight DESC, a
       WITH collect({a: a, said: said, weight: weight}) AS ranked
       RETURN ranked[0..$limit] AS kept, size(ranked) AS found
     }
     WITH rows, kept, found, [k IN kept | k.a] AS keptIds
     CALL (rows, keptIds) {
       UNWIND rows AS row
       WITH row WHERE row.sp IN keptIds
       UNWIND row.targets AS x
       WITH row, x WHERE x.t IN keptIds
       WITH row.sp AS source, x.t AS target, count(*) AS weight,
            sum(CASE WHEN x.about THEN 1 ELSE 0 END) AS about,
            sum(CASE WHEN x.addressed THEN 1 ELSE 0 END) AS addressedTo,
            ${
              fields.edgeStatements
                ? 'collect(row.s.kind) AS kinds, min(row.s.publishedAt) AS firstDate, max(row.s.publishedAt) AS lastDate'
                : '[] AS kinds, null AS firstDate, null AS lastDate'
            }
       WHERE weight >= $minWeight
       ORDER BY weight DESC, source, target
       RETURN collect({
         source: source, target: target, weight: weight, about: about, addressedTo: addressedTo,
         firstDate: firstDate, lastDate: lastDate,
         kinds: [k IN reduce(acc = [], k IN kinds | CASE WHEN k IN acc THEN acc ELSE acc + k END) |
                 {kind: k, count: size([y IN kinds WHERE y = k])}]
       }) AS edges
     }
     CALL (rows, keptIds) {
       ${COOCCURRENCE[query.cooccurrence]}
     }
     ${keptActorNodes(fields.actors)},
            edges, cooccurrences, size(rows) AS statementCount, found > size(kept) AS truncated`,
      params,
    ),
  );
  const record = result.records[0];
  if (!record) return { nodes: [], edges: [], cooccurrences: [], statementCount: 0, truncated: false };
  return networkRecord(
    record,
    column(record, 'edges', listOf(isMap<NetworkEdge>('source', 'target', 'weight'))),
    column(record, 'cooccurrences', listOf(isMap<CooccurrenceEdgeRecord>('id', 'source', 'target', 'weight', 'scope'))),
  );
}

export interface PathRelationshipRecord {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface PathRecord {
  length: number;
  nodes: NodeRecord[];
  relationships: PathRelationshipRecord[];
}

/**
 * The kept actors (`kept`: rows of {a: id, said, weight}) as the network's nodes, with their
 * actor records when the selection asks for them: one lookup for the page, not one per node.
 */
const keptActorNodes = (withActors: boolean) => `CALL (kept) {
       ${withActors ? `UNWIND kept AS k MATCH (a:Actor {id: k.a}) RETURN collect(${actorProjection('a')}) AS actors` : 'RETURN [] AS actors'}
     }
     RETURN [k IN kept | {id: k.a, actor: head([a IN actors WHERE a.id = k.a]),
                          said: k.said, received: k.weight - k.said, weight: k.weight}] AS nodes`;

/*
 * Variable-length bounds cannot be parameters in Cypher, so each allowed `maxHops` has its
 * fixed pattern text, chosen by a validated integer.
 */
export const MAX_PATH_HOPS = 8;
/* Every type but the per-period rows, which repeat the STANCE edges once per month. */
const PATH_TYPES = RELATIONSHIPS.filter((r) => !r.perPeriod)
  .map((r) => r.type)
  .join('|');
const SHORTEST_PATTERNS: readonly string[] = Array.from({ length: MAX_PATH_HOPS + 1 }, (_, hops) => `-[:${PATH_TYPES}*..${hops}]-`);

/**
 * One shortest path (fewest relationships, any type, either direction) from `from` to `to`,
 * at most `maxHops` long; null when either id is unknown or there is no such path. Neo4j's
 * bidirectional breadth-first search expands from both ends, so the cost follows the two
 * neighbourhoods, not the size of the graph.
 */
export async function shortestPath(db: Database, from: string, to: string, maxHops: number): Promise<PathRecord | null> {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new RangeError(`maxHops must be 1..${MAX_PATH_HOPS}`);
  const result = await db.read((tx) =>
    tx.run(
      `CALL { ${nodeById('$from')} }
     WITH n AS a
     CALL { ${nodeById('$to')} }
     WITH a, n AS b
     CALL (a, b) {
       // shortestPath refuses a path from a node to itself: that path is the node alone.
       WITH a, b WHERE a <> b
       MATCH p = shortestPath((a)${SHORTEST_PATTERNS[maxHops]}(b))
       RETURN collect(p)[0] AS p
     }
     WITH a, b, p WHERE a = b OR p IS NOT NULL
     WITH CASE WHEN a = b THEN [a] ELSE nodes(p) END AS walked, CASE WHEN a = b THEN [] ELSE relationships(p) END AS rels
     RETURN size(rels) AS length,
            [n IN walked | ${anyProjection('n')}] AS nodes,
            [r IN rels | {id: type(r) + ':' + startNode(r).id + '->' + endNode(r).id, type: type(r),
                          source: startNode(r).id, target: endNode(r).id, properties: properties(r)}] AS relationships`,
      { from, to },
    ),
  );
  const record = result.records[0];
  if (!record) return null;
  return {
    length: column(record, 'length', isNumber),
    nodes: column(record, 'nodes', listOf(isNodeRecord)),
    relationships: column(
      record,
      'relationships',
      listOf(isMap<PathRelationshipRecord>('id', 'type', 'source', 'target', 'properties')),
    ).map((r) => ({ ...r, properties: shownRelationshipProperties(r.type, r.properties) })),
  };
}

export interface StancePageRequest {
  /** Cache key: the edge, the kinds and the page window together. */
  key: string;
  speaker: string;
  target: string;
  kinds: StatementKind[] | null;
  /** Only statements published on or after this date prefix. */
  from: string | null;
  /** Only statements published on or before this date prefix (`2024-03` admits the whole month). */
  to: string | null;
  /** Newest-first key of the last statement of the previous page; '' for the first page. */
  after: string;
  limit: number;
  /** Whether to count the edge's statements too (totalCount selected). */
  withCount: boolean;
  /** The links to fetch with each statement (the selection); every link as ids when absent. */
  links?: readonly StatementLink[];
}

/**
 * The statements behind many stance edges (a speaker's statements about a target), one keyset
 * page each, in one query: each page is a range of the speaker's (speakerId, newestKey) index
 * read in page order, so the cost follows the page and the speaker, not the graph. The
 * subquery's LIMIT must be a constant, so it is the largest page of the batch (plus the
 * row that says more follow); each page is cut to its own size here.
 */
export async function stanceStatementPages(
  db: Database,
  requests: readonly StancePageRequest[],
): Promise<Map<string, KeysetPage<StatementRecord>>> {
  // One query per selection shape (in practice one: the same field asked on every edge).
  const pages = new Map<string, KeysetPage<StatementRecord>>();
  for (const group of groupBy(requests, (r) => JSON.stringify(r.links ?? null))) {
    for (const [key, page] of await stancePagesOfShape(db, group, group[0]!.links)) pages.set(key, page);
  }
  return pages;
}

async function stancePagesOfShape(
  db: Database,
  requests: readonly StancePageRequest[],
  links: readonly StatementLink[] | undefined,
): Promise<Map<string, KeysetPage<StatementRecord>>> {
  const limit = Math.max(0, ...requests.map((r) => r.limit));
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $requests AS req
     CALL (req) {
       MATCH (s:Statement) USING INDEX s:Statement(speakerId, newestKey)
       WHERE s.speakerId = req.speaker AND s.newestKey > req.after
         AND (req.kinds IS NULL OR s.kind IN req.kinds)
         AND (req.fromDate IS NULL OR s.publishedAt >= req.fromDate)
         AND (req.toUpper IS NULL OR s.publishedAt <= req.toUpper)
         AND EXISTS { MATCH (s)-[:ABOUT]->(t) WHERE t.id = req.target }
       WITH s ORDER BY s.speakerId, s.newestKey LIMIT ${PAGE_PLUS_ONE}
       RETURN collect({key: s.newestKey, node: ${statementProjection('s', links)}}) AS rows
     }
     CALL (req) {
       // From the speaker's node (the composite index needs a key condition). An aggregate
       // without grouping keys gives its one row even when nothing is counted.
       MATCH (:Actor {id: req.speaker})-[:SAID]->(s:Statement)
       WHERE req.withCount
         AND (req.kinds IS NULL OR s.kind IN req.kinds)
         AND (req.fromDate IS NULL OR s.publishedAt >= req.fromDate)
         AND (req.toUpper IS NULL OR s.publishedAt <= req.toUpper)
         AND EXISTS { MATCH (s)-[:ABOUT]->(t) WHERE t.id = req.target }
       RETURN count(s) AS total
     }
     RETURN req.key AS key, rows, total`,
      {
        // Without a range no date condition: an undated statement is on the edge all the same.
        requests: requests.map((r) => ({ ...r, fromDate: r.from, toUpper: dateUpperBound(r.to) })),
        limit,
      },
    ),
  );
  const byKey = new Map(requests.map((r) => [r.key, r]));
  return new Map(
    result.records.map((record) => {
      const key = column(record, 'key', isString);
      const request = byKey.get(key)!;
      return [key, keysetPageOf([record], request, nodeRecordOf('Statement'))];
    }),
  );
}
