import { normalizedText } from './shared.ts';
import type { ABOUT_KEYS, MENTION_KEYS, PARTICIPATION_KEYS } from '../../graph/model.ts';

/*
 * Sort keys: one string property per list order, maintained on write, range-indexed, whose
 * plain ascending order IS the list's order. A page is then `WHERE key > $after ORDER BY key
 * LIMIT n`, which Neo4j answers from the index in O(page) whatever the size of the graph, and
 * a cursor is just the key of the last item (keyset pagination).
 *
 * Each key ends with the node's id, so keys are unique and the order is total. Parts are
 * joined by a space, which sorts before every character ids and dates use, so a shorter
 * part sorts before a longer one that extends it ('2024' before '2024-03').
 *
 * The keys are Cypher expressions over a node (or relationship) variable, so the loader's
 * write and the backfill of an existing database compute them with the very same text.
 */

/** Joins key parts (as Cypher). */
const join = (...parts: string[]) => parts.join(" + ' ' + ");

/** Width of the zero-padded numbers inside keys: positions and counts up to 999,999,999. */
const NUMBER_WIDTH = 9;
const NUMBER_MAX = 10 ** NUMBER_WIDTH - 1;
const ZEROS = '0'.repeat(NUMBER_WIDTH);

/** Sorts after every dated key (dates and their complements start with a digit). */
export const UNDATED = '~';

/** A non-negative integer, zero-padded so that string order is numeric order. */
const padded = (expr: string) => `right('${ZEROS}' + toString(${expr}), ${NUMBER_WIDTH})`;

/** A position in a text (a start or end offset), as a key part in text order. */
export const textPosition = (expr: string) => padded(expr);

/** A count, as a key part that sorts larger counts first. */
export const descendingCount = (expr: string) => padded(`${NUMBER_MAX} - ${expr}`);

/**
 * A date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or longer ISO text) as a key part that sorts newest
 * first: every digit d becomes 9 - d, and a '~' ends it so that a coarser date ('2024') comes
 * after the finer ones it covers, as it does in a descending sort of the dates themselves.
 */
const newestDate = (expr: string) => `CASE WHEN ${expr} IS NULL THEN '${UNDATED}' ELSE reduce(k = '', i IN range(0, size(${expr}) - 1) |
  k + CASE WHEN substring(${expr}, i, 1) >= '0' AND substring(${expr}, i, 1) <= '9'
           THEN toString(9 - toInteger(substring(${expr}, i, 1))) ELSE substring(${expr}, i, 1) END) + '${UNDATED}' END`;

/** A date as a key part that sorts oldest first, undated last. */
const oldestDate = (expr: string) => `coalesce(${expr}, '${UNDATED}')`;

/** Statements, newest article first (undated last), in article order within an article. */
export const statementNewestKey = (v: string) => join(newestDate(`${v}.publishedAt`), `${v}.articleId`, padded(`${v}.start`), `${v}.id`);

/** Statements, oldest article first (undated last), in article order within an article. */
export const statementOldestKey = (v: string) => join(oldestDate(`${v}.publishedAt`), `${v}.articleId`, padded(`${v}.start`), `${v}.id`);

/*
 * The keys of an ABOUT edge (the graph model's ABOUT_KEYS), from its statement and target: one
 * target's statements are then a range of the (targetId, newestKey) or (targetId, oldestKey)
 * relationship index, read in page order. A statement's keys never change once written (its
 * article is replaced whole), so the edge's copy cannot drift from them.
 */
/** An edge's keys, each a Cypher expression over the variables of its two ends, as a Cypher map literal. */
const edgeKeys =
  <K extends string>(values: Record<K, (owner: string, other: string) => string>) =>
  (owner: string, other: string) =>
    `{${(Object.entries(values) as [K, (owner: string, other: string) => string][])
      .map(([name, value]) => `${name}: ${value(owner, other)}`)
      .join(', ')}}`;

/** The keys of an ABOUT edge as a Cypher map literal, for a CREATE's properties or a SET +=. */
export const aboutKeys = edgeKeys<keyof typeof ABOUT_KEYS>({
  targetId: (_, t) => `${t}.id`,
  newestKey: (s) => `${s}.newestKey`,
  oldestKey: (s) => `${s}.oldestKey`,
  speakerId: (s) => `${s}.speakerId`,
});

