/**
 * What every statement rule shares: the article document, the statements found so far and the
 * little state prose carries from sentence to sentence (the last speaker, unnamed sources already
 * introduced), plus the token helpers the rules use.
 */
import { adjectiveCountry, continuesName, isNameToken, isStop, isTimeWord, isTitle } from '../entities.ts';
import { COMPLEMENTIZERS, INSTITUTION_HEADS, lookupCue, UNNAMED_HEADS, WORDS, type CueLookup, type CueVerb } from '../lexicon.ts';
import { firstAtOrAfter, normalizeArabic, type Token } from '../normalize.ts';
import {
  CONTROL_PREPOSITIONS,
  DATIVE_PRONOUNS,
  NAME_CLOSING_PREPOSITIONS,
  NAMING_WORDS,
  PREDICATE_QUALIFIERS,
  PREDICATE_SUBJECTS,
  RESPONSE_HEADS,
} from './words.ts';
import type { StatementKind } from '../../graph/document-graph.ts';
import type { ArticleDocument } from '../document.ts';
import type { Sentence } from '../segment.ts';

export interface StatementDraft {
  key: number;
  speakerId: string;
  addresseeIds: string[];
  cueStart: number;
  cueEnd: number;
  verb: string | null;
  kind: StatementKind;
  direct: boolean;
  contentStart: number;
  contentEnd: number;
  sentence: Sentence;
  reportedByKey: number | null;
  reportedById: string | null;
  deniesKey: number | null;
  answersKey: number | null;
  implicit: boolean;
  /** The kind the cue alone signals. */
  baseKind?: StatementKind;
  /** Where the statement's own words end when it reports another statement (the first nested cue). */
  ownWordsEnd?: number;
  /** The speaker was not written at the cue (a pronoun-only verb or a participle). */
  speakerImplicit?: boolean;
  /**
   * The cue sits in a subordinate part of its clause (a label, a relative predicate, a comment, a
   * quotation): the statement does not attribute the clause, so a trailing بحسب X still may.
   */
  subordinate?: boolean;
  /** The cue is a statement noun (تصريحات، بيان), not a verb: it may only name words another cue reports. */
  nounCue?: boolean;
  /** The cue is a participle (قائلا، واصفا، مشيرا): it gives the words of the clause's act. */
  participle?: boolean;
  /**
   * Found only so that the cues after it read the sentence as before (its subject, its nesting), then left out:
   * a source's request not to be named ("مصدر طلب عدم نشر اسمه قال إن …").
   */
  withdrawn?: boolean;
  /** The headline restating a statement of the lead (headline-echo.ts): it has no cue of its own. */
  headlineEcho?: boolean;
}

/** The article document plus what the statement rules carry from one cue to the next. */
export interface Ctx extends ArticleDocument {
  out: StatementDraft[];
  lastSpeaker: string | null;
  /** Most recent unnamed speaker per normalized head word, for "المسؤول" after "مسؤول أمريكي". */
  unnamedByHead: Map<string, string>;
  /** Tokens before this index already belong to an attribution ("بحسب ما أفاد X"): no cue starts there. */
  consumedTo: number;
  /** "جاء ذلك في تغريدة لـ X، حيث قال": the issuer a document frame named, for the linked cue of the same sentence (until its end offset). */
  documentIssuer?: { id: string; until: number };
}

export const COMMA_GAP = /^\s*[،,]\s*$/;
export const SPACE_GAP = /^\s+$/;

export const gapBefore = (ctx: Ctx, j: number) => {
  const tok = ctx.tokens[j];
  const prev = ctx.tokens[j - 1];
  if (!tok) return '';
  return ctx.text.slice(prev ? prev.end : Math.max(0, tok.start - 3), tok.start);
};

/**
 * The reporting cue a token spells, memoized on its word. Generated forms and clitic readings live in
 * the lexicon (morphology.ts, lookupCue).
 */
export function cueAt(tok: Token): CueLookup | null {
  let found = tok.info.cue;
  if (found === undefined) found = tok.info.cue = lookupCue(tok.norm);
  // Read on the written word: the memo is shared by every spelling with the same normalized form.
  return found && namingPassive(tok) ? null : found;
}

/**
 * "رجل يُدعى X", "الشقيقة التي تدعى Y": a naming word that is also a cue form (يدعى، تدعى, spelled like يدعي "claims"
 * once normalized) written with its final ى is the passive "is called", no claim. In the corpus 478 of the 481
 * imperfects of ادعى/دعا written with ى are followed by a name rather than أن/إن; of the 100 written with ي, 46 are.
 */
const namingPassive = (tok: Token) => NAMING_WORDS.has(stripConj(tok.norm)) && /ى$/.test(tok.text.replace(/[\u064b-\u0652\u0640]/g, ''));

