/**
 * The statement-noun cue family: a verbal noun in construct with its speaker and an opening right
 * after it ("إعلان ترامب الانسحاب …", "تحذيرات المعارضة من أن …").
 */
import { isStop, isTimeWord, isTitle } from '../entities.ts';
import { INSTITUTION_HEADS, NOUN_CUES, UNNAMED_HEADS, type CueForm, type CueNoun } from '../lexicon.ts';
import { THIRD_PERSON_PRONOUNS_LONGEST_FIRST } from '../morphology.ts';
import { isArabicWord, type Token } from '../normalize.ts';
import { actorGender, speakerOfGender } from './agreement.ts';
import { contentEnd, isDirect } from './content-end.ts';
import { type Ctx, cueAt, gapBefore, governedVerbalNoun, push, SPACE_GAP, type StatementDraft } from './context.ts';
import { kindFor } from './kind.ts';
import { findOpening, type OpeningKind } from './opening.ts';
import { actorOfHit, resolvePhrase } from './resolve.ts';
import { readSpeakerPhrase } from './speaker-phrase.ts';
import { mainClauseSubject } from './subject.ts';
import { DATIVE_PRONOUNS } from './words.ts';
import type { Sentence } from '../segment.ts';

/** From a statement noun's speaker to a complementizer ("خلال زيارة واشنطن الاثنين بأن …"), or to a quotation. */
const MAX_NOUN_COMPLEMENT_DISTANCE = 7;
const MAX_NOUN_QUOTE_DISTANCE = 2;
/** The noun's preposition comes right after its speaker ("تحذير الوزير من …"). */
const MAX_NOUN_PREP_DISTANCE = 1;

/**
 * How many tokens may stand between a statement noun's speaker (or the noun itself) and an opening of
 * this kind: `complement` is the caller's, a preposition and a quotation come close; null for a colon or
 * a question, which each caller treats in its own way.
 */
function openingReach(kind: OpeningKind, complement: number): number | null {
  if (kind === 'complement') return complement;
  if (kind === 'prep') return MAX_NOUN_PREP_DISTANCE;
  if (kind === 'quote') return MAX_NOUN_QUOTE_DISTANCE;
  return null;
}

/** Synthetic verbs for statement nouns, so findOpening can read their prepositions. */
const NOUN_AS_VERB = new Map<CueNoun, CueForm>();

function nounAt(tok: Token): CueNoun | null {
  const memo = tok.info.noun;
  if (memo !== undefined) return memo;
  return (tok.info.noun = computeNoun(tok));
}

function computeNoun(tok: Token): CueNoun | null {
  const direct = NOUN_CUES.get(tok.norm);
  if (direct) return direct;
  for (const v of tok.info.variants) {
    // و ف ب ل ك + noun; never the definite form, which cannot take a genitive speaker.
    if (v.prefixLength === 1 || (v.prefixLength === 2 && /^[وف][بلك]/.test(tok.norm))) {
      const n = NOUN_CUES.get(v.form);
      if (n) return n;
    }
  }
  return null;
}

/**
 * A statement noun followed by its speaker in the genitive: "إعلان ترامب الانسحاب من الاتفاق",
 * "تحذيرات منافسي إردوغان من أن …", "اتهامات دول عربية لها بدعم …". The speaker must be a
 * recognized actor or a titled/unnamed phrase, and the content must open right after it.
 */
