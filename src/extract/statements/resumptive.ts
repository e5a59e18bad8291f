/**
 * A cue in a relative clause without a relative pronoun, tied to the noun it describes by a resumptive
 * "في + pronoun" ("تصريح لـ X قال فيه إن …", "مسيرة طالب فيها محتجون بـ …"). The subject is the phrase
 * after the pronoun when one is written; otherwise, when the described noun is a statement, its issuer.
 */
import { isTitle } from '../entities.ts';
import { INSTITUTION_HEADS, STATEMENT_NOUNS, UNNAMED_HEADS, type CueForm } from '../lexicon.ts';
import { objectAfterVerb } from './agreement.ts';
import { DOCUMENT_LINKS, isQuantifier } from './clause.ts';
import { type Ctx, SPACE_GAP, gapBefore, isUnnamedHead } from './context.ts';
import { resolvePhrase } from './resolve.ts';
import { gluedHead, issuerStart, readSpeakerPhrase } from './speaker-phrase.ts';

/** "فيه", "فيها", "فيهم", "فيهما": في with the pronoun that points back to the described noun. */
const RESUMPTIVE = /^في(?:ه|ها|هم|هما)$/;
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

export interface ResumptiveSubject {
  speaker: string;
  /** First token after the subject (or after the resumptive pronoun): where content may open. */
  npEnd: number;
}

/** The subject of the cue at k when a resumptive في + pronoun follows it; null when none does or none is found. */
export function resumptiveSubject(ctx: Ctx, a: number, k: number, b: number, form: CueForm): ResumptiveSubject | null {
  const { tokens } = ctx;
  const pron = tokens[k + 1];
  if (!pron || !RESUMPTIVE.test(pron.norm) || !SPACE_GAP.test(gapBefore(ctx, k + 1))) return null;
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
