import type { Database } from '../driver.ts';
import type { ActorRecord, ArticleRecord, EventRecord, NodeRecord, Page, StatementRecord } from '../records.ts';
import {
  actorProjection, anyProjection, articleProjection, column, EVENT_ORDER, eventProjection, STATEMENT_ORDER,
  nodeById, statementProjection,
} from './shared.ts';

/** Nodes of any type by id, one round trip (the batch behind every by-id DataLoader). */
export async function nodesByIds(db: Database, ids: readonly string[]): Promise<Map<string, NodeRecord>> {
  const result = await db.read((tx) => tx.run(
    `UNWIND $ids AS id
     CALL (id) { ${nodeById('id')} }
     RETURN ${anyProjection('n')} AS node`, { ids: [...new Set(ids)] }));
  return new Map(result.records.map((r) => {
    const node = column<NodeRecord>(r, 'node');
    return [node.id, node];
  }));
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

export const RELATIONS = {
  'Actor.statements': { match: '(x:Actor {id: req.id})-[:SAID]->(n:Statement)', ...STATEMENTS },
  'Actor.mentionedIn': { match: '(n:Statement)-[:ABOUT]->(x:Actor {id: req.id})', ...STATEMENTS },
  'Actor.addressedBy': { match: '(n:Statement)-[:ADDRESSED_TO]->(x:Actor {id: req.id})', ...STATEMENTS },
  'Actor.events': { match: '(x:Actor {id: req.id})-[:PARTICIPATED_IN]->(n:Event)', ...EVENTS },
  'Actor.members': { match: '(n:Actor)-[:PART_OF]->(x:Actor {id: req.id})', ...ACTORS },
  'Actor.articles': { match: '(n:Article)-[:MENTIONS]->(x:Actor {id: req.id})', ...ARTICLES },
  'Event.participants': { match: '(n:Actor)-[:PARTICIPATED_IN]->(x:Event {id: req.id})', ...ACTORS },
  'Event.statements': { match: '(n:Statement)-[:DURING|ABOUT]->(x:Event {id: req.id})', ...STATEMENTS },
  'Place.events': { match: '(n:Event)-[:IN]->(x:Place {id: req.id})', ...EVENTS },
  'Place.statements': { match: '(n:Statement)-[:ABOUT]->(x:Place {id: req.id})', ...STATEMENTS },
  'Sector.statements': { match: '(n:Statement)-[:ABOUT]->(x:Sector {id: req.id})', ...STATEMENTS },
  'Sector.events': { match: '(n:Event)-[:AFFECTS]->(x:Sector {id: req.id})', ...EVENTS },
  'Article.statements': {
    match: '(n:Statement)-[:REPORTED_IN]->(x:Article {id: req.id})',
    order: 'n.start, n.id', project: statementProjection('n'),
  },
  'Article.actors': { match: '(x:Article {id: req.id})-[:MENTIONS]->(n:Actor)', ...ACTORS },
  'Article.events': { match: '(x:Article {id: req.id})-[:MENTIONS]->(n:Event)', ...EVENTS },
} as const;

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

export async function relatedPages<R extends Relation>(
  db: Database, relation: R, requests: readonly RelatedPageRequest[],
): Promise<Map<string, Page<RelationItems[R]>>> {
  const spec = RELATIONS[relation];
  const result = await db.read((tx) => tx.run(
    `UNWIND $requests AS req
     CALL (req) {
       MATCH ${spec.match}
       WITH DISTINCT n
       ORDER BY ${spec.order}
       WITH collect(n) AS matched
       RETURN size(matched) AS total, [n IN matched[req.offset..(req.offset + req.limit)] | ${spec.project}] AS items
     }
     RETURN req.key AS key, req.offset AS offset, total, items`,
    { requests: requests.map((r) => ({ key: r.key, id: r.id, offset: r.offset, limit: r.limit })) }));
  return new Map(result.records.map((r) => [column<string>(r, 'key'), {
    items: column<RelationItems[R][]>(r, 'items'),
    totalCount: column<number>(r, 'total'),
    offset: column<number>(r, 'offset'),
  }]));
}
