/**
 * Where the content of a statement opens after its speaker: a complementizer, a quotation, a colon,
 * an indirect question, a "ما وصفه" relative, or the cue's own preposition.
 */
import { ORG_HEADS } from '../actor-lexicon.ts';
import { isStop } from '../entities.ts';
import { COMPLEMENTIZERS, NAME_TRIE, type CueForm } from '../lexicon.ts';
import { matchAt } from '../match.ts';
import { THIRD_PERSON_PRONOUNS } from '../morphology.ts';
import { normalizeArabic, type Token } from '../normalize.ts';
import { OPENING_MARKS } from '../quotes.ts';
import { RELATIVE_PRONOUNS } from './clause.ts';
import { COMMA_GAP, type Ctx, cueAt, gapBefore, SPACE_GAP, stripConj, tokensIndexAt } from './context.ts';
import {
  ADVERBIAL_AN_HEADS,
  ANONYMITY_CUE_LEMMAS,
  NAMING_WORDS,
  NOT_PREPOSITION_OBJECTS,
  PREPOSITIONS,
  QUESTION_OPENERS,
} from './words.ts';

/** A relative clause between the speaker and the content ("، الذي لمح في الماضي إلى …،"). */
const MAX_RELATIVE_CLAUSE_TOKENS = 30;
/** From the speaker to the complementizer, quotation or colon that opens the content. */
const MAX_OPENING_DISTANCE = 40;
/** A quoted name or title ("فوكس نيوز") rather than quoted speech. */
export const MAX_QUOTED_NAME_TOKENS = 3;
/** A quoted title in a preposition's slot ("في مقابلة مع «قناة الحدث الجديدة اليوم»"). */
const MAX_QUOTED_TITLE_TOKENS = 6;
/** From such a quoted name to the complementizer that follows it. */
const MAX_QUOTED_NAME_TO_COMPLEMENT = 8;

/** A one-letter preposition glued to a word of at least three letters ("بضرورة"); shorter words are particles. */
const MIN_GLUED_PREP_WORD_LENGTH = 4;

/** How a content opens: after a complementizer, a quotation mark, a colon, the cue's preposition or a question word. */
export type OpeningKind = 'complement' | 'quote' | 'colon' | 'prep' | 'question';

interface Opening {
  contentStart: number;
  contentTok: number;
  kind: OpeningKind;
}

