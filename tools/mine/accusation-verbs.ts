/**
 * Which verbs, as the first finite verb of a clause content, make a statement an accusation:
 *   npx tsx tools/mine/accusation-verbs.ts --cache FILE [--min N] [--outlets N] [--top N] [--lexicon]
 *
 * Reads the statements a run of tools/mine/kind-words.ts wrote with `--cache FILE` (cue lemma, outlet,
 * content). A content that is a clause (اتهم X بأنه يرتكب …، قال إن الجماعة ارتكبت …) has a finite verb
 * among its first words; this tool takes the first word of the shape of a finite verb in the first
 * MAX_SUBJECT_WORDS + 1 words and reduces it to a key (imperfect prefix and person suffixes, a perfect's
 * person suffix and the ا of a derived perfect stripped: يرتكبون، ارتكبت → رتكب). It prints, per key, the
 * contents of the accusation cue اتهم against those of neutral cues (قال، أضاف، أكد …), as a smoothed
 * log-odds, with the outlets and the forms seen: candidates for the verb lemmas of kinds.json
 * src/extract/lexicons/wrongdoing.json, whose stems are then written by hand.
 *
 * --lexicon counts instead the lemmas of src/extract/lexicons/wrongdoing.json: contents under اتهم that
 * open with one of its forms or its verbal noun (`masdar`: اتهمه بارتكاب، بأنه ارتكب), and neutral contents
 * whose first clause statements/wrongdoing.ts reads as the lemma after a subject, with the log-odds and
 * outlets: the numbers of their `_corpus` fields.
 */
import { readFileSync } from 'node:fs';
import { generateNounForms, generateVerbForms } from '../../src/extract/morphology.ts';
import { tokenize } from '../../src/extract/normalize.ts';
import { WRONGDOING, clauseVerb } from '../../src/extract/statements/wrongdoing.ts';
import { flag, option } from './cli.ts';

/** Cue lemmas whose contents are neutral (CLAIM) in the corpus: the most frequent ones. */
const NEUTRAL_CUES = new Set(['قال', 'أضاف', 'أكد', 'أشار', 'ذكر', 'أوضح', 'تابع', 'شدد', 'لفت', 'صرح', 'رأى']);
const ACCUSATION_CUE = 'اتهم';
/** A key must be the first verb of this many accusation contents … */
const MIN_CONTENTS = Number(option('--min') ?? 4);
/** … in this many outlets. */
const MIN_OUTLETS = Number(option('--outlets') ?? 3);
const TOP = Number(option('--top') ?? 60);
/** Additive smoothing of the shares. */
const SMOOTHING = 0.5;
/** Words before the verb: a subject of a few words (الجماعة، قوات النظام السوري). */
const MAX_SUBJECT_WORDS = 3;

interface Mined {
  outlet: string;
  lemma: string;
  text: string;
}
const cache = option('--cache');
if (!cache) throw new Error('--cache FILE: the statements written by tools/mine/kind-words.ts --cache FILE');
const lines = readFileSync(cache, 'utf8').split('\n').filter(Boolean);
const statements = lines.slice(1).map((l) => JSON.parse(l) as Mined);

/** Shape of an imperfect (يرتكب، تستهدف، يدعمون) and of a perfect with a person suffix or a derived stem. */
const IMPERFECT = /^(?:[وف]?)[يت]([\u0621-\u064a]{3,}?)(?:ون|ان|ين|وا)?$/;
const PERFECT = /^(?:[وف]?)(ا?[\u0621-\u064a]{3,}?)(?:ت|وا|تا|ا)?$/;
/** Words that are not verbs in the opening of a clause: articles, particles, pronouns. */
const NOT_VERB = /^(?:ال|[وفبل]ال|لل)|(?:ه|ات|ية|يه)$/;

