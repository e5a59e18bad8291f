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

const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

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

/** One big article (the seed repeated to 5 MB): milliseconds, wall and CPU. */
function big(): { ms: number; cpu: number; statements: number } {
  let text = '';
  while (text.length < 5_000_000) text += seed + '\n';
  const t0 = performance.now();
  const c0 = cpuMs();
  const g = extract({ text, id: 'article:big' });
  return { ms: performance.now() - t0, cpu: cpuMs() - c0, statements: g.statements.length };
}

const rows = [
  { corpus: 'seed', chars: seed.length, ...measure([seed], 200, 7) },
  { corpus: `fixtures (${fixtures.length})`, chars: Math.round(fixtures.reduce((n, t) => n + t.length, 0) / Math.max(1, fixtures.length)), ...measure(fixtures, 200, 7) },
];
console.log('corpus            avg chars   articles/s   ms/article   articles/CPU-s');
for (const r of rows) {
  console.log(`${r.corpus.padEnd(18)}${String(r.chars).padStart(9)}${r.perSecond.toFixed(0).padStart(13)}${r.msPerArticle.toFixed(3).padStart(13)}${r.cpuPerSecond.toFixed(0).padStart(17)}`);
}
console.log('target: >= 1000 seed-size articles/s on one core (medians of 7 batches)');
const b = big();
console.log(`5 MB article: ${b.ms.toFixed(0)} ms wall, ${b.cpu.toFixed(0)} ms CPU, ${b.statements} statements`);
