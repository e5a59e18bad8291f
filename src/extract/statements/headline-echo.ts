/**
 * A headline that restates a statement of the lead where the cue rules found no speaker ("الساعدي: …" with a
 * name outside the gazetteer, "والأخيرة تؤكد أن …", "الإعلان عن …", "اتهام X بـ…"): the lead says who said it
 * ("قال النائب كريم الساعدي إن …"), the headline gives the words in short. When the headline holds no statement,
 * marks speech, and its content words are mostly those of one statement of the first paragraphs, the headline
 * is a statement of that speaker and kind.
 */
import { isStop } from '../entities.ts';
import { VERBAL_NOUNS } from '../lexicon.ts';
import { type Ctx, cueAt, push, type StatementDraft } from './context.ts';
import { PREPOSITIONS } from './words.ts';
import type { Token } from '../normalize.ts';

/** A headline is a short first line (the same bound as the article title read in extract/index.ts). */
const MAX_HEADLINE_CHARS = 200;
/** Paragraphs after the headline whose statements the headline may restate (the lead and the next one). */
const LEAD_PARAGRAPHS = 2;
/** Share of the headline's content words found in the statement's speaker phrase and content. */
const MIN_HEADLINE_COVERAGE = 0.6;
/** Content words of the headline the statement's own content must share (the speaker's name alone is no match). */
const MIN_SHARED_CONTENT_WORDS = 3;
/** Words this short (after the clitics) are particles or pieces, no content. */
const MIN_CONTENT_WORD_CHARS = 3;

/** Proclitics (article, conjunctions, prepositions) a content word may carry. */
const PROCLITICS = /^(?:وال|فال|بال|كال|لل|ال|و|ف|ب|ل)/;

/** The content words of tokens [from, to): clitics off, stopwords and short pieces out. */
function contentWords(tokens: Token[], from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let k = from; k < to; k++) {
    const tok = tokens[k];
    if (!tok || isStop(tok)) continue;
    const bare = tok.norm.length > MIN_CONTENT_WORD_CHARS + 1 ? tok.norm.replace(PROCLITICS, '') : tok.norm;
    if (bare.length >= MIN_CONTENT_WORD_CHARS) out.add(bare);
  }
  return out;
}

const isVerbalNoun = (tok: Token) => VERBAL_NOUNS.has(tok.norm) || VERBAL_NOUNS.has(tok.norm.replace(PROCLITICS, ''));

/**
 * The headline reports speech by a mark of its own that the cue rules could not give a speaker: a colon
 * ("الساعدي: …" with an unknown name), a reporting verb ("والأخيرة تؤكد أن …") or a verbal noun with no agent
 * ("اتهام X بـ…"، "الإعلان عن …"). A headline with none of these states a fact, and gold annotation counts
 * a headline only when it attributes speech: on the dev set the echoes of plain headlines were all extra.
 */
function reportsSpeech(ctx: Ctx, from: number, to: number, colon: boolean): boolean {
  if (colon) return true;
  for (let k = from; k < to; k++) {
    const tok = ctx.tokens[k] as Token;
    if (cueAt(tok)) return true;
    // A verbal noun a preposition governs ("في الحديث عن …", "ضد إدانة …") names a topic, not the headline's act.
    if (isVerbalNoun(tok) && !(k > from && PREPOSITIONS.has((ctx.tokens[k - 1] as Token).norm))) return true;
  }
  return false;
}

/**
 * The headline names who speaks as the lead does: one of its content words stands in the statement's sentence
 * outside the content (the speaker phrase, "الساعدي: …" ↔ "قال النائب كريم الساعدي …", "الأردن يرد …" ↔ "رد الأردن …").
 * A headline that only shares the reported fact ("المدينة: إغلاق الطريق …" ↔ "أعلنت الشرطة أنها …") does
 * not: the lead attributes the fact, the headline states it.
 */
