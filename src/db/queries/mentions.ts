import { textPosition } from './keys.ts';
import { anyProjection, column, isMap, isNumber, isString, listOf, nodeRecordOf } from './shared.ts';
import type { Database } from '../driver.ts';
import type { AboutRecord, KeysetPage } from '../records.ts';

/** One page of one article's mentions, optionally of one subject, after a cursor key. */
export interface MentionPageRequest {
  /** Cache key: the article, the subject and the window together. */
  key: string;
  article: string;
  subject: string | null;
  /** Key of the last mention of the previous page; '' for the first page. */
  after: string;
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
 * That order is also each span's key (zero-padded start and end, subject id): a page starts
 * strictly after the key of the previous page's last span (keyset), so a cursor means the
 * same place in the text whatever is ingested meanwhile. An article has tens of mentions, so
 * they are all read, and only the page's subjects are projected. Each request keeps its own page
 * size (the spans after its cursor are cut to the page and one more, which says that more
 * follow), so the articles of a page are one query whatever their arguments.
 */
export async function mentionPages(db: Database, requests: readonly MentionPageRequest[]): Promise<Map<string, KeysetPage<MentionSpan>>> {
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $requests AS req
     CALL (req) {
       OPTIONAL MATCH (:Article {id: req.article})-[m:MENTIONS]->(n)
       WHERE req.subject IS NULL OR n.id = req.subject
       UNWIND CASE WHEN m IS NULL THEN [] ELSE range(0, size(m.starts) - 1) END AS i
       WITH n, m.starts[i] AS start, m.ends[i] AS end
       WITH n, start, end, ${textPosition('start')} + ' ' + ${textPosition('end')} + ' ' + n.id AS key
       WITH collect({n: n, start: start, end: end, key: key}) AS spans
       CALL (req, spans) {
         UNWIND spans AS x
         WITH x WHERE x.key > req.after
         ORDER BY x.key
         WITH req, collect(x) AS following
         RETURN [x IN following[..toInteger(req.limit) + 1] | {key: x.key, node: {subject: [t IN [x.n] | ${anyProjection('t')}][0], start: x.start, end: x.end}}] AS rows
       }
       RETURN size(spans) AS total, rows
     }
     RETURN req.key AS key, total, rows`,
      { requests: requests.map((r) => ({ key: r.key, article: r.article, subject: r.subject, after: r.after, limit: r.limit })) },
    ),
  );
  const isRow = (v: unknown): v is { key: string; node: MentionSpan } =>
    isMap<{ key: string; node: MentionSpan }>('key', 'node')(v) && isString(v.key) && isSpan(v.node);
  const limits = new Map(requests.map((r) => [r.key, r.limit]));
  return new Map<string, KeysetPage<MentionSpan>>(
    result.records.map((record) => {
      const key = column(record, 'key', isString);
      const limit = limits.get(key) ?? 0;
      const rows = column(record, 'rows', listOf(isRow));
      const page = rows.slice(0, limit);
      return [
        key,
        {
          items: page.map((r) => r.node),
          keys: page.map((r) => r.key),
          hasMore: rows.length > limit,
          totalCount: column(record, 'total', isNumber),
        },
      ];
    }),
  );
}