const WAW = 0x648;
const FA = 0x641;
/** و/ف glued to a word of four letters or more, dropped (a char test: this runs for many tokens of every cue). */
export const stripConj = (norm: string) => {
  if (norm.length <= 3) return norm;
  const c = norm.charCodeAt(0);
  return c === WAW || c === FA ? norm.slice(1) : norm;
};

export const isCueLike = (tok: Token) => cueAt(tok) !== null;

/** Words (times, dates) that may stand before the verb that opens a sentence. */
export const MAX_FRONTED_WORDS = 3;

/** What a cue rule decides; `push` fills in the rest of the draft. */
type DraftFields = Pick<
  StatementDraft,
  'cueStart' | 'cueEnd' | 'verb' | 'kind' | 'direct' | 'contentStart' | 'contentEnd' | 'baseKind' | 'speakerImplicit' | 'subordinate'
> &
  Partial<Pick<StatementDraft, 'nounCue' | 'participle'>> &
  Partial<Pick<StatementDraft, 'addresseeIds' | 'implicit'>>;

/** Appends a statement; every draft has the same shape (no spreads: they showed up in profiles). */
export function push(ctx: Ctx, speakerId: string, sentence: Sentence, f: DraftFields): StatementDraft {
  const draft: StatementDraft = {
    key: ctx.out.length,
    speakerId,
    addresseeIds: f.addresseeIds ?? [],
    cueStart: f.cueStart,
    cueEnd: f.cueEnd,
    verb: f.verb,
    kind: f.kind,
    direct: f.direct,
    contentStart: f.contentStart,
    contentEnd: f.contentEnd,
    sentence,
    reportedByKey: null,
    reportedById: null,
    deniesKey: null,
    answersKey: null,
    implicit: f.implicit ?? false,
    baseKind: f.baseKind,
    speakerImplicit: f.speakerImplicit,
    subordinate: f.subordinate,
    nounCue: f.nounCue,
    participle: f.participle,
    ownWordsEnd: undefined,
  };
  ctx.out.push(draft);
  if (!draft.implicit) ctx.lastSpeaker = speakerId;
  return draft;
}

/**
 * The first of the last `candidates` statements whose content holds the token (an explicit statement,
 * not an implicit one), or undefined: a loop, not a slice and a closure per cue.
 */
export function enclosingDraft(open: readonly StatementDraft[], tok: Token, candidates: number): StatementDraft | undefined {
  for (let i = Math.max(0, open.length - candidates); i < open.length; i++) {
    const s = open[i] as StatementDraft;
    if (s.contentStart <= tok.start && tok.end <= s.contentEnd && !s.implicit) return s;
  }
  return undefined;
}

/**
 * An unnamed source head, also in construct: a sound masculine plural drops its ن before a genitive
 * ("مسؤولي الأمن", "ممثلو النقابات" from مسؤولين، ممثلون), so the construct form is the listed plural minus ن.
 */
export function isUnnamedHead(norm: string): boolean {
  return UNNAMED_HEADS.has(norm) || (/[يو]$/.test(norm) && UNNAMED_HEADS.has(`${norm}ن`));
}

/** A nisba's ي and the plural's ending: الفلسطينيين، الأمريكيون. */
const NISBA_PLURAL = /(?:يين|يون)$/;
/**
 * The one-word entity at j is a people's nisba in the plural ("الفلسطينيين", "الأمريكيون"), which the entities
 * read as its country, not a name spelled with ين (الكرملين، البحرين).
 */
export function nisbaPluralHit(ctx: Ctx, j: number): boolean {
  const hit = ctx.entities.hitStartingAt(j);
  return !!hit && hit.endTok === j + 1 && NISBA_PLURAL.test(ctx.tokens[j]?.norm ?? '');
}

/** Particles spelled with a final ى (على، إلى، لدى): normalization folds ى into ي, the written word does not. */
const PARTICLES_WITH_MAQSURA = new Set(WORDS.stopwords.filter((w) => w.endsWith('ى')).map(normalizeArabic));

/**
 * A name word, or a particle's normalized form written with a final ي and followed by a name ("علي أكبر
 * ولايتي"): the writer spelled the name علي, not the preposition على.
 */
/** Spelled like an imperfect verb (يـ/تـ and three letters or more, no alif): a foreign surname can be too (تشيخوف، يونكر). */
const IMPERFECT_SPELLING = /^[يت][^ا]{3,}$/;

/**
 * Whether token k continues a speaker's name already begun: a name word, or an unknown surname that the
 * entities read as an imperfect verb ("فلاديمير تشيخوف إن"), when the name visibly ends right after it (a
 * complementizer, a comma, a colon or a quotation mark follows) and it is no cue, particle or time word.
 */
