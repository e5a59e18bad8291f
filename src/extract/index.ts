/**
 * Public entry point: Arabic article text → DocumentGraph (see docs/ARCHITECTURE.md).
 * Pure and deterministic; lexicons are loaded once when the module is imported.
 *
 * Bad input: empty, whitespace-only or non-Arabic text gives a valid graph without
 * statements; text that is mostly binary (control bytes, U+FFFD) throws ExtractionError.
 */
import { hash } from 'node:crypto';
import { DOCUMENT_GRAPH_VERSION, type DocumentGraph, type StatementEntry } from '../graph/document-graph.ts';
import { assertDocumentGraph } from '../graph/validate.ts';
import { clean } from './clean.ts';
import { buildDocument } from './document.ts';
import { findEvents, findSectors } from './events.ts';
import { firstAtOrAfter, type Token } from './normalize.ts';
import { findStatements } from './statements/index.ts';
import { EVENT_FRAMES } from './statements/words.ts';

export interface ExtractInput {
  text: string;
  id?: string;
  title?: string | null;
  publishedAt?: string | null;
  language?: string;
  source?: string | null;
  url?: string | null;
}

/** Thrown for input that is not text at all (binary bytes); empty or non-Arabic text yields an empty graph instead. */
export class ExtractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractionError';
  }
}

function looksBinary(raw: string): boolean {
  const sample = raw.slice(0, 4096);
  if (!sample) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / sample.length > 0.1;
}

/** A first line that is short and does not end like a sentence is the headline. */
function headline(text: string): string | null {
  const nl = text.indexOf('\n');
  if (nl < 0) return null;
  const first = text.slice(0, nl).trim();
  if (!first || first.length > 200 || /[.:]$/.test(first)) return null;
  return first;
}

const startOf = (span: { start: number }) => span.start;
/** A frame word and the event it frames are separated by a space (or a space and a mark), no more. */
const MAX_FRAME_GAP_CHARS = 2;

/**
 * The event a statement was made during or is about, when its sentence names one: an event the
 * sentence frames with خلال/بعد/في/على هامش…, else the first event its content names.
 */
function eventOf(
  d: { contentStart: number; contentEnd: number; sentence: { start: number; end: number } },
  eventMentions: { id: string; start: number; end: number }[],
  tokens: Token[],
): string | null {
  let inContent: string | null = null;
  for (let i = firstAtOrAfter(eventMentions, d.sentence.start, startOf); i < eventMentions.length; i++) {
    const m = eventMentions[i];
    if (!m || m.start >= d.sentence.end) break;
    const t = firstAtOrAfter(tokens, m.start, startOf);
    const prev = tokens[t - 1];
    const framed =
      !!prev &&
      prev.end <= m.start &&
      prev.start >= d.sentence.start &&
      m.start - prev.end <= MAX_FRAME_GAP_CHARS &&
      (EVENT_FRAMES.has(prev.norm) || (/^[وف]/.test(prev.norm) && EVENT_FRAMES.has(prev.norm.slice(1))));
    if (framed) return m.id;
    if (inContent === null && m.start >= d.contentStart && m.end <= d.contentEnd) inContent = m.id;
  }
  return inContent;
}

/** Hex digits of a statement's content digest: unique within an article (repeats get a suffix). */
const STATEMENT_DIGEST_CHARS = 10;

function statementDigest(content: string, implicit: boolean): string {
  // crypto.hash: one call, no Hash object per statement (same digest as createHash().update().digest()).
  return hash('sha256', `${implicit ? 'implicit' : 'said'}\u0000${content}`, 'hex').slice(0, STATEMENT_DIGEST_CHARS);
}

