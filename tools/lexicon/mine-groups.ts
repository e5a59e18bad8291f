/**
 * Mines the unannotated corpus for group nouns: plural common nouns naming a group of people that
 * speak or are spoken about (المزارعين، المتظاهرون، الممرضين), for actor recognition:
 *
 *   npx tsx tools/lexicon/mine-groups.ts [CORPUS] [--limit N] [--write]
 *
 * A candidate is chosen by morphology and use, never by hand:
 *  - shape: a definite sound masculine plural (ال + a stem of three letters or more + ون/ين), which
 *    Arabic uses for people only;
 *  - both cases: the nominative (ون) and the oblique (ين) are both attested, in at least
 *    MIN_MINOR_CASE_SHARE of its uses, which rules out names that merely end in ين (البحرين، الحسين);
 *  - speaker slot: it stands right after a reporting cue (قال المزارعون), right before one
 *    (المزارعون يقولون) or after a quantifier of a counted source (بعض المزارعين، آلاف
 *    المتظاهرين) at least MIN_SPEAKER times, in MIN_ARTICLES articles of MIN_OUTLETS outlets;
 *  - a noun, not an adjective: it follows another definite plural (المسؤولين الأمريكيين) in at most
 *    MAX_ADJECTIVE_SHARE of its uses;
 *  - not already another class: a gazetteer name, an organization head, an unnamed-source head
 *    (المسؤولين), a body or a bloc head, a function word (الآخرين), or a group the curated list
 *    (actor-heads.json) has.
 * Prints the table; --write regenerates src/extract/lexicons/group-nouns.json (counts only, no text).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BLOC_HEADS, BODIES, GROUP_NOUNS_CURATED, ORG_HEADS } from '../../src/extract/actor-lexicon.ts';
import { clean } from '../../src/extract/clean.ts';
import { isStop } from '../../src/extract/entities.ts';
import { lookupCue, NAME_TRIE, UNNAMED_HEADS } from '../../src/extract/lexicon.ts';
import { matchAt } from '../../src/extract/match.ts';
import { tokenize, type Token } from '../../src/extract/normalize.ts';
import { corpusLines, flag, LIMIT } from '../mine/cli.ts';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../../src/extract/lexicons/group-nouns.json');

/** Times in a speaker slot across the corpus. */
const MIN_SPEAKER = 8;
/** Distinct articles with a speaker-slot use. */
const MIN_ARTICLES = 8;
/** Distinct outlets with a speaker-slot use (of six). */
const MIN_OUTLETS = 3;
/** The rarer of the two cases must make up this share of the uses. */
const MIN_MINOR_CASE_SHARE = 0.03;
/** Share of uses right after another definite plural above which the word is mostly an adjective. */
const MAX_ADJECTIVE_SHARE = 0.3;

/** Quantifiers that count people ("بعض المزارعين", "آلاف المتظاهرين"): the slot of a counted source. */
const QUANTIFIERS = new Set(['بعض', 'معظم', 'اغلب', 'احد', 'عشرات', 'مئات', 'الاف', 'ملايين', 'كل', 'جميع', 'مختلف']);
const SOUND_PLURAL = /^ال(.{3,})(?:ون|ين)$/;
const DEFINITE_PLURAL = /^(?:ال|لل).{3,}(?:ون|ين|اء)$/;

interface Tally {
  uses: number;
  nominative: number;
  speaker: number;
  adjective: number;
  articles: Set<string>;
  outlets: Set<string>;
}
const tallies = new Map<string, Tally>();

/** The oblique form of a sound plural, the key both cases share. */
const oblique = (norm: string) => norm.replace(/ون$/, 'ين');
const stripConj = (norm: string) => (norm.length > 4 && /^[وف]/.test(norm) ? norm.slice(1) : norm);
const isFiniteCue = (tok: Token | undefined) => {
  const c = tok ? lookupCue(tok.norm) : null;
  return c !== null && !c.form.participle;
};

