import { createReadStream, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { cypherNormalized, normalizeArabic } from '../../src/text/arabic.ts';
import { testDatabase } from '../support/db.ts';
import type { Database } from '../../src/db/driver.ts';

const CORPUS = join(PROJECT_ROOT, '../shared/corpus/ant-news.jsonl.gz');
const WORDS_WANTED = 5_000;
const WORD = /[^\s.,،؛:;!?؟"'“”«»()[\]{}]+/g;

/** Distinct words of real news when the shared corpus is beside the project, else of the project's own articles. */
async function sampleWords(): Promise<string[]> {
  const words = new Set<string>();
  if (existsSync(CORPUS)) {
    const lines = createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      for (const w of (JSON.parse(line) as { text: string }).text.match(WORD) ?? []) words.add(w);
      if (words.size >= WORDS_WANTED) break;
    }
    lines.close();
  }
  const own = [join(PROJECT_ROOT, 'seeds'), join(PROJECT_ROOT, 'test/fixtures/articles')];
  for (const dir of own) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      for (const w of readFileSync(join(dir, f), 'utf8').match(WORD) ?? []) words.add(w);
    }
  }
  return [...words];
}

/** Every character either form changes, in words of our own, so a missing fold shows even without the corpus. */
const MARKED = [
  'مُحَمَّدٌ',
  'شُكْراً',
  'الرَّحْمٰنِ',
  'قُرْآن',
  'إِسْرائيل',
  'ٱلْكِتَاب',
  'مُسْتَشْفَى',
  'مدرسة',
  'مؤتمر',
  'رئيس',
  'عـــاجل',
  'ۖقال',
  'ؐبايدن',
  'Biden',
  'NATO',
  'Ünal',
];

describe('the Cypher twin of normalizeArabic', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(() => db.close());

  it('gives the same matching form as the TypeScript normalization on thousands of news words', async () => {
    const words = [...MARKED, ...(await sampleWords())];
    expect(words.length).toBeGreaterThan(1_000);
    const result = await db.read((tx) => tx.run(`UNWIND $words AS w RETURN w, ${cypherNormalized('w')} AS normalized`, { words }));
    const disagreements = result.records
      .map((r) => ({ word: r.get('w') as string, cypher: r.get('normalized') as string }))
      .filter(({ word, cypher }) => cypher !== normalizeArabic(word));
    expect(disagreements).toEqual([]);
    expect(result.records.length).toBe(words.length);
  });
});
