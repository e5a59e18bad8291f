import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorRecord as ActorRecordModel, StatementRecord as StatementRecordModel, ArticleRecord as ArticleRecordModel, EventRecord as EventRecordModel, PlaceRecord as PlaceRecordModel, SectorRecord as SectorRecordModel, SpeakerStatementsRecord as SpeakerStatementsRecordModel, WhoSaidWhatRecord as WhoSaidWhatRecordModel, StanceRecord as StanceRecordModel, ContradictionRecord as ContradictionRecordModel, TimelineEntryRecord as TimelineEntryRecordModel, GraphViewRecord as GraphViewRecordModel, StatementConnectionRecord as StatementConnectionRecordModel, ActorConnectionRecord as ActorConnectionRecordModel, EventConnectionRecord as EventConnectionRecordModel, ArticleConnectionRecord as ArticleConnectionRecordModel, SectorConnectionRecord as SectorConnectionRecordModel, StanceConnectionRecord as StanceConnectionRecordModel, ContradictionConnectionRecord as ContradictionConnectionRecordModel, SearchConnectionRecord as SearchConnectionRecordModel, SearchEdgeRecord as SearchEdgeRecordModel, SpeakerStatementsConnectionRecord as SpeakerStatementsConnectionRecordModel, TimelineConnectionRecord as TimelineConnectionRecordModel, MentionConnectionRecord as MentionConnectionRecordModel, MentionRecord as MentionRecordModel } from '../db/records.ts';
import type { StatementAggregateModel as StatementAggregateModelModel, EventAggregateModel as EventAggregateModelModel, ArticleAggregateModel as ArticleAggregateModelModel } from '../api/resolvers/network.ts';
import type { ActorNetworkRecord as ActorNetworkRecordModel, PathRecord as PathRecordModel } from '../db/queries/network.ts';
import type { ApiContext } from '../api/context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Calendar date, `YYYY-MM-DD` only; an impossible date (`2024-02-30`) is refused with
   * BAD_USER_INPUT, in a variable or written in the query.
   */
  Date: { input: string; output: string; }
  /** A moment, RFC 3339 with an offset: `2021-07-09T18:30:00Z`. */
  DateTime: { input: string; output: string; }
  /** Any JSON value: a map of node or relationship properties in `graph`. */
  JSON: { input: unknown; output: unknown; }
  /**
   * A date as precisely as it is known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (each part a real
   * month or day). Dates read from articles and events, and the `from`/`to` bounds of every date
   * filter, where a prefix means the whole period: `to: "2024-03"` includes March 31.
   */
  PartialDate: { input: string; output: string; }
};

/** A person, organization, government, country, group or outlet that speaks or is spoken about. */
export type Actor = Node & Subject & {
  __typename?: 'Actor';
  /** Other surface forms seen in articles. */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that mention this actor, newest first. */
  articles: ArticleConnection;
  /** Where this actor is based (its BASED_IN places, by id); empty when the graph does not say. */
  basedIn: Array<Place>;
  /** The name (Subject): what to show for it among other subjects. */
  displayName: Scalars['String']['output'];
  /** Events this actor took part in, in chronological order. */
  events: EventConnection;
  /** Stable id: `actor:<slug>` from the gazetteer, or from the normalized name. */
  id: Scalars['ID']['output'];
  /** Kind of actor. */
  kind: ActorKind;
  /** Actors that belong to this one (United States → White House). */
  members: ActorConnection;
  /** Display name (Arabic when the actor was found in Arabic text). */
  name: Scalars['String']['output'];
  /** Arabic name. */
  nameAr: Maybe<Scalars['String']['output']>;
  /** English name, when known. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** Actors this one belongs to (White House → United States). */
  partOf: Array<Actor>;
  /** Statements about this actor, by anyone, newest article first. */
  statementsAbout: StatementConnection;
  /** Statements said to this actor (it is an addressee), newest article first. */
  statementsAddressedTo: StatementConnection;
  /** What this actor said, newest article first. */
  statementsBy: StatementConnection;
  /** Wikidata item id (`Q6279`), when known. */
  wikidataId: Maybe<Scalars['String']['output']>;
};


/** A person, organization, government, country, group or outlet that speaks or is spoken about. */
export type ActorArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization, government, country, group or outlet that speaks or is spoken about. */
export type ActorEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization, government, country, group or outlet that speaks or is spoken about. */
export type ActorMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization, government, country, group or outlet that speaks or is spoken about. */
export type ActorStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization, government, country, group or outlet that speaks or is spoken about. */
export type ActorStatementsAddressedToArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization, government, country, group or outlet that speaks or is spoken about. */
export type ActorStatementsByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of actors. */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  /** The actors of this page, each with its cursor. */
  edges: Array<ActorEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of actors matching the filter, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** How many statements one actor said. */
export type ActorCount = {
  __typename?: 'ActorCount';
  /** The actor. */
  actor: Actor;
  /** Number of statements. */
  count: Scalars['Int']['output'];
};

/** An actor in a page of results. */
export type ActorEdge = {
  __typename?: 'ActorEdge';
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The actor. */
  node: Actor;
};

