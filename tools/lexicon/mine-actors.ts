/**
 * Mines the unannotated corpus (../shared/corpus/ant-news.jsonl.gz, ANT Corpus, Apache-2.0 packaging
 * plus a citation licence, see its README) for the actor lexicons, so that every entry earns its place
 * by frequency across 22,568 real articles rather than by one dev article:
 *
 *   npx tsx tools/lexicon/mine-actors.ts [--write]
 *
 * Prints frequency tables for the head nouns of src/extract/lexicons/actor-heads.json (entries below
 * its corpusMin are flagged), for the words read as place names after a place head (مدينة X، محافظة X),
 * for given names (the first word of a name after a title), and for dateline outlets. With --write it
 * regenerates src/extract/lexicons/gazetteer/mined-places.json and src/extract/lexicons/given-names.json
 * (counts only: no corpus text is stored).
 */
import { createReadStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { clean } from '../../src/extract/clean.ts';
import { adjectiveCountry, isNameToken, isStop, isTimeWord, readTitledName, slugify } from '../../src/extract/entities.ts';
import { isArabicWord, normalizeArabic, tokenize, type Token } from '../../src/extract/normalize.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = join(ROOT, '../shared/corpus/ant-news.jsonl.gz');
const LEXICONS = join(ROOT, 'src/extract/lexicons');
const WRITE = process.argv.includes('--write');

/** A place name must follow a place head this often across the corpus… */
const PLACE_MIN_AFTER_HEAD = 5;
/** …and be a place slot (after a place head or في) in this share of all its occurrences, so common words drop out. */
const PLACE_MIN_SLOT_SHARE = 0.3;
/** Shortest place name kept (two-letter words are too often something else). */
const PLACE_MIN_LETTERS = 3;
/** A given name must open a titled name this often… */
const GIVEN_MIN = 5;
/** …be followed by another name word in this share of those times (a first name, not a one-word name)… */
const GIVEN_MIN_NAME_SHARE = 0.5;
/** …and open a titled name in this share of all its occurrences (common words that titles sometimes precede drop out). */
const GIVEN_MIN_TITLED_SHARE = 0.1;
/** Common nouns take the article (الوزراء، الخارجية، العهد) far more often than first names ever do. */
const GIVEN_MAX_DEFINITE_RATIO = 0.5;
/** Shortest given name kept: two-letter words (بي، شي) are too often something else. */
const GIVEN_MIN_LETTERS = 3;
/** An indefinite place name is rarely seen with the article: more than this share of its uses and it is a common noun. */
const PLACE_MAX_DEFINITE_RATIO = 0.5;
/** A place name must also stand alone after في in this share of its occurrences (adjectives after منطقة never do). */
const PLACE_MIN_FI_SHARE = 0.05;

interface HeadsFile {
  corpusMin: number;
  organizations: { heads: string[]; kind: string }[];
  places: string[];
  groups: string[];
  blocs: string[];
  bodies: Record<string, string>;
  notPlaceNames: string[];
}
const heads = JSON.parse(readFileSync(join(LEXICONS, 'actor-heads.json'), 'utf8')) as HeadsFile;
const placeHeads = new Set(heads.places.map(normalizeArabic));
/** Compass and position words follow place heads (منطقة شمال …) but name no place by themselves. */
const NOT_PLACE_NAMES = new Set(heads.notPlaceNames.map(normalizeArabic));

/** A head with و/ف or ب/ل glued on still opens a name: "ومدينة X", "بولاية X", "لمحافظة X", "وبمدينة X". */
const isPlaceHead = (n: string) =>
  placeHeads.has(n) || (/^[وفبل]/.test(n) && placeHeads.has(n.slice(1))) || (/^[وف][بل]/.test(n) && placeHeads.has(n.slice(2)));
/** Surface spellings of the words mined as places (hamza and taa marbuta as the outlets write them). */
const surfaces = new Map<string, Map<string, number>>();
const surfaceOf = (t: Token): string | null => (t.text.length === t.norm.length ? t.text : null);

const total = new Map<string, number>();
const afterHead = new Map<string, number>();
const afterFi = new Map<string, number>();
const givenStart = new Map<string, number>();
const givenFollowed = new Map<string, number>();
const datelines = new Map<string, number>();
const inc = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

/** First words of every name the hand-kept gazetteer knows (this script's own output excluded, so reruns agree). */
const MINED_FILE = 'mined-places.json';
const gazetteerWords = new Set<string>();
/** First words of the places and countries among them. */
const placeWords = new Set<string>();
for (const file of readdirSync(join(LEXICONS, 'gazetteer')).filter((f) => f.endsWith('.json') && f !== MINED_FILE)) {
  for (const e of JSON.parse(readFileSync(join(LEXICONS, 'gazetteer', file), 'utf8')) as {
    type: string;
    kind?: string;
    name: string;
    aliases?: string[];
  }[]) {
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      const first = normalizeArabic(n).split(/\s+/)[0] ?? '';
      gazetteerWords.add(first);
      if (e.type === 'place' || e.kind === 'COUNTRY') placeWords.add(first);
    }
  }
}
const knownNames = (t: Token) => t.info.variants.some((v) => gazetteerWords.has(v.form));

