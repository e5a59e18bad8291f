/**
 * Match: longest-match lookup of normalized token sequences in a trie, clitic-aware on the
 * first token only, and only when the stripped form is a known entry.
 */
import { surfacePrefixLength, type Token, type WordInfo } from './normalize.ts';
import { isSpaceCode } from './segment.ts';
import type { TrieNode } from './lexicon.ts';

const HYPHEN = 0x2d;
const EN_DASH = 0x2013;

export interface TrieMatch {
  startTok: number;
  /** Exclusive. */
  endTok: number;
  /** Character offsets of the matched words, proclitics excluded. */
  start: number;
  end: number;
  ids: string[];
}

/** Only spaces (or a hyphen) may join the words of one name. */
export function joinedBySpace(text: string, a: Token, b: Token): boolean {
  if (b.start <= a.end || b.start - a.end > 3) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (!(isSpaceCode(c) || c === HYPHEN || c === EN_DASH)) return false;
  }
  return true;
}

/**
 * A two-letter first word behind a one-letter proclitic ("لبي بي سي", "وسي إن إن"): the clitic variants keep
 * words of three letters whole (لكن، بين، لدي are words of their own), so the two-letter rest is tried
 * here, and only as the first word of a name of several words, where the words after it confirm the cut.
 */
const SHORT_CLITIC_WORD = /^[وفبلك][\u0621-\u064a]{2}$/;

/** A form of a word (its clitic variant, most specific first) that starts an entry of a trie, and the node it reaches. */
export interface TrieStart {
  prefixLength: number;
  node: TrieNode;
  /** The two-letter rest behind a proclitic: its one word alone is no evidence of a name. */
  multiWordOnly: boolean;
}
const NO_STARTS: TrieStart[] = [];

function computeStarts(info: WordInfo, trie: TrieNode): TrieStart[] {
  let out = NO_STARTS;
  const add = (start: TrieStart) => (out === NO_STARTS ? (out = []) : out).push(start);
  for (const v of info.variants) {
    const node = trie.next.get(v.form);
    if (node) add({ prefixLength: v.prefixLength, node, multiWordOnly: false });
  }
  if (SHORT_CLITIC_WORD.test(info.norm)) {
    const node = trie.next.get(info.norm.slice(1));
    if (node) add({ prefixLength: 1, node, multiWordOnly: true });
  }
  return out;
}

/** The starts of a word in a trie, looked up once per word and trie (a word starts no entry of most tries). */
function startsOf(info: WordInfo, trie: TrieNode): TrieStart[] {
  if (trie.slot < 0) return computeStarts(info, trie);
  return (info.trieStarts[trie.slot] ??= computeStarts(info, trie));
}

export function matchAt(text: string, tokens: Token[], i: number, trie: TrieNode): TrieMatch | null {
  const first = tokens[i];
  if (!first) return null;
  const starts = startsOf(first.info, trie);
  if (starts.length === 0) return null;
  let best: TrieMatch | null = null;
  for (const variant of starts) {
    let node = variant.node;
    const start = first.start + (variant.prefixLength ? surfacePrefixLength(first.text, variant.prefixLength) : 0);
    let j = i + 1;
    let lastEnd = node.ids.length && !variant.multiWordOnly ? j : -1;
    let lastNode = node.ids.length && !variant.multiWordOnly ? node : null;
    while (j < tokens.length) {
      const tok = tokens[j];
      const prev = tokens[j - 1];
      if (!tok || !prev || !joinedBySpace(text, prev, tok)) break;
      const child: TrieNode | undefined = node.next.get(tok.norm);
      if (!child) break;
      node = child;
      j++;
      if (node.ids.length) {
        lastEnd = j;
        lastNode = node;
      }
    }
    if (lastNode && lastEnd > 0) {
      const endTok = tokens[lastEnd - 1];
      if (endTok && (!best || lastEnd > best.endTok)) {
        best = { startTok: i, endTok: lastEnd, start, end: endTok.end, ids: lastNode.ids };
      }
    }
  }
  return best;
}

/** All non-overlapping longest matches, left to right. */
export function matchAll(text: string, tokens: Token[], trie: TrieNode): TrieMatch[] {
  const out: TrieMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const m = matchAt(text, tokens, i, trie);
    if (m) {
      out.push(m);
      i = m.endTok;
    } else i++;
  }
  return out;
}
