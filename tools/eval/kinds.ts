/**
 * Kind confusion on the dev set: gold kind × predicted kind over matched statements (matched as
 * score.py matches them: token-overlap F1 of the contents >= 0.5, best overlap first, one to one).
 *   npx tsx tools/eval/kinds.ts [DEVSET_DIR] [--range=FROM-TO] [--cues] [--list]
 * --cues adds, per cue lemma, how often its statements carry each gold kind (which lemmas a fixed
 * kind would serve); --list prints every mismatch with its cue and the opening of the gold content;
 * --mood lists, per mood shape of src/extract/statements/mood.ts, the gold kinds of the statements holding it;
 * --rules tallies, per kind rule of src/extract/statements/kind.ts, the gold kinds of the statements
 * it decided (whether a content rule earns its place, without reading one statement).
 * --model=FILE ranks the statements no rule decided (neutral, read as CLAIM) by a kind model that
 * tools/mine/kind-model.ts --dump wrote: per kind, the gold kinds of the MODEL_TOP_N it scores highest
 * against CLAIM and the other kinds, and the matched statements kind-right were the model applied at its
 * default posterior or --threshold=P (a mechanism for neutral cues, measured before it is applied).
 * For articles 01–40 only: 41–60 stand in for unseen articles, their errors are not read; a range that
 * reaches them prints the matched/right totals only (no matrix, no --cues, no --list).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/index.ts';
import { tokenize } from '../../src/extract/normalize.ts';
import { decideKind } from '../../src/extract/statements/kind.ts';
import { moodShapes } from '../../src/extract/statements/mood.ts';
import { STATEMENT_KINDS, type StatementKind } from '../../src/graph/document-graph.ts';
import { bestKind, contentFeatures, kindScores, MODEL_MIN_POSTERIOR, type KindModelFile } from '../mine/kind-features.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? join(here, '../../../shared/devset'));
const rangeArg = /^--range=(\d+)-(\d+)$/.exec(args.find((a) => a.startsWith('--range=')) ?? '--range=1-40');
const from = Number(rangeArg?.[1] ?? 1);
const to = Number(rangeArg?.[2] ?? 40);
/** The first article that stands in for unseen ones: its errors are never listed. */
const FIRST_HELD_OUT = 41;
/** score.py's threshold for a predicted content to match a gold one. */
const MIN_MATCH_OVERLAP = 0.5;
/** --model: the kind model's file, and the statements shown per kind, ranked by its score. */
const modelFile = args.find((a) => a.startsWith('--model='))?.slice('--model='.length);
const MODEL_TOP_N = 10;
/** Characters of content shown per mismatch. */
const SHOWN_CONTENT_CHARS = 90;

