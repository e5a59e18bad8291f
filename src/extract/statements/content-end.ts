/**
 * Where the content of a statement ends (a closing quotation, an attribution tail, a new coordinated
 * or contrastive cue, a new speaker), and whether it is direct speech.
 */
import { COMPLEMENTIZERS } from '../lexicon.ts';
import { OPENING_MARKS } from '../quotes.ts';
import { RELATIVE_PRONOUNS } from './clause.ts';
import { type Ctx, cueAt, gapBefore, stripConj, tokensIndexAt } from './context.ts';
import { findOpening, MAX_QUOTED_NAME_TOKENS } from './opening.ts';
import { ATTRIBUTION_TAIL_AFTER_SPACE, CONTENT_CUTTERS, CONTRAST_CLAUSE_OPENERS, QUOTE_CONTINUATION, RELATIVES } from './words.ts';
import type { Token } from '../normalize.ts';
import type { Sentence } from '../segment.ts';

/** Characters after a token that CONTENT_CUTTERS look at ("، وفقا لما", "في الوقت الذي"). */
export const CUTTER_LOOKAHEAD_CHARS = 20;

/** How far after a needs-complement verb inside a content its complement may open for it to start a new statement. */
const MAX_COMPLEMENT_LOOKAHEAD_TOKENS = 8;
/**
 * Words of a content before ", الذي/التي …" for the relative clause to be the writer's note on its last
 * noun rather than part of the reported subject: a subject alone ("خطتهم، التي بدأت …، تأخذ") is
 * shorter, a clause with its predicate or a verb's noun object ("… في حماية السفارة، التي …") longer.
 */
const MIN_TOKENS_BEFORE_TRAILING_RELATIVE = 3;
/** Share of the content inside quotation marks for it to be direct speech. */
const MIN_DIRECT_QUOTED_SHARE = 0.6;

