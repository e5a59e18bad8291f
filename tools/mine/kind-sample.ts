/**
 * Which kind rule decides the statements the extractor finds in the corpus, and a seeded sample of them
 * to read by hand (the best proxy for unseen articles):
 *   npx tsx tools/mine/kind-sample.ts [CORPUS] [--every N] [--rule RULE] [--show N] [--seed S] [--limit N]
 * Extracts every N-th article (default 10), re-decides each statement's kind with its cue lemma's kind and entry
 * (evaluative, expresses …; src/extract/statements/kind.ts decideKind) and prints, per rule and kind, the statements and outlets.
 * The re-decision has no entities (an accusation word counts without a named actor) and reads the whole
 * content (not only the words before a nested report), so its rule may disagree with the kind printed.
 * --rule keeps one rule (nested, answer, neutral …); --show prints that many statements drawn with a
 * seeded generator (cue, kind, rule and the opening of the content) to the terminal, never to a file.
 */
import { rng } from '../../bench/corpus.ts';
import { extract } from '../../src/extract/index.ts';
import { CUES, NOUN_CUES } from '../../src/extract/lexicon.ts';
import { tokenize } from '../../src/extract/normalize.ts';
import { decideKind } from '../../src/extract/statements/kind.ts';
import { normalizeArabic } from '../../src/text/arabic.ts';
import { corpusLines, LIMIT, option } from './cli.ts';
import type { StatementKind } from '../../src/graph/document-graph.ts';

const EVERY = Number(option('--every') ?? 10);
const RULE = option('--rule');
const SHOW = Number(option('--show') ?? 0);
/** Characters of content shown per sampled statement. */
const SHOWN_CONTENT_CHARS = 110;
/** Characters of text before the cue shown, for the speaker and the cue's frame. */
const SHOWN_BEFORE_CHARS = 50;

/** The kind a cue lemma fixes (verbs, statement nouns); attributions and colons are neutral. */
const CUE_KIND = new Map<string, StatementKind>(CUES.verbs.map((v) => [v.lemma, v.kind]));
for (const n of NOUN_CUES.values()) if (!CUE_KIND.has(n.lemma)) CUE_KIND.set(n.lemma, n.kind);
const baseKind = (verb: string | null): StatementKind =>
  (verb ? (CUE_KIND.get(verb) ?? CUE_KIND.get(normalizeArabic(verb))) : undefined) ?? 'CLAIM';
/** The cue verb entries by lemma: what the kind decision reads of the cue (evaluative, expresses, objects). */
const CUE_VERB = new Map(CUES.verbs.map((v) => [v.lemma, v]));

interface Seen {
  outlet: string;
  line: string;
}
const tally = new Map<string, Map<string, number>>();
const seen: Seen[] = [];
let articles = 0;
for await (const raw of corpusLines()) {
  if (!raw.trim()) continue;
  if (articles >= LIMIT) break;
  if (articles++ % EVERY !== 0) continue;
  const a = JSON.parse(raw) as { outlet: string; text: string };
  const graph = extract({ text: a.text });
  const text = graph.article.text;
  const tokens = tokenize(text);
  for (const s of graph.statements) {
    const d = decideKind(
      { text, tokens },
      s.verb === 'جاء في' ? 'ANNOUNCEMENT' : baseKind(s.verb),
      s.content.start,
      s.content.end,
      s.verb ? CUE_VERB.get(s.verb) : undefined,
    );
    if (RULE && d.rule !== RULE) continue;
    const key = `${d.rule} ${s.kind}`;
    const t = tally.get(key) ?? new Map<string, number>();
    t.set(a.outlet, (t.get(a.outlet) ?? 0) + 1);
    tally.set(key, t);
    if (SHOW) {
      const from = Math.max(0, (s.cue?.start ?? s.content.start) - SHOWN_BEFORE_CHARS);
      const before = text.slice(from, s.cue?.start ?? s.content.start).replace(/\s+/g, ' ');
      const content = s.content.text.slice(0, SHOWN_CONTENT_CHARS).replace(/\s+/g, ' ');
      seen.push({
        outlet: a.outlet,
        line: `${s.kind.padEnd(12)} ${d.rule.padEnd(11)} ${s.verb ?? '-'} | …${before}[${s.cue?.text ?? ''}] ${content}`,
      });
    }
  }
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
console.log(`${articles} articles, every ${EVERY}th extracted`);
for (const [key, t] of [...tally].sort((x, y) => sum(y[1]) - sum(x[1])))
  console.log(`${key.padEnd(28)} ${String(sum(t)).padStart(6)}  ${[...t].map(([o, c]) => `${o} ${c}`).join(', ')}`);
if (SHOW) {
  const rand = rng(Number(option('--seed') ?? 1));
  const pool = [...seen];
  for (let i = 0; i < SHOW && pool.length; i++) {
    const [pick] = pool.splice(Math.floor(rand() * pool.length), 1);
    if (pick) console.log(`${pick.outlet.padEnd(10)} ${pick.line}`);
  }
}
