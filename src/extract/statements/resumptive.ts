/**
 * A cue in a relative clause without a relative pronoun, tied to the noun it describes by a resumptive
 * "في + pronoun" ("تصريح لـ X قال فيه إن …", "مسيرة طالب فيها محتجون بـ …"). The subject is the phrase
 * after the pronoun when one is written; otherwise, when the described noun is a statement, its issuer.
 */
import { isTimeWord, isTitle } from '../entities.ts';
import { COMPLEMENTIZERS, INSTITUTION_HEADS, STATEMENT_NOUNS, UNNAMED_HEADS, type CueForm } from '../lexicon.ts';
import { objectAfterVerb } from './agreement.ts';
import { DOCUMENT_LINKS, isQuantifier } from './clause.ts';
import { COMMA_GAP, type Ctx, SPACE_GAP, cueAt, gapBefore, isUnnamedHead } from './context.ts';
import { resolvePhrase } from './resolve.ts';
import { gluedHead, issuerStart, readSpeakerPhrase } from './speaker-phrase.ts';
import { mainClauseSubject } from './subject.ts';
import { CLAUSE_SUBORDINATORS, PREPOSITIONS, prepositionWithPronouns, RELATIVES } from './words.ts';
import type { Token } from '../normalize.ts';

/** "فيه", "فيها", "فيهم", "فيهما": في with the pronoun that points back to the described noun (the document or occasion the words were said in). */
const RESUMPTIVE = new Set(prepositionWithPronouns('في'));
/** The described statement noun, its issuer and their modifiers stand this close before the cue. */
const MAX_DESCRIBED_NOUN_DISTANCE = 10;

/**
 * Whether the phrase at p is headed like a source: a known actor or place, a title, an unnamed or counted
 * source, or an institution. After the pronoun an unknown word (وجود، لشن) is the verb's object, and a
 * document (وصف فيه تقرير الصحيفة) is what the clause talks about.
 */
function sourceHeadAt(ctx: Ctx, p: number): boolean {
  const tok = ctx.tokens[p];
  if (!tok) return false;
  const bare = tok.norm.replace(/^ال/, '');
  if (STATEMENT_NOUNS.has(bare)) return false;
  const hit = ctx.entities.hitStartingAt(p);
  if (hit && hit.start === tok.start && (hit.type === 'actor' || hit.type === 'place')) return true;
  return isTitle(tok) || isUnnamedHead(bare) || UNNAMED_HEADS.has(bare) || INSTITUTION_HEADS.has(bare) || isQuantifier(tok);
}

/** Words an indefinite statement noun may take before its describing clause: "بيانا رسميا", "كلمة مسجلة". */
const MAX_OBJECT_NOUN_MODIFIERS = 2;
/** The indefinite accusative ending of a masculine noun (بيانا، تقريرا) or adjective (رسميا، صحفيا، مطولا). */
const INDEFINITE_ACCUSATIVE = /[^اوي]ا$/;
const ACCUSATIVE_MODIFIER = /[^او]ا$/;

/**
 * Whether token t is an indefinite statement noun ("بيانا", "تقريرا", "رسالة") followed only by
 * indefinite modifiers up to the cue at k, or by those and a phrase that places the statement
 * (placingPhrase): the object of an issuing verb, not a fronted subject.
 */
function objectStatementNoun(ctx: Ctx, t: number, k: number): boolean {
  const tok = ctx.tokens[t];
  if (!tok || tok.norm.startsWith('ال')) return false;
  const n = tok.norm;
  const noun = INDEFINITE_ACCUSATIVE.test(n) ? n.slice(0, -1) : n;
  if (!STATEMENT_NOUNS.has(noun) || (noun === n && !n.endsWith('ه'))) return false;
  let j = t + 1;
  for (; j < k && j - t - 1 < MAX_OBJECT_NOUN_MODIFIERS; j++) {
    const m = ctx.tokens[j] as Token;
    if (!SPACE_GAP.test(gapBefore(ctx, j)) || ctx.entities.hitStartingAt(j) || m.norm.startsWith('ال')) break;
    if (!ACCUSATIVE_MODIFIER.test(m.norm) && !m.norm.endsWith('ه')) break;
  }
  if (j === k) return SPACE_GAP.test(gapBefore(ctx, k));
  // The resumptive pronoun agrees with the noun: "بيانا … قال فيه", "تغريدة … قالت فيها".
  const feminine = noun.endsWith('ه');
  return ctx.tokens[k + 1]?.norm === (feminine ? 'فيها' : 'فيه') && placingPhrase(ctx, j, k);
}

