/**
 * The attribution cue family: "بحسب X", "وفقا لـX", "نقلا عن X" and "بحسب ما أفاد X", "حسبما أعلن X",
 * "كما قال X" at the start or the end of the clause they attribute.
 */
import { isStop, isTimeWord, isTitle } from '../entities.ts';
import {
  COMPLEMENTIZERS,
  type CueLookup,
  INSTITUTION_HEADS,
  lookupRelativeCue,
  STATEMENT_NOUNS,
  TITLES,
  UNNAMED_HEADS,
} from '../lexicon.ts';
import { OPENING_MARKS } from '../quotes.ts';
import { isIssuingVerb, isQuantifier, RELATIVE_PRONOUNS } from './clause.ts';
import { contentEnd, CUTTER_LOOKAHEAD_CHARS, isDirect } from './content-end.ts';
import {
  COMMA_GAP,
  type Ctx,
  cueAt,
  gapBefore,
  isUnnamedHead,
  MAX_FRONTED_WORDS,
  push,
  SPACE_GAP,
  type StatementDraft,
  stripConj,
  tokensIndexAt,
} from './context.ts';
import { kindFor } from './kind.ts';
import { adverbialAn } from './opening.ts';
import { resolvePhrase } from './resolve.ts';
import { gluedHead, readSpeakerPhrase } from './speaker-phrase.ts';
import {
  ATTRIBUTION_PARTICLES,
  CONTENT_CUTTERS,
  DOCUMENT_ISSUER_LINKS,
  FUSED_REPORTED_PARTICLES,
  MANNER_NOUNS,
  NEGATORS,
  PREPOSITION_RESUMPTIVES,
  RELATIVES,
  REPORTED_PARTICLES,
  DOCUMENT_ATTRIBUTION_VERBS,
} from './words.ts';
import type { Token } from '../normalize.ts';
import type { Sentence } from '../segment.ts';

