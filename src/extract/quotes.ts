/** Quotation regions of the cleaned text: “…”, «…», "…", ″…″, never across a line break. */

export interface QuoteRegion { start: number; end: number }

export const OPENING_MARKS = new Set(['“', '«', '„', '"', '″', '＂']);
export const QUOTE_MARKS = /["“”«»″＂„]/;

/** Char codes of OPENING_MARKS. */
export const isOpeningMarkCode = (c: number) => c === 0x201c || c === 0xab || c === 0x201e || c === 0x22 || c === 0x2033 || c === 0xff02;
const isToggle = (c: number) => c === 0x22 || c === 0x2033 || c === 0xff02;
const closerOf = (c: number) => (c === 0x201c ? 0x201d : c === 0xab ? 0xbb : c === 0x201e ? 0x201c : 0);

export function findQuotes(text: string): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let closer = 0;
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) { closer = 0; continue; }
    if (closer !== 0) {
      if (c === closer || (isToggle(closer) && isToggle(c))) { out.push({ start: open, end: i + 1 }); closer = 0; }
      continue;
    }
    const pair = closerOf(c);
    if (pair !== 0) { closer = pair; open = i; } else if (isToggle(c)) { closer = c; open = i; }
  }
  return out;
}

/** Marks every character inside a quotation (marks included). */
export function quoteMask(length: number, regions: QuoteRegion[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const r of regions) mask.fill(1, r.start, r.end);
  return mask;
}
