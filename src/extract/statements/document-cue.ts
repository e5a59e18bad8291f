/**
 * The document cue family: "وجاء في بيان (صادر عن) X أن …", "وجاء في البيان: …".
 */
import { COMPLEMENTIZERS, STATEMENT_NOUNS } from '../lexicon.ts';
import { contentEnd, isDirect } from './content-end.ts';
import { type Ctx, push, type StatementDraft, stripConj } from './context.ts';
import { kindFor } from './kind.ts';
import { findOpening } from './opening.ts';
import { resolvePhrase } from './resolve.ts';
import { readSpeakerPhrase } from './speaker-phrase.ts';
import { DOCUMENT_ISSUER_LINKS } from './words.ts';
import type { Sentence } from '../segment.ts';

/** "وجاء في بيان (صادر عن) X أن …", "وجاء في البيان: …". */
export function jaaFi(ctx: Ctx, sentence: Sentence, a: number, b: number, k: number): StatementDraft | null {
  const { tokens } = ctx;
  const tok = tokens[k];
  if (!tok || stripConj(tok.norm) !== 'جاء' || tokens[k + 1]?.norm !== 'في') return null;
  const nounTok = tokens[k + 2];
  if (!nounTok || !STATEMENT_NOUNS.has(nounTok.norm)) return null;
  let p = k + 3;
  while (p < b && DOCUMENT_ISSUER_LINKS.has(tokens[p]?.norm ?? '')) p++;
  const first = tokens[p];
  let npEnd = p;
  if (first && !COMPLEMENTIZERS.has(first.norm)) {
    const hit = ctx.entities.hitStartingAt(p);
    npEnd = hit ? hit.endTok : readSpeakerPhrase(ctx, p, b);
  }
  const speaker = npEnd > p ? resolvePhrase(ctx, p, npEnd) : ctx.lastSpeaker;
  if (!speaker) return null;
  const opening = findOpening(
    ctx,
    { verb: { lemma: 'جاء', kind: 'ANNOUNCEMENT', past: 'جاء', preps: [] }, participle: false },
    npEnd,
    b,
    false,
  );
  if (!opening) return null;
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
