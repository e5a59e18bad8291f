/**
 * The reporting-verb cue family: a verb or participle of cues.json, its speaker (before it, after it,
 * the last speaker, or the main clause's subject), a relay's source, its content, and nesting
 * inside an earlier statement of the sentence.
 */
import { GIVEN_NAMES } from '../actor-lexicon.ts';
import { adjectiveCountry, isNameToken, isStop, isTimeWord, isTitle } from '../entities.ts';
import { COMPLEMENTIZERS, type CueForm, INSTITUTION_HEADS, PASSIVE_FORMS, UNNAMED_HEADS } from '../lexicon.ts';
import { THIRD_PERSON_PRONOUNS } from '../morphology.ts';
import { normalizeArabic, type Token } from '../normalize.ts';
import { OPENING_MARKS } from '../quotes.ts';
import { agreeingSpeaker, cueGender, objectAfterVerb, pluralAntecedent, relativeAgrees } from './agreement.ts';
import { relayAside } from './attribution-cue.ts';
import { QUANTIFIERS, RELATIVE_PRONOUNS, STANDALONE_SOURCES } from './clause.ts';
import { contentEnd, isDirect } from './content-end.ts';
import {
  COMMA_GAP,
  type Ctx,
  cueAt,
  enclosingDraft,
  gapBefore,
  governedVerbalNoun,
  nominalPredicate,
  masdarWithAdjective,
  isUnnamedHead,
  MAX_FRONTED_WORDS,
  push,
  SPACE_GAP,
  type StatementDraft,
  stripConj,
  tokensIndexAt,
} from './context.ts';
import { kindFor, stanceNounKind } from './kind.ts';
import { adverbialAn, anonymityRequest, findOpening } from './opening.ts';
import { actorOfHit, addressees, resolvePhrase } from './resolve.ts';
import { resumptiveSubject } from './resumptive.ts';
import { readSpeakerPhrase } from './speaker-phrase.ts';
import {
  contentClausePerson,
  contentClauseSubject,
  documentSubjectBefore,
  hasObjectPronoun,
  withoutObjectPronoun,
  isPluralCue,
  isSingleSpeaker,
  kanaSubject,
  mainClauseSubject,
  bareVerbClauseSubject,
  mannerClauseSubject,
  pluralClauseSubject,
  relativeAntecedent,
  speakerBefore,
  subordinateClauseSubject,
  topicSubject,
} from './subject.ts';
import {
  FROM_PRONOUNS,
  RESUMPTIVE_PRONOUNS,
  CLAUSE_LINKS,
  DATIVE_PRONOUNS,
  DENIED_NOUNS,
  NEGATORS,
  FLOOR_RETURN_WORDS,
  NOT_PREPOSITION_OBJECTS,
  PREPOSITIONS,
  PRONOUN_CARRIERS,
  COMMENT_NOUNS,
  COMMENT_PRONOUNS,
  COMMENT_RELATIVES,
  CONDITIONALS,
  NOBODY_SUBJECTS,
  LABEL_RELATIVES,
  RELATIVES,
} from './words.ts';
import type { StatementKind } from '../../graph/document-graph.ts';
import type { Sentence } from '../segment.ts';

/** Particles that negate the verb after them (لا ترفض، لم يعلن، لن يقبل). */
const NEGATED_BY = new Set([...NEGATORS, 'لا']);

/** Recent statements of the sentence whose content may hold a nested cue. */
const MAX_ENCLOSING_CANDIDATES = 4;
/** A day or a date between a reporting verb and a relay aside ("نفى، فجر الأحد، وفقا لما …"). */
const MAX_TIME_WORDS_BEFORE_ASIDE = 3;
/** Words between a relaying medium and its عن ("نقلت وكالة رويترز للأنباء عن"). */
const MAX_RELAY_MEDIUM_TAIL = 3;
/** Words between a relay's source and the noun of saying: the rest of the source's name or title, a time. */
const MAX_SAYING_NOUN_DISTANCE = 5;
/** From an idiom's verb to its noun: the subject, with a title and a name, and the object between them. */
const IDIOM_WINDOW = 16;
/**
 * Whether the participle at k follows an indefinite noun with only a space ("عقوبات مشددة", "مناشير منددة"):
 * it may be that noun's adjective, so no clause subject is looked for it.
 */
function afterIndefiniteNoun(ctx: Ctx, k: number): boolean {
  const prev = ctx.tokens[k - 1];
  if (!prev || !SPACE_GAP.test(gapBefore(ctx, k))) return false;
  return !/^[وف]?ال/.test(prev.norm) && !isStop(prev) && !isTimeWord(prev) && !ctx.entities.hitEndingAt(k);
}

/** Endings of a plural or dual participle, masculine or feminine (قائلين، مؤكدون، معربات، مشيرتين). */
const PLURAL_PARTICIPLE_ENDING = /(?:ين|ون|ات)$/;
/** Endings of a dual or sound plural noun (الوزيرتان، المسؤولين، المتظاهرون، الحكومات). */
const PLURAL_NOUN_ENDING = /(?:ان|ين|ون|ات)$/;
/** ل glued to a word of three letters or more: a prepositional phrase, not a direct object. */
const GLUED_LAM = /^لل?[\u0621-\u064a]{3,}$/;

/**
 * A reporting verb inside a quotation: the quoted speaker reports someone else ("وقال الوزير: «كثيرون
 * يقولون إن …»", "«… وأكد لي رئيس القسم أنه …»"). Only a finite verb with a subject of its own,
 * written before or after it, and with an opening of its own makes a statement; it is nested in the
 * quoting statement and does not take the floor from its speaker.
 */
export function quotedVerbCue(
  ctx: Ctx,
  sentence: Sentence,
  a: number,
  b: number,
  k: number,
  open: StatementDraft[],
): StatementDraft | null {
  const tok = ctx.tokens[k];
  const found = tok ? cueAt(tok) : null;
  if (!found || found.form.participle || found.form.verb.idiom || found.form.verb.labels) return null;
  const lastSpeaker = ctx.lastSpeaker;
  const made = verbCue(ctx, sentence, a, b, k, open, true);
  ctx.lastSpeaker = lastSpeaker;
  return made;
}

/**
 * Token j, right after a space, is one of the verb's prepositions: على as a word, or ب glued to a noun or
 * a complementizer ("بتجنيد", "بأنه"), not a word that only starts with ب (بعد، بين، بريطانيا) nor the
 * reflexive بنفسه (the subject stressing itself).
 */
function prepositionAt(ctx: Ctx, j: number, preps: readonly string[]): boolean {
  const t = ctx.tokens[j];
  if (!t || !SPACE_GAP.test(gapBefore(ctx, j))) return false;
  const hit = ctx.entities.hitStartingAt(j);
  return preps.some((p) =>
    p === 'ب'
      ? t.norm.startsWith('ب') &&
        t.norm.length > MIN_GLUED_B_LENGTH &&
        (!isStop(t) || COMPLEMENTIZERS.has(t.norm)) &&
        !isTimeWord(t) &&
        !t.norm.startsWith('بنفس') &&
        !(hit && hit.start === t.start)
      : normalizeArabic(p) === t.norm,
  );
}
/**
 * The source a relay verb names after its medium: after its preposition as a word within a few words
 * ("نقلت وكالة رويترز للأنباء عن مسؤولين"، "نسبت وكالة إنترفاكس إلى لافروف"), or glued to the word right
 * after the medium when the verb takes ل ("نسبت الوكالة لمسؤول في الوزارة").
 */
