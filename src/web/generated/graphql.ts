import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

/** Time buckets of `byPeriod` counts. */
export type Granularity =
  /** Calendar days, `YYYY-MM-DD`. */
  | 'DAY'
  /** Calendar months, `YYYY-MM`. */
  | 'MONTH'
  /** ISO weeks, `YYYY-Www` (weeks start on Monday). */
  | 'WEEK';

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

/** The types of node a `graph` view holds. */
export type GraphNodeType =
  | 'ACTOR'
  | 'ARTICLE'
  | 'EVENT'
  | 'PLACE'
  | 'SECTOR'
  | 'STATEMENT';

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

/** What happened to an ingested article. */
export type LoadStatus =
  /** It was new and is now in the graph. */
  | 'LOADED'
  /** An article with the same id (the same text, `url` or `externalId`) was there with different content: it was replaced. */
  | 'REPLACED'
  /** The same article with the same extraction was already there: nothing changed. */
  | 'UNCHANGED';

/** Sort direction of an `orderBy`. */
export type OrderDirection =
  /** Smallest (or oldest) first. */
  | 'ASC'
  /** Largest (or newest) first; undated items come last. */
  | 'DESC';

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

export type WebActorFragment = { __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind };

export type WebStatementFragment = { __typename?: 'Statement', id: string, text: string, quote: string | null, direct: boolean, verb: string | null, kind: StatementKind, publishedAt: string | null, speaker: { __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind }, addressees: Array<{ __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind }>, event: { __typename?: 'Event', id: string, label: string, date: string | null } | null, article: { __typename?: 'Article', id: string, title: string | null }, evidence: { __typename?: 'Evidence', sentence: string, start: number, end: number } };

export type WebFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebFacetsQuery = { __typename?: 'Query', statements: { __typename?: 'StatementConnection', totalCount: number, aggregate: { __typename?: 'StatementAggregate', count: number, byKind: Array<{ __typename?: 'KindCount', kind: StatementKind, count: number }>, days: Array<{ __typename?: 'PeriodCount', period: string, count: number }>, months: Array<{ __typename?: 'PeriodCount', period: string, count: number }> } } };

export type WebNetworkQueryVariables = Exact<{
  filter: ActorNetworkFilter;
}>;


export type WebNetworkQuery = { __typename?: 'Query', actorNetwork: { __typename?: 'ActorNetwork', statementCount: number, truncated: boolean, nodes: Array<{ __typename?: 'ActorNetworkNode', id: string, said: number, received: number, weight: number, actor: { __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind } }>, edges: Array<{ __typename?: 'ActorNetworkEdge', id: string, source: string, target: string, weight: number, about: number, addressedTo: number, firstDate: string | null, lastDate: string | null, kinds: Array<{ __typename?: 'KindCount', kind: StatementKind, count: number }> }> } };

export type WebRepliesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WebRepliesQuery = { __typename?: 'Query', denials: { __typename?: 'DenialConnection', edges: Array<{ __typename?: 'DenialEdge', node: { __typename?: 'Denial', denial: { __typename?: 'Statement', id: string, publishedAt: string | null, speaker: { __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind } }, denied: { __typename?: 'Statement', id: string, publishedAt: string | null, speaker: { __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind } } } }> }, questions: { __typename?: 'StatementConnection', edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, publishedAt: string | null, speaker: { __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind }, answeredBy: { __typename?: 'StatementConnection', edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, publishedAt: string | null, speaker: { __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind } } }> } } }> }, answers: { __typename?: 'StatementConnection', edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, publishedAt: string | null, speaker: { __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind }, answers: { __typename?: 'Statement', id: string, publishedAt: string | null, speaker: { __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind } } | null } }> } };

export type WebSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WebSearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchConnection', edges: Array<{ __typename?: 'SearchEdge', score: number, type: SearchType, node: { __typename: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind } | { __typename: 'Article' } | { __typename: 'Event', id: string, label: string, date: string | null, eventKind: EventKind } | { __typename: 'Place' } | { __typename: 'Sector' } | { __typename: 'Statement' } }> }, sectors: { __typename?: 'SectorConnection', edges: Array<{ __typename?: 'SectorEdge', node: { __typename?: 'Sector', id: string, name: string, nameEn: string | null } }> } };

export type WebActorPanelQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WebActorPanelQuery = { __typename?: 'Query', actor: { __typename?: 'Actor', wikidataId: string | null, id: string, name: string, nameEn: string | null, kind: ActorKind, said: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, quote: string | null, direct: boolean, verb: string | null, kind: StatementKind, publishedAt: string | null, speaker: { __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind }, addressees: Array<{ __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind }>, event: { __typename?: 'Event', id: string, label: string, date: string | null } | null, article: { __typename?: 'Article', id: string, title: string | null }, evidence: { __typename?: 'Evidence', sentence: string, start: number, end: number } } }> }, about: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, quote: string | null, direct: boolean, verb: string | null, kind: StatementKind, publishedAt: string | null, speaker: { __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind }, addressees: Array<{ __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind }>, event: { __typename?: 'Event', id: string, label: string, date: string | null } | null, article: { __typename?: 'Article', id: string, title: string | null }, evidence: { __typename?: 'Evidence', sentence: string, start: number, end: number } } }> }, to: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, quote: string | null, direct: boolean, verb: string | null, kind: StatementKind, publishedAt: string | null, speaker: { __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind }, addressees: Array<{ __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind }>, event: { __typename?: 'Event', id: string, label: string, date: string | null } | null, article: { __typename?: 'Article', id: string, title: string | null }, evidence: { __typename?: 'Evidence', sentence: string, start: number, end: number } } }> } } | null };

