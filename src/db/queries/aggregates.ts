import { ALL_PERIODS, PERIOD_LENGTH } from '../../graph/model.ts';
import { normalizeArabic } from '../../text/arabic.ts';
import { STANCE_KIND_PREFIX } from './keys.ts';
import { luceneAllWords } from './search.ts';
import {
  actorProjection,
  anyProjection,
  column,
  isMap,
  isNumber,
  isString,
  listOf,
  nodeById,
  placeProjection,
  dateUpperBound,
} from './shared.ts';
import type { EventKind } from '../../graph/document-graph.ts';
import type { Database } from '../driver.ts';
import type { ActorRecord, AboutRecord, KindCountRecord, PlaceRecord } from '../records.ts';
import type { StatementQuery } from './statements.ts';

/*
 * Facets over a whole statement connection (every page): counts, by kind, top speakers and
 * subjects, by period. Many connections of one request (a list of actors each with its
 * statements' aggregate) go to Neo4j as one query: one row per connection filter.
 */

/**
 * The filter a StatementConnection was built for: the `statements` filter, or a nested list's
 * owner (`event` for `Event.statements`), the same type `listStatements` reads; plus the two
 * lists no `statements` filter expresses, the statements that deny or answer one statement
 * (`Statement.deniedBy`, `Statement.answeredBy`).
 */