function relaySource(ctx: Ctx, preps: readonly string[], npEnd: number, b: number): { speaker: string; end: number } | null {
  const { tokens } = ctx;
  const words = new Set(preps.filter((p) => p !== 'ل').map(normalizeArabic));
  let j = npEnd;
  while (j < b && !words.has(tokens[j]?.norm ?? '') && j - npEnd < MAX_RELAY_MEDIUM_TAIL) j++;
  let from: number;
  let dative = false;
  if (j < b && words.has(tokens[j]?.norm ?? '')) from = j + 1;
  else if (preps.includes('ل') && npEnd < b && GLUED_LAM.test(tokens[npEnd]?.norm ?? '')) {
    // "وكالة رويترز للأنباء لمصادر أمنية": the medium's own ل-phrase comes first, the source last.
    from = npEnd;
    while (from + 1 < b && from + 1 - npEnd < MAX_RELAY_MEDIUM_TAIL && GLUED_LAM.test(tokens[from + 1]?.norm ?? '')) from++;
    dative = true;
  } else return null;
  const end = readSpeakerPhrase(ctx, from, b, dative);
  const speaker = end > from ? resolvePhrase(ctx, from, end, dative) : null;
  return speaker ? { speaker, end } : null;
}
/**
 * Whether the verbal noun of saying follows a relay's source within a few words, definite or with a
 * 3rd person possessive ("إلى لافروف قوله"، "لمصدر أمني القول"، "إلى ريابكوف، الثلاثاء، قوله").
 */
function sayingNounAfter(ctx: Ctx, nouns: readonly string[], from: number, b: number): boolean {
  const forms = new Set(nouns.flatMap((m) => [`ال${m}`, ...THIRD_PERSON_PRONOUNS.map((p) => m + p)].map(normalizeArabic)));
  for (let j = from; j < b && j - from < MAX_SAYING_NOUN_DISTANCE; j++) if (forms.has(ctx.tokens[j]?.norm ?? '')) return true;
  return false;
}
/** "به", "بل" are words of their own; a noun glued to ب is longer. */
const MIN_GLUED_B_LENGTH = 2;
/** An object read before an objectFirst verb's preposition: a noun and its genitive or adjective. */
const MAX_OBJECT_WORDS = 2;
/** A name read whole as that object ("لجنة الانتخابات الفيدرالية"); a longer one carries its own complement ("… المعنية بحقوق"). */
const MAX_OBJECT_NAME_WORDS = 3;

/**
 * Whether the phrase [from, end) after the objectFirst verb at k is its object ("اتهم الحزب بتجنيد …"):
 * the verb carries no object pronoun (وصفته الخزانة بـ has its subject after it), the verb's preposition
 * follows at once, and the phrase is a short noun phrase or one name, no title or source word.
 */
function phraseIsObject(ctx: Ctx, k: number, from: number, end: number, preps: readonly string[]): boolean {
  const verb = ctx.tokens[k];
  const first = ctx.tokens[from];
  if (!verb || !first || hasObjectPronoun(verb) || !prepositionAt(ctx, end, preps)) return false;
  const hit = ctx.entities.hitStartingAt(from);
  const oneName = !!hit && hit.startTok === from && hit.endTok === end && end - from <= MAX_OBJECT_NAME_WORDS;
  if (end - from > MAX_OBJECT_WORDS && !oneName) return false;
  // "يتهم التحالف إيران بـ": a second name inside the phrase is the object after the subject.
  for (let j = from + 1; j < end; j++) if (ctx.entities.hitStartingAt(j) && !oneName) return false;
  const n = stripConj(first.norm);
  const bare = n.startsWith('ال') ? n.slice(2) : n;
  return !isTitle(first) && !isUnnamedHead(bare) && !QUANTIFIERS.has(n) && !STANDALONE_SOURCES.has(n);
}