let articles = 0;
const lines = createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const art = JSON.parse(line) as { outlet: string; text: string };
  articles++;
  for (const para of art.text.split('\n').slice(0, 3)) {
    const m = /^[^\n()]{0,80}\(([^()\n]{1,25})\)\s*[-–—]/.exec(para) ?? /^[^\n()،,.]{2,40}\s+[-–—]\s+([^-–—\n]{2,20}?)\s*[-–—:]/.exec(para);
    if (m?.[1]) inc(datelines, `${art.outlet}\t${m[1].trim()}`);
  }
  const text = clean(art.text).text;
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    inc(total, t.norm);
    let next = tokens[i + 1];
    if (!next || text.slice(t.end, next.start).trim() !== '') continue;
    // The country's nisba may stand between a head and the name: "العاصمة البلجيكية X".
    const afterNisba = tokens[i + 2];
    if (isPlaceHead(t.norm) && /^(?:ال|لل)/.test(next.text) && adjectiveCountry(next) !== null && afterNisba) {
      if (text.slice(next.end, afterNisba.start).trim() !== '' || /^(?:ال|لل)/.test(afterNisba.text)) continue;
      next = afterNisba;
    }
    const n = next.norm;
    if (isPlaceHead(t.norm)) {
      inc(afterHead, n);
      const surface = surfaceOf(next);
      if (surface) {
        let m = surfaces.get(n);
        if (!m) surfaces.set(n, (m = new Map<string, number>()));
        inc(m, surface);
      }
    } else if (t.norm === 'في') inc(afterFi, n);
  }
  for (let i = 0; i < tokens.length; i++) {
    const read = readTitledName(text, tokens, i, tokens.length);
    if (!read) continue;
    const first = tokens[read.nameStartTok] as Token;
    inc(givenStart, first.norm);
    if (read.endTok - read.nameStartTok >= 2) inc(givenFollowed, first.norm);
    i = read.endTok - 1;
  }
}

/** Occurrences of a word with any proclitic: و/ف, and ب/ك/ل before the article (لل = ل + ال). */
const count = (word: string) => {
  const w = normalizeArabic(word);
  const forms = [w];
  if (w.startsWith('ال')) forms.push(`ب${w}`, `ك${w}`, `ل${w.slice(1)}`);
  let c = 0;
  for (const f of forms) for (const p of ['', 'و', 'ف']) c += total.get(p + f) ?? 0;
  return c;
};
console.log(`articles ${articles}, distinct words ${total.size}\n`);
console.log('# head nouns (count without proclitics; ! = below corpusMin)');
const allHeads: [string, string][] = [
  ...heads.organizations.flatMap((o) => o.heads.map((h): [string, string] => [h, o.kind])),
  ...heads.places.map((h): [string, string] => [h, 'PLACE']),
  ...heads.groups.map((h): [string, string] => [h, 'GROUP']),
  ...heads.blocs.map((h): [string, string] => [h, 'BLOC']),
  ...Object.keys(heads.bodies).map((h): [string, string] => [h, 'BODY']),
];
for (const [h, kind] of allHeads) {
  const c = h.includes(' ') ? Math.min(...h.split(' ').map(count)) : count(h);
  console.log(`${c < heads.corpusMin ? '!' : ' '} ${String(c).padStart(7)}  ${kind.padEnd(12)} ${h}`);
}

