/**
 * The typed document every extraction stage reads: the cleaned text with its tokens,
 * sentences (with their token ranges), quotations and recognized entities, built once per
 * article and passed from stage to stage (statements, events, sectors) instead of long
 * positional argument lists.
 */
import { EntityIndex, recognizeEntities } from './entities.ts';
import { tokenize, type Token } from './normalize.ts';
import { findQuotes, quoteMask, type QuoteRegion } from './quotes.ts';
import { segment, type Sentence } from './segment.ts';

/** A sentence and the tokens it holds: tokens[firstTok] … tokens[endTok - 1]. */
export interface DocumentSentence extends Sentence {
  readonly firstTok: number;
  readonly endTok: number;
}

export interface ArticleDocument {
  readonly text: string;
  /** The article id without its "article:" prefix; ids of things found in it are built from it. */
  readonly articleSlug: string;
  readonly tokens: Token[];
  readonly sentences: readonly DocumentSentence[];
  readonly quotes: readonly QuoteRegion[];
  /** 1 for every character inside a quotation (marks included). */
  readonly quoteMask: Uint8Array;
  /** Quotation by the offset of its opening mark. */
  readonly quoteAt: ReadonlyMap<number, QuoteRegion>;
  /** Recognized actors and places; statement rules add the speakers they find (pattern and unnamed actors). */
  readonly entities: EntityIndex;
}

/** Tokenizes, segments, finds quotations and recognizes entities of a cleaned text, once. */
export function buildDocument(text: string, articleSlug: string): ArticleDocument {
  const tokens = tokenize(text);
  const sentences: DocumentSentence[] = [];
  let t = 0;
  for (const s of segment(text)) {
    while (t < tokens.length && (tokens[t]?.start ?? 0) < s.start) t++;
    const firstTok = t;
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= s.end) t++;
    sentences.push({ index: s.index, start: s.start, end: s.end, firstTok, endTok: t });
  }
  const entities = new EntityIndex(text, tokens, articleSlug);
  recognizeEntities(entities);
  const quotes = findQuotes(text);
  return {
    text,
    articleSlug,
    tokens,
    sentences,
    quotes,
    quoteMask: quoteMask(text.length, quotes),
    quoteAt: new Map(quotes.map((q) => [q.start, q])),
    entities,
  };
}
