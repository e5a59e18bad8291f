/**
 * Scores the extractor on a folder of articles with gold files:
 *   npx tsx tools/eval/devset.ts [DEVSET_DIR] [--files] [--keep] [--range=FROM-TO]
 * --range keeps the articles whose NN_ prefix is within FROM..TO (e.g. --range=41-60, the generalization check).
 * Prints a table per outlet (the NN_OUTLET_ part of the file name) and in total, then the totals.
 * DEVSET_DIR holds articles/NAME.txt and gold/NAME.json (default ../shared/devset); a folder of
 * NAME.txt + NAME.gold.json (test/fixtures/articles) works too. Prints the totals.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreFolder } from './run.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? join(here, '../../../shared/devset'));
const articlesDir = existsSync(join(dir, 'articles')) ? join(dir, 'articles') : dir;
const goldDir = existsSync(join(dir, 'gold')) ? join(dir, 'gold') : dir;
const rangeArg = /^--range=(\d+)-(\d+)$/.exec(args.find((a) => a.startsWith('--range=')) ?? '');
const range = rangeArg ? { from: Number(rangeArg[1]), to: Number(rangeArg[2]) } : null;
const result = scoreFolder(articlesDir, goldDir, args.includes('--keep'), range);
if (args.includes('--files')) {
  for (const [name, s] of Object.entries(result.files)) {
    console.log(
      `${name.padEnd(50)} gold ${String(s.statements).padStart(3)} pred ${String(s.predicted).padStart(3)} f1 ${s.f1.toFixed(3)} e2e ${s.end_to_end_f1.toFixed(3)}`,
    );
  }
}
/** The per-outlet table's columns: score.py's figure and its short heading. */
const FIGURES = [
  ['statements', 'gold'],
  ['predicted', 'pred'],
  ['precision', 'P'],
  ['recall', 'R'],
  ['f1', 'F1'],
  ['speaker_accuracy', 'speaker'],
  ['end_to_end_f1', 'e2e'],
  ['kind_accuracy', 'kind'],
  ['actor_recall', 'actors'],
] as const;
const cell = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(3)).padStart(8);
console.log(`${'outlet'.padEnd(10)}${FIGURES.map(([, h]) => h.padStart(8)).join('')}`);
for (const [outlet, s] of Object.entries(result.outlets)) {
  console.log(`${outlet.padEnd(10)}${FIGURES.map(([f]) => cell(s[f])).join('')}`);
}
console.log(`${'all'.padEnd(10)}${FIGURES.map(([f]) => cell(result.total[f])).join('')}`);
console.log('');
for (const [k, v] of Object.entries(result.total)) console.log(`${k.padEnd(18)} ${v}`);
for (const f of result.failures) console.error(f);
if (args.includes('--keep')) console.error(`predictions kept in ${result.predDir}`);
