import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExtractionError, extract } from '../../../src/extract/index.ts';

const SEED = readFileSync(join(import.meta.dirname, '../../../seeds/biden-putin-cyberattacks.ar.txt'), 'utf8');

const timed = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
};

describe('bad input', () => {
  it('empty and whitespace-only text give an empty, valid graph', () => {
    for (const text of ['', '   \n\t  \n']) {
      const g = extract({ text });
      expect(g.statements).toEqual([]);
      expect(g.article.text).toBe('');
      expect(g.article.id).toMatch(/^article:[0-9a-f]{16}$/);
    }
  });

  it('Latin-only text gives no statements', () => {
    const g = extract({ text: 'The president said on Friday that "nothing" would change.\nSource link' });
    expect(g.statements).toEqual([]);
  });

  it('binary bytes throw a clear ExtractionError', () => {
    const bytes = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)).toString('latin1');
    expect(() => extract({ text: bytes })).toThrow(ExtractionError);
    expect(() => extract({ text: '\u0000\u0001\u0002\ufffd\ufffd'.repeat(100) })).toThrow(/binary/);
  });

  it('a 5 MB article finishes within a few seconds', () => {
    let big = '';
    while (big.length < 5_000_000) big += SEED + '\n';
    // CPU time, not the wall clock: the work must fit in 5 s of one core even when other
    // processes on a busy machine keep this one waiting. (About 3 s on the reference machine.)
    const c0 = process.cpuUsage();
    const g = extract({ text: big, id: 'article:big' });
    const used = process.cpuUsage(c0);
    expect(g.statements.length).toBeGreaterThan(1000);
    expect((used.user + used.system) / 1000).toBeLessThan(5000);
  }, 30_000);

  it('a 100,000-character line of quotes and commas does not backtrack', () => {
    const line = '"،,«»“”″'.repeat(12_500);
    const [g, ms] = timed(() => extract({ text: `قال بايدن ${line}` }));
    expect(g.article.text.length).toBeGreaterThan(90_000);
    expect(ms).toBeLessThan(2000);
    const [, ms2] = timed(() => extract({ text: `وقال "${'، قال إن '.repeat(12_000)}` }));
    expect(ms2).toBeLessThan(3000);
  });

  it('keeps the id given by the caller and ids unique', () => {
    const g = extract({ text: SEED, id: 'article:seed', publishedAt: '2021-07-10' });
    const ids = [...g.actors, ...g.places, ...g.events, ...g.sectors, ...g.statements].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(g.statements[0]?.id).toBe('stmt:seed:1');
  });
});