/** Filter for `actors`. */
export type ActorFilter = {
  /** Only actors of these kinds. */
  kinds?: InputMaybe<Array<ActorKind>>;
  /** Matches Arabic names after normalization (hamza/alef/ya forms, clitics) and English names, case-insensitively. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What sort of actor speaks or is spoken about. */
export type ActorKind =
  /** A country speaking as a whole (`روسيا`). */
  | 'COUNTRY'
  /** A government or one of its bodies (`الكرملين`, `البيت الأبيض`). */
  | 'GOVERNMENT'
  /** A group of people (`القراصنة`, `ريفيل`). */
  | 'GROUP'
  /** A news outlet or agency. */
  | 'MEDIA'
  /** A company, agency or institution. */
  | 'ORGANIZATION'
  /** A named person (`جو بايدن`). */
  | 'PERSON'
  /** An unnamed source: `مسؤول أمريكي كبير لم يذكر اسمه`. */
  | 'UNNAMED';

/** An actor network: actors as nodes, who spoke about or to whom as weighted edges. */
export type ActorNetwork = {
  __typename?: 'ActorNetwork';
  /** Co-occurrence edges between kept actors with at least `minWeight` shared statements or articles, heaviest first; empty unless asked for. */
  cooccurrences: Array<CooccurrenceEdge>;
  /** Speaker → target edges between kept actors with at least `minWeight` statements, heaviest first. */
  edges: Array<ActorNetworkEdge>;
  /** The kept actors, heaviest first. */
  nodes: Array<ActorNetworkNode>;
  /** Number of statements matching the filter (with or without an actor target). */
  statementCount: Scalars['Int']['output'];
  /** True when `limit` left actors out. */
  truncated: Scalars['Boolean']['output'];
};

/** A directed speaker → target edge of an `actorNetwork`, built from statements ABOUT the target or ADDRESSED_TO it. */
export type ActorNetworkEdge = {
  __typename?: 'ActorNetworkEdge';
  /** How many of them are about the target (ABOUT). */
  about: Scalars['Int']['output'];
  /** How many of them are addressed to the target (ADDRESSED_TO). */
  addressedTo: Scalars['Int']['output'];
  /** Publication date of the earliest dated statement on the edge; null when none is dated. */
  firstDate: Maybe<Scalars['PartialDate']['output']>;
  /** Stable id: `<source>-><target>`. */
  id: Scalars['ID']['output'];
  /** Counts per statement kind, most frequent first. */
  kinds: Array<KindCount>;
  /** Publication date of the latest dated statement on the edge; null when none is dated. */
  lastDate: Maybe<Scalars['PartialDate']['output']>;
  /** Id of the speaker. */
  source: Scalars['ID']['output'];
  /** The speaker. */
  sourceActor: Actor;
  /** Id of the actor spoken about or to. */
  target: Scalars['ID']['output'];
  /** The actor spoken about or to. */
  targetActor: Actor;
  /** Number of matching statements from the speaker about or to the target (a statement both about and to the target counts once). */
  weight: Scalars['Int']['output'];
};

/** Filter of `actorNetwork`: which statements build the network, and how large it may grow. */
export type ActorNetworkFilter = {
  /** Only statements reported in this article. */
  article?: InputMaybe<Scalars['ID']['input']>;
  /** Which co-occurrence edges to add. */
  cooccurrence?: InputMaybe<CooccurrenceScope>;
  /** Only statements from articles published on or after this date. */
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Only statements of these kinds; all kinds when omitted or empty. */
  kinds?: InputMaybe<Array<StatementKind>>;
  /** Maximum number of nodes (1 to 500); the heaviest actors (most matching statements said or received) are kept. */
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum number of statements for a speaker → target edge, and for a co-occurrence edge, to be returned (at least 1). */
  minWeight?: InputMaybe<Scalars['Int']['input']>;
  /** Words the statement text contains: every word (full-text, `arabic` analyzer), or the whole phrase after normalization. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only statements from articles published on or before this date (a `YYYY-MM` or `YYYY` includes the whole month or year). */
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** An actor of an `actorNetwork`, with its statement counts under the network's filter. */
export type ActorNetworkNode = {
  __typename?: 'ActorNetworkNode';
  /** The actor, for names, kinds and any other field. */
  actor: Actor;
  /** The actor's id (the node id for Cytoscape, vis-network or sigma). */
  id: Scalars['ID']['output'];
  /** Matching statements about the actor or addressed to it. */
  received: Scalars['Int']['output'];
  /** Matching statements the actor said. */
  said: Scalars['Int']['output'];
  /** `said + received`: what the node limit ranks by. */
  weight: Scalars['Int']['output'];
};

/** A news article Qawl has read. */
export type Article = Node & {
  __typename?: 'Article';
  /** Actors it mentions, most statements first. */
  actors: ActorConnection;
  /** Events it mentions, in chronological order. */
  events: EventConnection;
  /** Unique id (`article:<slug>`). */
  id: Scalars['ID']['output'];
  /** When Qawl last loaded it (a replacement or a reload sets it anew); null for an article loaded before it was recorded. */
  ingestedAt: Maybe<Scalars['DateTime']['output']>;
  /** ISO language code (`ar`). */
  language: Scalars['String']['output'];
  /** Where its text names actors, events, places and sectors, in text order (by start offset). */
  mentions: MentionConnection;
  /** Publication date, when known. */
  publishedAt: Maybe<Scalars['PartialDate']['output']>;
  /** Outlet, when known. */
  source: Maybe<Scalars['String']['output']>;
  /** Its statements, in article order. */
  statements: StatementConnection;
  /** The cleaned text that every offset points into. */
  text: Scalars['String']['output'];
  /** Headline, when known. */
  title: Maybe<Scalars['String']['output']>;
  /** Where it was published, when known. */
  url: Maybe<Scalars['String']['output']>;
};


/** A news article Qawl has read. */
export type ArticleActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article Qawl has read. */
export type ArticleEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article Qawl has read. */
export type ArticleMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  subject?: InputMaybe<Scalars['ID']['input']>;
};


/** A news article Qawl has read. */
export type ArticleStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Counts over all the articles of a connection (every page): computed in one Cypher round trip
 * for all the fields selected, and only when selected.
 */
export type ArticleAggregate = {
  __typename?: 'ArticleAggregate';
  /** Articles per publication period, oldest first; undated articles and dates coarser than the granularity are left out. */
  byPeriod: Array<PeriodCount>;
  /** Articles per outlet, most first (unknown outlet last among equals). */
  bySource: Array<SourceCount>;
  /** Number of articles. */
  count: Scalars['Int']['output'];
};


/**
 * Counts over all the articles of a connection (every page): computed in one Cypher round trip
 * for all the fields selected, and only when selected.
 */
export type ArticleAggregateByPeriodArgs = {
  granularity?: InputMaybe<Granularity>;
};


/**
 * Counts over all the articles of a connection (every page): computed in one Cypher round trip
 * for all the fields selected, and only when selected.
 */
export type ArticleAggregateBySourceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of articles. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** Counts over every article of this connection (all pages), computed only when selected. */
  aggregate: ArticleAggregate;
  /** The articles of this page, each with its cursor. */
  edges: Array<ArticleEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of articles, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** An article in a page of results. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The article. */
  node: Article;
};

/** An undirected co-occurrence edge: two actors named together (see `CooccurrenceScope`). */
export type CooccurrenceEdge = {
  __typename?: 'CooccurrenceEdge';
  /** Stable id: `<scope>:<source>--<target>`, source and target in id order. */
  id: Scalars['ID']['output'];
  /** Statements or articles. */
  scope: CooccurrenceScope;
  /** Id of one actor (the smaller id). */
  source: Scalars['ID']['output'];
  /** Id of the other actor. */
  target: Scalars['ID']['output'];
  /** Number of statements or articles the two share. */
  weight: Scalars['Int']['output'];
};

/** Which co-occurrence edges `actorNetwork` adds beside its directed speaker → target edges. */
export type CooccurrenceScope =
  /** Two actors mentioned by the same article that reports a matching statement. */
  | 'ARTICLE'
  /** No co-occurrence edges (the default). */
  | 'NONE'
  /** Two actors named in the same matching statement (its speaker, its addressees, the actors it is about). */
  | 'STATEMENT';

/** Which article `deleteArticle` removes. */
export type DeleteArticleInput = {
  /** The article's id (`article:…`). */
  id: Scalars['ID']['input'];
};

/** The result of `deleteArticle`. */
export type DeleteArticlePayload = {
  __typename?: 'DeleteArticlePayload';
  /** The id of the removed article; null when there was none (see `userErrors`). */
  deletedArticleId: Maybe<Scalars['ID']['output']>;
  /** Ids of every node removed (the article first): evict them from a client cache. */
  evictedIds: Array<Scalars['ID']['output']>;
  /** Nodes removed: the article, its statements, and what only it mentioned. */
  nodesDeleted: Scalars['Int']['output'];
  /** Relationships removed. */
  relationshipsDeleted: Scalars['Int']['output'];
  /** What was wrong with the input (`NOT_FOUND` when there is no such article); empty on success. */
  userErrors: Array<UserError>;
};

/** A denial and the statement it denies. */
export type Denial = {
  __typename?: 'Denial';
  /** The denying statement (`نفت موسكو …`). */
  denial: Statement;
  /** The statement denied. */
  denied: Statement;
};

