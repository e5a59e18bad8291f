/**
 * Loads the data files in ./lexicons once, at module load, and indexes them for matching.
 * Everything here is read-only afterwards, so extraction stays pure.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateVerbForms, THIRD_PERSON_PRONOUNS, type VerbStems } from './morphology.ts';
import { normalizeArabic } from './normalize.ts';
import type { ActorKind, EventKind, StatementKind } from '../graph/document-graph.ts';

const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), 'lexicons');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(LEXICON_DIR, path), 'utf8'));

export interface GazetteerEntry {
  id: string;
  type: 'actor' | 'place';
  kind?: ActorKind;
  name: string;
  nameEn?: string;
  aliases?: string[];
  wikidataId?: string;
  partOf?: string[];
  roles?: string[];
  adjectives?: string[];
  capital?: string;
  metonymFor?: string;
}

/**
 * A reporting verb by lemma: its stems (morphology.ts generates the surface forms), the
 * prepositions that open its content, what it needs to make a statement, and the kind it signals.
 */
export interface CueVerb extends VerbStems {
  lemma: string;
  kind: StatementKind;
  preps: string[];
  /** Irregular forms the stems do not give; finite forms and adverbial participles. */
  forms?: string[];
  participles?: string[];
  /** Object pronouns attach to it (أبلغه، وصفها); defaults to takesObject. */
  objects?: boolean;
  /** Verbal nouns. Documentation: the `nouns` section lists those read as cues in construct with a speaker. */
  masdar?: string[];
  /**
   * Verbal nouns that after ب name the manner of another verb's act ("واكتفى بالقول إن"، "وتابع بقوله:"):
   * ب + the noun, definite or with a possessive pronoun, is read like the participle (قائلا), whose
   * speaker is the subject of the verb before it.
   */
  mannerMasdar?: string[];
  needsComplement?: boolean;
  /**
   * A needsComplement verb whose content may also be a noun with a possessive pronoun right after its
   * subject: the attitude the speaker states ("أبدى الوزير قلقه من …", "أبدت الحكومة استعدادها لـ …").
   */
  possessiveObject?: boolean;
  takesObject?: boolean;
  relay?: boolean;
  /**
   * A relay verb that names its source's words by this verbal noun right after the source ("نسبت الوكالة
   * إلى الوزير قوله"، "القول"): without it the verb ascribes an act or a thing (نسب الهجوم إلى …), no words.
   */
  sayingNoun?: string[];
  /**
   * After ما/من (LABEL_RELATIVES) the verb names a label: "ما وصفه X بـ«Y»", "من وصفهم الجيش بـ«Y»";
   * the label alone is the content, also inside another statement's content.
   */
  labels?: boolean;
  /**
   * An idiom's noun (حمّل X Y المسؤولية): the verb is a cue only when one of these words follows it
   * within its sentence (IDIOM_WINDOW words); the verb alone means something else (حمل: carry).
   */
  idiom?: string[];
  /**
   * Subjects with which the verb means another act (أدان، دان with a court: convicted, a verdict and no
   * speech): a word of the clause before the verb or of the subject after it is one of these.
   */
  notSubjects?: string[];
  /**
   * The cue characterizes its object (وصف X بأنه …): its content is a label, and an accusing or
   * condemning word in it makes the statement a condemnation (statements/kind.ts).
   */
  evaluative?: boolean;
  /**
   * The cue names the expressing of a stance by its verbal noun (أعرب عن إدانته، عبر عن رفضه): a content that
   * opens with the verbal noun of a kind-fixing cue lemma takes that lemma's kind (statements/kind.ts).
   */
  expresses?: boolean;
  /**
   * The unmarked 3rd person masculine imperfect right before its complementizer is the impersonal passive
   * ("ويُعتقد أن …", "يُتوقع أن …": it is believed, expected), which reports no one's words.
   */
  impersonal?: boolean;
  /**
   * The verb is a cue only with a named subject right after it or a name right before it ("وتقدر الأمم
   * المتحدة عدد …", "الجيش يقدر أن …"): without one its forms are mostly the passive ("تُقدّر قيمته بـ …")
   * or another word.
   */
  namedSubject?: boolean;
  /**
   * The verb takes a direct object before its preposition (اتهم X بـ، وصف X بأنه): a phrase right after
   * the verb and followed at once by that preposition is the object, and the subject is the verb's pronoun.
   */
  objectFirst?: boolean;
  /**
   * The passive perfect as written (سُئل): its 3rd person forms are generated (سئلت، سئلوا، سئلا) and
   * read apart from the cue's forms, since their subject is the one the act is put to, not its speaker.
   */
  passive?: string;
  /** Reporting constructions in the corpus this lemma's forms introduce (tools/mine/cues.ts). */
  _corpus?: number;
}