export function verbCue(
  ctx: Ctx,
  sentence: Sentence,
  a: number,
  b: number,
  k: number,
  open: StatementDraft[],
  quoted = false,
): StatementDraft | null {
  const { tokens } = ctx;
  const tok = tokens[k];
  if (!tok) return null;
  const found = cueAt(tok);
  if (!found) return null;
  const cue = found.form;
  if (found.form.verb.idiom && !idiomFollows(ctx, found.form.verb.idiom, k, b)) return null;
  // "مدير الاستخبارات دان كوتس": a bare perfect spelled like a given name (دان، نبيل) that opens a recognized
  // person's name is the name's first word, not the verb.
  if (!found.prefixed && GIVEN_NAMES.has(tok.norm) && ctx.entities.hitStartingAt(k)?.type === 'actor') return null;
  const prevTok = tokens[k - 1];
  if (prevTok && k > a && stripConj(prevTok.norm) === 'مما') return null;
  if (prevTok && k > a && CONDITIONALS.has(stripConj(prevTok.norm))) return null;
  const nextTok = tokens[k + 1];
  if (prevTok && k > a && NEGATED_BY.has(prevTok.norm) && nextTok && NOBODY_SUBJECTS.has(nextTok.norm)) return null;
  if (cue.verb.impersonal && impersonalPassive(ctx, k, a, cue)) return null;
  if (cue.verb.namedSubject && !cue.participle && !namedSubjectAt(ctx, k, a)) return null;
  // "رفضت ذكر اسمها": the verbal noun of a source's request not to be named is no cue of its own.
  if (k > a && anonymityRequest(ctx, k - 1)) return null;
  if (!cue.participle && k > a && (governedVerbalNoun(ctx, k) || nominalPredicate(ctx, k, cue.verb))) return null;
  if (!cue.participle && !found.prefixed && masdarWithAdjective(ctx, k, cue.verb)) return null;
  // "جماعة مسلحة متهمة بقتل جنود", "رجلا متهما بالتخطيط": the participle of a verb that takes its object
  // before its preposition, with the preposition right after it, is the passive one (accused of), an adjective.
  if (cue.participle && cue.verb.objectFirst && passiveParticiple(ctx, k, cue.verb.preps)) return null;
  const relative = !!prevTok && k > a && RELATIVES.has(stripConj(prevTok.norm));
  // "ما وصفه X بـ«Y»", "من وصفهم الجيش بـ«Y»": the verb names a label, and the label is what X said.
  const labelled = !!cue.verb.labels && !!prevTok && k > a && LABEL_RELATIVES.has(stripConj(prevTok.norm));
  // Nested speech: a bare cue inside the content of an earlier statement of this sentence.
  const enclosing = enclosingDraft(open, tok, MAX_ENCLOSING_CANDIDATES);
  // "ما وصفه" inside another statement's content belongs to that statement.
  if (enclosing && prevTok && (prevTok.norm === 'ما' || prevTok.norm === 'بما') && !labelled) return null;
  // "قال إن الحركة لا ترفض الحوار": a negated cue inside a content is what the speaker says of someone, not an act.
  if (enclosing && prevTok && NEGATED_BY.has(prevTok.norm)) return null;
  let speaker: string | null = null;
  let speakerImplicit = false;
  let npEnd = k + 1;
  let addrs: string[] = [];
  /** The speaker was read after the verb (from subjectFrom), not before it. */
  let readAfter = false;
  /** Where the phrase after an objectFirst verb ends when it was read as the object (-1: it was not). */
  let objectPhraseEnd = -1;
  const after = tokens[k + 1];
  const immediateOpen = !after || COMPLEMENTIZERS.has(after.norm) || /[:"“«″]/.test(gapBefore(ctx, k + 1));
  // A subject right before the verb wins ("موسكو نفت", "إن بايدن، أبلغ نظيره"): what follows is then the object.
  const clauseFrom = enclosing ? tokensIndexAt(ctx, enclosing.contentStart) : a;
  // "قال التقرير إن المجاعة تهدد الملايين": inside a content, a verb whose subject before it is a common noun
  // that names no person, body or state (no entity, title, source head or institution) describes a thing.
  if (enclosing && !cue.participle && !found.prefixed && inanimateSubject(ctx, clauseFrom, k)) return null;
  // "تصريح لـ X قال فيه …": a resumptive في + pronoun makes the words before the verb the noun its clause describes.
  if (!cue.participle && !labelled) {
    const r = resumptiveSubject(ctx, clauseFrom, k, b, cue);
    if (r) {
      speaker = r.speaker;
      npEnd = r.npEnd;
    }
  }
  // The subject of a label verb follows it: nothing before ما/من is.
  if (!speaker && !cue.participle && !labelled) speaker = topicSubject(ctx, k, clauseFrom);
  if (!speaker && !cue.participle && !found.prefixed && !labelled) speaker = speakerBefore(ctx, k, clauseFrom);
  // "وأضافت أن المعلومات تشير إلى …": data the speaker cites inside their content is their source, not a
  // speaker; outside it, a document speaks but takes no floor from the speakers.
  const documentSpeaker = !!speaker && documentSubjectBefore(ctx, k, clauseFrom);
  if (documentSpeaker && enclosing) speaker = null;
  // A phrase the verb cannot agree with, or one in the oblique case, is its object ("ودعا الأطراف المعنية إلى …").
  // "قال له الموظف", "أكد لي رئيس القسم": a dative pronoun right after the verb is whom it was said to; the subject follows it.
  const subjectFrom = after && DATIVE_PRONOUNS.has(after.norm) && SPACE_GAP.test(gapBefore(ctx, k + 1)) ? k + 2 : k + 1;
  // "الذين تعتبرهم امتدادا لـ…": in a relative clause, an indefinite accusative right after a verb with an
  // object pronoun is its predicate, not its subject (a subject is nominative); the subject is the main clause's.
  // The predicate is then what is said of the object ("تعتبرهم امتدادا لـ…": they are an extension of …).
  let predicateTok = -1;
  if (!speaker && relative && cue.object && !labelled && accusativePredicate(ctx, subjectFrom)) {
    speaker = mainClauseSubject(ctx, a, k);
    if (!speaker) return null;
    speakerImplicit = true;
    predicateTok = subjectFrom;
  }
  // A verb that marks a plural or dual subject ("اتهموا", "يقولون", "أكدا") carries it as a pronoun: in a
  // verb-first clause an overt subject leaves the verb singular, so the phrase after it is its object.
  // Only a plural or dual phrase may still follow as its subject, in the agreeing style ("وأكدتا الوزيرتان").
  const carriesPluralSubject =
    !cue.participle &&
    // An object pronoun's ا ("وصفتها") is no dual ending.
    isPluralCue(withoutObjectPronoun(tok), false, cue.verb.past) &&
    !PLURAL_NOUN_ENDING.test(tokens[subjectFrom]?.norm ?? '');
  // "المشاركات التي اتهمت الصحيفة بـ …": a relative clause on its object would need an object pronoun on the
  // verb (اتهمتها); without one, the antecedent is the subject and the phrase after the verb its object.
  const relativeSubject =
    relative &&
    !!prevTok &&
    RELATIVE_PRONOUNS.has(prevTok.norm) &&
    !!cue.verb.takesObject &&
    !hasObjectPronoun(tok) &&
    relativeAgrees(prevTok.norm, tok, cue);
  // "قالت الحركة إنها ترفض قرار المحكمة", "أضاف أنه يعتقد": a pronoun glued to the complementizer that opens
  // the content is the subject of its first verb, the speaker's own "it"; the phrase after the verb is its object.
  if (
    !speaker &&
    enclosing &&
    enclosing.contentStart === tok.start &&
    prevTok &&
    SPACE_GAP.test(gapBefore(ctx, k)) &&
    PRONOUN_COMPLEMENTIZER.test(prevTok.norm)
  ) {
    speaker = enclosing.speakerId;
    speakerImplicit = true;
  }
  // "إلا أنه أكد التزام الوزارة", "لكنها نفت وقوع …": the pronoun glued to the particle right before the verb is
  // its subject, so the phrase after the verb is its object (corpus: after أنه/أنها/لكنه/لكنها and a cue verb,
  // 597 times in 6 outlets, the next word is a complementizer, a preposition, an adverb or an object, never a
  // subject); the pronoun-only reading below finds whom it stands for.
  const pronounSubject =
    !!prevTok && k > a && PRONOUN_CARRIERS.has(prevTok.norm) && CARRIED_PRONOUN.test(prevTok.norm) && SPACE_GAP.test(gapBefore(ctx, k));
  if (
    !speaker &&
    !immediateOpen &&
    !cue.participle &&
    !pronounSubject &&
    !carriesPluralSubject &&
    !relativeSubject &&
    !objectAfterVerb(ctx, k, subjectFrom, cue)
  ) {
    // The phrase reader may run past its limit through appositions: the idiom's object ends the subject.
    const limit = idiomSubjectLimit(ctx, cue.verb.idiom, k, subjectFrom, b);
    npEnd = Math.min(readSpeakerPhrase(ctx, subjectFrom, limit), limit);
    // "كما اتهم الحزب بتجنيد الأطفال", "ووصف الحركة بأنها …": these verbs take their object before their
    // preposition, so a phrase followed at once by it is the object and the subject is the verb's pronoun.
    if (npEnd > subjectFrom && cue.verb.objectFirst && phraseIsObject(ctx, k, subjectFrom, npEnd, cue.verb.preps)) {
      objectPhraseEnd = npEnd;
      npEnd = subjectFrom;
    }
    if (npEnd > subjectFrom) speaker = resolvePhrase(ctx, subjectFrom, npEnd);
    if (!speaker) npEnd = k + 1;
    else readAfter = true;
  }
  // Inside a quotation only a subject written with the verb makes it someone else's speech.
  if (quoted && (!speaker || speaker === enclosing?.speakerId || !quotedSubjectKnown(ctx, k, readAfter ? subjectFrom : null, clauseFrom)))
    return null;
  // "وردت موسكو، التي تنفي …": a relative clause's verb has the noun before the pronoun as its subject.
  if (
    !speaker &&
    relative &&
    prevTok &&
    RELATIVE_PRONOUNS.has(prevTok.norm) &&
    !hasObjectPronoun(tok) &&
    relativeAgrees(prevTok.norm, tok, cue)
  ) {
    const antecedent = ctx.entities.hitEndingAt(k - 1);
    if (antecedent && antecedent.startTok >= a) speaker = actorOfHit(ctx, antecedent);
    // "زملاؤنا الغربيون، الذين أعلنوا": an antecedent that names no known actor is a source of its own.
    else speaker = relativeAntecedent(ctx, k - 1, a);
    speakerImplicit = !!speaker;
  }
  // "ووصفت الناشطة القرار بقولها …"، "واكتفى الوزير بالقول …": the manner of the verb that opens the clause;
  // its subject speaks, a reporting verb's too (that verb made no statement: its words follow بالقول).
  if (!speaker && cue.manner) {
    // "ليجيب الأمير بقوله", "ورد عليه ترمب بالقول": the verb right before the manner noun, not the sentence's first.
    speaker =
      mannerClauseSubject(
        ctx,
        a,
        k,
        (cueStart) => open.find((d) => d.cueStart === cueStart)?.speakerId ?? null,
        (verb) => {
          const f = cueAt(verb);
          return f ? agreeingSpeaker(ctx, verb, f.form, ctx.lastSpeaker) : null;
        },
      ) ?? mainClauseSubject(ctx, a, k, false, true);
    if (speaker) speakerImplicit = true;
  }
  // A participle continues the subject of its clause: the statement before it in the sentence, or the subject of the
  // sentence's main verb ("وأدلى أحد الشهود بشهادته قائلا …").
  // A plural participle or verb inside the content of one person's statement agrees with that content's own
  // plural subject ("وأشار المتحدث إلى أن الوزيرين بحثا …، مؤكدين …").
  const outer = enclosing ?? open[open.length - 1];
  if (
    !speaker &&
    outer &&
    (cue.participle || found.prefixed || PRONOUN_CARRIERS.has(prevTok?.norm ?? '') || CLAUSE_LINKS.has(prevTok?.norm ?? '')) &&
    tok.start >= outer.contentStart &&
    isPluralCue(tok.norm, cue.participle, cue.verb.past) &&
    isSingleSpeaker(ctx, outer.speakerId)
  ) {
    speaker = contentClauseSubject(ctx, outer.contentStart, k);
    if (speaker) speakerImplicit = true;
  }
  // "وأشار المتحدث إلى أن الوزير افتتح الاجتماع، مرحبا بـ …": a participle after the content clause's own act
  // continues the person who acted there.
  // So does a verb coordinated with that act ("أوضح أن الوزير وافق على الخطة وشدد على …").
  const lastOpen = open[open.length - 1];
  if (!speaker && (cue.participle || found.prefixed) && lastOpen && !lastOpen.implicit && tok.start >= lastOpen.contentStart) {
    const inner = contentClausePerson(ctx, lastOpen.contentStart, k, cueGender(tok, cue));
    if (inner && inner !== lastOpen.speakerId) {
      speaker = inner;
      speakerImplicit = true;
    }
  }
  if (!speaker && cue.participle) {
    const lastDraft = open[open.length - 1];
    const clauseFromTok = lastDraft ? Math.max(a, tokensIndexAt(ctx, lastDraft.cueEnd)) : a;
    speaker = subordinateClauseSubject(ctx, clauseFromTok, k, cueGender(tok, cue));
    if (speaker) speakerImplicit = true;
  }
  if (!speaker && cue.participle) {
    const lastDraft = open[open.length - 1];
    const last = lastDraft?.speakerId;
    speaker = last
      ? agreeingSpeaker(ctx, tok, cue, last)
      : (mainClauseSubject(ctx, a, k) ??
        (afterIndefiniteNoun(ctx, k) ? null : bareVerbClauseSubject(ctx, a, k)) ??
        agreeingSpeaker(ctx, tok, cue, ctx.lastSpeaker));
    // "وبدأ نشطاء حملة …، قائلين": a plural participle does not continue one person; a plural subject of a
    // clause after the last statement does.
    if (speaker && isSingleSpeaker(ctx, speaker) && PLURAL_PARTICIPLE_ENDING.test(stripConj(tok.norm))) {
      const from = lastDraft ? Math.max(a, tokensIndexAt(ctx, lastDraft.cueEnd)) : a;
      speaker = pluralClauseSubject(ctx, from, k, a) ?? speaker;
    }
    speakerImplicit = true;
  }
  // "قال X إن ما وصفه بـ«Y» …": a label with no subject of its own is the enclosing speaker's, else the main clause's.
  if (!speaker && labelled) {
    speaker = enclosing?.speakerId ?? mainClauseSubject(ctx, a, k) ?? agreeingSpeaker(ctx, tok, cue, ctx.lastSpeaker);
    speakerImplicit = true;
  }
  if (!speaker) {
    // Pronoun-only cue ("وأضاف", "ولكنه ألمح"): the last speaker, but only where prose hands the floor
    // back to them, not for a verb whose subject is the narration's ("… وتطالب بالدفع").
    const atStart =
      k - a <= MAX_FRONTED_WORDS + 1 && tokens.slice(a, k).every((t) => isTimeWord(t) || isStop(t) || FLOOR_RETURN_WORDS.has(t.norm));
    const pronoun = PRONOUN_CARRIERS.has(prevTok?.norm ?? '');
    if (atStart || pronoun || relative || open.length > 0) {
      // A plural verb ("وقالوا") refers back to a plural noun, not to the last single speaker.
      const plural = isPluralCue(withoutObjectPronoun(tok), false, cue.verb.past);
      speaker = pluralAntecedent(ctx, plural, a) ?? agreeingSpeaker(ctx, tok, cue, ctx.lastSpeaker);
      speakerImplicit = true;
    }
    // "استقبل الرئيس الوفد … وقال إن": a coordinated verb shares the subject of the sentence's main verb.
    else if (found.prefixed) {
      speaker = mainClauseSubject(ctx, a, k) ?? kanaSubject(ctx, a, k);
      // "وسئلت عما إذا …، فأجابت": the one asked, the speaker who had the floor, answers (corpus: 24 in 24
      // articles of 5 outlets).
      if (!speaker && askedClause(ctx, a, k)) speaker = agreeingSpeaker(ctx, tok, cue, ctx.lastSpeaker);
      speakerImplicit = true;
    }
    // "…، حيث قال", "إذ أكد": a linked clause continues the main clause's subject, or the issuer of the
    // document the sentence is framed by ("جاء ذلك في تغريدة لـ X، حيث قال").
    else if (CLAUSE_LINKS.has(prevTok?.norm ?? '')) {
      const issuer = ctx.documentIssuer && tok.start < ctx.documentIssuer.until ? ctx.documentIssuer.id : null;
      speaker = mainClauseSubject(ctx, a, k, true) ?? issuer;
      speakerImplicit = true;
    }
  }
  // Nothing before the verb for its pronoun to stand for: the phrase after it was its subject after all.
  if (!speaker && objectPhraseEnd > subjectFrom) {
    speaker = resolvePhrase(ctx, subjectFrom, objectPhraseEnd);
    if (speaker) {
      npEnd = objectPhraseEnd;
      readAfter = true;
      speakerImplicit = false;
    }
  }
  if (!speaker) return null;
  // "ودانت المحكمة الرجل بتهمة …": with a court as its subject the verb gives a verdict, no statement.
  if (cue.verb.notSubjects && courtSubject(ctx, cue.verb.notSubjects, a, k, readAfter ? npEnd : k + 1)) return null;
  /** A relay's source named with the verbal noun of its act (نقلت عن الوزير تحذيره من أن …): that act's kind. */
  let relayedKind: StatementKind | null = null;
  if (cue.verb.relay) {
    // "نقلت وكالة رويترز عن مسؤولين … قولهم إن", "نسبت الوكالة إلى الوزير قوله": the source after the
    // verb's preposition speaks, the medium relays.
    const source = relaySource(ctx, cue.verb.preps, npEnd, b);
    if (!source || (cue.verb.sayingNoun && !sayingNounAfter(ctx, cue.verb.sayingNoun, source.end, b))) return null;
    speaker = source.speaker;
    npEnd = source.end;
    const noun = tokens[npEnd];
    relayedKind = noun && SPACE_GAP.test(gapBefore(ctx, npEnd)) ? stanceNounKind(noun) : null;
  }
  // "وذكرت القناة نقلا عن مسؤول أن …", "وأكد الوزير، بحسب ما نقلت عنه الوكالة، أن …": a relay between the
  // speaker (and a time: "نفى، فجر الأحد، وفقا لما نقلته …") and the content; after نقلا عن the source speaks.
  let asideFrom = npEnd;
  while (asideFrom < b && asideFrom - npEnd < MAX_TIME_WORDS_BEFORE_ASIDE && isTimeWord(tokens[asideFrom] as Token)) asideFrom++;
  const aside = quoted ? null : relayAside(ctx, asideFrom, b);
  if (aside) {
    // A person's own words relayed by others ("واعترف X، نقلا عن مصادر، بأن …") stay theirs.
    if (aside.source && ctx.entities.actors.get(speaker)?.kind !== 'PERSON') {
      speaker = aside.source;
      speakerImplicit = false;
    }
    npEnd = aside.end;
  }
  // "…، وهو ما تنفيه أنقرة": a comment whose own subject speaks about the statement before it. Without a
  // speaker named after the verb the comment is the writer's ("، وهو ما يهدد استقرار الأسواق").
  const commented = commentedStatement(ctx, k, open);
  if (commented && !(readAfter && knownSpeakerWord(ctx, subjectFrom))) return null;
  const objectTok = tokens[npEnd];
  const deniedObject = cue.verb.kind === 'DENIAL' && objectTok && DENIED_NOUNS.has(stripConj(objectTok.norm));
  // A relay verb's preposition introduced its source ("نسبت الوكالة إلى الوزير قوله"); a later one is no opening.
  const opening = deniedObject || predicateTok >= 0 ? null : findOpening(ctx, cue, npEnd, b, !cue.verb.relay);
  if (quoted && (!opening || opening.contentTok - npEnd > MAX_QUOTED_OPENING_DISTANCE)) return null;
  let contentStart: number;
  let contentTok: number;
  const object = opening?.kind === 'prep' ? objectBeforePreposition(ctx, cue.verb.takesObject, npEnd, opening.contentTok, !!aside) : -1;
  if (object >= 0) {
    // "أعلنت الحركة مسؤوليتها عن الهجوم": a noun object right after the subject is the content, and the
    // preposition belongs to it; only a verb that takes a person as object (دعا الأطراف إلى) reads past it.
    contentStart = (tokens[object] as Token).start;
    contentTok = object;
  } else if (opening) {
    contentStart = opening.contentStart;
    contentTok = opening.contentTok;
    addrs = addressees(ctx, npEnd, opening.contentTok, !!cue.verb.takesObject);
  } else if (predicateTok >= 0) {
    contentStart = (tokens[predicateTok] as Token).start;
    contentTok = predicateTok;
  } else if (commented && !cue.participle) {
    // "…، وهو ما تنفيه أنقرة": the verb's object is the content the comment follows.
    contentStart = commented.contentStart;
    contentTok = tokensIndexAt(ctx, contentStart);
  } else {
    // "نفت موسكو مزاعم …", "أعلن الجيش بدء …": the object is the content.
    let j = npEnd;
    // "أعلنت مالطا وإيطاليا رفضهما …": a known actor joined to the subject by و is the subject's, not the object.
    if (readAfter) j = coordinatedActorsEnd(ctx, j, b);
    while (j < b && (isTimeWord(tokens[j] as Token) || (COMMA_GAP.test(gapBefore(ctx, j)) && isTimeWord(tokens[j] as Token)))) j++;
    // "أبدى الوزير قلقه من …": an attitude noun with the speaker's pronoun is what the verb states.
    const attitude = !!cue.verb.possessiveObject && j < b && !cue.participle && possessiveNoun(ctx, j);
    if ((cue.verb.needsComplement || cue.participle) && !deniedObject && !attitude) return null;
    // "طلبت منها تقديم …": من + a pronoun is whom the demand was put to; the object follows it.
    if (cue.verb.takesObject && FROM_PRONOUNS.has(tokens[j]?.norm ?? '') && j + 1 < b) j++;
    const t = tokens[j];
    if (!t || j >= b) return null;
    // A relative clause right after the speaker describes them; it is not what they said.
    if (RELATIVE_PRONOUNS.has(t.norm)) return null;
    // "طلب لدخول …": a noun with its ل-complement, not a verb with its object.
    if (cue.verb.takesObject && GLUED_LAM.test(t.norm) && !NOT_PREPOSITION_OBJECTS.has(t.norm)) return null;
    // "أكد … بعد أن التقى …": an adverbial clause of the act is not its object.
    if (adverbialAn(ctx, j + 1) || adverbialAn(ctx, j + 2, true)) return null;
    contentStart = t.start;
    contentTok = j;
  }
  if (contentTok >= b && !(opening && opening.kind !== 'prep')) return null;
  // "التقرير الذي كشفت عنه صحيفة محلية": a preposition with a resumptive pronoun right after the cue stands for
  // the antecedent before the relative; what follows it is the subject, not what was said (corpus: 75 such
  // contents in every 5th article, none of them reported words).
  if ((!opening || opening.kind === 'prep') && predicateTok < 0 && !commented && RESUMPTIVE_PRONOUNS.has(tokens[contentTok]?.norm ?? ''))
    return null;
  // 'من وصفهم "بالأعداء"': the label's preposition written inside the quotation is not part of the label.
  if (labelled && OPENING_MARKS.has(ctx.text[contentStart] ?? '') && cue.verb.preps.includes('ب')) {
    const glued = /^.\s?بـ?(?=[\u0621-\u064a])/.exec(ctx.text.slice(contentStart, contentStart + MAX_LABEL_MARK_DISTANCE + 1));
    if (glued) contentStart += glued[0].length;
  }
  const end =
    commented && !opening && !cue.participle
      ? commented.contentEnd
      : ((labelled ? quotedLabelEnd(ctx, contentStart) : null) ??
        contentEnd(ctx, contentStart, contentTok, sentence, relative, singularSpeaker(ctx, k, cue, contentTok)).end);
  if (end <= contentStart) return null;
  // "طهران تحذر ترامب": with no opening, a content that is only a person or body named is whom the act
  // addresses, not what was said, for a verb that takes a person as object and says what after its
  // preposition (حذر X من، دعا X إلى، طالب X بـ). "انتقد الوزير ترامب" (no preposition) keeps its target.
  const personObject = (cue.verb.objects ?? cue.verb.takesObject) && cue.verb.preps.length > 0;
  if (!opening && !commented && predicateTok < 0 && personObject && onlyAnActor(ctx, contentTok, end)) return null;
  const ownKind = kindFor(ctx, relayedKind ?? cue.verb.kind, contentStart, end, cue.verb);
  const kind = ownKind === 'CLAIM' ? (voicedActKind(cue, speaker, open) ?? ownKind) : ownKind;
  const floor = ctx.lastSpeaker;
  const draft = push(ctx, speaker, sentence, {
    addresseeIds: addrs.filter((x) => x !== speaker),
    cueStart: tok.start,
    cueEnd: tok.end,
    verb: cue.verb.lemma,
    kind,
    direct: isDirect(ctx, contentStart, end),
    contentStart,
    contentEnd: end,
    speakerImplicit,
    participle: !!cue.participle,
    baseKind: cue.verb.kind,
    subordinate: quoted || labelled || predicateTok >= 0 || !!commented,
  });
  if (anonymityRequest(ctx, k)) draft.withdrawn = true;
  // The aside's words ("نقلا عن مصدر لم تكشف عن اسمه") relay this statement: no cue among them starts another.
  if (aside) ctx.consumedTo = Math.max(ctx.consumedTo, aside.end);
  if (documentSpeaker) ctx.lastSpeaker = floor;
  // Inside a quotation even a coordinated verb ("… وأكد لي المدير أن") reports within the quoted words.
  if (enclosing && (quoted || (!found.prefixed && !cue.participle)) && enclosing.speakerId !== speaker) {
    // The outer statement only reports the inner one: its kind is read from its own words, up to the
    // first nested cue, not from the inner content ("قال إن الاجتماع سيناقش الملف الذي قال الوزير …").
    const ownEnd = Math.max(enclosing.contentStart, Math.min(enclosing.ownWordsEnd ?? tok.start, tok.start));
    enclosing.ownWordsEnd = ownEnd;
    enclosing.kind = kindFor(ctx, enclosing.baseKind ?? enclosing.kind, enclosing.contentStart, ownEnd);
    draft.reportedByKey = enclosing.key;
    draft.reportedById = enclosing.speakerId;
  }
  return draft;
}

/**
 * "وحذر X من الانسحاب، قائلا إن …"، "واتهم X بـ …، بالقول إن …": the participle or manner masdar of the plain
 * saying verb (a verb with `mannerMasdar` in cues.json: قال) gives the words of the act its clause's verb names,
 * not an act of its own (مضيفا "adding" is one). When that verb is the same speaker's statement just before it
 * in the sentence and names a kind (حذر، اتهم، دعا، نفى …), a neutral content takes that statement's kind; a
 * content that shows a kind of its own keeps it.
 */
function voicedActKind(cue: CueForm, speaker: string, open: StatementDraft[]): StatementKind | null {
  if (!cue.participle || cue.verb.kind !== 'CLAIM' || !cue.verb.mannerMasdar?.length) return null;
  const act = open[open.length - 1];
  if (!act || act.speakerId !== speaker || act.participle || act.nounCue || act.kind === 'CLAIM') return null;
  return act.baseKind !== undefined && act.baseKind !== 'CLAIM' ? act.kind : null;
}

/**
 * The end of the known actors joined by و right at j ("وإيطاليا"، "والإمارات والبحرين"), after a subject the
 * verb's speaker phrase ended before them; j itself when none is. The name must start right after the glued و
 * and be a person, body or country (an actor hit), so "ومن جهة أخرى" or "والقرار" is never skipped.
 */
function coordinatedActorsEnd(ctx: Ctx, j: number, b: number): number {
  let end = j;
  for (;;) {
    const tok = ctx.tokens[end];
    const hit = ctx.entities.hitStartingAt(end);
    if (!tok || end >= b || !/^و/.test(tok.norm) || !hit || hit.type !== 'actor' || hit.start !== tok.start + 1 || hit.endTok > b)
      return end;
    if (!SPACE_GAP.test(gapBefore(ctx, end))) return end;
    end = hit.endTok;
  }
}

/**
 * Whether token j, right after a space, is a noun carrying a possessive pronoun (قلقه، استعدادها، مخاوفهم):
 * not definite, not a preposition or particle with a pronoun (عليه، لها، أنه), and long enough for a
 * noun stem before the pronoun.
 */
function possessiveNoun(ctx: Ctx, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t || !SPACE_GAP.test(gapBefore(ctx, j)) || isStop(t) || COMPLEMENTIZERS.has(t.norm) || RESUMPTIVE_PRONOUNS.has(t.norm)) return false;
  const m = POSSESSIVE_ENDING.exec(t.norm);
  return !!m && !t.norm.startsWith('ال') && !PREPOSITIONS.has(t.norm.slice(0, m.index)) && !ctx.entities.hitStartingAt(j);
}
/** A stem of three letters or more and a third-person pronoun (ه، ها، هم، هما، هن). */
const POSSESSIVE_ENDING = new RegExp(`(?<=^[\u0621-\u064a]{3,})(?:${THIRD_PERSON_PRONOUNS.join('|')})$`);