/** Finds where the content opens after token p: a complementizer, a quotation, a colon, or the verb's preposition. */
export function findOpening(ctx: Ctx, cue: CueForm, p: number, limit: number, allowPrep: boolean): Opening | null {
  const { tokens, text } = ctx;
  let from = p;
  // "وقال بولتون، الذي لمح في الماضي إلى …، في مقابلة …": skip a relative clause set off by commas after the speaker.
  if (RELATIVE_PRONOUNS.has(tokens[p]?.norm ?? '') && COMMA_GAP.test(gapBefore(ctx, p))) {
    let j = p + 1;
    while (j < limit && j - p < MAX_RELATIVE_CLAUSE_TOKENS && !/[،,]/.test(gapBefore(ctx, j))) j++;
    if (j < limit && j - p < MAX_RELATIVE_CLAUSE_TOKENS) from = j;
  }
  for (let j = from; j < limit && j - p < MAX_OPENING_DISTANCE; j++) {
    const tok = tokens[j];
    if (!tok) break;
    const gap = gapBefore(ctx, j);
    const q = [...gap].findIndex((c) => OPENING_MARKS.has(c));
    if (gap.includes(':')) {
      const qi = q >= 0 ? tok.start - gap.length + q : tok.start;
      return { contentStart: qi, contentTok: j, kind: 'colon' };
    }
    if (q >= 0 && j > p - 1) {
      // '"الوطن" "لن …"': past the closing mark of a name, the next quotation may open in the same gap.
      const gapStart = tok.start - gap.length;
      const second = [...gap].findIndex((c, i) => i > q && OPENING_MARKS.has(c) && ctx.quoteAt.has(gapStart + i));
      const qStart = gapStart + (ctx.quoteAt.has(gapStart + q) || second < 0 ? q : second);
      // The closing mark of a quotation (a plain " closes as well as opens) opens nothing.
      const closes = ctx.quoteMask[qStart] === 1 && !ctx.quoteAt.has(qStart);
      if (!closes && !shortQuotedName(ctx, cue, qStart, limit) && !nameInPhrase(ctx, cue, qStart, p, j) && !nameBySlot(ctx, cue, qStart, j))
        return { contentStart: qStart, contentTok: j, kind: 'quote' };
    }
    // A dot glued between letters is an abbreviation (إيه.بي.سي، إتش.آر), not a sentence end.
    if (/[.؟?!]/.test(gap) && j > p && gap !== '.') return null;
    if ((COMPLEMENTIZERS.has(tok.norm) || tok.norm === 'فان') && !adverbialAn(ctx, j)) {
      const next = tokens[j + 1];
      if (!next || j + 1 >= limit) return null;
      const ngap = gapBefore(ctx, j + 1);
      const nq = [...ngap].findIndex((c) => OPENING_MARKS.has(c));
      return { contentStart: nq >= 0 ? next.start - ngap.length + nq : next.start, contentTok: j + 1, kind: 'complement' };
    }
    if (cue.verb.kind === 'QUESTION' && QUESTION_OPENERS.has(tok.norm) && j >= p) {
      if (tok.norm !== 'ما' || tokens[j + 1]?.norm === 'اذا') return { contentStart: tok.start, contentTok: j, kind: 'question' };
    }
    // "انتقد … ما وصفه بتجاهل …", "ندد بما اعتبره …": the relative clause is the content.
    if (
      (tok.norm === 'ما' || tok.norm === 'بما') &&
      tokens[j + 1] &&
      j + 1 < limit &&
      cueAt(tokens[j + 1] as Token) &&
      SPACE_GAP.test(gapBefore(ctx, j + 1))
    ) {
      return { contentStart: tok.norm === 'بما' ? tok.start + 1 : tok.start, contentTok: j, kind: 'complement' };
    }
    // "مصدر رفض ذكر اسمه قال إن": the verbal noun of a source's request not to be named is no cue that ends the search.
    if (j > p && cueAt(tok) && !cueAt(tok)?.form.participle && !anonymityRequest(ctx, j - 1)) return null;
    if (allowPrep && cue.verb.preps.length) {
      for (const prep of cue.verb.preps) {
        if (prep.length > 1 && tok.norm === prep.replace(/[إأ]/g, 'ا').replace('ى', 'ي')) {
          const next = tokens[j + 1];
          // "أشار إلى أن …", "حذر من أن …": the complementizer after the preposition opens the content.
          if (next && COMPLEMENTIZERS.has(next.norm) && j + 2 < limit) continue;
          if (next && j + 1 < limit) {
            const ngap = gapBefore(ctx, j + 1);
            const nq = [...ngap].findIndex((c) => OPENING_MARKS.has(c));
            return { contentStart: nq >= 0 ? next.start - ngap.length + nq : next.start, contentTok: j + 1, kind: 'prep' };
          }
        }
        if (
          prep.length === 1 &&
          tok.norm.startsWith(prep) &&
          // A word of a quoted name ("لجنة …" inside quotation marks) carries no glued preposition.
          !ctx.quoteMask[tok.start] &&
          tok.norm.length >= MIN_GLUED_PREP_WORD_LENGTH &&
          !isStop(tok) &&
          !NOT_PREPOSITION_OBJECTS.has(tok.norm) &&
          matchAt(text, tokens, j, NAME_TRIE)?.startTok !== j
        ) {
          return { contentStart: tok.start + 1, contentTok: j, kind: 'prep' };
        }
        if (prep.length === 1 && tok.text.length === 1 && tok.norm === prep) {
          const next = tokens[j + 1];
          if (next) return { contentStart: next.start, contentTok: j + 1, kind: 'prep' };
        }
      }
    }
  }
  return null;
}

/**
 * أن after قبل/بعد/دون/منذ/رغم ("قبل أن يغادر", "على الرغم من أن") opens an adverbial clause of
 * the speaker's own act, not what was said: it opens no content. twoWordHeadOnly: token j - 2 must
 * start the head ("الرغم من").
 */
export function adverbialAn(ctx: Ctx, j: number, twoWordHeadOnly = false): boolean {
  const prev = ctx.tokens[j - 1];
  if (!prev || !COMPLEMENTIZERS.has(ctx.tokens[j]?.norm ?? '') || !SPACE_GAP.test(gapBefore(ctx, j))) return false;
  if (!twoWordHeadOnly && ADVERBIAL_AN_HEADS.has(prev.norm)) return true;
  const prev2 = ctx.tokens[j - 2];
  return !!prev2 && SPACE_GAP.test(gapBefore(ctx, j - 1)) && ADVERBIAL_AN_HEADS.has(`${prev2.norm} ${prev.norm}`);
}