/** A statement noun in construct with its speaker: "إعلان ترامب الانسحاب", "تحذيرات المعارضة من أن …". */
export interface CueNoun {
  lemma: string;
  kind: StatementKind;
  forms: string[];
  preps: string[];
  object?: boolean;
  /** The genitive after the noun is its speaker only when the target follows with ل ("اتهامات X لها بـ …"); alone it is as often the target ("اتهام قطر بـ …"). */
  targetWithLam?: boolean;
}

interface CueFile {
  verbs: CueVerb[];
  nouns: CueNoun[];
  attributions: { phrase: string; kind: StatementKind }[];
  statementNouns: string[];
}

interface WordFile {
  titles: string[];
  institutionHeads: string[];
  descriptorNouns: string[];
  unnamedHeads: string[];
  unnamedModifiers: string[];
  complementizers: string[];
  stopwords: string[];
  timeWords: string[];
  titleAdjectives: string[];
}

export interface EventTrigger {
  kind: EventKind;
  words: string[];
}
export interface SectorDef {
  id: string;
  name: string;
  nameEn: string;
  terms: string[];
}
export interface RelativeTime {
  phrase: string;
  unit: 'day' | 'month' | 'year' | 'weekday';
  offset?: number;
  weekday?: number;
}

/** A trie over normalized token sequences: each node may end one or more entries. */
/**
 * `slot` (roots only, else -1) lets a word remember, once per trie, which of its forms start a match
 * in it (WordInfo.trieStarts, match.ts).
 */
export interface TrieNode {
  next: Map<string, TrieNode>;
  ids: string[];
  slot: number;
}
/** Tries whose starts a word remembers; a root made after these many looks its starts up every time. */
const MAX_REMEMBERED_TRIES = 30;
let rootSlots = 0;
const newNode = (): TrieNode => ({ next: new Map(), ids: [], slot: -1 });
const newRoot = (): TrieNode => ({ next: new Map(), ids: [], slot: rootSlots < MAX_REMEMBERED_TRIES ? rootSlots++ : -1 });

function insert(root: TrieNode, phrase: string, id: string) {
  const tokens = normalizeArabic(phrase)
    .split(/[\s\-–]+/)
    .filter(Boolean);
  if (!tokens.length) return;
  let node = root;
  for (const t of tokens) {
    let child = node.next.get(t);
    if (!child) {
      child = newNode();
      node.next.set(t, child);
    }
    node = child;
  }
  if (!node.ids.includes(id)) node.ids.push(id);
}

const gazetteerFiles = readdirSync(join(LEXICON_DIR, 'gazetteer'))
  .filter((f) => f.endsWith('.json'))
  .sort();
export const GAZETTEER = new Map<string, GazetteerEntry>();
for (const file of gazetteerFiles) {
  for (const entry of readJson(join('gazetteer', file)) as GazetteerEntry[]) GAZETTEER.set(entry.id, entry);
}

/** Names and aliases of every gazetteer entry. Roles are kept apart: they only resolve to a person the article names. */
export const NAME_TRIE = newRoot();
export const ROLE_TRIE = newRoot();
/** Nisba adjective (normalized) → country or bloc actor id. */
export const ADJECTIVE_OF = new Map<string, string>();
for (const entry of GAZETTEER.values()) {
  insert(NAME_TRIE, entry.name, entry.id);
  for (const alias of entry.aliases ?? []) insert(NAME_TRIE, alias, entry.id);
  for (const role of entry.roles ?? []) insert(ROLE_TRIE, role, entry.id);
  for (const adj of entry.adjectives ?? []) {
    const n = normalizeArabic(adj);
    ADJECTIVE_OF.set(n, entry.id);
    // Indefinite forms qualify indefinite heads: "مسؤول أمريكي", "مصادر روسية".
    if (n.startsWith('ال') && n.length > 4 && !ADJECTIVE_OF.has(n.slice(2))) ADJECTIVE_OF.set(n.slice(2), entry.id);
  }
}

