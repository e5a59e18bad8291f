/**
 * Statements: reporting cues (verbs, participles, statement nouns, attributions such as بحسب,
 * "جاء في بيان", and "X: …" headlines) → speaker, addressees, content span, kind, and links
 * between statements (reported by, denies, answers).
 *
 * One module per decision: the cue families (verb-cue, noun-cue, attribution-cue, document-cue,
 * colon-cue), the speaker phrase after a cue (speaker-phrase) and the actor it names (resolve),
 * the subject before a cue (subject, over clause.ts), where the content opens (opening) and ends
 * (content-end), the kind (kind), and the links between statements (link).
 */
import { attribution, reportedAttribution } from './attribution-cue.ts';
import { colonStatement } from './colon-cue.ts';
import { jaaFi } from './document-cue.ts';
import { linkStatements } from './link.ts';
import { nounCue, possessiveNounCue } from './noun-cue.ts';
import { quotedVerbCue, verbCue } from './verb-cue.ts';
import type { ArticleDocument } from '../document.ts';
import type { Ctx, StatementDraft } from './context.ts';

export type { StatementDraft } from './context.ts';

/** A line that links a related article by its headline (clean.ts keeps it). */
const READ_MORE = /^\s*للمزيد\s*[:|]/;

/** Runs over every sentence in order; statements come out in text order. */
export function findStatements(doc: ArticleDocument): StatementDraft[] {
  const ctx: Ctx = { ...doc, out: [], lastSpeaker: null, unnamedByHead: new Map(), consumedTo: 0 };
  const { tokens, quoteMask } = ctx;
  for (const sentence of doc.sentences) {
    const a = sentence.firstTok;
    const b = sentence.endTok;
    if (b <= a) continue;
    // "للمزيد: …" gives a related article's headline: its statements count, but the floor stays where it was.
    const floor = ctx.lastSpeaker;
    const readMore = READ_MORE.test(ctx.text.slice(sentence.start, sentence.end));
    colonStatement(ctx, sentence, a, b);
    // Statements of this sentence so far: a later cue may be nested in one of their contents.
    const open: StatementDraft[] = [];
    for (let k = a; k < b; k++) {
      const tok = tokens[k];
      if (!tok || k < ctx.consumedTo) continue;
      if (quoteMask[tok.start]) {
        const nested = quotedVerbCue(ctx, sentence, a, b, k, open);
        if (nested) open.push(nested);
        continue;
      }
      const made =
        attribution(ctx, sentence, a, b, k) ??
        reportedAttribution(ctx, sentence, a, b, k) ??
        jaaFi(ctx, sentence, a, b, k) ??
        verbCue(ctx, sentence, a, b, k, open) ??
        nounCue(ctx, sentence, b, k) ??
        possessiveNounCue(ctx, sentence, a, b, k);
      if (made) open.push(made);
    }
    if (readMore) ctx.lastSpeaker = floor;
  }
  linkStatements(ctx);
  return ctx.out;
}