/** Where the content of a statement ends: the sentence end, a closing quotation, a new coordinated cue, or an attribution tail. */
export function contentEnd(
  ctx: Ctx,
  start: number,
  startTok: number,
  sentence: Sentence,
  relative: boolean,
  singularSpeaker = false,
): { end: number; stopTok: number } {
  const { text, tokens } = ctx;
  let end = sentence.end;
  let stopTok = Number.MAX_SAFE_INTEGER;
  // A content that opens inside a quotation (a report the quoted speaker makes) ends with it at the latest,
  // and the words of that quotation are read for its end like any others.
  const within =
    ctx.quoteMask[start] && !OPENING_MARKS.has(text[start] ?? '') ? ctx.quotes.find((q) => q.start < start && start < q.end) : undefined;
  if (within) end = Math.min(end, within.end - 1);
  const opener = text[start] ?? '';
  if (OPENING_MARKS.has(opener)) {
    const region = ctx.quoteAt.get(start);
    if (region) {
      // The quote is the content unless the sentence goes on in the same quoted voice.
      const rest = text.slice(region.end, sentence.end);
      // A short quoted phrase that the clause goes on after ("وصف «السيء» الاتفاق بأنه …") is a
      // scare quote or a name inside the content, not the whole content.
      const words = tokensIndexAt(ctx, region.end) - tokensIndexAt(ctx, region.start);
      // "أجاب «نعم» ردا على سؤال …", "طلبت «التعاون» في أعقاب …": a tail the writer adds after a comma
      // elsewhere ends the quoted content here too.
      const goesOn =
        words <= MAX_QUOTED_NAME_TOKENS &&
        /^\s+[\u0621-\u064a]/.test(rest) &&
        !QUOTE_CONTINUATION.test(rest) &&
        !ATTRIBUTION_TAIL_AFTER_SPACE.test(rest);
      if (!goesOn) end = region.end;
    }
  }
  const nounPhrase = !within && nounPhraseContent(ctx, start, startTok);
  for (let j = startTok; j < tokens.length; j++) {
    const tok = tokens[j];
    if (!tok || tok.start >= end) break;
    if (ctx.quoteMask[tok.start] && !(within && tok.start < within.end)) continue;
    const gap = gapBefore(ctx, j);
    const tail = text.slice(tok.start - gap.length, Math.min(text.length, tok.start + CUTTER_LOOKAHEAD_CHARS));
    if (j > startTok && CONTENT_CUTTERS.some((re) => re.test(tail))) {
      // A closing quotation mark before the comma stays with the content.
      end = tok.start - gap.length + Math.max(0, gap.search(/[،,]/));
      stopTok = j;
      break;
    }
    if (relative && j > startTok && /[،,]/.test(gap)) {
      end = tok.start - gap.length;
      stopTok = j;
      break;
    }
    // "… بحماية السفارة في لندن، التي اقتحمها محتجون …": outside a quotation, a relative clause set off by a
    // comma after the clause is the writer's background on its last noun, not what was said.
    if (
      !relative &&
      !within &&
      j - startTok >= MIN_TOKENS_BEFORE_TRAILING_RELATIVE &&
      RELATIVE_PRONOUNS.has(tok.norm) &&
      /[،,]/.test(gap)
    ) {
      end = tok.start - gap.length + Math.max(0, gap.search(/[،,]/));
      stopTok = j;
      break;
    }
    // "طلب عرضا عسكريا، وأن الوزارة تدرس …": a noun phrase cannot take a coordinated أن-clause; the
    // clause continues the complement of a cue before it, so the noun phrase ends here.
    if (nounPhrase && j > startTok && /[،,]/.test(gap) && /^و/.test(tok.norm) && COMPLEMENTIZERS.has(tok.norm.slice(1))) {
      end = tok.start - gap.length;
      stopTok = j;
      break;
    }
    // "اتهم الوزير الشركة بالتقصير، وكان المصنع قد …", "نفى التهمة، ولم يعلق على …": after a noun phrase, a
    // comma and a clause opener (وكان، وقد، ولم، لكن) start the writer's next clause.
    if (nounPhrase && j > startTok && /[،,]/.test(gap) && NARRATIVE_OPENER.test(tok.norm) && !ctx.quoteMask[tok.start]) {
      end = tok.start - gap.length;
      stopTok = j;
      break;
    }
    const c = j > startTok ? cueAt(tok) : null;
    // "… ، وتبلغ السرعة …": a verb that needs a complement only starts a new statement when one follows.
    // "كان اللقاء مفيدا"، "بزيارة رسمية ومعلنة": a participle that is an adjective of the clause (مفيد، معلن، مشدد
    // are also "useful", "announced", "strict") starts a statement only when an opening follows it.
    const bareParticiple = !!c && c.form.participle && adjectiveParticiple(ctx, j);
    const opensHere =
      c &&
      !c.form.verb.idiom &&
      ((!c.form.verb.needsComplement && !bareParticiple) ||
        findOpening(ctx, c.form, j + 1, Math.min(tokens.length, j + MAX_COMPLEMENT_LOOKAHEAD_TOKENS), bareParticiple) !== null);
    // "…، لكنه أضاف أن", "… غير أنه عاد وحذر", "…، لكن الوزير أكد": a contrastive clause whose cue opens a second statement.
    const contrast = c && opensHere ? contrastClauseStart(ctx, j, startTok) : null;
    if (contrast !== null) {
      const g = gapBefore(ctx, contrast);
      end = (tokens[contrast] as Token).start - g.length;
      stopTok = contrast;
      break;
    }
    // "أعلن السفير أن محتجين اقتحموا المبنى، مرددين هتافات …": a plural participle after a singular cue
    // agrees with a subject inside the content, and goes on with the reported clause.
    const innerParticiple = c && c.form.participle && !c.prefixed && singularSpeaker && PLURAL_PARTICIPLE.test(tok.norm);
    if (c && opensHere && (c.prefixed || c.form.participle) && !innerParticiple) {
      end = tok.start - gap.length;
      stopTok = j;
      break;
    }
    // ", قال الرئيس …": a new speaker takes the floor, unless the clause's own subject precedes the verb.
    if (c && opensHere && !innerParticiple && /[،,]/.test(gap)) {
      const subject = ctx.entities.hitEndingAt(j);
      if (!subject || subject.startTok !== startTok) {
        end = tok.start - gap.length;
        stopTok = j;
        break;
      }
    }
    // ", والذي قالت روسيا …": a relative clause that brings in another speaker.
    const rel = tokens[j - 1];
    if (c && rel && j - 1 > startTok && RELATIVES.has(stripConj(rel.norm))) {
      const relGap = gapBefore(ctx, j - 1);
      if (/[،,]/.test(relGap)) {
        end = rel.start - relGap.length;
        stopTok = j - 1;
        break;
      }
    }
  }
  // No trailing punctuation or spaces.
  while (end > start && /[\s.،,:;؛]/.test(text[end - 1] ?? '')) end--;
  return { end, stopTok };
}

/**
 * The first token of a contrastive or concessive opener a few words before the cue at token j
 * ("، لكنه أضاف", "غير أنه عاد وحذر", "ورغم ذلك أكد", "لكن رئيس الوزراء أكد"), after startTok,
 * or null. Between the opener and the cue: a subject, adverbials or a light verb, but no
 * complementizer (the cue would sit inside a reported clause) and no sentence end.
 */
