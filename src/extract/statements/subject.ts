/**
 * The subject written before a cue (SVO, كان + subject + قد, a subject followed by appositions) and
 * the subject of the sentence's main verb for participles and coordinated verbs; the clause
 * boundaries come from clause.ts.
 */
import { GIVEN_NAMES } from '../actor-lexicon.ts';
import { adjectiveCountry, isNameToken, isStop, isTimeWord, isTitle, type Hit } from '../entities.ts';
import { COMPLEMENTIZERS, CUE_FORMS, INSTITUTION_HEADS, STATEMENT_NOUNS, TITLES, UNNAMED_HEADS } from '../lexicon.ts';
import { normalizeArabic, type Token } from '../normalize.ts';
import {
  clauseStartBefore,
  DOCUMENT_SUBJECTS,
  isClauseOpener,
  isQuantifier,
  REFERRING_SUBJECTS,
  MAX_PREVERBAL_SUBJECT_TOKENS,
  OBJECT_SUFFIX,
  RELATIVE_PRONOUNS,
} from './clause.ts';
import { COMMA_GAP, type Ctx, cueAt, gapBefore, isUnnamedHead, MAX_FRONTED_WORDS, SPACE_GAP, stripConj, tokensIndexAt } from './context.ts';
import { actorOfHit, resolvePhrase } from './resolve.ts';
import { gluedHead, issuerStart, readSpeakerPhrase } from './speaker-phrase.ts';
import {
  ACCUSATIVE_GOVERNORS,
  ANTECEDENT_RESUMPTIVES,
  CLAUSE_SUBORDINATORS,
  CONTRASTS,
  FA_QAD,
  KANA,
  PREPOSITIONS,
  TOPIC_MARKERS,
} from './words.ts';

/** A subject between لكن and its verb: a head and its complement ("محامي العائلة", "مستشار سابق للرئيس"). */
const MAX_CONTRAST_SUBJECT_TOKENS = 4;

/**
 * A word that can head a subject phrase: a title, bare or definite ("وزير", "الوزير" as in
 * "الوزير قال"), an institution, or أحد (one of …). `bare` is the word without its article.
 */
function headsTitledOrInstitution(first: Token, bare: string): boolean {
  return isTitle(first) || (first.norm.startsWith('ال') && TITLES.has(bare)) || INSTITUTION_HEADS.has(bare) || bare === 'احد';
}

/**
 * Speaker written before the cue ("موسكو نفت", "بيد أن صالحي حذر", "إن بايدن، أبلغ", "الرئيس
 * الإيراني يؤكد", "وكان الوزير قد قال"): the noun phrase that fills its clause from the clause
 * start up to the verb. A name at the tail of a longer stretch ("في جبهة الساحل جنوب محافظة
 * الحديدة ذكرت") belongs to a prepositional phrase, not to the subject.
 */
