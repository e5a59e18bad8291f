import type { EventKind } from '../../graph/document-graph.ts';
import type { Database } from '../driver.ts';
import type { EventRecord, Page, TimelineEntryRecord } from '../records.ts';
import { EVENT_ORDER, eventProjection, pageOf, statementProjection } from './shared.ts';

export interface EventQuery {
  kind?: EventKind | null;
  participants?: readonly string[] | null;
  place?: string | null;
  from?: string | null;
  to?: string | null;
}

/** Events in time order; `participants` requires every listed actor to have taken part. */
export async function listEvents(db: Database, filter: EventQuery, offset: number, limit: number): Promise<Page<EventRecord>> {
  const result = await db.read((tx) => tx.run(
    `MATCH (n:Event)
     WHERE ($kind IS NULL OR n.kind = $kind)
       AND ($place IS NULL OR EXISTS { MATCH (n)-[:IN]->(:Place {id: $place}) })
       AND all(p IN $participants WHERE EXISTS { MATCH (:Actor {id: p})-[:PARTICIPATED_IN]->(n) })
       AND ($from IS NULL OR (n.date IS NOT NULL AND substring(n.date, 0, size($from)) >= substring($from, 0, size(n.date))))
       AND ($to IS NULL OR (n.date IS NOT NULL AND substring(n.date, 0, size($to)) <= $to))
     WITH n ORDER BY ${EVENT_ORDER('n')}
     WITH collect(n) AS matched
     RETURN size(matched) AS total, [n IN matched[$offset..($offset + $limit)] | ${eventProjection('n')}] AS items`,
    {
      kind: filter.kind ?? null,
      place: filter.place ?? null,
      participants: [...(filter.participants ?? [])],
      from: filter.from ?? null,
      to: filter.to ?? null,
      offset,
      limit,
    }));
  return pageOf<EventRecord>(result.records, offset);
}

/**
 * An actor's events and statements in one chronological list: events by their date,
 * statements by their article's date; undated entries last, events before statements.
 */
export async function timeline(db: Database, actorId: string, offset: number, limit: number): Promise<Page<TimelineEntryRecord>> {
  const result = await db.read((tx) => tx.run(
    `CALL {
       MATCH (:Actor {id: $actor})-[:PARTICIPATED_IN]->(n:Event)
       RETURN n AS item, n.date AS date, 0 AS rank, COUNT { (n)-[:FOLLOWS]->{1,10}(:Event) } AS depth,
              coalesce(n.articleId, '') AS articleId, 0 AS position
       UNION
       MATCH (:Actor {id: $actor})-[:SAID]->(n:Statement)
       RETURN n AS item, n.publishedAt AS date, 1 AS rank, 0 AS depth, n.articleId AS articleId, n.start AS position
     }
     WITH item, date, rank, depth, articleId, position
     ORDER BY date IS NULL, date, rank, depth, articleId, position, item.id
     WITH collect({item: item, date: date}) AS matched
     RETURN size(matched) AS total,
            [e IN matched[$offset..($offset + $limit)] | {
               date: e.date,
               dateText: CASE WHEN e.item:Event THEN e.item.dateText END,
               event: CASE WHEN e.item:Event THEN [n IN [e.item] | ${eventProjection('n')}][0] END,
               statement: CASE WHEN e.item:Statement THEN [s IN [e.item] | ${statementProjection('s')}][0] END
            }] AS items`,
    { actor: actorId, offset, limit }));
  return pageOf<TimelineEntryRecord>(result.records, offset);
}
