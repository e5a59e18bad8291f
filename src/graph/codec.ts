/**
 * The DocumentGraph writer and reader, as pure functions over the model's property types: the
 * properties the loader stores for each entry (src/db/loader.ts sends them), and the entry
 * rebuilt from what was stored (src/db/documents.ts reads it). Each pair is the inverse of the
 * other on a canonical graph (see `canonicalDocumentGraph`); test/unit/graph/codec.test.ts and
 * the round-trip test through Neo4j hold them to it.
 */
import {
  DOCUMENT_GRAPH_VERSION,
  type ActorEntry,
  type ArticleInfo,
  type DocumentGraph,
  type EventEntry,
  type PlaceEntry,
  type SectorEntry,
  type Span,
  type StatementEntry,
} from './document-graph.ts';
import type { NodeProperties } from './model.ts';

const QUOTE_MARKS = /^[\s"'“”«»″]+|[\s"'“”«»″]+$/g;

/*
 * An actor named in thousands of articles collects every surface form they use. Unbounded, its
 * alias and name-key lists outgrew the range index's 8 KB key limit and every later article
 * naming the actor failed to load (found by loading 1,000 generated articles). The first forms
 * seen are kept, up to these bounds (40 keys × 60 characters stays well under the limit even in
 * 2-byte UTF-8).
 */
export const MAX_NAME_KEYS = 40;
export const MAX_ALIASES = 100;
export const MAX_KEY_CHARS = 60;

// ---------------------------------------------------------------------------------------------
// Writer: entry → stored properties

export function articleProperties(graph: DocumentGraph, hash: string): NodeProperties<'Article'> {
  const { article } = graph;
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    source: article.source,
    language: article.language,
    publishedAt: article.publishedAt,
    text: article.text,
    contentHash: hash,
    // Lets a reader (and the fault tests) check an article is complete: it either has
    // exactly this many statements or does not exist.
    statementCount: graph.statements.length,
  };
}

export function actorProperties(a: ActorEntry): NodeProperties<'Actor'> {
  return { id: a.id, name: a.name, nameAr: a.nameAr ?? a.name, nameEn: a.nameEn ?? null, kind: a.kind, wikidataId: a.wikidataId ?? null };
}

/** The aliases an article teaches about an actor: its declared aliases and the forms it is mentioned by. */
export function actorAliases(a: ActorEntry): string[] {
  return [
    ...new Set([...(a.aliases ?? []), ...a.mentions.map((m) => m.text)].filter((x) => x !== a.name && x.length <= MAX_KEY_CHARS)),
  ].slice(0, MAX_ALIASES);
}

export function placeProperties(p: PlaceEntry): NodeProperties<'Place'> {
  return { id: p.id, name: p.name, nameEn: p.nameEn ?? null, wikidataId: p.wikidataId ?? null };
}

export function sectorProperties(s: SectorEntry): NodeProperties<'Sector'> {
  return { id: s.id, name: s.name, nameEn: s.nameEn ?? null };
}

export function eventProperties(e: EventEntry, article: ArticleInfo): NodeProperties<'Event'> {
  return { id: e.id, kind: e.kind, label: e.label, date: e.when?.date ?? null, dateText: e.when?.text ?? null, articleId: article.id };
}