/**
 * A quotation that an opening follows a little later (a complementizer or a second quotation) is a
 * quoted name or title ("في مقابلة مع "فوكس نيوز" أن …", "لـ"الوطن" "…"", "عبر "تويتر" إن …"),
 * not the statement: keep looking. In a preposition's slot (after مع، لـ، عبر, or glued ل/ب) a
 * title may be longer than elsewhere.
 */
function shortQuotedName(ctx: Ctx, cue: CueForm, qStart: number, limit: number): boolean {
  const region = ctx.quoteAt.get(qStart);
  if (!region) return false;
  const from = tokensIndexAt(ctx, region.start);
  const to = tokensIndexAt(ctx, region.end);
  const slot = inPrepositionSlot(ctx, from) || inAppositionToName(ctx, from);
  const maxTokens = slot ? MAX_QUOTED_TITLE_TOKENS : MAX_QUOTED_NAME_TOKENS;
  if (to - from > maxTokens) return false;
  for (let j = to; j < limit && j - to < MAX_QUOTED_NAME_TO_COMPLEMENT; j++) {
    const t = ctx.tokens[j] as Token;
    const gap = gapBefore(ctx, j);
    if (/[.؟?!]/.test(gap)) return false;
    // "لـ"الوطن" "لن نسمح …"": a second quotation right after the name is the speech.
    if (j === to && slot && opensQuoteBetween(ctx, region.end, t.start)) return true;
    if (COMPLEMENTIZERS.has(t.norm) && !adverbialAn(ctx, j)) return true;
    // "دعت X "…"، الذي …، إلى": in a name's slot, the cue's own preposition opens the content too.
    if (slot && cue.verb.preps.some((prep) => prep.length > 1 && t.norm === normalizeArabic(prep))) return true;
    // Another cue: the quotation was speech, and what follows is a statement of its own.
    if (cueAt(t)) return false;
  }
  return false;
}

/**
 * "أعلن القضاء تمديد توقيف الموظف لدى حزب "إلى الأمام"", "عبر موقع "فيسبوك"": a short quotation right after a
 * plain noun of the clause, past the words that follow the speaker, with the phrase going on after it, is a name the noun phrase holds, not the
 * opening of what was said; a label verb's quotation (وصف X بـ"…") and one after a preposition keep opening it.
 */
function nameInPhrase(ctx: Ctx, cue: CueForm, qStart: number, p: number, j: number): boolean {
  if (cue.verb.labels || cue.verb.needsComplement || cue.participle || j <= p) return false;
  const region = ctx.quoteAt.get(qStart);
  const prev = ctx.tokens[j - 1];
  if (!region || !prev || !SPACE_GAP.test(ctx.text.slice(prev.end, qStart))) return false;
  if (tokensIndexAt(ctx, region.end) - tokensIndexAt(ctx, region.start) > MAX_QUOTED_NAME_TOKENS) return false;
  // The phrase goes on after the name; a short quotation that ends the sentence ("في مقابلة مع قناة X «…».") is speech.
  if (!/^\s+[\u0621-\u064a]/.test(ctx.text.slice(region.end, region.end + 3))) return false;
  return !isStop(prev) && !PREPOSITIONS.has(prev.norm) && !/^[بل]/.test(prev.norm) && !cueAt(prev);
}

/**
 * A short quotation that is a name, not words said: one right after a word that introduces a name ("ما يسمى
 * «…»", "المعروفة باسم «…»"), or one that holds exactly a known name after a preposition that is not the cue's
 * own ("كتب على «تويتر»", "قال لـ«سكاي نيوز عربية»"). A label verb's quotation stays its content ("وصفه
 * بـ«…»"), and so does one after the cue's own preposition ("دعا إلى «التهدئة»"). A known name in quotation
 * marks anywhere else was tried as a name too: it lost a matched statement on 41-60.
 */
