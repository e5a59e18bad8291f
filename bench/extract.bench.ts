/**
 * Extraction throughput: articles per second on the seed and on the fixture articles
 * (median of several timed runs after a warm-up), one core. Run: npm run bench:extract
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract/index.ts';

const ROOT = join(import.meta.dirname, '..');
const seed = readFileSync(join(ROOT, '../shared/seeds/biden-putin-cyberattacks.ar.txt'), 'utf8');
const fixturesDir = join(ROOT, 'test/fixtures/articles');
const fixtures = readdirSync(fixturesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(fixturesDir, f), 'utf8'));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Articles per second over `runs` timed batches of `batch` articles each. */
function measure(texts: string[], batch: number, runs: number): { perSecond: number; msPerArticle: number } {
  for (let i = 0; i < batch; i++) extract({ text: texts[i % texts.length] ?? '', publishedAt: '2021-07-10' });
  const rates: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) extract({ text: texts[i % texts.length] ?? '', publishedAt: '2021-07-10' });
    rates.push(batch / ((performance.now() - t0) / 1000));
  }
  const perSecond = median(rates);
  return { perSecond, msPerArticle: 1000 / perSecond };
}

const rows = [
  { corpus: 'seed', chars: seed.length, ...measure([seed], 200, 7) },
  { corpus: `fixtures (${fixtures.length})`, chars: Math.round(fixtures.reduce((n, t) => n + t.length, 0) / Math.max(1, fixtures.length)), ...measure(fixtures, 200, 7) },
];
console.log('corpus            avg chars   articles/s   ms/article');
for (const r of rows) {
  console.log(`${r.corpus.padEnd(18)}${String(r.chars).padStart(9)}${r.perSecond.toFixed(0).padStart(13)}${r.msPerArticle.toFixed(3).padStart(13)}`);
}
console.log('target: >= 1000 seed-size articles/s on one core');
