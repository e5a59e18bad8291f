/**
 * Structural kind signals in the corpus, read from the raw text (no extraction):
 *   npx tsx tools/mine/kind-openings.ts [CORPUS] [--limit N] [--min N] [--top N]
 *
 * 1. The word that opens a content after a complementizer carrying a pronoun (أنه، أنها، إنهم، أننا …):
 *    after an announcing cue (أعلن) against a neutral one (قال). Shares of its shapes (a future سـ/سوف, a
 *    perfect in -ت, the passive تم) and the words with the highest smoothed log-odds: whether "the
 *    speaker's side + an act" marks an announcement (src/extract/statements/kind.ts, rules tried).
 * 2. The words of a clause holding a future (سـ، سوف، لن، قد) after a warning cue (حذر … من/أن) against
 *    the same after a neutral cue (قال … إن): candidate words of foreseen harm (kinds.json `risks`).
 * Prints counts only.
 */
import { normalizeArabic } from '../../src/text/arabic.ts';
import { corpusLines, LIMIT, option, stem } from './cli.ts';

/** A word must open (table 1) or stand in (table 2) this many contents of the marked cue to be printed. */
const MIN_MARKED = Number(option('--min') ?? 5);
/** Words printed per table. */
const TOP = Number(option('--top') ?? 40);
/** Additive smoothing of the shares. */
const SMOOTHING = 0.5;
/** Words allowed between the cue and its complementizer (the speaker, a date). */
const MAX_SPEAKER_WORDS = 5;

const gap = `(?:\\S+\\s+){0,${MAX_SPEAKER_WORDS}}?`;
const ANNOUNCING = new RegExp(`(?:^|\\s)[وف]?(?:أعلن|أعلنت|أعلنا|يعلن|تعلن)\\s+${gap}(?:أنه|أنها|أنهم|أننا|أنهما)\\s+(\\S+)`, 'g');
const NEUTRAL = new RegExp(`(?:^|\\s)[وف]?(?:قال|قالت|قالوا|يقول|تقول)\\s+${gap}(?:إنه|إنها|إنهم|إننا|إنهما)\\s+(\\S+)`, 'g');
const WARNING_CLAUSE = new RegExp(`(?:^|\\s)[وف]?(?:حذر|حذرت|يحذر|تحذر)\\s+${gap}(?:من|أن|من أن)\\s+([^،,.:؛!?؟\\n]+)`, 'g');
const NEUTRAL_CLAUSE = new RegExp(`(?:^|\\s)[وف]?(?:قال|قالت|يقول|تقول)\\s+${gap}(?:إن|إنه|إنها|إنهم)\\s+([^،,.:؛!?؟\\n]+)`, 'g');
/** A future or possible verb (normalized): سيفعل، ستبقى، سوف، لن، قد. */
const FUTURE = /^[وف]?(?:س[يتن][\u0621-\u064a]{2,}|سوف|لن|قد)$/;
/** A perfect in the 3rd person feminine (a body's act: أصدرت، جمدت): not ال-, not a long word. */
const PERFECT_T = /^[^ا][\u0621-\u064a]{1,4}ت$/;

const words = (s: string) => s.split(/[^\u0621-\u064a]+/).filter((w) => w.length > 1);
const add = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

const opening = { marked: new Map<string, number>(), neutral: new Map<string, number>() };
const harm = { marked: new Map<string, number>(), neutral: new Map<string, number>(), nMarked: 0, nNeutral: 0 };
let articles = 0;
for await (const line of corpusLines()) {
  if (!line.trim()) continue;
  if (articles++ >= LIMIT) break;
  const text = ((JSON.parse(line) as { text?: string }).text ?? '').replace(/[\u064b-\u0652\u0640]/g, '');
  for (const m of text.matchAll(ANNOUNCING)) add(opening.marked, normalizeArabic(m[1] ?? ''));
  for (const m of text.matchAll(NEUTRAL)) add(opening.neutral, normalizeArabic(m[1] ?? ''));
  for (const [re, counts, marked] of [
    [WARNING_CLAUSE, harm.marked, true],
    [NEUTRAL_CLAUSE, harm.neutral, false],
  ] as const)
    for (const m of text.matchAll(re)) {
      const ws = words(m[1] ?? '').map(normalizeArabic);
      if (!ws.some((w) => FUTURE.test(w))) continue;
      if (marked) harm.nMarked++;
      else harm.nNeutral++;
      for (const w of new Set(ws.filter((x) => !FUTURE.test(x)).map(stem))) add(counts, w);
    }
}

/** The words of `marked` seen at least MIN_MARKED times, by smoothed log-odds against `neutral`. */
function table(marked: Map<string, number>, nMarked: number, neutral: Map<string, number>, nNeutral: number): string {
  return [...marked]
    .filter(([, c]) => c >= MIN_MARKED)
    .map(([w, c]) => {
      const z = neutral.get(w) ?? 0;
      return { w, c, z, lo: Math.log((c + SMOOTHING) / nMarked) - Math.log((z + SMOOTHING) / nNeutral) };
    })
    .sort((a, b) => b.lo - a.lo)
    .slice(0, TOP)
    .map((s) => `${s.w} ${s.c}/${s.z} ${s.lo.toFixed(1)}`)
    .join('  ');
}

const nA = total(opening.marked);
const nN = total(opening.neutral);
const share = (m: Map<string, number>, n: number, test: (w: string) => boolean) =>
  `${[...m].filter(([w]) => test(w)).reduce((a, [, c]) => a + c, 0)}/${n}`;
console.log(`${articles} articles`);
console.log(`\n1. Content openings after أعلن + أنه/أنها/… (${nA}) vs قال + إنه/إنها/… (${nN}):`);
for (const [name, test] of [
  ['future', (w: string) => /^[وف]?(?:س[يتن][\u0621-\u064a]{2,}|سوف)$/.test(w)],
  ['perfect -ت', (w: string) => PERFECT_T.test(w) && !w.startsWith('ال')],
  ['تم/سيتم', (w: string) => w === 'تم' || w === 'سيتم'],
] as const)
  console.log(`  ${name}: أعلن ${share(opening.marked, nA, test)}, قال ${share(opening.neutral, nN, test)}`);
console.log(`  words: ${table(opening.marked, nA, opening.neutral, nN)}`);
console.log(`\n2. Words of a future clause after حذر (${harm.nMarked} clauses) vs قال (${harm.nNeutral}):`);
console.log(`  ${table(harm.marked, harm.nMarked, harm.neutral, harm.nNeutral)}`);
