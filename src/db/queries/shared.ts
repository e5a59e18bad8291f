import { matchesRecord, NODE_LABELS, recordFields, type Label, type RecordProperties } from '../../graph/model.ts';
import { cypherNormalized } from '../../text/arabic.ts';
import type { KeysetPage, NodeRecord } from '../records.ts';
import type { Record as Neo4jRecord } from 'neo4j-driver';

/*
 * Projections shared by every read query, so each record type is built the same way
 * everywhere; a node's own fields are the model's record properties (src/graph/model.ts). Each takes the Cypher variable that holds the node; the projections are fixed
 * text (never user input), so queries built from them stay fully parameterized.
 */
/**
 * A `to` date prefix (`2024-03`) as an inclusive upper bound: extended by the highest BMP
 * character, it sorts after every stored date that continues it (`2024-03-31`), so a plain
 * comparison, which the publishedAt range index can serve, admits them all.
 */
export const DATE_UPPER_SUFFIX = '\uffff';
export const dateUpperBound = (to: string | null | undefined): string | null => (to ? `${to}${DATE_UPPER_SUFFIX}` : null);

/**
 * An actor as a list or a link reads it: its own properties, no relationship. The ids of its
 * links (partOf, basedIn) come only in the by-id shape (actorWithLinkIds); the resolvers load
 * that shape when a link is selected (resolvers.ts, withLinks), so a list of actors, a
 * statement's speaker or an edge of the network reads no PART_OF or BASED_IN relationship.
 */
export const actorProjection = (v: string) => `${v} { nodeType: 'Actor', ${recordFields('Actor', v)} }`;

/** An actor with the ids of its links: what the by-id loader returns (nodesByIds). */
const actorWithLinkIds = (v: string) => `${v} {
  nodeType: 'Actor',
  ${recordFields('Actor', v)},
  partOfIds: [(${v})-[:PART_OF]->(po:Actor) | po.id],
  basedInIds: [(${v})-[:BASED_IN]->(bi:Place) | bi.id]
}`;

/**
 * The link fields of a Statement a query can fetch with it: a typed set chosen by the resolver
 * from the GraphQL selection. Each names one fixed projection part (STATEMENT_LINK_PARTS), so a
 * query text is one of a few per selection shape, never built from user input.
 */
export const STATEMENT_LINKS = ['speaker', 'article', 'addressees', 'about', 'reportedBy', 'denies', 'answers', 'event'] as const;
export type StatementLink = (typeof STATEMENT_LINKS)[number];

/** The linked nodes of a `about` target, whole: the four labels a statement can be about. */
const aboutProjection = (v: string) => `CASE
  WHEN ${v}:Actor THEN ${actorProjection(v)}
  WHEN ${v}:Event THEN ${eventProjection(v)}
  WHEN ${v}:Sector THEN ${sectorProjection(v)}
  WHEN ${v}:Place THEN ${placeProjection(v)}
END`;

/**
 * One part per link, each fetching the linked nodes whole (as a by-id load would), so a selected
 * link resolves without another round trip. A linked statement (denies, answers) comes with its
 * link ids only (`statementIds`): its own links resolve through the by-id loader.
 */
const STATEMENT_LINK_PARTS: Record<StatementLink, (v: string) => string> = {
  speaker: (v) => `speakerId: ${v}.speakerId, speaker: [(sp:Actor)-[:SAID]->(${v}) | ${actorProjection('sp')}][0]`,
  article: (v) => `article: [(${v})-[:REPORTED_IN]->(ar:Article) | ${articleProjection('ar')}][0]`,
  addressees: (v) => `addressees: [(${v})-[:ADDRESSED_TO]->(ad:Actor) | ${actorProjection('ad')}]`,
  about: (v) => `about: [(${v})-[:ABOUT]->(ab) WHERE ab:Actor OR ab:Event OR ab:Sector OR ab:Place | ${aboutProjection('ab')}]`,
  reportedBy: (v) => `reportedBy: [(${v})-[:REPORTED_BY]->(rb:Actor) | ${actorProjection('rb')}][0]`,
  denies: (v) => `denies: [(${v})-[:DENIES]->(dn:Statement) | ${statementIds('dn')}][0]`,
  answers: (v) => `answers: [(${v})-[:ANSWERS]->(an:Statement) | ${statementIds('an')}][0]`,
  event: (v) => `event: [(${v})-[:DURING]->(ev:Event) | ${eventProjection('ev')}][0]`,
};

/**
 * A statement with the ids of its links (what the by-id loader returns): its own fields, the
 * speaker whole (nearly every list of statements shows who said it), the other links as ids.
 */