/** "بحسب X", "وفقا لـX", "نقلا عن X", "من وجهة نظر X". */
export function attribution(ctx: Ctx, sentence: Sentence, a: number, b: number, k: number): StatementDraft | null {
  const { tokens, text } = ctx;
  const tok = tokens[k];
  if (!tok) return null;
  // "وفقا" and "وفق" begin with و themselves: only strip a conjunction in front of them.
  const n = ATTRIBUTION_PARTICLES.has(tok.norm) ? tok.norm : stripConj(tok.norm);
  let phraseEnd = -1;
  if (n === 'بحسب' || n === 'حسب' || n === 'وفق' || n === 'حسبما') phraseEnd = k + 1;
  else if ((n === 'وفقا' || n === 'طبقا') && tokens[k + 1]?.norm.startsWith('ل')) phraseEnd = k + 1;
  else if (n === 'نقلا' && tokens[k + 1]?.norm === 'عن') phraseEnd = k + 2;
  else if (n === 'من' && tokens[k + 1]?.norm === 'وجهه' && tokens[k + 2]?.norm === 'نظر') phraseEnd = k + 3;
  if (phraseEnd < 0 || phraseEnd >= b) return null;
  const next = tokens[phraseEnd];
  if (!next) return null;
  // "وفقا لما نقلته وكالة …", "حسبما أفادت …": a relay of words already attributed.
  if (['لما', 'ما'].includes(next.norm) || n === 'حسبما') return null;
  // The ل of وفقا ل is glued to the source: read the phrase as if it were not.
  let npEnd = readSpeakerPhrase(ctx, phraseEnd, b, true);
  if (npEnd <= phraseEnd) npEnd = Math.min(b, phraseEnd + 1);
  let srcStart = phraseEnd;
  // "بحسب أرقام الأمم المتحدة", "وفقا لتقديرات وزارة الصحة": a noun that is no source, in construct with one,
  // is what that source published; the source in the genitive speaks.
  const genitive = ctx.entities.hitStartingAt(phraseEnd + 1);
  if (
    npEnd === phraseEnd + 1 &&
    !isSourceHead(ctx, phraseEnd) &&
    genitive &&
    (genitive.type === 'actor' || genitive.type === 'place') &&
    SPACE_GAP.test(gapBefore(ctx, phraseEnd + 1))
  ) {
    const genitiveEnd = readSpeakerPhrase(ctx, phraseEnd + 1, b);
    if (genitiveEnd > phraseEnd + 1) {
      srcStart = phraseEnd + 1;
      npEnd = genitiveEnd;
    }
  }
  // "بحسب النتائج الأولية، التي نشرتها وكالة الأناضول": figures and documents speak for whoever issued them.
  const rel = tokens[npEnd];
  if (rel && RELATIVE_PRONOUNS.has(rel.norm) && isIssuingVerb(tokens[npEnd + 1])) {
    const issuerEnd = readSpeakerPhrase(ctx, npEnd + 2, b);
    if (issuerEnd > npEnd + 2) {
      srcStart = npEnd + 2;
      npEnd = issuerEnd;
    }
  }
  // "وفق قانون الانتخاب", "حسب التقويم الشرقي", "وفقا لهذا الاتفاق": a rule, a measure or what a demonstrative
  // points back to is how it is done, not a source.
  if (srcStart === phraseEnd && isMannerNoun(next)) return null;
  const speaker = resolvePhrase(ctx, srcStart, npEnd, srcStart === phraseEnd);
  if (!speaker) return null;
  const cueStart = tok.start;
  const cueEnd = (tokens[phraseEnd - 1] ?? tok).end;
  const atStart =
    k === a ||
    (k <= a + 1 && /^[وف]/.test(tok.norm)) ||
    (k - a <= MAX_FRONTED_WORDS + 1 && tokens.slice(a, k).every((t) => isTimeWord(t) || isStop(t)));
  let start: number;
  let end: number;
  if (atStart) {
    let j = npEnd;
    while (j < b && (COMPLEMENTIZERS.has(tokens[j]?.norm ?? '') || tokens[j]?.norm === 'فان')) j++;
    const t = tokens[j];
    if (!t) return null;
    const gap = gapBefore(ctx, j);
    const q = [...gap].findIndex((c) => OPENING_MARKS.has(c));
    start = q >= 0 ? t.start - gap.length + q : t.start;
    end = contentEnd(ctx, start, j, sentence, false).end;
  } else {
    // A trailing source: the clause before it, unless a cue already attributed it.
    const lastOut = ctx.out.findLast((s) => !s.subordinate);
    const covered = !!lastOut && lastOut.sentence.index === sentence.index;
    if (covered) return null;
    start = trailingContentStart(ctx, a, k);
    end = interruptedClauseEnd(ctx, sentence, tokensIndexAt(ctx, start), k, npEnd, b) ?? cueStart;
    while (end > start && /[\s.،,]/.test(text[end - 1] ?? '')) end--;
  }
  if (end <= start) return null;
  return push(ctx, speaker, sentence, {
    cueStart,
    cueEnd,
    verb: n,
    kind: kindFor(ctx, 'CLAIM', start, end),
    direct: isDirect(ctx, start, end),
    contentStart: start,
    contentEnd: end,
  });
}

/** Time words that may stand between the verb of "بحسب ما أفاد" and its subject (مساء الثلاثاء). */
const MAX_TIME_WORDS_BEFORE_SOURCE = 3;

/** A rule or measure noun, bare, with the article or with a glued ل ("للقانون", "لقواعد", "لوائح"). */
function isMannerNoun(tok: Token): boolean {
  if (MANNER_NOUNS.has(tok.norm)) return true;
  const bare = tok.norm.replace(/^لل?/, '').replace(/^ال/, '');
  return bare.length > 2 && MANNER_NOUNS.has(bare);
}

/** Words after a clause-final "كما قال X": a day, a date, "لوكالة الأنباء". */
const MAX_SOURCE_TAIL_TOKENS = 3;

/** Every written form of those particles, bare or after و/ف: one lookup rejects all other words. */
const REPORTED_PARTICLE_FORMS = new Set(
  [...REPORTED_PARTICLES, ...FUSED_REPORTED_PARTICLES, ...ATTRIBUTION_PARTICLES].flatMap((p) => [p, `و${p}`, `ف${p}`]),
);

/**
 * "…، بحسب ما أفادت وكالة الأنباء" / "…، حسبما أعلن المتحدث" / "وبحسب ما ذكرت الصحيفة، فإن …": a
 * particle, ما and a reporting verb whose subject follows. The content is the clause before the
 * particle, or, when the particle opens the sentence, what follows the source. A complementizer or
 * a quotation after the source ("كما أكد الوزير أن …") makes it an ordinary verb cue instead.
 */