export type WebEventPanelQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WebEventPanelQuery = { __typename?: 'Query', event: { __typename?: 'Event', id: string, kind: EventKind, label: string, date: string | null, dateText: string | null, place: { __typename?: 'Place', id: string, name: string } | null, participants: { __typename?: 'ActorConnection', edges: Array<{ __typename?: 'ActorEdge', node: { __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind } }> }, statements: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, quote: string | null, direct: boolean, verb: string | null, kind: StatementKind, publishedAt: string | null, speaker: { __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind }, addressees: Array<{ __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind }>, event: { __typename?: 'Event', id: string, label: string, date: string | null } | null, article: { __typename?: 'Article', id: string, title: string | null }, evidence: { __typename?: 'Evidence', sentence: string, start: number, end: number } } }> } } | null };

export type WebSectorPanelQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WebSectorPanelQuery = { __typename?: 'Query', sector: { __typename?: 'Sector', id: string, name: string, nameEn: string | null, statements: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, quote: string | null, direct: boolean, verb: string | null, kind: StatementKind, publishedAt: string | null, speaker: { __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind }, addressees: Array<{ __typename?: 'Actor', id: string, name: string, nameEn: string | null, kind: ActorKind }>, event: { __typename?: 'Event', id: string, label: string, date: string | null } | null, article: { __typename?: 'Article', id: string, title: string | null }, evidence: { __typename?: 'Evidence', sentence: string, start: number, end: number } } }> } } | null };

export type WebPathQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WebPathQuery = { __typename?: 'Query', shortestPath: { __typename?: 'Path', length: number, nodes: Array<{ __typename: 'Actor', name: string, nameEn: string | null, kind: ActorKind, id: string } | { __typename: 'Article', title: string | null, id: string } | { __typename: 'Event', label: string, id: string } | { __typename: 'Place', name: string, id: string } | { __typename: 'Sector', name: string, id: string } | { __typename: 'Statement', text: string, id: string, statementKind: StatementKind }>, relationships: Array<{ __typename?: 'PathRelationship', id: string, type: string, source: string, target: string }> } | null };

export type WebArticleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebArticleQuery = { __typename?: 'Query', article: { __typename?: 'Article', id: string, title: string | null, url: string | null, source: string | null, publishedAt: string | null, language: string, text: string } | null };

export const WebActorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<WebActorFragment, unknown>;
export const WebStatementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"verb"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<WebStatementFragment, unknown>;
export const WebFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"days"},"name":{"kind":"Name","value":"byPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"DAY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"months"},"name":{"kind":"Name","value":"byPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebFacetsQuery, WebFacetsQueryVariables>;
export const WebNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorNetworkFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actorNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statementCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"said"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"addressedTo"}},{"kind":"Field","name":{"kind":"Name","value":"firstDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastDate"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<WebNetworkQuery, WebNetworkQueryVariables>;
export const WebRepliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebReplies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"denials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"denial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"denied"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"questions"},"name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"QUESTION"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"answers"},"name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ANSWER"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<WebRepliesQuery, WebRepliesQueryVariables>;
export const WebSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTOR"},{"kind":"EnumValue","value":"EVENT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","alias":{"kind":"Name","value":"eventKind"},"name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<WebSearchQuery, WebSearchQueryVariables>;
export const WebActorPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebActorPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}},{"kind":"Field","name":{"kind":"Name","value":"wikidataId"}},{"kind":"Field","alias":{"kind":"Name","value":"said"},"name":{"kind":"Name","value":"statementsBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatement"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"about"},"name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatement"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"to"},"name":{"kind":"Name","value":"statementsAddressedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatement"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"verb"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<WebActorPanelQuery, WebActorPanelQueryVariables>;
export const WebEventPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebEventPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"statements"},"name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatement"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"verb"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<WebEventPanelQuery, WebEventPanelQueryVariables>;
export const WebSectorPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebSectorPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","alias":{"kind":"Name","value":"statements"},"name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatement"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"verb"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<WebSectorPanelQuery, WebSectorPanelQueryVariables>;
export const WebPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","alias":{"kind":"Name","value":"statementKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}}]} as unknown as DocumentNode<WebPathQuery, WebPathQueryVariables>;
export const WebArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<WebArticleQuery, WebArticleQueryVariables>;