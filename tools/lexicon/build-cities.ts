/**
 * Cities the gazetteer lacks, from the Arabic exemplar cities of the time-zone names in the Unicode
 * CLDR (npm package cldr-dates-full, Unicode-3.0 licence: main/ar/timeZoneNames.json, one city per
 * IANA zone, e.g. Asia/Jakarta → جاكرتا), into src/extract/lexicons/gazetteer/cldr-cities.json:
 *
 *   npx tsx tools/lexicon/build-cities.ts [PACKAGE_DIR]
 *
 * PACKAGE_DIR defaults to where Node resolves cldr-dates-full (a devDependency). A name is kept only
 * when the corpus (../shared/corpus/ant-news.jsonl.gz) confirms it names a place: it occurs at least
 * MIN_USES times in MIN_ARTICLES articles, and in MIN_SLOT_SHARE of its uses it stands where places
 * stand (after في، من، إلى، قرب or a place head, or glued to ب). Exemplar cities that are mostly common
 * words (ترك "left", ماهي "what is", العيون "the eyes") fail that share and stay out. Only counts
 * come from the corpus, never its text.
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
const HEADS_FILE = join(ROOT, 'src/extract/lexicons/actor-heads.json');
const OUT_FILE = 'cldr-cities.json';
const CORPUS = join(ROOT, '../shared/corpus/ant-news.jsonl.gz');
/** A city is kept when the corpus uses its name this often (any proclitic)… */
const MIN_USES = 10;
/** …in this many articles… */
const MIN_ARTICLES = 5;
/** …and this share of those uses stands in a place slot (after في/من/إلى/قرب or a place head, or with ب glued). */
const MIN_SLOT_SHARE = 0.5;
/**
 * …and this share of them has no proclitic: a name that mostly occurs glued to one is another word
 * (ب + ترول = بترول "petroleum", not the Troll station).
 */
const MIN_BARE_SHARE = 0.25;
/** Shortest name kept: two-letter names (ري، لي) are too often other words. */
const MIN_LETTERS = 3;
/** Words after which a name stands in a place slot. */
const SLOT_BEFORE = ['في', 'من', 'الى', 'إلى', 'قرب', 'بين', 'نحو', 'داخل', 'عاصمتها', 'عاصمة'].map(normalizeArabic);
/** Proclitics a name may carry in the corpus; ب marks a place slot by itself ("بجاكرتا" = in Jakarta). */
const PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب'];

const pkgDir = process.argv[2] ?? dirname(createRequire(import.meta.url).resolve('cldr-dates-full/package.json'));
interface ZoneTree {
  [key: string]: ZoneTree | string;
}
const zoneRoot = (lang: string) =>
  (
    JSON.parse(readFileSync(join(pkgDir, `main/${lang}/timeZoneNames.json`), 'utf8')) as {
      main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }>;
    }
  ).main[lang]?.dates.timeZoneNames.zone ?? {};

/** Exemplar cities by zone id ("Asia/Jakarta" → "جاكرتا"). */
function exemplarCities(tree: ZoneTree, path: string[] = [], out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') {
      if (key === 'exemplarCity') out.set(path.join('/'), value);
    } else exemplarCities(value, [...path, key], out);
  }
  return out;
}
const arCities = exemplarCities(zoneRoot('ar'));
const enCities = exemplarCities(zoneRoot('en'));

// What the gazetteer already names (this script's output excluded, so reruns agree).
const knownNames = new Set<string>();
for (const file of readdirSync(GAZETTEER_DIR).filter((f) => f.endsWith('.json') && f !== OUT_FILE)) {
  for (const e of JSON.parse(readFileSync(join(GAZETTEER_DIR, file), 'utf8')) as { name: string; aliases?: string[] }[])
    for (const n of [e.name, ...(e.aliases ?? [])]) knownNames.add(normalizeArabic(n));
}
const placeHeads = new Set(
  (JSON.parse(readFileSync(HEADS_FILE, 'utf8')) as { places: string[] }).places.flatMap((h) => {
    const n = normalizeArabic(h);
    return [n, `ال${n}`, `ب${n}`, `و${n}`];
  }),
);

interface Candidate {
  zone: string;
  name: string;
  norm: string;
  words: string[];
  uses: number;
  bare: number;
  slot: number;
  articles: number;
}
const candidates: Candidate[] = [];
for (const [zone, name] of arCities) {
  const norm = normalizeArabic(name);
  if (knownNames.has(norm) || norm.replace(/\s/g, '').length < MIN_LETTERS) continue;
  candidates.push({ zone, name, norm, words: norm.split(' '), uses: 0, bare: 0, slot: 0, articles: 0 });
}
/** First word (with each proclitic) → candidates starting with it. */
const byFirst = new Map<string, { c: Candidate; proclitic: string }[]>();
for (const c of candidates)
  for (const p of PROCLITICS) {
    const key = p + (c.words[0] ?? '');
    const list = byFirst.get(key) ?? [];
    list.push({ c, proclitic: p });
    byFirst.set(key, list);
  }

const lines = createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const { text } = JSON.parse(line) as { text: string };
  // Letters, tatweel and harakat on purpose: a word keeps its combining marks.
  // eslint-disable-next-line no-misleading-character-class
  const words = text.split(/[^\u0621-\u064a\u0640\u064b-\u0652]+/).map(normalizeArabic);
  const seen = new Set<Candidate>();
  for (let i = 0; i < words.length; i++) {
    const hits = byFirst.get(words[i] ?? '');
    if (!hits) continue;
    for (const { c, proclitic } of hits) {
      if (c.words.some((w, k) => k > 0 && words[i + k] !== w)) continue;
      c.uses++;
      if (proclitic === '') c.bare++;
      const before = words[i - 1] ?? '';
      if (proclitic.endsWith('ب') || SLOT_BEFORE.includes(before) || placeHeads.has(before)) c.slot++;
      seen.add(c);
    }
  }
  for (const c of seen) c.articles++;
}

const kept = candidates.filter(
  (c) => c.uses >= MIN_USES && c.articles >= MIN_ARTICLES && c.slot / c.uses >= MIN_SLOT_SHARE && c.bare / c.uses >= MIN_BARE_SHARE,
);
kept.sort((a, b) => b.uses - a.uses);
const entries = kept.map((c) => {
  const nameEn = enCities.get(c.zone) ?? (c.zone.split('/').pop() ?? c.zone).replace(/_/g, ' ');
  return {
    id: `place:${slugify(
      nameEn
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase(),
    )}`,
    type: 'place',
    name: c.name,
    nameEn,
    aliases: [],
    corpusCount: c.uses,
  };
});
writeFileSync(join(GAZETTEER_DIR, OUT_FILE), `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
console.log(`${arCities.size} exemplar cities, ${candidates.length} not in the gazetteer, ${kept.length} kept (uses, place-slot share):`);
for (const c of kept) console.log(`  ${String(c.uses).padStart(5)} ${(c.slot / c.uses).toFixed(2)}  ${c.name}`);
console.log('left out (uses ≥ MIN_USES; share in a place slot, share without proclitic, articles):');
for (const c of candidates.filter((x) => x.uses >= MIN_USES && !kept.includes(x)))
  console.log(
    `  ${String(c.uses).padStart(5)} ${(c.slot / c.uses).toFixed(2)} ${(c.bare / c.uses).toFixed(2)} ${String(c.articles).padStart(4)}  ${c.name}`,
  );
