/**
 * The shapes read queries return: plain objects with the node's properties plus the ids of
 * its neighbours that resolvers need. GraphQL codegen maps schema types to these (mappers).
 */
import type { ActorKind, EventKind, StatementKind } from '../graph/document-graph.ts';

export interface ActorRecord {
  id: string;
  name: string;
  nameAr: string | null;
  nameEn: string | null;
  kind: ActorKind;
  aliases: string[];
  wikidataId: string | null;
}

export interface StatementRecord {
  id: string;
  text: string;
  quote: string | null;
  direct: boolean;
  verb: string | null;
  kind: StatementKind;
  sentence: string;
  start: number;
  end: number;
  speakerId: string;
  articleId: string;
  publishedAt: string | null;
}

export interface ArticleRecord {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  language: string;
  publishedAt: string | null;
  text: string;
}

export interface EventRecord {
  id: string;
  kind: EventKind;
  label: string;
  date: string | null;
  dateText: string | null;
}

/** One page of a list, with the position of its items in the whole result. */
export interface Page<T> {
  items: T[];
  /** Offset of the first item in the full list. */
  offset: number;
  totalCount: number;
}
