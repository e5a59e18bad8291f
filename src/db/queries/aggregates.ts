import { normalizeArabic } from '../../extract/normalize.ts';
import type { Database } from '../driver.ts';
import type { ActorRecord, AboutRecord, KindCountRecord } from '../records.ts';
import type { StatementQuery } from './statements.ts';
import { luceneAllWords } from './search.ts';
import { actorProjection, anyProjection, column, nodeById, normalizedText } from './shared.ts';

/*
 * Facets over a whole statement connection (every page): counts, by kind, top speakers and
 * subjects, by period. Many connections of one request (a list of actors each with its
 * statements' aggregate) go to Neo4j as one query: one row per connection filter.
 */

/** The filter a StatementConnection was built for: the `statements` filter, or a nested list's owner. */
export interface StatementAggregateFilter extends StatementQuery {
  /** Statements said during or about this event (`Event.statements`). */
  event?: string | null;
}

export type Granularity = 'DAY' | 'WEEK' | 'MONTH';

/** What one connection's aggregate needs, merged from every field selected on it. */
export interface AggregateNeeds {
  byKind: boolean;
  speakers: number;
  targets: number;
  granularities: Granularity[];
}

export interface PeriodCountRecord {
  period: string;
  count: number;
}

export interface StatementAggregateResult {
  count: number;
  byKind: KindCountRecord[];
  topSpeakers: { actor: ActorRecord; count: number }[];
  topTargets: { target: AboutRecord; count: number }[];
  byPeriod: Partial<Record<Granularity, PeriodCountRecord[]>>;
}

type Anchor = 'speaker' | 'article' | 'addressee' | 'event' | 'about' | 'all';

/** The most selective id condition, as in `listStatements`: where the search starts. */
function anchorOf(f: StatementAggregateFilter): Anchor {
  if (f.speaker) return 'speaker';
  if (f.article) return 'article';
  if (f.addressee) return 'addressee';
  if (f.event) return 'event';
  if (f.about) return 'about';
  return 'all';
}

/*
 * Where each connection's statements come from, one branch per anchor. A branch is guarded by
 * `WITH req WHERE req.anchor = …`, and only the branches some request of the batch uses are
 * in the query text: Neo4j plans the unanchored label scan independently of the guard, so it
 * must not be in a query whose connections all have an id condition.
 */
const ANCHORS: Record<Anchor, string> = {
  speaker: "WITH req WHERE req.anchor = 'speaker' MATCH (:Actor {id: req.speaker})-[:SAID]->(s:Statement) RETURN s",
  article: "WITH req WHERE req.anchor = 'article' MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: req.article}) RETURN s",
  addressee: "WITH req WHERE req.anchor = 'addressee' MATCH (s:Statement)-[:ADDRESSED_TO]->(:Actor {id: req.addressee}) RETURN s",
  event: "WITH req WHERE req.anchor = 'event' MATCH (s:Statement)-[:DURING|ABOUT]->(:Event {id: req.event}) RETURN s",
  about: `WITH req WHERE req.anchor = 'about'
    CALL (req) { ${nodeById('req.about', ['Actor', 'Event', 'Sector', 'Place'])} }
    MATCH (s:Statement)-[:ABOUT]->(n) RETURN s`,
  all: "WITH req WHERE req.anchor = 'all' MATCH (s:Statement) RETURN s",
};

/** The conditions of `listStatements`, read from the row `req` (same meaning, one row per connection). */
const CONDITIONS = `
  (req.speaker IS NULL OR EXISTS { MATCH (:Actor {id: req.speaker})-[:SAID]->(s) })
  AND (req.about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(t) WHERE t.id = req.about })
  AND (req.addressee IS NULL OR EXISTS { MATCH (s)-[:ADDRESSED_TO]->(:Actor {id: req.addressee}) })
  AND (req.event IS NULL OR EXISTS { MATCH (s)-[:DURING|ABOUT]->(:Event {id: req.event}) })
  AND (req.kinds IS NULL OR s.kind IN req.kinds)
  AND (req.direct IS NULL OR s.direct = req.direct)
  AND (req.article IS NULL OR s.articleId = req.article)
  AND (req.from IS NULL OR (s.publishedAt IS NOT NULL AND substring(s.publishedAt, 0, size(req.from)) >= req.from))
  AND (req.to IS NULL OR (s.publishedAt IS NOT NULL AND substring(s.publishedAt, 0, size(req.to)) <= req.to))
  AND (req.text IS NULL OR s IN textHits OR ${normalizedText('s.text')} CONTAINS req.normalizedText)`;

/** Length of `YYYY-MM-DD` and of `YYYY-MM`: dates shorter than a granularity cannot be bucketed by it. */
const DAY_LENGTH = 10;
const MONTH_LENGTH = 7;

