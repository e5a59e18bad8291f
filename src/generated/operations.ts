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
  /** Calendar date, `YYYY-MM-DD`, or a coarser `YYYY-MM` / `YYYY` when only that is known. */
  Date: { input: string; output: string; }
  /** Any JSON value: a map of node or relationship properties in `graph`. */
  JSON: { input: unknown; output: unknown; }
};

/** Filter for `actors`. */
export type ActorFilter = {
  /** Only actors of this kind. */
  kind?: InputMaybe<ActorKind>;
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

/** Filter for `events`; all given conditions must hold. */
export type EventFilter = {
  /** Only events on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only events of this kind. */
  kind?: InputMaybe<EventKind>;
  /** Only events in which every one of these actors took part. */
  participants?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only events in this place. */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Only events on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
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

/** An article to read into the graph. */
export type IngestArticleInput = {
  /** ISO language code; `ar` when omitted. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Publication date. */
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** The outlet. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The article text (Arabic). Boilerplate (menus, share links) is cleaned away. */
  text: Scalars['String']['input'];
  /** Headline; taken from the first line when omitted. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where it was published. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What happened to an ingested article. */
export type LoadStatus =
  /** It was new and is now in the graph. */
  | 'LOADED'
  /** An article with the same id was there with different content: it was replaced. */
  | 'REPLACED'
  /** The same article with the same extraction was already there: nothing changed. */
  | 'UNCHANGED';

/** What kinds of node `search` looks through. */
export type SearchType =
  /** Actor names, Arabic and English, and aliases (full-text index `actor_names` plus normalized name keys). */
  | 'ACTOR'
  /** Event labels and date expressions (full-text index `event_labels`). */
  | 'EVENT'
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
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only statements of these kinds. */
  kind?: InputMaybe<Array<StatementKind>>;
  /** Id of the speaker (`actor:kremlin`). */
  speaker?: InputMaybe<Scalars['ID']['input']>;
  /** Words the statement text contains (full-text, `arabic` analyzer, or a literal substring). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only statements from articles published on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
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

/** Order of `statements`. */
export type StatementOrder =
  /** Newest article first, in article order within an article (the default). */
  | 'NEWEST_FIRST'
  /** Oldest article first, in article order within an article. */
  | 'OLDEST_FIRST';

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { __typename?: 'Query', health: { __typename?: 'Health', status: string, neo4jVersion: string | null } };


export const HealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"neo4jVersion"}}]}}]}}]} as unknown as DocumentNode<HealthQuery, HealthQueryVariables>;