export function reportedAttribution(ctx: Ctx, sentence: Sentence, a: number, b: number, k: number): StatementDraft | null {
  const { tokens, text } = ctx;
  const tok = tokens[k];
  if (!tok) return null;
  if (!REPORTED_PARTICLE_FORMS.has(tok.norm)) return null;
  const n = ATTRIBUTION_PARTICLES.has(tok.norm) ? tok.norm : stripConj(tok.norm);
  let v: number;
  if (FUSED_REPORTED_PARTICLES.has(n)) v = k + 1;
  else if (REPORTED_PARTICLES.has(n) && (tokens[k + 1]?.norm === 'ما' || tokens[k + 1]?.norm === 'لما')) v = k + 2;
  else return null;
  const verbTok = tokens[v];
  // ما is the verb's object: the verb may carry its resumptive pronoun (بحسب ما نقلته الوكالة).
  const plain = verbTok && v < b ? cueAt(verbTok) : null;
  const doc = !plain && verbTok && v < b ? documentSource(ctx, v, b) : null;
  // "بحسب ما نشرته صحيفة X"، "وفق ما بثه التلفزيون الرسمي": what a named source published (نشر and its kin
  // follow the particle 88 times in the corpus, 6 outlets); "بحسب ما نشر من صور" names no source.
  const published = !plain && !doc && isIssuingVerb(verbTok) && v + 1 < b && isSourceHead(ctx, v + 1);
  const found = plain ?? (doc ? DOCUMENT_CUE : published ? PUBLISHED_CUE : verbTok && v < b ? lookupRelativeCue(verbTok.norm) : null);
  if (!verbTok || !found || found.form.participle || !SPACE_GAP.test(gapBefore(ctx, v))) return null;
  let p = doc ? doc.start : v + 1;
  // "بحسب ما أفاد به الدفاع المدني"، "وفقا لما أعلنت عنه المنظمة": the resumptive pronoun on the verb's
  // preposition stands for ما, and the subject follows it. After a relay verb, عنه names whom the words
  // are taken from (نقلت عنه الوكالة), who is not written here.
  const resumptive = tokens[p];
  if (resumptive && p < b && PREPOSITION_RESUMPTIVES.has(resumptive.norm) && !(found.form.verb.relay && resumptive.norm.startsWith('عن')))
    p++;
  // "حسب ما أكد مساء الثلاثاء المستشار": a time between the verb and its subject.
  while (p < b && p - v <= MAX_TIME_WORDS_BEFORE_SOURCE && isTimeWord(tokens[p] as Token)) p++;
  let srcEnd = doc ? doc.end : readSpeakerPhrase(ctx, p, b);
  if (srcEnd <= p) return null;
  if (found.form.verb.relay && tokens[srcEnd]?.norm === 'عن') {
    // "بحسب ما نقلت وكالة رويترز عن مسؤولين": the source after عن speaks.
    const inner = readSpeakerPhrase(ctx, srcEnd + 1, b);
    if (inner > srcEnd + 1) {
      p = srcEnd + 1;
      srcEnd = inner;
    }
  }
  const after = tokens[srcEnd];
  const afterGap = after ? gapBefore(ctx, srcEnd) : '';
  // A verb with the resumptive pronoun (بحسب ما ذكرته الصحيفة، فإن …) is no verb cue of its own: the particle keeps it.
  if (plain && after && srcEnd < b && (COMPLEMENTIZERS.has(after.norm) || [...afterGap].some((c) => OPENING_MARKS.has(c) || c === ':')))
    return null;
  const atStart = k === a || (k - a <= MAX_FRONTED_WORDS && tokens.slice(a, k).every((t) => isTimeWord(t) || isStop(t)));
  // كما is also "and also" ("كما شدد الوزير على …", "…، كما رفضت واشنطن بيع …"): it attributes only at
  // the end of a sentence, with at most a date or an addressee after the source.
  if (n === 'كما' && (atStart || b - srcEnd > MAX_SOURCE_TAIL_TOKENS)) return null;
  let start: number;
  let end: number;
  if (atStart) {
    let j = srcEnd;
    while (j < b && (COMPLEMENTIZERS.has(tokens[j]?.norm ?? '') || tokens[j]?.norm === 'فان')) j++;
    const t = tokens[j];
    if (!t || j >= b) return null;
    start = t.start;
    end = contentEnd(ctx, start, j, sentence, false).end;
  } else {
    // A source at the end of a clause: the clause is the content, unless a cue of this sentence already attributed it.
    const lastOut = ctx.out.findLast((s) => !s.subordinate);
    if (lastOut && lastOut.sentence.index === sentence.index) {
      ctx.consumedTo = srcEnd;
      return null;
    }
    if (!/[،,]/.test(gapBefore(ctx, k)) && n === 'كما') return null;
    // "نفى، فجر الأحد، وفقا لما نقلته الوكالة، التصريحات …": set between a reporting verb and its object,
    // the source relays that verb's words; the clause before it is no content.
    let last = k - 1;
    while (last > a && isTimeWord(tokens[last] as Token)) last--;
    if (cueAt(tokens[last] as Token)) return null;
    // "وذكرت اللجنة، بحسب ما نقلت الوكالة، اكتشاف …": so is one set between the verb's subject and its object.
    if (asideAfterSubject(ctx, a, last)) {
      ctx.consumedTo = srcEnd;
      return null;
    }
    start = trailingContentStart(ctx, a, k);
    end = interruptedClauseEnd(ctx, sentence, tokensIndexAt(ctx, start), k, srcEnd, b) ?? tok.start;
    while (end > start && /[\s.،,]/.test(text[end - 1] ?? '')) end--;
  }
  if (end <= start) return null;
  const speaker = resolvePhrase(ctx, p, srcEnd);
  if (!speaker) return null;
  ctx.consumedTo = srcEnd;
  return push(ctx, speaker, sentence, {
    cueStart: tok.start,
    cueEnd: verbTok.end,
    verb: found.form.verb.lemma,
    kind: kindFor(ctx, found.form.verb.kind, start, end, found.form.verb),
    direct: isDirect(ctx, start, end),
    contentStart: start,
    contentEnd: end,
    baseKind: found.form.verb.kind,
  });
}

