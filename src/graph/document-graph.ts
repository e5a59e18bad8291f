/**
 * DocumentGraph, version 1: the interchange format between extraction and loading
 * (see docs/ARCHITECTURE.md). `qawl extract` prints it and `qawl load` accepts it, so extractions made
 * elsewhere can be loaded; every offset is a JavaScript string index into `article.text`.
 */

export const DOCUMENT_GRAPH_VERSION = 1 as const;

export const ACTOR_KINDS = ['PERSON', 'ORGANIZATION', 'GOVERNMENT', 'COUNTRY', 'GROUP', 'MEDIA', 'UNNAMED'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const STATEMENT_KINDS = [
  'CLAIM',
  'DENIAL',
  'ACCUSATION',
  'WARNING',
  'THREAT',
  'DEMAND',
  'PROMISE',
  'QUESTION',
  'ANSWER',
  'ANNOUNCEMENT',
  'CONDEMNATION',
  'OTHER',
] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const EVENT_KINDS = [
  'CALL',
  'MEETING',
  'ATTACK',
  'AGREEMENT',
  'ELECTION',
  'PROTEST',
  'VISIT',
  'SANCTION',
  'ARREST',
  'OTHER',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A span of `article.text`; `text` is always `article.text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ArticleInfo {
  id: string;
  title: string | null;
  language: string;
  /** ISO date (YYYY-MM-DD) or datetime; null when unknown. */
  publishedAt: string | null;
  source: string | null;
  url: string | null;
  /** The cleaned text every offset points into. */
  text: string;
}

export interface ActorEntry {
  id: string;
  name: string;
  nameAr?: string | null;
  nameEn?: string | null;
  kind: ActorKind;
  aliases?: string[];
  wikidataId?: string | null;
  /** Ids of actors this one belongs to (White House → United States). */
  partOfIds?: string[];
  /** Ids of places the actor is based in. */
  basedInIds?: string[];
  mentions: Span[];
}

export interface PlaceEntry {
  id: string;
  name: string;
  nameEn?: string | null;
  wikidataId?: string | null;
  mentions: Span[];
}

export interface EventWhen {
  text: string;
  /** ISO date, or a coarser ISO prefix (YYYY-MM, YYYY) when only that is known. */
  date: string | null;
}

export interface EventEntry {
  id: string;
  kind: EventKind;
  label: string;
  participantIds: string[];
  placeId: string | null;
  when: EventWhen | null;
  /** Ids of events this one follows in time. */
  followsIds?: string[];
  /** Ids of sectors the event affects. */
  affectsIds?: string[];
  mentions: Span[];
}

export interface SectorEntry {
  id: string;
  name: string;
  nameEn?: string | null;
  mentions: Span[];
}

export interface SentenceRef {
  index: number;
  start: number;
  end: number;
}

export interface StatementEntry {
  id: string;
  speakerId: string;
  addresseeIds: string[];
  /** Ids of actors, events, sectors or places the statement is about. */
  aboutIds: string[];
  cue: Span | null;
  verb: string | null;
  kind: StatementKind;
  direct: boolean;
  content: Span;
  sentence: SentenceRef;
  reportedById: string | null;
  deniesId: string | null;
  answersId: string | null;
  eventId: string | null;
  /**
   * True for a claim the article only reports inside another statement ("denied the US
   * claims that …"): it exists so that DENIES has something to point at.
   */
  implicit?: boolean;
}

export interface DocumentGraph {
  version: typeof DOCUMENT_GRAPH_VERSION;
  article: ArticleInfo;
  actors: ActorEntry[];
  places: PlaceEntry[];
  events: EventEntry[];
  sectors: SectorEntry[];
  statements: StatementEntry[];
}