export function continuesSpeakerName(ctx: Ctx, k: number, limit: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  if (continuesName(t)) return true;
  if (!IMPERFECT_SPELLING.test(t.norm) || isStop(t) || isTimeWord(t) || isCueLike(t)) return false;
  const next = ctx.tokens[k + 1];
  if (!next || k + 1 > limit) return false;
  const gap = gapBefore(ctx, k + 1);
  return (SPACE_GAP.test(gap) && COMPLEMENTIZERS.has(next.norm)) || /^\s*[،,:"“«]/.test(gap);
}

export function startsName(ctx: Ctx, p: number): boolean {
  const tok = ctx.tokens[p];
  if (!tok) return false;
  if (isNameToken(tok)) return true;
  const next = ctx.tokens[p + 1];
  return (
    isStop(tok) &&
    PARTICLES_WITH_MAQSURA.has(tok.norm) &&
    tok.text.endsWith('ي') &&
    !!next &&
    (isNameToken(next) || definiteFamilyNameEnd(ctx, p + 1, ctx.tokens.length) > p + 1) &&
    SPACE_GAP.test(gapBefore(ctx, p + 1))
  );
}

/** A definite family name is the article and two letters or more (القرة، الكردي). */
const DEFINITE_WORD = /^ال[\u0621-\u064a]{2,}$/;

/**
 * "علي الكردي، …", "سالم القرة داغي إن": a family name written with the article after a given name. A definite
 * word there is the name's last part only when the name ends right after it (a comma, a colon or a
 * complementizer), with at most one more name word between; otherwise it is an adjective, an object or the
 * start of another phrase. Returns the end of the family name, or j when there is none.
 */
export function definiteFamilyNameEnd(ctx: Ctx, j: number, limit: number): number {
  const t = ctx.tokens[j];
  if (!t || j >= limit || !SPACE_GAP.test(gapBefore(ctx, j)) || !DEFINITE_WORD.test(t.norm)) return j;
  const bare = t.norm.slice(2);
  if (isStop(t) || isTimeWord(t) || isTitle(t) || cueAt(t) || UNNAMED_HEADS.has(bare) || INSTITUTION_HEADS.has(bare)) return j;
  let end = j + 1;
  const more = ctx.tokens[end];
  if (more && end < limit && SPACE_GAP.test(gapBefore(ctx, end)) && continuesName(more)) end++;
  const next = ctx.tokens[end];
  const gap = gapBefore(ctx, end);
  const closes =
    !next ||
    COMMA_GAP.test(gap) ||
    gap.includes(':') ||
    COMPLEMENTIZERS.has(next.norm) ||
    // "سامر الكبيسي للصحفيين", "… لبي بي سي", "… لنا", "… الأحد إن", "… \"لن": whom it was said to, a time or a
    // quotation cannot continue a noun phrase, so the definite word was the name's last part.
    /[^\s]/.test(gap) ||
    isDativeWord(ctx, end) ||
    isTimeWord(next) ||
    // "سجى الدليمي في بيان": a nisba with no country behind it, then a preposition, ends a name too.
    (end === j + 1 && NISBA_NAME.test(t.norm) && !adjectiveCountry(t) && NAME_CLOSING_PREPOSITIONS.has(next.norm));
  return closes ? end : j;
}

/** A definite nisba (ال + stem + ي) long enough to be a family name rather than a particle. */
const NISBA_NAME = /^ال[\u0621-\u064a]{3,}ي$/;

/**
 * Token j is a dative: ل fused with the article ("للصحفيين"), ل + an object pronoun ("لنا") or ل + a
 * known name ("لبي بي سي").
 */
export function isDativeWord(ctx: Ctx, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t || !t.norm.startsWith('ل')) return false;
  if (/^لل[\u0621-\u064a]{2,}/.test(t.norm) || DATIVE_PRONOUNS.has(t.norm)) return true;
  const hit = ctx.entities.hitStartingAt(j);
  return !!hit && hit.start > t.start;
}

/** The first token that starts at or after a character offset. */
export function tokensIndexAt(doc: ArticleDocument, offset: number): number {
  return firstAtOrAfter(doc.tokens, offset, (tok) => tok.start);
}

/**
 * Whether the cue at token k is a verbal noun governed by a control verb's preposition ("سارعت إلى رفض
 * العرض"، "حرصت على طمأنة صناع القرار"): a verb cannot follow a preposition, and the noun's genitive
 * is its object; the speaker is the control verb's subject.
 */
