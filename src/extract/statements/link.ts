/**
 * Links between statements once all are found: denials to what they deny (an implicit claim when the
 * article spells it out), claims that negate an earlier speaker's verb, answers to questions.
 */
import { COMPLEMENTIZERS } from '../lexicon.ts';
import { firstAtOrAfter, isArabicWord, type Token } from '../normalize.ts';
import { type Ctx, push, type StatementDraft, tokensIndexAt } from './context.ts';
import { actorOfHit } from './resolve.ts';
import { AUX_STEMS, DENIED_NOUNS, NEGATORS } from './words.ts';

/** Content words scanned for verbs negated by لم/لن. */
const MAX_NEGATION_SCAN_TOKENS = 80;
/** How far back a denial looks for the statement it denies: statements, and sentences. */
const MAX_DENIED_LOOKBACK_STATEMENTS = 200;
const MAX_DENIED_LOOKBACK_SENTENCES = 30;
/** An answer this short ("نعم", "لا أعلم") answers the question before it. */
const MAX_SHORT_ANSWER_TOKENS = 3;
/** An answer is in the question's sentence or the next one. */
const MAX_QUESTION_TO_ANSWER_SENTENCES = 1;

/** Rough stem of a verb: "تتصل", "اتصلت", "يتصلون" → "تصل". */
function verbStem(norm: string): string {
  let w = norm;
  if (w.length > 4 && /^[وف]/.test(w)) w = w.slice(1);
  if (w.length > 4 && /(?:ون|وا|ين)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && /[تا]$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && /^[يتنا]/.test(w)) w = w.slice(1);
  return w;
}

/** Stems of verbs right after لم/لن (negated = true), or of all other words of a span. */
function negatedStems(ctx: Ctx, start: number, end: number, negated: boolean): Set<string> {
  const out = new Set<string>();
  const from = tokensIndexAt(ctx, start);
  for (let t = from; t < ctx.tokens.length && t - from < MAX_NEGATION_SCAN_TOKENS; t++) {
    const tok = ctx.tokens[t] as Token;
    if (tok.end > end) break;
    const prev = t > from ? ctx.tokens[t - 1] : undefined;
    const afterNeg = !!prev && NEGATORS.has(prev.norm);
    if (afterNeg !== negated || NEGATORS.has(tok.norm) || !isArabicWord(tok.norm) || tok.norm.startsWith('ال')) continue;
    const stem = verbStem(tok.norm);
    if (stem.length >= 3 && !AUX_STEMS.has(stem)) out.add(stem);
  }
  return out;
}

/** Denials → what they deny (an implicit claim when the article spells it out), answers → questions. */
export function linkStatements(ctx: Ctx) {
  const { tokens, entities } = ctx;
  const list = [...ctx.out];
  for (const s of list) {
    if (s.implicit) continue;
    const contentTok = tokensIndexAt(ctx, s.contentStart);
    const first = tokens[contentTok];
    if (s.kind === 'DENIAL' && first && DENIED_NOUNS.has(first.norm)) {
      const hit = entities.hitStartingAt(contentTok + 1);
      if (!hit) continue;
      const claimant = actorOfHit(ctx, hit);
      // "مزاعم الولايات المتحدة بأنها اتصلت …": the claim itself is in the text.
      let j = hit.endTok;
      while (j < tokens.length && (tokens[j]?.start ?? Infinity) < s.contentEnd && !COMPLEMENTIZERS.has(tokens[j]?.norm ?? '')) j++;
      const claimTok = tokens[j + 1];
      if (j < tokens.length && claimTok && claimTok.start < s.contentEnd) {
        const implicit = push(ctx, claimant, s.sentence, {
          cueStart: first.start,
          cueEnd: first.end,
          verb: null,
          kind: 'CLAIM',
          direct: false,
          contentStart: claimTok.start,
          contentEnd: s.contentEnd,
          implicit: true,
        });
        s.deniesKey = implicit.key;
      } else {
        const related = (id: string) =>
          id === claimant || entities.actors.get(id)?.partOfIds.includes(claimant) || entities.actors.get(claimant)?.partOfIds.includes(id);
        let prior: StatementDraft | undefined;
        for (let q = s.key - 1; q >= 0 && q >= s.key - MAX_DENIED_LOOKBACK_STATEMENTS; q--) {
          const p = list[q];
          if (p && !p.implicit && related(p.speakerId)) {
            prior = p;
            break;
          }
        }
        if (prior) s.deniesKey = prior.key;
      }
    }
  }
  // "قال الكرملين إن واشنطن لم تتصل بموسكو" after Washington said "اتصلنا بالروس مرارا": a claim that negates
  // the verb of an earlier statement by someone else, and names that speaker, denies it.
  const byPos = [...ctx.out].sort((x, y) => x.contentStart - y.contentStart);
  const assertedOf = new Map<number, Set<string>>();
  for (const s of list) {
    if (s.implicit || s.kind !== 'CLAIM') continue;
    const negated = negatedStems(ctx, s.contentStart, s.contentEnd, true);
    if (!negated.size) continue;
    const named = new Set(
      entities
        .hitsIn(tokensIndexAt(ctx, s.contentStart), tokensIndexAt(ctx, s.contentEnd))
        .filter((h) => h.end <= s.contentEnd)
        .map((h) => actorOfHit(ctx, h)),
    );
    if (!named.size) continue;
    for (let q = firstAtOrAfter(byPos, s.contentStart, (p) => p.contentStart) - 1; q >= 0; q--) {
      const p = byPos[q] as StatementDraft;
      if (s.sentence.index - p.sentence.index > MAX_DENIED_LOOKBACK_SENTENCES) break;
      if (
        p.contentEnd > s.contentStart ||
        p.speakerId === s.speakerId ||
        p.kind === 'QUESTION' ||
        p.deniesKey !== null ||
        !named.has(p.speakerId)
      )
        continue;
      let asserted = assertedOf.get(p.key);
      if (!asserted) {
        asserted = negatedStems(ctx, p.contentStart, p.contentEnd, false);
        assertedOf.set(p.key, asserted);
      }
      if ([...negated].some((st) => asserted.has(st))) {
        s.kind = 'DENIAL';
        s.deniesKey = p.key;
        break;
      }
    }
  }
  let lastQuestion: StatementDraft | undefined;
  for (let i = 0; i < list.length; i++) {
    const s = list[i] as StatementDraft;
    const words = tokensIndexAt(ctx, s.contentEnd) - tokensIndexAt(ctx, s.contentStart);
    const question =
      lastQuestion && s.sentence.index - lastQuestion.sentence.index <= MAX_QUESTION_TO_ANSWER_SENTENCES ? lastQuestion : undefined;
    if (s.kind === 'QUESTION') lastQuestion = s;
    if (question && s.kind !== 'QUESTION' && (words <= MAX_SHORT_ANSWER_TOKENS || s.verb === 'أجاب' || s.verb === 'رد')) {
      s.kind = 'ANSWER';
      s.answersKey = question.key;
      // "فقال «نعم»" after "سأل مراسل بايدن …": the one asked answers.
      const asked = question.addresseeIds[0];
      if (s.speakerImplicit && asked && asked !== question.speakerId) s.speakerId = asked;
      // A question in a press exchange is addressed to whoever answers it ("سأل صحفي … قال الرئيس «نعم»").
      if (!question.addresseeIds.length && s.speakerId !== question.speakerId) question.addresseeIds = [s.speakerId];
    }
  }
}
