/**
 * Which content words go with which statement kind, from the corpus:
 *   npx tsx tools/mine/kind-words.ts [CORPUS] [--limit N] [--every N] [--min N] [--top N] [--dump FILE] [--cache FILE]
 *
 * Runs the extractor over the corpus (every N-th article) and splits its statements by the kind their
 * cue lemma names: اتهم (ACCUSATION), حذر (WARNING), أعلن (ANNOUNCEMENT) … against the neutral cues
 * (قال، أضاف، أكد: CLAIM). For each word of the contents (normalized, و/ف and ال stripped) it prints the
 * share of a kind's contents that hold it against the share of neutral contents, as a smoothed
 * log-odds: the words that mark a kind across the news are the candidates for the content markers of
 * src/extract/lexicons/kinds.json (`markers`), which a neutral cue then reads. Prints counts only;
 * --dump writes the counts (kind → word → contents) as JSON, to look words up without a new run.
 *
 * --lexicon [FILE] counts, instead of single words, the entries of `contentKinds` (of kinds.json, or of
 * FILE in the same shape, e.g. tools/mine/kind-candidates.json): for each verb lemma, noun lemma and
 * fixed word or phrase, the contents holding one of its generated forms (read as kind.ts reads them),
 * under the cues of its own kind, of neutral cues and of other kinds, with the smoothed log-odds of its
 * kind against neutral cues, its outlets and the cue lemmas it stands under most.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.ts';
import { tokenize } from '../../src/extract/normalize.ts';
import { contentNounForms, contentVerbForms, MIN_STRIPPED_VERB_LETTERS, type ContentKindEntry } from '../../src/extract/statements/kind.ts';
import { normalizeArabic } from '../../src/text/arabic.ts';
import { corpusLines, flag, LIMIT, option, stem } from './cli.ts';

const CUES_FILE = join(import.meta.dirname, '../../src/extract/lexicons/cues.json');
const cues = JSON.parse(readFileSync(CUES_FILE, 'utf8')) as {
  verbs: { lemma: string; kind: string }[];
  nouns: { lemma: string; kind: string }[];
};
const LEMMA_KIND = new Map([...cues.verbs, ...cues.nouns].map((v) => [v.lemma, v.kind]));

/** Every N-th article is extracted (the extractor is slower than counting words). */
const EVERY = Number(option('--every') ?? 3);
/** A word must hold in this many contents of a kind to be printed. */
const MIN_KIND_CONTENTS = Number(option('--min') ?? 8);
/** Content words read: the opening of a content says what it does. */
const MAX_CONTENT_WORDS = 40;
/** Words printed per kind. */
const TOP = Number(option('--top') ?? 60);
/** Additive smoothing of the shares. */
const SMOOTHING = 0.5;

/** One extracted statement: its outlet, its cue lemma and its content as written. */
interface Mined {
  outlet: string;
  lemma: string;
  text: string;
}

/**
 * The corpus's statements with a cue lemma: extracted (every N-th article), or read from `--cache FILE`
 * when that file exists (JSON lines written by an earlier run with the same option), so the tables can
 * be recomputed without extracting again.
 */
async function minedStatements(): Promise<{ articles: number; every: number; statements: Mined[] }> {
  const cache = option('--cache');
  if (cache && existsSync(cache)) {
    const lines = readFileSync(cache, 'utf8').split('\n').filter(Boolean);
    const head = JSON.parse(lines[0] as string) as { articles: number; every: number };
    return { articles: head.articles, every: head.every, statements: lines.slice(1).map((l) => JSON.parse(l) as Mined) };
  }
  const statements: Mined[] = [];
  let articles = 0;
  for await (const line of corpusLines()) {
    if (!line.trim()) continue;
    if (articles >= LIMIT) break;
    articles++;
    if (articles % EVERY !== 0) continue;
    const a = JSON.parse(line) as { outlet: string; text: string };
    const graph = extract({ text: a.text });
    for (const s of graph.statements) if (s.verb) statements.push({ outlet: a.outlet, lemma: s.verb, text: s.content.text });
  }
  if (cache)
    writeFileSync(cache, [JSON.stringify({ articles, every: EVERY }), ...statements.map((s) => JSON.stringify(s))].join('\n') + '\n');
  return { articles, every: EVERY, statements };
}

const { articles, every, statements } = await minedStatements();
/** Cue lemmas printed per lexicon entry. */
const TOP_CUES = 4;
/** One countable entry of contentKinds: a lemma or a fixed word, its kind, single forms and phrases. */
interface LexiconItem {
  kind: string;
  label: string;
  verbForms: Set<string>;
  nounForms: Set<string>;
  phrases: string[];
}

/** The entries of contentKinds (kinds.json, or the file after --lexicon), one item per lemma or fixed word. */
function lexiconItems(): LexiconItem[] {
  const given = option('--lexicon');
  const file = given && !given.startsWith('--') ? given : join(import.meta.dirname, '../../src/extract/lexicons/kinds.json');
  const entries = (JSON.parse(readFileSync(file, 'utf8')) as { contentKinds: ContentKindEntry[] }).contentKinds;
  const items: LexiconItem[] = [];
  for (const e of entries) {
    for (const v of e.verbs ?? []) {
      const f = contentVerbForms(v);
      items.push({
        kind: e.kind,
        label: `${v.past} [${v.forms.join(',')}]`,
        verbForms: new Set(f.singles),
        nounForms: new Set(),
        phrases: f.phrases,
      });
    }
    for (const n of e.nouns ?? [])
      items.push({ kind: e.kind, label: n.word, verbForms: new Set(), nounForms: new Set(contentNounForms(n)), phrases: [] });
    for (const w of e.words ?? []) {
      const norm = normalizeArabic(w);
      items.push({
        kind: e.kind,
        label: w,
        verbForms: new Set(),
        nounForms: new Set(norm.includes(' ') ? [] : [norm]),
        phrases: norm.includes(' ') ? [norm] : [],
      });
    }
  }
  return items;
}

