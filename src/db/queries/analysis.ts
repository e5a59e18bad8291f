import { STATEMENT_KINDS, type StatementKind } from '../../graph/document-graph.ts';
import { descendingCount, stanceKeyBound, stanceKindProperty } from './keys.ts';
import {
  actorProjection,
  anyProjection,
  column,
  isMap,
  isNumber,
  isString,
  keysetPageOf,
  keysetQuery,
  listOf,
  nodeById,
  nodeRecordOf,
  PAGE_PLUS_ONE,
  statementProjection,
  type StatementLink,
  type KeysetRequest,
  dateUpperBound,
  DATE_UPPER_SUFFIX,
} from './shared.ts';
import { ABOUT_SPEAKER_ORDER, speakerAboutMatch } from './statements.ts';
import type { Database } from '../driver.ts';
import type {
  KeysetPage,
  SpeakerGroupsPageRecord,
  SpeakerStatementsRecord,
  StanceRecord,
  StatementRecord,
  WhoSaidWhatRecord,
} from '../records.ts';

const ABOUT_LABELS = ['Actor', 'Event', 'Sector', 'Place'];
const IS_ABOUT = nodeRecordOf('Actor', 'Event', 'Sector', 'Place');

/** The date range of a whoSaidWhatAbout question, as its query parameters ('' when open). */
function rangeParams(range: DateRange) {
  return { from: range.from ?? '', toUpper: dateUpperBound(range.to) ?? '' };
}

export interface DateRange {
  from?: string | null;
  to?: string | null;
}

/** One page of speaker groups: its window, and how many statements to fetch with each group. */
export interface SpeakerGroupsRequest {
  /** Key of the last group of the previous page; '' for the first page. */
  after: string;
  limit: number;
  /** Whether to count the speakers (the connection's totalCount). */
  withCount: boolean;
  /** The first statements of each group fetched with it (newest first); 0 for none. */
  statements: number;
  /** The links to fetch with each of those statements (the selection); every link as ids when absent. */
  links?: readonly StatementLink[];
}

export interface WhoSaidWhatRequest extends DateRange {
  /** Whether to count the statements about the subject. */
  totalCount: boolean;
  /** The page of speaker groups to fetch with the subject, when they are selected. */
  page: SpeakerGroupsRequest | null;
}

const IN_RANGE = "($from = '' OR s.publishedAt >= $from) AND ($toUpper = '' OR s.publishedAt <= $toUpper)";

/** A group's sort key: the STANCE rankKey's format (count descending, speaker id, target id). */
const groupKey = (count: string) => `${descendingCount(count)} + ' ' + sp.id + ' ' + t.id`;

/*
 * The speakers of `t` with their counts, as rows (sp, count, kinds, key). Without a date range
 * they are the maintained STANCE edges into `t` (no statement read), plus the subject's own
 * statements about itself, which STANCE leaves out. The edges after the cursor come from the
 * (targetId, rankKey) index on STANCE in page order, a page and one more of them: reading the
 * sort key of every STANCE edge into a busy subject grew with the graph. A paged edge's count is
 * read once it is on the page (null count: read it from the edge). The subject's own statements
 * about itself are the range of the ABOUT edges' (speakerId, targetId, newestKey) index with both
 * ids its own, not every statement it made.
 * A date range needs the statements' dates, which the edges do not carry: the statements about
 * `t` in the range are counted per speaker and kind (counted, not collected).
 */
const GROUPS_FROM_STANCE = `CALL (t) {
       MATCH (sp)-[r:STANCE]->() USING INDEX r:STANCE(targetId, rankKey) WHERE r.targetId = $about AND r.rankKey > $after
       WITH sp, r ORDER BY r.targetId, r.rankKey LIMIT ${PAGE_PLUS_ONE}
       RETURN sp, null AS count, r AS edge, null AS kinds, r.rankKey AS key
       UNION ALL
       ${speakerAboutMatch('t.id', 't.id')}
       WITH t, s.kind AS kind, count(*) AS n
       WITH t AS sp, t, sum(n) AS count, collect({kind: kind, count: n}) AS kinds
       RETURN sp, count, null AS edge, kinds, ${groupKey('count')} AS key
     }`;
const GROUPS_IN_RANGE = `CALL (t) {
       MATCH (sp:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(t)
       WHERE ${IN_RANGE}
       WITH sp, t, s.kind AS kind, count(*) AS n
       WITH sp, t, sum(n) AS count, collect({kind: kind, count: n}) AS kinds
       RETURN sp, count, null AS edge, kinds, ${groupKey('count')} AS key
     }`;

