import { PERIOD_LENGTH, periodLabel, STATEMENT_KIND_LABELS } from '../../graph/model.ts';
import { normalizeArabic } from '../../text/arabic.ts';
import { STANCE_KIND_PREFIX, stancePairKeyOfIds, UNDATED } from './keys.ts';
import { luceneAllWords } from './search.ts';
import {
  isMap,
  keysetPageOf,
  keysetQuery,
  nodeById,
  nodeRecordOf,
  PAGE_PLUS_ONE,
  statementProjection,
  type KeysetRequest,
  type StatementLink,
  DATE_UPPER_SUFFIX,
  dateUpperBound,
} from './shared.ts';
import type { StatementKind } from '../../graph/document-graph.ts';
import type { Database } from '../driver.ts';
import type { ContradictionRecord, KeysetPage, StatementRecord } from '../records.ts';

export interface StatementQuery {
  speaker?: string | null;
  about?: string | null;
  addressee?: string | null;
  /** Said during, or about, this event (what Event.statements lists). */
  event?: string | null;
  kinds?: readonly StatementKind[] | null;
  direct?: boolean | null;
  article?: string | null;
  from?: string | null;
  to?: string | null;
  text?: string | null;
}

export type StatementOrder = 'NEWEST_FIRST' | 'OLDEST_FIRST';

/** The maintained sort key property of each order (see keys.ts). */
export const STATEMENT_KEYS: Record<StatementOrder, 'newestKey' | 'oldestKey'> = {
  NEWEST_FIRST: 'newestKey',
  OLDEST_FIRST: 'oldestKey',
};

type Params = ReturnType<typeof statementParams>;

/** A date with every digit d as 9 - d: the newest-first key's date part (keys.ts, newestDate). */
const complement = (date: string) => date.replace(/[0-9]/g, (d) => String(9 - Number(d)));
/** Ends the newest-first date part of a key (keys.ts UNDATED), then anything after it. */
const NEWEST_DATE_END = `${UNDATED}\uffff`;

/**
 * A date range as bounds on the sort keys, so a date-only page is one range of the key index
 * read in order (and a speaker's or a kind's, a range of their composite index) instead of a
 * walk through every newer statement. The newest-first key starts with the complemented date
 * (later dates smaller): dates up to `to` (any finer date it covers included) start at or
 * after complement(to), dates from `from` on end before complement(from) + '~'. Without a
 * range the bounds admit every key. The publishedAt conditions still decide; these only narrow.
 */
function keyBounds(from: string | null, to: string | null) {
  return {
    newestLow: to ? complement(to) : '',
    newestHigh: from ? `${complement(from)}${NEWEST_DATE_END}` : DATE_UPPER_SUFFIX,
    oldestLow: from ?? '',
    oldestHigh: dateUpperBound(to) ?? DATE_UPPER_SUFFIX,
  };
}

/**
 * `from`/`to` are date prefixes (`2024`, `2024-03`, `2024-03-05`) compared with the article
 * date. As plain bounds the publishedAt range index can serve them: `publishedAt >= from` is
 * the same as comparing the prefix, and a `to` followed by the highest BMP character sorts
 * after every date that continues it (`2024-03` admits `2024-03-31`).
 */
function statementParams(filter: StatementQuery) {
  return {
    speaker: filter.speaker ?? null,
    about: filter.about ?? null,
    addressee: filter.addressee ?? null,
    event: filter.event ?? null,
    kinds: filter.kinds?.length ? [...new Set(filter.kinds)] : null,
    direct: filter.direct ?? null,
    article: filter.article ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    toUpper: dateUpperBound(filter.to),
    ...keyBounds(filter.from ?? null, filter.to ?? null),
    text: filter.text?.trim() || null,
    lucene: filter.text ? luceneAllWords(filter.text) : null,
    normalizedText: filter.text ? normalizeArabic(filter.text.trim()) : null,
  };
}

/**
 * The query parameters, every one always of the same type ('' and flags for what is not
 * given, never null): Neo4j keys its plan cache on the query text and the parameter types, and
 * planning these queries costs seconds on a busy machine, far more than running a page.
 */