/** Distinct ids in code-point order: a stored id list does not depend on extraction order. */
const sortedIds = (ids: Iterable<string>) => [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** `actors`: the ids of the article's actors, to tell which of a statement's ABOUT targets are actors. */
export function statementProperties(
  s: StatementEntry,
  article: ArticleInfo,
  actors: { has(id: string): boolean },
): NodeProperties<'Statement'> {
  return {
    id: s.id,
    text: s.content.text,
    quote: s.direct ? s.content.text.replace(QUOTE_MARKS, '') : null,
    direct: s.direct,
    verb: s.verb,
    kind: s.kind,
    sentence: article.text.slice(s.sentence.start, s.sentence.end),
    sentenceIndex: s.sentence.index,
    sentenceStart: s.sentence.start,
    sentenceEnd: s.sentence.end,
    cueStart: s.cue?.start ?? null,
    cueEnd: s.cue?.end ?? null,
    start: s.content.start,
    end: s.content.end,
    implicit: s.implicit ?? false,
    articleId: article.id,
    publishedAt: article.publishedAt,
    // Denormalized (a statement's speaker never changes: a replaced article gets new
    // statements) so one speaker's statements are one range of the speaker_newest index.
    speakerId: s.speakerId,
    // The same for the statement's actor targets (its ABOUT actors and ADDRESSED_TO edges):
    // the actor network reads two properties per statement instead of walking its relationships.
    aboutActorIds: sortedIds(s.aboutIds.filter((id) => actors.has(id))),
    addresseeIds: sortedIds(s.addresseeIds),
  };
}

/** Mention offsets as two parallel lists, stored on the MENTIONS relationship. */
export const mentionOffsets = (mentions: readonly { start: number; end: number }[]) => ({
  starts: mentions.map((m) => m.start),
  ends: mentions.map((m) => m.end),
});

// ---------------------------------------------------------------------------------------------
// Reader: stored properties → entry. Stored values come from the database untyped, so each is
// checked; a missing value falls back to what the writer would have written for an empty one.

type Stored = Readonly<Record<string, unknown>>;
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function mentionSpans(articleText: string, starts: unknown, ends: unknown): Span[] {
  if (!Array.isArray(starts) || !Array.isArray(ends)) return [];
  const spans: Span[] = [];
  starts.forEach((start, i) => {
    const end: unknown = ends[i];
    if (typeof start === 'number' && typeof end === 'number') spans.push({ start, end, text: articleText.slice(start, end) });
  });
  return spans;
}

export function articleInfo(p: Stored): ArticleInfo {
  return {
    id: text(p.id) ?? '',
    title: text(p.title),
    language: text(p.language) ?? 'ar',
    publishedAt: text(p.publishedAt),
    source: text(p.source),
    url: text(p.url),
    text: text(p.text) ?? '',
  };
}

export function actorEntry(p: Stored, mentions: Span[]): ActorEntry {
  const id = text(p.id) ?? '';
  const actor: ActorEntry = {
    id,
    name: text(p.name) ?? id,
    nameAr: text(p.nameAr),
    nameEn: text(p.nameEn),
    kind: (text(p.kind) ?? 'UNNAMED') as ActorEntry['kind'],
    wikidataId: text(p.wikidataId),
    mentions,
  };
  const aliases = texts(p.aliases);
  if (aliases.length) actor.aliases = aliases;
  return actor;
}

export function placeEntry(p: Stored, mentions: Span[]): PlaceEntry {
  const id = text(p.id) ?? '';
  return { id, name: text(p.name) ?? id, nameEn: text(p.nameEn), wikidataId: text(p.wikidataId), mentions };
}

export function sectorEntry(p: Stored, mentions: Span[]): SectorEntry {
  const id = text(p.id) ?? '';
  return { id, name: text(p.name) ?? id, nameEn: text(p.nameEn), mentions };
}

/** An event without its references (the reader fills them from the relationships). */
export function eventEntry(p: Stored, mentions: Span[]): EventEntry {
  const dateText = text(p.dateText);
  const date = text(p.date);
  return {
    id: text(p.id) ?? '',
    kind: (text(p.kind) ?? 'OTHER') as EventEntry['kind'],
    label: text(p.label) ?? '',
    participantIds: [],
    placeId: null,
    when: dateText !== null || date !== null ? { text: dateText ?? '', date } : null,
    mentions,
  };
}

/** A statement without its references; `start`/`end` are REPORTED_IN's, the node's own as a fallback. */
export function statementEntry(p: Stored, articleText: string, reported: { start: unknown; end: unknown }): StatementEntry {
  const start = num(reported.start) ?? num(p.start) ?? 0;
  const end = num(reported.end) ?? num(p.end) ?? start;
  const cueStart = num(p.cueStart);
  const cueEnd = num(p.cueEnd);
  const sentenceStart = num(p.sentenceStart) ?? start;
  const sentenceEnd = num(p.sentenceEnd) ?? sentenceStart + (text(p.sentence)?.length ?? end - sentenceStart);
  const statement: StatementEntry = {
    id: text(p.id) ?? '',
    speakerId: '',
    addresseeIds: [],
    aboutIds: [],
    cue: cueStart !== null && cueEnd !== null ? { start: cueStart, end: cueEnd, text: articleText.slice(cueStart, cueEnd) } : null,
    verb: text(p.verb),
    kind: (text(p.kind) ?? 'OTHER') as StatementEntry['kind'],
    direct: p.direct === true,
    content: { start, end, text: articleText.slice(start, end) },
    sentence: { index: num(p.sentenceIndex) ?? 0, start: sentenceStart, end: sentenceEnd },
    reportedById: null,
    deniesId: null,
    answersId: null,
    eventId: null,
  };
  if (p.implicit === true) statement.implicit = true;
  return statement;
}

export function emptyDocumentGraph(article: ArticleInfo): DocumentGraph {
  return { version: DOCUMENT_GRAPH_VERSION, article, actors: [], places: [], events: [], sectors: [], statements: [] };
}

// ---------------------------------------------------------------------------------------------
// Canonical form: the order and shape the reader gives back

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byFirstMention = (a: { id: string; mentions: Span[] }, b: { id: string; mentions: Span[] }) =>
  (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity) || byId(a, b);
const sorted = (ids: readonly string[] | undefined) => (ids && ids.length ? [...new Set(ids)].sort() : undefined);

/**
 * The graph as the reader rebuilds it: entries in order of first mention (statements in text
 * order), reference lists sorted and without repeats, empty optional lists left out. Loading a canonical graph and reading it back gives it back unchanged, apart
 * from what other articles add to the nodes they share (aliases of an actor named elsewhere too,
 * PART_OF and BASED_IN between shared nodes). Optional names are made explicit (null; the
 * Arabic name defaults to the name) and an actor's aliases include the forms it is mentioned by,
 * as the loader stores them.
 */
export function canonicalDocumentGraph(graph: DocumentGraph): DocumentGraph {
  const actors = graph.actors
    .map((a) => {
      const { partOfIds, basedInIds, ...rest } = a;
      const actor: ActorEntry = { ...rest, nameAr: a.nameAr ?? a.name, nameEn: a.nameEn ?? null, wikidataId: a.wikidataId ?? null };
      delete actor.aliases;
      // In the order first seen, as the loader keeps them (it appends what later articles teach).
      const aliases = actorAliases(a);
      if (aliases.length) actor.aliases = aliases;
      const partOf = sorted(partOfIds?.filter((x) => x !== a.id));
      const basedIn = sorted(basedInIds);
      if (partOf) actor.partOfIds = partOf;
      if (basedIn) actor.basedInIds = basedIn;
      return actor;
    })
    .sort(byFirstMention);
  const events = graph.events
    .map((e) => {
      const { followsIds, affectsIds, ...rest } = e;
      const event: EventEntry = { ...rest, participantIds: sorted(e.participantIds) ?? [] };
      const follows = sorted(followsIds);
      const affects = sorted(affectsIds);
      if (follows) event.followsIds = follows;
      if (affects) event.affectsIds = affects;
      return event;
    })
    .sort(byFirstMention);
  const statements = graph.statements
    .map((s) => {
      const { implicit, ...rest } = s;
      const statement: StatementEntry = { ...rest, addresseeIds: sorted(s.addresseeIds) ?? [], aboutIds: sorted(s.aboutIds) ?? [] };
      if (implicit) statement.implicit = true;
      return statement;
    })
    .sort((a, b) => (a.cue?.start ?? a.content.start) - (b.cue?.start ?? b.content.start) || byId(a, b));
  return {
    version: graph.version,
    article: graph.article,
    actors,
    events,
    statements,
    places: graph.places.map((p) => ({ ...p, nameEn: p.nameEn ?? null, wikidataId: p.wikidataId ?? null })).sort(byFirstMention),
    sectors: graph.sectors.map((s) => ({ ...s, nameEn: s.nameEn ?? null })).sort(byFirstMention),
  };
}