/** A paged group's counts per kind: read from its STANCE edge only once it is on the page. */
const GROUP_KINDS = `coalesce(kinds, [k IN $allKinds WHERE edge[${stanceKindProperty('k')}] IS NOT NULL | {kind: k, count: edge[${stanceKindProperty('k')}]}])`;

/*
 * The first statements of one paged speaker about `t`, newest first: a range of the
 * (speakerId, targetId, newestKey) index on the ABOUT edges read in order, stopping after the
 * page, for a subject of any type. Reading the speaker's statements until enough were about `t`
 * (tested by aboutActorIds) grew with the speaker's other statements.
 */
const GROUP_STATEMENTS = (links?: readonly StatementLink[]) => `CALL (sp, t) {
         ${speakerAboutMatch('sp.id', 't.id')} AND ${IN_RANGE}
         WITH s, r ORDER BY ${ABOUT_SPEAKER_ORDER} LIMIT toInteger($statements)
         RETURN collect(${statementProjection('s', links)}) AS said, collect(s.newestKey) AS saidKeys
       }`;

/** Statements about `t`, counted: O(1) as its ABOUT degree; in a date range, from the statements. */
const TOTAL = 'CALL (t) { RETURN COUNT { (t)<-[:ABOUT]-() } AS total }';
const TOTAL_IN_RANGE = `CALL (t) {
       RETURN COUNT { MATCH (:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(t) WHERE ${IN_RANGE} } AS total
     }`;

/** Speakers about `t`, counted: its STANCE degree plus the subject itself; in a date range, from the statements. */
const SPEAKER_COUNT = `CALL (t) {
       RETURN COUNT { ()-[:STANCE]->(t) } + CASE WHEN EXISTS { ${speakerAboutMatch('t.id', 't.id')} } THEN 1 ELSE 0 END AS speakerCount
     }`;
const SPEAKER_COUNT_IN_RANGE = `CALL (t) {
       RETURN COUNT { MATCH (sp:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(t) WHERE ${IN_RANGE} RETURN DISTINCT sp } AS speakerCount
     }`;

const isGroup = isMap<SpeakerStatementsRecord>('speaker', 'count', 'kinds', 'statements', 'statementKeys');
const isGroupRow = (v: unknown): v is { key: string; group: SpeakerStatementsRecord } =>
  isMap<{ key: string; group: SpeakerStatementsRecord }>('key', 'group')(v) && isString(v.key) && isGroup(v.group);

/**
 * Everything said about one node, grouped by speaker (most statements first, then by speaker
 * id), each group with its counts per kind and its first statements. Null when the node does
 * not exist. One query, whose cost follows the page: the groups are picked from the maintained
 * STANCE edges, and only the paged speakers' statements are read. Counts only when asked.
 */
export async function whoSaidWhatAbout(db: Database, aboutId: string, request: WhoSaidWhatRequest): Promise<WhoSaidWhatRecord | null> {
  const range = rangeParams(request);
  const page = request.page;
  const dated = range.from !== '' || range.toUpper !== '';
  const parts = [`CALL { ${nodeById('$about', ABOUT_LABELS)} }`, 'WITH n AS t'];
  if (request.totalCount) parts.push(dated ? TOTAL_IN_RANGE : TOTAL);
  if (page) {
    parts.push(`CALL (t) {
       ${dated ? GROUPS_IN_RANGE : GROUPS_FROM_STANCE}
       WITH sp, t, count, edge, kinds, key WHERE key > $after
       WITH sp, t, count, edge, kinds, key ORDER BY key LIMIT ${PAGE_PLUS_ONE}
       WITH sp, t, coalesce(count, edge.count) AS count, ${GROUP_KINDS} AS kinds, key
       ${page.statements > 0 ? GROUP_STATEMENTS(page.links) : 'WITH sp, t, count, kinds, key, [] AS said, [] AS saidKeys'}
       RETURN collect({key: key, group: {speaker: ${actorProjection('sp')}, count: count, kinds: kinds, statements: said, statementKeys: saidKeys}}) AS groups
     }`);
    if (page.withCount) parts.push(dated ? SPEAKER_COUNT_IN_RANGE : SPEAKER_COUNT);
  }
  const columns = [`${anyProjection('t')} AS about`, ...(request.totalCount ? ['total'] : []), ...(page ? ['groups'] : [])];
  if (page?.withCount) columns.push('speakerCount');
  parts.push(`RETURN ${columns.join(', ')}`);
  const result = await db.read((tx) =>
    tx.run(parts.join('\n     '), {
      about: aboutId,
      ...range,
      allKinds: STATEMENT_KINDS,
      after: page?.after ?? '',
      limit: page?.limit ?? 0,
      statements: page?.statements ?? 0,
    }),
  );
  const record = result.records[0];
  if (!record) return null;
  let speakers: SpeakerGroupsPageRecord | null = null;
  if (page) {
    const rows = column(record, 'groups', listOf(isGroupRow));
    const shown = rows.slice(0, page.limit);
    const groups = shown.map((row) => row.group);
    for (const group of groups) group.kinds.sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
    speakers = {
      groups,
      keys: shown.map((row) => row.key),
      after: page.after,
      limit: page.limit,
      hasMore: rows.length > page.limit,
      totalCount: page.withCount ? column(record, 'speakerCount', isNumber) : null,
    };
  }
  return {
    about: column(record, 'about', IS_ABOUT),
    totalCount: request.totalCount ? column(record, 'total', isNumber) : null,
    from: request.from ?? null,
    to: request.to ?? null,
    speakers,
  };
}

