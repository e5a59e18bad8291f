/**
 * The content features of the distant-supervised kind model (tools/mine/kind-model.ts), shared with the
 * dev-set check (tools/eval/kinds.ts --model): content words without their proclitics, the content's
 * opening word, pairs of adjacent words, and markers of the future, the first person and negation. Names
 * (recognized actors and places) are masked, so a model learns what is said rather than who is spoken
 * of, and so are the forms of the kind-fixing cue lemmas and their verbal nouns, so it learns the
 * content rather than the cue. The model is not applied by the extractor: see the lexicons README
 * (kinds.json, "Tried and left out") for what it measured.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CUES } from '../../src/extract/lexicon.ts';
import { generateNounForms, generateVerbForms } from '../../src/extract/morphology.ts';
import { isArabicWord, type Token } from '../../src/extract/normalize.ts';
import type { StatementKind } from '../../src/graph/document-graph.ts';

/** The model file: per feature, its weight for each kind against CLAIM (log-likelihood ratio). */
export interface KindModelFile {
  /** The kinds the weights are for, in the order of each feature's weights. */
  kinds: StatementKind[];
  /** Log prior odds of each kind against CLAIM among the training contents. */
  bias: number[];
  features: Record<string, number[]>;
}

const KINDS_FILE = join(import.meta.dirname, '../../src/extract/lexicons/kinds.json');

/** Content words read for features: the opening of a content says what it does (as kind-words.ts reads it). */
export const MAX_MODEL_TOKENS = 40;

/**
 * The posterior a kind needs over CLAIM and every other kind before a neutral cue would take it (the
 * tools' default --threshold): naive Bayes posteriors are overconfident, its features not independent.
 */
export const MODEL_MIN_POSTERIOR = 0.9;

/** The kinds a cue may fix whose contents are the model's labelled examples. */
export const MODEL_KINDS: readonly StatementKind[] = [
  'ACCUSATION',
  'WARNING',
  'ANNOUNCEMENT',
  'CONDEMNATION',
  'DEMAND',
  'PROMISE',
  'DENIAL',
  'THREAT',
];

/**
 * Every form of the cue lemmas that fix one of the model's kinds: their verb forms in every person,
 * with object pronouns and participles, and their verbal nouns with possessives (اتهم، نتهم، متهما،
 * اتهامات، تحذيره). Masked: in a labelled content they would echo its cue, not its content.
 */
export const CUE_ECHOES: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  const fixing = new Set(MODEL_KINDS);
  for (const v of CUES.verbs) {
    if (!fixing.has(v.kind)) continue;
    for (const f of generateVerbForms(v, true)) out.add(f.form);
    for (const m of v.masdar ?? []) for (const f of generateNounForms(m, true)) out.add(f);
  }
  for (const n of CUES.nouns) {
    if (!fixing.has(n.kind)) continue;
    for (const w of n.forms) for (const f of generateNounForms(w)) out.add(f);
  }
  return out;
})();

/** Words spelled like سـ + imperfect that are not futures (kinds.json `notFuture`, corpus-generated). */
const NOT_FUTURE = new Set((JSON.parse(readFileSync(KINDS_FILE, 'utf8')) as { notFuture?: string[] }).notFuture ?? []);
const FUTURE_SHAPE = /^س[يتن][\u0621-\u064a]{2,}$/;
const FIRST_PERSON_FUTURE = /^سن[\u0621-\u064a]{2,}$/;
/** Independent and complementizer pronouns of the first person, and the negators. */
const FIRST_PERSON_WORDS = new Set(['نحن', 'انا', 'اننا', 'انني', 'اني', 'لنا', 'علينا', 'منا', 'لدينا']);
const NEGATORS = new Set(['لا', 'لم', 'لن', 'ليس', 'ليست', 'لست', 'لسنا', 'غير']);
/** A perfect of the first person plural (قمنا، حققنا): a word of four letters or more ending in نا. */
const WE_SUFFIX = /^[\u0621-\u064a]{2,}نا$/;
const CONJUNCTION = /^[وف]/;
/** A glued و/ف is stripped from words of this many letters (ولا, فقد keep theirs below it). */
const MIN_CONJOINED_LENGTH = 4;

