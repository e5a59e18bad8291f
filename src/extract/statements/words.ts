/**
 * The closed word classes the statement rules read, loaded once from
 * lexicons/statement-words.json (data, not code: see lexicons/README.md).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MASCULINE_SINGULAR_PRONOUN, THIRD_PERSON_PRONOUNS } from '../morphology.ts';
import { normalizeArabic } from '../normalize.ts';

interface StatementWordFile {
  normalized: Record<NormalizedList, string[]>;
  surface: Record<SurfaceList, string[]>;
}
type NormalizedList =
  | 'relativeWords'
  | 'labelRelatives'
  | 'commentPronouns'
  | 'commentNouns'
  | 'commentRelatives'
  | 'questionOpeners'
  | 'kanaForms'
  | 'prepositions'
  | 'sourcePrepositions'
  | 'deniedNouns'
  | 'contrasts'
  | 'pronounCarriers'
  | 'floorReturnWords'
  | 'notPrepositionObjects'
  | 'documentIssuerLinks'
  | 'negators'
  | 'relativeResumptivePrepositions'
  | 'antecedentResumptivePrepositions'
  | 'prenominalQualifiers'
  | 'dativePronouns'
  | 'auxiliaryStems'
  | 'topicMarkers'
  | 'faQad'
  | 'clauseSubordinators'
  | 'clauseLinks'
  | 'adverbialAnHeads'
  | 'contrastClauseOpeners'
  | 'attributionParticles'
  | 'reportedParticles'
  | 'fusedReportedParticles'
  | 'eventFrames'
  | 'controlPrepositions'
  | 'responseHeads'
  | 'demonstratives'
  | 'predicateSubjects'
  | 'predicateQualifiers'
  | 'documentFrames'
  | 'fromPronouns'
  | 'namingWords'
  | 'mannerNouns'
  | 'resumptivePrepositions'
  | 'conditionals'
  | 'nobodySubjects'
  | 'nameClosingPrepositions'
  | 'accusativeGovernors'
  | 'describingPrepositions'
  | 'titleComplementPrepositions'
  | 'anonymityCueLemmas'
  | 'documentAttributionVerbs';
type SurfaceList = 'contentCuttersAfterComma' | 'contentCuttersAfterSpace' | 'quoteContinuations';

const FILE = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../lexicons/statement-words.json'), 'utf8'),
) as StatementWordFile;
const set = (list: NormalizedList) => new Set(FILE.normalized[list].map(normalizeArabic));
/** An alternation of written phrases for a regular expression (Arabic letters and spaces only, nothing to escape). */
const alternation = (list: SurfaceList) => FILE.surface[list].join('|');

/** Words after which a cue's clause is relative or subordinate ("التي تنفي", "كما قال"). */
export const RELATIVES = set('relativeWords');
/** Words before a label verb that make it name a label ("ما وصفه X بـ…", "من وصفهم الجيش بـ…"). */
export const LABEL_RELATIVES = set('labelRelatives');
/** "، وهو ما تنفيه أنقرة", "، وهو الأمر الذي رفضته السلطات": the pronoun, the optional noun and the relative of a comment on the content before it. */
export const COMMENT_PRONOUNS = set('commentPronouns');
export const COMMENT_NOUNS = set('commentNouns');
export const COMMENT_RELATIVES = set('commentRelatives');
/** Words that open an indirect question after سأل/تساءل ("سأل عما إذا …"). */
export const QUESTION_OPENERS = set('questionOpeners');
/** كان and its forms, which put the subject before "قد + verb". */
export const KANA = set('kanaForms');
/** Prepositions that open a prepositional phrase (a name inside one is not a subject). */
export const PREPOSITIONS = set('prepositions');
/** Prepositions inside an unnamed source's description ("مسؤول في وزارة", "المتحدث باسم الجيش"). */
export const SOURCE_PREPOSITIONS = set('sourcePrepositions');
/** Nouns a denial takes as its object ("نفى مزاعم …"): what is denied, not what is said. */
export const DENIED_NOUNS = set('deniedNouns');
/** Contrastive openers after a comma that start a second statement ("، لكنه أضاف"). */
export const CONTRASTS = set('contrasts');
/** Words that carry the pronoun subject of the cue after them ("ولكنه ألمح", "بل أكد"). */
export const PRONOUN_CARRIERS = set('pronounCarriers');
/** Words with which prose hands the floor back to the last speaker ("من جانبه", "بدوره"). */
export const FLOOR_RETURN_WORDS = set('floorReturnWords');
/** Words that start with a one-letter preposition (ب، ل) but are not preposition + object ("بعد", "لها"). */
export const NOT_PREPOSITION_OBJECTS = set('notPrepositionObjects');
/** Words between "جاء في بيان" and the issuer ("صادر عن", "رسمي"). */
export const DOCUMENT_ISSUER_LINKS = set('documentIssuerLinks');
/** لم/لن: a verb after them is negated. */
export const NEGATORS = set('negators');
/** ل + a pronoun after a verb ("قال له", "أكد لي"): whom it was said to; the subject follows it. */
export const DATIVE_PRONOUNS = set('dativePronouns');
/** Qualifiers in construct before a source's head ("كبار المسؤولين", "عدد من كبار أعضاء الحزب", "أبرز قادة"). */
export const PRENOMINAL_QUALIFIERS = set('prenominalQualifiers');
/** Auxiliaries whose negation says nothing about a specific act. */
export const AUX_STEMS = set('auxiliaryStems');
/** أما, whose topic is the subject of the verb the following ف joins. */
export const TOPIC_MARKERS = set('topicMarkers');
/** قد with the ف of أما's answer ("أما X فقد قال"). */
export const FA_QAD = set('faQad');
/** Time and contrast subordinators that open a clause with a subject of its own ("حينما عبر محتجون"). */
export const CLAUSE_SUBORDINATORS = set('clauseSubordinators');
/**
 * Prepositions and adverbs that make أن after them an adverbial clause ("قبل أن يغادر", "بعد أن
 * التقى", "دون أن يذكر", "رغم أن"), not the content of a cue; one or two words ("الرغم من").
 */