export function extract(input: ExtractInput): DocumentGraph {
  const raw = typeof input.text === 'string' ? input.text : '';
  if (looksBinary(raw)) throw new ExtractionError('input looks like binary data, not text');
  const { text } = clean(raw);
  const id = input.id ?? `article:${hash('sha256', text, 'hex').slice(0, 16)}`;
  const articleSlug = id.replace(/^article:/, '');
  const publishedAt = input.publishedAt ?? null;
  const title = input.title ?? headline(text);

  // One document of tokens, sentences, quotations and entities, read by every stage below.
  const doc = buildDocument(text, articleSlug);
  const { tokens, entities } = doc;
  const drafts = findStatements(doc);
  const events = findEvents(doc, publishedAt);
  const sectors = findSectors(doc);

  // Statements in text order (an implicit claim right after the statement that reports it).
  const ordered = [...drafts].sort(
    (x, y) => (x.implicit ? x.cueStart + 0.5 : x.cueStart) - (y.implicit ? y.cueStart + 0.5 : y.cueStart) || x.key - y.key,
  );
  const idOf = new Map<number, string>();
  // Ids from the statement's content, not its rank: the same statement keeps its id when the
  // article is extracted again, by a changed extractor or after a correction elsewhere in it.
  const taken = new Map<string, number>();
  for (const d of ordered) {
    const base = `stmt:${articleSlug}:${statementDigest(text.slice(d.contentStart, d.contentEnd), d.implicit)}`;
    const seen = taken.get(base) ?? 0;
    taken.set(base, seen + 1);
    idOf.set(d.key, seen === 0 ? base : `${base}-${seen + 1}`);
  }
  const mentionIndex: { id: string; start: number; end: number }[] = [];
  for (const a of entities.actors.values()) for (const m of a.mentions) mentionIndex.push({ id: a.id, start: m.start, end: m.end });
  for (const p of entities.places.values()) for (const m of p.mentions) mentionIndex.push({ id: p.id, start: m.start, end: m.end });
  for (const e of events) for (const m of e.mentions) mentionIndex.push({ id: e.id, start: m.start, end: m.end });
  for (const s of sectors) for (const m of s.mentions) mentionIndex.push({ id: s.id, start: m.start, end: m.end });
  mentionIndex.sort((x, y) => x.start - y.start);
  const eventMentions: { id: string; start: number; end: number }[] = [];
  for (const e of events) for (const m of e.mentions) eventMentions.push({ id: e.id, start: m.start, end: m.end });
  eventMentions.sort((x, y) => x.start - y.start);

  const statements: StatementEntry[] = ordered.map((d) => {
    const about: string[] = [];
    for (let mi = firstAtOrAfter(mentionIndex, d.contentStart, startOf); mi < mentionIndex.length; mi++) {
      const m = mentionIndex[mi];
      if (!m) break;
      if (m.start >= d.contentEnd) break;
      if (m.start >= d.contentStart && m.end <= d.contentEnd && m.id !== d.speakerId && !about.includes(m.id)) about.push(m.id);
    }
    // A government body named in the content speaks for its country: "إدارة بايدن" is also about the United States.
    for (const id of [...about]) {
      const actor = entities.actors.get(id);
      if (actor?.kind !== 'GOVERNMENT') continue;
      for (const p of actor.partOfIds) {
        if (p !== d.speakerId && entities.actors.get(p)?.kind === 'COUNTRY' && !about.includes(p)) about.push(p);
      }
    }
    const entry: StatementEntry = {
      id: idOf.get(d.key) ?? '',
      speakerId: d.speakerId,
      addresseeIds: d.addresseeIds,
      aboutIds: about,
      cue: { start: d.cueStart, end: d.cueEnd, text: text.slice(d.cueStart, d.cueEnd) },
      verb: d.verb,
      kind: d.kind,
      direct: d.direct,
      content: { start: d.contentStart, end: d.contentEnd, text: text.slice(d.contentStart, d.contentEnd) },
      sentence: { index: d.sentence.index, start: d.sentence.start, end: d.sentence.end },
      reportedById: d.reportedById,
      deniesId: d.deniesKey !== null ? (idOf.get(d.deniesKey) ?? null) : null,
      answersId: d.answersKey !== null ? (idOf.get(d.answersKey) ?? null) : null,
      eventId: eventOf(d, eventMentions, tokens),
    };
    if (d.implicit) {
      entry.implicit = true;
      entry.cue = null;
    }
    // A headline that restates a statement of the lead has no cue word of its own.
    if (d.headlineEcho) entry.cue = null;
    return entry;
  });

  // A short answer ("نعم") is about what its question was about.
  const byId = new Map(statements.map((s) => [s.id, s]));
  for (const s of statements) {
    const question = s.answersId ? byId.get(s.answersId) : undefined;
    if (!question || s.aboutIds.length) continue;
    s.aboutIds = question.aboutIds.filter((x) => x !== s.speakerId);
  }

  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  const graph: DocumentGraph = {
    version: DOCUMENT_GRAPH_VERSION,
    article: { id, title, language: input.language ?? 'ar', publishedAt, source: input.source ?? null, url: input.url ?? null, text },
    actors: [...entities.actors.values()].map((a) => ({
      id: a.id,
      name: a.name,
      nameAr: a.name,
      nameEn: a.nameEn,
      kind: a.kind,
      wikidataId: a.wikidataId,
      partOfIds: a.partOfIds.filter((p) => entities.actors.has(p) && p !== a.id),
      mentions: [...a.mentions].sort(byStart),
    })),
    places: [...entities.places.values()].map((p) => ({
      id: p.id,
      name: p.name,
      nameEn: p.nameEn,
      wikidataId: p.wikidataId,
      mentions: [...p.mentions].sort(byStart),
    })),
    events,
    sectors,
    statements,
  };
  return assertDocumentGraph(graph);
}