/** What such an attribution credits: the words of the outlet, or of the document's issuer. */
const DOCUMENT_CUE: CueLookup = {
  form: { verb: { lemma: 'ورد في', kind: 'CLAIM', past: 'ورد', preps: [] }, participle: false },
  prefixed: false,
};

/** What "بحسب ما نشرته X" credits: the words X published. */
const PUBLISHED_CUE: CueLookup = {
  form: { verb: { lemma: 'نشر', kind: 'CLAIM', past: 'نشر', preps: [] }, participle: false },
  prefixed: false,
};

/**
 * The source of "بحسب ما ورد في صحيفة الشرق الأوسط"، "وفق ما جاء في بيان صادر عن الوزارة" (verb at v): the
 * outlet or named source after في, or the issuer a document names after it; null for a document with no
 * issuer (بحسب ما ورد في التقرير: whose it is, the sentence does not say). In the corpus ورد/جاء follow
 * بحسب ما / وفقا لما / حسبما 217 times (6 outlets), with no cue before.
 */
function documentSource(ctx: Ctx, v: number, b: number): { start: number; end: number } | null {
  const { tokens } = ctx;
  if (!DOCUMENT_ATTRIBUTION_VERBS.has(tokens[v]?.norm ?? '') || tokens[v + 1]?.norm !== 'في') return null;
  let p = v + 2;
  if (p >= b) return null;
  const head = (tokens[p] as Token).norm.replace(/^ال/, '');
  if (STATEMENT_NOUNS.has(head)) {
    p++;
    while (p < b && DOCUMENT_ISSUER_LINKS.has(tokens[p]?.norm ?? '')) p++;
    // "في بيان لوزارة الخارجية": the issuer glued to ل.
    const glued = /^ل/.test(tokens[p]?.norm ?? '');
    const end = p < b ? readSpeakerPhrase(ctx, p, b, glued) : p;
    return end > p ? { start: p, end } : null;
  }
  if (!isSourceHead(ctx, p)) return null;
  const end = readSpeakerPhrase(ctx, p, b);
  return end > p ? { start: p, end } : null;
}

/**
 * Words of a clause before a source that interrupts it ("وأسفر الهجوم، بحسب الجيش، عن تدمير …", "والهدف من
 * الخطوة بحسب الوزير هو …"): a verb and its subject or a short topic, not a clause that could stand alone.
 * Every 5th corpus article: 57 of 719 trailing sources followed at most 4 words, and the clause went on after
 * the source in all of them.
 */
const MAX_INTERRUPTED_CLAUSE_HEAD = 4;
/** Words the clause must go on with after the source for the source to interrupt it rather than end it. */
const MIN_INTERRUPTED_CLAUSE_TAIL = 2;
/** From the end of the source phrase to the comma that closes it ("، بحسب ما أوضح المدير في مقابلة مع …،"). */
const MAX_SOURCE_TO_CLOSING_COMMA = 12;

/**
 * Where the content ends when the source interrupts the clause it attributes: the clause goes on after
 * the source, and its head before the source (from token `from` to the particle at k) is too short to be
 * the whole of what was said. The content then runs over the source to the end of the clause (a single
 * span: the head alone would be a fragment). Null when the source ends the clause.
 */