function nameBySlot(ctx: Ctx, cue: CueForm, qStart: number, j: number): boolean {
  const region = ctx.quoteAt.get(qStart);
  const prev = ctx.tokens[j - 1];
  if (!region || cue.verb.labels) return false;
  const from = tokensIndexAt(ctx, region.start);
  const to = tokensIndexAt(ctx, region.end);
  if (to - from > MAX_QUOTED_TITLE_TOKENS) return false;
  // Only what separates the word before from the mark: a space, or a glued ـ ("بـ«…»").
  if (!prev || !/^[\sـ]*$/.test(ctx.text.slice(prev.end, qStart))) return false;
  // "ما يعرف بـ«…»": a one-letter preposition of its own leaves the word before it to read.
  const head = /^[بل]$/.test(prev.norm) ? (ctx.tokens[j - 2] ?? prev) : prev;
  if (NAMING_WORDS.has(stripConj(head.norm))) return true;
  // A known name after a preposition that is not the cue's own: where or to whom it was said.
  const own = cue.verb.preps.some((x) => normalizeArabic(x) === prev.norm);
  const foreign = !own && (PREPOSITIONS.has(prev.norm) || /^[بل]$/.test(prev.norm));
  return foreign && ctx.entities.hitStartingAt(from)?.endTok === to;
}

/** The quotation right after a name names it again ("قوات التحالف "تحالف دعم الشرعية""). */
function inAppositionToName(ctx: Ctx, q: number): boolean {
  return SPACE_GAP.test(gapBefore(ctx, q).replace(/["“«″]/g, ' ')) && ctx.entities.hitEndingAt(q) !== undefined;
}

function opensQuoteBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.quoteAt.has(i)) return true;
  return false;
}

/** The quotation opening before token q follows a preposition ("مع «…»", "لـ"…"", "لصحيفة "…""). */
function inPrepositionSlot(ctx: Ctx, q: number): boolean {
  const prev = ctx.tokens[q - 1];
  if (!prev) return false;
  const gap = gapBefore(ctx, q);
  // A one-letter preposition glued to the mark ("لـ"الوطن"", "بـ«…»").
  if (/^[لب]$/.test(prev.norm) && !/^\s/.test(gap)) return true;
  // "مع", "عبر", or لـ + a head noun ("لصحيفة", "لوكالة") or the head alone ("قناة").
  return PREPOSITIONS.has(prev.norm) || ORG_HEADS.has(prev.norm) || (/^[لب]/.test(prev.norm) && ORG_HEADS.has(prev.norm.slice(1)));
}

/**
 * "مسؤول طلب عدم الكشف عن اسمه", "التي طلبت عدم نشر هويتها": a source's request not to be named describes the
 * source; its words are those of the verb it is the subject of (12 such statements in every 5th corpus article). The
 * statement is made and withdrawn at the end, so that the verb after it finds its speaker as before.
 */
export function anonymityRequest(ctx: Ctx, k: number): boolean {
  const next = ctx.tokens[k + 1]?.norm ?? '';
  if (next === 'عدم') {
    for (let j = k + 2; j < ctx.tokens.length && j - k <= MAX_ANONYMITY_TOKENS; j++) {
      const n = (ctx.tokens[j] as Token).norm;
      if (/^(?:ب|ال)?(?:اسم|هويت)/.test(n)) return true;
    }
    return false;
  }
  // "مصدر رفض الكشف عن هويته", "رافضا الكشف عن اسمه", "رفض ذكر اسمه": the same request without عدم, on the
  // source's own name (a pronoun on اسم/هوية: "رفض الكشف عن اسم المتهم" is a refusal about someone else).
  // Corpus: 55 such refusals (الكشف عن 23، ذكر 7، كشف 9، نشر 3 …) beside 73 with عدم.
  return (
    ANONYMITY_CUE_LEMMAS.has(cueAt(ctx.tokens[k] as Token)?.form.verb.lemma ?? '') &&
    DISCLOSURE_NOUN.test(next) &&
    OWN_NAME.test(ctx.tokens[ctx.tokens[k + 2]?.norm === 'عن' ? k + 3 : k + 2]?.norm ?? '')
  );
}
/** The verbal noun of revealing, with or without عن after it: الكشف، كشف، الإفصاح، ذكر، نشر. */
const DISCLOSURE_NOUN = /^(?:ال)?(?:كشف|افصاح|ذكر|نشر)$/;
/** اسمه، اسمها، اسمهم، هويته، هويتها, … */
const OWN_NAME = new RegExp(`^(?:اسم|هويت)(?:${THIRD_PERSON_PRONOUNS.join('|')})$`);
/** From the cue to "اسمه" in "طلب عدم الكشف عن اسمه". */
const MAX_ANONYMITY_TOKENS = 4;