export function speakerBefore(ctx: Ctx, k: number, sentenceStartTok: number): string | null {
  let j = k;
  const prev = ctx.tokens[j - 1];
  if (prev && (prev.norm === 'قد' || prev.norm === 'لقد') && j - 1 > sentenceStartTok) j--;
  if (j <= sentenceStartTok) return null;
  const issuer = documentIssuerBefore(ctx, j, sentenceStartTok);
  if (issuer) return issuer;
  // A comma right before the verb ("وكان البيت الأبيض، أعلن") ends the subject as قد does: كان opened the clause.
  if (j < k || COMMA_GAP.test(gapBefore(ctx, j))) {
    // "وكان مدير الأمن العام، عباس إبراهيم، قد قال": the subject between كان and قد, appositions included.
    for (let c = j - 1; c >= sentenceStartTok && j - c <= MAX_PREVERBAL_SUBJECT_TOKENS; c--) {
      if (!KANA.has((ctx.tokens[c] as Token).norm)) continue;
      const end = c + 1 < j ? readSpeakerPhrase(ctx, c + 1, j) : c + 1;
      // The phrase may stop before the last words of an apposed name ("، عباس إبراهيم،"): they still belong to it.
      if (end > c + 1 && ctx.tokens.slice(end, j).every(isNameToken)) return resolvePhrase(ctx, c + 1, end);
      // "وكانت الهيئة التي تتخذ من جنيف مقرا قد أعلنت": a relative clause on the subject fills the
      // rest of the span up to قد; the subject is the phrase before its pronoun.
      const rel = ctx.tokens[end];
      if (end > c + 1 && j < k && rel && RELATIVE_PRONOUNS.has(rel.norm) && relativeClauseReaches(ctx, end + 1, j))
        return resolvePhrase(ctx, c + 1, end);
      break;
    }
  }
  const gap = gapBefore(ctx, j);
  if (!(SPACE_GAP.test(gap) || COMMA_GAP.test(gap))) return null;
  const hit = ctx.entities.hitEndingAt(j);
  // After a comma only a clause-initial subject counts ("إن بايدن، أبلغ"), not the tail of a clause ("… القراصنة، قال").
  if (hit && COMMA_GAP.test(gap) && hit.startTok !== sentenceStartTok && !COMPLEMENTIZERS.has(ctx.tokens[hit.startTok - 1]?.norm ?? ''))
    return null;
  if (hit && COMMA_GAP.test(gap)) return actorOfHit(ctx, hit);
  if (COMMA_GAP.test(gap)) return null;
  const start = clauseStartBefore(ctx.text, ctx.tokens, j, sentenceStartTok);
  if (start < 0 || start >= j) return null;
  if (hit && hit.startTok === start) return actorOfHit(ctx, hit);
  // A longer subject: a title, an unnamed source or an institution with its modifiers, ending at the verb.
  const first = ctx.tokens[start] as Token;
  const bare = first.norm.startsWith('ال') ? first.norm.slice(2) : first.norm;
  // A definite title ("الوزير قال") heads the subject as its bare form does ("وزير الخارجية قال"); so do a
  // document ("الوثائق تشير إلى أن") and الأخيرة.
  const headed =
    headsTitledOrInstitution(first, bare) ||
    isUnnamedHead(bare) ||
    DOCUMENT_SUBJECTS.has(first.norm) ||
    REFERRING_SUBJECTS.has(stripConj(first.norm));
  // "والأخيرة أكدت": the referring word alone, with its و, is the whole subject.
  if (j === start + 1 && REFERRING_SUBJECTS.has(stripConj(first.norm))) return resolvePhrase(ctx, start, j);
  if (!headed && !hit) {
    const indefinite = accusativeSubject(ctx, start, j);
    if (indefinite) return indefinite;
    // "لكن محامي العائلة قال": لكن takes a noun, so the short phrase between it and the verb is the verb's subject.
    const opener = ctx.tokens[start - 1];
    if (opener && start - 1 >= sentenceStartTok && CONTRASTS.has(opener.norm) && j - start <= MAX_CONTRAST_SUBJECT_TOKENS) {
      const end = readSpeakerPhrase(ctx, start, j);
      if (end > start) return resolvePhrase(ctx, start, end);
    }
  }
  // "إن مايك بنس نائب الرئيس أبلغ ضيفه": a name with its title in apposition, ending at the verb.
  const named = ctx.entities.hitStartingAt(start);
  if (
    !headed &&
    named?.type === 'actor' &&
    named.endTok < j &&
    isTitle(ctx.tokens[named.endTok] as Token) &&
    readSpeakerPhrase(ctx, start, j) === j
  )
    return actorOfHit(ctx, named);
  // "السفارة البريطانية في لاهاي قالت", "الخارجية الروسية في موسكو أعلنت": the subject with a place that locates it,
  // في + a known place ending at the verb; the place is no speaker.
  const subjectEnd = headed ? readSpeakerPhrase(ctx, start, j) : named?.type === 'actor' ? named.endTok : start;
  if (subjectEnd > start && subjectEnd < j && locatingPlaceReaches(ctx, subjectEnd, j))
    return headed ? resolvePhrase(ctx, start, subjectEnd) : actorOfHit(ctx, named as Hit);
  if (!headed || readSpeakerPhrase(ctx, start, j) !== j) {
    // Coordinated subjects ("الحوثيين وإيران ينفيان") keep the name; a name inside a prepositional phrase is not the subject.
    return hit && !hasPreposition(ctx, start, hit.startTok) ? actorOfHit(ctx, hit) : null;
  }
  return resolvePhrase(ctx, start, j);
}

/** The preposition that locates a subject in a place ("السفارة في لاهاي"). */
const LOCATIVE_PREPOSITION = 'في';

/** The words [p, verb) are في + one known place or country, joined by spaces, ending at the verb. */
function locatingPlaceReaches(ctx: Ctx, p: number, verb: number): boolean {
  if (ctx.tokens[p]?.norm !== LOCATIVE_PREPOSITION || !SPACE_GAP.test(gapBefore(ctx, p + 1))) return false;
  const place = ctx.entities.hitStartingAt(p + 1);
  if (!place || place.endTok !== verb || place.start !== ctx.tokens[p + 1]?.start) return false;
  return place.type === 'place' || ctx.entities.actors.get(place.refId)?.kind === 'COUNTRY';
}

/** The words [from, to) hold no clause break and no second كان: one relative clause up to قد. */
function relativeClauseReaches(ctx: Ctx, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!SPACE_GAP.test(gapBefore(ctx, i)) || KANA.has((ctx.tokens[i] as Token).norm)) return false;
  return true;
}

/**
 * Whether the subject written before the cue at k, in the clause that starts at or after sentenceStartTok,
 * is a document or data ("الوثائق تشير إلى أن"): a source that takes no floor from the speakers.
 */
export function documentSubjectBefore(ctx: Ctx, k: number, sentenceStartTok: number): boolean {
  const start = clauseStartBefore(ctx.text, ctx.tokens, k, sentenceStartTok);
  const first = ctx.tokens[start];
  return start >= 0 && start < k && !!first && DOCUMENT_SUBJECTS.has(first.norm);
}

/**
 * "وصدر بيان عن وزارة الخارجية وصف الهجوم بأنه …", "البيان الصادر عن الجيش أكد أن …", "في تقرير للمنظمة
 * حذر من …": a document noun with its issuer right before the verb is the verb's subject (an indefinite one
 * heads an adjectival clause, a definite one is fronted), and a document speaks for its issuer. Returns
 * the issuer, or null when the words before the verb are no document phrase ending at it.
 */
