/**
 * Reading aid for speaker attribution: a seeded sample of corpus articles spread over the outlets,
 * and for each statement the extractor finds, its speaker, cue and first words of content printed
 * beside its sentence. Nothing is scored: the output is for a person to read and count wrong
 * speakers by mechanism, before and after a change (same `--seed`, same sample).
 *
 *   npx tsx tools/mine/speaker-sample.ts --seed 11 --n 25 [--actors] [--content]
 *
 * `--content` prints, for each statement, its sentence with the cue in ⟨⟩ and the whole content in
 * ⟦⟧ instead of its first words, to judge where contents open and end.
 */
import { rng } from '../../bench/corpus.ts';
import { extract } from '../../src/extract/index.ts';
import { isoDate } from '../../src/ingest/sources.ts';
import { corpusLines, flag, option } from './cli.ts';
import type { StatementEntry } from '../../src/graph/document-graph.ts';

interface Article {
  id: string;
  outlet: string;
  text: string;
  title?: string;
  published?: string;
}

/** Articles drawn in total (`--n`), spread evenly over the outlets. */
const SAMPLE_SIZE = Number(option('--n') ?? 25);
const SEED = Number(option('--seed') ?? 1);
/** Words of content printed after the cue: enough to see where the content opens. */
const CONTENT_WORDS = 8;

const byOutlet = new Map<string, Article[]>();
for await (const line of corpusLines()) {
  if (!line.trim()) continue;
  const a = JSON.parse(line) as Article;
  let list = byOutlet.get(a.outlet);
  if (!list) byOutlet.set(a.outlet, (list = []));
  list.push(a);
}
const outlets = [...byOutlet.keys()].sort();
const random = rng(SEED);
const picked: Article[] = [];
for (let i = 0; i < SAMPLE_SIZE; i++) {
  const list = byOutlet.get(outlets[i % outlets.length] ?? '') ?? [];
  const j = Math.floor(random() * list.length);
  const a = list[j];
  if (a) picked.push(a);
}

for (const [n, a] of picked.entries()) {
  const g = extract({
    text: a.text,
    id: `article:${a.id}`,
    title: a.title ?? null,
    publishedAt: a.published ? isoDate(a.published) : null,
  });
  const names = new Map(g.actors.map((x) => [x.id, `${x.name} [${x.kind}]`]));
  console.log(`\n=== ${n + 1}. ${a.outlet} ${a.id} (${g.statements.length} statements)`);
  if (flag('--actors')) console.log('actors: ' + g.actors.map((x) => `${x.name}/${x.kind}`).join(' | '));
  let lastSentence = -1;
  for (const [k, s] of g.statements.entries()) {
    if (s.sentence.index !== lastSentence && !flag('--content')) {
      console.log(`  S${s.sentence.index}: ${g.article.text.slice(s.sentence.start, s.sentence.end).replace(/\s+/g, ' ')}`);
      lastSentence = s.sentence.index;
    }
    const speaker = s.speakerId ? (names.get(s.speakerId) ?? s.speakerId) : '∅';
    const content = flag('--content') ? marked(g.article.text, s) : s.content.text.split(/\s+/).slice(0, CONTENT_WORDS).join(' ');
    console.log(`    #${n + 1}.${k + 1} ${speaker} | ${s.cue?.text ?? '(implicit)'} | ${s.kind}${s.direct ? ' direct' : ''} | ${content}`);
  }
}

/** The statement's sentence (or the text around its content) with the cue in ⟨⟩ and the content in ⟦⟧. */
function marked(text: string, s: StatementEntry): string {
  const from = Math.min(s.sentence.start, s.content.start, s.cue?.start ?? Infinity);
  const to = Math.max(s.sentence.end, s.content.end, s.cue?.end ?? 0);
  const marks: [number, string][] = [
    [s.content.start, '⟦'],
    [s.content.end, '⟧'],
  ];
  if (s.cue) marks.push([s.cue.start, '⟨'], [s.cue.end, '⟩']);
  marks.sort((a, b) => b[0] - a[0]);
  let out = text.slice(from, to);
  for (const [at, m] of marks) out = out.slice(0, at - from) + m + out.slice(at - from);
  return out.replace(/\s+/g, ' ');
}