function cypherParams(p: Params) {
  return {
    speaker: p.speaker ?? '',
    about: p.about ?? '',
    addressee: p.addressee ?? '',
    event: p.event ?? '',
    article: p.article ?? '',
    from: p.from ?? '',
    toUpper: p.toUpper ?? '',
    newestLow: p.newestLow,
    newestHigh: p.newestHigh,
    oldestLow: p.oldestLow,
    oldestHigh: p.oldestHigh,
    text: p.text ?? '',
    lucene: p.lucene ?? '',
    normalizedText: p.normalizedText ?? '',
    kindsGiven: p.kinds !== null,
    kinds: p.kinds ?? ['-'],
    kind: p.kinds?.[0] ?? '',
    directGiven: p.direct !== null,
    direct: p.direct ?? false,
    dateHigh: p.toUpper ?? DATE_UPPER_SUFFIX,
  };
}

/**
 * The conditions on `s` beyond where the search starts. Each tests whether its parameter is
 * given, so the text depends on the source only: Neo4j plans each source once, whatever the
 * mix of filters.
 */
function conditions(source: Source): string[] {
  const where: string[] = [];
  if (source !== 'speaker' && source !== 'speakerAbout') where.push("($speaker = '' OR s.speakerId = $speaker)");
  if (source !== 'article') where.push("($article = '' OR EXISTS { MATCH (s)-[:REPORTED_IN]->(:Article {id: $article}) })");
  if (source !== 'addressee') where.push("($addressee = '' OR EXISTS { MATCH (s)-[:ADDRESSED_TO]->(:Actor {id: $addressee}) })");
  if (source !== 'about' && source !== 'speakerAbout')
    where.push("($about = '' OR EXISTS { MATCH (s)-[:ABOUT]->(t) WHERE t.id = $about })");
  if (source !== 'event') where.push("($event = '' OR EXISTS { MATCH (s)-[:DURING|ABOUT]->(:Event {id: $event}) })");
  if (source !== 'kind') where.push('(NOT $kindsGiven OR s.kind IN $kinds)');
  where.push('(NOT $directGiven OR s.direct = $direct)');
  where.push("($from = '' OR s.publishedAt >= $from)");
  where.push("($toUpper = '' OR s.publishedAt <= $toUpper)");
  return where;
}

/** Whether any condition is given besides the one the search starts from. */
function moreConditions(p: Params, source: Source): boolean {
  return Boolean(
    (p.speaker && source !== 'speaker' && source !== 'speakerAbout') ||
    (p.article && source !== 'article') ||
    (p.addressee && source !== 'addressee') ||
    (p.about && source !== 'about' && source !== 'speakerAbout') ||
    (p.event && source !== 'event') ||
    (p.kinds && source !== 'kind') ||
    p.direct !== null ||
    p.from ||
    p.to,
  );
}

type Source = 'text' | 'speakerAbout' | 'speaker' | 'article' | 'event' | 'addressee' | 'about' | 'kind' | 'dates' | 'all';

/**
 * Where the search for statements starts: the most selective condition given, through an
 * index, instead of every statement. A speaker's statements are one range of the
 * (speakerId, newestKey) index, in page order; the others are expanded from their node.
 */
function sourceOf(p: Params): Source {
  if (p.text) return 'text';
  if (p.article) return 'article';
  if (p.speaker && p.about) return 'speakerAbout';
  if (p.speaker) return 'speaker';
  if (p.event) return 'event';
  if (p.addressee) return 'addressee';
  if (p.about) return 'about';
  if (p.kinds?.length === 1) return 'kind';
  if (p.from || p.to) return 'dates';
  return 'all';
}

/**
 * The MATCH binding every candidate `s` of a source (no key condition). A speaker's
 * statements come from the (speakerId, newestKey) index when the page reads that index in
 * its order (`speakerIndex`), from the speaker's node otherwise: without a condition on the
 * key the composite index cannot be used.
 */