export const CUES = readJson('cues.json') as CueFile;
interface ExclusionFile {
  forms: string[];
  proclitic: string[];
}
/** Generated forms that are more often another word (homographs), and clitic readings to refuse (ورد، فرد). */
export const CUE_EXCLUSIONS = readJson('cue-exclusions.json') as ExclusionFile;
export const WORDS = readJson('words.json') as WordFile;

export interface CueForm {
  verb: CueVerb;
  participle: boolean;
  /** An imperfect: the only forms ل attaches to. */
  imperfect?: boolean;
  /**
   * A subjunctive or jussive plural or dual (يؤكدوا، يؤكدا): it follows أن، لن، لم or لـ, and only
   * after لـ ("ليؤكدوا أن …", then they stated) does it report speech rather than an obligation or a denial.
   */
  subjunctive?: boolean;
  /** Carries an object pronoun (أبلغه): the addressee is written, the speaker comes after or is the last one. */
  object?: boolean;
  /** ب + a verbal noun of manner (بالقول، بقوله): read as a participle of the verb before it. */
  manner?: boolean;
}
/** Normalized surface form → cue. The first lemma that generates a form keeps it. */
export const CUE_FORMS = new Map<string, CueForm>();
const excludedForms = new Set(CUE_EXCLUSIONS.forms.map(normalizeArabic));
const excludedClitic = new Set(CUE_EXCLUSIONS.proclitic.map(normalizeArabic));
for (const verb of CUES.verbs) {
  for (const g of generateVerbForms(verb, verb.objects ?? !!verb.takesObject)) {
    if (g.firstOrSecond || g.tag === 'jussive' || excludedForms.has(g.form) || CUE_FORMS.has(g.form)) continue;
    CUE_FORMS.set(g.form, {
      verb,
      participle: g.tag === 'participle',
      imperfect: g.tag === 'imperfect' || g.tag === 'subjunctive',
      subjunctive: g.tag === 'subjunctive',
      object: g.object,
    });
  }
  for (const f of verb.forms ?? []) if (!CUE_FORMS.has(normalizeArabic(f))) CUE_FORMS.set(normalizeArabic(f), { verb, participle: false });
  for (const f of verb.participles ?? [])
    if (!CUE_FORMS.has(normalizeArabic(f))) CUE_FORMS.set(normalizeArabic(f), { verb, participle: true });
  for (const m of verb.mannerMasdar ?? [])
    for (const f of [`بال${m}`, ...THIRD_PERSON_PRONOUNS.map((p) => `ب${m}${p}`)])
      if (!CUE_FORMS.has(normalizeArabic(f))) CUE_FORMS.set(normalizeArabic(f), { verb, participle: true, manner: true });
}

/** Normalized 3rd person passive perfect (سئل، سئلت، سئلوا) → the lemma whose `passive` generates it. */
export const PASSIVE_FORMS = new Map<string, CueVerb>();
for (const verb of CUES.verbs) {
  if (!verb.passive) continue;
  for (const g of generateVerbForms({ past: verb.passive }, false))
    if (g.tag === 'perfect' && !g.firstOrSecond && !PASSIVE_FORMS.has(g.form)) PASSIVE_FORMS.set(g.form, verb);
}

/** A cue word as written: its form, and whether a proclitic (و ف) was cut off to find it. */
export interface CueLookup {
  form: CueForm;
  prefixed: boolean;
}

/**
 * The cue a normalized word spells, if any: the word itself, or after و/ف (any verb: وقال، فردّ),
 * then ل (3rd person imperfects: ليؤكد، وليعلن). A stripped reading the exclusions list refuses is no cue.
 */
