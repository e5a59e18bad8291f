/**
 * Verb morphology for reporting cues: from a lemma's stems, the surface forms news prose writes
 * (perfect and imperfect in every person and number, the subjunctive and jussive after لن/لم/لـ,
 * adverbial participles, object pronouns), all in normalized spelling (see normalize.ts), so the
 * lexicon lists lemmas instead of hand-picked surface forms.
 *
 * Stems are given in the entry, not derived from a root, because the weak classes the reporting
 * verbs fall in are few and each shows in the stems:
 *   sound      past أكد, present يؤكد
 *   hollow     past قال, pastShort قل (قلت، قلن), present يقول, presentShort يقل (لم يقل، يقلن)
 *   defective  past نفى (ends in ى or ا), pastShort نفي (نفيت), present ينفي;
 *              past دعا, pastShort دعو (دعوت), present يدعو;
 *              past خشي (ends in ي, imperfect in ى), present يخشى: خشيت، خشوا، يخشون
 *   geminate   past رد, pastShort ردد (رددت، رددن), present يرد, presentShort يردد (يرددن)
 */
import { normalizeArabic } from './normalize.ts';

/** What generation needs to know about a verb lemma (stems as written in the lexicon; normalized here). */
export interface VerbStems {
  /** Perfect, 3rd person masculine singular: أكد، قال، نفى، دعا، رد. */
  past: string;
  /** Perfect stem before a consonant suffix (ت، نا، ن) when it differs: قل، نفي، دعو، ردد. */
  pastShort?: string;
  /** Imperfect, 3rd person masculine singular: يؤكد، يقول، ينفي، يدعو، يرى. */
  present?: string;
  /** Imperfect before ن of the feminine plural and in the jussive, when it differs: يقل (يقلن، لم يقل)، يردد (يرددن). */
  presentShort?: string;
  /** Active participle stems, masculine singular without case ending: مؤكد، قائل، ناف (defective). */
  participleStems?: string[];
}

/** Grammatical label of a generated form, for tests and for rules that treat some forms apart. */
export type FormTag = 'perfect' | 'imperfect' | 'subjunctive' | 'jussive' | 'participle';
/**
 * firstOrSecond: only a 1st or 2nd person reading (قلت، نؤكد، أعتقد). Such forms occur inside the
 * quotations of the speaker themself, so the lexicon does not read them as new cues.
 */
export interface GeneratedForm {
  form: string;
  tag: FormTag;
  object: boolean;
  firstOrSecond: boolean;
}

/** Pronoun suffixes of the 3rd person, as object (أبلغه) or possessive (بقوله). */
export const THIRD_PERSON_PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن'] as const;
/** The 3rd person masculine singular pronoun (ـه), the one that stands for ما or an unnamed thing. */
export const MASCULINE_SINGULAR_PRONOUN = THIRD_PERSON_PRONOUNS[0];
/** The same suffixes longest first, for cutting one off a word (هما before ها before ه). */
export const THIRD_PERSON_PRONOUNS_LONGEST_FIRST = [...THIRD_PERSON_PRONOUNS].sort((x, y) => y.length - x.length);
/** Object pronouns a transitive verb carries: أبلغه، أبلغها، أبلغهم، أبلغهما، أبلغهن، أبلغك، أبلغكم، أبلغني، أبلغنا. */
export const OBJECT_PRONOUNS = [...THIRD_PERSON_PRONOUNS, 'ك', 'كم', 'ني', 'نا'] as const;
/** Person prefixes of the imperfect: he/it, she/you, we, I (أ normalized to ا). */
const IMPERFECT_PREFIXES = ['ي', 'ت', 'ن', 'ا'] as const;
/** Prefixes of the 3rd (and 2nd) person plural and dual, which are all the news writes in those numbers. */
const PLURAL_PREFIXES = ['ي', 'ت'] as const;
/** Accusative endings of an adverbial participle: m sg, f sg (ة → ه), pl and dual, f dual, f pl. */
const PARTICIPLE_ENDINGS = ['ا', 'ه', 'ين', 'تين', 'ات'] as const;
/** Shorter forms are too ambiguous to stand as a cue (the perfect of a doubled verb, ردّ، حثّ, has two letters). */
const MIN_FORM_LETTERS = 2;
/** A jussive that loses its last letter (لم ير، لم يدع) needs this many letters to be told from a particle. */
const MIN_SHORTENED_LETTERS = 3;

/** A defective perfect ends in a long vowel as written: نفى، دعا، رأى (not a hamza: أنشأ). */
const isDefective = (writtenPast: string) => /[اى]$/.test(writtenPast.replace(/[\u064b-\u065f]/g, ''));
/** ى of a defective perfect becomes ا before a pronoun: نفى → نفاه، رأى → رآه (normalized راه). */
/** A defective perfect in i: خشي، نسي، بقي, told by its imperfect in ى (يخشى): she خشيت, they خشوا. */
const isDefectiveI = (writtenPast: string, writtenPresent?: string) =>
  /ي$/.test(writtenPast.replace(/[\u064b-\u065f]/g, '')) && /ى$/.test(writtenPresent?.replace(/[\u064b-\u065f]/g, '') ?? '');
const beforePronoun = (past: string, defective: boolean) => (defective ? `${past.slice(0, -1)}ا` : past);

