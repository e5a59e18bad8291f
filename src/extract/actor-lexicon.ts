/**
 * The word classes the actor rules read beyond the gazetteer: head nouns that open the name of an
 * organization or a place, plural nouns that name groups, common-noun bodies, and given names.
 * Data lives in lexicons/actor-heads.json (curated, checked against corpus frequency) and
 * lexicons/given-names.json (generated from the corpus by tools/lexicon/mine-actors.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeArabic } from './normalize.ts';
import type { ActorKind } from '../graph/document-graph.ts';

const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), 'lexicons');

interface HeadsFile {
  organizations: { heads: string[]; kind: ActorKind }[];
  places: string[];
  placeLists: string[];
  groups: string[];
  blocs: string[];
  bodies: Record<string, string>;
  personLinks: string[];
  notGroupNouns: string[];
}
const heads = JSON.parse(readFileSync(join(LEXICON_DIR, 'actor-heads.json'), 'utf8')) as HeadsFile;
const mined = JSON.parse(readFileSync(join(LEXICON_DIR, 'group-nouns.json'), 'utf8')) as { nouns: { word: string }[] };
const given = JSON.parse(readFileSync(join(LEXICON_DIR, 'given-names.json'), 'utf8')) as { names: string[] };
const accusatives = JSON.parse(readFileSync(join(LEXICON_DIR, 'accusatives.json'), 'utf8')) as {
  words: [word: string, tanwinUses: number, uses: number][];
};

/**
 * Adverbs and indefinite accusatives (تماما، مؤخرا، قتيلا), normalized: words the corpus writes with
 * tanwin fath often enough that they are never names (tools/lexicon/mine-accusatives.ts).
 */
export const ACCUSATIVE_WORDS = new Set(accusatives.words.map(([word]) => word));

export interface OrgHead {
  kind: ActorKind;
  definite: boolean;
}

/** Normalized head noun (indefinite construct form and its definite form) → kind of the actor it opens. */
export const ORG_HEADS = new Map<string, OrgHead>();
for (const o of heads.organizations) {
  for (const h of o.heads) {
    const n = normalizeArabic(h);
    // From the spelling, not the normalized form, in which "ألوية" starts like an article.
    const definite = h.startsWith('ال');
    ORG_HEADS.set(n, { kind: o.kind, definite });
    if (!definite) ORG_HEADS.set(`ال${n}`, { kind: o.kind, definite: true });
  }
}

/** Nouns that open a place name: "مدينة زبيد", "محافظة الجوف", "العاصمة X". */
export const PLACE_HEADS = new Set(heads.places.map(normalizeArabic));
/** Plural and dual heads of a list of places: "محافظات الحديدة وذمار وتعز", "مدينتي القنيطرة وسلا". */
export const PLACE_LIST_HEADS = new Set(heads.placeLists.map(normalizeArabic));
/** An indefinite group noun needs this many letters ("يهود" and "عمال" are too often other words or names). */
const MIN_INDEFINITE_GROUP_LETTERS = 6;
/** Plural nouns naming a group of people, hand-kept (broken plurals among them: النشطاء، العمال). */
export const GROUP_NOUNS_CURATED = new Set(heads.groups.map(normalizeArabic));
/**
 * Plural nouns naming a group of people: the curated list and the sound plurals mined from the corpus
 * (group-nouns.json, tools/lexicon/mine-groups.ts), each in both cases (المزارعين، المزارعون).
 */
const bothCases = (n: string) => [n, n.replace(/ين$/, 'ون'), n.replace(/ون$/, 'ين')];
const DEFINITE_GROUP_NOUNS = [
  // The curated list spells some sound plurals in one case only (الناشطين): the other case is the same group.
  ...[...GROUP_NOUNS_CURATED].flatMap(bothCases),
  ...mined.nouns.flatMap(({ word }) => bothCases(normalizeArabic(word))),
];
export const GROUP_NOUNS = new Set([
  ...DEFINITE_GROUP_NOUNS,
  // The indefinite plural names a group as well ("ناشطون", "متظاهرون من …"); short stems stay out.
  ...DEFINITE_GROUP_NOUNS.filter((n) => n.startsWith('ال') && n.length >= MIN_INDEFINITE_GROUP_LETTERS + 2).map((n) => n.slice(2)),
]);
/** Plural nouns that with an adjective name a bloc of states: "الدول الغربية", "القوى الكبرى". */
export const BLOC_HEADS = new Set(heads.blocs.map(normalizeArabic));
export interface Body {
  slug: string;
  kind: ActorKind;
}
/** Definite common nouns that stand for a body of the article's country: الحكومة، البرلمان → slug ("slug:KIND"). */
export const BODIES = new Map<string, Body>(
  Object.entries(heads.bodies).map(([k, v]) => {
    const [slug = v, kind = 'GOVERNMENT'] = v.split(':');
    return [normalizeArabic(k), { slug, kind: kind as ActorKind }];
  }),
);
/** First words of body phrases: most tokens are not, and need no phrase lookup. */
export const BODY_FIRST_WORDS = new Set([...BODIES.keys()].map((k) => k.split(' ')[0] ?? k));
/** Longest body phrase, in words (bodies are matched longest first). */
export const BODY_MAX_WORDS = Math.max(...[...BODIES.keys()].map((k) => k.split(' ').length));
/** Words that join the parts of a personal name: محمد بن سلمان، عبد الله. */
export const PERSON_LINKS = new Set(heads.personLinks.map(normalizeArabic));
/** First names mined from the corpus (first words of titled names). */
export const GIVEN_NAMES = new Set(given.names.map(normalizeArabic));
/** Words spelled like a definite nisba plural that name no people (التلفزيون، الملايين), with and without the article. */
export const NOT_GROUP_NOUNS = new Set(heads.notGroupNouns.map(normalizeArabic));