/** The article glued to a preposition (بال، كال، لل) or alone (ال), stripped from a stem of this many letters or more. */
const MIN_ARTICLE_STEM_LETTERS = 3;
const ARTICLE_PREFIX = /^(?:[بك]?ال|لل)/;

/**
 * A word as the model counts it: without a glued و/ف and without the article with its preposition
 * (والحكومة، بالحكومة، للحكومة → حكومة), so a noun is one feature in every construction.
 */
export function modelStem(norm: string): string {
  const bare = norm.length >= MIN_CONJOINED_LENGTH && CONJUNCTION.test(norm) ? norm.slice(1) : norm;
  const m = ARTICLE_PREFIX.exec(bare);
  return m && bare.length - m[0].length >= MIN_ARTICLE_STEM_LETTERS ? bare.slice(m[0].length) : bare;
}

/**
 * The features of content tokens [from, to) (at most MAX_MODEL_TOKENS), skipping the tokens `masked`
 * says are names: `w:` a word's stem, `o:` the opening word, `b:` two adjacent unmasked words, `m:`
 * markers (future, first-person future, first person, negation, a name, a number).
 */
export function contentFeatures(tokens: readonly Token[], from: number, to: number, masked: (t: number) => boolean): Set<string> {
  const out = new Set<string>();
  let prev: string | null = null;
  const end = Math.min(to, from + MAX_MODEL_TOKENS);
  for (let t = from; t < end; t++) {
    const tok = tokens[t] as Token;
    if (masked(t)) {
      out.add('m:name');
      prev = null;
      continue;
    }
    if (!isArabicWord(tok.norm)) {
      if (/[0-9٠-٩]/.test(tok.norm)) out.add('m:number');
      prev = null;
      continue;
    }
    if (tok.info.variants.some((v) => CUE_ECHOES.has(v.form))) {
      prev = null;
      continue;
    }
    const bare = tok.norm.length >= MIN_CONJOINED_LENGTH && CONJUNCTION.test(tok.norm) ? tok.norm.slice(1) : tok.norm;
    const stem = modelStem(tok.norm);
    out.add(`w:${stem}`);
    if (t === from) out.add(`o:${stem}`);
    if (prev) out.add(`b:${prev}_${stem}`);
    prev = stem;
    if ((FUTURE_SHAPE.test(bare) && !NOT_FUTURE.has(bare)) || bare === 'سوف') {
      out.add('m:future');
      if (FIRST_PERSON_FUTURE.test(bare)) out.add('m:future1');
    }
    if (FIRST_PERSON_WORDS.has(bare) || WE_SUFFIX.test(bare)) out.add('m:we');
    if (NEGATORS.has(bare)) out.add('m:neg');
  }
  return out;
}

/** The model's scores: the log odds of each of its kinds against CLAIM, prior included. */
export function kindScores(model: KindModelFile, features: Iterable<string>): number[] {
  const scores = [...model.bias];
  for (const f of features) {
    const w = model.features[f];
    if (w) for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] as number) + (w[k] ?? 0);
  }
  return scores;
}

/** The most likely kind and its posterior (CLAIM's log odds are 0), or null when CLAIM is the most likely. */
export function bestKind(model: KindModelFile, features: Iterable<string>): { kind: StatementKind; posterior: number } | null {
  const scores = kindScores(model, features);
  const top = Math.max(0, ...scores);
  let total = Math.exp(-top);
  for (const s of scores) total += Math.exp(s - top);
  const k = scores.indexOf(top);
  if (k < 0) return null;
  return { kind: model.kinds[k] as StatementKind, posterior: 1 / total };
}