/** A page of denials. */
export type DenialConnection = {
  __typename?: 'DenialConnection';
  /** The pairs of this page, each with its cursor. */
  edges: Array<DenialEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of denial pairs matching, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A denial in a page of results. */
export type DenialEdge = {
  __typename?: 'DenialEdge';
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The denial pair. */
  node: Denial;
};

/** Something that happened: a call, a summit, an attack … */
export type Event = Node & Subject & {
  __typename?: 'Event';
  /** Sectors it affects. */
  affects: Array<Sector>;
  /** When it happened, as precise as known (`2021-07-09`, `2021-06`). */
  date: Maybe<Scalars['PartialDate']['output']>;
  /** The article's own words for when (`الجمعة`, `الشهر الماضي`). */
  dateText: Maybe<Scalars['String']['output']>;
  /** The label (Subject): what to show for it among other subjects. */
  displayName: Scalars['String']['output'];
  /** Events that follow this one. */
  followedBy: Array<Event>;
  /** Events this one follows in time. */
  follows: Array<Event>;
  /** Unique id of the event. */
  id: Scalars['ID']['output'];
  /** What sort of event. */
  kind: EventKind;
  /** The words naming it in the article (`مكالمة هاتفية`). */
  label: Scalars['String']['output'];
  /** Who took part. */
  participants: ActorConnection;
  /** Where it happened. */
  place: Maybe<Place>;
  /** Statements made during it or about it, newest article first. */
  statementsAbout: StatementConnection;
};


/** Something that happened: a call, a summit, an attack … */
export type EventParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: a call, a summit, an attack … */
export type EventStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Counts over all the events of a connection (every page, the connection's own filter):
 * computed in one Cypher round trip for all the fields selected, and only when selected.
 */
export type EventAggregate = {
  __typename?: 'EventAggregate';
  /** Counts per kind, most frequent first. */
  byKind: Array<EventKindCount>;
  /** Counts per period of the events' own dates, oldest first; undated events and dates coarser than the granularity are left out. */
  byPeriod: Array<PeriodCount>;
  /** The places with most events, most first (events without a place are not counted here). */
  byPlace: Array<PlaceCount>;
  /** Number of events. */
  count: Scalars['Int']['output'];
};


/**
 * Counts over all the events of a connection (every page, the connection's own filter):
 * computed in one Cypher round trip for all the fields selected, and only when selected.
 */
export type EventAggregateByPeriodArgs = {
  granularity?: InputMaybe<Granularity>;
};


/**
 * Counts over all the events of a connection (every page, the connection's own filter):
 * computed in one Cypher round trip for all the fields selected, and only when selected.
 */
export type EventAggregateByPlaceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of events. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** Counts over every event of this connection (all pages), computed only when selected. */
  aggregate: EventAggregate;
  /** The events of this page, each with its cursor. */
  edges: Array<EventEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of events matching, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** An event in a page of results. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** Filter for `events`; all given conditions must hold. */
export type EventFilter = {
  /** Only events on or after this date. */
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Only events of these kinds. */
  kinds?: InputMaybe<Array<EventKind>>;
  /** Only events in which every one of these actors took part. */
  participants?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only events in this place. */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Only events on or before this date. */
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** What sort of event. */
export type EventKind =
  /** An agreement or deal. */
  | 'AGREEMENT'
  /** An arrest. */
  | 'ARREST'
  /** An attack (including cyberattacks). */
  | 'ATTACK'
  /** A phone or video call. */
  | 'CALL'
  /** An election. */
  | 'ELECTION'
  /** A meeting or summit. */
  | 'MEETING'
  /** Anything else. */
  | 'OTHER'
  /** A protest. */
  | 'PROTEST'
  /** A sanction. */
  | 'SANCTION'
  /** A visit. */
  | 'VISIT';

/** How many events of one kind. */
export type EventKindCount = {
  __typename?: 'EventKindCount';
  /** Number of events of that kind. */
  count: Scalars['Int']['output'];
  /** The event kind. */
  kind: EventKind;
};

/**
 * The exact place of a statement in its article. Every offset counts UTF-16 code units into
 * `Article.text` (what JavaScript's `String.prototype.slice` takes); ends are exclusive.
 */
export type Evidence = {
  __typename?: 'Evidence';
  /** End offset (exclusive) of the reporting cue; null when there is none. */
  cueEnd: Maybe<Scalars['Int']['output']>;
  /** Start offset of the reporting cue (`قال`, `نفى`, `وفقا ل`); null when there is none (an implicit claim). */
  cueStart: Maybe<Scalars['Int']['output']>;
  /** End offset (exclusive) of the content in the article text. */
  end: Scalars['Int']['output'];
  /** The whole sentence that carries the statement. */
  sentence: Scalars['String']['output'];
  /** End offset (exclusive) of the sentence in the article text. */
  sentenceEnd: Scalars['Int']['output'];
  /** Start offset of the sentence in the article text. */
  sentenceStart: Scalars['Int']['output'];
  /** Start offset of the content in the article text. */
  start: Scalars['Int']['output'];
};

/** Time buckets of `byPeriod` counts. */
export type Granularity =
  /** Calendar days, `YYYY-MM-DD`. */
  | 'DAY'
  /** Calendar months, `YYYY-MM`. */
  | 'MONTH'
  /** ISO weeks, `YYYY-Www` (weeks start on Monday). */
  | 'WEEK';

/** An edge of a `graph` view. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Stable edge id: `TYPE:source->target`. */
  id: Scalars['ID']['output'];
  /** The relationship's properties. */
  properties: Scalars['JSON']['output'];
  /** Id of the source node. */
  source: Scalars['ID']['output'];
  /** Id of the target node. */
  target: Scalars['ID']['output'];
  /** The relationship's type. */
  type: GraphEdgeType;
};

/** The relationships a `graph` view shows: the graph model's own (not the derived aggregates such as `Stance`). */
export type GraphEdgeType =
  | 'ABOUT'
  | 'ADDRESSED_TO'
  | 'AFFECTS'
  | 'ANSWERS'
  | 'BASED_IN'
  | 'DENIES'
  | 'DURING'
  | 'FOLLOWS'
  | 'IN'
  | 'MENTIONS'
  | 'PARTICIPATED_IN'
  | 'PART_OF'
  | 'REPORTED_BY'
  | 'REPORTED_IN'
  | 'SAID';

/** A node of a `graph` view, shaped for Cytoscape, vis-network or sigma. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** The node's id. */
  id: Scalars['ID']['output'];
  /** A short display label (a name, an event label, the start of a statement). */
  label: Scalars['String']['output'];
  /** The node itself, for details through fragments on its type (`... on Actor { name }`); batched, one round trip for all nodes. */
  node: Maybe<Node>;
  /** All the node's properties (long article texts left out). */
  properties: Scalars['JSON']['output'];
  /** The node's type. */
  type: GraphNodeType;
};

/** The types of node a `graph` view holds. */
export type GraphNodeType =
  | 'ACTOR'
  | 'ARTICLE'
  | 'EVENT'
  | 'PLACE'
  | 'SECTOR'
  | 'STATEMENT';

/** A subgraph: nodes and the edges among them. */
export type GraphView = {
  __typename?: 'GraphView';
  /** Every relationship between two of the nodes. */
  edges: Array<GraphEdge>;
  /** The nodes, the center first. */
  nodes: Array<GraphNode>;
  /** True when `limit` cut the neighbourhood short. */
  truncated: Scalars['Boolean']['output'];
};

/** Health of the service. */
export type Health = {
  __typename?: 'Health';
  /** Neo4j server version. */
  neo4jVersion: Maybe<Scalars['String']['output']>;
  /** `ok` when Neo4j answers. */
  status: Scalars['String']['output'];
};

/** An article to read into the graph. */
export type IngestArticleInput = {
  /**
   * The publisher's (or your) own id for the article: the idempotency key when given (before `url`).
   * Without either key the article's id comes from its text, so a corrected text is a new article.
   */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** ISO language code. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Publication date, `YYYY-MM-DD` (a calendar date: `2024-02-30` is refused). */
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** The outlet. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The article text (Arabic). Boilerplate (menus, share links) is cleaned away. */
  text: Scalars['String']['input'];
  /** Headline; taken from the first line when omitted. */
  title?: InputMaybe<Scalars['String']['input']>;
  /**
   * Where it was published. With no `externalId` it is the idempotency key: a corrected article
   * from the same URL replaces the one stored for it instead of adding a second copy.
   */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `ingestArticle`: either the article (and `userErrors` empty) or `userErrors`. */
export type IngestArticlePayload = {
  __typename?: 'IngestArticlePayload';
  /** The article as stored; null when `userErrors` is not empty. */
  article: Maybe<Article>;
  /** What was created; null when `userErrors` is not empty. */
  created: Maybe<IngestCounts>;
  /**
   * Ids of nodes that no longer exist after this write (statements and events of a replaced
   * version that the new one lacks, actors and places only it named): evict them from a client cache.
   */
  evictedIds: Array<Scalars['ID']['output']>;
  /** Whether it was new, unchanged or replaced; null when `userErrors` is not empty. */
  status: Maybe<LoadStatus>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** What an ingestion created. */
export type IngestCounts = {
  __typename?: 'IngestCounts';
  /** Actors found in the article. */
  actors: Scalars['Int']['output'];
  /** Events found in the article. */
  events: Scalars['Int']['output'];
  /** Nodes created in the database. */
  nodesCreated: Scalars['Int']['output'];
  /** Relationships created in the database. */
  relationshipsCreated: Scalars['Int']['output'];
  /** Statements extracted from the article. */
  statements: Scalars['Int']['output'];
};

/** How many statements of one kind. */
export type KindCount = {
  __typename?: 'KindCount';
  /** Number of statements of that kind. */
  count: Scalars['Int']['output'];
  /** The statement kind. */
  kind: StatementKind;
};

/** What happened to an ingested article. */
export type LoadStatus =
  /** It was new and is now in the graph. */
  | 'LOADED'
  /** An article with the same id (the same text, `url` or `externalId`) was there with different content: it was replaced. */
  | 'REPLACED'
  /** The same article with the same extraction was already there: nothing changed. */
  | 'UNCHANGED';

/**
 * One place in an article's text that names a subject. Offsets count UTF-16 code units into
 * `Article.text` (what JavaScript's `String.prototype.slice` takes); `end` is exclusive.
 */
export type Mention = {
  __typename?: 'Mention';
  /** End offset (exclusive) in the article text. */
  end: Scalars['Int']['output'];
  /** Start offset in the article text. */
  start: Scalars['Int']['output'];
  /** What is named: an actor, event, place or sector. */
  subject: Subject;
  /** The text as it stands in the article (`Article.text` from `start` to `end`). */
  text: Scalars['String']['output'];
};

/** A page of mentions. */
export type MentionConnection = {
  __typename?: 'MentionConnection';
  /** The mentions of this page, each with its cursor. */
  edges: Array<MentionEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of mentions, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A mention in a page of results. */
export type MentionEdge = {
  __typename?: 'MentionEdge';
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The mention. */
  node: Mention;
};

/** Writes: reading articles into the graph and removing them. Every mutation needs an API key. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Removes an article and whatever only it supported. Needs an API key. */
  deleteArticle: DeleteArticlePayload;
  /**
   * Extracts an article's statements (on a worker thread) and loads them. Idempotent: the same
   * text gives UNCHANGED; with a `url` or `externalId` a corrected text REPLACES the stored one.
   * Problems with the text come back as `userErrors`. Needs an API key.
   */
  ingestArticle: IngestArticlePayload;
};


/** Writes: reading articles into the graph and removing them. Every mutation needs an API key. */
export type MutationDeleteArticleArgs = {
  input: DeleteArticleInput;
};


/** Writes: reading articles into the graph and removing them. Every mutation needs an API key. */
export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};

/** Anything with a globally unique id: actors, statements, events, places, sectors, articles. */
export type Node = {
  /** Globally unique, stable id, e.g. `actor:joe-biden`. */
  id: Scalars['ID']['output'];
};

/** Sort direction of an `orderBy`. */
export type OrderDirection =
  /** Smallest (or oldest) first. */
  | 'ASC'
  /** Largest (or newest) first; undated items come last. */
  | 'DESC';

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge: pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede the first edge. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A path between two nodes: nodes in walking order and the relationships between them. */
export type Path = {
  __typename?: 'Path';
  /** Number of relationships on the path (0 when both ends are the same node). */
  length: Scalars['Int']['output'];
  /** The nodes from `from` to `to`, in order; fetch details with fragments on their types. */
  nodes: Array<Node>;
  /** The relationships, `relationships[i]` between `nodes[i]` and `nodes[i + 1]`, in either direction. */
  relationships: Array<PathRelationship>;
};

/** A relationship on a `shortestPath`. */
export type PathRelationship = {
  __typename?: 'PathRelationship';
  /** Stable id: `TYPE:<source>-><target>`. */
  id: Scalars['ID']['output'];
  /** The relationship's properties (`role`, offsets, …). */
  properties: Scalars['JSON']['output'];
  /** Id of the node the relationship starts from, as stored (not the walking direction). */
  source: Scalars['ID']['output'];
  /** Id of the node the relationship points to, as stored. */
  target: Scalars['ID']['output'];
  /** Relationship type: SAID, ABOUT, ADDRESSED_TO, REPORTED_IN, MENTIONS, PARTICIPATED_IN, … */
  type: Scalars['String']['output'];
};

/** How many items fall in one period. */
export type PeriodCount = {
  __typename?: 'PeriodCount';
  /** Number of items in it. */
  count: Scalars['Int']['output'];
  /** The period: `YYYY-MM-DD`, `YYYY-Www` or `YYYY-MM` by granularity. */
  period: Scalars['String']['output'];
};

/** A place events happen in or actors are based in. */
export type Place = Node & Subject & {
  __typename?: 'Place';
  /** The name (Subject): what to show for it among other subjects. */
  displayName: Scalars['String']['output'];
  /** Events that happened here, in chronological order. */
  events: EventConnection;
  /** Stable id (`place:geneva`). */
  id: Scalars['ID']['output'];
  /** Name (Arabic when found in Arabic text). */
  name: Scalars['String']['output'];
  /** English name, when known. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** Statements about this place, newest article first. */
  statementsAbout: StatementConnection;
  /** Wikidata item id, when known. */
  wikidataId: Maybe<Scalars['String']['output']>;
};


/** A place events happen in or actors are based in. */
export type PlaceEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A place events happen in or actors are based in. */
export type PlaceStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How many events took place in one place. */
export type PlaceCount = {
  __typename?: 'PlaceCount';
  /** Number of events in it. */
  count: Scalars['Int']['output'];
  /** The place. */
  place: Place;
};

/** Questions about who said what about whom. */
export type Query = {
  __typename?: 'Query';
  /** One actor by id; null when there is none. */
  actor: Maybe<Actor>;
  /**
   * An actor network for graph tools: actors as nodes (with statement counts) and weighted
   * speaker → target edges built from the matching statements (ABOUT and ADDRESSED_TO an actor),
   * with counts per kind and first/last dates; optional co-occurrence edges. One Cypher round trip.
   */
  actorNetwork: ActorNetwork;
  /** Actors, most statements first. */
  actors: ActorConnection;
  /** One article by id; null when there is none. */
  article: Maybe<Article>;
  /** Articles, newest first. */
  articles: ArticleConnection;
  /** Who denied whose claims: every DENIES pair, both sides, newest first. */
  denials: DenialConnection;
  /** One event by id; null when there is none. */
  event: Maybe<Event>;
  /** Events in chronological order (undated events last; an event after the events it follows). */
  events: EventConnection;
  /**
   * A subgraph for visualization: the neighbourhood of `center` up to `depth` hops (1 to 3),
   * or, without a center, the neighbourhoods of the most quoted actors (one per 10 nodes of
   * `limit`, each with an equal share of the rest), those actors first; at most `limit` nodes.
   * Null when the center does not exist.
   */
  graph: Maybe<GraphView>;
  /** Liveness of the API and its database. */
  health: Health;
  /** Any node by its global id (`actor:kremlin`, a statement id, an event id …); null when there is none. */
  node: Maybe<Node>;
  /** Nodes by their global ids, in the order asked, null for each id that names nothing (at most the maximum page size). */
  nodes: Array<Maybe<Node>>;
  /** One place by id; null when there is none. */
  place: Maybe<Place>;
  /**
   * Full-text search over statements, actors, events, places, sectors and article titles: the
   * `arabic` analyzer (stemming, stop words) plus normalized name matching (hamza/alef/ya forms,
   * clitics). Lucene syntax in `query` is taken literally. Ranked by match quality (the whole
   * name, a whole alias, a name after clitics, anything else), then relevance, then prominence
   * (how much an actor said, how connected anything else is).
   */
  search: SearchConnection;
  /** One sector by id; null when there is none. */
  sector: Maybe<Sector>;
  /**
   * Sectors, most discussed first (statements about them plus events affecting them), then by id.
   * A cursor holds that count and the id of the last sector; the next page continues strictly after it.
   */
  sectors: SectorConnection;
  /**
   * A shortest path between any two nodes (actors, statements, events, places, sectors,
   * articles) over any relationship, in either direction; null when an id is unknown or no
   * path has at most `maxHops` relationships. One Cypher round trip.
   */
  shortestPath: Maybe<Path>;
  /**
   * The speaker → target network of statements (target = what a statement is about), strongest
   * edges first: for network views of who talks about whom, and how.
   */
  stanceNetwork: StanceConnection;
  /** One statement by id; null when there is none. */
  statement: Maybe<Statement>;
  /** Statements matching a filter, newest article first unless `orderBy` says otherwise. */
  statements: StatementConnection;
  /** An actor's events and statements in chronological order, events before statements on the same date. */
  timeline: TimelineConnection;
  /** Who said what about an actor, event, sector or place, grouped by speaker; null when the id is unknown. */
  whoSaidWhatAbout: Maybe<WhoSaidWhat>;
};


/** Questions about who said what about whom. */
export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


/** Questions about who said what about whom. */
export type QueryActorNetworkArgs = {
  filter?: InputMaybe<ActorNetworkFilter>;
};


/** Questions about who said what about whom. */
export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Questions about who said what about whom. */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/** Questions about who said what about whom. */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Questions about who said what about whom. */
export type QueryDenialsArgs = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};


/** Questions about who said what about whom. */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/** Questions about who said what about whom. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Questions about who said what about whom. */
export type QueryGraphArgs = {
  center?: InputMaybe<Scalars['ID']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  edgeTypes?: InputMaybe<Array<GraphEdgeType>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  nodeTypes?: InputMaybe<Array<GraphNodeType>>;
};


/** Questions about who said what about whom. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Questions about who said what about whom. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Questions about who said what about whom. */
export type QueryPlaceArgs = {
  id: Scalars['ID']['input'];
};


/** Questions about who said what about whom. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchType>>;
};


/** Questions about who said what about whom. */
export type QuerySectorArgs = {
  id: Scalars['ID']['input'];
};


/** Questions about who said what about whom. */
export type QuerySectorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Questions about who said what about whom. */
export type QueryShortestPathArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/** Questions about who said what about whom. */
export type QueryStanceNetworkArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  kinds?: InputMaybe<Array<StatementKind>>;
  minCount?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};