/** Per lexicon entry: contents under its own kind's cues, neutral cues and other kinds, as kind.ts matches its forms. */
function countLexicon(): void {
  const items = lexiconItems();
  const contentsOf = new Map<string, number>();
  const own = items.map(() => 0);
  const neutral = items.map(() => 0);
  const other = items.map(() => 0);
  const itemOutlets = items.map(() => new Set<string>());
  const cueLemmas = items.map(() => new Map<string, number>());
  for (const s of statements) {
    const kind = LEMMA_KIND.get(s.lemma);
    if (!kind) continue;
    contentsOf.set(kind, (contentsOf.get(kind) ?? 0) + 1);
    const tokens = tokenize(s.text);
    const joined = ` ${tokens.map((t) => t.norm).join(' ')} `;
    const bare = ` ${tokens.map((t) => (t.norm.length > 3 && /^[وف]/.test(t.norm) ? t.norm.slice(1) : t.norm)).join(' ')} `;
    items.forEach((it, i) => {
      const hit =
        tokens.some((t) =>
          t.info.variants.some(
            (v) =>
              it.nounForms.has(v.form) || (it.verbForms.has(v.form) && (v.form === t.norm || v.form.length >= MIN_STRIPPED_VERB_LETTERS)),
          ),
        ) || it.phrases.some((ph) => joined.includes(` ${ph} `) || bare.includes(` ${ph} `));
      if (!hit) return;
      const tally = kind === it.kind ? own : kind === 'CLAIM' ? neutral : other;
      tally[i] = (tally[i] ?? 0) + 1;
      itemOutlets[i]?.add(s.outlet);
      cueLemmas[i]?.set(s.lemma, (cueLemmas[i]?.get(s.lemma) ?? 0) + 1);
    });
  }
  const nNeutral = contentsOf.get('CLAIM') ?? 1;
  console.log(`${articles} articles; contents per cue kind: ${[...contentsOf].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log('kind entry: own-kind/neutral/other contents, log-odds own vs neutral, outlets, top cue lemmas');
  items.forEach((it, i) => {
    const n = contentsOf.get(it.kind) ?? 1;
    const lo = Math.log(((own[i] ?? 0) + SMOOTHING) / n) - Math.log(((neutral[i] ?? 0) + SMOOTHING) / nNeutral);
    const cues = [...(cueLemmas[i] ?? [])]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP_CUES)
      .map(([l, c]) => `${l} ${c}`)
      .join(', ');
    console.log(`${it.kind} ${it.label}: ${own[i]}/${neutral[i]}/${other[i]} ${lo.toFixed(1)} ${itemOutlets[i]?.size} (${cues})`);
  });
}

if (flag('--lexicon')) {
  countLexicon();
  process.exit(0);
}

const df = new Map<string, Map<string, number>>();
const contents = new Map<string, number>();
const outlets = new Map<string, Map<string, Set<string>>>();
for (const s of statements) {
  const kind = LEMMA_KIND.get(s.lemma);
  if (!kind) continue;
  contents.set(kind, (contents.get(kind) ?? 0) + 1);
  const words = new Set(
    s.text
      .split(/[^\u0621-\u0652]+/)
      .filter((w) => w.length > 1)
      .slice(0, MAX_CONTENT_WORDS)
      .map(stem),
  );
  const t = df.get(kind) ?? new Map<string, number>();
  const o = outlets.get(kind) ?? new Map<string, Set<string>>();
  for (const w of words) {
    t.set(w, (t.get(w) ?? 0) + 1);
    o.set(w, (o.get(w) ?? new Set()).add(s.outlet));
  }
  df.set(kind, t);
  outlets.set(kind, o);
}
const neutral = df.get('CLAIM') ?? new Map<string, number>();
const nNeutral = contents.get('CLAIM') ?? 1;
console.log(
  `${articles} articles read, every ${every}-th extracted; contents per cue kind: ${[...contents].map(([k, n]) => `${k} ${n}`).join(', ')}`,
);
for (const [kind, t] of df) {
  if (kind === 'CLAIM') continue;
  const n = contents.get(kind) ?? 1;
  const scored = [...t]
    .filter(([, c]) => c >= MIN_KIND_CONTENTS)
    .map(([w, c]) => {
      const z = neutral.get(w) ?? 0;
      return { w, c, z, lo: Math.log((c + SMOOTHING) / n) - Math.log((z + SMOOTHING) / nNeutral) };
    })
    .sort((a, b) => b.lo - a.lo)
    .slice(0, TOP);
  console.log(`\n${kind} (${n} contents): word kind-count/neutral-count log-odds outlets`);
  console.log(scored.map((s) => `${s.w} ${s.c}/${s.z} ${s.lo.toFixed(1)} ${outlets.get(kind)?.get(s.w)?.size}`).join('  '));
}
const dump = option('--dump');
if (dump)
  writeFileSync(
    dump,
    JSON.stringify({ contents: Object.fromEntries(contents), df: Object.fromEntries([...df].map(([k, t]) => [k, Object.fromEntries(t)])) }),
  );