function match(source: Source, speakerIndex = false): string {
  switch (source) {
    case 'text':
      return `CALL {
         CALL db.index.fulltext.queryNodes('statement_text', $lucene) YIELD node RETURN node AS s
         UNION
         MATCH (s:Statement) WHERE s.searchText CONTAINS $normalizedText RETURN s
       }
       WITH DISTINCT s`;
    case 'article':
      return 'MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: $article})';
    case 'speakerAbout':
      return speakerAboutMatch('$speaker', '$about');
    // The hints: left alone, the planner may take the kind-only index (or, with dates, the
    // publishedAt index) and sort the whole range instead of reading one page in index order.
    case 'kind':
      return speakerIndex
        ? 'MATCH (s:Statement) USING INDEX s:Statement(kind, newestKey) WHERE s.kind = $kind'
        : 'MATCH (s:Statement) WHERE s.kind IN $kinds';
    case 'speaker':
      return speakerIndex
        ? 'MATCH (s:Statement) USING INDEX s:Statement(speakerId, newestKey) WHERE s.speakerId = $speaker'
        : 'MATCH (:Actor {id: $speaker})-[:SAID]->(s:Statement)';
    case 'event':
      return 'MATCH (s:Statement)-[:DURING|ABOUT]->(:Event {id: $event})';
    case 'addressee':
      return 'MATCH (s:Statement)-[:ADDRESSED_TO]->(:Actor {id: $addressee})';
    case 'about':
      return `CALL { ${nodeById('$about', ['Actor', 'Event', 'Sector', 'Place'])} } MATCH (s:Statement)-[:ABOUT]->(n)`;
    // Counted through the publishedAt index; a page reads the sort-key range instead (listStatements).
    case 'dates':
      return 'MATCH (s:Statement) WHERE s.publishedAt >= $from AND s.publishedAt <= $dateHigh';
    case 'all':
      return 'MATCH (s:Statement)';
  }
}

/**
 * The statements about `$about` as a range of the index on the ABOUT edges' keys (the graph
 * model's ABOUT_KEYS), in the order of `key`: a page reads its rows and stops, however many
 * statements are about a busy target. A statement is ABOUT a target at most once (the loader
 * writes distinct pairs), so no DISTINCT is needed. The hint: without it the planner may start
 * from the target's node and sort all its edges.
 */
const aboutMatch = (key: 'newestKey' | 'oldestKey') =>
  `MATCH (s:Statement)-[r:ABOUT]->() USING INDEX r:ABOUT(targetId, ${key}) WHERE r.targetId = $about`;

/**
 * One speaker's statements about one target as a range of the (speakerId, targetId, newestKey)
 * index on the ABOUT edges (the graph model's ABOUT_KEYS), bound to `s` and its edge `r`, newest
 * first when ordered by ABOUT_SPEAKER_ORDER: a page reads its rows and stops, where reading the
 * speaker's statements until enough were about the target grew with the speaker's other
 * statements. `speaker` and `target` are Cypher expressions; the key condition makes the index
 * usable (a composite index wants a predicate on each of its properties).
 */
export const speakerAboutMatch = (speaker: string, target: string, after = "''") =>
  `MATCH (s:Statement)-[r:ABOUT]->() USING INDEX r:ABOUT(speakerId, targetId, newestKey)
       WHERE r.speakerId = ${speaker} AND r.targetId = ${target} AND r.newestKey > ${after}`;
/** The order of speakerAboutMatch's index: its range read as it is stored, nothing sorted. */
export const ABOUT_SPEAKER_ORDER = 'r.speakerId, r.targetId, r.newestKey';

/** `WHERE` or `AND`, whichever continues `matchText` (some sources end in a WHERE already). */
const joinWhere = (matchText: string, where: string[]) =>
  where.length === 0 ? '' : `${/\bWHERE\b[^}]*$/.test(matchText) ? 'AND' : 'WHERE'} ${where.join(' AND ')}`;

/**
 * Counting the statements of a filter. Where a maintained number says it, that number: the
 * count store for all statements, the node's degree for one speaker, target, addressee or
 * article (O(1) either way). Otherwise the same candidates as the page, counted.
 */
