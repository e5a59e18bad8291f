/**
 * Writes the graph model section of docs/ARCHITECTURE.md from src/graph/model.ts (between the
 * `model:begin` and `model:end` markers). `--write` updates the file; without it, prints the
 * section and exits 1 when the file differs (test/unit/graph/model.test.ts checks the same).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';
import { modelMarkdown } from '../../src/graph/model.ts';

const FILE = path.join(PROJECT_ROOT, 'docs', 'ARCHITECTURE.md');
const SECTION = /(<!-- model:begin[^>]*-->\n)[\s\S]*?\n?(<!-- model:end -->)/;

const doc = fs.readFileSync(FILE, 'utf8');
if (!SECTION.test(doc)) {
  process.stderr.write(`${FILE}: no <!-- model:begin --> … <!-- model:end --> markers\n`);
  process.exit(1);
}
const updated = doc.replace(SECTION, (_, begin: string, end: string) => `${begin}${modelMarkdown()}\n${end}`);
if (process.argv.includes('--write')) {
  fs.writeFileSync(FILE, updated);
  process.stdout.write(
    updated === doc ? 'docs/ARCHITECTURE.md: graph model up to date\n' : 'docs/ARCHITECTURE.md: graph model section rewritten\n',
  );
} else {
  process.stdout.write(`${modelMarkdown()}\n`);
  process.exit(updated === doc ? 0 : 1);
}