function contrastClauseStart(ctx: Ctx, j: number, startTok: number): number | null {
  const { tokens } = ctx;
  for (let f = j - 1; f > startTok && j - f <= MAX_CONTRAST_CLAUSE_TOKENS; f--) {
    if (/[.؟?!:]/.test(gapBefore(ctx, f + 1))) return null;
    const len = contrastOpenerAt(ctx, f);
    if (len) return f + len <= j ? f : null;
    if (COMPLEMENTIZERS.has((tokens[f] as Token).norm)) {
      // The أن of the opener itself ("غير أنه") is read with it.
      const before = tokens[f - 1];
      if (!before || !CONTRAST_CLAUSE_OPENERS.some((o) => o.length > 1 && o[o.length - 2] === before.norm)) return null;
    }
  }
  return null;
}
/** "لكن رئيس الوزراء، في تصريح لاحق، أكد": from the opener to the cue. */
const MAX_CONTRAST_CLAUSE_TOKENS = 8;

/** The number of words of the contrastive opener starting at token f, or 0. */
function contrastOpenerAt(ctx: Ctx, f: number): number {
  for (const words of CONTRAST_CLAUSE_OPENERS) {
    const ok = words.every((w, i) => {
      const t = ctx.tokens[f + i];
      if (!t || ctx.quoteMask[t.start]) return false;
      return w === 'ان' ? COMPLEMENTIZERS.has(t.norm) : t.norm === w;
    });
    if (ok) return words.length;
  }
  return 0;
}

/**
 * A clause opener that a noun phrase cannot continue with: و with the past auxiliary, قد or the negators of a
 * verb (لم، لن), and لكن with or without و. In every 5th corpus article this ends 92 contents; by reading, all but about 2 at narration.
 */
const NARRATIVE_OPENER = /^(?:و(?:كان|كانت|كانوا|قد|لقد|لم|لن)|و?(?:لكن|لكنه|لكنها))$/;

/** Words after which a participle is a predicate or a negated adjective ("كان مفيدا"، "غير معلنة"). */
const ADJECTIVE_SLOT = /^(?:غير|و?(?:كان|كانت|يكون|تكون|سيكون|ستكون|يكن|تكن))$/;

/**
 * The participle at token j, with no comma before it, reads as an adjective: after غير or a form of كان, or
 * feminine right after an indefinite feminine word (أوامر مشددة، زيارة رسمية ومعلنة). A speaker's participle
 * (مؤكدا أن، منتقدا سياستهم) follows a comma or a word of another shape: without a comma, about half of the
 * participles that ended a content in a corpus sample were adjectives, and these shapes take 8 of them in every
 * 5th corpus article (7 right by reading), where any participle without a comma took 30 with about as many wrong.
 */
function adjectiveParticiple(ctx: Ctx, j: number): boolean {
  const tok = ctx.tokens[j];
  const prev = ctx.tokens[j - 1];
  if (!tok || !prev || /[،,]/.test(gapBefore(ctx, j))) return false;
  if (ADJECTIVE_SLOT.test(prev.norm)) return true;
  return /ه$/.test(tok.norm) && /ه$/.test(prev.norm) && !prev.norm.startsWith('ال');
}

/** The accusative sound plural or dual ending of a participle (مؤكدين، مشيرين). */
const PLURAL_PARTICIPLE = /ين$/;

/**
 * The content is a noun phrase (a verb's object or the noun after its preposition: "طالب بالإفراج عن …",
 * "نفى الاتهامات"), not a complement clause after إن/أن, a colon or a quotation.
 */
function nounPhraseContent(ctx: Ctx, start: number, startTok: number): boolean {
  const prev = ctx.tokens[startTok - 1];
  if (OPENING_MARKS.has(ctx.text[start] ?? '')) return false;
  if (prev && (COMPLEMENTIZERS.has(prev.norm) || prev.norm === 'فان')) return false;
  return !/[:"“«]/.test(gapBefore(ctx, startTok));
}

export function isDirect(ctx: Ctx, start: number, end: number): boolean {
  const region = OPENING_MARKS.has(ctx.text[start] ?? '') ? ctx.quoteAt.get(start) : undefined;
  if (region && region.end >= end - 1) return true;
  let quoted = 0;
  for (let i = start; i < end; i++) quoted += ctx.quoteMask[i] ?? 0;
  return end > start && quoted / (end - start) >= MIN_DIRECT_QUOTED_SHARE;
}