/** Every finite form and adverbial participle of a lemma, normalized, with its tag. */
export function generateVerbForms(stems: VerbStems, withObjects: boolean): GeneratedForm[] {
  const out = new Map<string, GeneratedForm>();
  const add = (form: string, tag: FormTag, object = false, firstOrSecond = false) => {
    if (form.length < MIN_FORM_LETTERS || out.has(form)) return;
    out.set(form, { form, tag, object, firstOrSecond });
  };
  const addWithObjects = (form: string, tag: FormTag, ending = '') => {
    add(form + ending, tag);
    if (!withObjects) return;
    // Plural وا drops its alef before a pronoun: أبلغوا → أبلغوه.
    const host = ending === 'وا' ? `${form}و` : form + ending;
    for (const p of OBJECT_PRONOUNS) add(host + p, tag, true);
  };

  const P = normalizeArabic(stems.past);
  const defective = isDefective(stems.past);
  const S = normalizeArabic(stems.pastShort ?? stems.past);
  const defectiveI = isDefectiveI(stems.past, stems.present);
  /** Stem before the vowel-less suffixes ت (she) and وا (they): نفت، نفوا، دعت، دعوا; خشيت but خشوا. */
  const A = defective ? P.slice(0, -1) : P;
  const AWa = defectiveI ? P.slice(0, -1) : A;

  // Perfect: 3rd person (m sg, f sg, m pl, dual m, dual f, f pl), then 1st and 2nd for quotations.
  add(P, 'perfect');
  if (withObjects) for (const p of OBJECT_PRONOUNS) add(beforePronoun(P, defective) + p, 'perfect', true);
  addWithObjects(A, 'perfect', 'ت');
  addWithObjects(AWa, 'perfect', 'وا');
  addWithObjects(defective ? S : P, 'perfect', 'ا');
  addWithObjects(A, 'perfect', 'تا');
  add(`${S}ن`, 'perfect');
  // 1st and 2nd person (a 3rd person form already generated keeps its reading: أكدت is also "she confirmed").
  for (const ending of ['ت', 'نا', 'تم', 'تما', 'تن']) add(S + ending, 'perfect', false, true);
  if (withObjects) for (const p of OBJECT_PRONOUNS) add(`${S}ت${p}`, 'perfect', true, true);

  if (stems.present) {
    // Stems after the person prefix: يؤكد → وكد.
    const I = normalizeArabic(stems.present).slice(1);
    const presentDefective = (defective || defectiveI) && /[وي]$/.test(I);
    const J = normalizeArabic(stems.presentShort ?? stems.present).slice(1);
    /** Stem before ون/وا: ينفون، يدعون، يرون. */
    const B = presentDefective ? I.slice(0, -1) : I;
    for (const pre of IMPERFECT_PREFIXES) {
      const firstPerson = pre === 'ن' || pre === 'ا';
      add(pre + I, 'imperfect', false, firstPerson);
      if (withObjects) for (const p of OBJECT_PRONOUNS) add(pre + I + p, 'imperfect', true, firstPerson);
    }
    for (const pre of PLURAL_PREFIXES) {
      // The jussive (لم يقل، لم ينف) is generated but not a cue: it follows لم, and a denied act of speech
      // is no statement (in the 1st person, نقل and أقل are other words altogether).
      if (J !== I) add(pre + J, 'jussive');
      if (presentDefective && pre.length + B.length >= MIN_SHORTENED_LETTERS) add(pre + B, 'jussive');
      addWithObjects(pre + B, 'imperfect', 'ون');
      addWithObjects(pre + I, 'imperfect', 'ان');
      // Subjunctive and jussive plural and dual: لن يقولوا، لم ينفوا، ليؤكدا.
      addWithObjects(pre + B, 'subjunctive', 'وا');
      addWithObjects(pre + I, 'subjunctive', 'ا');
      add(`${pre}${presentDefective ? I : J}ن`, 'imperfect');
    }
  }

  // Participles: the adverbial (accusative) forms that continue a speaker: مؤكدا، مؤكدة، مؤكدين، مؤكدتين، مؤكدات.
  for (const raw of stems.participleStems ?? []) {
    // A defective participle is listed with its ي (نافي): نافيا، نافية.
    const stem = normalizeArabic(raw);
    for (const ending of PARTICIPLE_ENDINGS) add(stem + ending, 'participle');
  }
  return [...out.values()];
}

/** Possessive pronouns a noun carries: تورطه، ضلوعها، تهديداتهم، مسؤوليتنا. */
export const POSSESSIVE_PRONOUNS = [...THIRD_PERSON_PRONOUNS, 'ك', 'كم', 'نا'] as const;
/** Endings a noun (a verbal noun, a participle, an adjective) takes in news prose: f sg, pl, dual, f pl. */
const NOUN_ENDINGS = ['ه', 'ون', 'ين', 'ان', 'ات'] as const;

/**
 * The forms of a noun or adjective, normalized: the word, its feminine and plural endings when
 * `inflects` (متورط: متورطه، متورطون، متورطين، متورطات; an adjective or participle), and each with a
 * possessive pronoun (ة → ت before it: مؤامرة → مؤامرتها). Proclitics (و ف ب ل ال) are not added:
 * token variants strip them (normalize.ts cliticVariants).
 */
export function generateNounForms(noun: string, inflects = false): string[] {
  const base = normalizeArabic(noun);
  const out = new Set<string>();
  const stems = [base, ...(inflects ? NOUN_ENDINGS.map((e) => base + e) : [])];
  const feminineBase = noun.endsWith('ة');
  for (const s of stems) {
    out.add(s);
    // A possessive drops the ن of a plural or dual (متورطوها is rare), and follows ة as ت.
    if (s !== base && s.endsWith('ن')) continue;
    const feminine = s === base ? feminineBase : s.endsWith('ه');
    const host = feminine ? `${s.slice(0, -1)}ت` : s;
    for (const p of POSSESSIVE_PRONOUNS) out.add(host + p);
  }
  return [...out];
}