function namesAttribution(ctx: Ctx, d: StatementDraft, headWords: Set<string>, own: Set<string>): boolean {
  const { tokens } = ctx;
  const before = contentWords(tokens, tokenAt(tokens, d.sentence.start), tokenAt(tokens, d.contentStart));
  const after = contentWords(tokens, tokenAt(tokens, d.contentEnd), tokenAt(tokens, d.sentence.end));
  for (const w of headWords) if (!own.has(w) && (before.has(w) || after.has(w))) return true;
  return false;
}

/** Index of the first token starting at or after a character offset. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds the headline's statement when it echoes one statement of the lead (see the module comment). */
export function headlineEcho(ctx: Ctx): void {
  const { text, tokens } = ctx;
  const nl = text.indexOf('\n');
  if (nl < 0) return;
  const line = text.slice(0, nl);
  const start = line.length - line.trimStart().length;
  const end = line.trimEnd().length;
  if (end <= start || end - start > MAX_HEADLINE_CHARS || /[.:]$/.test(line.slice(0, end))) return;
  const titleSentence = ctx.sentences.find((s) => s.start < end && s.end > start);
  if (!titleSentence) return;
  if (ctx.out.some((d) => d.contentStart < end && !d.withdrawn)) return;
  // The end of the lead: LEAD_PARAGRAPHS non-empty lines after the headline.
  let leadEnd = nl;
  for (let seen = 0; seen < LEAD_PARAGRAPHS && leadEnd < text.length;) {
    const next = text.indexOf('\n', leadEnd + 1);
    const stop = next < 0 ? text.length : next;
    if (text.slice(leadEnd + 1, stop).trim()) seen++;
    leadEnd = stop;
  }
  const headFrom = tokenAt(tokens, start);
  const headTo = tokenAt(tokens, end);
  // A colon outside quotation marks, before the last content word: a "X: …" headline.
  const colonAt = line.indexOf(':', start);
  const colon = colonAt >= 0 && colonAt < end && !ctx.quoteMask[colonAt] ? colonAt : -1;
  if (!reportsSpeech(ctx, headFrom, headTo, colon >= 0)) return;
  const headWords = contentWords(tokens, headFrom, headTo);
  if (headWords.size < MIN_SHARED_CONTENT_WORDS) return;
  // "الإعلان عن …", "اتهام X بـ…": a verbal noun that opens the headline names the act; who acted is left to the lead.
  const opensWithAct = isVerbalNoun(tokens[headFrom] as Token);
  let best: StatementDraft | null = null;
  let bestCoverage = 0;
  for (const d of ctx.out) {
    if (d.withdrawn || d.implicit || d.contentStart < nl || d.contentEnd > leadEnd) continue;
    const own = contentWords(tokens, tokenAt(tokens, d.contentStart), tokenAt(tokens, d.contentEnd));
    const said = contentWords(tokens, tokenAt(tokens, d.sentence.start), tokenAt(tokens, d.contentEnd));
    let shared = 0;
    let covered = 0;
    for (const w of headWords) {
      if (own.has(w)) shared++;
      if (said.has(w)) covered++;
    }
    const coverage = covered / headWords.size;
    if (shared < MIN_SHARED_CONTENT_WORDS || coverage < MIN_HEADLINE_COVERAGE || coverage <= bestCoverage) continue;
    if (!opensWithAct && !namesAttribution(ctx, d, headWords, own)) continue;
    best = d;
    bestCoverage = coverage;
  }
  if (!best) return;
  const floor = ctx.lastSpeaker;
  // "X: …": the words after the colon are the speaker's, given directly, the colon is the cue (as in colon-cue.ts).
  let contentStart = start;
  if (colon >= 0) {
    contentStart = colon + 1;
    while (contentStart < end && /\s/.test(text[contentStart] ?? '')) contentStart++;
  }
  const made = push(ctx, best.speakerId, titleSentence, {
    cueStart: colon >= 0 ? colon : start,
    cueEnd: colon >= 0 ? colon + 1 : start,
    verb: colon >= 0 ? ':' : null,
    kind: best.kind,
    baseKind: best.baseKind,
    direct: colon >= 0,
    contentStart,
    contentEnd: end,
  });
  made.headlineEcho = colon < 0;
  ctx.lastSpeaker = floor;
}
