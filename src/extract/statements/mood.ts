/**
 * The mood and person of a content's own clauses: what the speaker says they will do, intend or have
 * decided, read from the verb's shape (person prefix, future and negation particles) rather than from
 * the words of one topic. Every outlet writes these shapes alike. kind.ts calls `moodKind` in one place,
 * after a neutral cue, after the content's phrases and the speaker's own acts of kind-fixing lemmas and
 * before its markers and structural rules; tools/mine/kind-mood.ts counts each shape over the corpus by
 * the kind of the cue it stands under (src/extract/lexicons/README.md, mood.json).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeArabic } from '../../text/arabic.ts';
import { CUES } from '../lexicon.ts';
import { generateVerbForms, type VerbStems } from '../morphology.ts';
import type { StatementKind } from '../../graph/document-graph.ts';
import type { Token } from '../normalize.ts';

interface MoodFile {
  /** Lemmas of intending (نوى، اعتزم، عزم): in the first person, the speaker's own undertaking. */
  intents: (VerbStems & { _corpus?: string })[];
  /**
   * Lemmas of wishing and looking forward that are no cue (تطلع): with the OTHER lemmas of cues.json (أمل،
   * تمنى، رحب، شكر …) their first person opening a content is the speaker's own wish, welcome or thanks.
   */
  wishes: (VerbStems & { _corpus?: string })[];
  /** Negators before a verb: a negated intent (لا ننوي) undertakes nothing. */
  negators: string[];
  /** First-person pronouns, alone or on إن, that may stand before a verb of the speaker as its subject. */
  firstPersonSubjects: string[];
  /**
   * Impersonal heads of necessity (من الضروري): opening the content or a clause, before a verbal noun or أن,
   * the speaker calls for what follows, as ضرورة opening a content does (kinds.json `callOpenings`).
   */
  deonticOpenings: string[];
  /** Words before a first-person verb that put it in the past (كنا نأمل، كنت أتمنى): no act of now. */
  pastAuxiliaries: string[];
}

const MOOD_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'lexicons', 'mood.json');
const MOOD = JSON.parse(readFileSync(MOOD_FILE, 'utf8')) as MoodFile;

/**
 * The shapes of a content's clauses that mood.ts reads. MOOD_KINDS says which decide a kind; the others are
 * counted by the tools (tools/mine/kind-mood.ts, tools/eval/kinds.ts --mood) and decide none, their read
 * samples having no kind in four of five:
 * - mainFuture: a future (سيبقى، ستفتح، سوف) among the first words of the content's first clause;
 * - firstFuture: a first-person future (سنواصل، سأعمل) in the content's first clause;
 * - intent: a first-person imperfect of an intending lemma (ننوي، نعتزم، أعتزم);
 * - ownNegatedFuture: لن + a first-person imperfect (لن نتراجع، لن أقبل);
 * - ownConsequent: a condition on someone, answered by a first-person future (إذا … فسنرد، فإننا سنعيد);
 * - ownThreat: the same with a negated condition (إذا لم تنسحب …، فسنرد; في حال لم …): what the speaker will
 *   do unless the other side acts;
 * - ownWish: a first-person imperfect of a wishing, welcoming or thanking lemma as the content's first word
 *   or right after a first-person pronoun (نأمل أن، أتمنى، نرحب، أشكر، نحن نتطلع إلى);
 * - deontic: an impersonal head of necessity opening the content or a clause (من الضروري أن، ومن الضروري اتخاذ);
 * - decided: the passive of a decision (تقرر) opening a clause, or قررنا (which kinds.json's قرر reads first).
 */
export type MoodShape =
  'mainFuture' | 'firstFuture' | 'intent' | 'ownWish' | 'ownNegatedFuture' | 'ownConsequent' | 'ownThreat' | 'deontic' | 'decided';

/**
 * The first-person imperfects of a lemma (نعتزم، أعتزم; نأمل، آمل), normalized, each with whether it is the 1st
 * singular (أ), which is read only with its hamza written: without it, it is as often the perfect (اعتزم) or
 * a noun (امل). Built from the imperfect stem as the morphology module normalizes it: its generated forms
 * keep one reading per spelling, and أعتزم is spelled like the perfect اعتزم. A hamza-initial stem takes
 * آ (آمل: أ + أمل), normalized to the stem itself.
 */
function firstPersonImperfects(v: VerbStems): [string, boolean][] {
  const present = generateVerbForms(v, false).find((f) => f.tag === 'imperfect' && f.form.startsWith('ي'));
  if (!present) return [];
  const stem = present.form.slice(1);
  return [
    [`ن${stem}`, false],
    [stem.startsWith('ا') ? stem : `ا${stem}`, true],
  ];
}
/** The first-person imperfects of the intending lemmas (ننوي، نعتزم، أعتزم). */
const INTENT_FORMS = new Map(MOOD.intents.flatMap(firstPersonImperfects));
/** A negated verb (لا ننوي، لا نتمنى) is no act of the speaker. */
const NEGATORS = new Set(MOOD.negators.map(normalizeArabic));
/** كنا نأمل: a hope of the past. */
const PAST_AUXILIARIES = new Set(MOOD.pastAuxiliaries.map(normalizeArabic));

