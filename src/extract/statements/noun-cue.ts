/**
 * The statement-noun cue family: a verbal noun in construct with its speaker and an opening right
 * after it ("إعلان ترامب الانسحاب …", "تحذيرات المعارضة من أن …").
 */
import { isStop, isTimeWord, isTitle } from '../entities.ts';
import { INSTITUTION_HEADS, NOUN_CUES, UNNAMED_HEADS, type CueForm, type CueNoun } from '../lexicon.ts';
import { isArabicWord, type Token } from '../normalize.ts';
import { contentEnd, isDirect } from './content-end.ts';
import { type Ctx, cueAt, gapBefore, governedVerbalNoun, push, SPACE_GAP, type StatementDraft } from './context.ts';
import { kindFor } from './kind.ts';
import { findOpening } from './opening.ts';
import { resolvePhrase } from './resolve.ts';
import { readSpeakerPhrase } from './speaker-phrase.ts';
import type { Sentence } from '../segment.ts';

/** From a statement noun's speaker to a complementizer ("خلال زيارة واشنطن الاثنين بأن …"), or to a quotation. */
const MAX_NOUN_COMPLEMENT_DISTANCE = 7;
const MAX_NOUN_QUOTE_DISTANCE = 2;
/** The noun's preposition comes right after its speaker ("تحذير الوزير من …"). */
const MAX_NOUN_PREP_DISTANCE = 1;

/** Synthetic verbs for statement nouns, so findOpening can read their prepositions. */
const NOUN_AS_VERB = new Map<CueNoun, CueForm>();

function nounAt(tok: Token): CueNoun | null {
  const memo = tok.info.noun;
  if (memo !== undefined) return memo;
  return (tok.info.noun = computeNoun(tok));
}

function computeNoun(tok: Token): CueNoun | null {
  const direct = NOUN_CUES.get(tok.norm);
  if (direct) return direct;
  for (const v of tok.info.variants) {
    // و ف ب ل ك + noun; never the definite form, which cannot take a genitive speaker.
    if (v.prefixLength === 1 || (v.prefixLength === 2 && /^[وف][بلك]/.test(tok.norm))) {
      const n = NOUN_CUES.get(v.form);
      if (n) return n;
    }
  }
  return null;
}

/**
 * A statement noun followed by its speaker in the genitive: "إعلان ترامب الانسحاب من الاتفاق",
 * "تحذيرات منافسي إردوغان من أن …", "اتهامات دول عربية لها بدعم …". The speaker must be a
 * recognized actor or a titled/unnamed phrase, and the content must open right after it.
 */
export function nounCue(ctx: Ctx, sentence: Sentence, b: number, k: number): StatementDraft | null {
  const { tokens, entities } = ctx;
  const tok = tokens[k];
  if (!tok) return null;
  const noun = nounAt(tok);
  if (!noun || governedVerbalNoun(ctx, k)) return null;
  // "تحذيرات من منافسي إردوغان بأن …": the speaker after من (then only with a complement, below).
  const byMin = tokens[k + 1]?.norm === 'من';
  const p = byMin ? k + 2 : k + 1;
  const first = tokens[p];
  if (!first || p >= b || !SPACE_GAP.test(gapBefore(ctx, p))) return null;
  const hit = entities.hitStartingAt(p);
  const actorLike =
    (hit && (hit.type === 'actor' || entities.places.get(hit.refId)?.metonymFor)) ||
    isTitle(first) ||
    UNNAMED_HEADS.has(first.norm) ||
    INSTITUTION_HEADS.has(first.norm);
  if (!actorLike) return null;
  const npEnd = readSpeakerPhrase(ctx, p, b);
  if (npEnd <= p) return null;
  let form = NOUN_AS_VERB.get(noun);
  if (!form) {
    form = { verb: { lemma: noun.lemma, kind: noun.kind, past: noun.lemma, preps: noun.preps }, participle: false };
    NOUN_AS_VERB.set(noun, form);
  }
  let contentStart: number;
  let contentTok: number;
  const opening = findOpening(ctx, form, npEnd, b, !byMin);
  // The content opens right after the speaker; a complement or a quote may come after a short
  // circumstantial phrase ("خلال زيارة واشنطن الاثنين بأن …").
  const dist = opening ? opening.contentTok - npEnd : Number.POSITIVE_INFINITY;
  const near =
    opening &&
    !/[،,]/.test(gapBefore(ctx, npEnd)) &&
    (opening.kind === 'complement'
      ? dist <= MAX_NOUN_COMPLEMENT_DISTANCE
      : opening.kind === 'prep'
        ? dist <= MAX_NOUN_PREP_DISTANCE
        : dist <= MAX_NOUN_QUOTE_DISTANCE);
  const objectTok = tokens[npEnd];
  if (opening && near && (!byMin || opening.kind === 'complement')) {
    contentStart = opening.contentStart;
    contentTok = opening.contentTok;
  } else if (
    noun.object &&
    !byMin &&
    objectTok &&
    npEnd < b &&
    SPACE_GAP.test(gapBefore(ctx, npEnd)) &&
    isArabicWord(objectTok.norm) &&
    !isStop(objectTok) &&
    !isTimeWord(objectTok) &&
    !cueAt(objectTok)
  ) {
    contentStart = (tokens[npEnd] as Token).start;
    contentTok = npEnd;
  } else return null;
  if (contentTok >= b) return null;
  const { end } = contentEnd(ctx, contentStart, contentTok, sentence, false);
  if (end <= contentStart) return null;
  const speaker = resolvePhrase(ctx, p, npEnd);
  if (!speaker) return null;
  const lastSpeaker = ctx.lastSpeaker;
  const draft = push(ctx, speaker, sentence, {
    cueStart: tok.start,
    cueEnd: tok.end,
    verb: noun.lemma,
    kind: kindFor(ctx, noun.kind, contentStart, end),
    direct: isDirect(ctx, contentStart, end),
    contentStart,
    contentEnd: end,
    baseKind: noun.kind,
  });
  // Narration that mentions someone's words does not hand them the floor for a following "وأضاف".
  ctx.lastSpeaker = lastSpeaker;
  return draft;
}