/** إنه، إنها، بأنه، بأنها (normalized): a complementizer carrying a singular subject pronoun. */
const PRONOUN_COMPLEMENTIZER = /^ب?ان(?:ه|ها)$/;
/**
 * Whether the participle at k is followed at once by its verb's preposition glued to a word that is no name
 * ("متهمة بقتل", not "متهما بكين"), with no comma before it: no object stands between, so it is passive
 * (corpus: متهم/متهمة/متهما/متهمين + بـ 250 times, against 163 + 107 with an object first).
 */
function passiveParticiple(ctx: Ctx, k: number, preps: readonly string[] | undefined): boolean {
  const next = ctx.tokens[k + 1];
  if (!next || !preps || !SPACE_GAP.test(gapBefore(ctx, k)) || !SPACE_GAP.test(gapBefore(ctx, k + 1))) return false;
  if (ctx.entities.hitStartingAt(k + 1)) return false;
  return preps.some((p) => p.length === 1 && next.norm.startsWith(p) && next.norm.length > MIN_GLUED_OBJECT_LETTERS);
}
/** ب + a word of two letters at least. */
const MIN_GLUED_OBJECT_LETTERS = 2;
/** A pronoun carrier that ends in the pronoun itself (أنه، لكنها), unlike بل. */
const CARRIED_PRONOUN = /(?:ه|ها)$/;