/*
 * The keys of a MENTIONS edge (the graph model's MENTION_KEYS), from its article and the node it
 * names: the articles naming one node, newest first, are then a range of the (targetId, listKey)
 * index. An article's listKey is fixed once it is written (a changed article is replaced whole,
 * its MENTIONS with it), so the edge's copy cannot drift.
 */
export const mentionKeys = edgeKeys<keyof typeof MENTION_KEYS>({
  targetId: (_, n) => `${n}.id`,
  listKey: (art) => `${art}.listKey`,
});

/** Articles, newest first, undated last. */
export const articleKey = (v: string) => join(newestDate(`${v}.publishedAt`), `${v}.id`);

/**
 * Events in time order: dated by date, then an event after the events it follows (the number
 * of FOLLOWS paths out of it, fixed once its article is written: FOLLOWS stays within one
 * article), undated last.
 */
export const MAX_FOLLOWS_DEPTH = 10;
export const eventKey = (v: string) =>
  join(oldestDate(`${v}.date`), padded(`COUNT { (${v})-[:FOLLOWS]->{1,${MAX_FOLLOWS_DEPTH}}(:Event) }`), `${v}.id`);

/*
 * An actor's timeline: events and statements in one chronological list, keyed by date (undated
 * last), events before statements on a date, then an event after those it follows, then
 * article and position in the article, then id. Computed at read time from the same parts as
 * the maintained keys; a statement's part after its kind is its oldestKey's.
 */
export const TIMELINE_EVENT = '0';
export const TIMELINE_STATEMENT = '1';
export const timelineEventKey = (v: string, depth: string) =>
  join(oldestDate(`${v}.date`), `'${TIMELINE_EVENT}'`, padded(depth), `coalesce(${v}.articleId, '')`, padded('0'), `${v}.id`);
export const timelineStatementKey = (v: string) =>
  join(oldestDate(`${v}.publishedAt`), `'${TIMELINE_STATEMENT}'`, padded('0'), `${v}.articleId`, padded(`${v}.start`), `${v}.id`);

/** The FOLLOWS paths out of an event (its depth in the article's chain of events), as eventKey counts them. */
const followsDepth = (v: string) => `COUNT { (${v})-[:FOLLOWS]->{1,${MAX_FOLLOWS_DEPTH}}(:Event) }`;

/*
 * The keys of a PARTICIPATED_IN edge (the graph model's PARTICIPATION_KEYS), from its event and
 * actor: one actor's events in timeline order are a range of the (actorId, timelineKey) index.
 * The event's date, id and FOLLOWS paths are fixed once its article is written (FOLLOWS stays
 * within one article, written before PARTICIPATED_IN), so the edge's copy cannot drift.
 */
/** The keys of a PARTICIPATED_IN edge (event, actor) as a Cypher map literal (without its constant role). */
export const participationKeys = edgeKeys<keyof typeof PARTICIPATION_KEYS>({
  actorId: (_, a) => `${a}.id`,
  timelineKey: (e) => timelineEventKey(e, followsDepth(e)),
});

/**
 * The statements of a timeline after the entry of key `after`: those whose oldestKey is greater
 * than the returned bound (a range of the (speakerId, oldestKey) index). After a statement, its
 * own oldestKey; after an event, its date (every statement of that date or later follows it).
 */
export function timelineStatementBound(after: string): string {
  if (after === '') return '';
  const [date = '', kind, , articleId = '', position = '', ...id] = after.split(' ');
  return kind === TIMELINE_STATEMENT ? [date, articleId, position, id.join(' ')].join(' ') : date;
}

/** Actors, most statements first (`statementCount`, kept by the loader), then by id. */
export const actorKey = (v: string) => join(descendingCount(`${v}.statementCount`), `${v}.id`);

/** Speaker → target stance edges, strongest first, then by speaker and target id. */
export const stanceKey = (r: string, speaker: string, target: string) =>
  join(descendingCount(`${r}.count`), `${speaker}.id`, `${target}.id`);

