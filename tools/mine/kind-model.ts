/**
 * A distant-supervised statement-kind model, trained on the corpus and measured (not applied by the
 * extractor: on dev 01–40 and in a corpus sample it flips as many right kinds to wrong as wrong to right;
 * src/extract/lexicons/README.md, kinds.json, "Tried and left out", has the numbers):
 *   npx tsx tools/mine/kind-model.ts [CORPUS] [--cache FILE] [--every N] [--limit N] [--min N] [--top N]
 *       [--all] [--nested] [--holdout] [--threshold P] [--show N] [--seed S] [--dump FILE]
 *
 * Extracts the corpus (every N-th article, default every one) and labels each statement by its cue
 * lemma (cues.json): the contents of a lemma that fixes a kind (اتهم → ACCUSATION, حذر → WARNING,
 * أعلن → ANNOUNCEMENT, دان → CONDEMNATION, طالب → DEMAND, تعهد → PROMISE, نفى → DENIAL, هدد → THREAT) are
 * examples of that kind, the contents of a neutral lemma (قال، أكد، أضاف) are CLAIM. Only contents that
 * are a clause or a quotation train (after أن/إن/بأن/من أن, a colon or a quotation mark), as a neutral
 * cue's are; --all takes every content (اتهمه بالتآمر، دعا إلى الحوار too). --nested labels a neutral
 * content that holds a form of a kind-fixing lemma of its own (ندين، تطالب، تحذيره; not negated) with
 * that lemma's kind. Each content's features (kind-features.ts `contentFeatures`, the names the extractor
 * recognized masked) count once per content; a feature is kept when it stands in at least --min contents
 * (default 20) of at least MIN_OUTLETS outlets. The weights are a binarized multinomial naive Bayes
 * model's with add-ALPHA smoothing: for each kind, log P(feature | kind) − log P(feature | CLAIM); per
 * kind the --top features (default 150) with the largest weight in absolute value and support in the
 * kind's own contents are kept. Deterministic: the same corpus and options give the same model.
 *
 * Prints the contents per class and each kind's strongest features. --holdout leaves every 5th statement
 * out of training and prints how its contents are classified at --threshold (default 0.9); --show N prints
 * a seeded sample (--seed) of the neutral contents the model would give a kind at --threshold, to read
 * (terminal only); --dump FILE writes the model (kinds, bias, feature weights) as JSON for
 * `npx tsx tools/eval/kinds.ts --model FILE`, which ranks dev 01–40 statements by it.
 * --cache FILE: the statements as JSON lines (outlet, cue lemma, content, the names' offsets in it, the
 * text between cue and content), written by a first run and read by later ones.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { rng } from '../../bench/corpus.ts';
import { extract } from '../../src/extract/index.ts';
import { CUES } from '../../src/extract/lexicon.ts';
import { generateNounForms, generateVerbForms } from '../../src/extract/morphology.ts';
import { tokenize } from '../../src/extract/normalize.ts';
import { normalizeArabic } from '../../src/text/arabic.ts';
import { corpusLines, flag, LIMIT, option } from './cli.ts';
import { bestKind, contentFeatures, MODEL_KINDS, MODEL_MIN_POSTERIOR, type KindModelFile } from './kind-features.ts';
import type { StatementKind } from '../../src/graph/document-graph.ts';

const EVERY = Number(option('--every') ?? 1);
/** Contents a feature must stand in (all classes together). */
const MIN_CONTENTS = Number(option('--min') ?? 20);
/** Outlets a feature must stand in: a word of one outlet's house style says nothing of a kind. */
const MIN_OUTLETS = 3;
/** Features kept per kind. */
const TOP = Number(option('--top') ?? 150);
/** A kind's own contents a feature must stand in to be kept for it. */
const MIN_KIND_CONTENTS = 5;
/** Additive smoothing of the feature counts (strong: rare features move the posterior little). */
const ALPHA = 1;
/** Decimals of the dumped weights. */
const WEIGHT_DECIMALS = 2;
/** Characters kept of the text between a cue and its content: its last word is the complementizer. */
const OPENER_CHARS = 40;
/** A complementizer, with the preposition of its verb and a pronoun (أن، إن، بأن، بأنه، أنها، من أن، إلى أن). */
const COMPLEMENTIZER = /(?:^|\s)(?:(?:من|الي|علي)\s)?ب?ان(?:ه|ها|هم|هما|نا|ني)?\s*$/;
/** A colon before the content, or a quotation mark opening it. */
const QUOTED = /:\s*$/;
const QUOTE_MARK = /^["«“]/;

/**
 * The content is a clause or a quotation (اتهم X بأنه …، حذر من أن …، قال إن …), not a noun phrase after a
 * preposition (اتهمه بالتآمر، دعا إلى الحوار): a neutral cue's contents are clauses, and only clauses of
 * a kind-fixing cue look like them, so only clauses train the model (--all: every content).
 */
const clausal = (s: Mined) =>
  flag('--all') || COMPLEMENTIZER.test(normalizeArabic(s.opener)) || QUOTED.test(s.opener) || QUOTE_MARK.test(s.text);

/** Features printed per kind. */
const SHOWN_FEATURES = 40;

/** One extracted statement: its outlet, cue lemma, content and the names' offsets in the content. */
interface Mined {
  outlet: string;
  lemma: string;
  text: string;
  names: [number, number][];
  /** The text between the cue and the content (أن، بأنه، من أن، a colon), at most OPENER_CHARS. */
  opener: string;
}

/** The corpus's statements with a cue lemma, extracted or read from --cache. */
async function minedStatements(): Promise<Mined[]> {
  const cache = option('--cache');
  if (cache && existsSync(cache))
    return readFileSync(cache, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Mined);
  const out: Mined[] = [];
  let articles = 0;
  for await (const line of corpusLines()) {
    if (!line.trim()) continue;
    if (articles >= LIMIT) break;
    if (articles++ % EVERY !== 0) continue;
    const a = JSON.parse(line) as { outlet: string; text: string };
    const graph = extract({ text: a.text });
    const mentions = [...graph.actors, ...graph.places].flatMap((e) => e.mentions);
    for (const s of graph.statements) {
      if (!s.verb) continue;
      const { start, end, text } = s.content;
      const names = mentions.filter((m) => m.start >= start && m.end <= end).map((m): [number, number] => [m.start - start, m.end - start]);
      const opener = s.cue ? graph.article.text.slice(s.cue.end, start).replace(/\s+/g, ' ').slice(-OPENER_CHARS) : '';
      out.push({ outlet: a.outlet, lemma: s.verb, text, names, opener });
    }
  }
  if (cache) writeFileSync(cache, out.map((s) => JSON.stringify(s)).join('\n') + '\n');
  return out;
}

/** The class a cue lemma's contents train: the kind it fixes, CLAIM for a neutral one, none for the rest. */
const LEMMA_CLASS = new Map<string, StatementKind>();
for (const c of [...CUES.verbs, ...CUES.nouns])
  if (!LEMMA_CLASS.has(c.lemma) && (c.kind === 'CLAIM' || MODEL_KINDS.includes(c.kind))) LEMMA_CLASS.set(c.lemma, c.kind);

/** Each form of a kind-fixing cue lemma (any person, its verbal nouns) and its kind; forms of two kinds are left out. */
const ECHO_KIND = new Map<string, StatementKind | null>();
for (const v of CUES.verbs) {
  if (!MODEL_KINDS.includes(v.kind)) continue;
  const forms = [...generateVerbForms(v, true).map((f) => f.form), ...(v.masdar ?? []).flatMap((m) => generateNounForms(m, true))];
  for (const f of forms) ECHO_KIND.set(f, ECHO_KIND.has(f) && ECHO_KIND.get(f) !== v.kind ? null : v.kind);
}
const NEGATED = new Set(['لا', 'لم', 'لن', 'ما', 'عدم']);
/** --nested: the kind a neutral content names with a kind-fixing word of its own (ندين، تطالب، تحذيره), not negated. */
function nestedKind(s: Mined): StatementKind | null {
  if (!flag('--nested')) return null;
  const tokens = tokenize(s.text);
  for (const [t, tok] of tokens.entries()) {
    if (t > 0 && NEGATED.has(tokens[t - 1]?.norm ?? '')) continue;
    for (const v of tok.info.variants) {
      const k = ECHO_KIND.get(v.form);
      if (k) return k;
    }
  }
  return null;
}

const statements = await minedStatements();
const CLASSES: StatementKind[] = ['CLAIM', ...MODEL_KINDS];
const contents = CLASSES.map(() => 0);
/** Per feature: contents of each class holding it, and the outlets it stands in. */
const counts = new Map<string, { df: number[]; outlets: Set<string> }>();
/** A content's features, its names (the offsets the extractor recognized) masked. */
function featuresOf(s: Mined): Set<string> {
  const tokens = tokenize(s.text);
  const masked = (t: number) => {
    const tok = tokens[t];
    return !!tok && s.names.some(([a, b]) => tok.start >= a && tok.end <= b);
  };
  return contentFeatures(tokens, 0, tokens.length, masked);
}
/** The class a statement trains or tests, or null when it is none of the model's (or not a clause). */
function classOf(s: Mined): StatementKind | null {
  const cueKind = LEMMA_CLASS.get(s.lemma);
  if (!cueKind || !clausal(s)) return null;
  return cueKind === 'CLAIM' ? (nestedKind(s) ?? cueKind) : cueKind;
}
/** --holdout: every HOLDOUT_EVERY-th statement is left out of training and classified after it. */
const HOLDOUT_EVERY = 5;
const heldOut = (i: number) => flag('--holdout') && i % HOLDOUT_EVERY === 0;
for (const [i, s] of statements.entries()) {
  const kind = classOf(s);
  if (!kind || heldOut(i)) continue;
  const c = CLASSES.indexOf(kind);
  contents[c] = (contents[c] ?? 0) + 1;
  for (const f of featuresOf(s)) {
    let e = counts.get(f);
    if (!e) counts.set(f, (e = { df: CLASSES.map(() => 0), outlets: new Set() }));
    e.df[c] = (e.df[c] ?? 0) + 1;
    e.outlets.add(s.outlet);
  }
}

const vocab = [...counts].filter(([, e]) => e.df.reduce((x, y) => x + y, 0) >= MIN_CONTENTS && e.outlets.size >= MIN_OUTLETS);
/** Per class: the sum of its feature counts over the vocabulary (the multinomial's denominator). */
const totals = CLASSES.map((_, c) => vocab.reduce((sum, [, e]) => sum + (e.df[c] ?? 0), 0));
const logTheta = (df: number, c: number) => Math.log((df + ALPHA) / ((totals[c] ?? 0) + ALPHA * vocab.length));
const round = (x: number) => Number(x.toFixed(WEIGHT_DECIMALS));
/** Per feature, the weight of each model kind against CLAIM. */
const weights = new Map(
  vocab.map(([f, e]) => [f, MODEL_KINDS.map((_, k) => logTheta(e.df[k + 1] ?? 0, k + 1) - logTheta(e.df[0] ?? 0, 0))]),
);

const kept = new Set<string>();
for (const [k, kind] of MODEL_KINDS.entries()) {
  const ranked = vocab
    .filter(([, e]) => (e.df[k + 1] ?? 0) >= MIN_KIND_CONTENTS)
    .map(([f]) => ({ f, w: weights.get(f)?.[k] ?? 0 }))
    .sort((a, b) => Math.abs(b.w) - Math.abs(a.w) || (a.f < b.f ? -1 : 1))
    .slice(0, TOP);
  for (const r of ranked) kept.add(r.f);
  const top = ranked.filter((r) => r.w > 0).slice(0, SHOWN_FEATURES);
  const shown = top.map((r) => `${r.f} ${r.w.toFixed(1)} ${counts.get(r.f)?.df[k + 1]}/${counts.get(r.f)?.df[0]}`);
  console.log(`\n${kind} (${contents[k + 1]} contents): feature weight own/CLAIM contents\n${shown.join('  ')}`);
}
const claims = contents[0] ?? 1;
const model: KindModelFile & { _corpus: Record<string, number> } = {
  _corpus: Object.fromEntries(CLASSES.map((k, c) => [k, contents[c] ?? 0])),
  kinds: [...MODEL_KINDS],
  bias: MODEL_KINDS.map((_, k) => round(Math.log((contents[k + 1] ?? 0) / claims))),
  features: Object.fromEntries([...kept].sort().map((f) => [f, (weights.get(f) ?? []).map(round)])),
};
console.log(
  `${statements.length} statements; contents per class: ${CLASSES.map((k, c) => `${k} ${contents[c]}`).join(', ')}; vocabulary ${vocab.length}, kept ${kept.size}`,
);
const dump = option('--dump');
if (dump) writeFileSync(dump, JSON.stringify(model) + '\n');
const threshold = Number(option('--threshold') ?? MODEL_MIN_POSTERIOR);

/**
 * --holdout: how the held-out contents of each class are classified (the model's kind when its posterior
 * reaches --threshold, else CLAIM): whether the model learns its labels at all, apart from whether they
 * carry over to the gold kinds of neutral cues.
 */
if (flag('--holdout')) {
  const confusion = new Map<string, Map<string, number>>();
  for (const [i, s] of statements.entries()) {
    const kind = heldOut(i) ? classOf(s) : null;
    if (!kind) continue;
    const best = bestKind(model, featuresOf(s));
    const got = best && best.posterior >= threshold ? best.kind : 'CLAIM';
    const row = confusion.get(kind) ?? new Map<string, number>();
    row.set(got, (row.get(got) ?? 0) + 1);
    confusion.set(kind, row);
  }
  console.log(`\nheld out (every ${HOLDOUT_EVERY}th statement), posterior >= ${threshold}: class -> predicted`);
  for (const [kind, row] of confusion) {
    const n = [...row.values()].reduce((x, y) => x + y, 0);
    console.log(
      `${kind.padEnd(13)} ${String(n).padStart(6)}  ${[...row]
        .sort((a, b) => b[1] - a[1])
        .map(([k, c]) => `${k} ${(c / n).toFixed(2)}`)
        .join(', ')}`,
    );
  }
}

/** --show N: neutral contents (not held out) the model gives a kind at --threshold, per kind, and a seeded sample to read. */
const SHOW = Number(option('--show') ?? 0);
/** Characters of content shown per sampled statement. */
const SHOWN_CONTENT_CHARS = 110;
if (SHOW) {
  const flipped: string[] = [];
  const perKind = new Map<string, number>();
  let neutral = 0;
  for (const s of statements) {
    if (LEMMA_CLASS.get(s.lemma) !== 'CLAIM') continue;
    neutral++;
    const best = bestKind(model, featuresOf(s));
    if (!best || best.posterior < threshold) continue;
    perKind.set(best.kind, (perKind.get(best.kind) ?? 0) + 1);
    flipped.push(
      `${best.kind.padEnd(12)} ${best.posterior.toFixed(2)} ${s.outlet.padEnd(9)} ${s.lemma} | ${s.text.slice(0, SHOWN_CONTENT_CHARS).replace(/\s+/g, ' ')}`,
    );
  }
  console.log(`\n${neutral} neutral contents, given a kind at ${threshold}: ${[...perKind].map(([k, c]) => `${k} ${c}`).join(', ')}`);
  const rand = rng(Number(option('--seed') ?? 1));
  for (let i = 0; i < SHOW && flipped.length; i++) console.log(flipped.splice(Math.floor(rand() * flipped.length), 1)[0]);
}