/**
 * Whether the sentence opens (after time words) with the passive of سأل glued to و/ف and its question
 * ("وسئلت عما إذا …، فأجابت"): its subject is the pronoun in it, the speaker who had the floor.
 */
function askedClause(ctx: Ctx, a: number, k: number): boolean {
  const { tokens } = ctx;
  let v = a;
  while (v < k && v - a < MAX_FRONTED_WORDS && isTimeWord(tokens[v] as Token)) v++;
  const verb = tokens[v];
  // The passive of a question verb (سُئل، سُئلت، سُئلوا; cues.json `passive`): the one asked is the last speaker, who answers next.
  return !!verb && v + 1 < k && /^[وف]/.test(verb.norm) && PASSIVE_FORMS.get(verb.norm.slice(1))?.kind === 'QUESTION';
}

/**
 * The cue is singular (قال، أكدت) and so is everything between it and the content (the subject after the
 * verb, an object): no coordination (والألماني) and no dual or plural ending (الوزيران، المسؤولون). A
 * verb before its subject stays singular for a plural subject ("دعا وزيرا الخارجية"), so the words are
 * read too; a plural object only makes the answer a cautious no.
 */
function singularSpeaker(ctx: Ctx, k: number, cue: CueForm, contentTok: number): boolean {
  const tok = ctx.tokens[k];
  if (!tok || cueGender(tok, cue) === null) return false;
  const from = k + 1;
  for (let j = from; j < contentTok; j++) {
    const n = (ctx.tokens[j] as Token).norm;
    if ((j > from && /^و/.test(n)) || (n.length >= MIN_NUMBER_MARKED_LENGTH && /(?:ان|ون|ين)$/.test(n))) return false;
  }
  return true;
}
/** A word this long ending in ان/ون/ين is read as dual or plural (الوزيران); shorter ones are roots (لبنان is a name, so names count too: a false "plural" only keeps the old cut). */
const MIN_NUMBER_MARKED_LENGTH = 5;