function documentIssuerBefore(ctx: Ctx, j: number, sentenceStartTok: number): string | null {
  const gap = gapBefore(ctx, j);
  if (!(SPACE_GAP.test(gap) || COMMA_GAP.test(gap))) return null;
  for (let d = j - 2; d >= sentenceStartTok && j - d <= MAX_PREVERBAL_SUBJECT_TOKENS; d--) {
    const noun = ctx.tokens[d] as Token;
    if (!STATEMENT_NOUNS.has(stripConj(noun.norm).replace(/^ال/, ''))) continue;
    const from = issuerStart(ctx, d + 1, j);
    // Only a written issuer: a link (صادر عن، من), a glued ل, a construct name, or an issuing verb (نشرته الصحيفة).
    if (from >= j) return null;
    const first = ctx.tokens[from] as Token;
    const dative = /^ل/.test(first.norm);
    // The issuer is a source, not an adjective of the document ("خطاب متلفز", "بيان رسمي مصري").
    const hit = ctx.entities.hitStartingAt(from);
    const head = (dative ? gluedHead(first) : null) ?? first.norm;
    const bare = head.replace(/^ال/, '');
    const source =
      (hit && hit.type === 'actor' && adjectiveCountry(first) === null) ||
      (hit && !!ctx.entities.places.get(hit.refId)?.metonymFor) ||
      isTitle(first) ||
      TITLES.has(bare) ||
      INSTITUTION_HEADS.has(bare) ||
      UNNAMED_HEADS.has(bare);
    if (!source || readSpeakerPhrase(ctx, from, j, dative) !== j) return null;
    return resolvePhrase(ctx, from, j, dative);
  }
  return null;
}

/**
 * Whether a cue verb carries an object pronoun that points back ("الذي وصفه", "التي اتهمها"): the
 * relative pronoun is then its object, and its subject is someone else.
 */
export function hasObjectPronoun(tok: Token): boolean {
  // OBJECT_SUFFIX never matches the empty string, so a shorter form means a pronoun was removed.
  return withoutObjectPronoun(tok) !== tok.norm;
}

/** A cue form, with or without و/ف; a verb whose own first letter is و (وصف) is a form as written. */
const isCueForm = (w: string) => CUE_FORMS.has(w) || CUE_FORMS.has(stripConj(w));

/** The verb without its object pronoun ("وصفتها" → "وصفت"), so endings are read on the verb itself. */
export function withoutObjectPronoun(tok: Token): string {
  const m = OBJECT_SUFFIX.exec(tok.norm);
  return m && isCueForm(tok.norm.slice(0, m.index)) ? tok.norm.slice(0, m.index) : tok.norm;
}

/**
 * The subject of the verb that opens the sentence (VSO: "وأدلى أحد السائقين …", "واستقبل الرئيس …"),
 * when it is a name, a title, an unnamed source or an institution; null otherwise. Only a verb
 * with و/ف or an imperfect prefix counts as sentence-initial verb: a bare unknown word may be a name,
 * unless the caller knows the sentence is verbal (`bareVerb`: a clause linked to it by حيث/إذ).
 * `cueVerb`: the opening verb may be a reporting cue (its manner, بالقول، follows it).
 */
export function mainClauseSubject(ctx: Ctx, a: number, limit: number, bareVerb = false, cueVerb = false): string | null {
  const { tokens } = ctx;
  let v = a;
  while (v < limit && v - a < MAX_FRONTED_WORDS && isTimeWord(tokens[v] as Token)) v++;
  const verb = tokens[v];
  // A cue verb's subject is its own statement's speaker, unless the caller reads the cue's manner after it (وصفه بقوله).
  if (!verb || v + 1 >= limit || ctx.entities.hitStartingAt(v) || (!cueVerb && cueAt(verb))) return null;
  const n = verb.norm;
  const verbShaped = isPerfectShaped(verb);
  const doubled = doubledCueAfterClitic(n);
  if (
    !/^[وف][\u0621-\u064a]{3,}$/.test(n) &&
    !/^[يت][\u0621-\u064a]{3,}$/.test(n) &&
    !doubled &&
    !((bareVerb || verbShaped) && /^[\u0621-\u064a]{3,}$/.test(n))
  )
    return null;
  // أل written with its hamza opens a verb (ألقى، ألغى، ألزم), not the article; so does a perfect-shaped word.
  const definite = /^[وف]?ال/.test(n) && !verbShaped && !/^[وف]?أل/.test(verb.text);
  // رد is also a noun (a reply) and listed as a stopword for names; after و/ف and before a subject it is the verb.
  if (definite || (!doubled && isStop(verb)) || isTitle(verb) || isClauseOpener(verb) || INSTITUTION_HEADS.has(stripConj(n))) return null;
  const p = v + 1;
  const first = tokens[p] as Token;
  if (!SPACE_GAP.test(gapBefore(ctx, p))) return null;
  const bare = first.norm.startsWith('ال') ? first.norm.slice(2) : first.norm;
  const hit = ctx.entities.hitStartingAt(p);
  const headed =
    (hit && hit.start === first.start && hit.type === 'actor') || headsTitledOrInstitution(first, bare) || UNNAMED_HEADS.has(bare);
  if (!headed) return null;
  const end = readSpeakerPhrase(ctx, p, limit);
  return end > p ? resolvePhrase(ctx, p, end) : null;
}

/**
 * و/ف + the two written letters of a doubled cue verb's perfect (وردّ، فردّ، وحثّ): a verb as well, whose subject
 * follows. The cue reading of ورد is refused (it is more often "was mentioned", ورد في), but "وردّ ماكرون على
 * منتقديه قائلا …" still opens a verbal clause, and its participle's speaker is that subject.
 */
