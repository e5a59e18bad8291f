import {
  actorProjection,
  anyProjection,
  articleProjection,
  column,
  EVENT_ORDER,
  eventProjection,
  isNodeRecord,
  isNumber,
  isString,
  listOf,
  nodeById,
  STATEMENT_ORDER,
  statementProjection,
} from './shared.ts';
import type { Database } from '../driver.ts';
import type { ActorRecord, ArticleRecord, EventRecord, NodeRecord, Page, StatementRecord } from '../records.ts';

/** Nodes of any type by id, one round trip (the batch behind every by-id DataLoader). */
export async function nodesByIds(db: Database, ids: readonly string[]): Promise<Map<string, NodeRecord>> {
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $ids AS id
     CALL (id) { ${nodeById('id')} }
     RETURN ${anyProjection('n')} AS node`,
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
 * pattern from the owner `x` to the listed nodes `n`, with its order and projection. A batch
 * of requests for one relation, whatever the owners and page windows, is one query.
 */
const STATEMENTS = { order: STATEMENT_ORDER('n'), project: statementProjection('n') };
const EVENTS = { order: EVENT_ORDER('n'), project: eventProjection('n') };
const ACTORS = { order: 'n.rankKey', project: actorProjection('n') };
const ARTICLES = { order: 'n.listKey', project: articleProjection('n') };

/*
 * `total` counts a list from its owner's degree (O(1) on the node) where every relationship of
 * that type and direction leads to a listed node; `indexed` reads a page as a range of a
 * composite index, in page order, instead of sorting every listed node.
 */
const DEGREE_TOTAL = (label: string, pattern: string) =>
  `OPTIONAL MATCH (x:${label} {id: req.id}) RETURN CASE WHEN x IS NULL THEN 0 ELSE COUNT { ${pattern} } END AS total`;

interface RelationSpec {
  match: string;
  order: string;
  project: string;
  total?: string;
  indexed?: string;
}

export const RELATIONS = {
  'Actor.statements': {
    match: '(x:Actor {id: req.id})-[:SAID]->(n:Statement)',
    ...STATEMENTS,
    // One speaker's statements newest first are a range of the (speakerId, newestKey) index.
    indexed: `MATCH (n:Statement) USING INDEX n:Statement(speakerId, newestKey)
              WHERE n.speakerId = req.id AND n.newestKey > ''
              WITH n ORDER BY n.speakerId, n.newestKey`,
    total: DEGREE_TOTAL('Actor', '(x)-[:SAID]->()'),
  },
  'Actor.mentionedIn': {
    match: '(n:Statement)-[:ABOUT]->(x:Actor {id: req.id})',
    ...STATEMENTS,
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
    total: DEGREE_TOTAL('Actor', '(x)<-[:MENTIONS]-()'),
  },
  'Event.participants': { match: '(n:Actor)-[:PARTICIPATED_IN]->(x:Event {id: req.id})', ...ACTORS },
  'Event.statements': { match: '(n:Statement)-[:DURING|ABOUT]->(x:Event {id: req.id})', ...STATEMENTS },
  'Place.events': { match: '(n:Event)-[:IN]->(x:Place {id: req.id})', ...EVENTS },
  'Place.statements': {
    match: '(n:Statement)-[:ABOUT]->(x:Place {id: req.id})',
    ...STATEMENTS,
    total: DEGREE_TOTAL('Place', '(x)<-[:ABOUT]-()'),
  },
  'Sector.statements': {
    match: '(n:Statement)-[:ABOUT]->(x:Sector {id: req.id})',
    ...STATEMENTS,
    total: DEGREE_TOTAL('Sector', '(x)<-[:ABOUT]-()'),
  },
  'Sector.events': { match: '(n:Event)-[:AFFECTS]->(x:Sector {id: req.id})', ...EVENTS },
  'Article.statements': {
    match: '(n:Statement)-[:REPORTED_IN]->(x:Article {id: req.id})',
    order: 'n.start, n.id',
    project: statementProjection('n'),
    total: DEGREE_TOTAL('Article', '(x)<-[:REPORTED_IN]-()'),
  },
  'Article.actors': { match: '(x:Article {id: req.id})-[:MENTIONS]->(n:Actor)', ...ACTORS },
  'Article.events': { match: '(x:Article {id: req.id})-[:MENTIONS]->(n:Event)', ...EVENTS },
} as const satisfies Record<string, RelationSpec>;

export type Relation = keyof typeof RELATIONS;

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
  'Article.events': EventRecord;
}

export interface RelatedPageRequest {
  /** Cache key: owner id, offset and limit together. */
  key: string;
  id: string;
  offset: number;
  limit: number;
}

/**
 * One page per owner. Requests are grouped by page window (in practice one: the same field
 * with the same arguments), so the window is a parameter and each owner's page stops after
 * offset + limit nodes instead of collecting the whole list to slice it.
 */
export async function relatedPages<R extends Relation>(
  db: Database,
  relation: R,
  requests: readonly RelatedPageRequest[],
): Promise<Map<string, Page<RelationItems[R]>>> {
  const spec: RelationSpec = RELATIONS[relation];
  const windows = new Map<string, RelatedPageRequest[]>();
  for (const r of requests) {
    const window = `${r.offset}|${r.limit}`;
    windows.set(window, [...(windows.get(window) ?? []), r]);
  }
  const page = spec.indexed ?? `MATCH ${spec.match} WITH DISTINCT n ORDER BY ${spec.order}`;
  const total = spec.total ?? `MATCH ${spec.match} RETURN count(DISTINCT n) AS total`;
  const pages = new Map<string, Page<RelationItems[R]>>();
  for (const group of windows.values()) {
    const { offset, limit } = group[0]!;
    const result = await db.read((tx) =>
      tx.run(
        `UNWIND $requests AS req
       CALL (req) {
         ${page} SKIP toInteger($offset) LIMIT toInteger($limit)
         RETURN collect(${spec.project}) AS items
       }
       CALL (req) { ${total} }
       RETURN req.key AS key, total, items`,
        { requests: group.map((r) => ({ key: r.key, id: r.id })), offset, limit },
      ),
    );
    for (const r of result.records) {
      // Checked as node records; which label each relation lists is fixed by its pattern above.
      const items = column(r, 'items', listOf(isNodeRecord)) as RelationItems[R][];
      pages.set(column(r, 'key', isString), { items, totalCount: column(r, 'total', isNumber), offset });
    }
  }
  return pages;
}
