/**
 * The "X: …" cue family: a headline or a line that gives the floor to a named speaker.
 */
import { isTitle, type Hit } from '../entities.ts';
import { INSTITUTION_HEADS, UNNAMED_HEADS } from '../lexicon.ts';
import { TITLE_ADJECTIVES } from './clause.ts';
import { contentEnd } from './content-end.ts';
import { type Ctx, cueAt, isUnnamedHead, push } from './context.ts';
import { kindFor } from './kind.ts';
import { resolvePhrase } from './resolve.ts';
import { readSpeakerPhrase } from './speaker-phrase.ts';
import { hasPreposition } from './subject.ts';
import { PREPOSITIONS } from './words.ts';
import type { Token } from '../normalize.ts';
import type { Sentence } from '../segment.ts';

/** A colon this far into a sentence (characters) may end a "X: …" speaker prefix. */
const MAX_COLON_OFFSET_CHARS = 200;
/** A "X: …" speaker prefix is short: a name or a title. */
const MAX_COLON_SPEAKER_TOKENS = 6;
/** The topic of a "X عن Y: …" headline ("بوتين عن قضية سكريبال: …"): a short noun phrase. */
const MAX_COLON_TOPIC_TOKENS = 5;

/** "X: …" — a headline or a line that gives the floor to a named speaker. */
export function colonStatement(ctx: Ctx, sentence: Sentence, a: number, b: number) {
  const { text, tokens } = ctx;
  const local = text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_COLON_OFFSET_CHARS)).indexOf(':');
  if (local < 0) return;
  const colon = sentence.start + local;
  let afterColon = a;
  while (afterColon < b && (tokens[afterColon]?.end ?? 0) <= colon) afterColon++;
  if (afterColon >= b || ctx.quoteMask[colon]) return;
  // "بوتين عن قضية سكريبال: …": a speaker, عن and the topic the words after the colon are about.
  const about = aboutTopic(ctx, a, afterColon);
  const c = about >= 0 ? about : afterColon;
  if (c - a === 0 || c - a > MAX_COLON_SPEAKER_TOKENS) return;
  for (let j = a; j < afterColon; j++) if (cueAt(tokens[j] as Token)) return;
  const hits = ctx.entities.hitsIn(a, c).filter((h) => h.type === 'actor' || ctx.entities.places.get(h.refId)?.metonymFor);
  if (!hits.length) {
    titledPrefixStatement(ctx, sentence, a, c, afterColon, b, colon);
    return;
  }
  // The speaker must be the whole prefix, not an entity mentioned in a topic ("القرصنة الإلكترونية: …").
  const lastHit = hits[hits.length - 1] as Hit;
  if (lastHit.endTok < c - 1 && !isTitle(tokens[a] as Token)) return;
  // "الحرب في سوريا: …" names a topic; a speaker prefix ("السفير الروسي في لندن: …") starts with its head.
  const head = tokens[a] as Token;
  const bareHead = head.norm.startsWith('ال') ? head.norm.slice(2) : head.norm;
  const headed = (hits[0] as Hit).startTok === a || isTitle(head) || INSTITUTION_HEADS.has(bareHead) || UNNAMED_HEADS.has(bareHead);
  if (!headed && hasPreposition(ctx, a, lastHit.startTok)) return;
  sayAfterColon(ctx, sentence, a, c, afterColon, b, colon);
}

/**
 * The token of عن when the words before the colon (tokens a..c) are an actor, عن and a short topic
 * ("ماكرون عن ترمب", "الخارجية الأمريكية عن العمل مع الصدر"), else -1: the actor alone is then the prefix.
 */
function aboutTopic(ctx: Ctx, a: number, c: number): number {
  const first = ctx.entities.hitStartingAt(a);
  if (!first || (first.type !== 'actor' && !ctx.entities.places.get(first.refId)?.metonymFor)) return -1;
  for (let j = first.startTok + 1; j < c && j - a <= MAX_COLON_SPEAKER_TOKENS; j++) {
    if (ctx.tokens[j]?.norm !== 'عن') continue;
    return j < c - 1 && c - j - 1 <= MAX_COLON_TOPIC_TOKENS ? j : -1;
  }
  return -1;
}

/** The فاعل pattern (شاهد، ناطق، ضابط): spelled like the perfect and imperative of a form-III verb. */
const FAIL_PATTERN = /^[\u0621-\u064a]ا[\u0621-\u064a]{2}$/;
const isTitleAdjective = (t: Token) => TITLE_ADJECTIVES.has(t.norm) || TITLE_ADJECTIVES.has(`ال${t.norm}`);

/**
 * "وزير الخزانة الأمريكي: …", "مصدر حكومي: …", "مصادر لـ«العربية»: …": a title or an unnamed source with
 * its modifiers, and no name, as the whole prefix; an outlet after ل is whom it was said to.
 */
function titledPrefixStatement(ctx: Ctx, sentence: Sentence, a: number, c: number, afterColon: number, b: number, colon: number) {
  const head = ctx.tokens[a] as Token;
  const bareHead = head.norm.startsWith('ال') ? head.norm.slice(2) : head.norm;
  if (!isTitle(head) && !isUnnamedHead(bareHead)) return;
  // "شاهد: …" labels a video: a lone فاعل-pattern word is also the form-III verb (شاهَد، watch), no source.
  if (c - a === 1 && FAIL_PATTERN.test(head.norm)) return;
  let end = readSpeakerPhrase(ctx, a, c);
  if (end <= a) return;
  // "وزير سابق", "النائب العام": adjectives of the title the phrase reader leaves out.
  while (end < c && isTitleAdjective(ctx.tokens[end] as Token)) end++;
  // Only the phrase, or the phrase and its ل + outlet addressee; no list (الرئيس والبرلمان) and no place or
  // topic after a preposition ("رئيس وزراء جديد في إيطاليا").
  if (end < c && !/^ل/.test(ctx.tokens[end]?.norm ?? '')) return;
  for (let j = a + 1; j < end; j++) if (/^و/.test((ctx.tokens[j] as Token).norm) || PREPOSITIONS.has((ctx.tokens[j] as Token).norm)) return;
  sayAfterColon(ctx, sentence, a, end, afterColon, b, colon);
}

/** The statement of a "X: …" prefix (tokens a..speakerEnd) with the words after the colon as its content. */
function sayAfterColon(ctx: Ctx, sentence: Sentence, a: number, speakerEnd: number, afterColon: number, b: number, colon: number) {
  const { text, tokens } = ctx;
  // "تركيا: المرشح المعارض يقول إن …": the headline's speaker is inside it, with a verb of its own.
  // A verb right after the colon ("إيران: نرفض …") is the prefix's own words.
  for (let j = afterColon + 1; j < b && j - afterColon < MAX_COLON_SPEAKER_TOKENS; j++) {
    const cue = cueAt(tokens[j] as Token);
    if (cue && !cue.form.participle) return;
  }
  const speaker = resolvePhrase(ctx, a, speakerEnd);
  if (!speaker) return;
  let start = colon + 1;
  while (start < sentence.end && /\s/.test(text[start] ?? '')) start++;
  const { end } = contentEnd(ctx, start, afterColon, sentence, false);
  if (end <= start) return;
  push(ctx, speaker, sentence, {
    cueStart: colon,
    cueEnd: colon + 1,
    verb: ':',
    kind: kindFor(ctx, 'CLAIM', start, end),
    direct: true,
    contentStart: start,
    contentEnd: end,
  });
}