function interruptedClauseEnd(ctx: Ctx, sentence: Sentence, from: number, k: number, srcEnd: number, b: number): number | null {
  const { tokens } = ctx;
  if (k - from > MAX_INTERRUPTED_CLAUSE_HEAD || srcEnd >= b) return null;
  let j = srcEnd;
  // A source set off by commas goes on to the comma that closes it; one without a comma ends with its phrase.
  if (/[،,]/.test(gapBefore(ctx, k))) {
    while (j < b && j - srcEnd <= MAX_SOURCE_TO_CLOSING_COMMA && !/[،,]/.test(gapBefore(ctx, j))) {
      if (/[.؟?!:]/.test(gapBefore(ctx, j))) return null;
      j++;
    }
    if (j >= b || j - srcEnd > MAX_SOURCE_TO_CLOSING_COMMA) return null;
  }
  const t = tokens[j];
  if (!t || b - j < MIN_INTERRUPTED_CLAUSE_TAIL || /[.؟?!:]/.test(gapBefore(ctx, j))) return null;
  // What follows is a new clause of its own: a relative on the source, a contrast, another cue.
  if (RELATIVE_PRONOUNS.has(t.norm) || cueAt(t)) return null;
  const gap = gapBefore(ctx, j);
  if (CONTENT_CUTTERS.some((re) => re.test(ctx.text.slice(t.start - gap.length, t.start + CUTTER_LOOKAHEAD_CHARS)))) return null;
  return contentEnd(ctx, t.start, j, sentence, false).end;
}

/** "والوثائق تشير إلى أن …": from the clause start to the complementizer that opens what the source said. */
const MAX_WORDS_BEFORE_TRAILING_COMPLEMENT = 6;

/**
 * Where the clause a trailing source ("…، وفق X") attributes begins: the sentence start, or, when the
 * clause opens with its own reporting frame ("والوثائق تشير إلى أن …، وفق X"), right after that frame's
 * complementizer: what the source is credited with is the reported clause, not the frame.
 */