const doubledCueAfterClitic = (n: string) => /^[وف][\u0621-\u064a]{2}$/.test(n) && CUE_FORMS.has(n.slice(1));

/** The perfect of a ل-initial root in the افتعل form (التقى، التزم، التحق), with و/ف: spelled like ال + a noun. */
const IFTAALA_OF_LAM = /^[وف]?الت[^ا][\u0621-\u064a]$/;
/** A word written with a hamza on its first alef (أكد، ألقى، إلى), after و/ف: its ال is no article. */
const HAMZA_INITIAL = /^[وف]?[أإ]/;
/** The perfect أفعل written with its hamza: four letters (أكد is three with the doubled root), and no first name (أحمد، أنور). */
const AFAALA = /^[وف]?[أ][\u0621-\u064a]{2,3}$/;

/**
 * Whether a word without و/ف is shaped like a perfect verb that opens a verb-first sentence: التقى (افتعل of
 * a ل-initial root, which normalization spells like a definite noun) or أفعل with its hamza written (ألقى،
 * أعلن), which first names of that shape (أحمد) are not.
 */
function isPerfectShaped(tok: Token): boolean {
  if (IFTAALA_OF_LAM.test(tok.norm)) return true;
  const written = tok.text.replace(/[\u064b-\u0652\u0640]/g, '');
  return HAMZA_INITIAL.test(written) && AFAALA.test(written) && !GIVEN_NAMES.has(tok.norm.replace(/^[وف]/, ''));
}

/** Whether a preposition (alone or glued, "وفي", "بالقرب") opens a phrase in tokens [from, to). */
export function hasPreposition(ctx: Ctx, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const n = (ctx.tokens[t] as Token).norm;
    if (PREPOSITIONS.has(n) || (/^[وف]/.test(n) && PREPOSITIONS.has(n.slice(1)))) return true;
  }
  return false;
}

/**
 * The topic of "أما X فـ…" is the subject of the verb its ف joins ("أما الرئيس الإيراني فأكد …", "وأما
 * المعارضة، فقد قالت …"): the noun phrase between أما and the ف word, with times and a comma allowed after it.
 */
export function topicSubject(ctx: Ctx, k: number, sentenceStartTok: number): string | null {
  const { tokens } = ctx;
  const tok = tokens[k] as Token;
  const prev = tokens[k - 1];
  // The ف is on the verb ("فأكد") or on قد before it ("فقد أكد").
  const joinTok = tok.norm.startsWith('ف') ? k : prev && k - 1 > sentenceStartTok && FA_QAD.has(prev.norm) ? k - 1 : -1;
  if (joinTok < 0) return null;
  for (let t = joinTok - 1; t >= sentenceStartTok && joinTok - t <= MAX_PREVERBAL_SUBJECT_TOKENS + 1; t--) {
    if (!TOPIC_MARKERS.has((tokens[t] as Token).norm)) continue;
    const start = t + 1;
    if (start >= joinTok) return null;
    const end = readSpeakerPhrase(ctx, start, joinTok);
    let rest = end;
    while (rest < joinTok && isTimeWord(tokens[rest] as Token)) rest++;
    return end > start && rest === joinTok ? resolvePhrase(ctx, start, end) : null;
  }
  return null;
}

/**
 * The subject of a "كان X قد فعل" clause that opens the sentence, for a verb coordinated after it ("كان
 * مسؤولان كبيران قد تحدثا للصحفيين، وقالا إن …", "وكان الوزير قد زار المدينة وأكد أن …"): X did … and said.
 */
export function kanaSubject(ctx: Ctx, a: number, k: number): string | null {
  const { tokens } = ctx;
  let c = a;
  while (c < k && c - a < MAX_FRONTED_WORDS && isTimeWord(tokens[c] as Token)) c++;
  if (c >= k || !KANA.has((tokens[c] as Token).norm)) return null;
  for (let q = c + 2; q < k && q - c <= MAX_PREVERBAL_SUBJECT_TOKENS + 1; q++) {
    if ((tokens[q] as Token).norm !== 'قد') continue;
    // A contrast or a time clause between the two verbs brings its own subject ("، حينما عبر محتجون …
    // وطالبوا", "لكن عددا من الخبراء أبدوا … ورجحوا"): the coordinated verb then belongs to it.
    for (let t = q + 1; t < k; t++) {
      const n = stripConj((tokens[t] as Token).norm);
      if (CONTRASTS.has(n) || CLAUSE_SUBORDINATORS.has(n)) return null;
    }
    // Between كان and قد stands only the subject (with its modifiers and a time): its head phrase speaks.
    const end = readSpeakerPhrase(ctx, c + 1, q);
    return end > c + 1 ? resolvePhrase(ctx, c + 1, end) : null;
  }
  return null;
}

/** Endings of a plural or dual participle (مؤكدين، مشيرتين) or verb (قالوا، يقولون، شددا), after و/ف. */
const PLURAL_PARTICIPLE = /(?:ين|ون)$/;
const PLURAL_VERB = /(?:وا|ون|ان)$/;
const DUAL_OR_PLURAL = /(?:ين|ان|ون)$/;
/** The ending of a dual or sound masculine plural in construct, whose ن falls before the genitive (قائدي الطائرة). */
const CONSTRUCT_ENDING = 'ي';