/**
 * The token of a noun object that stands between the subject (ending at npEnd) and the cue's
 * preposition (whose object opens at prepObject), or -1: a verb whose object is what was said, not
 * a person, with a plain word right after its subject ("أعلن الجيش مسؤوليته عن …", "أكد الوزير
 * حرص بلاده على …"). Time words, prepositions and particles there ("أعلن الجيش اليوم في بيان عن")
 * leave the preposition to open the content, and so does a definite word, which mostly still belongs
 * to the subject (a genitive or an adjective the speaker phrase left out).
 */
function objectBeforePreposition(
  ctx: Ctx,
  takesObject: boolean | undefined,
  npEnd: number,
  prepObject: number,
  afterAside = false,
): number {
  if (takesObject) return -1;
  const t = ctx.tokens[npEnd];
  // The preposition itself (a glued ب/ل opens its own token) or the word right before its object.
  if (!t || npEnd >= prepObject - 1) return -1;
  // After a relay aside ("وأكد المصدر، وفق ما نقل التلفزيون، سيطرة …") the object follows its closing comma.
  const gap = gapBefore(ctx, npEnd);
  if (!SPACE_GAP.test(gap) && !(afterAside && COMMA_GAP.test(gap))) return -1;
  if (isTimeWord(t) || isStop(t) || PREPOSITIONS.has(t.norm) || COMPLEMENTIZERS.has(t.norm) || cueAt(t)) return -1;
  if (ctx.entities.hitStartingAt(npEnd)) return -1;
  // A definite word right after the subject is more often its genitive or adjective ("وزراء الخارجية"); after
  // an aside it is no longer next to the subject.
  if (t.norm.startsWith('ال') && !afterAside) return -1;
  return npEnd;
}