export function governedVerbalNoun(ctx: Ctx, k: number): boolean {
  const prep = ctx.tokens[k - 1];
  if (!prep || !CONTROL_PREPOSITIONS.has(prep.norm) || !SPACE_GAP.test(gapBefore(ctx, k))) return false;
  const head = ctx.tokens[k - 2];
  return !head || !RESPONSE_HEADS.has(head.norm.replace(/^و/, ''));
}

/**
 * An indefinite masculine adjective by its shape: a nisba (طبيعي، قانوني), a participle with م (مؤسف، مهم،
 * مستبعد), فاعل (رائع، هام), فعيل (خطير، عظيم) or فيعل (جيد). A masdar read as a noun predicate is masculine,
 * so its adjective carries no ة.
 */
const ADJECTIVE_SHAPE =
  /^(?:[\u0621-\u064a]{3,}ي|م[\u0621-\u064a]{2,}|[\u0621-\u064a]ا[\u0621-\u064a]{2}|[\u0621-\u064a]{2}ي[\u0621-\u064a]|[\u0621-\u064a]ي[\u0621-\u064a])$/;

/**
 * Whether the cue at token k is its verb's verbal noun as the predicate of a nominal sentence ("وهو أمر مؤسف"،
 * "أعتقد أنه أمر رائع"، "إنه رفض قاطع"): a pronoun or demonstrative subject before it and an adjective or a
 * qualifier after it. The verb reading ("أنه أمر وزارة الدفاع بـ…"، "إنه رفض العرض") has an object, a
 * preposition or a name there instead.
 */
export function nominalPredicate(ctx: Ctx, k: number, verb: CueVerb): boolean {
  const prev = ctx.tokens[k - 1];
  const next = ctx.tokens[k + 1];
  if (!prev || !next || !PREDICATE_SUBJECTS.has(prev.norm) || !SPACE_GAP.test(gapBefore(ctx, k))) return false;
  if (PREDICATE_QUALIFIERS.has(next.norm) && spelledAsMasdar(ctx, k, verb) && SPACE_GAP.test(gapBefore(ctx, k + 1))) return true;
  return masdarBeforeAdjective(ctx, k, verb, ADJECTIVE_SHAPE);
}

/** The word at k spells one of the verb's verbal nouns (أمر، طلب، رد، رفض are both). */
function spelledAsMasdar(ctx: Ctx, k: number, verb: CueVerb): boolean {
  const tok = ctx.tokens[k];
  return !!tok && !!verb.masdar?.some((m) => normalizeArabic(m) === tok.norm);
}

/**
 * Whether the cue at token k is its verb's verbal noun followed by its indefinite adjective ("أمر طبيعي"، "أمر
 * ملكي"، "طلب رسمي"، "رد قوي"): a verb is followed by its subject, its object or a preposition, never by an
 * adjective; a masdar spelled like the perfect is a noun there (in every 5th corpus article a third of the
 * statements cued by a bare أمر were the noun "matter, order").
 */
export function masdarWithAdjective(ctx: Ctx, k: number, verb: CueVerb): boolean {
  return masdarBeforeAdjective(ctx, k, verb, NISBA_SHAPE);
}

/** The word at k spells a verbal noun of the verb and an indefinite word of the given adjective shape follows it. */
function masdarBeforeAdjective(ctx: Ctx, k: number, verb: CueVerb, shape: RegExp): boolean {
  const next = ctx.tokens[k + 1];
  if (!next || !spelledAsMasdar(ctx, k, verb) || !SPACE_GAP.test(gapBefore(ctx, k + 1))) return false;
  const n = next.norm;
  if (n.endsWith('ه') || /^(?:ال|[وفبلك])/.test(n) || ctx.entities.hitStartingAt(k + 1)) return false;
  if (isStop(next) || isTimeWord(next) || isTitle(next) || cueAt(next) || INSTITUTION_HEADS.has(n) || isUnnamedHead(n)) return false;
  // "تعهد زعيمي الكوريتين": a dual or plural in construct (its genitive follows) is the masdar's subject, no adjective.
  const after = ctx.tokens[k + 2];
  if (after && after.norm.startsWith('ال') && !isTimeWord(after) && SPACE_GAP.test(gapBefore(ctx, k + 2))) return false;
  return shape.test(n);
}
/**
 * A nisba adjective (طبيعي، ملكي، رسمي، علني، إسرائيلي) and not a word with م (محامي، مرشحي): after a masdar with no
 * subject word before it, other adjective shapes are as often the participles and nouns that are a verb's subject
 * (طلب مدعون، نفى محامو، كشف مقطع).
 */
const NISBA_SHAPE = /^[\u0621-\u0644\u0646-\u064a][\u0621-\u064a]{2,}ي$/;
