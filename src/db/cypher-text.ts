/**
 * Query texts as sent to Neo4j: without comments, each run of blanks outside string literals
 * and quoted names made one space. The driver writes a query to the Bolt socket in chunks of
 * 1,400 bytes, one socket write each, and the API's texts are written for people: indented,
 * commented, some 2-3 KB where their compact form is 1.5-2 KB. On the read benchmark's server
 * the socket writes were the largest part of its CPU after the transaction messages were gone.
 * Neo4j caches plans by query text, so every text must always compact the same way, which it
 * does: nothing but the text decides.
 */

/** Texts compacted so far: the API's are fixed per case (values are parameters), so few. */
const compacted = new Map<string, string>();
/** A bound for the cache anyway (texts from elsewhere, e.g. tools), cleared when reached. */
const MAX_CACHED_TEXTS = 2_000;

const BLANK = /\s/;

/** `text` compacted: comments out, blank runs one space, string literals and `quoted` names untouched. */
export function compactCypher(text: string): string {
  const cached = compacted.get(text);
  if (cached !== undefined) return cached;
  let out = '';
  let quote: string | null = null;
  let blank = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      out += c;
      if (c === '\\' && i + 1 < text.length) out += text[++i];
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : text[i + 1] === '/' ? end - 1 : end + 1;
      blank = true;
      continue;
    }
    if (BLANK.test(c)) {
      blank = true;
      continue;
    }
    if (blank && out) out += ' ';
    blank = false;
    if (c === "'" || c === '"' || c === '`') quote = c;
    out += c;
  }
  if (compacted.size >= MAX_CACHED_TEXTS) compacted.clear();
  compacted.set(text, out);
  return out;
}