export interface StatementAggregateFilter extends StatementQuery {
  /** Statements that DENY this statement. */
  denies?: string | null;
  /** Statements that ANSWER this statement. */
  answers?: string | null;
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

type Anchor = 'denies' | 'answers' | 'speaker' | 'article' | 'addressee' | 'event' | 'about' | 'dates' | 'kinds' | 'all';

/**
 * Where the search starts: the most selective id condition, as in `listStatements`; without
 * one, the publication-date range or the kinds through their indexes; only then every statement.
 */
function anchorOf(f: StatementAggregateFilter): Anchor {
  // The deniers or answerers of one statement are a handful of relationships: the narrowest start.
  if (f.denies) return 'denies';
  if (f.answers) return 'answers';
  if (f.speaker) return 'speaker';
  if (f.article) return 'article';
  if (f.addressee) return 'addressee';
  if (f.event) return 'event';
  if (f.about) return 'about';
  if (f.from || f.to) return 'dates';
  if (f.kinds?.length) return 'kinds';
  return 'all';
}

/*
 * The date range as index bounds: a superset of the `from`/`to` prefix conditions (a stored
 * date at or after `from` by prefix is at or after it whole; one at or before `to` by prefix
 * sorts below `to` followed by the highest BMP character), which still filter exactly after.
 */
const LOWEST = '';
const HIGHEST = '\uffff';

/*
 * Where each connection's statements come from, one branch per anchor. A branch is guarded by
 * `WITH req WHERE req.anchor = …`, and only the branches some request of the batch uses are
 * in the query text: Neo4j plans the unanchored label scan independently of the guard, so it
 * must not be in a query whose connections all have an id condition.
 */
const ANCHORS: Record<Anchor, string> = {
  denies: "WITH req WHERE req.anchor = 'denies' MATCH (s:Statement)-[:DENIES]->(:Statement {id: req.denies}) RETURN s",
  answers: "WITH req WHERE req.anchor = 'answers' MATCH (s:Statement)-[:ANSWERS]->(:Statement {id: req.answers}) RETURN s",
  speaker: "WITH req WHERE req.anchor = 'speaker' MATCH (:Actor {id: req.speaker})-[:SAID]->(s:Statement) RETURN s",
  article: "WITH req WHERE req.anchor = 'article' MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: req.article}) RETURN s",
  addressee: "WITH req WHERE req.anchor = 'addressee' MATCH (s:Statement)-[:ADDRESSED_TO]->(:Actor {id: req.addressee}) RETURN s",
  event: "WITH req WHERE req.anchor = 'event' MATCH (s:Statement)-[:DURING|ABOUT]->(:Event {id: req.event}) RETURN s",
  about: `WITH req WHERE req.anchor = 'about'
    CALL (req) { ${nodeById('req.about', ['Actor', 'Event', 'Sector', 'Place'])} }
    MATCH (s:Statement)-[:ABOUT]->(n) RETURN s`,
  dates: `WITH req WHERE req.anchor = 'dates'
    MATCH (s:Statement) USING INDEX s:Statement(publishedAt)
    WHERE s.publishedAt >= req.lowerDate AND s.publishedAt <= req.upperDate RETURN s`,
  kinds: "WITH req WHERE req.anchor = 'kinds' MATCH (s:Statement) USING INDEX s:Statement(kind) WHERE s.kind IN req.kinds RETURN s",
  all: "WITH req WHERE req.anchor = 'all' MATCH (s:Statement) RETURN s",
};

/**
 * The conditions of `listStatements`, read from the row `req` (same meaning, one row per
 * connection), one per filter field. A batch's query holds only those some row needs beyond its
 * anchor: a speaker's statements found from the speaker need no second check that the speaker
 * said each (an index seek and an expansion per statement, more than half the work).
 */
const CONDITIONS: Record<FilterField, string> = {
  denies: 'req.denies IS NULL OR EXISTS { MATCH (s)-[:DENIES]->(:Statement {id: req.denies}) }',
  answers: 'req.answers IS NULL OR EXISTS { MATCH (s)-[:ANSWERS]->(:Statement {id: req.answers}) }',
  speaker: 'req.speaker IS NULL OR EXISTS { MATCH (:Actor {id: req.speaker})-[:SAID]->(s) }',
  about: 'req.about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(t) WHERE t.id = req.about }',
  addressee: 'req.addressee IS NULL OR EXISTS { MATCH (s)-[:ADDRESSED_TO]->(:Actor {id: req.addressee}) }',
  event: 'req.event IS NULL OR EXISTS { MATCH (s)-[:DURING|ABOUT]->(:Event {id: req.event}) }',
  kinds: 'req.kinds IS NULL OR s.kind IN req.kinds',
  direct: 'req.direct IS NULL OR s.direct = req.direct',
  article: 'req.article IS NULL OR s.articleId = req.article',
  from: 'req.from IS NULL OR (s.publishedAt IS NOT NULL AND substring(s.publishedAt, 0, size(req.from)) >= req.from)',
  to: 'req.to IS NULL OR (s.publishedAt IS NOT NULL AND substring(s.publishedAt, 0, size(req.to)) <= req.to)',
  text: 'req.text IS NULL OR s IN textHits OR s.searchText CONTAINS req.normalizedText',
};

type FilterField =
  'denies' | 'answers' | 'speaker' | 'about' | 'addressee' | 'event' | 'kinds' | 'direct' | 'article' | 'from' | 'to' | 'text';

/** The conditions some row of the batch needs: its field is set and is not what the row's anchor already matched. */
function conditionsFor(rows: readonly ReturnType<typeof filterRow>[]): string {
  const needed = (Object.keys(CONDITIONS) as FilterField[]).filter((field) =>
    rows.some((row) => row[field] !== null && row.anchor !== field),
  );
  return needed.length ? needed.map((field) => `(${CONDITIONS[field]})`).join('\n  AND ') : 'true';
}

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

/** One connection's filter and needs as the query's row `req`. */
function filterRow({ key, filter: f, needs }: AggregateRequest) {
  const text = f.text?.trim() || null;
  const anchor = anchorOf(f);
  return {
    key,
    anchor,
    denies: f.denies ?? null,
    answers: f.answers ?? null,
    speaker: f.speaker ?? null,
    about: f.about ?? null,
    addressee: f.addressee ?? null,
    event: f.event ?? null,
    kinds: f.kinds?.length ? [...f.kinds] : null,
    direct: f.direct ?? null,
    article: f.article ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    // An empty range for rows of other anchors: Neo4j may seek before it checks the guard.
    lowerDate: anchor === 'dates' ? (f.from ?? LOWEST) : HIGHEST,
    upperDate: anchor === 'dates' ? (dateUpperBound(f.to) ?? HIGHEST) : LOWEST,
    text,
    lucene: text ? luceneAllWords(text) : null,
    normalizedText: text ? normalizeArabic(text) : null,
    byKind: needs.byKind,
    speakers: needs.speakers,
    targets: needs.targets,
    granularities: [...new Set(needs.granularities)],
  };
}

/**
 * The aggregates of many statement connections in one query, one row per request. Only the
 * parts a request needs are computed for it (the others return empty lists).
 */
export async function statementAggregates(
  db: Database,
  requests: readonly AggregateRequest[],
): Promise<Map<string, StatementAggregateResult>> {
  const fromPeriods = requests.filter(fromSpeakerPeriods);
  const rest = requests.filter((r) => !fromSpeakerPeriods(r));
  const results = await Promise.all([
    fromPeriods.length ? speakerPeriodAggregates(db, fromPeriods) : new Map<string, StatementAggregateResult>(),
    rest.length ? matchedAggregates(db, rest) : new Map<string, StatementAggregateResult>(),
  ]);
  return new Map(results.flatMap((m) => [...m]));
}

/**
 * Whether a connection's aggregate is read from its speaker's per-period rows (the graph
 * model's PERIOD_ACTIVITY): one speaker's statements and nothing else, counted, by kind, by month.
 */
export function fromSpeakerPeriods({ filter: f, needs }: AggregateRequest): boolean {
  const onlySpeaker =
    Boolean(f.speaker) &&
    !f.denies &&
    !f.answers &&
    !f.about &&
    !f.addressee &&
    !f.event &&
    !f.kinds?.length &&
    (f.direct === null || f.direct === undefined) &&
    !f.article &&
    !f.from &&
    !f.to &&
    !f.text?.trim();
  return onlySpeaker && needs.speakers === 0 && needs.targets === 0 && needs.granularities.every((g) => g === 'MONTH');
}

/*
 * A speaker's count, kinds and months from its PERIOD_ACTIVITY rows (one per period it was
 * active in, ALL_PERIODS carrying the kinds): work that follows the speaker's months, where the
 * statements were read one by one (a busy speaker's thousands).
 */
async function speakerPeriodAggregates(
  db: Database,
  requests: readonly AggregateRequest[],
): Promise<Map<string, StatementAggregateResult>> {
  const rows = requests.map(({ key, filter, needs }) => ({
    key,
    speaker: filter.speaker!,
    byKind: needs.byKind,
    months: needs.granularities.includes('MONTH'),
  }));
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $rows AS req
       OPTIONAL MATCH (a:Actor {id: req.speaker})
       CALL (a) {
         MATCH (a)-[r:PERIOD_ACTIVITY]->(a) WHERE r.said > 0
         WITH r ORDER BY r.period
         RETURN collect(r) AS active
       }
       WITH req, [r IN active WHERE r.period = '${ALL_PERIODS}'][0] AS whole, active
       RETURN req.key AS key, coalesce(whole.said, 0) AS count,
              CASE WHEN req.byKind AND whole IS NOT NULL
                   THEN [k IN keys(whole) WHERE k STARTS WITH '${STANCE_KIND_PREFIX}' | {kind: substring(k, ${STANCE_KIND_PREFIX.length}), count: whole[k]}]
                   ELSE [] END AS byKind,
              CASE WHEN req.months
                   THEN [r IN active WHERE size(r.period) = ${PERIOD_LENGTH} | {granularity: 'MONTH', period: r.period, count: r.said}]
                   ELSE [] END AS periods`,
      { rows },
    ),
  );
  return new Map(
    result.records.map((r) => [
      column(r, 'key', isString),
      {
        count: column(r, 'count', isNumber),
        byKind: column(r, 'byKind', listOf(isMap<KindCountRecord>('kind', 'count'))).sort(
          (a, b) => b.count - a.count || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
        ),
        topSpeakers: [],
        topTargets: [],
        byPeriod: statementPeriods(r),
      },
    ]),
  );
}

function statementPeriods(r: Neo4jRecordLike): StatementAggregateResult['byPeriod'] {
  const byPeriod: StatementAggregateResult['byPeriod'] = {};
  for (const p of column(
    r as Parameters<typeof column>[0],
    'periods',
    listOf(isMap<PeriodCountRecord & { granularity: Granularity }>('period', 'count', 'granularity')),
  )) {
    (byPeriod[p.granularity] ??= []).push({ period: p.period, count: p.count });
  }
  return byPeriod;
}

/** The aggregates from the matching statements themselves (any filter and facet). */
async function matchedAggregates(db: Database, requests: readonly AggregateRequest[]): Promise<Map<string, StatementAggregateResult>> {
  const rows = requests.map(filterRow);
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $rows AS req
     CALL (req) {
       CALL (req) {
         WITH req WHERE req.text IS NOT NULL
         CALL db.index.fulltext.queryNodes('statement_text', req.lucene) YIELD node
         RETURN collect(node) AS textHits
       }
       CALL (req) { ${[...new Set(rows.map((r) => r.anchor))]
         .sort()
         .map((a) => ANCHORS[a])
         .join(' UNION ')} }
       WITH req, textHits, s WHERE ${conditionsFor(rows)}
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
      { rows },
    ),
  );
  return new Map(
    result.records.map((r) => {
      const byPeriod: StatementAggregateResult['byPeriod'] = {};
      for (const p of column(
        r,
        'periods',
        listOf(isMap<PeriodCountRecord & { granularity: Granularity }>('period', 'count', 'granularity')),
      )) {
        (byPeriod[p.granularity] ??= []).push({ period: p.period, count: p.count });
      }
      return [
        column(r, 'key', isString),
        {
          count: column(r, 'count', isNumber),
          byKind: column(r, 'byKind', listOf(isMap<KindCountRecord>('kind', 'count'))),
          topSpeakers: column(r, 'topSpeakers', listOf(isMap<StatementAggregateResult['topSpeakers'][number]>('actor', 'count'))),
          topTargets: column(r, 'topTargets', listOf(isMap<StatementAggregateResult['topTargets'][number]>('target', 'count'))),
          byPeriod,
        },
      ];
    }),
  );
}

/*
 * Events and articles: the same batching, one row per connection filter, fewer facets.
 */

/** The period label of the date expression `dateExpr` under granularity `g` (null when too coarse). */
const periodOf = (dateExpr: string) => PERIOD.replaceAll('s.publishedAt', dateExpr);

/** One "most frequent first" facet: items reached by `pattern` from each matched node `v`, counted. */
const topFacet = (need: string, v: string, pattern: string, item: string, sortKey: string, column: string) => `
     CALL (req, matched) {
       WITH req, matched WHERE req.${need} > 0
       UNWIND matched AS ${v}
       ${pattern}
       WITH ${item} AS item, count(*) AS count ORDER BY count DESC, ${sortKey}
       RETURN collect({item: item, count: count}) AS ${column}
     }`;

const periodFacet = (v: string, dateExpr: string) => `
     CALL (req, matched) {
       UNWIND req.granularities AS g
       UNWIND matched AS ${v}
       WITH g, ${periodOf(dateExpr)} AS period WHERE period IS NOT NULL
       WITH g, period, count(*) AS count ORDER BY g, period
       RETURN collect({granularity: g, period: period, count: count}) AS periods
     }`;

function periodsOf(record: Neo4jRecordLike): Partial<Record<Granularity, PeriodCountRecord[]>> {
  const byPeriod: Partial<Record<Granularity, PeriodCountRecord[]>> = {};
  for (const p of record.get('periods') as (PeriodCountRecord & { granularity: Granularity })[]) {
    (byPeriod[p.granularity] ??= []).push({ period: p.period, count: p.count });
  }
  return byPeriod;
}

interface Neo4jRecordLike {
  get(key: string): unknown;
}

/** The filter an EventConnection was built for: the `events` filter, or a nested list's owner. */
export interface EventAggregateFilter {
  kind?: EventKind | null;
  participants?: readonly string[] | null;
  place?: string | null;
  from?: string | null;
  to?: string | null;
  /** Events affecting this sector (`Sector.events`). */
  sector?: string | null;
  /** Events this article mentions (`Article.events`). */
  article?: string | null;
}

export interface EventAggregateNeeds {
  byKind: boolean;
  places: number;
  granularities: Granularity[];
}

export interface EventAggregateResult {
  count: number;
  byKind: { kind: EventKind; count: number }[];
  byPlace: { place: PlaceRecord; count: number }[];
  byPeriod: Partial<Record<Granularity, PeriodCountRecord[]>>;
}

type EventAnchor = 'participant' | 'place' | 'sector' | 'article' | 'dates' | 'all';

function eventAnchorOf(f: EventAggregateFilter): EventAnchor {
  if (f.participants?.length) return 'participant';
  if (f.place) return 'place';
  if (f.sector) return 'sector';
  if (f.article) return 'article';
  if (f.from || f.to) return 'dates';
  return 'all';
}

/*
 * `listEvents` admits an event dated only `2024` for `from: 2024-03-01`, so the index range
 * starts at the year of `from` (a superset; the exact conditions filter afterwards).
 */
const YEAR_LENGTH = 4;

/* As for statements: only the branches the batch uses are in the query text. */
const EVENT_ANCHORS: Record<EventAnchor, string> = {
  participant: "WITH req WHERE req.anchor = 'participant' MATCH (:Actor {id: req.participants[0]})-[:PARTICIPATED_IN]->(e:Event) RETURN e",
  place: "WITH req WHERE req.anchor = 'place' MATCH (e:Event)-[:IN]->(:Place {id: req.place}) RETURN e",
  sector: "WITH req WHERE req.anchor = 'sector' MATCH (e:Event)-[:AFFECTS]->(:Sector {id: req.sector}) RETURN e",
  article: "WITH req WHERE req.anchor = 'article' MATCH (:Article {id: req.article})-[:MENTIONS]->(e:Event) RETURN e",
  dates: `WITH req WHERE req.anchor = 'dates'
    MATCH (e:Event) USING INDEX e:Event(date) WHERE e.date >= req.lowerDate AND e.date <= req.upperDate RETURN e`,
  all: "WITH req WHERE req.anchor = 'all' MATCH (e:Event) RETURN e",
};

/** The conditions of `listEvents`, read from the row `req`, plus the nested lists' owners. */
const EVENT_CONDITIONS = `
  (req.kind IS NULL OR e.kind = req.kind)
  AND (req.place IS NULL OR EXISTS { MATCH (e)-[:IN]->(:Place {id: req.place}) })
  AND all(p IN req.participants WHERE EXISTS { MATCH (:Actor {id: p})-[:PARTICIPATED_IN]->(e) })
  AND (req.from IS NULL OR (e.date IS NOT NULL AND substring(e.date, 0, size(req.from)) >= substring(req.from, 0, size(e.date))))
  AND (req.to IS NULL OR (e.date IS NOT NULL AND substring(e.date, 0, size(req.to)) <= req.to))
  AND (req.sector IS NULL OR EXISTS { MATCH (e)-[:AFFECTS]->(:Sector {id: req.sector}) })
  AND (req.article IS NULL OR EXISTS { MATCH (:Article {id: req.article})-[:MENTIONS]->(e) })`;

/** The aggregates of many event connections in one query (events by their own date). */
export async function eventAggregates(
  db: Database,
  requests: readonly { key: string; filter: EventAggregateFilter; needs: EventAggregateNeeds }[],
): Promise<Map<string, EventAggregateResult>> {
  const rows = requests.map(({ key, filter: f, needs }) => ({
    key,
    anchor: eventAnchorOf(f),
    // An empty range for rows of other anchors, as for statements.
    lowerDate: eventAnchorOf(f) === 'dates' ? (f.from ?? LOWEST).slice(0, YEAR_LENGTH) : HIGHEST,
    upperDate: eventAnchorOf(f) === 'dates' ? (dateUpperBound(f.to) ?? HIGHEST) : LOWEST,
    kind: f.kind ?? null,
    participants: [...(f.participants ?? [])],
    place: f.place ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    sector: f.sector ?? null,
    article: f.article ?? null,
    byKind: needs.byKind,
    places: needs.places,
    granularities: [...new Set(needs.granularities)],
  }));
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $rows AS req
     CALL (req) {
       CALL (req) { ${[...new Set(rows.map((r) => r.anchor))]
         .sort()
         .map((a) => EVENT_ANCHORS[a])
         .join(' UNION ')} }
       WITH req, e WHERE ${EVENT_CONDITIONS}
       RETURN collect(DISTINCT e) AS matched
     }
     CALL (req, matched) {
       WITH req, matched WHERE req.byKind
       UNWIND matched AS e
       WITH e.kind AS kind, count(*) AS count ORDER BY count DESC, kind
       RETURN collect({kind: kind, count: count}) AS byKind
     }
     ${topFacet('places', 'e', 'MATCH (e)-[:IN]->(p:Place)', 'p', 'item.id', 'places')}
     ${periodFacet('e', 'e.date')}
     RETURN req.key AS key, size(matched) AS count, byKind,
            [x IN places[0..req.places] | {place: [p IN [x.item] | ${placeProjection('p')}][0], count: x.count}] AS byPlace,
            periods`,
      { rows },
    ),
  );
  return new Map(
    result.records.map((r) => [
      column(r, 'key', isString),
      {
        count: column(r, 'count', isNumber),
        byKind: column(r, 'byKind', listOf(isMap<EventAggregateResult['byKind'][number]>('kind', 'count'))),
        byPlace: column(r, 'byPlace', listOf(isMap<EventAggregateResult['byPlace'][number]>('place', 'count'))),
        byPeriod: periodsOf(r),
      },
    ]),
  );
}

