/**
 * Countries the hand-kept gazetteer (src/extract/lexicons/gazetteer/countries.json) lacks, from the
 * Arabic and English country names of the npm package i18n-iso-countries (MIT licence; data from
 * the Unicode CLDR, ISO 3166-1), into src/extract/lexicons/gazetteer/iso-countries.json:
 *
 *   npx tsx tools/lexicon/build-countries.ts [PACKAGE_DIR]
 *
 * PACKAGE_DIR defaults to where Node resolves i18n-iso-countries (a devDependency). Nisba adjectives
 * (الكيني، الكينية) are derived by rule for one-word names and kept only when the corpus
 * (../shared/corpus/ant-news.jsonl.gz) uses them at least NISBA_MIN times: the rule is safe only
 * where real news confirms the form.
 */
import { createReadStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { slugify } from '../../src/extract/entities.ts';
import { normalizeArabic } from '../../src/extract/normalize.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const GAZETTEER_DIR = join(ROOT, 'src/extract/lexicons/gazetteer');
const OUT_FILE = 'iso-countries.json';
const CORPUS = join(ROOT, '../shared/corpus/ant-news.jsonl.gz');
/** A derived nisba adjective is kept when the corpus has it this often (masculine and feminine together). */
const NISBA_MIN = 5;

const pkgDir = process.argv[2] ?? dirname(createRequire(import.meta.url).resolve('i18n-iso-countries/package.json'));
type Names = { countries: Record<string, string | string[]> };
const ar = JSON.parse(readFileSync(join(pkgDir, 'langs/ar.json'), 'utf8')) as Names;
const en = JSON.parse(readFileSync(join(pkgDir, 'langs/en.json'), 'utf8')) as Names;
const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

// What the hand-kept gazetteer already names (this script's output excluded, so reruns agree).
const knownNames = new Set<string>();
const knownIds = new Set<string>();
const knownEn = new Set<string>();
for (const file of readdirSync(GAZETTEER_DIR).filter((f) => f.endsWith('.json') && f !== OUT_FILE)) {
  for (const e of JSON.parse(readFileSync(join(GAZETTEER_DIR, file), 'utf8')) as {
    id: string;
    name: string;
    nameEn?: string;
    aliases?: string[];
  }[]) {
    knownIds.add(e.id);
    if (e.nameEn) knownEn.add(e.nameEn.toLowerCase());
    for (const n of [e.name, ...(e.aliases ?? [])]) knownNames.add(normalizeArabic(n));
  }
}

/** Nisba by rule: كينيا → كيني، كندا → كندي، الأرجنتين → أرجنتيني (then with ال). */
function nisbaStem(name: string): string | null {
  if (/\s/.test(name)) return null;
  let stem = name.replace(/^ال/, '');
  if (stem.endsWith('يا')) stem = stem.slice(0, -2);
  else if (stem.endsWith('ا')) stem = stem.slice(0, -1);
  return stem.length >= 2 ? stem : null;
}

interface Entry {
  id: string;
  type: 'actor';
  kind: 'COUNTRY';
  name: string;
  nameEn: string;
  aliases: string[];
  adjectives: string[];
}
const entries: Entry[] = [];
const wanted = new Map<string, number>();
for (const [code, names] of Object.entries(ar.countries)) {
  const [name, ...aliases] = list(names);
  const nameEn = list(en.countries[code])[0];
  if (!name || !nameEn) continue;
  const id = `actor:${slugify(nameEn.toLowerCase())}`;
  if (knownIds.has(id) || knownEn.has(nameEn.toLowerCase()) || [name, ...aliases].some((n) => knownNames.has(normalizeArabic(n)))) continue;
  const stem = nisbaStem(name);
  const adjectives = stem ? [`ال${stem}ي`, `ال${stem}ية`] : [];
  for (const a of adjectives) wanted.set(normalizeArabic(a), 0);
  entries.push({ id, type: 'actor', kind: 'COUNTRY', name, nameEn, aliases, adjectives });
}

const lines = createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const { text } = JSON.parse(line) as { text: string };
  // Letters, tatweel and harakat on purpose: a word keeps its combining marks.
  // eslint-disable-next-line no-misleading-character-class
  for (const w of text.split(/[^\u0621-\u064a\u0640\u064b-\u0652]+/)) {
    if (!w.startsWith('ال')) continue;
    const n = normalizeArabic(w);
    const c = wanted.get(n);
    if (c !== undefined) wanted.set(n, c + 1);
  }
}
for (const e of entries) {
  const uses = e.adjectives.reduce((sum, a) => sum + (wanted.get(normalizeArabic(a)) ?? 0), 0);
  if (uses < NISBA_MIN) e.adjectives = [];
}
writeFileSync(join(GAZETTEER_DIR, OUT_FILE), `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
console.log(
  `wrote ${entries.length} countries, ${entries.filter((e) => e.adjectives.length).length} with nisba adjectives confirmed by the corpus`,
);
for (const e of entries.filter((x) => x.adjectives.length)) console.log(`  ${e.name}: ${e.adjectives.join(' ')}`);