function countQuery(p: Params, source: Source): string {
  if (!moreConditions(p, source)) {
    switch (source) {
      case 'all':
        return 'MATCH (s:Statement) RETURN count(s) AS total';
      case 'speaker':
        return 'OPTIONAL MATCH (a:Actor {id: $speaker}) RETURN coalesce(COUNT { (a)-[:SAID]->() }, 0) AS total';
      case 'article':
        return 'OPTIONAL MATCH (a:Article {id: $article}) RETURN coalesce(COUNT { (a)<-[:REPORTED_IN]-() }, 0) AS total';
      case 'addressee':
        return 'OPTIONAL MATCH (a:Actor {id: $addressee}) RETURN coalesce(COUNT { (a)<-[:ADDRESSED_TO]-() }, 0) AS total';
      case 'about':
        // An aggregate without grouping keys gives its one row even when the node is missing.
        return `CALL { ${nodeById('$about', ['Actor', 'Event', 'Sector', 'Place'])} }
                RETURN sum(COUNT { (n)<-[:ABOUT]-() }) AS total`;
      default:
        break;
    }
  }
  if (p.kinds && kindsOnly(p)) return kindCount(p.kinds);
  const periods = source === 'dates' && datesOnly(p) ? periodsBetween(p.from, p.to) : null;
  if (periods) return periodCount(periods);
  if (stanceCounts(p)) {
    // The maintained STANCE edge between the two already counts them, per kind too (loader.ts),
    // found by a seek on its unique pair key: matched from either end, it expanded every STANCE
    // edge of the target (4,409 db hits for one page at 10,000 articles), a number that grows
    // with the graph.
    return `OPTIONAL MATCH ()-[r:STANCE {pairKey: ${stancePairKeyOfIds('$speaker', '$about')}}]->()
            RETURN sum(CASE WHEN r IS NULL THEN 0 WHEN $kindsGiven
                            THEN reduce(c = 0, k IN $kinds | c + coalesce(r['${STANCE_KIND_PREFIX}' + k], 0))
                            ELSE r.count END) AS total`;
  }
  const m = match(source);
  return `${m} ${joinWhere(m, conditions(source))} RETURN count(DISTINCT s) AS total`;
}

/** Whether the kinds are the only condition given (besides them, moreConditions checks all but the text). */
const kindsOnly = (p: Params): boolean => !moreConditions(p, 'kind') && !p.text;

/**
 * The statements of some kinds, counted from the count store: each kind is a label (the graph
 * model's STATEMENT_KIND_LABELS), whose count Neo4j keeps, so this reads a number per kind
 * however many statements there are. The labels come from the enumeration, never from input.
 */
const kindCount = (kinds: readonly StatementKind[]): string =>
  `${kinds.map((kind, i) => `CALL () { MATCH (s:${STATEMENT_KIND_LABELS[kind]}) RETURN count(s) AS c${i} }`).join('\n')}
   RETURN ${kinds.map((_, i) => `c${i}`).join(' + ')} AS total`;

/** Whether the date range is the only condition given. */
const datesOnly = (p: Params): boolean =>
  !p.speaker && !p.article && !p.addressee && !p.about && !p.event && !p.kinds && p.direct === null && !p.text;

const YEAR_LENGTH = 4;
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
/** The longest range counted by periods (its years times 13 count-store reads); a longer one is counted from the index. */
const MAX_PERIOD_YEARS = 30;
const YEAR_OR_MONTH = /^\d{4}(-\d{2})?$/;

/**
 * The periods (the graph model's PERIOD_LENGTH: a month, or a year-only date's year) whose
 * statements are exactly those dated from `from` to `to`, both a year or a month; null for any
 * other range (a day, an open end, too many years), which is counted from the index.
 */
export function periodsBetween(from: string | null, to: string | null): string[] | null {
  if (!from || !to || !YEAR_OR_MONTH.test(from) || !YEAR_OR_MONTH.test(to)) return null;
  const first = Number(from.slice(0, YEAR_LENGTH));
  const last = Number(to.slice(0, YEAR_LENGTH));
  if (last < first) return [];
  if (last - first >= MAX_PERIOD_YEARS) return null;
  const upper = dateUpperBound(to)!;
  const periods: string[] = [];
  for (let year = first; year <= last; year++) {
    for (const period of [String(year), ...MONTHS.map((m) => `${year}-${m}`)]) {
      if (period.length <= PERIOD_LENGTH && period >= from && period <= upper) periods.push(period);
    }
  }
  return periods;
}

/**
 * The statements of some periods, counted from the count store: each dated statement carries
 * its period's label (the graph model's periodLabel), built here from digits only.
 */
