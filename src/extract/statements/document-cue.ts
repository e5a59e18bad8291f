/**
 * The document cue family: "وجاء في بيان (صادر عن) X أن …", "وجاء في البيان: …", "جاء ذلك في تغريدة لـ X، حيث قال …".
 */
import { COMPLEMENTIZERS, STATEMENT_NOUNS } from '../lexicon.ts';
import { contentEnd, isDirect } from './content-end.ts';
import { type Ctx, gapBefore, push, SPACE_GAP, type StatementDraft, stripConj } from './context.ts';
import { kindFor } from './kind.ts';
import { findOpening } from './opening.ts';
import { resolvePhrase } from './resolve.ts';
import { readSpeakerPhrase } from './speaker-phrase.ts';
import { DEMONSTRATIVES, DOCUMENT_FRAMES, DOCUMENT_ISSUER_LINKS } from './words.ts';
import type { Sentence } from '../segment.ts';

/** "وجاء في بيان (صادر عن) X أن …", "وجاء في البيان: …". */
export function jaaFi(ctx: Ctx, sentence: Sentence, a: number, b: number, k: number): StatementDraft | null {
  const { tokens } = ctx;
  const tok = tokens[k];
  if (!tok || stripConj(tok.norm) !== 'جاء') return null;
  // "جاء ذلك في تغريدة لـ X": the demonstrative points back at what the sentence before reported.
  const inAt = DEMONSTRATIVES.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
  if (!DOCUMENT_FRAMES.has(tokens[inAt]?.norm ?? '')) return null;
  const nounTok = tokens[inAt + 1];
  if (!nounTok || !STATEMENT_NOUNS.has(nounTok.norm)) return null;
  let p = inAt + 2;
  while (p < b && DOCUMENT_ISSUER_LINKS.has(tokens[p]?.norm ?? '')) p++;
  const first = tokens[p];
  let npEnd = p;
  // "تغريدة لقرقاش", "كلمة للرئيس": the issuer glued to the ل of the document.
  const dative = !!first && /^ل/.test(first.norm);
  // The issuer follows the noun in the same phrase; after a colon or inside a quotation the document's text begins.
  const inPhrase = !!first && SPACE_GAP.test(gapBefore(ctx, p)) && !ctx.quoteMask[first.start];
  if (first && inPhrase && !COMPLEMENTIZERS.has(first.norm)) {
    const hit = ctx.entities.hitStartingAt(p);
    npEnd = hit ? hit.endTok : readSpeakerPhrase(ctx, p, b, dative);
  }
  const speaker = npEnd > p ? resolvePhrase(ctx, p, npEnd, dative) : ctx.lastSpeaker;
  if (!speaker) return null;
  const opening = findOpening(
    ctx,
    { verb: { lemma: 'جاء', kind: 'ANNOUNCEMENT', past: 'جاء', preps: [] }, participle: false },
    npEnd,
    b,
    false,
  );
  if (!opening) {
    // "جاء ذلك في تغريدة لـ X، حيث قال: …": the document names who speaks in the clause that follows.
    if (npEnd > p) ctx.documentIssuer = { id: speaker, until: sentence.end };
    return null;
  }
  const { end } = contentEnd(ctx, opening.contentStart, opening.contentTok, sentence, false);
  if (end <= opening.contentStart) return null;
  return push(ctx, speaker, sentence, {
    cueStart: tok.start,
    cueEnd: nounTok.end,
    verb: 'جاء في',
    kind: kindFor(ctx, 'ANNOUNCEMENT', opening.contentStart, end),
    direct: isDirect(ctx, opening.contentStart, end),
    contentStart: opening.contentStart,
    contentEnd: end,
  });
}
