/**
 * Segment: sentences end at . ؟ ? ! … and line breaks, but never inside a quotation (a
 * quoted speech may hold several sentences) nor inside a number (2.5, 1,500).
 *
 * One pass over char codes: no per-character strings (Arabic characters are not in V8's
 * single-character string cache, so `text[i]` allocates).
 */

import { onlyCloses } from './quotes.ts';

export interface Sentence {
  index: number;
  start: number;
  end: number;
}

const NL = 10;
const DOT = 0x2e;
const SPACE = 0x20;
const LDQUO = 0x201c; // “
const RDQUO = 0x201d; // ”
const LAQUO = 0xab; // «
const RAQUO = 0xbb; // »
const BDQUO = 0x201e; // „
const QUOT = 0x22; // "
/** Closing mark of a paired opener, 0 when c opens nothing. */
const closerOf = (c: number) => (c === LDQUO ? RDQUO : c === LAQUO ? RAQUO : c === BDQUO ? LDQUO : 0);
/** " ″ ＂ open and close alike. */
export const isToggle = (c: number) => c === QUOT || c === 0x2033 || c === 0xff02;
/** . ؟ ? ! … */
const isTerminator = (c: number) => c === DOT || c === 0x61f || c === 0x3f || c === 0x21 || c === 0x2026;
const isDigitCode = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669);
const isLetterCode = (c: number) => (c >= 0x621 && c <= 0x64a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isArabicBlock = (c: number) => c >= 0x600 && c <= 0x6ff;
/** What /\s/ matches. */
export const isSpaceCode = (c: number) =>
  c === SPACE ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
// A quotation left open this long is a stray mark, not a quote: stop protecting it.
const MAX_QUOTE = 1500;

export function segment(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let start = 0;
  let closer = 0;
  let quoteStart = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      push(i);
      start = i + 1;
      closer = 0;
      continue;
    }
    if (closer !== 0) {
      if (c === closer || (isToggle(closer) && isToggle(c))) closer = 0;
      else if (i - quoteStart > MAX_QUOTE) closer = 0;
      continue;
    }
    const opener = closerOf(c);
    if (opener !== 0) {
      closer = opener;
      quoteStart = i;
      continue;
    }
    if (isToggle(c)) {
      if (!onlyCloses(text, i)) {
        closer = c;
        quoteStart = i;
      }
      continue;
    }
    if (!isTerminator(c)) continue;
    if (c === DOT && i > 0 && isDigitCode(text.charCodeAt(i - 1)) && i + 1 < n && isDigitCode(text.charCodeAt(i + 1))) continue;
    // A dot glued between letters is an abbreviation: إيه.بي.سي، إتش.آر، U.S.
    if (c === DOT && i > 0 && isLetterCode(text.charCodeAt(i - 1)) && i + 1 < n && isLetterCode(text.charCodeAt(i + 1))) continue;
    // A run of terminators ("..", "؟!") is one boundary; a quote closing right after belongs to the sentence.
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isTerminator(d) || d === QUOT || d === RDQUO || d === RAQUO) j++;
      else break;
    }
    // ".." followed by more words on the same line inside running text is an ellipsis pause, not an end.
    if (
      j - i >= 2 &&
      c === DOT &&
      j < n &&
      text.charCodeAt(j) === SPACE &&
      j + 1 < n &&
      isArabicBlock(text.charCodeAt(j + 1)) &&
      text.charCodeAt(j - 1) === DOT
    ) {
      i = j - 1;
      continue;
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(n);
  return out;
}