// Places: words that follow a place head often and are mostly used in a place slot.
const places: { name: string; afterHead: number; slotShare: number }[] = [];
for (const [w, c] of afterHead) {
  if (c < PLACE_MIN_AFTER_HEAD || !isArabicWord(w) || w.replace(/^ال/, '').length < PLACE_MIN_LETTERS) continue;
  const tok = tokenize(w)[0];
  if (!tok || isStop(tok) || isTimeWord(tok) || placeHeads.has(w) || knownNames(tok)) continue;
  const all = Math.max(1, count(w));
  const slotShare = (c + (afterFi.get(w) ?? 0)) / all;
  if (slotShare < PLACE_MIN_SLOT_SHARE || (afterFi.get(w) ?? 0) / all < PLACE_MIN_FI_SHARE) continue;
  if (NOT_PLACE_NAMES.has(w) || (/^[وف]/.test(w) && (isPlaceHead(w) || total.has(w.slice(1))))) continue;
  // A common noun takes the article far more often than a place name does (إجازة/الإجازة، جبال/الجبال).
  if (!w.startsWith('ال') && count(`ال${w}`) > PLACE_MAX_DEFINITE_RATIO * all) continue;
  // Matching strips proclitics, so a name that a proclitic turns into a common word (ك + بير = كبير) would fire inside it.
  if (['ب', 'ك', 'ل', 'و', 'ف'].some((p) => (total.get(p + w) ?? 0) > all)) continue;
  places.push({ name: w, afterHead: c, slotShare });
}
places.sort((a, b) => b.afterHead - a.afterHead);
console.log(`\n# place names after a place head (${places.length} kept)`);
for (const p of places.slice(0, 60)) console.log(`  ${String(p.afterHead).padStart(6)} ${p.slotShare.toFixed(2)}  ${p.name}`);

const minedPlaceNames = new Set(places.map((p) => p.name));
// Given names: the first word of titled names, when it is usually followed by another name word.
const given: { name: string; n: number; share: number }[] = [];
for (const [w, n] of givenStart) {
  const followed = givenFollowed.get(w) ?? 0;
  if (followed < GIVEN_MIN || w.length < GIVEN_MIN_LETTERS || followed / Math.max(1, count(w)) < GIVEN_MIN_TITLED_SHARE) continue;
  if (count(`ال${w}`) > GIVEN_MAX_DEFINITE_RATIO * count(w)) continue;
  // A proclitic on a common word (لحزب = ل + حزب) or an attached pronoun (ولايته) is no first name.
  if (/^[وفبل]/.test(w) && count(w.slice(1)) > count(w)) continue;
  if (/(?:ته|ها|هم)$/.test(w)) continue;
  // Places and known names after a title ("حاكم ولاية X") are no first names.
  if (placeWords.has(w) || minedPlaceNames.has(w)) continue;
  const tok = tokenize(w)[0];
  if (!tok || !isNameToken(tok)) continue;
  const share = followed / n;
  if (share < GIVEN_MIN_NAME_SHARE) continue;
  given.push({ name: w, n: followed, share });
}
given.sort((a, b) => b.n - a.n);
console.log(`\n# given names (${given.length} kept)`);
console.log(
  given
    .slice(0, 400)
    .map((g) => `${g.name}:${g.n}`)
    .join(' '),
);

console.log('\n# dateline outlets (outlet, text in brackets or between dashes)');
for (const [k, c] of [...datelines].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${String(c).padStart(6)}  ${k}`);

if (WRITE) {
  const entries = places.map((p) => ({
    id: `place:mined-${slugify(p.name)}`,
    type: 'place',
    name: [...(surfaces.get(p.name) ?? new Map([[p.name, 1]]))].sort((a, b) => b[1] - a[1])[0]?.[0] ?? p.name,
    aliases: [] as string[],
    corpusCount: p.afterHead,
  }));
  writeFileSync(join(LEXICONS, 'gazetteer', MINED_FILE), `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
  writeFileSync(
    join(LEXICONS, 'given-names.json'),
    `${JSON.stringify({ _comment: 'Generated by tools/lexicon/mine-actors.ts from corpus frequency: first words of titled names.', names: given.map((g) => g.name) }, null, 0)}\n`,
  );
  console.log(`\nwrote ${entries.length} places and ${given.length} given names`);
}
