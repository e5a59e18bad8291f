/**
 * The Arabic text foundation every layer shares: the matching normalization (TypeScript and its
 * Cypher twin, which must agree), and the keys names are stored and found under. Matching only:
 * offsets always point into the original text, never into a normalized copy. Imports nothing.
 *
 * Spelling varies between outlets (hamza seats, alef maqsura, taa marbuta, diacritics, tatweel),
 * so two spellings of one word must compare equal wherever the project compares words: lexicon
 * lookups in extraction, name keys in the loader, text filters in the database.
 */

/** Harakat, tanween, shadda, sukun, superscript alef, Quranic marks and tatweel: dropped. */
const DIACRITIC_RANGES: [number, number][] = [
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06ed],
  [0x0640, 0x0640],
];
/** Letters folded to one form: hamza seats to their bare letter, alef maqsura to ya, taa marbuta to ha. */
const LETTER_FOLDS: [string, string][] = [
  ['أ', 'ا'],
  ['إ', 'ا'],
  ['آ', 'ا'],
  ['ٱ', 'ا'],
  ['ى', 'ي'],
  ['ة', 'ه'],
  ['ؤ', 'و'],
  ['ئ', 'ي'],
];

const DIACRITIC_CHARS: string[] = DIACRITIC_RANGES.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)),
);
const DIACRITICS = new RegExp(
  `[${DIACRITIC_RANGES.map(([a, b]) => `\\u${a.toString(16).padStart(4, '0')}-\\u${b.toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);
const FOLD_MAP = new Map(LETTER_FOLDS);
const FOLDABLE = new RegExp(`[${LETTER_FOLDS.map(([from]) => from).join('')}]`, 'g');

// Articles repeat their words: caching the matching form of each short string pays for itself.
const NORM_CACHE = new Map<string, string>();
const CACHE_LIMIT = 200_000;
const CACHED_MAX_CHARS = 40;

/** The matching form of `s`: diacritics and tatweel dropped, letters folded, Latin lower-cased. */
export function normalizeArabic(s: string): string {
  const cached = NORM_CACHE.get(s);
  if (cached !== undefined) return cached;
  const out = s
    .replace(DIACRITICS, '')
    .replace(FOLDABLE, (c) => FOLD_MAP.get(c) ?? c)
    .toLowerCase();
  if (s.length < CACHED_MAX_CHARS) {
    if (NORM_CACHE.size > CACHE_LIMIT) NORM_CACHE.clear();
    NORM_CACHE.set(s, out);
  }
  return out;
}

/**
 * normalizeArabic as a Cypher expression over `expr` (a variable or property, never user input:
 * values go in as $parameters), so stored text compares with a query normalized in TypeScript.
 * The characters are fixed literals of this module; test/integration/text-cypher.test.ts checks
 * that both forms agree on corpus words.
 */
export function cypherNormalized(expr: string): string {
  const dropped = DIACRITIC_CHARS.reduce((inner, c) => `replace(${inner}, '${c}', '')`, `coalesce(${expr}, '')`);
  return LETTER_FOLDS.reduce((inner, [from, to]) => `replace(${inner}, '${from}', '${to}')`, `toLower(${dropped})`);
}

const SEPARATORS = /[\s\u060c\u061b\u061f.,:;!?"'“”«»()[\]{}\-–—…/″]+/g;

/**
 * A name or query as the database stores it for lookups: the matching normalization with
 * punctuation collapsed to spaces.
 */
export function normalizeForMatch(text: string): string {
  return normalizeArabic(text.normalize('NFKC')).replace(SEPARATORS, ' ').trim();
}

/** Proclitics a name can carry in running text: the article, conjunctions, prepositions. */
const LEADING_CLITICS = /^(?:وال|فال|بال|كال|لل|ال|و|ف|ب|ل)/;
/** Shorter words keep their first letters: in "وزير" or "فرنسا" they are the word, not a clitic. */
const MIN_CHARS_TO_STRIP = 4;

/**
 * The keys a name is found under: its normalized form, and the same with the article and
 * conjunction/preposition clitics of each word removed, so a search for "الولايات المتحدة"
 * finds "للولايات المتحدة" and a search for "روسيا" finds "وروسيا".
 */
export function nameKeys(name: string): string[] {
  const normalized = normalizeForMatch(name);
  if (!normalized) return [];
  const stripped = normalized
    .split(' ')
    .map((word) => (word.length >= MIN_CHARS_TO_STRIP ? word.replace(LEADING_CLITICS, '') : word))
    .join(' ');
  return stripped === normalized ? [normalized] : [normalized, stripped];
}
