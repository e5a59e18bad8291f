/**
 * The shapes read queries return: plain objects with the node's properties plus the ids of
 * its neighbours that resolvers need. GraphQL codegen maps schema types to these (mappers).
 * `nodeType` names the GraphQL type, so interfaces and unions resolve without another query.
 * A node's own properties are the model's record properties (src/graph/model.ts), which the
 * projections in queries/shared.ts read; only the neighbour ids are declared here.
 */
import type { StatementKind } from '../graph/document-graph.ts';
import type { Label, RecordProperties } from '../graph/model.ts';
import type { ArticleAggregateFilter, EventAggregateFilter, StatementAggregateFilter } from './queries/aggregates.ts';

/**
 * An actor as read: its own fields, plus the ids of its links in the by-id shape only (lists
 * and links read the actor alone; the resolvers load the by-id shape for a selected link).
 */
export interface ActorRecord extends RecordProperties<'Actor'> {
  nodeType: 'Actor';
  partOfIds?: string[];
  basedInIds?: string[];
}

/**
 * A statement as read: its own fields, plus its links either as ids (the by-id shape, every
 * link) or, from a list that fetched only what the GraphQL selection asks, as the linked nodes
 * whole for the selected links and nothing for the others (the resolvers load what is missing).
 */
export interface StatementRecord extends RecordProperties<'Statement'> {
  nodeType: 'Statement';
  speakerId?: string;
  /** The speaker itself, when the query that read the statement fetched it too. */
  speaker?: ActorRecord | null;
  addresseeIds?: string[];
  aboutIds?: string[];
  reportedById?: string | null;
  deniesId?: string | null;
  answersId?: string | null;
  eventId?: string | null;
  /** Linked nodes fetched whole with the statement (selected links only). */
  article?: ArticleRecord | null;
  addressees?: ActorRecord[];
  about?: AboutRecord[];
  reportedBy?: ActorRecord | null;
  denies?: StatementRecord | null;
  answers?: StatementRecord | null;
  event?: EventRecord | null;
}

export interface ArticleRecord extends RecordProperties<'Article'> {
  nodeType: 'Article';
}

/** An event as read: its own fields, plus the ids of its links in the by-id shape only (as for actors). */
export interface EventRecord extends RecordProperties<'Event'> {
  nodeType: 'Event';
  placeId?: string | null;
  followsIds?: string[];
  followedByIds?: string[];
  affectsIds?: string[];
}

export interface PlaceRecord extends RecordProperties<'Place'> {
  nodeType: 'Place';
}

export interface SectorRecord extends RecordProperties<'Sector'> {
  nodeType: 'Sector';
}

export type NodeRecord = ActorRecord | StatementRecord | ArticleRecord | EventRecord | PlaceRecord | SectorRecord;
export type AboutRecord = ActorRecord | EventRecord | SectorRecord | PlaceRecord;

export interface KindCountRecord {
  kind: StatementKind;
  count: number;
}

export interface SpeakerStatementsRecord {
  speaker: ActorRecord;
  count: number;
  kinds: KindCountRecord[];
  statements: StatementRecord[];
  /** The sort keys (newestKey) of `statements`, in the same order: their cursors. */
  statementKeys: string[];
  /** The subject the group is about, for the `aggregate` of its statements and later pages. */
  aboutId?: string;
  /** Its node type: about an actor, its statements are found by their aboutActorIds. */
  aboutType?: AboutRecord['nodeType'];
  /** The date range of the question the group answers. */
  from?: string | null;
  to?: string | null;
}

export interface WhoSaidWhatRecord {
  about: AboutRecord;
  /** Null when totalCount was not selected. */
  totalCount: number | null;
  /** The date range asked, for pages fetched later. */
  from: string | null;
  to: string | null;
  /** The page of speaker groups fetched with the subject; null when `speakers` was not selected. */
  speakers: SpeakerGroupsPageRecord | null;
}