export const ADVERBIAL_AN_HEADS = set('adverbialAnHeads');
/**
 * Contrastive and concessive openers of a coordinated clause, as word lists ("غير أن", "رغم ذلك",
 * "لكنه"); an أن in them stands for any complementizer (أنه، أنها): a cue in the clause they open
 * starts a new statement.
 */
export const CONTRAST_CLAUSE_OPENERS = FILE.normalized.contrastClauseOpeners.map((p) => normalizeArabic(p).split(' '));
/** Particles that join a clause continuing the one before ("حيث شددا", "إذ تبادلا"). */
export const CLAUSE_LINKS = set('clauseLinks');
/** Attribution particles that start with و of their own. */
export const ATTRIBUTION_PARTICLES = set('attributionParticles');
/** Particles that attribute a clause to what a source said with ما: "بحسب ما أفاد X", "وفق ما نقلت X". */
export const REPORTED_PARTICLES = set('reportedParticles');
/** The same with ما fused: "حسبما أعلن X", "كما قال X". */
export const FUSED_REPORTED_PARTICLES = set('fusedReportedParticles');
/**
 * A preposition with a 3rd person pronoun suffix, normalized: عن → عنه، عنها، عنهم، عنهما، عنهن; إلى/على take ي
 * before the suffix (إليه، عليها). The one place resumptive pronouns on prepositions are spelled.
 */
export const prepositionWithPronouns = (preposition: string, pronouns: readonly string[] = THIRD_PERSON_PRONOUNS): string[] =>
  pronouns.map((p) => normalizeArabic(preposition.replace(/ى$/, 'ي') + p));
const resumptives = (list: NormalizedList, pronouns?: readonly string[]) =>
  new Set(FILE.normalized[list].flatMap((p) => prepositionWithPronouns(p, pronouns)));

/**
 * A preposition with the pronoun that stands for ما after the verb of "بحسب ما أفاد به X"، "وفقا لما أعلنت عنه
 * X" (به، عنه، إليه، فيه): ما is masculine singular, so only its pronoun.
 */
export const PREPOSITION_RESUMPTIVES = resumptives('relativeResumptivePrepositions', [MASCULINE_SINGULAR_PRONOUN]);
/** Words that place a statement in an event: "بعد المكالمة", "خلال اجتماع", "على هامش القمة". */
export const EVENT_FRAMES = set('eventFrames');
/** Prepositions a control verb takes before a verbal noun ("حرص على طمأنة …", "سارع إلى رفض …"). */
export const CONTROL_PREPOSITIONS = set('controlPrepositions');
/** Fixed phrases before على whose verbal noun keeps its own subject in the genitive ("ردا على اتهام الوزير"). */
export const RESPONSE_HEADS = set('responseHeads');
/** Demonstratives after جاء that point back at what the sentence before reported ("جاء ذلك في"). */
export const DEMONSTRATIVES = set('demonstratives');
/** A pronoun or demonstrative subject of a nominal sentence ("وهو أمر مؤسف", "إنه رفض قاطع"). */
export const PREDICATE_SUBJECTS = set('predicateSubjects');
/**
 * Words that qualify a noun predicate and never follow a verb as its subject or object ("أمر لا يحتمل", "أمر غير
 * مقبول"): after a pronoun or demonstrative and a cue's verbal noun, 116 times in the corpus (أمر لا 41, غير 40).
 */
export const PREDICATE_QUALIFIERS = set('predicateQualifiers');
/** Prepositions that put a statement inside a document after جاء ("جاء في بيان", "جاء ذلك خلال كلمة"). */
export const DOCUMENT_FRAMES = set('documentFrames');
/** من with an attached pronoun (منه، منها، منهم): the one a demand is put to. */
export const FROM_PRONOUNS = set('fromPronouns');

