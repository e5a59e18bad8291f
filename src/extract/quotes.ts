/** Quotation regions of the cleaned text: “…”, «…», "…", ″…″, never across a line break. */

export interface QuoteRegion {
  start: number;
  end: number;
}

export const OPENING_MARKS = new Set(['“', '«', '„', '"', '″', '＂']);
export const QUOTE_MARKS = /["“”«»″＂„]/;

/** Char codes of OPENING_MARKS. */
export const isOpeningMarkCode = (c: number) => c === 0x201c || c === 0xab || c === 0x201e || c === 0x22 || c === 0x2033 || c === 0xff02;
const isToggle = (c: number) => c === 0x22 || c === 0x2033 || c === 0xff02;
const closerOf = (c: number) => (c === 0x201c ? 0x201d : c === 0xab ? 0xbb : c === 0x201e ? 0x201c : 0);

const isWordCode = (c: number) =>
  (c >= 0x621 && c <= 0x64a) ||
  (c >= 0x660 && c <= 0x669) ||
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x64b && c <= 0x65f) ||
  (c >= 0x671 && c <= 0x6d3);

/**
 * A plain mark (" ″ ＂) that can only close: glued to the word before it and not to the word
 * after it (`المقبل".`). Scraped text often drops the opening mark; such a stray closer must not
 * open a quotation that would swallow the rest of the paragraph.
 */
export function onlyCloses(text: string, i: number): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : 32;
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
  return isWordCode(before) && !isWordCode(after);
}

export function findQuotes(text: string): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let closer = 0;
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      closer = 0;
      continue;
    }
    if (closer !== 0) {
      if (c === closer || (isToggle(closer) && isToggle(c))) {
        out.push({ start: open, end: i + 1 });
        closer = 0;
      }
      continue;
    }
    const pair = closerOf(c);
    if (pair !== 0) {
      closer = pair;
      open = i;
    } else if (isToggle(c) && !onlyCloses(text, i)) {
      closer = c;
      open = i;
    }
  }
  return out;
}

/** Marks every character inside a quotation (marks included). */
export function quoteMask(length: number, regions: QuoteRegion[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const r of regions) mask.fill(1, r.start, r.end);
  return mask;
}
