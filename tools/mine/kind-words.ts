/**
 * Which content words go with which statement kind, from the corpus:
 *   npx tsx tools/mine/kind-words.ts [CORPUS] [--limit N] [--every N] [--min N] [--top N] [--dump FILE] [--cache FILE]
 *
 * Runs the extractor over the corpus (every N-th article) and splits its statements by the kind their
 * cue lemma names: اتهم (ACCUSATION), حذر (WARNING), أعلن (ANNOUNCEMENT) … against the neutral cues
 * (قال، أضاف، أكد: CLAIM). For each word of the contents (normalized, و/ف and ال stripped) it prints the
 * share of a kind's contents that hold it against the share of neutral contents, as a smoothed
 * log-odds: the words that mark a kind across the news are the candidates for the content markers of
 * src/extract/lexicons/kinds.json (`markers`), which a neutral cue then reads. Prints counts only;
 * --dump writes the counts (kind → word → contents) as JSON, to look words up without a new run.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.ts';
import { corpusLines, LIMIT, option, stem } from './cli.ts';

const CUES_FILE = join(import.meta.dirname, '../../src/extract/lexicons/cues.json');
const cues = JSON.parse(readFileSync(CUES_FILE, 'utf8')) as {
  verbs: { lemma: string; kind: string }[];
  nouns: { lemma: string; kind: string }[];
};
const LEMMA_KIND = new Map([...cues.verbs, ...cues.nouns].map((v) => [v.lemma, v.kind]));

/** Every N-th article is extracted (the extractor is slower than counting words). */
const EVERY = Number(option('--every') ?? 3);
/** A word must hold in this many contents of a kind to be printed. */
const MIN_KIND_CONTENTS = Number(option('--min') ?? 8);
/** Content words read: the opening of a content says what it does. */
const MAX_CONTENT_WORDS = 40;
/** Words printed per kind. */
const TOP = Number(option('--top') ?? 60);
/** Additive smoothing of the shares. */
const SMOOTHING = 0.5;

/** One extracted statement: its outlet, its cue lemma and its content as written. */
interface Mined {
  outlet: string;
  lemma: string;
  text: string;
}

/**
 * The corpus's statements with a cue lemma: extracted (every N-th article), or read from `--cache FILE`
 * when that file exists (JSON lines written by an earlier run with the same option), so the tables can
 * be recomputed without extracting again.
 */
async function minedStatements(): Promise<{ articles: number; every: number; statements: Mined[] }> {
  const cache = option('--cache');
  if (cache && existsSync(cache)) {
    const lines = readFileSync(cache, 'utf8').split('\n').filter(Boolean);
    const head = JSON.parse(lines[0] as string) as { articles: number; every: number };
    return { articles: head.articles, every: head.every, statements: lines.slice(1).map((l) => JSON.parse(l) as Mined) };
  }
  const statements: Mined[] = [];
  let articles = 0;
  for await (const line of corpusLines()) {
    if (!line.trim()) continue;
    if (articles >= LIMIT) break;
    articles++;
    if (articles % EVERY !== 0) continue;
    const a = JSON.parse(line) as { outlet: string; text: string };
    const graph = extract({ text: a.text });
    for (const s of graph.statements) if (s.verb) statements.push({ outlet: a.outlet, lemma: s.verb, text: s.content.text });
  }
  if (cache)
    writeFileSync(cache, [JSON.stringify({ articles, every: EVERY }), ...statements.map((s) => JSON.stringify(s))].join('\n') + '\n');
  return { articles, every: EVERY, statements };
}

const df = new Map<string, Map<string, number>>();
const contents = new Map<string, number>();
const outlets = new Map<string, Map<string, Set<string>>>();
const { articles, every, statements } = await minedStatements();
for (const s of statements) {
  const kind = LEMMA_KIND.get(s.lemma);
  if (!kind) continue;
  contents.set(kind, (contents.get(kind) ?? 0) + 1);
  const words = new Set(
    s.text
      .split(/[^\u0621-\u0652]+/)
      .filter((w) => w.length > 1)
      .slice(0, MAX_CONTENT_WORDS)
      .map(stem),
  );
  const t = df.get(kind) ?? new Map<string, number>();
  const o = outlets.get(kind) ?? new Map<string, Set<string>>();
  for (const w of words) {
    t.set(w, (t.get(w) ?? 0) + 1);
    o.set(w, (o.get(w) ?? new Set()).add(s.outlet));
  }
  df.set(kind, t);
  outlets.set(kind, o);
}
const neutral = df.get('CLAIM') ?? new Map<string, number>();
const nNeutral = contents.get('CLAIM') ?? 1;
console.log(
  `${articles} articles read, every ${every}-th extracted; contents per cue kind: ${[...contents].map(([k, n]) => `${k} ${n}`).join(', ')}`,
);
for (const [kind, t] of df) {
  if (kind === 'CLAIM') continue;
  const n = contents.get(kind) ?? 1;
  const scored = [...t]
    .filter(([, c]) => c >= MIN_KIND_CONTENTS)
    .map(([w, c]) => {
      const z = neutral.get(w) ?? 0;
      return { w, c, z, lo: Math.log((c + SMOOTHING) / n) - Math.log((z + SMOOTHING) / nNeutral) };
    })
    .sort((a, b) => b.lo - a.lo)
    .slice(0, TOP);
  console.log(`\n${kind} (${n} contents): word kind-count/neutral-count log-odds outlets`);
  console.log(scored.map((s) => `${s.w} ${s.c}/${s.z} ${s.lo.toFixed(1)} ${outlets.get(kind)?.get(s.w)?.size}`).join('  '));
}
const dump = option('--dump');
if (dump)
  writeFileSync(
    dump,
    JSON.stringify({ contents: Object.fromEntries(contents), df: Object.fromEntries([...df].map(([k, t]) => [k, Object.fromEntries(t)])) }),
  );
