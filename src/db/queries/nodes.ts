import {
  actorProjection,
  byIdProjection,
  byIdProjectionOf,
  articleProjection,
  column,
  EVENT_ORDER,
  eventProjection,
  isMap,
  isNodeRecord,
  isNumber,
  isString,
  listOf,
  nodeById,
  nullable,
  groupBy,
  STATEMENT_ORDER,
  statementProjection,
  type StatementLink,
} from './shared.ts';
import type { Database } from '../driver.ts';
import type { ActorRecord, ArticleRecord, EventRecord, KeysetPage, NodeRecord, StatementRecord } from '../records.ts';
import type { Record as Neo4jRecord } from 'neo4j-driver';

/** Nodes of any type by id, one round trip (the batch behind every by-id DataLoader). */
export async function nodesByIds(db: Database, ids: readonly string[]): Promise<Map<string, NodeRecord>> {
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $ids AS id
     CALL (id) { ${nodeById('id')} }
     RETURN ${byIdProjection('n')} AS node`,
      { ids: [...new Set(ids)] },
    ),
  );
  return new Map(
    result.records.map((r) => {
      const node = column(r, 'node', isNodeRecord);
      return [node.id, node];
    }),
  );
}

/*
 * The nested lists of the schema (Actor.statements, Event.participants, …), each a fixed
 * pattern from the owner `x` to the listed nodes `n`, with its order and projection. `order`
 * is one maintained key per node, unique (it ends with the id), so a page starts after the
 * last key of the previous one (keyset): an ingest between two pages neither skips nor repeats
 * an item. A batch of requests for one relation, whatever the owners and cursors, is one query.
 */
const STATEMENTS = {
  order: STATEMENT_ORDER('n'),
  project: statementProjection('n'),
  projectLinks: (links: readonly StatementLink[]) => statementProjection('n', links),
};
const EVENTS = { order: EVENT_ORDER('n'), project: eventProjection('n') };
const ACTORS = { order: 'n.rankKey', project: actorProjection('n') };
const ARTICLES = { order: 'n.listKey', project: articleProjection('n') };

/*
 * `total` counts a list from its owner's degree (O(1) on the node) where every relationship of
 * that type and direction leads to a listed node; `indexed` reads a page as a range of a
 * composite index, in page order, instead of sorting every listed node.
 */
/*
 * The statements about one node, newest first, as a range of the (targetId, newestKey) index on
 * the ABOUT edges (the graph model's ABOUT_KEYS): a busy actor's or place's first page reads 21
 * edges instead of expanding and sorting every statement about it.
 */
const ABOUT_INDEXED = (label: string) => `MATCH (n:Statement)-[r:ABOUT]->(:${label}) USING INDEX r:ABOUT(targetId, newestKey)
              WHERE r.targetId = req.id AND r.newestKey > req.after
              WITH n, r ORDER BY r.targetId, r.newestKey`;

const DEGREE_TOTAL = (label: string, pattern: string) =>
  `OPTIONAL MATCH (x:${label} {id: req.id}) RETURN CASE WHEN x IS NULL THEN 0 ELSE COUNT { ${pattern} } END AS total`;

interface RelationSpec {
  match: string;
  order: string;
  project: string;
  total?: string;
  indexed?: string;
  /** The projection fetching only these links of each statement (statement lists only). */
  projectLinks?: (links: readonly StatementLink[]) => string;
}

export const RELATIONS = {
  'Actor.statements': {
    match: '(x:Actor {id: req.id})-[:SAID]->(n:Statement)',
    ...STATEMENTS,
    // One speaker's statements newest first are a range of the (speakerId, newestKey) index.
    indexed: `MATCH (n:Statement) USING INDEX n:Statement(speakerId, newestKey)
              WHERE n.speakerId = req.id AND n.newestKey > req.after
              WITH n ORDER BY n.speakerId, n.newestKey`,
    total: DEGREE_TOTAL('Actor', '(x)-[:SAID]->()'),
  },
  'Actor.mentionedIn': {
    match: '(n:Statement)-[:ABOUT]->(x:Actor {id: req.id})',
    ...STATEMENTS,
    indexed: ABOUT_INDEXED('Actor'),
    total: DEGREE_TOTAL('Actor', '(x)<-[:ABOUT]-()'),
  },
  'Actor.addressedBy': {
    match: '(n:Statement)-[:ADDRESSED_TO]->(x:Actor {id: req.id})',
    ...STATEMENTS,
    total: DEGREE_TOTAL('Actor', '(x)<-[:ADDRESSED_TO]-()'),
  },
  'Actor.events': {
    match: '(x:Actor {id: req.id})-[:PARTICIPATED_IN]->(n:Event)',
    ...EVENTS,
    total: DEGREE_TOTAL('Actor', '(x)-[:PARTICIPATED_IN]->()'),
  },
  'Actor.members': { match: '(n:Actor)-[:PART_OF]->(x:Actor {id: req.id})', ...ACTORS },
  'Actor.articles': {
    match: '(n:Article)-[:MENTIONS]->(x:Actor {id: req.id})',
    ...ARTICLES,
    // The articles naming an actor, newest first, are a range of the (targetId, listKey) index on
    // the MENTIONS edges (the graph model's MENTION_KEYS), read in page order: a busy actor's
    // first page expanded and sorted every article naming it.
    indexed: `MATCH (n:Article)-[m:MENTIONS]->() USING INDEX m:MENTIONS(targetId, listKey)
              WHERE m.targetId = req.id AND m.listKey > req.after
              WITH n, m ORDER BY m.targetId, m.listKey`,
    total: DEGREE_TOTAL('Actor', '(x)<-[:MENTIONS]-()'),
  },
  'Event.participants': { match: '(n:Actor)-[:PARTICIPATED_IN]->(x:Event {id: req.id})', ...ACTORS },
  'Event.statements': { match: '(n:Statement)-[:DURING|ABOUT]->(x:Event {id: req.id})', ...STATEMENTS },
  'Place.events': { match: '(n:Event)-[:IN]->(x:Place {id: req.id})', ...EVENTS },
  'Place.statements': {
    match: '(n:Statement)-[:ABOUT]->(x:Place {id: req.id})',
    ...STATEMENTS,
    indexed: ABOUT_INDEXED('Place'),
    total: DEGREE_TOTAL('Place', '(x)<-[:ABOUT]-()'),
  },
  'Sector.statements': {
    match: '(n:Statement)-[:ABOUT]->(x:Sector {id: req.id})',
    ...STATEMENTS,
    indexed: ABOUT_INDEXED('Sector'),
    total: DEGREE_TOTAL('Sector', '(x)<-[:ABOUT]-()'),
  },
  'Sector.events': { match: '(n:Event)-[:AFFECTS]->(x:Sector {id: req.id})', ...EVENTS },
  'Article.statements': {
    match: '(n:Statement)-[:REPORTED_IN]->(x:Article {id: req.id})',
    // Within one article the newest-first key is the article's order (start offset, then id).
    ...STATEMENTS,
    total: DEGREE_TOTAL('Article', '(x)<-[:REPORTED_IN]-()'),
  },
  'Article.actors': { match: '(x:Article {id: req.id})-[:MENTIONS]->(n:Actor)', ...ACTORS },
  'Statement.deniedBy': {
    match: '(n:Statement)-[:DENIES]->(x:Statement {id: req.id})',
    ...STATEMENTS,
    total: DEGREE_TOTAL('Statement', '(x)<-[:DENIES]-()'),
  },
  'Statement.answeredBy': {
    match: '(n:Statement)-[:ANSWERS]->(x:Statement {id: req.id})',
    ...STATEMENTS,
    total: DEGREE_TOTAL('Statement', '(x)<-[:ANSWERS]-()'),
  },
  'Article.events': { match: '(x:Article {id: req.id})-[:MENTIONS]->(n:Event)', ...EVENTS },
} as const satisfies Record<string, RelationSpec>;

export type Relation = keyof typeof RELATIONS;

/** Whether a nested list holds statements (and so fetches the links selected on them). */
export const listsStatements = (relation: Relation): boolean => 'projectLinks' in RELATIONS[relation];

/** What each nested list holds: the record type of its items. */
export interface RelationItems {
  'Actor.statements': StatementRecord;
  'Actor.mentionedIn': StatementRecord;
  'Actor.addressedBy': StatementRecord;
  'Actor.events': EventRecord;
  'Actor.members': ActorRecord;
  'Actor.articles': ArticleRecord;
  'Event.participants': ActorRecord;
  'Event.statements': StatementRecord;
  'Place.events': EventRecord;
  'Place.statements': StatementRecord;
  'Sector.statements': StatementRecord;
  'Sector.events': EventRecord;
  'Article.statements': StatementRecord;
  'Article.actors': ActorRecord;
  'Statement.deniedBy': StatementRecord;
  'Statement.answeredBy': StatementRecord;
  'Article.events': EventRecord;
}

export interface RelatedPageRequest {
  /** Cache key: owner id, cursor position and page size together. */
  key: string;
  id: string;
  /** Sort key of the last item of the previous page; '' for the first page. */
  after: string;
  limit: number;
  /** Whether to count the owner's whole list (totalCount selected). */
  withCount: boolean;
  /** For a list of statements: the links to fetch with each (the selection); every link as ids when absent. */
  links?: readonly StatementLink[];
}

/**
 * One keyset page per owner, with the owner's total when asked. Requests are grouped by page
 * size, selected links and count (in practice one group: the same field with the same
 * arguments); each owner's page starts after its own cursor and stops after limit + 1 nodes
 * (the extra one says that more follow).
 */
export async function relatedPages<R extends Relation>(
  db: Database,
  relation: R,
  requests: readonly RelatedPageRequest[],
): Promise<Map<string, KeysetPage<RelationItems[R]>>> {
  // Grouped by page size, selected links and count: one query text per selection shape.
  const groups = groupBy(requests, (r) => JSON.stringify([r.limit, r.links ?? null, r.withCount]));
  const pages = new Map<string, KeysetPage<RelationItems[R]>>();
  for (const group of groups) {
    const { limit, links, withCount } = group[0]!;
    const result = await db.read((tx) =>
      tx.run(
        `UNWIND $requests AS req
       ${pageSubqueries(relation, links, '$limit', withCount)}
       RETURN req.key AS key, ${withCount ? 'total' : 'null AS total'}, rows`,
        { requests: group.map((r) => ({ key: r.key, id: r.id, after: r.after })), limit },
      ),
    );
    for (const r of result.records) pages.set(column(r, 'key', isString), relatedPageOf<R>(r, limit, withCount));
  }
  return pages;
}

/**
 * The subqueries of one owner's page, reading the row `req` ({id, after}): `rows`, up to
 * `limit` + 1 `{key, node}` maps in list order (the extra one says that more follow), and
 * with `withCount` `total`. `limit` is a parameter expression (LIMIT takes no row variable).
 */
function pageSubqueries(relation: Relation, links: readonly StatementLink[] | undefined, limit: string, withCount: boolean): string {
  const spec: RelationSpec = RELATIONS[relation];
  const page = spec.indexed ?? `MATCH ${spec.match} WITH DISTINCT n WHERE ${spec.order} > req.after WITH n ORDER BY ${spec.order}`;
  const total = spec.total ?? `MATCH ${spec.match} RETURN count(DISTINCT n) AS total`;
  const project = links && spec.projectLinks ? spec.projectLinks(links) : spec.project;
  return `CALL (req) {
         ${page} LIMIT toInteger(${limit}) + 1
         RETURN collect({key: ${spec.order}, node: ${project}}) AS rows
       }
       ${withCount ? `CALL (req) { ${total} }` : ''}`;
}

/** A page read by pageSubqueries, from the columns `rows` and (counted) `total` (suffixed by `suffix`). */
function relatedPageOf<R extends Relation>(r: Neo4jRecord, limit: number, withCount: boolean, suffix = ''): KeysetPage<RelationItems[R]> {
  // Checked as node records; which label each relation lists is fixed by its pattern above.
  const isRow = (v: unknown): v is { key: string; node: RelationItems[R] } =>
    isMap<{ key: string; node: unknown }>('key', 'node')(v) && isString(v.key) && isNodeRecord(v.node);
  const rows = column(r, `rows${suffix}`, listOf(isRow));
  const shown = rows.slice(0, limit);
  return {
    items: shown.map((row) => row.node),
    keys: shown.map((row) => row.key),
    hasMore: rows.length > limit,
    totalCount: withCount ? column(r, `total${suffix}`, isNumber) : null,
  };
}

/** A nested list's first pages to read with its owner (nodeWithPages). */
export interface OwnedPageRequest {
  relation: Relation;
  after: string;
  limit: number;
  withCount: boolean;
  links?: readonly StatementLink[];
}

/** The labels whose nodes a root field reads with some of their nested lists. */
export type PageOwnerLabel = 'Actor' | 'Event' | 'Place' | 'Sector' | 'Article' | 'Statement';

/**
 * One node by id in the by-id shape, with pages of some of its nested lists, in one round trip
 * (what relatedPages would read for each, one query per list after the node's own): `actor(id)
 * { statementsBy(first: 20) { … } }` is one query, as the peer's generated Cypher is. Each list
 * is a subquery of the same text relatedPages uses; the owner is found through its label's
 * unique-id index. Null when no such node.
 */
export async function nodeWithPages(
  db: Database,
  label: PageOwnerLabel,
  id: string,
  requests: readonly OwnedPageRequest[],
): Promise<{ node: NodeRecord | null; pages: KeysetPage<NodeRecord>[] }> {
  const params: Record<string, unknown> = { id };
  const subqueries = requests.map((r, i) => {
    params[`req${i}`] = { id, after: r.after };
    params[`limit${i}`] = r.limit;
    return `CALL () {
       WITH $req${i} AS req
       ${pageSubqueries(r.relation, r.links, `$limit${i}`, r.withCount)}
       RETURN rows AS rows${i}${r.withCount ? `, total AS total${i}` : ''}
     }`;
  });
  const result = await db.read((tx) =>
    tx.run(
      `OPTIONAL MATCH (owner:${label} {id: $id})
     ${subqueries.join('\n     ')}
     RETURN ${byIdProjectionOf(label, 'owner')} AS node${requests.map((r, i) => `, rows${i}${r.withCount ? `, total${i}` : ''}`).join('')}`,
      params,
    ),
  );
  const record = result.records[0];
  const node = record ? column(record, 'node', nullable(isNodeRecord)) : null;
  if (!record || !node) return { node: null, pages: [] };
  return { node, pages: requests.map((r, i) => relatedPageOf(record, r.limit, r.withCount, String(i))) };
}
