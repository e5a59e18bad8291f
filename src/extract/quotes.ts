/** Quotation regions of the cleaned text: “…”, «…», "…", ″…″, never across a line break. */

export interface QuoteRegion { start: number; end: number }

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“' };
const TOGGLES = new Set(['"', '″', '＂']);
export const OPENING_MARKS = new Set(['“', '«', '„', '"', '″', '＂']);
export const QUOTE_MARKS = /["“”«»″＂„]/;

export function findQuotes(text: string): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let closer: string | null = null;
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\n') { closer = null; continue; }
    if (closer !== null) {
      if (c === closer || (TOGGLES.has(closer) && TOGGLES.has(c))) { out.push({ start: open, end: i + 1 }); closer = null; }
      continue;
    }
    const pair = PAIRS[c];
    if (pair !== undefined) { closer = pair; open = i; } else if (TOGGLES.has(c)) { closer = c; open = i; }
  }
  return out;
}

/** Marks every character inside a quotation (marks included). */
export function quoteMask(length: number, regions: QuoteRegion[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const r of regions) mask.fill(1, r.start, r.end);
  return mask;
}