function trailingContentStart(ctx: Ctx, a: number, k: number): number {
  const { tokens } = ctx;
  for (let j = a + 1; j < k - 1 && j - a <= MAX_WORDS_BEFORE_TRAILING_COMPLEMENT; j++) {
    if (/[،,.:"“«]/.test(gapBefore(ctx, j))) break;
    const t = tokens[j] as Token;
    if (COMPLEMENTIZERS.has(t.norm) && !adverbialAn(ctx, j) && cueBefore(ctx, a, j)) return (tokens[j + 1] as Token).start;
  }
  return (tokens[a] as Token).start;
}

/** A reporting cue among the words a..j-1 (the frame before a complementizer). */
function cueBefore(ctx: Ctx, a: number, j: number): boolean {
  for (let i = a; i < j; i++) if (cueAt(ctx.tokens[i] as Token)) return true;
  return false;
}

/**
 * Whether the word at p (after the attribution, its glued ل aside) can head a source phrase itself: a known
 * name, a title, an unnamed or counted source, an institution, or a document (which has rules of its own).
 */
function isSourceHead(ctx: Ctx, p: number): boolean {
  const tok = ctx.tokens[p];
  if (!tok) return false;
  const hit = ctx.entities.hitStartingAt(p);
  if (hit) return true;
  const glued = gluedHead(tok);
  const n = (glued ?? tok.norm).replace(/^ال/, '');
  return (
    !!glued ||
    isTitle(tok) ||
    TITLES.has(n) ||
    isUnnamedHead(n) ||
    UNNAMED_HEADS.has(n) ||
    INSTITUTION_HEADS.has(n) ||
    STATEMENT_NOUNS.has(n) ||
    isQuantifier(tok) ||
    ctx.entities.localAliases.has(tok.norm)
  );
}

/** A reporting verb's subject between the verb and a relay aside: a title, a name and their genitives. */
const MAX_SUBJECT_BEFORE_ASIDE = 6;

/**
 * Whether the words up to token `last` are a finite reporting verb and its subject phrase only (no punctuation between):
 * a relay aside after them relays that verb's words, and the clause before it is no content of its own.
 */
function asideAfterSubject(ctx: Ctx, a: number, last: number): boolean {
  for (let j = last; j >= a && last - j < MAX_SUBJECT_BEFORE_ASIDE; j--) {
    const found = cueAt(ctx.tokens[j] as Token);
    if (found) {
      // "الكلمات التي اعتبرها خيانة، حسبما قال …": a relative clause's verb is no main verb with its subject.
      if (found.form.participle || j >= last || RELATIVES.has(stripConj(ctx.tokens[j - 1]?.norm ?? ''))) return false;
      return isSourceHead(ctx, j + 1) && readSpeakerPhrase(ctx, j + 1, last + 1) === last + 1;
    }
    if (j > a && !SPACE_GAP.test(gapBefore(ctx, j))) return false;
  }
  return false;
}

/** From a relay aside's particle to the comma that closes it ("، بحسب ما نقلت عنه وكالة الأنباء الرسمية،"). */
const MAX_RELAY_ASIDE_TOKENS = 12;
/** Particles that open a medium's relay of the speaker's own words: بحسب، وفقا لـ، حسبما … */
const ASIDE_PARTICLES = new Set([...REPORTED_PARTICLES, ...FUSED_REPORTED_PARTICLES, ...ATTRIBUTION_PARTICLES]);

export interface RelayAside {
  /** The first token after the aside (and the comma that closes it): where the content may open. */
  end: number;
  /** The source whose words a medium relays (نقلا عن X), who speaks instead of the medium; null when the speaker stays. */
  source: string | null;
}

/**
 * A relay phrase between a reporting verb's speaker and its content. "وأكد الوزير، بحسب ما نقلت عنه الوكالة، أن
 * …", "نفى المصدر، وفقا لما نقلته الوكالة، التقارير …": a medium relays the speaker's own words, set off by
 * commas; the speaker stays and the content opens after the closing comma. "وذكرت القناة نقلا عن مسؤول أمني أن
 * …", "وأضافت الصحيفة، نقلا عن مصادر، أن …": the medium relays a source's words; the source speaks (a medium
 * that only relays is no speaker). Corpus: a reporting verb with نقلا عن after its subject 185 times (6 outlets);
 * a comma-set بحسب ما / وفقا لما / نقلا عن aside right before أن/إن 54 times (6 outlets). Null when no such phrase
 * stands at token p.
 */
export function relayAside(ctx: Ctx, p: number, b: number): RelayAside | null {
  const { tokens } = ctx;
  const tok = tokens[p];
  if (!tok || p >= b) return null;
  const gap = gapBefore(ctx, p);
  const comma = COMMA_GAP.test(gap);
  if (!comma && !SPACE_GAP.test(gap)) return null;
  const n = ATTRIBUTION_PARTICLES.has(tok.norm) ? tok.norm : stripConj(tok.norm);
  let end: number;
  let source: string | null = null;
  let describedSource = false;
  if (n === 'نقلا' && tokens[p + 1]?.norm === 'عن') {
    // "نقلا عن وثائق حصلت عليها": only a phrase headed like a source names who speaks.
    if (!isSourceHead(ctx, p + 2)) return null;
    let srcEnd = readSpeakerPhrase(ctx, p + 2, b);
    // "عن مصدر عسكري لم تكشف عن اسمه": a negated verb describes the source; it is no part of its name.
    for (let j = p + 3; j < srcEnd; j++) if (NEGATORS.has(tokens[j]?.norm ?? '')) srcEnd = j;
    source = srcEnd > p + 2 ? resolvePhrase(ctx, p + 2, srcEnd) : null;
    if (!source) return null;
    end = srcEnd;
    const next = tokens[srcEnd];
    describedSource = !!next && (NEGATORS.has(next.norm) || RELATIVE_PRONOUNS.has(next.norm) || !!cueAt(next));
  } else if (comma && ASIDE_PARTICLES.has(n) && n !== 'كما') end = p + 1;
  else return null;
  // Without commas the aside ends with the source, unless a clause describing the source runs on to a comma.
  if (!comma && !describedSource) return { end, source };
  // Set off by commas: the aside runs to the comma that closes it, with no opening of its own inside.
  let j = end;
  while (j < b && j - p <= MAX_RELAY_ASIDE_TOKENS && !/[،,]/.test(gapBefore(ctx, j))) {
    const g = gapBefore(ctx, j);
    if (/[.؟?!:]/.test(g) || [...g].some((c) => OPENING_MARKS.has(c)) || COMPLEMENTIZERS.has(tokens[j]?.norm ?? ''))
      return comma ? null : { end, source };
    j++;
  }
  if (j >= b || j - p > MAX_RELAY_ASIDE_TOKENS) return comma ? null : { end, source };
  return { end: j, source };
}
