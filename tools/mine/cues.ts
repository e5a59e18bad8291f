/**
 * Mines the news corpus for reporting constructions and prints frequency tables:
 *   npx tsx tools/mine/cues.ts [CORPUS] [--limit N] [--top N] [--tsv DIR] [--forms]
 *
 * A reporting construction is
 *  - an opening: a complementizer (أن/إن/بأن …), a colon or an opening quotation mark, with the
 *    clause that leads up to it (back to the previous punctuation, at most CLAUSE_WINDOW words);
 *  - an attribution: the word after بحسب ما / حسبما / وفقا لما / طبقا لما (a verb: "حسبما أفاد").
 * A construction is covered when the lexicon recognizes a cue word in its clause. The tables group
 * words by their normalized form without a leading و/ف, with counts, distinct articles and outlets.
 * Coverage is printed twice: with the lexicon of today and with the hand-made surface lists it
 * replaced (tools/mine/hand-listed-cue-forms.json, read with the old و/ف rule), before → after.
 * `--forms` also checks every form the lexicon recognizes: how often it occurs, and how often an
 * opening follows it within its clause; frequent forms that rarely open anything are homograph
 * suspects for lexicons/cue-exclusions.json.
 * Prints to stdout (and TSV files under --tsv); never writes article text anywhere.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CUE_FORMS, lookupCue } from '../../src/extract/lexicon.ts';
import { normalizeArabic, tokenize, type Token } from '../../src/extract/normalize.ts';
import { OPENING_MARKS } from '../../src/extract/quotes.ts';
import { corpusLines, flag, LIMIT, option } from './cli.ts';

const TOP = Number(option('--top') ?? 120);
const TSV_DIR = option('--tsv');
const CHECK_FORMS = flag('--forms');

/** How far back from an opening the clause that introduces it may reach, in words. */
const CLAUSE_WINDOW = 8;
/** How far after a recognized form an opening may come to count as its complement, in words. */
const FORM_OPENING_WINDOW = 10;

