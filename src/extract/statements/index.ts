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
import { type Ctx, type StatementDraft, tokensIndexAt } from './context.ts';
import { jaaFi } from './document-cue.ts';
import { headlineEcho } from './headline-echo.ts';
import { linkStatements } from './link.ts';
import { nounCue, possessiveNounCue } from './noun-cue.ts';
import { quotedVerbCue, verbCue } from './verb-cue.ts';
import type { ArticleDocument } from '../document.ts';

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
  headlineEcho(ctx);
  linkStatements(ctx);
  return withoutRepeats(ctx);
}

/**
 * One act, one statement: two cues of the same sentence whose contents are the same words. The same speaker's
 * verb and the participle that gives its words ("ردت قائلة: «…»", "هاجم X واصفا إياه بأنه «…»", "يجيب قائلا")
 * keep the participle's statement, the cue the words belong to (otherwise the first cue is kept), with the verb's kind when the participle's is
 * the plain CLAIM; a statement noun that only names words another cue reports ("بوصف تصريحات X بـ«…»", "سؤال
 * حول تصريحات X قائلة: «…»") is dropped. Another speaker's verb on the same words ("، وهو ما تنفيه الحكومة")
 * is a statement of its own. Links to a dropped statement move to the kept one. Withdrawn drafts (context.ts) go too.
 */
function withoutRepeats(ctx: Ctx): StatementDraft[] {
  // Statements kept so far, by sentence and the token their content ends before.
  const keptByEnd = new Map<string, StatementDraft[]>();
  const replaced = new Map<number, number>();
  const out: StatementDraft[] = [];
  const withdrawn = new Set<number>();
  for (const d of ctx.out) {
    if (d.withdrawn) {
      withdrawn.add(d.key);
      continue;
    }
    if (d.implicit) {
      out.push(d);
      continue;
    }
    const endKey = `${d.sentence.index}:${tokensIndexAt(ctx, d.contentEnd)}`;
    const from = tokensIndexAt(ctx, d.contentStart);
    const same = keptByEnd.get(endKey) ?? [];
    keptByEnd.set(endKey, same);
    const k = same.find((x) => {
      const xFrom = tokensIndexAt(ctx, x.contentStart);
      if (xFrom === from) return x.speakerId === d.speakerId || !!x.nounCue || !!d.nounCue;
      if (participleOpens(x, d)) return true;
      // "وقال …، مشيرا إلى X: «…»": a participle's complement that runs over the colon into the verb's quotation.
      return xFrom > from && x.speakerId === d.speakerId && ctx.text.slice(d.contentStart, x.contentStart).includes(':');
    });
    if (!k) {
      same.push(d);
      out.push(d);
      continue;
    }
    const keepLater =
      participleOpens(k, d) ||
      (tokensIndexAt(ctx, k.contentStart) === from && (k.nounCue ? !d.nounCue : !!d.participle && k.speakerId === d.speakerId));
    if (!keepLater) {
      replaced.set(d.key, k.key);
      continue;
    }
    if (d.kind === 'CLAIM' && k.kind !== 'CLAIM') d.kind = k.kind;
    replaced.set(k.key, d.key);
    same[same.indexOf(k)] = d;
    out[out.indexOf(k)] = d;
  }
  if (!replaced.size && !withdrawn.size) return out;
  const moved = (key: number | null) => {
    let m = key;
    while (m !== null && replaced.has(m)) m = replaced.get(m) ?? null;
    return m !== null && withdrawn.has(m) ? null : m;
  };
  for (const d of out) {
    d.reportedByKey = moved(d.reportedByKey);
    if (d.reportedByKey === null) d.reportedById = null;
    d.deniesKey = moved(d.deniesKey);
    d.answersKey = moved(d.answersKey);
    if (d.reportedByKey === d.key) d.reportedByKey = d.reportedById = null;
  }
  return out;
}

/**
 * "قال الوزير مطالبا الحكومة بـ …", "وقال منددا بالهجوم": the verb's content opens with the same speaker's
 * participle, which says what kind of act the words are; the two cues are one act, kept as the participle's.
 */
function participleOpens(verb: StatementDraft, participle: StatementDraft): boolean {
  return (
    !!participle.participle &&
    !verb.participle &&
    !verb.nounCue &&
    verb.speakerId === participle.speakerId &&
    verb.contentStart === participle.cueStart
  );
}
