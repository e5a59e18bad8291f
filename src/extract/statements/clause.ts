/**
 * Shallow clause structure around a reporting verb: where the clause that holds the verb
 * starts, so that only a noun phrase filling the whole stretch between that start and the
 * verb counts as its subject (SVO: "الرئيس الإيراني يؤكد", "وكان الوزير قد قال"), and what
 * the subject of the sentence's main verb is, for a participle or a coordinated verb that
 * has none of its own ("وأدلى أحد الشهود بشهادته قائلا …", "X did … and said").
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeArabic, type Token } from '../normalize.ts';

interface ClauseWords {
  clauseOpeners: string[];
  relativePronouns: string[];
  complementizers: string[];
  quantifiers: string[];
  standaloneSources: string[];
  documentLinks: string[];
  issuingVerbs: string[];
  titleAdjectives: string[];
  documentSubjects: string[];
  referringSubjects: string[];
}
const WORDS = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../lexicons/words.json'), 'utf8')) as ClauseWords;

/** Particles that open a clause (و، لكن، كما، كان …): a subject starts after them. */
export const CLAUSE_OPENERS = new Set(WORDS.clauseOpeners.map(normalizeArabic));
export const RELATIVE_PRONOUNS = new Set(WORDS.relativePronouns.map(normalizeArabic));
const COMPLEMENTIZERS = new Set(WORDS.complementizers.map(normalizeArabic));
/** Counted and indefinite sources: "بعض المسؤولين", "عدد من النواب", "ثلاثة مسؤولين", "60% من المشاركين". */
export const QUANTIFIERS = new Set(WORDS.quantifiers.map(normalizeArabic));
/** Sources that are a quantifier on their own: "يرى كثيرون". */
export const STANDALONE_SOURCES = new Set(WORDS.standaloneSources.map(normalizeArabic));
/** Words between a document and its issuer: "بيان صادر عن", "البيان الصادر من", "بيان رسمي". */
export const DOCUMENT_LINKS = new Set(WORDS.documentLinks.map(normalizeArabic));
const ISSUING_VERBS = new Set(WORDS.issuingVerbs.map(normalizeArabic));
/** The object pronoun a relative or resumptive verb carries: "نشرته", "أصدرتها", "وصفهم". */
export const OBJECT_SUFFIX = /(?:ه|ها|هم|هما)$/;
/** A verb that makes the next phrase a document's issuer: "تقرير نشرته الصحيفة", "بيان أصدره الجيش", with or without و. */
export function isIssuingVerb(tok: Token | undefined): boolean {
  if (!tok) return false;
  const n = /^[وف]/.test(tok.norm) && tok.norm.length > 3 ? tok.norm.slice(1) : tok.norm;
  return ISSUING_VERBS.has(n) || ISSUING_VERBS.has(n.replace(OBJECT_SUFFIX, ''));
}

/**
 * Adjectives a definite title takes ("الأمين العام", "الرئيس السابق"). A definite title cannot be in
 * construct, so a definite word after it that is no adjective is the verb's object ("دعا الرئيس الأطراف").
 */
export const TITLE_ADJECTIVES = new Set(WORDS.titleAdjectives.map(normalizeArabic));

/** Documents and data that speak as a fronted subject ("الوثائق تشير إلى أن", "البيانات تظهر أن"). */
export const DOCUMENT_SUBJECTS = new Set(WORDS.documentSubjects.map(normalizeArabic));
/** الأخير/الأخيرة: the last-named actor, as a fronted subject ("الأخيرة أكدت أن"). */
export const REFERRING_SUBJECTS = new Set(WORDS.referringSubjects.map(normalizeArabic));

/** A number written in digits (Arabic or Indic), as a count of sources. */
export const isNumberToken = (tok: Token) => /^[0-9٠-٩]+$/.test(tok.norm);
/** A quantifier or a count that can head a source phrase. */
export const isQuantifier = (tok: Token) => QUANTIFIERS.has(tok.norm) || isNumberToken(tok);

/** A subject written before its verb is a noun phrase of at most this many words ("وزير الخارجية الروسي سيرغي لافروف"). */
export const MAX_PREVERBAL_SUBJECT_TOKENS = 12;
/** Punctuation that closes the clause before it: a comma, a colon, a semicolon, a parenthesis, a quotation mark, a dash or a headline pause (".."). */
const CLAUSE_BREAK = /[،,:;؛()«»"“”.!?؟…\-–—]/;

const gap = (text: string, tokens: Token[], j: number) => {
  const tok = tokens[j];
  const prev = tokens[j - 1];
  return tok && prev ? text.slice(prev.end, tok.start) : '';
};

/** A clause opener on its own, or glued to و/ف ("ولكن", "فقد"). */
export const isClauseOpener = (tok: Token) =>
  CLAUSE_OPENERS.has(tok.norm) || (/^[وف]/.test(tok.norm) && tok.norm.length > 2 && CLAUSE_OPENERS.has(tok.norm.slice(1)));

/**
 * The first token of the clause that ends right before token `verb`, within the sentence that
 * starts at `sentenceStart`; -1 when no clause start lies within MAX_PREVERBAL_SUBJECT_TOKENS
 * (the words before the verb are then the tail of something longer, not its subject).
 * Leading clause openers are skipped, so the result is where a subject would begin.
 */
export function clauseStartBefore(text: string, tokens: Token[], verb: number, sentenceStart: number): number {
  let start = -1;
  for (let t = verb - 1; t >= sentenceStart && verb - t <= MAX_PREVERBAL_SUBJECT_TOKENS + 1; t--) {
    const prev = tokens[t - 1];
    if (
      t === sentenceStart ||
      CLAUSE_BREAK.test(gap(text, tokens, t)) ||
      (prev && (COMPLEMENTIZERS.has(prev.norm) || isClauseOpener(prev)))
    ) {
      start = t;
      break;
    }
  }
  if (start < 0) return -1;
  while (start < verb && isClauseOpener(tokens[start] as Token)) start++;
  return start;
}