/** Complementizers that open reported content (not لأن "because", not إنما "but rather"). */
const OPENERS = new Set([
  'ان',
  'بان',
  'انه',
  'انها',
  'بانه',
  'بانها',
  'انهم',
  'انهما',
  'بانهم',
  'بانهما',
  'اننا',
  'بننا',
  'انني',
  'اني',
  'بانني',
]);
const ATTRIBUTION_LEADS = new Set(['حسبما', 'وحسبما', 'كما']);
const ATTRIBUTION_PAIRS = new Set(['بحسب ما', 'حسب ما', 'وفقا لما', 'طبقا لما', 'وفق ما', 'بحسب ما']);
/** Punctuation that closes a clause when it stands between two words. */
const CLAUSE_BREAK = /[.،,؛;؟?!:\n"“”«»″]/;

interface Tally {
  n: number;
  articles: Set<string>;
  outlets: Set<string>;
}
const tallies = new Map<string, Map<string, Tally>>();
function count(table: string, key: string, article: string, outlet: string) {
  let t = tallies.get(table);
  if (!t) {
    t = new Map();
    tallies.set(table, t);
  }
  let e = t.get(key);
  if (!e) {
    e = { n: 0, articles: new Set(), outlets: new Set() };
    t.set(key, e);
  }
  e.n++;
  e.articles.add(article);
  e.outlets.add(outlet);
}

const stripConj = (norm: string) => (norm.length > 3 && /^[وف]/.test(norm) ? norm.slice(1) : norm);
const isCue = (tok: Token) => lookupCue(tok.norm) !== null;

/** The surface lists the lemma lexicon replaced, and the rule that read them: the form, or و/ف + the form. */
const HAND_LISTED = new Set<string>();
const handListed = JSON.parse(readFileSync(join(import.meta.dirname, 'hand-listed-cue-forms.json'), 'utf8')) as Record<
  string,
  { forms: string[]; participles: string[] }
>;
for (const entry of Object.values(handListed)) for (const f of [...entry.forms, ...entry.participles]) HAND_LISTED.add(normalizeArabic(f));
const wasCue = (tok: Token) =>
  HAND_LISTED.has(tok.norm) || (tok.norm.length > 3 && /^[وف]/.test(tok.norm) && HAND_LISTED.has(tok.norm.slice(1)));

const coverage = new Map<string, { total: number; covered: number; before: number }>();
function cover(kind: string, covered: boolean, coveredBefore: boolean) {
  const c = coverage.get(kind) ?? { total: 0, covered: 0, before: 0 };
  c.total++;
  if (covered) c.covered++;
  if (coveredBefore) c.before++;
  coverage.set(kind, c);
}

/** Form → occurrences, and occurrences an opening follows within the clause. */
const formUse = new Map<string, { n: number; opened: number }>();

function mineArticle(id: string, outlet: string, text: string) {
  const tokens = tokenize(text);
  const gap = (j: number) => text.slice(j > 0 ? (tokens[j - 1] as Token).end : 0, (tokens[j] as Token).start);
  const gaps = tokens.map((_, j) => gap(j));
  const opensAt = (j: number): string | null => {
    const tok = tokens[j] as Token;
    const g = gaps[j] ?? '';
    if (g.includes(':')) return 'colon';
    if ([...g].some((c) => OPENING_MARKS.has(c))) return 'quote';
    if (OPENERS.has(tok.norm)) return 'complementizer';
    return null;
  };
  const opens = tokens.map((_, j) => (j > 0 ? opensAt(j) : null));
  for (let j = 1; j < tokens.length; j++) {
    const kind = opens[j];
    if (!kind) continue;
    // The clause before the opening: back to the previous break (the opening's own gap may hold ":" or a quote mark).
    let start = j - 1;
    while (start > 0 && j - start < CLAUSE_WINDOW && !CLAUSE_BREAK.test(gaps[start] ?? '')) start--;
    const clause = tokens.slice(start, j);
    if (!clause.length) continue;
    const cueTok = clause.find(isCue);
    const covered = cueTok !== undefined;
    cover(kind, covered, clause.some(wasCue));
    if (cueTok) count('lemma', lookupCue(cueTok.norm)?.form.verb.lemma ?? '', id, outlet);
    const first = clause[0] as Token;
    const adjacent = clause[clause.length - 1] as Token;
    count('clause-initial', stripConj(first.norm), id, outlet);
    count('adjacent', stripConj(adjacent.norm), id, outlet);
    if (!covered) {
      count('unrecognized-initial', stripConj(first.norm), id, outlet);
      count('unrecognized-adjacent', stripConj(adjacent.norm), id, outlet);
    }
  }
  for (let j = 0; j + 1 < tokens.length; j++) {
    const a = tokens[j] as Token;
    const b = tokens[j + 1] as Token;
    let verbAt = -1;
    if (ATTRIBUTION_LEADS.has(a.norm) && (a.norm !== 'كما' || /[،,]/.test(gaps[j] ?? ''))) verbAt = j + 1;
    else if (ATTRIBUTION_PAIRS.has(`${a.norm} ${b.norm}`)) verbAt = j + 2;
    const verb = tokens[verbAt];
    if (verbAt < 0 || !verb || CLAUSE_BREAK.test(gaps[verbAt] ?? '')) continue;
    cover('attribution', isCue(verb), wasCue(verb));
    if (isCue(verb)) count('lemma', lookupCue(verb.norm)?.form.verb.lemma ?? '', id, outlet);
    count('attribution', stripConj(verb.norm), id, outlet);
    if (!isCue(verb)) count('unrecognized-attribution', stripConj(verb.norm), id, outlet);
  }
  if (CHECK_FORMS) {
    for (let j = 0; j < tokens.length; j++) {
      const tok = tokens[j] as Token;
      if (!isCue(tok)) continue;
      let opened = false;
      for (let k = j + 1; k < tokens.length && k - j <= FORM_OPENING_WINDOW; k++) {
        if (opens[k]) {
          opened = true;
          break;
        }
        if (/[.؟?!\n]/.test(gaps[k] ?? '')) break;
      }
      const u = formUse.get(tok.norm) ?? { n: 0, opened: 0 };
      u.n++;
      if (opened) u.opened++;
      formUse.set(tok.norm, u);
    }
  }
}

function printTable(name: string, rows: [string, Tally][], extra?: (key: string) => string) {
  console.log(`\n## ${name} (top ${Math.min(TOP, rows.length)} of ${rows.length})`);
  console.log('count\tarticles\toutlets\tform' + (extra ? '\tnote' : ''));
  for (const [key, t] of rows.slice(0, TOP)) {
    console.log(`${t.n}\t${t.articles.size}\t${t.outlets.size}\t${key}${extra ? `\t${extra(key)}` : ''}`);
  }
  if (TSV_DIR) {
    writeFileSync(
      join(TSV_DIR, `${name}.tsv`),
      [
        'count\tarticles\toutlets\tform\trecognized',
        ...rows.map(([k, t]) => `${t.n}\t${t.articles.size}\t${t.outlets.size}\t${k}\t${lookupCue(k) ? 1 : 0}`),
      ].join('\n'),
    );
  }
}

async function main() {
  const lines = corpusLines();
  let articles = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    if (articles >= LIMIT) break;
    const doc = JSON.parse(line) as { id: string; outlet: string; text: string };
    mineArticle(doc.id, doc.outlet, doc.text ?? '');
    articles++;
  }
  console.log(`# Reporting constructions in ${articles} articles; lexicon: ${CUE_FORMS.size} forms`);
  const line = (kind: string, c: { total: number; covered: number; before: number }) =>
    console.log(
      `coverage ${kind.padEnd(15)} hand-listed ${c.before}/${c.total} = ${(c.before / c.total).toFixed(3)}  →  lemmas ${c.covered}/${c.total} = ${(c.covered / c.total).toFixed(3)}`,
    );
  const all = { total: 0, covered: 0, before: 0 };
  for (const [kind, c] of [...coverage].sort()) {
    line(kind, c);
    all.total += c.total;
    all.covered += c.covered;
    all.before += c.before;
  }
  line('all', all);
  const sorted = (name: string) => [...(tallies.get(name) ?? new Map<string, Tally>())].sort((x, y) => y[1].n - x[1].n);
  const mark = (key: string) => (lookupCue(key) ? 'cue' : '');
  for (const name of ['clause-initial', 'adjacent', 'attribution']) printTable(name, sorted(name), mark);
  printTable('lemma', sorted('lemma'));
  for (const name of ['unrecognized-initial', 'unrecognized-adjacent', 'unrecognized-attribution']) printTable(name, sorted(name));
  if (CHECK_FORMS) {
    const rows = [...formUse].sort((x, y) => y[1].n - x[1].n);
    console.log(
      '\n## recognized forms: occurrences, share followed by an opening in the clause (lowest shares among frequent forms first)',
    );
    const suspects = rows.filter(([, u]) => u.n >= 20).sort((x, y) => x[1].opened / x[1].n - y[1].opened / y[1].n);
    for (const [form, u] of suspects.slice(0, TOP)) {
      console.log(
        `${u.n}\t${(u.opened / u.n).toFixed(2)}\t${form}\t${CUE_FORMS.get(form)?.verb.lemma ?? '(clitic) ' + (lookupCue(form)?.form.verb.lemma ?? '')}`,
      );
    }
    if (TSV_DIR)
      writeFileSync(
        join(TSV_DIR, 'forms.tsv'),
        rows.map(([f, u]) => `${f}\t${u.n}\t${u.opened}\t${lookupCue(f)?.form.verb.lemma ?? ''}`).join('\n'),
      );
  }
}

await main();
