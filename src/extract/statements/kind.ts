/**
 * The kind of a statement (CLAIM, ACCUSATION, WARNING, PROMISE …). A cue that names a kind
 * (اتهم، حذر، تعهد) keeps it; a neutral cue (قال، أكد، أضاف) takes the kind its content shows.
 * The content rules are data: src/extract/lexicons/kinds.json.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StatementKind } from '../../graph/document-graph.ts';
import { normalizeArabic } from '../../text/arabic.ts';
import { firstAtOrAfter, type Token } from '../normalize.ts';

/** What the kind decision reads of an article: its tokens (the statements stage's context has them). */
export interface KindContext {
  tokens: Token[];
}

interface KindFile {
  contentKinds: { kind: StatementKind; words: string[] }[];
}

const KIND_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'lexicons', 'kinds.json');
const KINDS = JSON.parse(readFileSync(KIND_FILE, 'utf8')) as KindFile;

/** Content words read for its kind: long quotations say what they are early. */
const MAX_KIND_CONTENT_TOKENS = 400;

/**
 * Content phrases that mark a kind, by rule (first match wins): single words as a set, and
 * phrases of several words keyed by their first word so a statement only checks the phrases
 * whose first word it contains.
 */
export const CONTENT_KINDS = KINDS.contentKinds.map((c) => {
  const words = c.words.map(normalizeArabic);
  const phrases = new Map<string, string[]>();
  for (const w of words.filter((x) => x.includes(' '))) {
    const first = w.split(' ')[0] ?? w;
    phrases.set(first, [...(phrases.get(first) ?? []), w]);
  }
  return { kind: c.kind, words, single: new Set(words.filter((w) => !w.includes(' '))), phrases };
});

/** The kind of a statement whose cue signals `base` and whose content spans [start, end). */
export function kindFor(ctx: KindContext, base: StatementKind, start: number, end: number): StatementKind {
  if (base !== 'CLAIM') return base;
  const from = firstAtOrAfter(ctx.tokens, start, (tok) => tok.start);
  const to = Math.min(firstAtOrAfter(ctx.tokens, end, (tok) => tok.start), from + MAX_KIND_CONTENT_TOKENS);
  const words = new Set<string>();
  let joined = ' ';
  for (let t = from; t < to; t++) {
    const tok = ctx.tokens[t] as Token;
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
