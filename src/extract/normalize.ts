/**
 * Normalization used only for matching (never for output offsets): Arabic spelling varies
 * between outlets (hamza seats, alef maqsura, taa marbuta, diacritics), so lexicon lookups
 * compare normalized forms.
 */

import { normalizeArabic } from '../text/arabic.ts';
import type { WordClasses } from './entities.ts';
import type { CueLookup, CueNoun } from './lexicon.ts';
import type { TrieStart } from './match.ts';
import type { KindWord } from './statements/kind.ts';

// The matching normalization itself lives in the text foundation, shared with the graph model
// and the database queries; extraction re-exports it for its stages.
export { normalizeArabic };

const VARIANT_CACHE = new Map<string, { form: string; prefixLength: number }[]>();
const CACHE_LIMIT = 200_000;

export interface Variant {
  form: string;
  prefixLength: number;
}

/**
 * What the rules need to know about one normalized word, computed once per distinct word and
 * shared by every token (and every article) that spells it: clitic variants, and memo slots
 * the entity and statement rules fill on first use (undefined = not computed yet).
 */
export class WordInfo {
  readonly variants: Variant[];
  title: boolean | undefined = undefined;
  stop: boolean | undefined = undefined;
  time: boolean | undefined = undefined;
  name: boolean | undefined = undefined;
  cueLike: boolean | undefined = undefined;
  adjective: string | null | undefined = undefined;
  institutionHead: Variant | null | undefined = undefined;
  /** The reporting cue this word spells (statements/context.ts cueAt). */
  cue: CueLookup | null | undefined = undefined;
  /** The statement noun this word spells (statements/noun-cue.ts nounAt). */
  noun: CueNoun | null | undefined = undefined;
  /** The statement noun with a possessive pronoun this word spells (statements/noun-cue.ts possessiveNounAt). */
  possessiveNoun: { noun: CueNoun; pronoun: string } | null | undefined = undefined;
  /** What the kind rules read of this word (statements/kind.ts kindWord). */
  kind: KindWord | undefined = undefined;
  /** The actor word classes of this word (entities.ts classesOf). */
  classes: WordClasses | undefined = undefined;
  /** Its variant that is a generic side or government noun (entities.ts countryNounOf). */
  countryNoun: Variant | null | undefined = undefined;
  /** Whether it is a plural place head that opens a list of names (entities.ts isPlaceListHeadWord). */
  placeListHead: boolean | undefined = undefined;
  /** By trie slot: the forms of this word that start an entry of that trie, with the node each reaches (match.ts). */
  readonly trieStarts: (TrieStart[] | undefined)[] = [];
  constructor(readonly norm: string) {
    this.variants = cliticVariants(norm);
  }
}

/** A word of the cleaned text with its offsets and its matching form. */
export interface Token {
  start: number;
  end: number;
  text: string;
  norm: string;
  index: number;
  /** Shared facts about the normalized word (same object for every token with this norm). */
  info: WordInfo;
}

const INFO_BY_NORM = new Map<string, WordInfo>();

/** The shared WordInfo of a normalized word. */
export function wordInfo(norm: string): WordInfo {
  let info = INFO_BY_NORM.get(norm);
  if (!info) {
    if (INFO_BY_NORM.size > CACHE_LIMIT) INFO_BY_NORM.clear();
    info = new WordInfo(norm);
    INFO_BY_NORM.set(norm, info);
  }
  return info;
}

// Arabic letters and marks, Latin letters, digits; a token never spans punctuation.
// (As a class: [\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06d5\u06fa-\u06ff\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06edA-Za-z0-9\u0640].)
const WORD_CHAR = new Uint8Array(0x700);
for (const [a, b] of [
  [0x621, 0x64a],
  [0x660, 0x669],
  [0x66e, 0x6d3],
  [0x6d5, 0x6d5],
  [0x6fa, 0x6ff],
  [0x610, 0x61a],
  [0x64b, 0x65f],
  [0x670, 0x670],
  [0x6d6, 0x6ed],
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0x30, 0x39],
  [0x640, 0x640],
] as const)
  WORD_CHAR.fill(1, a, b + 1);
const isWordChar = (c: number) => c < 0x700 && WORD_CHAR[c] === 1;

/** Surface word → its info and one shared copy of the surface, so tokens of big articles do not each keep a string. */
const SURFACE_CACHE = new Map<string, { info: WordInfo; surface: string }>();

/** Index of the first item that starts at or after `offset`, in a list sorted by that start. */
export function firstAtOrAfter<T>(list: readonly T[], offset: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(list[mid] as T) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const limit = Math.min(to, text.length);
  let i = from;
  while (i < limit) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < limit && isWordChar(text.charCodeAt(i))) i++;
    const sliced = text.slice(start, i);
    let entry = SURFACE_CACHE.get(sliced);
    if (entry === undefined) {
      entry = { info: wordInfo(normalizeArabic(sliced)), surface: sliced };
      if (sliced.length < 40) {
        if (SURFACE_CACHE.size > CACHE_LIMIT) SURFACE_CACHE.clear();
        SURFACE_CACHE.set(sliced, entry);
      }
    }
    out.push({ start, end: i, text: entry.surface, norm: entry.info.norm, index: out.length, info: entry.info });
  }
  return out;
}

export function isArabicWord(norm: string): boolean {
  return /^[\u0621-\u064a]+$/.test(norm);
}

/**
 * Candidate forms of a token with its proclitics removed (و ف ب ك ل ال لل), most specific
 * first. Callers accept a stripped form only when the lexicon knows it, so names such as
 * بوتين are never cut.
 */
export function cliticVariants(norm: string): Variant[] {
  const cached = VARIANT_CACHE.get(norm);
  if (cached) return cached;
  const out = computeVariants(norm);
  if (VARIANT_CACHE.size > CACHE_LIMIT) VARIANT_CACHE.clear();
  VARIANT_CACHE.set(norm, out);
  return out;
}

function computeVariants(norm: string): { form: string; prefixLength: number }[] {
  const out: { form: string; prefixLength: number }[] = [{ form: norm, prefixLength: 0 }];
  const seen = new Set([norm]);
  const add = (form: string, prefixLength: number) => {
    if (form.length >= 2 && !seen.has(form)) {
      seen.add(form);
      out.push({ form, prefixLength });
    }
  };
  let rest = norm;
  let cut = 0;
  if ((rest.startsWith('و') || rest.startsWith('ف')) && rest.length > 3) {
    rest = rest.slice(1);
    cut = 1;
    add(rest, cut);
  }
  // لل keeps its surface in the mention: removing one letter would leave a non-word.
  if (rest.startsWith('لل') && rest.length > 3) add('ال' + rest.slice(2), cut);
  if (/^[بكل]/.test(rest) && rest.length > 3) {
    add(rest.slice(1), cut + 1);
  }
  if (rest.startsWith('ال') && rest.length > 4) add(rest.slice(2), cut + 2);
  return out;
}

/** Surface length of the first `normChars` normalized letters of a token (diacritics ride along). */
export function surfacePrefixLength(surface: string, normChars: number): number {
  let seen = 0;
  let i = 0;
  while (i < surface.length && seen < normChars) {
    if (!/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/.test(surface[i] ?? '')) seen++;
    i++;
  }
  while (i < surface.length && /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/.test(surface[i] ?? '')) i++;
  return i;
}