// score.py's normalization and tokens, so pairs are the ones it scores.
const DIAC = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const PUNCT = /[\s\u060c\u061b\u061f.,:;!?"'“”«»()[\]{}\-–—…/]+/;
const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(DIAC, '')
    .replace(/[إأآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .toLowerCase();
const tokens = (s: string) => norm(s).split(PUNCT).filter(Boolean);
function overlap(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const count = new Map<string, number>();
  for (const t of ta) count.set(t, (count.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const n = count.get(t) ?? 0;
    if (n > 0) {
      common++;
      count.set(t, n - 1);
    }
  }
  if (!common) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

interface GoldStatement {
  content: string;
  kind: StatementKind;
  cue: string;
}
interface Pair {
  gold: GoldStatement;
  kind: StatementKind;
  verb: string;
  file: string;
  /** The kind rule that decided the prediction ('cue' when the cue's own kind stood). */
  rule: string;
  /** The mood shapes of the predicted content (src/extract/statements/mood.ts). */
  shapes: string[];
  /** The content's model features (--model only). */
  features?: Set<string>;
}

/** The model features of a content, the actors' and places' mentions masked (as tools/mine/kind-model.ts reads them). */
function modelFeatures(
  graph: ReturnType<typeof extract>,
  articleTokens: ReturnType<typeof tokenize>,
  start: number,
  end: number,
): Set<string> {
  const mentions = [...graph.actors, ...graph.places].flatMap((e) => e.mentions).filter((m) => m.start >= start && m.end <= end);
  const fromT = articleTokens.findIndex((t) => t.start >= start);
  const toT = articleTokens.findIndex((t) => t.start >= end);
  const masked = (t: number) => {
    const tok = articleTokens[t];
    return !!tok && mentions.some((m) => tok.start >= m.start && tok.end <= m.end);
  };
  return contentFeatures(articleTokens, fromT < 0 ? articleTokens.length : fromT, toT < 0 ? articleTokens.length : toT, masked);
}

const articlesDir = join(dir, 'articles');
const pairs: Pair[] = [];
for (const file of readdirSync(articlesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const n = Number(/^(\d+)_/.exec(file)?.[1] ?? NaN);
  if (!(n >= from && n <= to)) continue;
  const goldFile = join(dir, 'gold', file.replace(/\.txt$/, '.json'));
  if (!existsSync(goldFile)) continue;
  const gold = (JSON.parse(readFileSync(goldFile, 'utf8')) as { statements: GoldStatement[] }).statements;
  const m = /(\d{4})(\d{2})(\d{2})\.txt$/.exec(file);
  const graph = extract({ text: readFileSync(join(articlesDir, file), 'utf8'), publishedAt: m ? `${m[1]}-${m[2]}-${m[3]}` : null });
  const pred = graph.statements;
  const articleTokens = tokenize(graph.article.text);
  const cands: [number, number, number][] = [];
  for (const [i, g] of gold.entries())
    for (const [j, p] of pred.entries()) {
      const f = overlap(g.content, p.content.text);
      if (f >= MIN_MATCH_OVERLAP) cands.push([f, i, j]);
    }
  cands.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  for (const [, i, j] of cands) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    const p = pred[j];
    const g = gold[i];
    if (!p || !g) continue;
    // A neutral reading that disagrees with the statement's kind means its cue decided it.
    const neutral = decideKind({ text: graph.article.text, tokens: articleTokens }, 'CLAIM', p.content.start, p.content.end);
    const rule = neutral.kind === p.kind ? `${neutral.rule} ${p.kind}` : `cue ${p.kind}`;
    const fromT = articleTokens.findIndex((t) => t.start >= p.content.start);
    const toT = articleTokens.findIndex((t) => t.start >= p.content.end);
    const shapes = [
      ...moodShapes(graph.article.text, articleTokens, fromT < 0 ? articleTokens.length : fromT, toT < 0 ? articleTokens.length : toT),
    ];
    const pair: Pair = { gold: g, kind: p.kind, verb: p.verb ?? '', file, rule, shapes };
    if (modelFile && rule === 'neutral CLAIM') pair.features = modelFeatures(graph, articleTokens, p.content.start, p.content.end);
    pairs.push(pair);
  }
}

const short = (k: string) => k.slice(0, 5);
const kinds = STATEMENT_KINDS.filter((k) => pairs.some((p) => p.gold.kind === k || p.kind === k));
/** A range reaching into the held-out articles gets its totals only: which kinds they confuse is not read. */
const heldOut = to >= FIRST_HELD_OUT;
if (!heldOut) console.log(`gold \\ pred  ${kinds.map((k) => short(k).padStart(6)).join('')}   total  right`);
for (const g of heldOut ? [] : kinds) {
  const row = pairs.filter((p) => p.gold.kind === g);
  const cells = kinds.map((k) => String(row.filter((p) => p.kind === k).length || '.').padStart(6));
  console.log(
    `${g.padEnd(12)} ${cells.join('')}  ${String(row.length).padStart(6)} ${String(row.filter((p) => p.kind === g).length).padStart(6)}`,
  );
}
const right = pairs.filter((p) => p.kind === p.gold.kind).length;
console.log(`matched ${pairs.length}, kind right ${right} (${(right / Math.max(1, pairs.length)).toFixed(3)})`);

if (args.includes('--cues') && !heldOut) {
  const byVerb = new Map<string, Pair[]>();
  for (const p of pairs) byVerb.set(p.verb, [...(byVerb.get(p.verb) ?? []), p]);
  console.log('\ncue lemma: gold kinds (count) | predicted right');
  for (const [verb, ps] of [...byVerb].sort((a, b) => b[1].length - a[1].length)) {
    const tally = new Map<string, number>();
    for (const p of ps) tally.set(p.gold.kind, (tally.get(p.gold.kind) ?? 0) + 1);
    const ok = ps.filter((p) => p.kind === p.gold.kind).length;
    console.log(
      `${verb.padEnd(14)} ${[...tally]
        .sort((a, b) => b[1] - a[1])
        .map(([k, c]) => `${k} ${c}`)
        .join(', ')} | ${ok}/${ps.length}`,
    );
  }
}
if (args.includes('--rules')) {
  console.log('\nkind rule: statements, right, gold kinds');
  const byRule = new Map<string, Pair[]>();
  for (const p of pairs) byRule.set(p.rule, [...(byRule.get(p.rule) ?? []), p]);
  for (const [rule, ps] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
    const tally = new Map<string, number>();
    for (const p of ps) tally.set(p.gold.kind, (tally.get(p.gold.kind) ?? 0) + 1);
    const ok = ps.filter((p) => p.kind === p.gold.kind).length;
    const gold = [...tally].sort((a, b) => b[1] - a[1]).map(([k, c]) => `${k} ${c}`);
    console.log(`${rule.padEnd(24)} ${String(ps.length).padStart(4)} ${String(ok).padStart(4)}  ${gold.join(', ')}`);
  }
}
if (args.includes('--mood') && !heldOut) {
  console.log('\nmood shape: statements, gold kinds (rule that decided them)');
  const byShape = new Map<string, Pair[]>();
  for (const p of pairs) for (const sh of p.shapes) byShape.set(sh, [...(byShape.get(sh) ?? []), p]);
  for (const [shape, ps] of byShape) {
    const gold = ps.map((p) => `${p.gold.kind} (${p.rule})`);
    console.log(`${shape.padEnd(20)} ${String(ps.length).padStart(4)}  ${gold.join(', ')}`);
  }
}
if (args.includes('--list')) {
  if (to >= FIRST_HELD_OUT) {
    console.error(`--list reads errors: only for articles before ${FIRST_HELD_OUT}`);
    process.exit(1);
  }
  console.log('');
  for (const p of pairs.filter((x) => x.kind !== x.gold.kind)) {
    console.log(
      `${p.gold.kind.padEnd(12)} pred ${p.kind.padEnd(12)} ${p.verb.padEnd(10)} ${p.file.slice(0, 2)} :: ${p.gold.content.replace(/\s+/g, ' ').slice(0, SHOWN_CONTENT_CHARS)}`,
    );
  }
}
if (modelFile && !heldOut) {
  const model = JSON.parse(readFileSync(modelFile, 'utf8')) as KindModelFile;
  const neutral = pairs.filter((p) => p.features);
  console.log(`\nmodel ${modelFile}: ${neutral.length} statements no rule decided; per kind, the gold kinds of its ${MODEL_TOP_N} best`);
  const scored = neutral.map((p) => ({ p, scores: kindScores(model, p.features ?? []) }));
  for (const [k, kind] of model.kinds.entries()) {
    const margin = (s: number[]) => (s[k] ?? 0) - Math.max(0, ...s.filter((_, j) => j !== k));
    const top = [...scored].sort((a, b) => margin(b.scores) - margin(a.scores)).slice(0, MODEL_TOP_N);
    const inGold = neutral.filter((p) => p.gold.kind === kind).length;
    console.log(`${kind.padEnd(13)} ${String(inGold).padStart(3)} in gold | ${top.map((x) => short(x.p.gold.kind)).join(' ')}`);
  }
  const threshold = Number(args.find((a) => a.startsWith('--threshold='))?.slice('--threshold='.length) ?? MODEL_MIN_POSTERIOR);
  const given = new Map<string, number>();
  let change = 0;
  for (const p of neutral) {
    const best = bestKind(model, p.features ?? []);
    if (!best || best.posterior < threshold) continue;
    const cell = `${short(p.gold.kind)}→${short(best.kind)}`;
    given.set(cell, (given.get(cell) ?? 0) + 1);
    if (best.kind === p.gold.kind) change++;
    else if (p.gold.kind === 'CLAIM') change--;
  }
  const cells = [...given].map(([c, n]) => `${c} ${n}`).join(', ');
  console.log(
    `applied at posterior ${threshold} (gold→model: ${cells || 'none'}): kind right ${right} → ${right + change} of ${pairs.length}`,
  );
}
