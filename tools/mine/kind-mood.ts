/**
 * How often each mood shape of src/extract/statements/mood.ts stands in the contents of the corpus's
 * statements, by the kind of their cue lemma (neutral cues قال، أضاف، أكد against the kind-fixing ones):
 *   npx tsx tools/mine/kind-mood.ts [CORPUS] [--every N] [--limit N] [--cache FILE] [--show SHAPE] [--n N] [--seed S]
 * The statements are extracted from every N-th article, or read from --cache FILE (JSON lines of
 * {outlet, lemma, text} as tools/mine/kind-words.ts --cache writes them; written here when missing).
 * --show prints N (default 20) seeded neutral contents holding SHAPE, to the terminal only, to judge a rule.
 * Prints counts only.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../../bench/corpus.ts';
import { extract } from '../../src/extract/index.ts';
import { tokenize } from '../../src/extract/normalize.ts';
import { decideKind } from '../../src/extract/statements/kind.ts';
import { moodShapes, type MoodShape } from '../../src/extract/statements/mood.ts';
import { corpusLines, LIMIT, option } from './cli.ts';

const CUES_FILE = join(import.meta.dirname, '../../src/extract/lexicons/cues.json');
const cues = JSON.parse(readFileSync(CUES_FILE, 'utf8')) as {
  verbs: { lemma: string; kind: string }[];
  nouns: { lemma: string; kind: string }[];
};
const LEMMA_KIND = new Map([...cues.verbs, ...cues.nouns].map((v) => [v.lemma, v.kind]));
const EVERY = Number(option('--every') ?? 3);
const SHOW = option('--show') as MoodShape | undefined;
const SHOW_N = Number(option('--n') ?? 20);
/** Characters of a content shown per sampled statement. */
const SHOWN_CONTENT_CHARS = 140;

interface Mined {
  outlet: string;
  lemma: string;
  text: string;
}

async function statements(): Promise<Mined[]> {
  const cache = option('--cache');
  if (cache && existsSync(cache))
    return readFileSync(cache, 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(1)
      .map((l) => JSON.parse(l) as Mined);
  const out: Mined[] = [];
  let articles = 0;
  for await (const line of corpusLines()) {
    if (!line.trim()) continue;
    if (articles >= LIMIT) break;
    if (articles++ % EVERY !== 0) continue;
    const a = JSON.parse(line) as { outlet: string; text: string };
    for (const s of extract({ text: a.text }).statements) if (s.verb) out.push({ outlet: a.outlet, lemma: s.verb, text: s.content.text });
  }
  if (cache) writeFileSync(cache, [JSON.stringify({ articles, every: EVERY }), ...out.map((s) => JSON.stringify(s))].join('\n') + '\n');
  return out;
}

const all = await statements();
/** shape → cue kind → contents; shape → outlets of its neutral contents. */
const tally = new Map<MoodShape, Map<string, number>>();
const outlets = new Map<MoodShape, Map<string, number>>();
const perKind = new Map<string, number>();
/** shape → "rule KIND" kind.ts decides today for its neutral contents → contents. */
const decided = new Map<MoodShape, Map<string, number>>();
const shown: string[] = [];
for (const s of all) {
  const kind = LEMMA_KIND.get(s.lemma);
  if (!kind) continue;
  perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
  const tokens = tokenize(s.text);
  for (const shape of moodShapes(s.text, tokens, 0, tokens.length)) {
    const t = tally.get(shape) ?? new Map<string, number>();
    t.set(kind, (t.get(kind) ?? 0) + 1);
    tally.set(shape, t);
    if (kind !== 'CLAIM') continue;
    // What kind.ts decides for the content today (no entities: as kind-sample.ts re-decides).
    const d = decideKind({ text: s.text, tokens }, 'CLAIM', 0, s.text.length);
    const r = decided.get(shape) ?? new Map<string, number>();
    r.set(`${d.rule} ${d.kind}`, (r.get(`${d.rule} ${d.kind}`) ?? 0) + 1);
    decided.set(shape, r);
    const o = outlets.get(shape) ?? new Map<string, number>();
    o.set(s.outlet, (o.get(s.outlet) ?? 0) + 1);
    outlets.set(shape, o);
    if (shape === SHOW)
      shown.push(`${s.outlet.padEnd(10)} ${d.kind.padEnd(12)} ${s.lemma} | ${s.text.slice(0, SHOWN_CONTENT_CHARS).replace(/\s+/g, ' ')}`);
  }
}
console.log(`${all.length} statements; contents per cue kind: ${[...perKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
for (const [shape, t] of tally) {
  const kinds = [...t].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n} (${((1000 * n) / (perKind.get(k) ?? 1)).toFixed(1)}‰)`);
  console.log(`${shape}: ${kinds.join(', ')}`);
  console.log(`  neutral by outlet: ${[...(outlets.get(shape) ?? [])].map(([o, n]) => `${o} ${n}`).join(', ')}`);
  const today = [...(decided.get(shape) ?? [])].sort((a, b) => b[1] - a[1]);
  console.log(`  neutral decided today: ${today.map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
if (SHOW) {
  const rand = rng(Number(option('--seed') ?? 1));
  for (let i = 0; i < SHOW_N && shown.length; i++) console.log(shown.splice(Math.floor(rand() * shown.length), 1)[0]);
}