/** Questions about who said what about whom. */
export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


/** Questions about who said what about whom. */
export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<StatementOrder>;
};


/** Questions about who said what about whom. */
export type QueryTimelineArgs = {
  actor: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};


/** Questions about who said what about whom. */
export type QueryWhoSaidWhatAboutArgs = {
  about: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** A page of search results, best first. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The hits of this page, each with its cursor and relevance. */
  edges: Array<SearchEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of hits, all pages together (each kind of match contributes at most its 200 best candidates). */
  totalCount: Scalars['Int']['output'];
};

/** One search result with its relevance. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The node that matched. */
  node: SearchResult;
  /** Relevance within its match quality: higher is better; comparable only within one search. */
  score: Scalars['Float']['output'];
  /** What kind of node matched. */
  type: SearchType;
};

/** A node `search` can find. */
export type SearchResult = Actor | Article | Event | Place | Sector | Statement;

/** What kinds of node `search` looks through. */
export type SearchType =
  /** Actor names, Arabic and English, and aliases (full-text index `actor_names` plus normalized name keys). */
  | 'ACTOR'
  /** Article titles (full-text index `article_titles`). */
  | 'ARTICLE'
  /** Event labels and date expressions (full-text index `event_labels`). */
  | 'EVENT'
  /** Place names, Arabic and English (full-text index `place_names`). */
  | 'PLACE'
  /** Sector names, Arabic and English (full-text index `sector_names`). */
  | 'SECTOR'
  /** Statement texts (full-text index `statement_text`). */
  | 'STATEMENT';