/**
 * The first-person imperfects of the wishing lemmas: the OTHER-kind verbs of cues.json whose kind is not
 * decided by the verbal noun after them (أعرب عن، عبر عن، أبدى: `expresses`), and mood.json `wishes`.
 */
const WISH_FORMS = new Map(
  [...CUES.verbs.filter((c) => c.kind === 'OTHER' && !c.expresses && !c.idiom), ...MOOD.wishes].flatMap(firstPersonImperfects),
);
/** First-person pronouns, alone or on إن, that may stand before the wish as its subject (نحن نأمل، إنني أتطلع). */
const WISH_SUBJECTS = new Set(MOOD.firstPersonSubjects.map(normalizeArabic));

/** A conjunction glued to a word of four letters or more (ونعتزم → نعتزم). */
const bare = (norm: string) => (norm.length >= 4 && /^[وف]/.test(norm) ? norm.slice(1) : norm);
const DIACRITICS = /[\u064b-\u0652]/g;
/** A written hamza on the prefix: أ of the 1st person singular (أعتزم), not the alef of a perfect (اعتزم). */
const writtenHamza = (tok: Token) => /^[وف]?[أآ]/.test(tok.text.replace(DIACRITICS, ''));

/** لن, the negated future. */
const NEGATED_FUTURE = 'لن';
/** A first-person imperfect after لن: ن + stem (نسمح، نتراجع) or أ + stem with the hamza written. */
const FIRST_IMPERFECT = /^ن[\u0621-\u064a]{2,}$/;
/** Words that open a condition (إذا، لو، لئن) and, after في, حال/حالة: kinds.json, as kind.ts reads them. */
const KINDS = JSON.parse(readFileSync(join(dirname(MOOD_FILE), 'kinds.json'), 'utf8')) as {
  conditionWords: string[];
  conditionAfterFi: string[];
};
const CONDITION_WORDS = new Set(KINDS.conditionWords.map(normalizeArabic));
const CONDITION_AFTER_FI = new Set(KINDS.conditionAfterFi.map(normalizeArabic));
/** حتى لو: "even if", a concession, not a condition the speaker sets. */
const CONCESSIVE = normalizeArabic('حتى');
/** لم: a negated condition (إذا لم، في حال لم، إن لم). */
const NEGATED_PAST = 'لم';
/** A first-person future: سنـ / سأ (with the hamza written), also glued to ف/و (فسنرد). */
const FIRST_FUTURE = /^[وف]?(?:سن[\u0621-\u064a]{2,}|سأ[\u0621-\u064a]{2,})$/;
/** A 3rd-person future (سيبقى، ستفتح): سـ + the imperfect prefix. */
const ANY_FUTURE = /^س[يت][\u0621-\u064a]{3,}$/;
/** The main verb of a clause stands among its first words (after a subject of two or three words). */
const MAIN_VERB_WINDOW = 4;
/** فإننا / فإني: the consequent opens with the speaker as subject. */
const FIRST_CONSEQUENT = /^ف(?:اننا|انني|اني|نحن)$/;
/** تقرر: the passive perfect "it was decided"; قررنا: we decided. */
const DECIDED_PASSIVE = normalizeArabic('تقرر');
const DECIDED_WE = normalizeArabic('قررنا');
/** The deontic openings as word lists, keyed by their first word (normalized). */
const DEONTIC_OPENINGS = new Map<string, string[][]>();
for (const phrase of MOOD.deonticOpenings) {
  const words = normalizeArabic(phrase).split(' ');
  const first = words[0] as string;
  DEONTIC_OPENINGS.set(first, [...(DEONTIC_OPENINGS.get(first) ?? []), words]);
}
/** Punctuation that closes a clause. */
const CLAUSE_PUNCTUATION = /[،,.:؛!?؟]/;

