import { normalizeArabic } from '../extract/normalize.ts';

const SEPARATORS = /[\s\u060c\u061b\u061f.,:;!?"'“”«»()[\]{}\-–—…/″]+/g;

/**
 * A name or query as the database stores it for lookups: the extractor's matching
 * normalization (hamza/alef, ى/ي, ة/ه, diacritics) with punctuation collapsed to spaces.
 */
export function normalizeForMatch(text: string): string {
  return normalizeArabic(text.normalize('NFKC')).replace(SEPARATORS, ' ').trim();
}

const LEADING_CLITICS = /^(?:وال|فال|بال|كال|لل|ال|و|ف|ب|ل)/;

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
    .map((word) => (word.length > 3 ? word.replace(LEADING_CLITICS, '') : word))
    .join(' ');
  return stripped === normalized ? [normalized] : [normalized, stripped];
}