/** The filter an ArticleConnection was built for: none for `articles`, the actor for `Actor.articles`. */
export interface ArticleAggregateFilter {
  /** Articles mentioning this actor. */
  mentions?: string | null;
}

export interface ArticleAggregateNeeds {
  sources: number;
  granularities: Granularity[];
}

export interface ArticleAggregateResult {
  count: number;
  bySource: { source: string | null; count: number }[];
  byPeriod: Partial<Record<Granularity, PeriodCountRecord[]>>;
}

const ARTICLE_ANCHORS = {
  mentions: 'WITH req WHERE req.mentions IS NOT NULL MATCH (art:Article)-[:MENTIONS]->(:Actor {id: req.mentions}) RETURN art',
  all: 'WITH req WHERE req.mentions IS NULL MATCH (art:Article) RETURN art',
} as const;

/** The aggregates of many article connections in one query (articles by publication date, by outlet). */
export async function articleAggregates(
  db: Database,
  requests: readonly { key: string; filter: ArticleAggregateFilter; needs: ArticleAggregateNeeds }[],
): Promise<Map<string, ArticleAggregateResult>> {
  const rows = requests.map(({ key, filter, needs }) => ({
    key,
    mentions: filter.mentions ?? null,
    sources: needs.sources,
    granularities: [...new Set(needs.granularities)],
  }));
  const anchors = [...new Set(rows.map((r): keyof typeof ARTICLE_ANCHORS => (r.mentions ? 'mentions' : 'all')))].sort();
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $rows AS req
     CALL (req) {
       CALL (req) { ${anchors.map((a) => ARTICLE_ANCHORS[a]).join(' UNION ')} }
       RETURN collect(DISTINCT art) AS matched
     }
     ${topFacet('sources', 'art', '', 'art.source', 'item IS NULL, item', 'sources')}
     ${periodFacet('art', 'art.publishedAt')}
     RETURN req.key AS key, size(matched) AS count,
            [x IN sources[0..req.sources] | {source: x.item, count: x.count}] AS bySource, periods`,
      { rows },
    ),
  );
  return new Map(
    result.records.map((r) => [
      column(r, 'key', isString),
      {
        count: column(r, 'count', isNumber),
        bySource: column(r, 'bySource', listOf(isMap<ArticleAggregateResult['bySource'][number]>('source', 'count'))),
        byPeriod: periodsOf(r),
      },
    ]),
  );
}