/**
 * Nouns of a rule, a measure or a reckoning: after بحسب/وفقا لـ they say how something is done ("وفق قانون
 * الانتخاب"، "حسب التقويم الشرقي"، "حسب الحاجة"), not who said it. Corpus, right after the particles: قانون 159,
 * تقويم 19 (12 articles), دستور 26, معايير 25, أحكام 21, قوانين 21, قواعد 16, إجراءات 16, شروط 15, نظام 13,
 * محاصصة 10, شريعة 9, حصة 8, توقيت 8, مبادئ 8, أنظمة 8, and a few each of the measure nouns (حاجة، نوع، حجم …).
 * A demonstrative (وفقا لهذا الاتفاق، بحسب ذلك; هذا/هذه/ذلك/تلك 44 times in 5 outlets) points back to what the
 * article already named and names no source either. Documents that speak for an issuer (بيان، تقرير، اتفاق، خطة، نص، لائحة الاتهام) are not among them.
 */
export const MANNER_NOUNS = set('mannerNouns');

/**
 * Words that introduce a name ("ما يسمى «…»", "المعروفة باسم «…»", "يدعى «…»"): the quotation after one is a
 * name, not words said. Corpus, right before a quotation: اسم 363, باسم 346, يسمى 155, يعرف 159, تسمى 40,
 * يدعى 35, تدعى 31, المعروفة 27, المعروف 26, تعرف 25, سمي 19, المسماة 17, المسمى 11 (each in 4-6 outlets).
 */
export const NAMING_WORDS = set('namingWords');

/**
 * A preposition with a third-person pronoun (عنه، بها، إليه، عليهم): right after a cue it is the resumptive
 * pronoun of a relative clause ("الخطة التي أعلن عنها الوزير", "وفق ما أفادت به التقارير"), whose antecedent
 * before the cue, not the words after it, is what was said. Generated: each preposition with each suffix
 * (إلى/على take ي before the suffix). Not ل: له/لها after a cue is mostly whom it was said to; not في: فيه/فيها
 * is the document or occasion the words were said in, and they follow it ("رسالة يطلب فيها العفو").
 */
export const RESUMPTIVE_PRONOUNS = resumptives('resumptivePrepositions');

/**
 * A preposition with the pronoun that points back to a relative clause's antecedent (عنه، فيها، عليهم، له),
 * wherever it stands in the clause: any preposition a verb governs, ل and في included.
 */
export const ANTECEDENT_RESUMPTIVES = resumptives('antecedentResumptivePrepositions');

/**
 * Conditional particles ("إذا رفضت إيران …", "حتى لو طلب الرئيس ذلك", "في حال أعلنت …"): a cue right after one is
 * a supposed act, not one the article reports (29 such cues in every 5th corpus article, none reported speech).
 */
export const CONDITIONALS = set('conditionals');

/**
 * Subjects meaning anyone at all ("لم تعلن أي جهة مسؤوليتها", "لم يعلق أحد"): after a negated cue they report
 * that nobody spoke, which is no one's statement (the corpus writes لم تعلن أي جهة 44 times).
 */
export const NOBODY_SUBJECTS = set('nobodySubjects');

/** Prepositions that open an adjunct of the clause (where, how, to whom) after the speaker's name. */
export const NAME_CLOSING_PREPOSITIONS = set('nameClosingPrepositions');

/** Particles whose noun, in the accusative, is the subject of the verb that follows ("لكن أحزابا … اتهمت"). */
export const ACCUSATIVE_GOVERNORS = set('accusativeGovernors');

/**
 * Prepositions between an unnamed head and the body it belongs to ("متحدث باسم", "مسؤول لدى"). عن is left
 * out ("مسؤول عن" is responsible for), and so is من, which also opens what a source warned of.
 */
export const DESCRIBING_PREPOSITIONS = set('describingPrepositions');

/** Prepositions inside a title's complement before the holder's name ("… في بريطانيا، أندرو باركر"). */
export const TITLE_COMPLEMENT_PREPOSITIONS = set('titleComplementPrepositions');

/** The cue lemmas whose object may be the source's own name: refusing, asking ("طلب عدم الكشف عن اسمه"). */
export const ANONYMITY_CUE_LEMMAS = new Set(FILE.normalized.anonymityCueLemmas);

/** The verbs of "بحسب ما ورد في X"، "وفق ما جاء في البيان": the words are found in a document or an outlet. */
export const DOCUMENT_ATTRIBUTION_VERBS = set('documentAttributionVerbs');

/** Attribution tails and contrasts that end a content ("، وفقا لـ", "، في حين", " حسبما"), read on the written text. */
export const CONTENT_CUTTERS = [
  new RegExp(`^["”»″]?\\s*[،,]\\s*(?:و)?(?:${alternation('contentCuttersAfterComma')})`),
  new RegExp(`^\\s+(?:${alternation('contentCuttersAfterSpace')})`),
];
/** The tails that end a content after a comma, written after a space instead ("«نعم» ردا على سؤال"). */
export const ATTRIBUTION_TAIL_AFTER_SPACE = new RegExp(`^\\s+(?:و)?(?:${alternation('contentCuttersAfterComma')})`);
/** A quotation followed by one of these verbs is the whole content: the sentence goes on in another voice. */
export const QUOTE_CONTINUATION = new RegExp(`^\\s+و?(?:${alternation('quoteContinuations')})`);