/**
 * The end of a quoted label that the content opens with ("بـ«المغرر بهم» من أبناء …" ends at the
 * closing mark), or null when the label is not quoted. The content may start on the mark or on the
 * first word inside it (the mark glued to بـ).
 */
function quotedLabelEnd(ctx: Ctx, contentStart: number): number | null {
  for (let i = contentStart; i >= 0 && contentStart - i <= MAX_LABEL_MARK_DISTANCE; i--) {
    const region = OPENING_MARKS.has(ctx.text[i] ?? '') ? ctx.quoteAt.get(i) : undefined;
    if (!region) continue;
    if (region.end <= contentStart) return null;
    // Started inside the quote: leave its closing mark out, as the opening one is.
    return i === contentStart ? region.end : region.end - 1;
  }
  return null;
}
/** From the opening mark of a label to its first word: a space, the label's ب and a tatweel ('"بـالأعداء"'). */
const MAX_LABEL_MARK_DISTANCE = 3;

/**
 * Whether the subject of a cue inside a quotation opens with a word the entity pass or the source words
 * know (a recognized actor or place, a title, an institution, an unnamed or counted source): read after
 * the verb from `after`, else among the words right before it. Inside a quotation a noun next to a verb
 * is more often its object or an abstract subject ("النتائج تشير إلى أن") than a speaker.
 */
function quotedSubjectKnown(ctx: Ctx, k: number, after: number | null, clauseFrom: number): boolean {
  if (after !== null) return knownSpeakerWord(ctx, after);
  for (let j = k - 1; j >= clauseFrom && k - j <= MAX_QUOTED_SUBJECT_TOKENS; j--) {
    if (knownSpeakerWord(ctx, j)) return true;
    if (!SPACE_GAP.test(gapBefore(ctx, j))) return false;
  }
  return false;
}
/** From a subject's first word to its verb inside a quotation ("جميع المجموعات السياسية في البرلمان أكدت"). */
const MAX_QUOTED_SUBJECT_TOKENS = 6;
/** From the end of a quoted cue's subject to its opening ("أعلنت ألمانيا موقفها بشكل واضح بأن"). */
const MAX_QUOTED_OPENING_DISTANCE = 4;

/** An indefinite word in the accusative (امتدادا، شريكا) that no known speaker word starts. */
function accusativePredicate(ctx: Ctx, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t || !SPACE_GAP.test(gapBefore(ctx, j)) || knownSpeakerWord(ctx, j)) return false;
  return ACCUSATIVE_INDEFINITE.test(t.norm) && !t.norm.startsWith('ال') && !isStop(t);
}
/** Three letters or more and the alif of the indefinite accusative (not the ا of a plural in اء or a name in يا). */
const ACCUSATIVE_INDEFINITE = /^[\u0621-\u064a]{2,}[^اوي]ا$/;

/**
 * The words [from, k) before a verb are a short definite noun phrase ("المجاعة", "الأزمة الاقتصادية") none of
 * whose words could head a speaker: no entity starts in it, no title, source head, institution or nisba.
 */
function inanimateSubject(ctx: Ctx, from: number, k: number): boolean {
  if (k <= from || k - from > MAX_THING_SUBJECT_TOKENS) return false;
  const first = ctx.tokens[from] as Token;
  if (!first.norm.startsWith('ال') || isStop(first) || !SPACE_GAP.test(gapBefore(ctx, k))) return false;
  for (let j = from; j < k; j++) {
    const t = ctx.tokens[j] as Token;
    if (j > from && !SPACE_GAP.test(gapBefore(ctx, j))) return false;
    if (knownSpeakerWord(ctx, j) || ctx.entities.hitEndingAt(j) || adjectiveCountry(t) || isNameToken(t) || isStop(t)) return false;
  }
  return true;
}
/** A noun and its adjective or genitive ("الأزمة الاقتصادية"): a longer stretch may hold a subject of its own. */
const MAX_THING_SUBJECT_TOKENS = 2;

function knownSpeakerWord(ctx: Ctx, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t) return false;
  if (ctx.entities.hitStartingAt(j)) return true;
  const n = stripConj(t.norm);
  const bare = n.startsWith('ال') ? n.slice(2) : n;
  return isTitle(t) || isUnnamedHead(bare) || INSTITUTION_HEADS.has(n) || QUANTIFIERS.has(n) || STANDALONE_SOURCES.has(n);
}

/**
 * The statement of this sentence that the comment holding the cue at k follows: "، وهو ما" or "، وهو
 * الأمر الذي" right after its content, or null.
 */
function commentedStatement(ctx: Ctx, k: number, open: StatementDraft[]): StatementDraft | null {
  const { tokens } = ctx;
  if (!COMMENT_RELATIVES.has(tokens[k - 1]?.norm ?? '')) return null;
  let h = k - 2;
  if (COMMENT_NOUNS.has(tokens[h]?.norm ?? '')) h--;
  const pronoun = tokens[h];
  if (!pronoun || !COMMENT_PRONOUNS.has(pronoun.norm) || !COMMA_GAP.test(gapBefore(ctx, h))) return null;
  const last = open[open.length - 1];
  return last && last.contentEnd <= pronoun.start && pronoun.start - last.contentEnd <= MAX_COMMENT_GAP_CHARS ? last : null;
}
/** Between a content and the comment after it: a closing quotation mark, the comma and spaces. */
const MAX_COMMENT_GAP_CHARS = 4;

