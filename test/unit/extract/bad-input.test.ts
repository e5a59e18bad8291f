import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionError, extract } from '../../../src/extract/index.ts';

const SEED = readFileSync(join(import.meta.dirname, '../../../seeds/biden-putin-cyberattacks.ar.txt'), 'utf8');

/** Long enough that only a hang (catastrophic backtracking, a quadratic loop) can reach it. */
const HANG_GUARD_MS = 180_000;

describe('bad input', () => {
  it('empty and whitespace-only text give an empty, valid graph', () => {
    for (const text of ['', '   \n\t  \n']) {
      const g = extract({ text });
      expect(g.statements).toEqual([]);
      expect(g.article.text).toBe('');
      expect(g.article.id).toMatch(/^article:[0-9a-f]{16}$/);
    }
  });

  it('a text that ends on a source particle with no source after it does not crash', () => {
    for (const text of ['وقال الوزير إن الوضع مستقر، بحسب ما ذكرت', 'الوضع مستقر حسبما أفاد', 'الوضع مستقر، وفق ما نقلت']) {
      expect(() => extract({ text })).not.toThrow();
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

  // Speed is measured by `npm run bench:extract`, never here: a timed assertion fails on a busy
  // machine. What a test can check without a clock is that the work finishes (the test timeout
  // is only a hang guard) and that nothing in it grows faster than the input: the seed repeated
  // N times must give exactly N times the seed's statements.
  it(
    "a 5 MB article (the seed repeated) finishes and gives the seed's statements once per copy",
    () => {
      const one = extract({ text: SEED, id: 'article:one' });
      let big = '';
      let copies = 0;
      while (big.length < 5_000_000) {
        big += SEED + '\n';
        copies++;
      }
      const g = extract({ text: big, id: 'article:big' });
      expect(one.statements.length).toBeGreaterThan(10);
      expect(g.statements.length).toBe(copies * one.statements.length);
    },
    HANG_GUARD_MS,
  );

  it(
    'a 100,000-character line of quotes and commas finishes with its text intact',
    () => {
      const line = '"،,«»“”″'.repeat(12_500);
      const g = extract({ text: `قال بايدن ${line}` });
      expect(g.article.text.length).toBeGreaterThan(90_000);
      const repeated = extract({ text: `وقال "${'، قال إن '.repeat(12_000)}` });
      expect(repeated.article.text.length).toBeGreaterThan(90_000);
    },
    HANG_GUARD_MS,
  );

  it('keeps the id given by the caller and ids unique', () => {
    const g = extract({ text: SEED, id: 'article:seed', publishedAt: '2021-07-10' });
    const ids = [...g.actors, ...g.places, ...g.events, ...g.sectors, ...g.statements].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(g.statements[0]?.id).toMatch(/^stmt:seed:[0-9a-f]{10}$/);
  });

  it('keeps statement ids when a statement is added before them (ids from content, not rank)', () => {
    const g = extract({ text: SEED, id: 'article:seed', publishedAt: '2021-07-10' });
    const longer = extract({ text: `قال المتحدث إن الاجتماع سيعقد غدا.\n${SEED}`, id: 'article:seed', publishedAt: '2021-07-10' });
    const key = (s: { content: { text: string }; implicit?: boolean }) => `${s.implicit ? '+' : '-'}${s.content.text}`;
    const idsByKey = (graph: typeof g) => {
      const ids = new Map<string, string[]>();
      for (const s of graph.statements) ids.set(key(s), [...(ids.get(key(s)) ?? []), s.id]);
      return ids;
    };
    const before = idsByKey(g);
    const after = idsByKey(longer);
    for (const [k, ids] of before) if (after.has(k)) expect(after.get(k)).toEqual(ids);
    expect([...before.keys()].filter((k) => after.has(k)).length).toBeGreaterThan(0);
  });
});
