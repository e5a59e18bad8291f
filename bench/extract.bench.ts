/**
 * Extraction throughput: articles per second on the seed and on the fixture articles
 * (median of several timed runs after a warm-up), one core; a 500 KB and a 5 MB article, hostile
 * lines, and every article of ../shared/corpus when it is there. Run: npm run bench:extract
 * (`-- --limit=2000`: only the first 2,000 corpus articles; `-- --no-corpus`: none).
 * The compiled build in dist/ is measured, as `qawl load` and the server run it (built first when
 * stale); `-- --source` measures src/ through tsx instead, whose transform adds a helper call per
 * named function.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { createGunzip } from 'node:zlib';
import type { extract as Extract } from '../src/extract/index.ts';

const ROOT = join(import.meta.dirname, '..');
const fromSource = process.argv.includes('--source');
if (!fromSource) execFileSync(process.execPath, [join(ROOT, 'tools/build.mjs'), '--if-stale'], { stdio: 'inherit' });
const { extract } = (await import(fromSource ? '../src/extract/index.ts' : pathToFileURL(join(ROOT, 'dist/extract/index.js')).href)) as {
  extract: typeof Extract;
};
console.log(`extraction code: ${fromSource ? 'src/ through tsx (--source)' : 'dist/ (compiled, as production runs it)'}`);
const seed = readFileSync(join(ROOT, 'seeds/biden-putin-cyberattacks.ar.txt'), 'utf8');
const fixturesDir = join(ROOT, 'test/fixtures/articles');
const fixtures = readdirSync(fixturesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(fixturesDir, f), 'utf8'));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Articles per second over `runs` timed batches of `batch` articles each: by the wall clock, and
 * by the CPU time the process used (the wall clock also counts time spent waiting for a core on
 * a busy machine; CPU time is what one core delivers).
 */
function measure(texts: string[], batch: number, runs: number): { perSecond: number; cpuPerSecond: number; msPerArticle: number } {
  for (let i = 0; i < batch; i++) extract({ text: texts[i % texts.length] ?? '', publishedAt: '2021-07-10' });
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const c0 = cpuMs();
    for (let i = 0; i < batch; i++) extract({ text: texts[i % texts.length] ?? '', publishedAt: '2021-07-10' });
    rates.push(batch / ((performance.now() - t0) / 1000));
    cpuRates.push(batch / ((cpuMs() - c0) / 1000));
  }
  const perSecond = median(rates);
  return { perSecond, cpuPerSecond: median(cpuRates), msPerArticle: 1000 / perSecond };
}

/** One big article (the seed repeated to `chars`): milliseconds, wall and CPU. */
function big(chars: number): { ms: number; cpu: number; statements: number } {
  let text = '';
  while (text.length < chars) text += seed + '\n';
  const t0 = performance.now();
  const c0 = cpuMs();
  const g = extract({ text, id: 'article:big' });
  return { ms: performance.now() - t0, cpu: cpuMs() - c0, statements: g.statements.length };
}

/** Wall milliseconds of one extraction of a hostile line (a regular expression that backtracks shows here). */
function hostile(text: string): number {
  const t0 = performance.now();
  extract({ text });
  return performance.now() - t0;
}

/** --limit=N: read only the first N corpus articles (a quick run on a busy machine); all of them by default. */
function corpusLimit(): number {
  const arg = process.argv.find((a) => a.startsWith('--limit='));
  const n = arg ? Number(arg.slice('--limit='.length)) : Infinity;
  if (!(n > 0)) throw new Error(`--limit wants a positive number of articles, got ${arg}`);
  return n;
}

/**
 * Every article of the shared corpus (../shared/corpus, when present), or the first --limit of them:
 * articles/s and the peak resident memory, so a crash, a hang or unbounded growth on real news shows up.
 */
async function corpus(): Promise<void> {
  const file = join(ROOT, '../shared/corpus/ant-news.jsonl.gz');
  if (!existsSync(file) || process.argv.includes('--no-corpus')) {
    console.log('corpus: skipped (../shared/corpus/ant-news.jsonl.gz absent or --no-corpus)');
    return;
  }
  const limit = corpusLimit();
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let articles = 0;
  let statements = 0;
  let failures = 0;
  let chars = 0;
  let peakRss = process.memoryUsage().rss;
  let slowest = { ms: 0, id: '' };
  const t0 = performance.now();
  const c0 = cpuMs();
  for await (const line of lines) {
    if (articles >= limit) break;
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { id: string; text: string; title?: string; published?: string };
    const s0 = performance.now();
    try {
      statements += extract({ text: a.text, title: a.title ?? null, id: `article:${a.id}` }).statements.length;
    } catch (e) {
      failures++;
      console.error(`corpus: ${a.id} failed: ${(e as Error).message}`);
    }
    const ms = performance.now() - s0;
    if (ms > slowest.ms) slowest = { ms, id: a.id };
    articles++;
    chars += a.text.length;
    if (articles % 500 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const wall = (performance.now() - t0) / 1000;
  console.log(
    `corpus: ${articles} articles (${Math.round(chars / Math.max(1, articles))} chars avg), ${failures} failed, ` +
      `${statements} statements (${(statements / Math.max(1, articles)).toFixed(2)}/article), ` +
      `${(articles / wall).toFixed(0)} articles/s wall, ${(articles / ((cpuMs() - c0) / 1000)).toFixed(0)} articles/CPU-s, ` +
      `peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB, slowest ${slowest.ms.toFixed(0)} ms (${slowest.id})`,
  );
}

const rows = [
  { corpus: 'seed', chars: seed.length, ...measure([seed], 200, 7) },
  {
    corpus: `fixtures (${fixtures.length})`,
    chars: Math.round(fixtures.reduce((n, t) => n + t.length, 0) / Math.max(1, fixtures.length)),
    ...measure(fixtures, 200, 7),
  },
];
console.log('corpus            avg chars   articles/s   ms/article   articles/CPU-s');
for (const r of rows) {
  console.log(
    `${r.corpus.padEnd(18)}${String(r.chars).padStart(9)}${r.perSecond.toFixed(0).padStart(13)}${r.msPerArticle.toFixed(3).padStart(13)}${r.cpuPerSecond.toFixed(0).padStart(17)}`,
  );
}
console.log('target: >= 1000 seed-size articles/s on one core (medians of 7 batches)');
const small = big(500_000);
const b = big(5_000_000);
console.log(`500 KB article: ${small.ms.toFixed(0)} ms wall, ${small.cpu.toFixed(0)} ms CPU, ${small.statements} statements`);
console.log(
  `5 MB article: ${b.ms.toFixed(0)} ms wall, ${b.cpu.toFixed(0)} ms CPU, ${b.statements} statements ` +
    `(${(b.cpu / Math.max(1, small.cpu)).toFixed(1)}x the CPU of 500 KB for 10x the text: linear is about 10)`,
);
console.log(
  `100,000-character line of quotes and commas: ${hostile(`قال بايدن ${'"،,«»“”″'.repeat(12_500)}`).toFixed(0)} ms; ` +
    `12,000 repeated cues in one quote: ${hostile(`وقال "${'، قال إن '.repeat(12_000)}`).toFixed(0)} ms`,
);
await corpus();