/** Whether a cue is written in the plural or the dual, so its subject cannot be one person. */
/** Whether an actor is one person or one unnamed source ("المتحدث", "مسؤول"), not a group. */
export function isSingleSpeaker(ctx: Ctx, id: string): boolean {
  const actor = ctx.entities.actors.get(id);
  if (!actor) return false;
  if (actor.kind === 'PERSON') return true;
  const head = normalizeArabic(actor.name.split(/\s+/)[0] ?? '');
  return actor.kind === 'UNNAMED' && !/(?:ين|ون|ان|ات)$/.test(head);
}

export function isPluralCue(norm: string, participle: boolean, past: string): boolean {
  const w = stripConj(norm);
  if (participle) return PLURAL_PARTICIPLE.test(w);
  // A perfect dual adds ا to the past stem (شدد → شددا); a past stem that ends in ا itself (دعا) or in ان
  // (أدان) is singular.
  const stem = normalizeArabic(past);
  return w !== stem && (PLURAL_VERB.test(w) || w.endsWith('ا'));
}

/**
 * The subject of a content clause ("… أن الوزيرين بحثا …") for a plural cue inside that content ("مؤكدين",
 * "حيث شددا") whose outer speaker is one person: a plural verb agrees with the clause's own plural
 * subject, not with the person who reports it.
 */
export function contentClauseSubject(ctx: Ctx, contentStart: number, k: number): string | null {
  const { tokens } = ctx;
  const c0 = tokensIndexAt(ctx, contentStart);
  const prev = tokens[c0 - 1];
  if (!prev || !COMPLEMENTIZERS.has(stripConj(prev.norm)) || c0 >= k) return null;
  const first = tokens[c0] as Token;
  const bare = first.norm.startsWith('ال') ? first.norm.slice(2) : first.norm;
  const hit = ctx.entities.hitStartingAt(c0);
  // A title in the dual or plural ("الوزيرين", "القادة" aside) names the people the clause is about.
  const pluralTitle = DUAL_OR_PLURAL.test(bare) && TITLES.has(bare.replace(DUAL_OR_PLURAL, ''));
  // "أن قائدي الطائرة …", "أن مسؤولي الوزارة …": a dual or plural in construct has lost its ن; the noun phrase it
  // heads (with its genitive) is the clause's subject whatever verb follows, since it is the noun of أن.
  const stem = bare.slice(0, -CONSTRUCT_ENDING.length);
  if (bare.endsWith(CONSTRUCT_ENDING) && (TITLES.has(stem) || UNNAMED_HEADS.has(stem)) && !hit) {
    const genitive = tokens[c0 + 1];
    const end = genitive && c0 + 1 < k && SPACE_GAP.test(gapBefore(ctx, c0 + 1)) && !isStop(genitive) && !cueAt(genitive) ? c0 + 2 : c0 + 1;
    const from = first.start;
    const to = (tokens[end - 1] as Token).end;
    const actor = ctx.entities.newUnnamed(ctx.text.slice(from, to), []);
    ctx.entities.addMention(actor.id, from, to);
    return actor.id;
  }
  const headed = (hit && hit.type === 'actor') || isTitle(first) || isUnnamedHead(bare) || INSTITUTION_HEADS.has(bare) || pluralTitle;
  if (!headed) return null;
  const end = pluralTitle ? c0 + 1 : readSpeakerPhrase(ctx, c0, k);
  const verb = tokens[end];
  if (end <= c0 || end >= k || !verb || !SPACE_GAP.test(gapBefore(ctx, end))) return null;
  // The phrase must be followed by its verb, itself plural or dual ("الوزيران بحثا", "المسؤولين قالوا").
  if (/^[وف]?ال/.test(verb.norm) || isStop(verb) || isTimeWord(verb) || !/(?:ا|وا|ون|ان)$/.test(verb.norm)) return null;
  return resolvePhrase(ctx, c0, end);
}

/**
 * The subject of a subordinate or contrast clause (بينما، فيما، حينما، لكن + verb + subject) that stands
 * between the last statement and a participle: "…، بينما هاجمت روما الخطة محذرة من …" continues the clause
 * it follows, not the statement before it. The verb's gender must match the participle's (ت of the
 * feminine perfect) when the participle marks one.
 */
export function subordinateClauseSubject(ctx: Ctx, from: number, k: number, gender: 'm' | 'f' | null): string | null {
  const { tokens } = ctx;
  for (let c = k - 1; c >= from; c--) {
    const n = stripConj((tokens[c] as Token).norm);
    if (!CLAUSE_SUBORDINATORS.has(n) && !CONTRASTS.has(n)) continue;
    const verb = tokens[c + 1];
    if (!verb || c + 2 >= k || ctx.entities.hitStartingAt(c + 1) || /^[وف]?ال/.test(verb.norm) || isStop(verb) || isTimeWord(verb))
      return null;
    const hit = ctx.entities.hitStartingAt(c + 2);
    if (!hit || hit.endTok > k || (hit.type !== 'actor' && hit.type !== 'place') || !SPACE_GAP.test(gapBefore(ctx, c + 2))) return null;
    const feminineVerb = verb.norm.endsWith('ت') || /^ت/.test(verb.norm);
    if (gender && (gender === 'f') !== feminineVerb) return null;
    return actorOfHit(ctx, hit);
  }
  return null;
}