/**
 * "ويعتقد أن …", "التي يتوقع أن …", "ويعتقد على نطاق واسع أن …": the unmarked imperfect of an impersonal verb
 * right before its complementizer, with no subject before it (a name, or the pronoun of "أنه يعتقد", "لكنه
 * يتوقع"), is the passive: it is believed, it is expected.
 */
function impersonalPassive(ctx: Ctx, k: number, a: number, cue: CueForm): boolean {
  const tok = ctx.tokens[k] as Token;
  if (!cue.verb.present || stripConj(tok.norm) !== normalizeArabic(cue.verb.present)) return false;
  const next = ctx.tokens[k + 1];
  if (!next || !SPACE_GAP.test(gapBefore(ctx, k + 1))) return false;
  const widely = next.norm === 'علي' && ctx.tokens[k + 2]?.norm === 'نطاق';
  if (!COMPLEMENTIZERS.has(next.norm) && !/^ب?ان(?:ه|ها|هم|هما)?$/.test(next.norm) && !widely) return false;
  const prev = ctx.tokens[k - 1];
  if (k > a && prev && (PRONOUN_CARRIERS.has(prev.norm) || COMPLEMENTIZERS.has(prev.norm) || ctx.entities.hitEndingAt(k - 1))) return false;
  return true;
}

/**
 * Whether a named subject stands right after the verb at k (an actor's name, a place that speaks for its
 * government, a title, an unnamed-source or institution head: "وقدرت الأمم المتحدة"، "ويقدر مدير المشروع")
 * or an actor's name ends right before it ("الجيش الأمريكي يقدر") and no ب-phrase follows the verb.
 */
function namedSubjectAt(ctx: Ctx, k: number, a: number): boolean {
  const { entities } = ctx;
  const isActorHit = (hit: ReturnType<typeof entities.hitStartingAt>) =>
    !!hit && (hit.type === 'actor' || !!entities.places.get(hit.refId)?.metonymFor);
  const next = ctx.tokens[k + 1];
  if (next && SPACE_GAP.test(gapBefore(ctx, k + 1))) {
    const bare = stripConj(next.norm);
    // A title needs a word of its phrase after it: "قدر كبير من" is an amount, كبير no title there.
    const after = ctx.tokens[k + 2];
    const title = isTitle(next) && !!after && SPACE_GAP.test(gapBefore(ctx, k + 2)) && !isStop(after);
    if (isActorHit(entities.hitStartingAt(k + 1)) || title || UNNAMED_HEADS.has(bare) || INSTITUTION_HEADS.has(bare)) return true;
  }
  // "… لدول الخليج تقدر بنحو …": a name before the passive, whose measure follows with ب; "يقدر بأن" is the verb.
  const measured = !!next && /^ب/.test(next.norm) && !COMPLEMENTIZERS.has(next.norm) && !/^بان/.test(next.norm);
  return k > a && !measured && SPACE_GAP.test(gapBefore(ctx, k)) && isActorHit(entities.hitEndingAt(k));
}

/** One of the idiom's nouns follows the verb at k within IDIOM_WINDOW words of its sentence. */
function idiomFollows(ctx: Ctx, nouns: string[], k: number, b: number): boolean {
  return idiomAt(ctx, nouns, k, b) >= 0;
}
/** Words of a clause read back from its verb for a subject that changes the verb's sense (notSubjects). */
const MAX_SUBJECT_WORDS_BEFORE = 6;
/**
 * Whether a word of the verb's clause before it (back to punctuation, MAX_SUBJECT_WORDS_BEFORE words) or of
 * its subject after it, up to `after`, without و and ال, is one of `words` ("محكمة في لندن دانت"، "أدانت المحكمة").
 */
function courtSubject(ctx: Ctx, words: string[], a: number, k: number, after: number): boolean {
  const set = new Set(words.map(normalizeArabic));
  const bare = (t: Token) => stripConj(t.norm).replace(/^ال/, '');
  for (let j = k + 1; j < after; j++) if (set.has(bare(ctx.tokens[j] as Token))) return true;
  for (let j = k - 1; j >= a && k - j <= MAX_SUBJECT_WORDS_BEFORE; j--) {
    if (set.has(bare(ctx.tokens[j] as Token))) return true;
    if (!SPACE_GAP.test(gapBefore(ctx, j))) break;
  }
  return false;
}

/** The token of the idiom's noun after the verb at k within IDIOM_WINDOW words of its sentence, or -1. */
function idiomAt(ctx: Ctx, nouns: string[], k: number, b: number): number {
  for (let j = k + 1; j < b && j - k <= IDIOM_WINDOW; j++) {
    const n = stripConj((ctx.tokens[j] as Token).norm);
    if (nouns.some((w) => normalizeArabic(w) === n)) return j;
  }
  return -1;
}

/**
 * Where the subject after an idiom verb may end: before its object, which stands right before the idiom's
 * noun ("وحمّل الوزير الحكومة مسؤولية …"، "وحمل وزير المالية البنك المركزي المسؤولية"): a recognized name
 * ending there, a construct or a noun with its nisba, else its last word. At the noun when no object stands
 * before it: the one blamed follows with ل ("وحملت الحكومة المسؤولية للمعارضة"), or a construct fills the
 * words between ("وحمّل وزير الخارجية المسؤولية …"). b when the verb has no idiom.
 */
function idiomSubjectLimit(ctx: Ctx, idiom: string[] | undefined, k: number, subjectFrom: number, b: number): number {
  const at = idiom ? idiomAt(ctx, idiom, k, b) : -1;
  if (at <= subjectFrom) return b;
  const { tokens } = ctx;
  if (GLUED_LAM.test(tokens[at + 1]?.norm ?? '')) return at;
  // A name, or a name and one adjective ("الحكومة السابقة").
  const object = ctx.entities.hitEndingAt(at) ?? ctx.entities.hitEndingAt(at - 1);
  if (object && object.startTok > subjectFrom) return object.startTok;
  const last = tokens[at - 1] as Token;
  const before = tokens[at - 2];
  const definite = (t: Token) => t.norm.startsWith('ال');
  if (before && at - 2 >= subjectFrom && definite(last)) {
    // "رئيس الحكومة": an indefinite noun and its definite genitive are one phrase, the object or the whole subject.
    if (!definite(before)) return at - 2 > subjectFrom ? at - 2 : at;
    // "البنك المركزي": a definite nisba adjective after a definite noun.
    if (at - 2 > subjectFrom && DEFINITE_NISBA.test(last.norm)) return at - 2;
  }
  return at - 1 > subjectFrom ? at - 1 : at;
}
/** A definite relational adjective (المركزي، الأمريكية), normalized. */
const DEFINITE_NISBA = /^ال[\u0621-\u064a]{2,}(?:ي|يه)$/;

/** Whether the content from token j to offset end is one actor's name and nothing more. */
function onlyAnActor(ctx: Ctx, j: number, end: number): boolean {
  const hit = ctx.entities.hitStartingAt(j);
  return !!hit && hit.type === 'actor' && hit.end >= end;
}