/** The key of the first word shaped like a finite verb in the content's opening, or null. */
function firstVerbKey(content: string): { key: string; form: string } | null {
  const tokens = tokenize(content).slice(0, MAX_SUBJECT_WORDS + 1);
  for (const t of tokens) {
    const w = t.norm;
    if (w.length < 3 || NOT_VERB.test(w)) continue;
    const imp = IMPERFECT.exec(w);
    if (imp?.[1]) return { key: imp[1], form: w };
    const per = PERFECT.exec(w);
    if (per?.[1]) return { key: per[1].replace(/^ا/, ''), form: w };
  }
  return null;
}

const acc = statements.filter((s) => s.lemma === ACCUSATION_CUE);
const neutral = statements.filter((s) => NEUTRAL_CUES.has(s.lemma));

if (flag('--lexicon')) {
  console.log(`contents: ${ACCUSATION_CUE} ${acc.length}, neutral ${neutral.length}; lemma: acc/neutral log-odds outlets`);
  const neutralLemmas = neutral.map((s) => {
    const tokens = tokenize(s.text);
    return clauseVerb(tokens, 0, tokens.length)?.lemma;
  });
  const accFirst = acc.map((s) => tokenize(s.text)[0]?.norm ?? '');
  for (const lemma of WRONGDOING) {
    // Under اتهم the charge opens the content: a finite form of the lemma (بأنه ارتكب) or its verbal noun (بارتكاب).
    const forms = new Set([...generateVerbForms(lemma, true)].filter((f) => f.tag !== 'participle').map((f) => f.form));
    for (const m of lemma.masdar ?? []) for (const f of generateNounForms(m)) forms.add(f);
    const a = acc.filter((s, i) => forms.has(accFirst[i] ?? '') || forms.has((accFirst[i] ?? '').replace(/^(?:[وف]?(?:بال|ال|ب))/, '')));
    const n = neutral.filter((s, i) => neutralLemmas[i] === lemma.past);
    const outlets = new Set([...a, ...n].map((s) => s.outlet)).size;
    const lo = Math.log((a.length + SMOOTHING) / acc.length) - Math.log((n.length + SMOOTHING) / neutral.length);
    console.log(`${lemma.past}: ${a.length}/${n.length} ${lo.toFixed(1)} ${outlets}`);
  }
  process.exit(0);
}

interface Tally {
  acc: number;
  neutral: number;
  outlets: Set<string>;
  forms: Map<string, number>;
}
const tally = new Map<string, Tally>();
const count = (s: Mined, side: 'acc' | 'neutral') => {
  const v = firstVerbKey(s.text);
  if (!v) return;
  const t = tally.get(v.key) ?? { acc: 0, neutral: 0, outlets: new Set<string>(), forms: new Map<string, number>() };
  t[side]++;
  if (side === 'acc') {
    t.outlets.add(s.outlet);
    t.forms.set(v.form, (t.forms.get(v.form) ?? 0) + 1);
  }
  tally.set(v.key, t);
};
for (const s of acc) count(s, 'acc');
for (const s of neutral) count(s, 'neutral');
console.log(
  `contents: ${ACCUSATION_CUE} ${acc.length}, neutral ${neutral.length}; key acc/neutral log-odds outlets (forms under ${ACCUSATION_CUE})`,
);
const rows = [...tally]
  .filter(([, t]) => t.acc >= MIN_CONTENTS && t.outlets.size >= MIN_OUTLETS)
  .map(([key, t]) => ({ key, t, lo: Math.log((t.acc + SMOOTHING) / acc.length) - Math.log((t.neutral + SMOOTHING) / neutral.length) }))
  .sort((x, y) => y.lo - x.lo)
  .slice(0, TOP);
for (const r of rows) {
  const forms = [...r.t.forms]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 4)
    .map(([f, c]) => `${f} ${c}`)
    .join(', ');
  console.log(`${r.key} ${r.t.acc}/${r.t.neutral} ${r.lo.toFixed(1)} ${r.t.outlets.size} (${forms})`);
}
