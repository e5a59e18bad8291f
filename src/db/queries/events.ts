import { timelineStatementBound, timelineStatementKey } from './keys.ts';
import {
  eventProjection,
  isMap,
  keysetPageOf,
  keysetQuery,
  nodeRecordOf,
  PAGE_PLUS_ONE,
  statementProjection,
  type StatementLink,
  type KeysetRequest,
} from './shared.ts';
import type { EventKind } from '../../graph/document-graph.ts';
import type { Database } from '../driver.ts';
import type { EventRecord, KeysetPage, TimelineEntryRecord } from '../records.ts';

export interface EventQuery {
  kinds?: readonly EventKind[] | null;
  participants?: readonly string[] | null;
  place?: string | null;
  from?: string | null;
  to?: string | null;
}

/**
 * Events in time order (the maintained sortKey, see keys.ts), one page after `request.after`;
 * `participants` requires every listed actor to have taken part. The search starts from the
 * first participant or the place when given, else reads the sortKey index in page order.
 */
export async function listEvents(db: Database, filter: EventQuery, request: KeysetRequest): Promise<KeysetPage<EventRecord>> {
  const participants = [...new Set(filter.participants ?? [])];
  const where: string[] = [];
  if (filter.kinds?.length) where.push('n.kind IN $kinds');
  if (filter.place && participants.length > 0) where.push('EXISTS { MATCH (n)-[:IN]->(:Place {id: $place}) }');
  if (participants.length > 1) where.push('all(p IN $participants WHERE EXISTS { MATCH (:Actor {id: p})-[:PARTICIPATED_IN]->(n) })');
  if (filter.from) where.push('(n.date IS NOT NULL AND substring(n.date, 0, size($from)) >= substring($from, 0, size(n.date)))');
  if (filter.to) where.push('(n.date IS NOT NULL AND substring(n.date, 0, size($to)) <= $to)');
  const source =
    participants.length > 0
      ? 'MATCH (:Actor {id: $first})-[:PARTICIPATED_IN]->(n:Event)'
      : filter.place
        ? 'MATCH (n:Event)-[:IN]->(:Place {id: $place})'
        : 'MATCH (n:Event)';
  const page = `${source} WHERE ${[...where, 'n.sortKey > $after'].join(' AND ')}
       WITH DISTINCT n ORDER BY n.sortKey LIMIT ${PAGE_PLUS_ONE}
       RETURN collect({key: n.sortKey, node: ${eventProjection('n')}}) AS rows`;
  const count =
    where.length === 0 && source === 'MATCH (n:Event)'
      ? 'MATCH (n:Event) RETURN count(n) AS total'
      : `${source} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} RETURN count(DISTINCT n) AS total`;
  const result = await db.read((tx) =>
    tx.run(keysetQuery(page, request.withCount ? count : null), {
      kinds: [...new Set(filter.kinds ?? [])],
      place: filter.place ?? null,
      first: participants[0] ?? null,
      participants,
      from: filter.from ?? null,
      to: filter.to ?? null,
      after: request.after,
      limit: request.limit,
    }),
  );
  return keysetPageOf(result.records, request, nodeRecordOf('Event'));
}

/**
 * A date (or its prefix: `2024-03`) within $from..$to, both optional ('' for none); a `to`
 * prefix admits every date it starts (`2024-03` admits `2024-03-31`). Undated items are outside
 * any range.
 */
const inDates = (date: string) =>
  `(($from = '' OR (${date} IS NOT NULL AND substring(${date}, 0, size($from)) >= substring($from, 0, size(${date}))))
    AND ($to = '' OR (${date} IS NOT NULL AND substring(${date}, 0, size($to)) <= $to)))`;

/**
 * An actor's events and statements in one chronological list: events by their date,
 * statements by their article's date; undated entries last, events before statements on a
 * date. Keyset-paged: each entry's key (keys.ts, timelineEventKey / timelineStatementKey) is
 * its place in the list, and a page starts strictly after the key of the previous page's last
 * entry, so an ingest between two pages neither skips nor repeats an entry.
 *
 * Each side is read only as far as the page reaches: the statements as a range of the
 * (speakerId, oldestKey) index from the cursor on, in order (oldestKey sorts exactly as this
 * list sorts statements: date, undated last, article, position, id), the events as a range of
 * the (actorId, timelineKey) index on the PARTICIPATED_IN edges (the loader keeps each event's
 * timeline key there, keys.ts participationKeys); the two are merged and the page cut from the
 * merge. The total, when asked, is the actor's degree on SAID and PARTICIPATED_IN, read from
 * the node (O(1)); with a date range it is counted over the actor's own statements and events.
 * A statement entry fetches only `links` (the selection on it, statementProjection) or, without
 * them, every link as ids.
 */
export async function timeline(
  db: Database,
  actorId: string,
  request: KeysetRequest,
  dates: { from?: string | null; to?: string | null } = {},
  links?: readonly StatementLink[],
): Promise<KeysetPage<TimelineEntryRecord>> {
  const page = `OPTIONAL MATCH (a:Actor {id: $actor})
     CALL (a) {
       MATCH (:Actor)-[r:PARTICIPATED_IN]->(n:Event) USING INDEX r:PARTICIPATED_IN(actorId, timelineKey)
       WHERE r.actorId = a.id AND r.timelineKey > $after AND ${inDates('n.date')}
       WITH n, r ORDER BY r.actorId, r.timelineKey LIMIT ${PAGE_PLUS_ONE}
       RETURN n AS item, n.date AS date, r.timelineKey AS key
       UNION ALL
       MATCH (n:Statement) USING INDEX n:Statement(speakerId, oldestKey)
       WHERE n.speakerId = a.id AND n.oldestKey > $statementsAfter AND ${inDates('n.publishedAt')}
       WITH n ORDER BY n.speakerId, n.oldestKey LIMIT ${PAGE_PLUS_ONE}
       RETURN n AS item, n.publishedAt AS date, ${timelineStatementKey('n')} AS key
     }
     WITH item, date, key WHERE key > $after
     ORDER BY key LIMIT ${PAGE_PLUS_ONE}
     RETURN collect({key: key, node: {
       date: date,
       dateText: CASE WHEN item:Event THEN item.dateText END,
       event: CASE WHEN item:Event THEN [n IN [item] | ${eventProjection('n')}][0] END,
       statement: CASE WHEN item:Statement THEN [s IN [item] | ${statementProjection('s', links)}][0] END
     }}) AS rows`;
  const count = `OPTIONAL MATCH (a:Actor {id: $actor})
     RETURN CASE
              WHEN a IS NULL THEN 0
              WHEN $from = '' AND $to = '' THEN COUNT { (a)-[:SAID]->() } + COUNT { (a)-[:PARTICIPATED_IN]->() }
              ELSE COUNT { MATCH (a)-[:SAID]->(s:Statement) WHERE ${inDates('s.publishedAt')} }
                 + COUNT { MATCH (a)-[:PARTICIPATED_IN]->(e:Event) WHERE ${inDates('e.date')} }
            END AS total`;
  const result = await db.read((tx) =>
    tx.run(keysetQuery(page, request.withCount ? count : null), {
      actor: actorId,
      after: request.after,
      statementsAfter: timelineStatementBound(request.after),
      limit: request.limit,
      from: dates.from ?? '',
      to: dates.to ?? '',
    }),
  );
  return keysetPageOf(result.records, request, isMap<TimelineEntryRecord>('date', 'dateText', 'event', 'statement'));
}
