/**
 * The statement kind: the cue's own kind, or for a neutral cue (CLAIM) the first content rule of
 * cues.json whose words the content holds.
 */
import type { StatementKind } from '../../graph/document-graph.ts';
import { CONTENT_KINDS } from '../lexicon.ts';
import type { Token } from '../normalize.ts';
import type { ArticleDocument } from '../document.ts';
import { tokensIndexAt } from './context.ts';

/** Content words read for its kind: long quotations say what they are early. */
const MAX_KIND_CONTENT_TOKENS = 400;

export function kindFor(doc: ArticleDocument, base: StatementKind, start: number, end: number): StatementKind {
  if (base !== 'CLAIM') return base;
  const from = tokensIndexAt(doc, start);
  const to = Math.min(tokensIndexAt(doc, end), from + MAX_KIND_CONTENT_TOKENS);
  const words = new Set<string>();
  let joined = ' ';
  for (let t = from; t < to; t++) {
    const tok = doc.tokens[t] as Token;
    if (tok.end > end) continue;
    words.add(tok.norm);
    joined += tok.norm + ' ';
  }
  for (const rule of CONTENT_KINDS) {
    for (const w of words) {
      if (rule.single.has(w)) return rule.kind;
      const phrases = rule.phrases.get(w);
      if (phrases && phrases.some((ph) => joined.includes(` ${ph} `))) return rule.kind;
    }
  }
  return base;
}