export function nounCue(ctx: Ctx, sentence: Sentence, b: number, k: number): StatementDraft | null {
  const { tokens, entities } = ctx;
  const tok = tokens[k];
  if (!tok) return null;
  const noun = nounAt(tok);
  if (!noun || governedVerbalNoun(ctx, k)) return null;
  // "تحذيرات من منافسي إردوغان بأن …": the speaker after من (then only with a complement, below).
  const byMin = tokens[k + 1]?.norm === 'من';
  const p = byMin ? k + 2 : k + 1;
  const first = tokens[p];
  if (!first || p >= b || !SPACE_GAP.test(gapBefore(ctx, p))) return null;
  const hit = entities.hitStartingAt(p);
  const actorLike =
    (hit && (hit.type === 'actor' || entities.places.get(hit.refId)?.metonymFor)) ||
    isTitle(first) ||
    UNNAMED_HEADS.has(first.norm) ||
    INSTITUTION_HEADS.has(first.norm);
  if (!actorLike) return null;
  const npEnd = readSpeakerPhrase(ctx, p, b);
  if (npEnd <= p) return null;
  // "اتهامات دول عربية لها بدعم …": a ل-phrase after the genitive names the target, so the genitive is the speaker.
  const lamTarget = targetWithLam(ctx, npEnd, b);
  if (noun.targetWithLam && !lamTarget) return null;
  const form = nounAsVerb(noun);
  let contentStart: number;
  let contentTok: number;
  // "إعلان ترامب الثلاثاء الانسحاب …", "تحذيرات المعارضة أمس من …": a time adverb may stand before the content.
  const from = lamTarget ? npEnd + 1 : afterTimeAdverb(ctx, npEnd, b);
  const opening = findOpening(ctx, form, from, b, !byMin);
  // The content opens right after the speaker; a complement or a quote may come after a short
  // circumstantial phrase ("خلال زيارة واشنطن الاثنين بأن …").
  const dist = opening ? opening.contentTok - from : Number.POSITIVE_INFINITY;
  const near =
    opening &&
    !/[،,]/.test(gapBefore(ctx, npEnd)) &&
    dist <= (openingReach(opening.kind, MAX_NOUN_COMPLEMENT_DISTANCE) ?? MAX_NOUN_QUOTE_DISTANCE);
  const objectTok = tokens[from];
  // "نفت موسكو مزاعم واشنطن بأنها …": the claim the denial names becomes its denied statement (link.ts).
  if (opening?.kind === 'complement' && deniedObject(ctx, tok)) return null;
  if (opening && near && (!byMin || opening.kind === 'complement')) {
    contentStart = opening.contentStart;
    contentTok = opening.contentTok;
  } else if (
    noun.object &&
    !byMin &&
    !lamTarget &&
    objectTok &&
    from < b &&
    SPACE_GAP.test(gapBefore(ctx, from)) &&
    isArabicWord(objectTok.norm) &&
    !isStop(objectTok) &&
    !isTimeWord(objectTok) &&
    !cueAt(objectTok)
  ) {
    contentStart = objectTok.start;
    contentTok = from;
  } else return null;
  if (contentTok >= b) return null;
  const { end } = contentEnd(ctx, contentStart, contentTok, sentence, false);
  if (end <= contentStart) return null;
  const speaker = resolvePhrase(ctx, p, npEnd);
  if (!speaker) return null;
  const lastSpeaker = ctx.lastSpeaker;
  const draft = push(ctx, speaker, sentence, {
    cueStart: tok.start,
    cueEnd: tok.end,
    verb: noun.lemma,
    nounCue: true,
    kind: kindFor(ctx, noun.kind, contentStart, end),
    direct: isDirect(ctx, contentStart, end),
    contentStart,
    contentEnd: end,
    baseKind: noun.kind,
  });
  // Narration that mentions someone's words does not hand them the floor for a following "وأضاف".
  ctx.lastSpeaker = lastSpeaker;
  return draft;
}

/** At most this many words of a time adverb between a statement noun's speaker and its content ("يوم الأحد الماضي" is three). */
const MAX_NOUN_TIME_WORDS = 3;
/** Time words (lexicon timeWords) that open a phrase or point (من، في، هذا، هذه) rather than stand as an adverb. */
const NOT_TIME_ADVERBS = new Set(['من', 'في', 'هذا', 'هذه']);

/**
 * The token after a time adverb of weekdays, months and relative time words starting at j ("الثلاثاء"، "أمس"،
 * "يوم الأحد الماضي"), or j itself when none stands there. The adverb is set off by spaces only: after a comma
 * the noun phrase has ended.
 */