/** A page of speaker groups after a cursor key, as whoSaidWhatAbout fetched it. */
export interface SpeakerGroupsPageRecord {
  groups: SpeakerStatementsRecord[];
  /** The sort keys of `groups` (count descending, speaker id, target id), in the same order. */
  keys: string[];
  /** The key the page started after ('' for the first page) and its size. */
  after: string;
  limit: number;
  hasMore: boolean;
  totalCount: number | null;
}

export interface StanceRecord {
  speaker: ActorRecord;
  target: AboutRecord;
  count: number;
  kinds: KindCountRecord[];
}

export interface ContradictionRecord {
  denial: StatementRecord;
  denied: StatementRecord;
}

export interface TimelineEntryRecord {
  date: string | null;
  dateText: string | null;
  event: EventRecord | null;
  statement: StatementRecord | null;
}

export interface SearchHitRecord {
  score: number;
  type: 'STATEMENT' | 'ACTOR' | 'EVENT' | 'PLACE' | 'SECTOR' | 'ARTICLE';
  node: ActorRecord | StatementRecord | EventRecord | PlaceRecord | SectorRecord | ArticleRecord;
}

/** A page of search hits; each edge carries the hit's score and type beside its node. */
export type SearchConnectionRecord = ConnectionRecord<SearchHitRecord>;
export type SearchEdgeRecord = SearchConnectionRecord['edges'][number];
/** whoSaidWhatAbout's speaker groups, paged in memory (the groups come with the subject, in one query). */
export type SpeakerStatementsConnectionRecord = ConnectionRecord<SpeakerStatementsRecord>;

/** A node of a graph view; `label` and `properties` are read only when selected (GraphViewFields). */
export interface GraphNodeRecord {
  id: string;
  label?: string;
  /** The node's label, upper-cased (`ACTOR`), as the API's GraphNodeType names it. */
  type: Uppercase<Label>;
  properties?: Record<string, unknown>;
}

/** An edge of a graph view; `properties` are read only when selected. */
export interface GraphEdgeRecord {
  id: string;
  source: string;
  target: string;
  type: string;
  properties?: Record<string, unknown>;
}

export interface GraphViewRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
}

/**
 * One page of a keyset-paged list: items in list order with their sort keys (the cursors'
 * contents), whether more follow, and the total when it was asked for (null otherwise).
 */
export interface KeysetPage<T> {
  items: T[];
  keys: string[];
  hasMore: boolean;
  totalCount: number | null;
}

/** A connection as the API serves it; `totalCount` is null when not fetched with the page. */
export interface ConnectionRecord<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
  /** Counts on demand when `totalCount` was not fetched with the page (a selection the resolver could not see). */
  countLater?: () => Promise<number>;
}

/**
 * A page of statements carries the filter it was built for, so fields computed over the whole
 * list (totalCount on demand, aggregates) can query the same statements.
 */
export interface StatementConnectionRecord extends ConnectionRecord<StatementRecord> {
  /** The equivalent statement filter, for `aggregate` (deniedBy and answeredBy: the statement denied or answered). */
  filter?: StatementAggregateFilter;
}
export type ActorConnectionRecord = ConnectionRecord<ActorRecord>;
/** A page of events with the filter it was built for (for `aggregate`), when the list has one. */
export interface EventConnectionRecord extends ConnectionRecord<EventRecord> {
  filter?: EventAggregateFilter;
}
/** A page of articles with the filter it was built for (for `aggregate`), when the list has one. */
export interface ArticleConnectionRecord extends ConnectionRecord<ArticleRecord> {
  filter?: ArticleAggregateFilter;
}
export type SectorConnectionRecord = ConnectionRecord<SectorRecord>;
export type StanceConnectionRecord = ConnectionRecord<StanceRecord>;
/** Where an article's text names a subject (offsets in UTF-16 code units into the article text). */
export interface MentionRecord {
  subject: AboutRecord;
  start: number;
  end: number;
  /** The surface text, cut from the article's text by the resolver. */
  text: string;
}
export type MentionConnectionRecord = ConnectionRecord<MentionRecord>;
export type ContradictionConnectionRecord = ConnectionRecord<ContradictionRecord>;
export type TimelineConnectionRecord = ConnectionRecord<TimelineEntryRecord>;