/** An indefinite subject with its adjective and a coordinated noun: "نقابات ومنظمات محلية". */
const MAX_INDEFINITE_SUBJECT_TOKENS = 4;
/** Endings of a noun in the accusative (تنوين written ا) or a sound plural: أحزابا، نقابات، ناشطين. */
const NOUN_ENDING = /(?:[^و]ا|ات|ين|ون)$/;

/**
 * An unnamed subject between لكن/إن and the verb ("لكن أحزابا ومجموعات أخرى اتهمت …"): the noun of the
 * particle is the verb's subject even when it names no known source, so what follows the verb is its
 * object. A new unnamed source described by the phrase.
 */
function accusativeSubject(ctx: Ctx, start: number, j: number): string | null {
  const { tokens, text } = ctx;
  const governor = tokens[start - 1];
  if (!governor || !ACCUSATIVE_GOVERNORS.has(governor.norm) || j - start > MAX_INDEFINITE_SUBJECT_TOKENS) return null;
  const first = tokens[start] as Token;
  if (first.norm.startsWith('ال') || !NOUN_ENDING.test(first.norm) || isStop(first) || isTimeWord(first) || cueAt(first)) return null;
  for (let t = start; t < j; t++) {
    const tok = tokens[t] as Token;
    if (!SPACE_GAP.test(gapBefore(ctx, t)) && t > start) return null;
    if (isStop(tok) || isTimeWord(tok) || cueAt(tok) || ctx.entities.hitStartingAt(t)) return null;
  }
  if (hasPreposition(ctx, start, j)) return null;
  const from = first.start;
  const to = (tokens[j - 1] as Token).end;
  const actor = ctx.entities.newUnnamed(text.slice(from, to), []);
  ctx.entities.addMention(actor.id, from, to);
  return actor.id;
}

/** The noun phrase a relative pronoun follows ("مستخدمي وسائل التواصل الاجتماعي الذين …") has at most this many words. */
const MAX_ANTECEDENT_TOKENS = 6;

/**
 * The subject of a relative clause whose antecedent names no known actor ("زملاؤنا الغربيون، الذين أعلنوا أن
 * …", "المدونون الذين اتهموه بـ …"): the noun phrase right before the relative pronoun at `rel`, back to a
 * preposition, a particle, a verb with an object pronoun or a clause break; a source of its own described by
 * the phrase. Null when no noun stands there.
 */
export function relativeAntecedent(ctx: Ctx, rel: number, sentenceStartTok: number): string | null {
  const { tokens, text } = ctx;
  // "اللقاء الذي تحدث عنه": a preposition with a pronoun after the verb points back to the antecedent, which
  // is then what the clause is about, not its subject.
  const after = tokens[rel + 2];
  if (after && ANTECEDENT_RESUMPTIVES.has(after.norm)) return null;
  // A comma may stand between the antecedent and its pronoun ("…، الذين"), nothing else.
  if (!(SPACE_GAP.test(gapBefore(ctx, rel)) || COMMA_GAP.test(gapBefore(ctx, rel)))) return null;
  let start = rel;
  for (let t = rel - 1; t >= sentenceStartTok && rel - t <= MAX_ANTECEDENT_TOKENS; t--) {
    const tok = tokens[t] as Token;
    const n = tok.norm;
    const glued = /^[وفبل]/.test(n) && PREPOSITIONS.has(n.slice(1));
    const verbWithObject = !n.startsWith('ال') && OBJECT_SUFFIX.test(n) && !!cueAt(tok);
    if (isStop(tok) || isTimeWord(tok) || PREPOSITIONS.has(n) || glued || isClauseOpener(tok) || cueAt(tok) || verbWithObject) break;
    if (OBJECT_SUFFIX.test(n) && !n.startsWith('ال') && t < rel - 1) break;
    // A future verb ("سيغادر") ends the clause before the antecedent.
    if (FUTURE_VERB.test(n)) break;
    start = t;
    if (t > sentenceStartTok && !SPACE_GAP.test(gapBefore(ctx, t))) break;
  }
  if (start >= rel) return null;
  const first = tokens[start] as Token;
  // The phrase needs a head noun: a definite word, a noun in construct, not a bare particle.
  if (first.norm.length < MIN_ANTECEDENT_HEAD_LETTERS) return null;
  // A known actor, a title or a source head resolves as a speaker phrase; any other noun phrase is a source
  // described by its words (never a new person named by its first word).
  const bare = first.norm.replace(/^ال/, '');
  const headed =
    ctx.entities.hitStartingAt(start) || headsTitledOrInstitution(first, bare) || isUnnamedHead(bare) || UNNAMED_HEADS.has(bare);
  const known = headed ? resolvePhrase(ctx, start, rel) : null;
  if (known) return known;
  const from = first.start;
  const to = (tokens[rel - 1] as Token).end;
  const actor = ctx.entities.newUnnamed(text.slice(from, to), []);
  ctx.entities.addMention(actor.id, from, to);
  return actor.id;
}
/** The future prefix س on an imperfect verb ("سيغادر", "ستعلن"). */
const FUTURE_VERB = /^س[يتن][\u0621-\u064a]{3,}$/;
/** Shorter first words are particles or clitics, not the head of an antecedent. */
const MIN_ANTECEDENT_HEAD_LETTERS = 3;

/**
 * The subject of a content clause ("… إلى أن الوزير سامي العلي افتتح الاجتماع …") for a singular participle
 * that follows it ("، مرحبا بـ …"): the participle continues the clause whose verb it follows, so the person who
 * acted there, not the one who reports the act. Only a person (a known one, or a title with its name) followed by
 * a verb in the perfect that is no cue, agreeing with the participle in gender; null otherwise.
 */