function afterTimeAdverb(ctx: Ctx, j: number, b: number): number {
  let e = j;
  while (e < b && e - j < MAX_NOUN_TIME_WORDS) {
    const t = ctx.tokens[e];
    if (!t || !isTimeWord(t) || NOT_TIME_ADVERBS.has(t.norm) || !SPACE_GAP.test(gapBefore(ctx, e))) break;
    e++;
  }
  return e;
}

function nounAsVerb(noun: CueNoun): CueForm {
  let form = NOUN_AS_VERB.get(noun);
  if (!form) {
    form = { verb: { lemma: noun.lemma, kind: noun.kind, past: noun.lemma, preps: noun.preps }, participle: false };
    NOUN_AS_VERB.set(noun, form);
  }
  return form;
}

/** ل glued to a word of three letters or more ("لقطر", "للحكومة"), or a dative pronoun (لها، لهم). */
const LAM_PHRASE = /^لل?[\u0621-\u064a]{3,}$/;

/** Whether the token at j, right after a statement noun's genitive, is its ل-target ("اتهامات X لها/لقطر بـ …"). */
function targetWithLam(ctx: Ctx, j: number, b: number): boolean {
  const t = ctx.tokens[j];
  if (!t || j + 1 >= b || !SPACE_GAP.test(gapBefore(ctx, j))) return false;
  return DATIVE_PRONOUNS.has(t.norm) || (LAM_PHRASE.test(t.norm) && !cueAt(t));
}

/** The feminine pronoun, and the plural that a sound feminine plural or a non-human plural takes (الدول … تحذيراتها). */
const FEMININE_POSSESSIVE = 'ها';

/**
 * A statement noun with a possessive pronoun, its speaker (تأكيده، تحذيرها من، وعوده بـ), and that
 * pronoun: null when the word is no such noun. The written word is read, not its normalized form, so
 * that a noun ending in ة (مطالبة) is not read as one with the pronoun ه; ة before a pronoun is written ت.
 */
export function possessiveNounAt(tok: Token): { noun: CueNoun; pronoun: string } | null {
  const memo = tok.info.possessiveNoun;
  if (memo !== undefined) return memo;
  return (tok.info.possessiveNoun = computePossessive(tok));
}

function computePossessive(tok: Token): { noun: CueNoun; pronoun: string } | null {
  if (/ة[\u064b-\u0652]*$/.test(tok.text)) return null;
  // Possessive pronouns on a statement noun (تأكيده، تحذيرها، وعودهم), longest first.
  for (const pronoun of THIRD_PERSON_PRONOUNS_LONGEST_FIRST) {
    if (!tok.norm.endsWith(pronoun)) continue;
    const stem = tok.norm.slice(0, -pronoun.length);
    // و ف ب ل before the noun (وتأكيده، بتحذيره).
    for (const base of [stem, /^[وفبل]/.test(stem) ? stem.slice(1) : null]) {
      if (!base || base.length < MIN_POSSESSIVE_STEM) continue;
      const noun = NOUN_CUES.get(base) ?? (base.endsWith('ت') ? NOUN_CUES.get(`${base.slice(0, -1)}ه`) : undefined);
      if (noun) return { noun, pronoun };
    }
  }
  return null;
}
/** The shortest statement-noun stem (نفي، وعود). */
const MIN_POSSESSIVE_STEM = 3;

/**
 * A statement noun with a possessive pronoun and an opening right after it: "وجدد الوزير تأكيده أن …",
 * "رغم تحذيرها من …", "أحد وعوده بـ …". The pronoun stands for the speaker: the subject of the
 * sentence's main verb, else the last speaker when the pronoun's gender allows it.
 */