/**
 * Whether [from, k) only places the statement before its describing clause: where or to whom it went and
 * when ("بيانا، الأربعاء، دعا فيه", "تغريدة على تويتر قال فيها", "رسالة إلى الرئيس طالب فيها"). It opens
 * with a comma, a preposition or a time word, and holds no clause of its own (no complementizer, relative
 * word, subordinator, cue or quotation) that could be what the resumptive pronoun points back to.
 */
function placingPhrase(ctx: Ctx, from: number, k: number): boolean {
  const first = ctx.tokens[from] as Token;
  const gap = gapBefore(ctx, from);
  const opens =
    COMMA_GAP.test(gap) ||
    (SPACE_GAP.test(gap) && (PREPOSITIONS.has(first.norm) || GLUED_PREPOSITION.test(first.norm) || isTimeWord(first)));
  if (!opens || k - from > MAX_PLACING_PHRASE_TOKENS) return false;
  for (let j = from; j <= k; j++) {
    const g = gapBefore(ctx, j);
    if (!SPACE_GAP.test(g) && !COMMA_GAP.test(g)) return false;
    const m = ctx.tokens[j] as Token;
    if (j === k) break;
    const w = m.norm.replace(/^[وف]/, '');
    if (COMPLEMENTIZERS.has(m.norm) || RELATIVES.has(w) || CLAUSE_SUBORDINATORS.has(w) || cueAt(m)) return false;
  }
  return true;
}
/**
 * A word with ب glued, of a length that makes it a noun ("بموقع"), not بل or به. A glued ل names the issuer
 * ("تغريدة لخامنئي قال فيها"), which the caller reads as such.
 */
const GLUED_PREPOSITION = /^ب[\u0621-\u064a]{3,}$/;
/** From the end of the noun's modifiers to the cue: a platform or addressee and a date ("على موقعه الرسمي في تويتر، مساء الأحد"). */
const MAX_PLACING_PHRASE_TOKENS = 7;

export interface ResumptiveSubject {
  speaker: string;
  /** First token after the subject (or after the resumptive pronoun): where content may open. */
  npEnd: number;
}

/** The subject of the cue at k when a resumptive في + pronoun follows it; null when none does or none is found. */
export function resumptiveSubject(ctx: Ctx, a: number, k: number, b: number, form: CueForm): ResumptiveSubject | null {
  const { tokens } = ctx;
  const pron = tokens[k + 1];
  if (!pron || !RESUMPTIVE.has(pron.norm) || !SPACE_GAP.test(gapBefore(ctx, k + 1))) return null;
  const p = k + 2;
  // "طالب فيها محتجون": the subject follows the pronoun.
  const end = sourceHeadAt(ctx, p) && !objectAfterVerb(ctx, k, p, form) ? readSpeakerPhrase(ctx, p, b) : p;
  if (end > p) {
    const speaker = resolvePhrase(ctx, p, end);
    if (speaker) return { speaker, npEnd: end };
  }
  // "تصريح لوزير المالية قال فيه": the statement's issuer said it.
  for (let t = k - 1; t >= a && k - t <= MAX_DESCRIBED_NOUN_DISTANCE; t--) {
    const n = (tokens[t]?.norm ?? '').replace(/^ال/, '');
    // "أصدرت الوزارة بيانا أكدت فيه": an indefinite statement noun right before the cue is the object of the
    // sentence's main verb, whose subject issued the statement and says what the cue reports. That verb may be a
    // cue that reports nothing by itself ("كتب ترامب تغريدة قال فيها"): its subject still wrote the statement.
    if (objectStatementNoun(ctx, t, k)) {
      const speaker = mainClauseSubject(ctx, a, t, true, true);
      return speaker ? { speaker, npEnd: p } : null;
    }
    if (!STATEMENT_NOUNS.has(n)) continue;
    const next = tokens[t + 1];
    if (!next || t + 1 >= k) return null;
    // Only an issuer written as such: لـ + the issuer, "صادر عن", or a name in construct ("تصريح ترامب").
    const issued = !!gluedHead(next) || DOCUMENT_LINKS.has(next.norm) || ctx.entities.hitStartingAt(t + 1)?.type === 'actor';
    if (!issued) return null;
    const j = issuerStart(ctx, t + 1, k);
    const issuerEnd = readSpeakerPhrase(ctx, j, k, true);
    const speaker = issuerEnd > j ? resolvePhrase(ctx, j, issuerEnd, true) : null;
    return speaker ? { speaker, npEnd: p } : null;
  }
  return null;
}