/** The same per statement kind: the kind first, so one kind's edges are one index range. */
export const stanceKindKey = (r: string, speaker: string, target: string) =>
  join(`${r}.kind`, descendingCount(`${r}.count`), `${speaker}.id`, `${target}.id`);

/*
 * The identity of a stance edge, unique by constraint (migrations.ts): its speaker's and target's
 * ids (unique across all nodes), and for STANCE_KIND its kind. The loader MERGEs the edge on it,
 * so Neo4j finds an existing edge by a seek in the constraint's index; a MERGE on the bare
 * pattern expanded the STANCE / STANCE_KIND relationships of the two nodes instead, which grow
 * with the graph for a hub (a country named in every article): most of a write's db hits at
 * 1,200 generated articles, and more with every article loaded.
 */
const PAIR_SEPARATOR = "'\\u001f'";
/** The pair key of two ids given as Cypher expressions (a query's parameters: no node read). */
export const stancePairKeyOfIds = (speakerId: string, targetId: string) => `${speakerId} + ${PAIR_SEPARATOR} + ${targetId}`;
export const stancePairKey = (speaker: string, target: string) => stancePairKeyOfIds(`${speaker}.id`, `${target}.id`);
export const stanceKindPairKey = (speaker: string, target: string, kindExpr: string) =>
  `${stancePairKey(speaker, target)} + ${PAIR_SEPARATOR} + ${kindExpr}`;

/*
 * The per-period actor network (the graph model's PERIOD_ACTIVITY and PERIOD_PAIR): an actor's
 * row of a period is unique on (actor, period), a pair on (speaker, target, period), both
 * merged on these keys as the stance edges are; a period's actors in network order (heaviest
 * first, then by id, as actorNetwork ranks them) are a range of the (period, rankKey) index.
 */
export const activityPairKey = (actorId: string, periodExpr: string) => `${actorId} + ${PAIR_SEPARATOR} + ${periodExpr}`;
export const periodPairKey = (speakerId: string, targetId: string, periodExpr: string) =>
  `${speakerId} + ${PAIR_SEPARATOR} + ${targetId} + ${PAIR_SEPARATOR} + ${periodExpr}`;
export const activityRankKey = (r: string) => join(descendingCount(`${r}.weight`), `${r}.actorId`);

/** The prefix of every stance key with at least `count` statements: keys below it qualify. */
export function stanceKeyBound(minCount: number): string {
  // descendingCount(minCount - 1) is the first key part of the edges that fall short.
  return String(NUMBER_MAX - (minCount - 1)).padStart(NUMBER_WIDTH, '0');
}

/*
 * Text kept normalized (hamza seats, alef maqsura, taa marbuta, tatweel, case) next to the
 * original, so substring matching is a CONTAINS on a text (trigram) index instead of
 * normalizing every stored text at query time.
 */
export const searchText = (expr: string) => normalizedText(expr);

/** An actor's name keys and lower-cased English name in one string, for a text-index CONTAINS. */
export const NAME_TEXT_SEPARATOR = ' | ';
export const actorNameText = (v: string) =>
  `reduce(t = toLower(coalesce(${v}.nameEn, '')), k IN coalesce(${v}.nameKeys, []) | t + '${NAME_TEXT_SEPARATOR}' + k)`;

/** Properties only the read queries use (not part of the model an export carries). */
export const DERIVED_PROPERTIES = [
  'newestKey',
  'oldestKey',
  'speakerId',
  'searchText',
  'nameText',
  'rankKey',
  'sortKey',
  'listKey',
] as const;

/** Relationships the loader maintains as aggregates of the statements (not part of an article's graph). */
export const DERIVED_RELATIONSHIPS = ['STANCE', 'STANCE_KIND', 'PERIOD_ACTIVITY', 'PERIOD_PAIR'] as const;

/*
 * A STANCE edge also carries its count per statement kind, as one property per kind
 * (`kind_DENIAL`: 3), so a page of edges shows its kinds without expanding the STANCE_KIND
 * relationships of two busy nodes (thousands of them for a prolific speaker).
 */
export const STANCE_KIND_PREFIX = 'kind_';
export const stanceKindProperty = (kindExpr: string) => `'${STANCE_KIND_PREFIX}' + ${kindExpr}`;