function statementIds(v: string): string {
  return `${v} {
  nodeType: 'Statement',
  ${recordFields('Statement', v)},
  speakerId: ${v}.speakerId,
  speaker: [(sp:Actor)-[:SAID]->(${v}) | ${actorProjection('sp')}][0],
  addresseeIds: [(${v})-[:ADDRESSED_TO]->(ad:Actor) | ad.id],
  aboutIds: [(${v})-[:ABOUT]->(ab) | ab.id],
  reportedById: [(${v})-[:REPORTED_BY]->(rb:Actor) | rb.id][0],
  deniesId: [(${v})-[:DENIES]->(dn:Statement) | dn.id][0],
  answersId: [(${v})-[:ANSWERS]->(an:Statement) | an.id][0],
  eventId: [(${v})-[:DURING]->(ev:Event) | ev.id][0]
}`;
}

/** A record property of Statement (src/graph/model.ts): what a lean projection may be limited to. */
export type StatementField = keyof RecordProperties<'Statement'>;

/**
 * A statement as a query returns it. Without `links`, with every link as ids (the by-id shape);
 * with `links`, its own fields plus exactly the selected links, fetched whole: a list asking
 * only `text kind` reads no relationship at all. The resolvers load what a record lacks
 * (resolvers.ts, withLinkIds), so a link left out still resolves. With `fields` too, only those
 * of its own properties (a lean record: each property read is a db hit per row, and a search
 * showing `id text` read sixteen): the caller promises that its selection reads no other
 * (api/pagination.ts, statementFieldsAt), and checks the rows with the same list.
 */
export function statementProjection(v: string, links?: readonly StatementLink[], fields?: readonly StatementField[]): string {
  if (!links) return statementIds(v);
  const chosen = STATEMENT_LINKS.filter((link) => links.includes(link));
  return `${v} {
  nodeType: 'Statement',
  ${[recordFields('Statement', v, fields), ...chosen.map((link) => STATEMENT_LINK_PARTS[link](v))].join(',\n  ')}
}`;
}

/** Items in groups of equal `keyOf(item)`, in first-seen order: a batch split into one query per query text. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

export const articleProjection = (v: string) => `${v} { nodeType: 'Article', ${recordFields('Article', v)} }`;

/** An event as a list or a link reads it: its own properties (the by-id shape adds its link ids, as for actors). */
export const eventProjection = (v: string) => `${v} { nodeType: 'Event', ${recordFields('Event', v)} }`;

/** An event with the ids of its links: what the by-id loader returns (nodesByIds). */
const eventWithLinkIds = (v: string) => `${v} {
  nodeType: 'Event', ${recordFields('Event', v)},
  placeId: [(${v})-[:IN]->(pl:Place) | pl.id][0],
  followsIds: [(${v})-[:FOLLOWS]->(fo:Event) | fo.id],
  followedByIds: [(fb:Event)-[:FOLLOWS]->(${v}) | fb.id],
  affectsIds: [(${v})-[:AFFECTS]->(af:Sector) | af.id]
}`;

export const placeProjection = (v: string) => `${v} { nodeType: 'Place', ${recordFields('Place', v)} }`;

export const sectorProjection = (v: string) => `${v} { nodeType: 'Sector', ${recordFields('Sector', v)} }`;

/**
 * Any node as a list or a link reads it: the projection of its label (the node's type decides
 * which), own properties only; the resolvers load the by-id shape for a link selected on it.
 */
export const anyProjection = (v: string) => `CASE
  WHEN ${v}:Statement THEN ${statementProjection(v, [])}
  WHEN ${v}:Actor THEN ${actorProjection(v)}
  WHEN ${v}:Event THEN ${eventProjection(v)}
  WHEN ${v}:Article THEN ${articleProjection(v)}
  WHEN ${v}:Place THEN ${placeProjection(v)}
  WHEN ${v}:Sector THEN ${sectorProjection(v)}
END`;

/** Each label's by-id shape: its node with the ids of its links. */
const BY_ID_PROJECTIONS = {
  Statement: (v: string) => statementProjection(v),
  Actor: actorWithLinkIds,
  Event: eventWithLinkIds,
  Article: articleProjection,
  Place: placeProjection,
  Sector: sectorProjection,
} as const;

/** Any node in the by-id shape, with the ids of its links: what the by-id loader returns. */
export const byIdProjection = (v: string) => `CASE
${Object.entries(BY_ID_PROJECTIONS)
  .map(([label, project]) => `  WHEN ${v}:${label} THEN ${project(v)}`)
  .join('\n')}
END`;

/*
 * A node of a known label in the by-id shape: that label's projection alone. Neo4j plans every
 * pattern comprehension of an expression whichever CASE branch a row takes, so the six-branch
 * byIdProjection (thirteen comprehensions) costs seconds of planning for a new query text on a
 * loaded machine where one label's (two for an actor) costs a fraction of it.
 */
export const byIdProjectionOf = (label: keyof typeof BY_ID_PROJECTIONS, v: string) => BY_ID_PROJECTIONS[label](v);

/** Events in time order: dated first by date, then an event after those it follows, then by id (keys.ts). */
export const EVENT_ORDER = (v: string) => `${v}.sortKey`;

/** Statements: newest article first (undated last), article order within an article (keys.ts). */
export const STATEMENT_ORDER = (v: string) => `${v}.newestKey`;