function mineArticle(id: string, outlet: string, raw: string) {
  const text = clean(raw).text;
  const tokens = tokenize(text);
  for (let j = 0; j < tokens.length; j++) {
    const tok = tokens[j] as Token;
    const norm = stripConj(tok.norm);
    if (!SOUND_PLURAL.test(norm)) continue;
    const key = oblique(norm);
    let t = tallies.get(key);
    if (!t) {
      t = { uses: 0, nominative: 0, speaker: 0, adjective: 0, articles: new Set(), outlets: new Set() };
      tallies.set(key, t);
    }
    t.uses++;
    if (norm.endsWith('ون')) t.nominative++;
    const prev = tokens[j - 1];
    const sameClause = (a: Token, b: Token) => /^\s+$/.test(text.slice(a.end, b.start));
    if (prev && sameClause(prev, tok) && DEFINITE_PLURAL.test(stripConj(prev.norm))) t.adjective++;
    const next = tokens[j + 1];
    const counted = prev && sameClause(prev, tok) && QUANTIFIERS.has(stripConj(prev.norm));
    if (counted || (prev && sameClause(prev, tok) && isFiniteCue(prev)) || (next && sameClause(tok, next) && isFiniteCue(next))) {
      t.speaker++;
      t.articles.add(id);
      t.outlets.add(outlet);
    }
  }
}

/** Why a word is refused, or null when it is kept. */
function refusal(key: string, t: Tally): string | null {
  if (t.speaker < MIN_SPEAKER || t.articles.size < MIN_ARTICLES || t.outlets.size < MIN_OUTLETS) return 'rare';
  const minor = Math.min(t.nominative, t.uses - t.nominative) / t.uses;
  if (minor < MIN_MINOR_CASE_SHARE) return 'one case';
  if (t.adjective / t.uses > MAX_ADJECTIVE_SHARE) return 'adjective';
  const nominative = key.replace(/ين$/, 'ون');
  if ([key, nominative].some((f) => GROUP_NOUNS_CURATED.has(f))) return 'curated';
  const bare = [key, nominative].map((f) => f.slice(2));
  if ([key, nominative].some((f) => ORG_HEADS.has(f) || BODIES.has(f) || BLOC_HEADS.has(f)) || bare.some((f) => UNNAMED_HEADS.has(f)))
    return 'other class';
  const toks = tokenize(key);
  // Quantifiers and pronoun-like words (الآخرين، الكثيرين) are function words, not groups.
  if (toks[0] && isStop(toks[0])) return 'function word';
  if (matchAt(key, toks, 0, NAME_TRIE)) return 'name';
  return null;
}

async function main() {
  let articles = 0;
  for await (const line of corpusLines()) {
    if (!line.trim()) continue;
    if (articles >= LIMIT) break;
    const doc = JSON.parse(line) as { id: string; outlet: string; text: string };
    mineArticle(doc.id, doc.outlet, doc.text ?? '');
    articles++;
  }
  const rows = [...tallies].filter(([, t]) => t.speaker >= MIN_SPEAKER).sort((a, b) => b[1].speaker - a[1].speaker);
  console.log(`# Group nouns in ${articles} articles: sound plurals in a speaker slot ≥ ${MIN_SPEAKER}`);
  console.log('speaker\tarticles\toutlets\tuses\tnominative\tadjective\tword\tverdict');
  const kept: { word: string; speaker: number; articles: number; outlets: number; uses: number }[] = [];
  for (const [key, t] of rows) {
    const why = refusal(key, t);
    console.log(
      `${t.speaker}\t${t.articles.size}\t${t.outlets.size}\t${t.uses}\t${(t.nominative / t.uses).toFixed(2)}\t${(t.adjective / t.uses).toFixed(2)}\t${key}\t${why ?? 'kept'}`,
    );
    if (!why) kept.push({ word: key, speaker: t.speaker, articles: t.articles.size, outlets: t.outlets.size, uses: t.uses });
  }
  console.log(`# kept ${kept.length}`);
  if (flag('--write')) {
    const file = {
      _comment:
        'Generated by `npx tsx tools/lexicon/mine-groups.ts --write` (do not edit): definite sound masculine plurals naming groups of people, mined from the corpus by their use as the subject of a reporting cue, both cases attested, rarely an adjective; oblique form (the nominative is read too). Counts only.',
      thresholds: { MIN_SPEAKER, MIN_ARTICLES, MIN_OUTLETS, MIN_MINOR_CASE_SHARE, MAX_ADJECTIVE_SHARE },
      nouns: kept,
    };
    writeFileSync(OUT, `${JSON.stringify(file, null, 1)}\n`);
    console.log(`# wrote ${OUT}`);
  }
}

await main();