const periodCount = (periods: readonly string[]): string =>
  periods.length === 0
    ? 'RETURN 0 AS total'
    : `CALL () {
         ${periods.map((period) => `MATCH (s:\`${periodLabel(period)}\`) RETURN count(s) AS c`).join('\n         UNION ALL\n         ')}
       }
       RETURN sum(c) AS total`;

/**
 * Whether a speaker's statements about one target (of some kinds, nothing else) are what a
 * STANCE edge counts: statements of the speaker ABOUT the target, the speaker itself left out.
 */
function stanceCounts(p: Params): boolean {
  return Boolean(
    p.speaker &&
    p.about &&
    p.speaker !== p.about &&
    !p.addressee &&
    !p.article &&
    !p.event &&
    p.direct === null &&
    !p.from &&
    !p.to &&
    !p.text,
  );
}

/**
 * Statements matching every given condition, one page after the key `request.after`, in one
 * round trip (the count only when asked). A `text` condition matches the full-text index
 * (stemmed Arabic) or, for words the analyzer drops, the normalized substring (hamza/alef/ya/
 * taa marbuta forms compare equal) through the trigram text index. With `links` (the GraphQL
 * selection), each statement comes with only those links (shared.ts, statementProjection).
 */
export async function listStatements(
  db: Database,
  filter: StatementQuery,
  order: StatementOrder,
  request: KeysetRequest,
  links?: readonly StatementLink[],
): Promise<KeysetPage<StatementRecord>> {
  const p = statementParams(filter);
  const source = sourceOf(p);
  const key = STATEMENT_KEYS[order];
  // One speaker's or one kind's statements are a range of a composite index, read in page
  // order when the order is the index's (newest first); one target's, a range of the index on
  // the ABOUT edges' keys in either order (the edge carries both keys of its statement).
  const speakerIndex = (source === 'speaker' || source === 'kind') && order === 'NEWEST_FIRST';
  const aboutIndex = source === 'about';
  // A speaker's statements about a target: the index range (speakerAboutMatch) is the page in
  // newest-first order; oldest first, those statements (only them) are sorted.
  const speakerAboutIndex = source === 'speakerAbout' && order === 'NEWEST_FIRST';
  const m = source === 'dates' ? match('all') : aboutIndex ? aboutMatch(key) : match(source, speakerIndex);
  const k = aboutIndex || speakerAboutIndex ? `r.${key}` : `s.${key}`;
  const bounds = order === 'NEWEST_FIRST' ? `$newestLow AND ${k} <= $newestHigh` : `$oldestLow AND ${k} <= $oldestHigh`;
  // Only with dates: elsewhere the bounds admit every key and would only cost a read per candidate.
  const where = [...conditions(source), `${k} > $after`, ...(p.from || p.to ? [`${k} >= ${bounds}`] : [])];
  const orderBy = speakerIndex
    ? `s.${source === 'speaker' ? 'speakerId' : 'kind'}, s.${key}`
    : aboutIndex
      ? `r.targetId, ${k}`
      : speakerAboutIndex
        ? ABOUT_SPEAKER_ORDER
        : k;
  const distinct = source === 'event' ? 'WITH DISTINCT s' : aboutIndex || source === 'speakerAbout' ? 'WITH s, r' : 'WITH s';
  const page = `${m} ${joinWhere(m, where)}
       ${distinct} ORDER BY ${orderBy} LIMIT ${PAGE_PLUS_ONE}
       RETURN collect({key: s.${key}, node: ${statementProjection('s', links)}}) AS rows`;
  const query =
    source === 'text' ? textQuery(key, request.withCount, links) : keysetQuery(page, request.withCount ? countQuery(p, source) : null);
  const result = await db.read((tx) =>
    tx.run(query, {
      ...cypherParams(p),
      after: request.after,
      limit: request.limit,
    }),
  );
  return keysetPageOf(result.records, request, nodeRecordOf('Statement'));
}

/**
 * A text-filtered page: the statements matching the words come from the full-text and trigram
 * indexes in no useful order, so every match is read and its key compared (a top-k), however
 * the page is asked. The count, when asked, is the size of that same set, collected once: as a
 * second subquery it read every match through both indexes again (18,609 of the 75,088 db hits
 * of a common word's first page at 10,000 articles). Each match's key is read once, for the
 * cursor test and the sort together.
 */
const textQuery = (key: 'newestKey' | 'oldestKey', withCount: boolean, links: readonly StatementLink[] | undefined) => {
  const m = match('text');
  const page = `WITH s, s.${key} AS key WHERE key > $after
       WITH s, key ORDER BY key LIMIT ${PAGE_PLUS_ONE}
       RETURN collect({key: key, node: ${statementProjection('s', links)}}) AS rows`;
  return withCount
    ? `${m} ${joinWhere(m, conditions('text'))}
       WITH collect(s) AS matched
       CALL (matched) {
         UNWIND matched AS s
         ${page}
       }
       RETURN rows, size(matched) AS total`
    : `${m} ${joinWhere(m, conditions('text'))}
       ${page}`;
};

/** The number of statements matching a filter (totalCount asked for apart from a page). */
export async function countStatements(db: Database, filter: StatementQuery): Promise<number> {
  const p = statementParams(filter);
  const result = await db.read((tx) => tx.run(countQuery(p, sourceOf(p)), cypherParams(p)));
  return (result.records[0]?.get('total') as number | undefined) ?? 0;
}

/**
 * DENIES pairs, both sides, newest denial first (a statement denies at most one other, so the
 * denial's key orders the pairs); with `actor`, only pairs where it speaks on either side.
 * Each side fetches only its `links` (the selection on it), or every link as ids without them.
 */
/** Publication-date bounds of the denying statement (prefixes, as StatementQuery's from/to). */
export interface DateRange {
  from?: string | null;
  to?: string | null;
}

export async function listContradictions(
  db: Database,
  actor: string | null,
  request: KeysetRequest,
  dates: DateRange = {},
  links: { denial?: readonly StatementLink[]; denied?: readonly StatementLink[] } = {},
): Promise<KeysetPage<ContradictionRecord>> {
  const dated = Boolean(dates.from || dates.to);
  const inRange = "($from = '' OR d.publishedAt >= $from) AND ($toUpper = '' OR d.publishedAt <= $toUpper)";
  // An actor's pairs start from its statements, on either side; without one, the denials in key
  // order from their own index (denialKey is set on denials only, so the page reads 21 of them
  // however rare they are among all statements). The hint keeps the planner from starting at the
  // DENIES edges and sorting them, which it chose on some data.
  const key = actor ? 'd.newestKey' : 'd.denialKey';
  const pairs = actor
    ? `CALL {
         MATCH (:Actor {id: $actor})-[:SAID]->(d:Statement)-[:DENIES]->(t:Statement) RETURN d, t
         UNION
         MATCH (:Actor {id: $actor})-[:SAID]->(t:Statement)<-[:DENIES]-(d:Statement) RETURN d, t
       }
       WITH d, t WHERE d.newestKey > $after AND ${inRange}`
    : `MATCH (d:Statement) USING INDEX d:Statement(denialKey) WHERE d.denialKey > $after AND ${inRange}
       MATCH (d)-[:DENIES]->(t:Statement)`;
  const page = `${pairs}
       WITH d, t ORDER BY ${key} LIMIT ${PAGE_PLUS_ONE}
       RETURN collect({key: ${key}, node: {denial: ${statementProjection('d', links.denial)}, denied: ${statementProjection('t', links.denied)}}}) AS rows`;
  const count = actor
    ? `CALL {
         MATCH (:Actor {id: $actor})-[:SAID]->(d:Statement)-[:DENIES]->(t:Statement) RETURN d, t
         UNION
         MATCH (:Actor {id: $actor})-[:SAID]->(t:Statement)<-[:DENIES]-(d:Statement) RETURN d, t
       }
       WITH d WHERE ${inRange}
       RETURN count(*) AS total`
    : dated
      ? `MATCH (d:Statement)-[:DENIES]->(:Statement) WHERE ${inRange} RETURN count(*) AS total`
      : 'MATCH ()-[r:DENIES]->() RETURN count(r) AS total';
  const result = await db.read((tx) =>
    tx.run(keysetQuery(page, request.withCount ? count : null), {
      actor,
      after: request.after,
      limit: request.limit,
      from: dates.from ?? '',
      toUpper: dateUpperBound(dates.to) ?? '',
    }),
  );
  return keysetPageOf(result.records, request, isMap<ContradictionRecord>('denial', 'denied'));
}