export function lookupCue(norm: string): CueLookup | null {
  const direct = CUE_FORMS.get(norm);
  if (direct && !direct.subjunctive) return { form: direct, prefixed: false };
  if (excludedClitic.has(norm)) return null;
  let rest = norm;
  if (rest.startsWith('و') || rest.startsWith('ف')) {
    rest = rest.slice(1);
    const f = CUE_FORMS.get(rest);
    if (f && !f.subjunctive) return { form: f, prefixed: true };
  }
  // لـ + subjunctive, 3rd person only (ل + نقل is لنقل "for moving"); not the future س, which reports nothing yet.
  if (rest.startsWith('ل') && /^[يت]/.test(rest.slice(1)) && !excludedClitic.has(rest)) {
    const f = CUE_FORMS.get(rest.slice(1));
    if (f?.imperfect) return { form: f, prefixed: true };
  }
  return null;
}

/**
 * The cue of the verb after the relative ما of an attribution ("بحسب ما نقلته الوكالة"، "وفقا لما ذكره
 * الوزير"، "حسبما قاله"): besides its plain forms, the verb may carry the pronoun ـه that stands for ما
 * (ما … ـه, the resumptive of a relative's object). The generator attaches object pronouns only to verbs
 * that take a person as object, so these are read here, in the one place the pronoun is the said thing:
 * 1,300 of the corpus's 8,439 attributions after بحسب ما / وفقا لما / حسبما (نقلته 463، ذكرته 189، ذكره 112،
 * قاله 103 …) had no cue before. Participles do not follow ما here.
 */
export function lookupRelativeCue(norm: string): CueLookup | null {
  const plain = lookupCue(norm);
  if (plain) return plain;
  if (norm.length < MIN_RESUMPTIVE_VERB_CHARS || !norm.endsWith('ه')) return null;
  const bare = lookupCue(norm.slice(0, -1));
  return bare && !bare.form.participle && !bare.form.object ? bare : null;
}
/** A verb with its resumptive ـه has at least three letters before it (قاله). */
const MIN_RESUMPTIVE_VERB_CHARS = 4;

/** Normalized noun form → statement noun. */
export const NOUN_CUES = new Map<string, CueNoun>();
for (const noun of CUES.nouns ?? []) for (const f of noun.forms) NOUN_CUES.set(normalizeArabic(f), noun);

/**
 * Verbal nouns of the cue lemmas and the statement nouns ("تأكيد", "انتقاد", "تحذيرات"), normalized: in
 * construct with their subject ("تأكيد الوزير", "انتقاد الأخيرة لـ…"), the genitive is who speaks.
 */
export const VERBAL_NOUNS = new Set<string>([...NOUN_CUES.keys(), ...CUES.verbs.flatMap((v) => (v.masdar ?? []).map(normalizeArabic))]);

const normSet = (list: string[]) => new Set(list.map(normalizeArabic));
export const TITLES = normSet(WORDS.titles);
/** Adjectives a title takes (السابق، الخاص، الجديد), listed with the article. */
export const TITLE_ADJECTIVES = normSet(WORDS.titleAdjectives);
export const INSTITUTION_HEADS = normSet(WORDS.institutionHeads);
export const DESCRIPTOR_NOUNS = normSet(WORDS.descriptorNouns);
export const UNNAMED_HEADS = normSet(WORDS.unnamedHeads);
export const UNNAMED_MODIFIERS = normSet(WORDS.unnamedModifiers);
export const COMPLEMENTIZERS = normSet(WORDS.complementizers);
export const STOPWORDS = normSet(WORDS.stopwords);
export const TIME_WORDS = normSet(WORDS.timeWords);
export const STATEMENT_NOUNS = normSet(CUES.statementNouns);
export const EVENT_TRIGGERS = readJson('events.json') as EventTrigger[];
export const SECTORS = readJson('sectors.json') as SectorDef[];
export const RELATIVE_TIMES = readJson('times.json') as RelativeTime[];

export const EVENT_TRIE = newRoot();
for (const [i, t] of EVENT_TRIGGERS.entries()) for (const w of t.words) insert(EVENT_TRIE, w, String(i));
export const SECTOR_TRIE = newRoot();
for (const s of SECTORS) for (const term of s.terms) insert(SECTOR_TRIE, term, s.id);
export const TIME_TRIE = newRoot();
for (const [i, t] of RELATIVE_TIMES.entries()) insert(TIME_TRIE, t.phrase, String(i));
