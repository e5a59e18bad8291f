/**
 * Reading aid for speaker attribution: a seeded sample of corpus articles spread over the outlets,
 * and for each statement the extractor finds, its speaker, cue and first words of content printed
 * beside its sentence. Nothing is scored: the output is for a person to read and count wrong
 * speakers by mechanism, before and after a change (same `--seed`, same sample).
 *
 *   npx tsx tools/mine/speaker-sample.ts --seed 11 --n 25 [--actors]
 */
import { extract } from '../../src/extract/index.ts';
import { corpusLines, flag, option } from './cli.ts';

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

/** mulberry32: a small seeded generator, so the same seed draws the same articles. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The corpus's RFC 2822 dates as the ISO date the graph expects (null when unreadable). */
const isoDate = (d: string | undefined): string | null => {
  const t = d ? Date.parse(d) : NaN;
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
};

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
  const g = extract({ text: a.text, id: `article:${a.id}`, title: a.title ?? null, publishedAt: isoDate(a.published) });
  const names = new Map(g.actors.map((x) => [x.id, `${x.name} [${x.kind}]`]));
  console.log(`\n=== ${n + 1}. ${a.outlet} ${a.id} (${g.statements.length} statements)`);
  if (flag('--actors')) console.log('actors: ' + g.actors.map((x) => `${x.name}/${x.kind}`).join(' | '));
  let lastSentence = -1;
  for (const [k, s] of g.statements.entries()) {
    if (s.sentence.index !== lastSentence) {
      console.log(`  S${s.sentence.index}: ${g.article.text.slice(s.sentence.start, s.sentence.end).replace(/\s+/g, ' ')}`);
      lastSentence = s.sentence.index;
    }
    const speaker = s.speakerId ? (names.get(s.speakerId) ?? s.speakerId) : '∅';
    const content = s.content.text.split(/\s+/).slice(0, CONTENT_WORDS).join(' ');
    console.log(`    #${n + 1}.${k + 1} ${speaker} | ${s.cue?.text ?? '(implicit)'} | ${s.kind} | ${content}`);
  }
}