/** A domain statements and events concern (`الأمن الإلكتروني`, cybersecurity). */
export type Sector = Node & Subject & {
  __typename?: 'Sector';
  /** The name (Subject): what to show for it among other subjects. */
  displayName: Scalars['String']['output'];
  /** Events that affect this sector, in chronological order. */
  events: EventConnection;
  /** Stable id (`sector:cybersecurity`). */
  id: Scalars['ID']['output'];
  /** Name (Arabic). */
  name: Scalars['String']['output'];
  /** English name, when known. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** Statements about this sector, newest article first. */
  statementsAbout: StatementConnection;
};


/** A domain statements and events concern (`الأمن الإلكتروني`, cybersecurity). */
export type SectorEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A domain statements and events concern (`الأمن الإلكتروني`, cybersecurity). */
export type SectorStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of sectors. */
export type SectorConnection = {
  __typename?: 'SectorConnection';
  /** The sectors of this page, each with its cursor. */
  edges: Array<SectorEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of sectors, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A sector in a page of results. */
export type SectorEdge = {
  __typename?: 'SectorEdge';
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The sector. */
  node: Sector;
};

/** How many articles came from one outlet. */
export type SourceCount = {
  __typename?: 'SourceCount';
  /** Number of articles. */
  count: Scalars['Int']['output'];
  /** The outlet (`source` of the articles); null for articles whose outlet is unknown. */
  source: Maybe<Scalars['String']['output']>;
};

/** One speaker's statements about a subject (see `whoSaidWhatAbout`). */
export type SpeakerStatements = {
  __typename?: 'SpeakerStatements';
  /** How many statements this speaker made about the subject. */
  count: Scalars['Int']['output'];
  /** How many of each kind, most frequent first. */
  kinds: Array<KindCount>;
  /** Who spoke. */
  speaker: Actor;
  /** The statements themselves, newest article first, in article order within an article. */
  statements: StatementConnection;
};


/** One speaker's statements about a subject (see `whoSaidWhatAbout`). */
export type SpeakerStatementsStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of speaker groups (see `whoSaidWhatAbout`). */
export type SpeakerStatementsConnection = {
  __typename?: 'SpeakerStatementsConnection';
  /** The groups of this page, each with its cursor. */
  edges: Array<SpeakerStatementsEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of speakers, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A speaker group in a page of results. */
export type SpeakerStatementsEdge = {
  __typename?: 'SpeakerStatementsEdge';
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The speaker and what it said. */
  node: SpeakerStatements;
};

/** A directed speaker → target edge of the stance network: how often and how the speaker spoke about the target. */
export type Stance = {
  __typename?: 'Stance';
  /** Number of statements from speaker about target (with the selected kinds). */
  count: Scalars['Int']['output'];
  /** Counts per statement kind, most frequent first. */
  kinds: Array<KindCount>;
  /** Who spoke. */
  speaker: Actor;
  /** The statements behind this edge: the speaker's statements about the target, newest first. */
  statements: StatementConnection;
  /** What the speaker spoke about (or addressed). */
  target: Subject;
};


/** A directed speaker → target edge of the stance network: how often and how the speaker spoke about the target. */
export type StanceStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  kinds?: InputMaybe<Array<StatementKind>>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** A page of stance edges. */
export type StanceConnection = {
  __typename?: 'StanceConnection';
  /** The stance edges of this page, strongest first. */
  edges: Array<StanceEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of speaker → target pairs matching, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A stance in a page of results. */
export type StanceEdge = {
  __typename?: 'StanceEdge';
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The speaker → target stance. */
  node: Stance;
};

/** Something an actor said, as reported in an article. */
export type Statement = Node & {
  __typename?: 'Statement';
  /** What it is about: actors, events, sectors, places. */
  about: Array<Subject>;
  /** Who it was said to (`أبلغ نظيره الروسي` → Putin). */
  addressees: Array<Actor>;
  /** Statements that answer this one, newest article first, in article order within an article; its `aggregate` counts every statement answering this one. */
  answeredBy: StatementConnection;
  /** The question this statement answers. */
  answers: Maybe<Statement>;
  /** The article that reports it. */
  article: Article;
  /** Statements that deny this one, newest article first, in article order within an article; its `aggregate` counts every statement denying this one. */
  deniedBy: StatementConnection;
  /** The statement this one denies. */
  denies: Maybe<Statement>;
  /** True when the content is a direct quote. */
  direct: Scalars['Boolean']['output'];
  /** The event during or after which it was said. */
  event: Maybe<Event>;
  /** Where in the article: the sentence and the content's offsets. */
  evidence: Evidence;
  /** Unique id of the statement. */
  id: Scalars['ID']['output'];
  /**
   * True for a claim the article only reports inside another statement ("denied the US claims
   * that …"), recorded so that a denial has something to point at: it was not said as such by
   * its speaker, and must not be presented as said.
   */
  implicit: Scalars['Boolean']['output'];
  /** What the statement does. */
  kind: StatementKind;
  /** Publication date of its article, when known. */
  publishedAt: Maybe<Scalars['PartialDate']['output']>;
  /** The speaker's own words without quotation marks, when the statement is a direct quote. */
  quote: Maybe<Scalars['String']['output']>;
  /** Who reported that the speaker said it (the White House reporting what Biden told Putin). */
  reportedBy: Maybe<Actor>;
  /** Who said it. */
  speaker: Actor;
  /** The reported content, as in the article. */
  text: Scalars['String']['output'];
  /** The reporting verb (`قال`, `نفى`, …). */
  verb: Maybe<Scalars['String']['output']>;
};


/** Something an actor said, as reported in an article. */
export type StatementAnsweredByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something an actor said, as reported in an article. */
export type StatementDeniedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Counts over all the statements of a connection (every page, the connection's own filter):
 * computed in one Cypher round trip for all the fields selected, and only when selected.
 */
export type StatementAggregate = {
  __typename?: 'StatementAggregate';
  /** Counts per kind, most frequent first. */
  byKind: Array<KindCount>;
  /**
   * Counts per publication period, oldest first; statements whose article date is unknown or
   * coarser than the granularity (a `YYYY-MM` date for DAY) are left out.
   */
  byPeriod: Array<PeriodCount>;
  /** Number of statements. */
  count: Scalars['Int']['output'];
  /** The actors who said most, most statements first. */
  topSpeakers: Array<ActorCount>;
  /** What the statements are most about (actors, events, sectors, places), most statements first. */
  topTargets: Array<TargetCount>;
};


/**
 * Counts over all the statements of a connection (every page, the connection's own filter):
 * computed in one Cypher round trip for all the fields selected, and only when selected.
 */
export type StatementAggregateByPeriodArgs = {
  granularity?: InputMaybe<Granularity>;
};


/**
 * Counts over all the statements of a connection (every page, the connection's own filter):
 * computed in one Cypher round trip for all the fields selected, and only when selected.
 */
export type StatementAggregateTopSpeakersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Counts over all the statements of a connection (every page, the connection's own filter):
 * computed in one Cypher round trip for all the fields selected, and only when selected.
 */
export type StatementAggregateTopTargetsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of statements. */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** Counts over every statement of this connection (all pages), computed only when selected. */
  aggregate: StatementAggregate;
  /** The statements of this page, each with its cursor. */
  edges: Array<StatementEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of statements matching, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A statement in a page of results. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The statement. */
  node: Statement;
};

/** Filter for `statements`; all given conditions must hold. */
export type StatementFilter = {
  /** Id of an actor, event, sector or place the statement is about. */
  about?: InputMaybe<Scalars['ID']['input']>;
  /** Id of an actor the statement was said to. */
  addressee?: InputMaybe<Scalars['ID']['input']>;
  /** Id of the article that reports the statement. */
  article?: InputMaybe<Scalars['ID']['input']>;
  /** Only direct quotes (true) or only reported speech (false). */
  direct?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only statements from articles published on or after this date. */
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Only statements of these kinds. */
  kinds?: InputMaybe<Array<StatementKind>>;
  /** Id of the speaker (`actor:kremlin`). */
  speaker?: InputMaybe<Scalars['ID']['input']>;
  /** Words the statement text contains: every word (full-text, `arabic` analyzer), or the whole phrase after normalization. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only statements from articles published on or before this date. */
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** What a statement does. */
export type StatementKind =
  /** An accusation against someone. */
  | 'ACCUSATION'
  /** An announcement. */
  | 'ANNOUNCEMENT'
  /** An answer to a question. */
  | 'ANSWER'
  /** An assertion of fact. */
  | 'CLAIM'
  /** A condemnation. */
  | 'CONDEMNATION'
  /** A demand or condition. */
  | 'DEMAND'
  /** A denial of another statement or of an allegation. */
  | 'DENIAL'
  /** Anything else. */
  | 'OTHER'
  /** A promise or pledge. */
  | 'PROMISE'
  /** A question (a reporter asking, …). */
  | 'QUESTION'
  /** A threat. */
  | 'THREAT'
  /** A warning. */
  | 'WARNING';

/** Order of `statements`: GitHub-style `{field, direction}`. */
export type StatementOrder = {
  /** DESC: newest article first (undated last); ASC: oldest first (undated last). Within an article, always in article order. */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: StatementOrderField;
};

/** What `statements` can be sorted by. */
export type StatementOrderField =
  /** The publication date of the statement's article, then the statement's place in its article. */
  | 'PUBLISHED_AT';

/**
 * Anything a statement can be about (an actor, event, sector or place): one fragment on
 * `Subject` gets the id and a name to show for any target.
 */
export type Subject = {
  /** A name to show: an actor's, place's or sector's name, an event's label. */
  displayName: Scalars['String']['output'];
  /** Globally unique, stable id. */
  id: Scalars['ID']['output'];
};

/** How many statements are about one subject. */
export type TargetCount = {
  __typename?: 'TargetCount';
  /** Number of statements. */
  count: Scalars['Int']['output'];
  /** The actor, event, sector or place the statements are about. */
  target: Subject;
};

/** A page of timeline entries. */
export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  /** The entries of this page, each with its cursor. */
  edges: Array<TimelineEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of entries, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A timeline entry in a page of results. */
export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: TimelineEntry;
};

/** One item of an actor's timeline: an event it took part in, or a statement it made. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** When: the event's date, or the statement's article date; null when unknown. */
  date: Maybe<Scalars['PartialDate']['output']>;
  /** The article's words for when, for events. */
  dateText: Maybe<Scalars['String']['output']>;
  /** The event, when this entry is an event. */
  event: Maybe<Event>;
  /** The statement, when this entry is a statement. */
  statement: Maybe<Statement>;
};

/** A problem with a mutation's input that the user can fix. */
export type UserError = {
  __typename?: 'UserError';
  /** What is wrong, for programs. */
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. `["input", "text"]`. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

/** Why a mutation's input could not be used; the user can fix it and try again. */
export type UserErrorCode =
  /** The text looks like binary data, not text. */
  | 'BINARY'
  /** The text is empty or only white space (also after boilerplate is cleaned away). */
  | 'EMPTY'
  /** The id names no article. */
  | 'NOT_FOUND'
  /** The text is longer than the server's maximum article size. */
  | 'TOO_LONG'
  /** The text could not be read for another reason given in the message. */
  | 'UNREADABLE';

/** Everything said about one actor, event, sector or place, grouped by speaker. */
export type WhoSaidWhat = {
  __typename?: 'WhoSaidWhat';
  /** The subject. */
  about: Subject;
  /**
   * One group per speaker, most statements first, then by speaker id. A cursor holds the count and
   * the speaker of the last group, for this subject and date range; the next page continues
   * strictly after it.
   */
  speakers: SpeakerStatementsConnection;
  /** Number of statements about the subject, all speakers together. */
  totalCount: Scalars['Int']['output'];
};


/** Everything said about one actor, event, sector or place, grouped by speaker. */
export type WhoSaidWhatSpeakersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  SearchResult: ( ActorRecordModel ) | ( ArticleRecordModel ) | ( EventRecordModel ) | ( PlaceRecordModel ) | ( SectorRecordModel ) | ( StatementRecordModel );
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node: ( ActorRecordModel ) | ( ArticleRecordModel ) | ( EventRecordModel ) | ( PlaceRecordModel ) | ( SectorRecordModel ) | ( StatementRecordModel );
  Subject: ( ActorRecordModel ) | ( EventRecordModel ) | ( PlaceRecordModel ) | ( SectorRecordModel );
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorRecordModel>;
  ActorConnection: ResolverTypeWrapper<ActorConnectionRecordModel>;
  ActorCount: ResolverTypeWrapper<Omit<ActorCount, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorFilter: ActorFilter;
  ActorKind: ActorKind;
  ActorNetwork: ResolverTypeWrapper<ActorNetworkRecordModel>;
  ActorNetworkEdge: ResolverTypeWrapper<Omit<ActorNetworkEdge, 'kinds' | 'sourceActor' | 'targetActor'> & { kinds: Array<ResolversTypes['KindCount']>, sourceActor: ResolversTypes['Actor'], targetActor: ResolversTypes['Actor'] }>;
  ActorNetworkFilter: ActorNetworkFilter;
  ActorNetworkNode: ResolverTypeWrapper<Omit<ActorNetworkNode, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  Article: ResolverTypeWrapper<ArticleRecordModel>;
  ArticleAggregate: ResolverTypeWrapper<ArticleAggregateModelModel>;
  ArticleConnection: ResolverTypeWrapper<ArticleConnectionRecordModel>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CooccurrenceEdge: ResolverTypeWrapper<CooccurrenceEdge>;
  CooccurrenceScope: CooccurrenceScope;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteArticleInput: DeleteArticleInput;
  DeleteArticlePayload: ResolverTypeWrapper<DeleteArticlePayload>;
  Denial: ResolverTypeWrapper<ContradictionRecordModel>;
  DenialConnection: ResolverTypeWrapper<ContradictionConnectionRecordModel>;
  DenialEdge: ResolverTypeWrapper<Omit<DenialEdge, 'node'> & { node: ResolversTypes['Denial'] }>;
  Event: ResolverTypeWrapper<EventRecordModel>;
  EventAggregate: ResolverTypeWrapper<EventAggregateModelModel>;
  EventConnection: ResolverTypeWrapper<EventConnectionRecordModel>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFilter: EventFilter;
  EventKind: EventKind;
  EventKindCount: ResolverTypeWrapper<EventKindCount>;
  Evidence: ResolverTypeWrapper<Evidence>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Granularity: Granularity;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphEdgeType: GraphEdgeType;
  GraphNode: ResolverTypeWrapper<Omit<GraphNode, 'node'> & { node?: Maybe<ResolversTypes['Node']> }>;
  GraphNodeType: GraphNodeType;
  GraphView: ResolverTypeWrapper<GraphViewRecordModel>;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestArticleInput: IngestArticleInput;
  IngestArticlePayload: ResolverTypeWrapper<Omit<IngestArticlePayload, 'article'> & { article?: Maybe<ResolversTypes['Article']> }>;
  IngestCounts: ResolverTypeWrapper<IngestCounts>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KindCount: ResolverTypeWrapper<KindCount>;
  LoadStatus: LoadStatus;
  Mention: ResolverTypeWrapper<MentionRecordModel>;
  MentionConnection: ResolverTypeWrapper<MentionConnectionRecordModel>;
  MentionEdge: ResolverTypeWrapper<Omit<MentionEdge, 'node'> & { node: ResolversTypes['Mention'] }>;
  Mutation: ResolverTypeWrapper<{}>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  Path: ResolverTypeWrapper<PathRecordModel>;
  PathRelationship: ResolverTypeWrapper<PathRelationship>;
  PeriodCount: ResolverTypeWrapper<PeriodCount>;
  Place: ResolverTypeWrapper<PlaceRecordModel>;
  PlaceCount: ResolverTypeWrapper<Omit<PlaceCount, 'place'> & { place: ResolversTypes['Place'] }>;
  Query: ResolverTypeWrapper<{}>;
  SearchConnection: ResolverTypeWrapper<SearchConnectionRecordModel>;
  SearchEdge: ResolverTypeWrapper<SearchEdgeRecordModel>;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  SearchType: SearchType;
  Sector: ResolverTypeWrapper<SectorRecordModel>;
  SectorConnection: ResolverTypeWrapper<SectorConnectionRecordModel>;
  SectorEdge: ResolverTypeWrapper<Omit<SectorEdge, 'node'> & { node: ResolversTypes['Sector'] }>;
  SourceCount: ResolverTypeWrapper<SourceCount>;
  SpeakerStatements: ResolverTypeWrapper<SpeakerStatementsRecordModel>;
  SpeakerStatementsConnection: ResolverTypeWrapper<SpeakerStatementsConnectionRecordModel>;
  SpeakerStatementsEdge: ResolverTypeWrapper<Omit<SpeakerStatementsEdge, 'node'> & { node: ResolversTypes['SpeakerStatements'] }>;
  Stance: ResolverTypeWrapper<StanceRecordModel>;
  StanceConnection: ResolverTypeWrapper<StanceConnectionRecordModel>;
  StanceEdge: ResolverTypeWrapper<Omit<StanceEdge, 'node'> & { node: ResolversTypes['Stance'] }>;
  Statement: ResolverTypeWrapper<StatementRecordModel>;
  StatementAggregate: ResolverTypeWrapper<StatementAggregateModelModel>;
  StatementConnection: ResolverTypeWrapper<StatementConnectionRecordModel>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementFilter: StatementFilter;
  StatementKind: StatementKind;
  StatementOrder: StatementOrder;
  StatementOrderField: StatementOrderField;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subject: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Subject']>;
  TargetCount: ResolverTypeWrapper<Omit<TargetCount, 'target'> & { target: ResolversTypes['Subject'] }>;
  TimelineConnection: ResolverTypeWrapper<TimelineConnectionRecordModel>;
  TimelineEdge: ResolverTypeWrapper<Omit<TimelineEdge, 'node'> & { node: ResolversTypes['TimelineEntry'] }>;
  TimelineEntry: ResolverTypeWrapper<TimelineEntryRecordModel>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  WhoSaidWhat: ResolverTypeWrapper<WhoSaidWhatRecordModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorRecordModel;
  ActorConnection: ActorConnectionRecordModel;
  ActorCount: Omit<ActorCount, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorFilter: ActorFilter;
  ActorNetwork: ActorNetworkRecordModel;
  ActorNetworkEdge: Omit<ActorNetworkEdge, 'kinds' | 'sourceActor' | 'targetActor'> & { kinds: Array<ResolversParentTypes['KindCount']>, sourceActor: ResolversParentTypes['Actor'], targetActor: ResolversParentTypes['Actor'] };
  ActorNetworkFilter: ActorNetworkFilter;
  ActorNetworkNode: Omit<ActorNetworkNode, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  Article: ArticleRecordModel;
  ArticleAggregate: ArticleAggregateModelModel;
  ArticleConnection: ArticleConnectionRecordModel;
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  Boolean: Scalars['Boolean']['output'];
  CooccurrenceEdge: CooccurrenceEdge;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteArticleInput: DeleteArticleInput;
  DeleteArticlePayload: DeleteArticlePayload;
  Denial: ContradictionRecordModel;
  DenialConnection: ContradictionConnectionRecordModel;
  DenialEdge: Omit<DenialEdge, 'node'> & { node: ResolversParentTypes['Denial'] };
  Event: EventRecordModel;
  EventAggregate: EventAggregateModelModel;
  EventConnection: EventConnectionRecordModel;
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFilter: EventFilter;
  EventKindCount: EventKindCount;
  Evidence: Evidence;
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdge;
  GraphNode: Omit<GraphNode, 'node'> & { node?: Maybe<ResolversParentTypes['Node']> };
  GraphView: GraphViewRecordModel;
  Health: Health;
  ID: Scalars['ID']['output'];
  IngestArticleInput: IngestArticleInput;
  IngestArticlePayload: Omit<IngestArticlePayload, 'article'> & { article?: Maybe<ResolversParentTypes['Article']> };
  IngestCounts: IngestCounts;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  KindCount: KindCount;
  Mention: MentionRecordModel;
  MentionConnection: MentionConnectionRecordModel;
  MentionEdge: Omit<MentionEdge, 'node'> & { node: ResolversParentTypes['Mention'] };
  Mutation: {};
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  PartialDate: Scalars['PartialDate']['output'];
  Path: PathRecordModel;
  PathRelationship: PathRelationship;
  PeriodCount: PeriodCount;
  Place: PlaceRecordModel;
  PlaceCount: Omit<PlaceCount, 'place'> & { place: ResolversParentTypes['Place'] };
  Query: {};
  SearchConnection: SearchConnectionRecordModel;
  SearchEdge: SearchEdgeRecordModel;
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  Sector: SectorRecordModel;
  SectorConnection: SectorConnectionRecordModel;
  SectorEdge: Omit<SectorEdge, 'node'> & { node: ResolversParentTypes['Sector'] };
  SourceCount: SourceCount;
  SpeakerStatements: SpeakerStatementsRecordModel;
  SpeakerStatementsConnection: SpeakerStatementsConnectionRecordModel;
  SpeakerStatementsEdge: Omit<SpeakerStatementsEdge, 'node'> & { node: ResolversParentTypes['SpeakerStatements'] };
  Stance: StanceRecordModel;
  StanceConnection: StanceConnectionRecordModel;
  StanceEdge: Omit<StanceEdge, 'node'> & { node: ResolversParentTypes['Stance'] };
  Statement: StatementRecordModel;
  StatementAggregate: StatementAggregateModelModel;
  StatementConnection: StatementConnectionRecordModel;
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  StatementFilter: StatementFilter;
  StatementOrder: StatementOrder;
  String: Scalars['String']['output'];
  Subject: ResolversInterfaceTypes<ResolversParentTypes>['Subject'];
  TargetCount: Omit<TargetCount, 'target'> & { target: ResolversParentTypes['Subject'] };
  TimelineConnection: TimelineConnectionRecordModel;
  TimelineEdge: Omit<TimelineEdge, 'node'> & { node: ResolversParentTypes['TimelineEntry'] };
  TimelineEntry: TimelineEntryRecordModel;
  UserError: UserError;
  WhoSaidWhat: WhoSaidWhatRecordModel;
};

export type ActorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<ActorArticlesArgs>>;
  basedIn?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<ActorEventsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, Partial<ActorMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameAr?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<ActorStatementsAboutArgs>>;
  statementsAddressedTo?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<ActorStatementsAddressedToArgs>>;
  statementsBy?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<ActorStatementsByArgs>>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorCount'] = ResolversParentTypes['ActorCount']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorNetworkResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorNetwork'] = ResolversParentTypes['ActorNetwork']> = {
  cooccurrences?: Resolver<Array<ResolversTypes['CooccurrenceEdge']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorNetworkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ActorNetworkNode']>, ParentType, ContextType>;
  statementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorNetworkEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorNetworkEdge'] = ResolversParentTypes['ActorNetworkEdge']> = {
  about?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  addressedTo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorNetworkNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorNetworkNode'] = ResolversParentTypes['ActorNetworkNode']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  said?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, Partial<ArticleActorsArgs>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<ArticleEventsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, Partial<ArticleMentionsArgs>>;
  publishedAt?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<ArticleStatementsArgs>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleAggregateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleAggregate'] = ResolversParentTypes['ArticleAggregate']> = {
  byPeriod?: Resolver<Array<ResolversTypes['PeriodCount']>, ParentType, ContextType, RequireFields<ArticleAggregateByPeriodArgs, 'granularity'>>;
  bySource?: Resolver<Array<ResolversTypes['SourceCount']>, ParentType, ContextType, RequireFields<ArticleAggregateBySourceArgs, 'first'>>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  aggregate?: Resolver<ResolversTypes['ArticleAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CooccurrenceEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CooccurrenceEdge'] = ResolversParentTypes['CooccurrenceEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['CooccurrenceScope'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteArticlePayloadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeleteArticlePayload'] = ResolversParentTypes['DeleteArticlePayload']> = {
  deletedArticleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  evictedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  nodesDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DenialResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Denial'] = ResolversParentTypes['Denial']> = {
  denial?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  denied?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DenialConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DenialConnection'] = ResolversParentTypes['DenialConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DenialEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DenialEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DenialEdge'] = ResolversParentTypes['DenialEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Denial'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  affects?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  dateText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  followedBy?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  follows?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, Partial<EventParticipantsArgs>>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<EventStatementsAboutArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventAggregateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventAggregate'] = ResolversParentTypes['EventAggregate']> = {
  byKind?: Resolver<Array<ResolversTypes['EventKindCount']>, ParentType, ContextType>;
  byPeriod?: Resolver<Array<ResolversTypes['PeriodCount']>, ParentType, ContextType, RequireFields<EventAggregateByPeriodArgs, 'granularity'>>;
  byPlace?: Resolver<Array<ResolversTypes['PlaceCount']>, ParentType, ContextType, RequireFields<EventAggregateByPlaceArgs, 'first'>>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  aggregate?: Resolver<ResolversTypes['EventAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventKindCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventKindCount'] = ResolversParentTypes['EventKindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  cueEnd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cueStart?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentenceEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentenceStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['GraphEdgeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['GraphNodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GraphViewResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphView'] = ResolversParentTypes['GraphView']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HealthResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  neo4jVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IngestArticlePayloadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestArticlePayload'] = ResolversParentTypes['IngestArticlePayload']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  created?: Resolver<Maybe<ResolversTypes['IngestCounts']>, ParentType, ContextType>;
  evictedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['LoadStatus']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IngestCountsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestCounts'] = ResolversParentTypes['IngestCounts']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KindCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MentionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MentionConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MentionConnection'] = ResolversParentTypes['MentionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MentionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MentionEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MentionEdge'] = ResolversParentTypes['MentionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Mention'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  deleteArticle?: Resolver<ResolversTypes['DeleteArticlePayload'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'input'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestArticlePayload'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
};

export type NodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Article' | 'Event' | 'Place' | 'Sector' | 'Statement', ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type PathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['PathRelationship']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PathRelationshipResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PathRelationship'] = ResolversParentTypes['PathRelationship']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PeriodCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PeriodCount'] = ResolversParentTypes['PeriodCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<PlaceEventsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<PlaceStatementsAboutArgs>>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlaceCount'] = ResolversParentTypes['PlaceCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actorNetwork?: Resolver<ResolversTypes['ActorNetwork'], ParentType, ContextType, RequireFields<QueryActorNetworkArgs, 'filter'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, Partial<QueryActorsArgs>>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<QueryArticlesArgs>>;
  denials?: Resolver<ResolversTypes['DenialConnection'], ParentType, ContextType, Partial<QueryDenialsArgs>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<QueryEventsArgs>>;
  graph?: Resolver<Maybe<ResolversTypes['GraphView']>, ParentType, ContextType, RequireFields<QueryGraphArgs, 'depth' | 'limit'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<QueryPlaceArgs, 'id'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'query'>>;
  sector?: Resolver<Maybe<ResolversTypes['Sector']>, ParentType, ContextType, RequireFields<QuerySectorArgs, 'id'>>;
  sectors?: Resolver<ResolversTypes['SectorConnection'], ParentType, ContextType, Partial<QuerySectorsArgs>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'from' | 'maxHops' | 'to'>>;
  stanceNetwork?: Resolver<ResolversTypes['StanceConnection'], ParentType, ContextType, RequireFields<QueryStanceNetworkArgs, 'minCount'>>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementArgs, 'id'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'orderBy'>>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<QueryTimelineArgs, 'actor'>>;
  whoSaidWhatAbout?: Resolver<Maybe<ResolversTypes['WhoSaidWhat']>, ParentType, ContextType, RequireFields<QueryWhoSaidWhatAboutArgs, 'about'>>;
};

export type SearchConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SearchType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Article' | 'Event' | 'Place' | 'Sector' | 'Statement', ParentType, ContextType>;
};

export type SectorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Sector'] = ResolversParentTypes['Sector']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<SectorEventsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<SectorStatementsAboutArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SectorConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SectorConnection'] = ResolversParentTypes['SectorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SectorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SectorEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SectorEdge'] = ResolversParentTypes['SectorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SourceCount'] = ResolversParentTypes['SourceCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SpeakerStatementsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SpeakerStatements'] = ResolversParentTypes['SpeakerStatements']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<SpeakerStatementsStatementsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SpeakerStatementsConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SpeakerStatementsConnection'] = ResolversParentTypes['SpeakerStatementsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SpeakerStatementsEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SpeakerStatementsEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SpeakerStatementsEdge'] = ResolversParentTypes['SpeakerStatementsEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SpeakerStatements'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StanceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Stance'] = ResolversParentTypes['Stance']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<StanceStatementsArgs>>;
  target?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StanceConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StanceConnection'] = ResolversParentTypes['StanceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StanceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StanceEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StanceEdge'] = ResolversParentTypes['StanceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  about?: Resolver<Array<ResolversTypes['Subject']>, ParentType, ContextType>;
  addressees?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  answeredBy?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<StatementAnsweredByArgs>>;
  answers?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  deniedBy?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<StatementDeniedByArgs>>;
  denies?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType>;
  direct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implicit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verb?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementAggregateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatementAggregate'] = ResolversParentTypes['StatementAggregate']> = {
  byKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  byPeriod?: Resolver<Array<ResolversTypes['PeriodCount']>, ParentType, ContextType, RequireFields<StatementAggregateByPeriodArgs, 'granularity'>>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topSpeakers?: Resolver<Array<ResolversTypes['ActorCount']>, ParentType, ContextType, RequireFields<StatementAggregateTopSpeakersArgs, 'first'>>;
  topTargets?: Resolver<Array<ResolversTypes['TargetCount']>, ParentType, ContextType, RequireFields<StatementAggregateTopTargetsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  aggregate?: Resolver<ResolversTypes['StatementAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubjectResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Event' | 'Place' | 'Sector', ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TargetCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TargetCount'] = ResolversParentTypes['TargetCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TimelineConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TimelineEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineEntry'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TimelineEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = {
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  dateText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WhoSaidWhatResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['WhoSaidWhat'] = ResolversParentTypes['WhoSaidWhat']> = {
  about?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  speakers?: Resolver<ResolversTypes['SpeakerStatementsConnection'], ParentType, ContextType, Partial<WhoSaidWhatSpeakersArgs>>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorCount?: ActorCountResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorNetwork?: ActorNetworkResolvers<ContextType>;
  ActorNetworkEdge?: ActorNetworkEdgeResolvers<ContextType>;
  ActorNetworkNode?: ActorNetworkNodeResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleAggregate?: ArticleAggregateResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  CooccurrenceEdge?: CooccurrenceEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeleteArticlePayload?: DeleteArticlePayloadResolvers<ContextType>;
  Denial?: DenialResolvers<ContextType>;
  DenialConnection?: DenialConnectionResolvers<ContextType>;
  DenialEdge?: DenialEdgeResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventAggregate?: EventAggregateResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventKindCount?: EventKindCountResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphView?: GraphViewResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  IngestArticlePayload?: IngestArticlePayloadResolvers<ContextType>;
  IngestCounts?: IngestCountsResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KindCount?: KindCountResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MentionConnection?: MentionConnectionResolvers<ContextType>;
  MentionEdge?: MentionEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  Path?: PathResolvers<ContextType>;
  PathRelationship?: PathRelationshipResolvers<ContextType>;
  PeriodCount?: PeriodCountResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceCount?: PlaceCountResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  Sector?: SectorResolvers<ContextType>;
  SectorConnection?: SectorConnectionResolvers<ContextType>;
  SectorEdge?: SectorEdgeResolvers<ContextType>;
  SourceCount?: SourceCountResolvers<ContextType>;
  SpeakerStatements?: SpeakerStatementsResolvers<ContextType>;
  SpeakerStatementsConnection?: SpeakerStatementsConnectionResolvers<ContextType>;
  SpeakerStatementsEdge?: SpeakerStatementsEdgeResolvers<ContextType>;
  Stance?: StanceResolvers<ContextType>;
  StanceConnection?: StanceConnectionResolvers<ContextType>;
  StanceEdge?: StanceEdgeResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementAggregate?: StatementAggregateResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  TargetCount?: TargetCountResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WhoSaidWhat?: WhoSaidWhatResolvers<ContextType>;
};