/**
 * A page of one speaker's statements about a subject (in a date range), newest first, after a
 * cursor key (the statements' newestKey): for a group's statements beyond the ones fetched
 * with the group. A range of the (speakerId, targetId, newestKey) index on the ABOUT edges read
 * in order, as in whoSaidWhatAbout's GROUP_STATEMENTS, whatever the subject's type (`about`'s
 * nodeType is no longer needed to choose the test, and is kept for the callers).
 */
export async function speakerStatementsAbout(
  db: Database,
  speakerId: string,
  about: { id: string; nodeType: string },
  range: DateRange,
  request: KeysetRequest,
  links?: readonly StatementLink[],
): Promise<KeysetPage<StatementRecord>> {
  const result = await db.read((tx) =>
    tx.run(
      `${speakerAboutMatch('$speaker', '$about', '$after')} AND ${IN_RANGE}
       WITH s, r ORDER BY ${ABOUT_SPEAKER_ORDER} LIMIT ${PAGE_PLUS_ONE}
       RETURN collect({key: s.newestKey, node: ${statementProjection('s', links)}}) AS rows`,
      { speaker: speakerId, about: about.id, ...rangeParams(range), after: request.after, limit: request.limit },
    ),
  );
  return keysetPageOf(result.records, { ...request, withCount: false }, nodeRecordOf('Statement'));
}

/** One stance edge as the API returns it, from `sp`, `t`, its count and its per-kind counts. */
const stanceNode = (count: string, kinds: string) => `{
  speaker: ${actorProjection('sp')},
  target: ${anyProjection('t')},
  count: ${count},
  kinds: ${kinds}
}`;

/*
 * Cursor keys of every variant share one format, the unfiltered edge's rankKey (count
 * descending, speaker id, target id), so a cursor means the same position whatever the kinds.
 */

/**
 * A page of speaker → target pairs whose counts are summed in the query (`n`, `kinds` per
 * `sp`, `t`), in the key order of the maintained edges, so cursors mean the same position, and
 * (`withCount`) how many pairs there are. One pass over `edges` serves both: the page is the top
 * of the pairs already summed, not a second expansion and sum for the count (26,533 db hits
 * before, of which half were the count's repeat, for three kinds on a 200-article graph).
 */
const summedPairQuery = (edges: string, withCount: boolean) => `${edges}
       WITH sp, t, n, kinds, ${groupKey('n')} AS key
       WITH collect(CASE WHEN key > $after THEN {key: key, sp: sp, t: t, n: n, kinds: kinds} END) AS later${withCount ? ', count(*) AS total' : ''}
       CALL {
         WITH later
         UNWIND later AS x
         WITH x.key AS key, x.sp AS sp, x.t AS t, x.n AS n, x.kinds AS kinds ORDER BY key LIMIT ${PAGE_PLUS_ONE}
         RETURN collect({key: key, node: ${stanceNode('n', 'kinds')}}) AS rows
       }
       RETURN rows${withCount ? ', total' : ''}`;