/** The period label of `s.publishedAt` under granularity `g`, null when the date is too coarse. */
const PERIOD = `CASE
  WHEN g = 'DAY' AND size(s.publishedAt) >= ${DAY_LENGTH} THEN substring(s.publishedAt, 0, ${DAY_LENGTH})
  WHEN g = 'MONTH' AND size(s.publishedAt) >= ${MONTH_LENGTH} THEN substring(s.publishedAt, 0, ${MONTH_LENGTH})
  WHEN g = 'WEEK' AND size(s.publishedAt) >= ${DAY_LENGTH} THEN
    [d IN [date(substring(s.publishedAt, 0, ${DAY_LENGTH}))] |
      toString(d.weekYear) + '-W' + CASE WHEN d.week < 10 THEN '0' ELSE '' END + toString(d.week)][0]
END`;

export interface AggregateRequest {
  key: string;
  filter: StatementAggregateFilter;
  needs: AggregateNeeds;
}

/**
 * The aggregates of many statement connections in one query, one row per request. Only the
 * parts a request needs are computed for it (the others return empty lists).
 */
export async function statementAggregates(db: Database, requests: readonly AggregateRequest[]): Promise<Map<string, StatementAggregateResult>> {
  const rows = requests.map(({ key, filter: f, needs }) => {
    const text = f.text?.trim() || null;
    return {
      key,
      anchor: anchorOf(f),
      speaker: f.speaker ?? null,
      about: f.about ?? null,
      addressee: f.addressee ?? null,
      event: f.event ?? null,
      kinds: f.kinds?.length ? [...f.kinds] : null,
      direct: f.direct ?? null,
      article: f.article ?? null,
      from: f.from ?? null,
      to: f.to ?? null,
      text,
      lucene: text ? luceneAllWords(text) : null,
      normalizedText: text ? normalizeArabic(text) : null,
      byKind: needs.byKind,
      speakers: needs.speakers,
      targets: needs.targets,
      granularities: [...new Set(needs.granularities)],
    };
  });
  const result = await db.read((tx) => tx.run(
    `UNWIND $rows AS req
     CALL (req) {
       CALL (req) {
         WITH req WHERE req.text IS NOT NULL
         CALL db.index.fulltext.queryNodes('statement_text', req.lucene) YIELD node
         RETURN collect(node) AS textHits
       }
       CALL (req) { ${[...new Set(rows.map((r) => r.anchor))].sort().map((a) => ANCHORS[a]).join(' UNION ')} }
       WITH req, textHits, s WHERE ${CONDITIONS}
       RETURN collect(DISTINCT s) AS matched
     }
     CALL (req, matched) {
       WITH req, matched WHERE req.byKind
       UNWIND matched AS s
       WITH s.kind AS kind, count(*) AS count ORDER BY count DESC, kind
       RETURN collect({kind: kind, count: count}) AS byKind
     }
     CALL (req, matched) {
       WITH req, matched WHERE req.speakers > 0
       UNWIND matched AS s
       MATCH (a:Actor)-[:SAID]->(s)
       WITH a, count(*) AS count ORDER BY count DESC, a.id
       RETURN collect({a: a, count: count}) AS speakers
     }
     CALL (req, matched) {
       WITH req, matched WHERE req.targets > 0
       UNWIND matched AS s
       MATCH (s)-[:ABOUT]->(t)
       WITH t, count(*) AS count ORDER BY count DESC, t.id
       RETURN collect({t: t, count: count}) AS targets
     }
     CALL (req, matched) {
       UNWIND req.granularities AS g
       UNWIND matched AS s
       WITH g, ${PERIOD} AS period WHERE period IS NOT NULL
       WITH g, period, count(*) AS count ORDER BY g, period
       RETURN collect({granularity: g, period: period, count: count}) AS periods
     }
     RETURN req.key AS key, size(matched) AS count, byKind,
            [x IN speakers[0..req.speakers] | {actor: [a IN [x.a] | ${actorProjection('a')}][0], count: x.count}] AS topSpeakers,
            [x IN targets[0..req.targets] | {target: [t IN [x.t] | ${anyProjection('t')}][0], count: x.count}] AS topTargets,
            periods`,
    { rows }));
  return new Map(result.records.map((r) => {
    const byPeriod: StatementAggregateResult['byPeriod'] = {};
    for (const p of column<(PeriodCountRecord & { granularity: Granularity })[]>(r, 'periods')) {
      (byPeriod[p.granularity] ??= []).push({ period: p.period, count: p.count });
    }
    return [column<string>(r, 'key'), {
      count: column<number>(r, 'count'),
      byKind: column<KindCountRecord[]>(r, 'byKind'),
      topSpeakers: column<StatementAggregateResult['topSpeakers']>(r, 'topSpeakers'),
      topTargets: column<StatementAggregateResult['topTargets']>(r, 'topTargets'),
      byPeriod,
    }];
  }));
}
