import { anyProjection, column, isMap, isNumber, isString, listOf, nodeRecordOf } from './shared.ts';
import type { Database } from '../driver.ts';
import type { AboutRecord, Page } from '../records.ts';

/** One page of one article's mentions, optionally of one subject. */
export interface MentionPageRequest {
  /** Cache key: the article, the subject and the window together. */
  key: string;
  article: string;
  subject: string | null;
  offset: number;
  limit: number;
}

/** A mention before the resolver cuts its surface text from the article. */
export interface MentionSpan {
  subject: AboutRecord;
  start: number;
  end: number;
}

const IS_SUBJECT = nodeRecordOf('Actor', 'Event', 'Sector', 'Place');
const isSpan = (v: unknown): v is MentionSpan =>
  isMap<MentionSpan>('subject', 'start', 'end')(v) && IS_SUBJECT(v.subject) && isNumber(v.start) && isNumber(v.end);

/**
 * Pages of the mentions of many articles in one query. The spans are stored on each MENTIONS
 * relationship as parallel `starts`/`ends` lists (UTF-16 offsets, as the extractor measured
 * them in JavaScript); they are unwound and put in text order: start, end, then subject id.
 */
export async function mentionPages(db: Database, requests: readonly MentionPageRequest[]): Promise<Map<string, Page<MentionSpan>>> {
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $requests AS req
     CALL (req) {
       OPTIONAL MATCH (:Article {id: req.article})-[m:MENTIONS]->(n)
       WHERE req.subject IS NULL OR n.id = req.subject
       UNWIND CASE WHEN m IS NULL THEN [] ELSE range(0, size(m.starts) - 1) END AS i
       WITH n, m.starts[i] AS start, m.ends[i] AS end
       ORDER BY start, end, n.id
       WITH collect({n: n, start: start, end: end}) AS spans
       RETURN size(spans) AS total,
              [x IN spans[toInteger(req.offset)..toInteger(req.offset) + toInteger(req.limit)] | {subject: [t IN [x.n] | ${anyProjection('t')}][0], start: x.start, end: x.end}] AS items
     }
     RETURN req.key AS key, total, items`,
      { requests: requests.map((r) => ({ ...r })) },
    ),
  );
  const byKey = new Map(requests.map((r) => [r.key, r]));
  return new Map(
    result.records.map((record) => {
      const key = column(record, 'key', isString);
      return [
        key,
        { items: column(record, 'items', listOf(isSpan)), totalCount: column(record, 'total', isNumber), offset: byKey.get(key)!.offset },
      ];
    }),
  );
}
