/**
 * Scores the extractor on a folder of articles with gold files:
 *   npx tsx tools/eval/devset.ts [DEVSET_DIR] [--json] [--keep]
 * DEVSET_DIR holds articles/NAME.txt and gold/NAME.json (default ../shared/devset). Every
 * article is extracted into a temporary folder, then tools/eval/score.py --dir prints totals.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? join(here, '../../../shared/devset'));
const asJson = args.includes('--json');
const keep = args.includes('--keep');
const articlesDir = existsSync(join(dir, 'articles')) ? join(dir, 'articles') : dir;
const goldDir = existsSync(join(dir, 'gold')) ? join(dir, 'gold') : dir;

const out = mkdtempSync(join(tmpdir(), 'qawl-devset-'));
let failures = 0;
for (const file of readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).sort()) {
  const name = file.replace(/\.txt$/, '');
  const date = /(\d{4})(\d{2})(\d{2})\.txt$/.exec(file);
  try {
    const graph = extract({ text: readFileSync(join(articlesDir, file), 'utf8'), publishedAt: date ? `${date[1]}-${date[2]}-${date[3]}` : null });
    writeFileSync(join(out, `${name}.json`), JSON.stringify(graph));
  } catch (err) {
    failures++;
    console.error(`${file}: ${(err as Error).message}`);
  }
}
const score = execFileSync('python3', [join(here, 'score.py'), '--dir', goldDir, out, ...(asJson ? ['--json'] : [])], { encoding: 'utf8' });
process.stdout.write(score);
if (failures) console.error(`${failures} article(s) failed to extract`);
if (keep) console.error(`predictions kept in ${out}`); else rmSync(out, { recursive: true, force: true });