export function possessiveNounCue(ctx: Ctx, sentence: Sentence, a: number, b: number, k: number): StatementDraft | null {
  const { tokens } = ctx;
  const tok = tokens[k];
  if (!tok || k + 1 >= b) return null;
  const found = possessiveNounAt(tok);
  if (!found || governedVerbalNoun(ctx, k)) return null;
  const { noun } = found;
  const form = nounAsVerb(noun);
  const from = k + 1;
  // An adjective or a time word between the noun and its opening ("تأكيداته السابقة أن", "تحذيره اليوم من").
  const opening = findOpening(ctx, form, from, b, true);
  if (!opening) return null;
  const dist = opening.contentTok - from;
  const reach = openingReach(opening.kind, MAX_POSSESSIVE_COMPLEMENT_DISTANCE);
  const near = reach !== null && dist <= reach;
  if (!near || /[،,]/.test(gapBefore(ctx, from))) return null;
  const { end } = contentEnd(ctx, opening.contentStart, opening.contentTok, sentence, false);
  if (end <= opening.contentStart) return null;
  const lastSpeaker = ctx.lastSpeaker;
  const gender = found.pronoun === 'ه' ? 'm' : found.pronoun === FEMININE_POSSESSIVE ? 'f' : null;
  const speaker = nearestActorBefore(ctx, a, k, gender) ?? speakerOfGender(ctx, gender, mainClauseSubject(ctx, a, k) ?? lastSpeaker);
  if (!speaker) return null;
  const draft = push(ctx, speaker, sentence, {
    cueStart: tok.start,
    cueEnd: tok.end,
    verb: noun.lemma,
    nounCue: true,
    kind: kindFor(ctx, noun.kind, opening.contentStart, end),
    direct: isDirect(ctx, opening.contentStart, end),
    contentStart: opening.contentStart,
    contentEnd: end,
    baseKind: noun.kind,
    speakerImplicit: true,
  });
  ctx.lastSpeaker = lastSpeaker;
  return draft;
}
/** From a possessed statement noun to its complementizer: an adjective and a time phrase ("تأكيداته في الأيام السابقة أنه"). */
const MAX_POSSESSIVE_COMPLEMENT_DISTANCE = 4;

/**
 * The nearest actor named before token k in its sentence whose gender does not contradict the pronoun's
 * ("… أن ترامب سيعترف بأهمية الحلف رغم تأكيداته أنه …": the pronoun is Trump's), or null. Only actor
 * names count (a place only as its government); a name of the other gender is passed over.
 */
function nearestActorBefore(ctx: Ctx, a: number, k: number, gender: 'm' | 'f' | null): string | null {
  for (let e = k; e > a; e--) {
    // "قرر الرئيس تنفيذ أحد وعوده": a title with no name stands for its holder.
    const t = ctx.tokens[e - 1];
    if (t && isTitle(t) && !ctx.entities.hitEndingAt(e)) {
      const end = readSpeakerPhrase(ctx, e - 1, k);
      const id = end > e - 1 && end < k ? resolvePhrase(ctx, e - 1, end) : null;
      const g = id ? actorGender(ctx, id) : null;
      if (id && (!gender || !g || g === gender)) return id;
    }
    const hit = ctx.entities.hitEndingAt(e);
    if (!hit || hit.startTok < a) continue;
    if (hit.type !== 'actor' && !ctx.entities.places.get(hit.refId)?.metonymFor) continue;
    const id = actorOfHit(ctx, hit);
    const g = actorGender(ctx, id);
    if (!gender || !g || g === gender) return id;
  }
  return null;
}

/**
 * Whether the noun opens a denial's content ("نفت موسكو مزاعم واشنطن بأنها …"): with a complement after
 * it, the claim it names becomes the denied (implicit) statement when statements are linked (link.ts),
 * not a statement of its own here.
 */
function deniedObject(ctx: Ctx, tok: Token): boolean {
  const last = ctx.out[ctx.out.length - 1];
  return !!last && last.contentStart === tok.start && (last.baseKind ?? last.kind) === 'DENIAL';
}
