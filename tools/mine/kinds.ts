/**
 * Corpus support for the structural kind rules of src/extract/statements/kind.ts:
 *   npx tsx tools/mine/kinds.ts [CORPUS] [--limit N] [--write] [--extract]
 *
 * 1. Future prefix homographs. سـ + imperfect (سيعقد، ستبقى، سنرد) marks the future, but many words
 *    spell the same way (سياسة، سيارة، سنة، ستة، سيطرة). A word read as س + rest is a future verb
 *    when its rest (يعقد، تبقى) is not much rarer in the corpus than the word itself; the frequent
 *    words that fail this test are printed and, with --write, stored as `notFuture` in
 *    src/extract/lexicons/kinds.json (only normalized single words, never any text). The rest is also
 *    read as a verb: the 3rd person plain imperfect of its stem (سنضرب → يضرب) counts for it,
 *    so rare futures of common verbs are not taken for nouns.
 * 2. With --extract, runs the extractor over the corpus and prints, per kind and per outlet, how
 *    many statements each kind rule decided (the structural rules need support across outlets).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.ts';
import { tokenize } from '../../src/extract/normalize.ts';
import { decideKind } from '../../src/extract/statements/kind.ts';
import { normalizeArabic } from '../../src/text/arabic.ts';
import { corpusLines, flag, LIMIT } from './cli.ts';

const KINDS_FILE = join(import.meta.dirname, '../../src/extract/lexicons/kinds.json');

/** A word must occur this often before its future reading is judged (rarer words default to the verb). */
const MIN_WORD_COUNT = 5;
/**
 * The rest must be at least this share of the word's count: ستظل (113) is a verb with تظل (101),
 * سنواصل (94) with نواصل (34); سيارة, سنوات, سالم have a rest that is rare or none.
 */
const MIN_REST_SHARE = 0.3;
/** Normalized words that look like سـ + imperfect: س, a person prefix (ي ت ن ا), two letters or more. */
const FUTURE_SHAPE = /^س[يتنا][\u0621-\u064a]{2,}$/;
/** Articles extracted with --extract (the extractor is slower than counting words). */
const EXTRACT_EVERY = 4;

const counts = new Map<string, number>();
const ruleTally = new Map<string, Map<string, number>>();
let articles = 0;
const rl = corpusLines();
for await (const line of rl) {
  if (!line.trim()) continue;
  if (articles >= LIMIT) break;
  const a = JSON.parse(line) as { id: string; outlet: string; text: string };
  articles++;
  for (const w of a.text.split(/[^\u0621-\u0652]+/)) {
    if (w.length < 2) continue;
    const n = normalizeArabic(w).replace(/^[وف](?=س[يتنا])/, '');
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  if (flag('--extract') && articles % EXTRACT_EVERY === 0) {
    const graph = extract({ text: a.text });
    const tokens = tokenize(graph.article.text);
    for (const s of graph.statements) {
      // A neutral reading that disagrees with the statement's kind means its cue decided it.
      const neutral = decideKind({ text: graph.article.text, tokens }, 'CLAIM', s.content.start, s.content.end);
      const rule = neutral.kind === s.kind ? neutral.rule : 'cue';
      const key = `${s.kind} ${rule}`;
      const t = ruleTally.get(key) ?? new Map<string, number>();
      t.set(a.outlet, (t.get(a.outlet) ?? 0) + 1);
      ruleTally.set(key, t);
    }
  }
}

/** Endings of the imperfect (plural, dual) and object pronouns, longest first: سيظلون → ظل، ستجلبها → جلب. */
const IMPERFECT_ENDINGS = ['ونها', 'ونهم', 'ونه', 'هما', 'ون', 'ان', 'ين', 'وا', 'ها', 'هم', 'كم', 'نا', 'ني', 'ه', 'ك'];
/** Letters a stem keeps once its person prefix and ending are gone. */
const MIN_STEM_LETTERS = 2;
/**
 * The corpus count of the verb a future-shaped word would be, in its plain 3rd person masculine form
 * (سنضرب → يضرب; سيندمون → يندم), the commonest form of a verb in news: a rare future of a common
 * verb (سنضرب، ستندم) has a rare rest of its own, but its verb is common; a noun (سياسة → ياس) has
 * none. Not the ت form: nouns begin so (سيرك → ترك، سنجار → تجار، سيدني → تدني).
 */
function verbFamilyCount(word: string): number {
  let stem = word.slice(2);
  for (const e of IMPERFECT_ENDINGS)
    if (stem.endsWith(e) && stem.length - e.length >= MIN_STEM_LETTERS) {
      stem = stem.slice(0, -e.length);
      break;
    }
  if (stem.length < MIN_STEM_LETTERS) return 0;
  return counts.get(`ي${stem}`) ?? 0;
}

const notFuture: [string, number, number][] = [];
let futureWords = 0;
let futureTokens = 0;
for (const [w, n] of counts) {
  if (!FUTURE_SHAPE.test(w) || n < MIN_WORD_COUNT) continue;
  const rest = Math.max(counts.get(w.slice(1)) ?? 0, verbFamilyCount(w));
  if (rest >= n * MIN_REST_SHARE) {
    futureWords++;
    futureTokens += n;
  } else notFuture.push([w, n, rest]);
}
notFuture.sort((a, b) => b[1] - a[1]);
console.log(`${articles} articles; future-shaped words read as future verbs: ${futureWords} (${futureTokens} tokens)`);
console.log(`not future (word, count, count of the word without س): ${notFuture.length}`);
console.log(
  notFuture
    .slice(0, 60)
    .map(([w, n, r]) => `${w} ${n}/${r}`)
    .join('  '),
);
if (flag('--write')) {
  const file = JSON.parse(readFileSync(KINDS_FILE, 'utf8')) as Record<string, unknown>;
  file.notFuture = notFuture.map(([w]) => w).sort();
  writeFileSync(KINDS_FILE, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`wrote ${notFuture.length} notFuture words to ${KINDS_FILE}`);
}
if (ruleTally.size) {
  console.log('\nkind rule: statements per outlet (every %d-th article)'.replace('%d', String(EXTRACT_EVERY)));
  for (const [key, t] of [...ruleTally].sort(
    (a, b) => [...b[1].values()].reduce((x, y) => x + y) - [...a[1].values()].reduce((x, y) => x + y),
  )) {
    const total = [...t.values()].reduce((x, y) => x + y, 0);
    console.log(`${key.padEnd(34)} ${String(total).padStart(6)}  ${[...t].map(([o, c]) => `${o} ${c}`).join(', ')}`);
  }
}
