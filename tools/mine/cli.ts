/**
 * What the corpus mining scripts share: their command line (`--name value` options, the corpus
 * path as the first bare argument, `--limit`) and the corpus read line by line from its gzip.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { normalizeArabic } from '../../src/text/arabic.ts';

const args = process.argv.slice(2);

/** The value after `--name`, if given. */
export const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** True when the bare flag `--name` is given. */
export const flag = (name: string): boolean => args.includes(name);

/** The corpus: the first argument that is neither an option nor an option's value, else ../shared's. */
export const CORPUS =
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ??
  join(import.meta.dirname, '../../../shared/corpus/ant-news.jsonl.gz');

/** At most this many articles (`--limit N`), all by default. */
export const LIMIT = Number(option('--limit') ?? Infinity);

/** The corpus's lines (one JSON article each), read as a stream. */
export const corpusLines = (): Interface => createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()), crlfDelay: Infinity });

/** A word without a glued و/ف and its article, as the mining scripts count words. */
export const stem = (w: string) => {
  let n = normalizeArabic(w);
  if (n.length > 4 && /^[وف]/.test(n)) n = n.slice(1);
  if (n.length > 4 && /^(?:بال|لل|كال)/.test(n)) n = n.slice(n.startsWith('لل') ? 2 : 3);
  if (n.length > 4 && n.startsWith('ال')) n = n.slice(2);
  return n;
};