/** A runtime check that a value read from Neo4j has the type the query promises. */
export type Check<T> = (value: unknown) => value is T;

export const isString: Check<string> = (v): v is string => typeof v === 'string';
export const isNumber: Check<number> = (v): v is number => typeof v === 'number';
export const isBoolean: Check<boolean> = (v): v is boolean => typeof v === 'boolean';
export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v): v is T | null =>
    v === null || check(v);
export const listOf =
  <T>(check: Check<T>): Check<T[]> =>
  (v): v is T[] =>
    Array.isArray(v) && v.every(check);
export const oneOf =
  <const T extends string>(values: readonly T[]): Check<T> =>
  (v): v is T =>
    (values as readonly unknown[]).includes(v);
/**
 * A map holding at least these keys: for the composite rows a query builds itself, whose key
 * names the compiler checks against T (the query text builds the values).
 */
export const isMap =
  <T extends object>(...keys: (keyof T & string)[]): Check<T> =>
  (v): v is T =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && keys.every((k) => k in v);

type NodeOf<L extends Label> = Extract<NodeRecord, { nodeType: L }>;
/** A node record of one of these labels, its own properties checked against the graph model. */
export const nodeRecordOf =
  <L extends Label>(...labels: L[]): Check<NodeOf<L>> =>
  (v): v is NodeOf<L> => {
    if (typeof v !== 'object' || v === null) return false;
    const record = v as Readonly<Record<string, unknown>>;
    const label = labels.find((l) => l === record.nodeType);
    return label !== undefined && matchesRecord(label, record);
  };
export const isNodeRecord: Check<NodeRecord> = nodeRecordOf(...NODE_LABELS);

/**
 * Reads one column of a record, failing loudly when it does not have the promised shape. A list
 * column may first drop the items `vanished` recognizes (see vanishedRow).
 */
export function column<T>(record: Neo4jRecord, key: string, check: Check<T>, vanished?: (item: unknown) => boolean): T {
  let value: unknown = record.get(key);
  if (vanished && Array.isArray(value)) value = value.filter((item) => !vanished(item));
  if (!check(value)) throw new Error(`query column ${key}: the value does not have the expected shape`);
  return value;
}

/**
 * A page row whose node was deleted by another transaction while this read ran: reads are
 * read-committed, so a node matched before a concurrent delete committed is projected with null
 * properties, its id among them. It is gone, so the page leaves it out instead of failing.
 */
export const vanishedRow = (item: unknown): boolean => {
  const node = (item as { node?: unknown } | null)?.node;
  return typeof node === 'object' && node !== null && (node as { id?: unknown }).id === null;
};

/** What a keyset page query needs: the key after which to start, the page size, whether to count. */
export interface KeysetRequest {
  /** Sort key of the last item of the previous page; '' for the first page (every key is greater). */
  after: string;
  limit: number;
  withCount: boolean;
}

/**
 * Reads a keyset page query's one row: `rows` (up to limit + 1 `{key, node}` maps in list
 * order; the extra one only says that more follow) and `total` when counted.
 */
export function keysetPageOf<T>(records: Neo4jRecord[], request: KeysetRequest, check: Check<T>): KeysetPage<T> {
  const record = records[0];
  const isRow = (v: unknown): v is { key: string; node: T } =>
    isMap<{ key: string; node: T }>('key', 'node')(v) && isString(v.key) && check(v.node);
  const rows = record ? column(record, 'rows', listOf(isRow), vanishedRow) : [];
  const page = rows.slice(0, request.limit);
  return {
    items: page.map((r) => r.node),
    keys: page.map((r) => r.key),
    hasMore: rows.length > request.limit,
    totalCount: request.withCount && record ? column(record, 'total', isNumber) : null,
  };
}

/**
 * The one-round-trip shape of a keyset page: the page subquery, then (when asked) the count
 * subquery, each returning one row. Both are fixed Cypher text per case; values are parameters.
 */
export function keysetQuery(page: string, count: string | null): string {
  return `CALL { ${page} }
     ${count ? `CALL { ${count} }` : ''}
     RETURN rows${count ? ', total' : ''}`;
}

/** Page size plus the one extra row that tells whether another page follows. */
export const PAGE_PLUS_ONE = 'toInteger($limit) + 1';

/**
 * A subquery body binding `n` to the node of any type whose id is in the variable `idVar`,
 * through each label's unique-id index (a label-less match on `id` would scan every node).
 */
export const nodeById = (idVar: string, labels: readonly string[] = ['Actor', 'Statement', 'Event', 'Article', 'Place', 'Sector']) =>
  labels.map((label) => `MATCH (n:${label} {id: ${idVar}}) RETURN n`).join(' UNION ');

/**
 * The matching normalization as a Cypher expression over `expr`: the text foundation's twin of
 * normalizeArabic (src/text/arabic.ts), so stored texts compare with a query normalized in TypeScript.
 */
export const normalizedText = cypherNormalized;
