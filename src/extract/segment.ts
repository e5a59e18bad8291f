/**
 * Segment: sentences end at . ؟ ? ! … and line breaks, but never inside a quotation (a
 * quoted speech may hold several sentences) nor inside a number (2.5, 1,500).
 */

export interface Sentence {
  index: number;
  start: number;
  end: number;
}

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '„': '“' };
const TOGGLES = new Set(['"', '″', '＂']);
const TERMINATORS = new Set(['.', '؟', '?', '!', '…']);
// A quotation left open this long is a stray mark, not a quote: stop protecting it.
const MAX_QUOTE = 1500;

const isDigit = (c: string | undefined) => c !== undefined && /[0-9٠-٩]/.test(c);

export function segment(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let closer: string | null = null;
  let quoteStart = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\n') { push(i); start = i + 1; closer = null; continue; }
    if (closer !== null) {
      if (c === closer || (TOGGLES.has(closer) && TOGGLES.has(c))) closer = null;
      else if (i - quoteStart > MAX_QUOTE) closer = null;
      else continue;
      continue;
    }
    const opener = OPENERS[c];
    if (opener !== undefined) { closer = opener; quoteStart = i; continue; }
    if (TOGGLES.has(c)) { closer = c; quoteStart = i; continue; }
    if (!TERMINATORS.has(c)) continue;
    if ((c === '.' || c === ',') && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    // A run of terminators ("..", "؟!") is one boundary; a quote closing right after belongs to the sentence.
    let j = i + 1;
    while (j < text.length && (TERMINATORS.has(text[j] ?? '') || text[j] === '"' || text[j] === '”' || text[j] === '»')) j++;
    // ".." followed by more words on the same line inside running text is an ellipsis pause, not an end.
    if (j - i >= 2 && text[i] === '.' && text[j] === ' ' && /[\u0600-\u06ff]/.test(text[j + 1] ?? '') && text[j - 1] === '.') { i = j - 1; continue; }
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return out;
}