export function contentClausePerson(ctx: Ctx, contentStart: number, k: number, gender: 'm' | 'f' | null): string | null {
  const { tokens } = ctx;
  if (!gender) return null;
  const c0 = tokensIndexAt(ctx, contentStart);
  const prev = tokens[c0 - 1];
  if (!prev || !COMPLEMENTIZERS.has(stripConj(prev.norm)) || c0 >= k) return null;
  const first = tokens[c0] as Token;
  const hit = ctx.entities.hitStartingAt(c0);
  const person = hit && hit.type === 'actor' && ctx.entities.actors.get(hit.refId)?.kind === 'PERSON';
  if (!person && !isTitle(first) && !(first.norm.startsWith('ال') && TITLES.has(first.norm.slice(2)))) return null;
  const end = readSpeakerPhrase(ctx, c0, k);
  const verb = tokens[end];
  if (end <= c0 || end >= k || !verb || !SPACE_GAP.test(gapBefore(ctx, end))) return null;
  if (/^[وف]?ال/.test(verb.norm) || isStop(verb) || isTimeWord(verb) || cueAt(verb) || ctx.entities.hitStartingAt(end)) return null;
  // Only an act told in the perfect: a future or present one ("أن ترامب سيلتقي …، مشيرا") is what the reporter
  // announces, and the participle goes on announcing.
  if (!CLAUSE_VERB.test(verb.norm) || IMPERFECT_OR_FUTURE.test(verb.norm)) return null;
  const feminineVerb = verb.norm.endsWith('ت');
  if ((gender === 'f') !== feminineVerb) return null;
  const speaker = resolvePhrase(ctx, c0, end);
  return speaker && ctx.entities.actors.get(speaker)?.kind === 'PERSON' ? speaker : null;
}
/** A finite verb: three to six letters, no ة or ات of a noun, no accusative ا (افتتح، استهل، يزور، زارت). */
const CLAUSE_VERB = /^[\u0621-\u064a]{3,6}$/;
/** The imperfect's third-person prefix or the future's س (يزور، سيلتقي، ستعقد). */
const IMPERFECT_OR_FUTURE = /^(?:ي|س[يتن])/;

/** Words a manner noun's verb and its subject may span before it ("ليجيب الأمير السعودي بقوله"): a verb and a subject phrase. */
const MAX_MANNER_CLAUSE_TOKENS = MAX_PREVERBAL_SUBJECT_TOKENS + 2;

/**
 * Whether token v reads as the finite verb of the manner noun's clause: a cue verb, a verb with و/ف, ل or an
 * imperfect prefix, a perfect written with its hamza, or the sentence's first word (اكتفى، أجاب); never a name,
 * a title, a definite noun, a stopword or a time.
 */
function mannerVerbAt(ctx: Ctx, v: number, a: number): boolean {
  const tok = ctx.tokens[v];
  if (!tok || ctx.entities.hitStartingAt(v) || isTitle(tok) || isTimeWord(tok)) return false;
  const found = cueAt(tok);
  if (found && !found.form.participle) return true;
  const n = tok.norm;
  if ((/^[وف]?ال/.test(n) && !isPerfectShaped(tok)) || (isStop(tok) && !doubledCueAfterClitic(n)) || isClauseOpener(tok)) return false;
  // "التي نظمتها هيئة …": a relative clause's verb describes a noun; its subject is not the manner's.
  if (RELATIVE_PRONOUNS.has(ctx.tokens[v - 1]?.norm ?? '')) return false;
  return (
    v === a ||
    doubledCueAfterClitic(n) ||
    isPerfectShaped(tok) ||
    /^[وف][\u0621-\u064a]{3,}$/.test(n) ||
    /^[وفل]?[يت][\u0621-\u064a]{3,}$/.test(n)
  );
}

/** Whether token v may be a verb after its subject: no name, title, time, stopword, definite noun or word glued to a preposition. */
function preverbalWord(ctx: Ctx, v: number): boolean {
  const tok = ctx.tokens[v];
  if (!tok || ctx.entities.hitStartingAt(v) || isTitle(tok) || isTimeWord(tok) || isStop(tok)) return false;
  return !/^[وف]?ال/.test(tok.norm) && !/^[بك]/.test(tok.norm) && !/^ل[^يت]/.test(tok.norm);
}

/**
 * The subject of the clause a manner noun closes ("ليجيب الأمير السعودي بقوله", "ورد عليه ترمب بالقول", "فإن
 * ناورت اكتفت بالقول", "ليرد بقوله"): the manner qualifies the verb right before it, so the nearest verb in its
 * own clause gives the speaker, not the verb that opens the sentence. The subject is the phrase that fills the
 * words between that verb (and a preposition with a pronoun after it) and the manner noun, or, when the verb
 * stands right before the manner noun, the subject written before the verb, the speaker of the verb's own
 * statement (`cuedBy`), or the latest speaker its gender agrees with. Null when no such clause is written.
 */