/**
 * Speaker → target edges (target = what the statements are about, the speaker itself left
 * out), strongest first, from the STANCE / STANCE_KIND relationships the loader maintains:
 * all kinds or one kind is a range of a relationship index read in page order (minCount is
 * its upper bound); several kinds add up those kinds' edges. One query.
 */
export async function stanceNetwork(
  db: Database,
  kinds: readonly StatementKind[] | null,
  minCount: number,
  request: KeysetRequest,
  range: { from?: string | null; to?: string | null } = {},
): Promise<KeysetPage<StanceRecord>> {
  const bound = stanceKeyBound(minCount);
  const distinctKinds = [...new Set(kinds ?? [])];
  let query: string;
  let params: Record<string, unknown> = { after: request.after, limit: request.limit, bound, minCount, allKinds: STATEMENT_KINDS };
  if (range.from || range.to) {
    /*
     * The maintained STANCE edges count every date, so a date range counts the statements
     * themselves: those of the range, through the publishedAt index (as `from`/`to` of
     * `statements`: a `to` prefix admits every date it covers), grouped per speaker → target
     * pair the way the loader builds STANCE (ABOUT targets, the speaker itself left out).
     */
    const edges = `MATCH (s:Statement) USING INDEX s:Statement(publishedAt)
       WHERE s.publishedAt >= $fromDate AND s.publishedAt <= $toUpper AND ($kinds IS NULL OR s.kind IN $kinds)
       MATCH (sp:Actor)-[:SAID]->(s)-[:ABOUT]->(t) WHERE t <> sp
       WITH sp, t, s.kind AS kind, count(DISTINCT s) AS c
       WITH sp, t, sum(c) AS n, collect({kind: kind, count: c}) AS kinds
       WHERE n >= $minCount`;
    query = summedPairQuery(edges, request.withCount);
    params = {
      ...params,
      kinds: distinctKinds.length ? distinctKinds : null,
      fromDate: range.from ?? '',
      toUpper: dateUpperBound(range.to) ?? DATE_UPPER_SUFFIX,
    };
  } else if (distinctKinds.length === 0) {
    const page = `MATCH (sp:Actor)-[r:STANCE]->(t) WHERE r.rankKey > $after AND r.rankKey < $bound
       WITH sp, r, t ORDER BY r.rankKey LIMIT ${PAGE_PLUS_ONE}
       RETURN collect({key: r.rankKey, node: ${stanceNode('r.count', `[k IN $allKinds WHERE r[${stanceKindProperty('k')}] IS NOT NULL | {kind: k, count: r[${stanceKindProperty('k')}]}]`)}}) AS rows`;
    const count =
      minCount === 1
        ? 'MATCH ()-[r:STANCE]->() RETURN count(r) AS total'
        : 'MATCH ()-[r:STANCE]->() WHERE r.rankKey < $bound RETURN count(r) AS total';
    query = keysetQuery(page, request.withCount ? count : null);
  } else if (distinctKinds.length === 1) {
    const prefix = `${distinctKinds[0]} `;
    const page = `MATCH (sp:Actor)-[r:STANCE_KIND]->(t) WHERE r.rankKey > $from AND r.rankKey < $to
       WITH sp, r, t ORDER BY r.rankKey LIMIT ${PAGE_PLUS_ONE}
       RETURN collect({key: substring(r.rankKey, size($prefix)), node: ${stanceNode('r.count', '[{kind: r.kind, count: r.count}]')}}) AS rows`;
    const count = 'MATCH ()-[r:STANCE_KIND]->() WHERE r.rankKey > $prefix AND r.rankKey < $to RETURN count(r) AS total';
    query = keysetQuery(page, request.withCount ? count : null);
    params = { ...params, prefix, from: prefix + request.after, to: prefix + bound };
  } else {
    const edges = `UNWIND $kinds AS kind
       MATCH (sp:Actor)-[r:STANCE_KIND]->(t) WHERE r.rankKey STARTS WITH kind + ' '
       WITH sp, t, sum(r.count) AS n, collect({kind: r.kind, count: r.count}) AS kinds
       WHERE n >= $minCount`;
    query = summedPairQuery(edges, request.withCount);
    params = { ...params, kinds: distinctKinds };
  }
  const result = await db.read((tx) => tx.run(query, params));
  const found = keysetPageOf(result.records, request, isMap<StanceRecord>('speaker', 'target', 'count', 'kinds'));
  for (const edge of found.items) edge.kinds.sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  return found;
}
