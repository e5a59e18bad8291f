/**
 * Extracts every article of a folder and scores the predictions with score.py --dir.
 * Gold files are either GOLD_DIR/NAME.json or ARTICLES_DIR/NAME.gold.json (fixtures).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/index.ts';

export const SCORE_PY = join(dirname(fileURLToPath(import.meta.url)), 'score.py');

export interface Scores {
  statements: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
  speaker_accuracy: number;
  end_to_end_f1: number;
  kind_accuracy: number;
  direct_accuracy: number;
  actor_recall: number;
}
export interface FolderScores {
  total: Scores;
  files: Record<string, Scores>;
}

/**
 * The outlet of a dev-set file (NN_OUTLET_… as the dev set names its files), so figures can be
 * read per outlet: a rule fitted to one outlet's house style shows up as one row that moved.
 */
export const outletOf = (file: string): string => /^\d+_([^_]+)_/.exec(file)?.[1] ?? 'other';

/** score.py over a folder of gold files and one of predictions with the same names. */
function scoreDirs(goldDir: string, predDir: string): FolderScores {
  const out = execFileSync('python3', [SCORE_PY, '--dir', goldDir, predDir, '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as FolderScores;
}

/** Scores of the kept predictions, one score.py run per group of files (e.g. per outlet). */
export function scoreGroups(predDir: string, goldDir: string, groupOf: (name: string) => string): Record<string, Scores> {
  const work = mkdtempSync(join(tmpdir(), 'qawl-eval-groups-'));
  // Groups follow the gold files: an article whose extraction failed still counts, as missed.
  const names = readdirSync(goldDir).filter((f) => f.endsWith('.json'));
  const groups = [...new Set(names.map(groupOf))].sort();
  const result: Record<string, Scores> = {};
  try {
    for (const group of groups) {
      const pred = join(work, group, 'pred');
      const gold = join(work, group, 'gold');
      execFileSync('mkdir', ['-p', pred, gold]);
      for (const name of names.filter((n) => groupOf(n) === group)) {
        if (existsSync(join(predDir, name))) copyFileSync(join(predDir, name), join(pred, name));
        copyFileSync(join(goldDir, name), join(gold, name));
      }
      result[group] = scoreDirs(gold, pred).total;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return result;
}

/** Publication date from a file name ending in YYYYMMDD, as the dev set names its files. */
const dateFromName = (file: string) => {
  const m = /(\d{4})(\d{2})(\d{2})\.txt$/.exec(file);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
};

/** Inclusive range of article numbers (the NN_ prefix of dev set file names); null keeps every file. */
export interface FileRange {
  from: number;
  to: number;
}

const inRange = (file: string, range: FileRange | null) => {
  if (!range) return true;
  const n = Number(/^(\d+)_/.exec(file)?.[1] ?? NaN);
  return n >= range.from && n <= range.to;
};

export function scoreFolder(
  articlesDir: string,
  goldDir: string,
  keep = false,
  range: FileRange | null = null,
): FolderScores & { outlets: Record<string, Scores>; failures: string[]; predDir: string } {
  const work = mkdtempSync(join(tmpdir(), 'qawl-eval-'));
  const pred = join(work, 'pred');
  const gold = join(work, 'gold');
  execFileSync('mkdir', ['-p', pred, gold]);
  const failures: string[] = [];
  for (const file of readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt') && inRange(f, range))
    .sort()) {
    const name = file.replace(/\.txt$/, '');
    const goldFile = [join(goldDir, `${name}.json`), join(goldDir, `${name}.gold.json`)].find((p) => existsSync(p));
    if (!goldFile) continue;
    copyFileSync(goldFile, join(gold, `${name}.json`));
    try {
      const graph = extract({ text: readFileSync(join(articlesDir, file), 'utf8'), publishedAt: dateFromName(file) });
      writeFileSync(join(pred, `${name}.json`), JSON.stringify(graph));
    } catch (err) {
      failures.push(`${file}: ${(err as Error).message}`);
    }
  }
  const scores = scoreDirs(gold, pred);
  const outlets = scoreGroups(pred, gold, outletOf);
  if (!keep) rmSync(work, { recursive: true, force: true });
  return { ...scores, outlets, failures, predDir: pred };
}