export function mannerClauseSubject(
  ctx: Ctx,
  a: number,
  k: number,
  cuedBy: (cueStart: number) => string | null,
  agreeing: (verb: Token) => string | null,
): string | null {
  const { tokens } = ctx;
  if (k <= a || !SPACE_GAP.test(gapBefore(ctx, k))) return null;
  const v0 = k - 1;
  const verb = tokens[v0] as Token;
  // "فإن ناورت اكتفت بالقول": a subject written before the word right before the manner noun makes that word its verb.
  const svo = preverbalWord(ctx, v0) ? speakerBefore(ctx, v0, a) : null;
  if (svo) return svo;
  if (mannerVerbAt(ctx, v0, a)) {
    const own = cuedBy(verb.start);
    if (own) return own;
    const found = cueAt(verb);
    return found && !found.form.participle ? agreeing(verb) : null;
  }
  for (let v = k - 2; v >= a && k - v <= MAX_MANNER_CLAUSE_TOKENS; v--) {
    // The clause ends at a break the subject phrase cannot hold (a colon, a quotation mark, a parenthesis).
    if (/[:«»"“”()]/.test(gapBefore(ctx, v + 1))) return null;
    // "موضحا وجهة نظره بالقول": a cue nearer than any verb is the act the manner qualifies.
    const cue = cueAt(tokens[v] as Token);
    if (cue?.form.participle) return cuedBy((tokens[v] as Token).start);
    if (!mannerVerbAt(ctx, v, a)) continue;
    let p = v + 1;
    if (ANTECEDENT_RESUMPTIVES.has(tokens[p]?.norm ?? '') && SPACE_GAP.test(gapBefore(ctx, p + 1))) p++;
    const first = tokens[p];
    if (!first || p >= k || readSpeakerPhrase(ctx, p, k) !== k) return null;
    // The phrase is a subject only when a name, a title, a source or an institution heads it.
    const bare = first.norm.replace(/^ال/, '');
    const hit = ctx.entities.hitStartingAt(p);
    const headed = (hit?.start === first.start && hit.type === 'actor') || headsTitledOrInstitution(first, bare) || UNNAMED_HEADS.has(bare);
    return headed ? resolvePhrase(ctx, p, k) : null;
  }
  return null;
}

/** Endings of a sound plural or dual head (المحتجون، الناشطين، الموظفات، الوزيران). */
const SOUND_PLURAL_HEAD = /^(?:ال)?[\u0621-\u064a]{3,}(?:ون|ين|ات|ان)$/;

/**
 * Whether the word at p can head a plural subject: a quantifier (العديد من، عشرات), an unnamed source head
 * (نشطاء، مسؤولون), a group the entities named, or a sound plural that is no known single name.
 */
function pluralHeadAt(ctx: Ctx, p: number): boolean {
  const tok = ctx.tokens[p];
  if (!tok || isStop(tok) || isTimeWord(tok) || cueAt(tok)) return false;
  const hit = ctx.entities.hitStartingAt(p);
  if (hit && hit.start === tok.start) return hit.type === 'actor' && ctx.entities.actors.get(hit.refId)?.kind === 'GROUP';
  const bare = tok.norm.replace(/^ال/, '');
  return isQuantifier(tok) || isUnnamedHead(bare) || SOUND_PLURAL_HEAD.test(tok.norm);
}

/**
 * The plural subject of the nearest verb-first clause before a plural participle ("وبدأ نشطاء حملة …، قائلين",
 * "وتظاهر المحتجون …، مطالبين"): a plural participle agrees with a plural subject, so when the speaker it would
 * continue is one person, the clause whose verb opens with و/ف (or the sentence) and whose subject is a plural
 * phrase speaks instead. Only clauses after token `from` (the last statement's cue) are read; `sentenceStart` is
 * the sentence's first token, a verb without و/ف there. Null when none.
 */
export function pluralClauseSubject(ctx: Ctx, from: number, k: number, sentenceStart: number): string | null {
  const { tokens } = ctx;
  for (let v = k - 2; v >= from; v--) {
    const verb = tokens[v] as Token;
    // The sentence's first word, or a word with و/ف: after a statement's cue, the words are its subject, not a verb.
    const opens = v === sentenceStart || /^[وف][\u0621-\u064a]{3,}$/.test(verb.norm);
    if (!opens || /^[وف]?ال/.test(verb.norm) || isStop(verb) || isTimeWord(verb) || ctx.entities.hitStartingAt(v) || isTitle(verb))
      continue;
    if (!SPACE_GAP.test(gapBefore(ctx, v + 1)) || !pluralHeadAt(ctx, v + 1)) continue;
    const end = readSpeakerPhrase(ctx, v + 1, k);
    const id = end > v + 1 ? resolvePhrase(ctx, v + 1, end) : null;
    // The phrase was read from a plural head, so any actor but one person is the plural subject.
    if (id && ctx.entities.actors.get(id)?.kind !== 'PERSON') return id;
  }
  return null;
}

/**
 * The subject of a bare perfect that opens the sentence (حدد، دافع، انسحب, without و/ف), for a participle with no
 * statement before it in its sentence ("حدد ولي العهد، الأمير …، موعد الطرح، مشددا …"): mainClauseSubject reads a
 * bare first word as a verb only when told, since it may be a name; a participle after it needs that clause.
 * Not كان, whose "كان X قد فعل Y" clause kanaSubject reads (its verb's object Y is no subject).
 */
export function bareVerbClauseSubject(ctx: Ctx, a: number, k: number): string | null {
  const first = ctx.tokens[a];
  if (!first || KANA.has(stripConj(first.norm))) return null;
  return mainClauseSubject(ctx, a, k, true);
}