/** The mood shapes of tokens [from, to) (`text` for the punctuation between them and the hamza as written). */
export function moodShapes(text: string, tokens: Token[], from: number, to: number): Set<MoodShape> {
  const shapes = new Set<MoodShape>();
  let condition = false;
  let negatedCondition = false;
  let firstClause = true;
  for (let t = from; t < to; t++) {
    const tok = tokens[t] as Token;
    const word = bare(tok.norm);
    const prev = t > from ? bare((tokens[t - 1] as Token).norm) : '';
    const opens = t === from || CLAUSE_PUNCTUATION.test(text.slice((tokens[t - 1] as Token).end, tok.start));
    if (opens && t > from) firstClause = false;
    const raw = tok.text.replace(DIACRITICS, '');
    if (firstClause && FIRST_FUTURE.test(raw)) shapes.add('firstFuture');
    else if (
      firstClause &&
      t - from < MAIN_VERB_WINDOW &&
      (word === 'سوف' || (ANY_FUTURE.test(word) && !/^س[اأ]/.test(raw.replace(/^[وف]/, ''))))
    )
      shapes.add('mainFuture');
    const intent = INTENT_FORMS.get(word);
    if (intent !== undefined && !NEGATORS.has(prev) && (!intent || writtenHamza(tok))) shapes.add('intent');
    // The wish is the content's main verb: its first word, or after the speaker's pronoun (نحن نأمل، إننا نتطلع).
    const wish = t === from || (t === from + 1 && WISH_SUBJECTS.has(prev)) ? WISH_FORMS.get(word) : undefined;
    if (wish !== undefined && !NEGATORS.has(prev) && !PAST_AUXILIARIES.has(prev) && (!wish || writtenHamza(tok))) shapes.add('ownWish');
    if (word === NEGATED_FUTURE || tok.norm === NEGATED_FUTURE) {
      const next = tokens[t + 1];
      if (next && t + 1 < to && (FIRST_IMPERFECT.test(next.norm) || (/^ا/.test(next.norm) && writtenHamza(next))))
        shapes.add('ownNegatedFuture');
    }
    const fi = CONDITION_AFTER_FI.has(word) && prev === 'في';
    if (
      (CONDITION_WORDS.has(word) && prev !== 'ما' && prev !== CONCESSIVE) ||
      fi ||
      (word === 'ان' && tokens[t + 1]?.norm === NEGATED_PAST)
    ) {
      condition = true;
      // The condition is on someone else: its verb, after لم, is not in the first person (إذا لم نتمكن، إذا لم أجد).
      const verb = tokens[t + 2];
      negatedCondition = tokens[t + 1]?.norm === NEGATED_PAST && !!verb && !FIRST_IMPERFECT.test(verb.norm) && !writtenHamza(verb);
    } else if (condition && t > from + 1 && ownConsequentAt(text, tokens, t, to)) {
      shapes.add('ownConsequent');
      if (negatedCondition) shapes.add('ownThreat');
      condition = false;
    }
    // ومن الضروري: a glued و/ف on the short first word too.
    const deontic = opens ? (DEONTIC_OPENINGS.get(tok.norm) ?? DEONTIC_OPENINGS.get(tok.norm.replace(/^[وف]/, ''))) : undefined;
    if (deontic?.some((words) => words.every((w, i) => i === 0 || tokens[t + i]?.norm === w))) shapes.add('deontic');
    // تقرر after قد is the imperfect "may decide" (قد تقرر المنظمة): only the passive opening its clause.
    if (word === DECIDED_WE || (word === DECIDED_PASSIVE && opens)) shapes.add('decided');
  }
  return shapes;
}

/**
 * Token t opens the answer of a condition with the speaker's own future: a first-person future glued to ف or
 * opening a clause (فسنرد، "…، سنلجأ"), or فإننا/فإني right before one (فإننا سنفرض). A future later in the
 * answer (فلا أعتقد أننا سنذهب) is said about the future, not undertaken.
 */
function ownConsequentAt(text: string, tokens: Token[], t: number, to: number): boolean {
  const tok = tokens[t] as Token;
  const raw = tok.text.replace(DIACRITICS, '');
  const opens = /^ف/.test(tok.norm) || CLAUSE_PUNCTUATION.test(text.slice((tokens[t - 1] as Token).end, tok.start));
  if (opens && FIRST_FUTURE.test(raw)) return true;
  const next = tokens[t + 1];
  return FIRST_CONSEQUENT.test(tok.norm) && !!next && t + 1 < to && FIRST_FUTURE.test(next.text.replace(DIACRITICS, ''));
}

/** The kind each shape gives a content after a neutral cue, in the order they are tried. */
export const MOOD_KINDS: [MoodShape, StatementKind][] = [
  ['ownThreat', 'THREAT'],
  ['intent', 'PROMISE'],
  ['ownWish', 'OTHER'],
  ['decided', 'ANNOUNCEMENT'],
  ['deontic', 'DEMAND'],
];

/** The kind the content's mood gives it, if a shape of MOOD_KINDS holds. */
export function moodKind(text: string, tokens: Token[], from: number, to: number): StatementKind | null {
  const shapes = moodShapes(text, tokens, from, to);
  for (const [shape, kind] of MOOD_KINDS) if (shapes.has(shape)) return kind;
  return null;
}
