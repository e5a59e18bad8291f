/**
 * Entities: actors and places from the gazetteer, from patterns (title + name, institution +
 * nisba adjective), and article-local coreference (a family name, a role such as
 * "الرئيس الديمقراطي" resolving to a person the article names).
 */
import {
  ACCUSATIVE_WORDS,
  BLOC_HEADS,
  BODIES,
  BODY_FIRST_WORDS,
  BODY_MAX_WORDS,
  GIVEN_NAMES,
  GROUP_NOUNS,
  NOT_GROUP_NOUNS,
  ORG_HEADS,
  PERSON_LINKS,
  PLACE_HEADS,
  PLACE_LIST_HEADS,
  type OrgHead,
} from './actor-lexicon.ts';
import {
  ADJECTIVE_OF,
  CUE_FORMS,
  DESCRIPTOR_NOUNS,
  GAZETTEER,
  INSTITUTION_HEADS,
  NAME_TRIE,
  ROLE_TRIE,
  STOPWORDS,
  TIME_WORDS,
  TITLES,
  TITLE_ADJECTIVES,
  COMPLEMENTIZERS,
  UNNAMED_HEADS,
  STATEMENT_NOUNS,
  VERBAL_NOUNS,
} from './lexicon.ts';
import { matchAll, matchAt, joinedBySpace } from './match.ts';
import { isArabicWord, normalizeArabic, surfacePrefixLength, tokenize, type Token, type Variant } from './normalize.ts';
import type { ActorKind, Span } from '../graph/document-graph.ts';

export interface ActorDraft {
  id: string;
  name: string;
  nameEn: string | null;
  kind: ActorKind;
  wikidataId: string | null;
  partOfIds: string[];
  mentions: Span[];
}

export interface PlaceDraft {
  id: string;
  name: string;
  nameEn: string | null;
  wikidataId: string | null;
  metonymFor: string | null;
  mentions: Span[];
}

/** A recognized mention, on token indices. */
export interface Hit {
  startTok: number;
  endTok: number;
  start: number;
  end: number;
  refId: string;
  type: 'actor' | 'place';
  /** Person recognized from title + name; the name part lets later family-name mentions corefer. */
  nameStartTok?: number;
}

export function slugify(s: string): string {
  return (
    normalizeArabic(s)
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'x'
  );
}

/**
 * A title with و/ف glued on ("والرئيس"): only that one letter comes off, so a word that merely starts
 * with و + ل is no conjunction + title ("ولاية" is no و + ل + آية).
 */
const titleAfterConjunction = (tok: Token) =>
  /^[وف]/.test(tok.norm) && tok.info.variants.some((v) => v.prefixLength === 1 && TITLES.has(v.form));
/**
 * A title with the article ("الوزير", "والمستشار") is the same title: the lexicon lists bare forms (and some
 * definite ones), and a definite title before a name reads like the bare one ("الوزير محمد الشامي").
 */
const DEFINITE_TITLE = /^[وف]?ال/;
const definiteTitle = (tok: Token) => DEFINITE_TITLE.test(tok.norm) && TITLES.has(tok.norm.replace(DEFINITE_TITLE, ''));
export const isTitle = (tok: Token) =>
  (tok.info.title ??= TITLES.has(tok.norm) || (tok.norm.length > 4 && titleAfterConjunction(tok)) || definiteTitle(tok));
export const isCueToken = (tok: Token) =>
  (tok.info.cueLike ??= tok.info.variants.some((v) => v.prefixLength <= 1 && CUE_FORMS.has(v.form)));
export const isTimeWord = (tok: Token) =>
  (tok.info.time ??= TIME_WORDS.has(tok.norm) || (/^[وف]/.test(tok.norm) && TIME_WORDS.has(tok.norm.slice(1))));
export const isStop = (tok: Token) =>
  (tok.info.stop ??=
    STOPWORDS.has(tok.norm) || COMPLEMENTIZERS.has(tok.norm) || (/^[وف]/.test(tok.norm) && STOPWORDS.has(tok.norm.slice(1))));

/** A word that can be part of a personal name: Arabic, not a function word, not a known common class. */
export const isNameToken = (tok: Token): boolean => (tok.info.name ??= computeIsName(tok));

/**
 * A word that continues a name already begun: a name word, but not ل fused with the article ("سامر الكبيسي
 * للصحفيين"), which is whom something was said to or a genitive. A source after وفقا/بحسب may still open with
 * one ("وفقا للوفد الأمريكي"), so this is no rule for a name's first word.
 */
export const continuesName = (tok: Token): boolean => isNameToken(tok) && !GLUED_LAM_ARTICLE.test(tok.norm);

/**
 * Name words that take a definite word as the rest of one name: عبد الرحمن، عبد العظيم، أبو الغيط، أبا الخيل
 * (the corpus writes عبد + a definite word 2,685 times, أبو/أبا + a definite word 238 times).
 */
const COMPOUND_NAME_HEADS = new Set(['عبد', 'ابو', 'ابا']);

/** The end of a compound name part at token k ("عبد العزيز" → k + 2), or k when none starts there. */
export function compoundNameEnd(text: string, tokens: Token[], k: number, limit: number): number {
  const head = tokens[k];
  const rest = tokens[k + 1];
  if (!head || !rest || k + 1 >= limit || !COMPOUND_NAME_HEADS.has(head.norm) || !joinedBySpace(text, head, rest)) return k;
  if (!/^ال[\u0621-\u064a]{2,}$/.test(rest.norm) || isStop(rest) || isTimeWord(rest) || isTitle(rest) || adjectiveCountry(rest)) return k;
  return k + 2;
}

/**
 * The given name علي written with ي: normalization makes it the preposition على, which the outlets
 * write with ى (corpus: على 92,471 times, علي 1,404, in all six outlets, mostly in names: بن علي، محمد علي).
 * Some texts write the preposition so too, so it is read as a name only inside a name: after a first
 * name, or after a title when another name word follows.
 */
const WRITTEN_ALI = /^[وف]?علي$/;
export const isWrittenAli = (tok: Token) => WRITTEN_ALI.test(tok.text.replace(/[\u064b-\u0652\u0640]/g, ''));

/** لل + a word: the preposition ل fused with the article (للوزارة = ل + الوزارة). */
const GLUED_LAM_ARTICLE = /^لل[\u0621-\u064a]{2,}/;

/**
 * ل + an object pronoun. لي is left out: it is also a common Chinese and Korean family name (لي كه تشيانغ),
 * and after a verb the statement rules already read it as a dative (DATIVE_PRONOUNS).
 */
const DATIVE_PRONOUN = /^[وف]?ل(?:ك|ه|ها|نا|كم|كما|هم|هما|هن|كن)$/;

function computeIsName(tok: Token): boolean {
  const n = tok.norm;
  if (!isArabicWord(n) || n.length < 2) return false;
  if (n.startsWith('ال') && n !== 'الله') return false;
  if (isStop(tok) || isTitle(tok) || isCueToken(tok) || isTimeWord(tok)) return false;
  if (INSTITUTION_HEADS.has(n) || DESCRIPTOR_NOUNS.has(n) || UNNAMED_HEADS.has(n) || STATEMENT_NOUNS.has(n)) return false;
  if (/^(?:و|ف|ب|ل|ك)ال/.test(n)) return false;
  // An adverb or indefinite accusative with its tanwin dropped ("أوضحت له تماما أن") is no name. A
  // title's dual in construct is spelled the same ("وزيرا خارجية البلدين") and stays with the title rules.
  if (ACCUSATIVE_WORDS.has(n) && !NAME_TRIE.next.has(n) && !TITLES.has(n.slice(0, -1))) return false;
  // ل with an attached pronoun ("لنا", "لهم", "لكم") is whom something was said to, never a name.
  if (DATIVE_PRONOUN.test(n)) return false;
  // Adverbial participles (حال) such as مخاطبا، متحدثا، معربا describe the speaker; they are not names.
  if (/^م[^اوي][\u0621-\u064a]{2,}ا$/.test(n) && !NAME_TRIE.next.has(n)) return false;
  // Verbs in the imperfect (يـ/تـ + 3 letters or more) are rarely names in news prose.
  if (/^[يت][^ا]{3,}$/.test(n) && !NAME_TRIE.next.has(n)) return false;
  return true;
}

export const adjectiveCountry = (tok: Token): string | null => {
  const memo = tok.info.adjective;
  if (memo !== undefined) return memo;
  let found: string | null = null;
  for (const v of tok.info.variants) {
    const id = ADJECTIVE_OF.get(v.form);
    if (id) {
      found = id;
      break;
    }
  }
  tok.info.adjective = found;
  return found;
};

/** Nouns that, with a nisba adjective, name the country as a party (not an institution of it). */
const COUNTRY_NOUNS = new Set(['الجانب', 'الطرف', 'الادارات', 'الحكومات', 'الجهات', 'الدوائر', 'الاوساط']);

const INSTITUTION_SLUGS: Record<string, string> = {
  الحكومه: 'government',
  حكومه: 'government',
  الجيش: 'army',
  جيش: 'army',
  السلطات: 'authorities',
  سلطات: 'authorities',
  الرياسه: 'presidency',
  الشرطه: 'police',
  البرلمان: 'parliament',
  القوات: 'forces',
  قوات: 'forces',
  الخارجيه: 'foreign-ministry',
  الداخليه: 'interior-ministry',
  الدفاع: 'defense-ministry',
  المخابرات: 'intelligence',
  الاستخبارات: 'intelligence',
  السفاره: 'embassy',
  القضاء: 'judiciary',
  النيابه: 'prosecution',
  البحريه: 'navy',
  المعارضه: 'opposition',
  الاداره: 'administration',
};

/** Everything the article says about who and where, built incrementally. */
export class EntityIndex {
  readonly actors = new Map<string, ActorDraft>();
  readonly places = new Map<string, PlaceDraft>();
  readonly hits: Hit[] = [];
  /** Normalized family names and full names of persons the article introduced → actor id. */
  readonly localAliases = new Map<string, string>();
  /** Normalized names of places the article introduced with a head noun ("مدينة زبيد" → زبيد) → place id. */
  readonly localPlaces = new Map<string, string>();
  /**
   * Title phrases of two words or more the article wrote before a person's name ("الرئيس اليمني" in
   * "الرئيس اليمني، عبدربه منصور هادي"), normalized → that person's id; null when two persons share one.
   */
  readonly titleAliases = new Map<string, string | null>();
  private unnamedCount = 0;
  /** Mentions already recorded, per target id: start * 65536 + length (numbers, not strings: big articles have millions). */
  private mentionKeys = new Map<string, Set<number>>();

  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly articleSlug: string,
  ) {}

  span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }

  ensureGazetteerActor(id: string): ActorDraft | null {
    const existing = this.actors.get(id);
    if (existing) return existing;
    const e = GAZETTEER.get(id);
    if (!e || e.type !== 'actor') return null;
    const draft: ActorDraft = {
      id,
      name: e.name,
      nameEn: e.nameEn ?? null,
      kind: e.kind ?? 'ORGANIZATION',
      wikidataId: e.wikidataId ?? null,
      partOfIds: [...(e.partOf ?? [])],
      mentions: [],
    };
    this.actors.set(id, draft);
    for (const parent of draft.partOfIds) this.ensureGazetteerActor(parent);
    return draft;
  }

  ensurePlace(id: string): PlaceDraft | null {
    const existing = this.places.get(id);
    if (existing) return existing;
    const e = GAZETTEER.get(id);
    if (!e || e.type !== 'place') return null;
    const draft: PlaceDraft = {
      id,
      name: e.name,
      nameEn: e.nameEn ?? null,
      wikidataId: e.wikidataId ?? null,
      metonymFor: e.metonymFor ?? null,
      mentions: [],
    };
    this.places.set(id, draft);
    return draft;
  }

  ensureActor(id: string, name: string, kind: ActorKind, partOfIds: string[] = []): ActorDraft {
    const existing = this.actors.get(id);
    if (existing) return existing;
    // "للوزارة", "للجيش": the ل of a first mention after a preposition is no part of the actor's name.
    const written = GLUED_LAM_ARTICLE.test(name) ? `ال${name.slice(2)}` : name;
    const draft: ActorDraft = { id, name: written, nameEn: null, kind, wikidataId: null, partOfIds: [], mentions: [] };
    this.actors.set(id, draft);
    for (const p of partOfIds) if (this.ensureGazetteerActor(p) || this.actors.has(p)) draft.partOfIds.push(p);
    return draft;
  }

  newUnnamed(name: string, partOfIds: string[]): ActorDraft {
    this.unnamedCount++;
    return this.ensureActor(`actor:unnamed:${this.articleSlug}:${this.unnamedCount}`, name, 'UNNAMED', partOfIds);
  }

  addMention(id: string, start: number, end: number) {
    const target = this.actors.get(id) ?? this.places.get(id);
    if (!target || end <= start) return;
    let seen = this.mentionKeys.get(id);
    if (!seen) {
      seen = new Set();
      this.mentionKeys.set(id, seen);
    }
    const key = start * 65536 + Math.min(end - start, 65535);
    if (seen.has(key) && (end - start < 65535 || target.mentions.some((m) => m.start === start && m.end === end))) return;
    seen.add(key);
    target.mentions.push(this.span(start, end));
  }

  private owner: Int32Array | null = null;
  private store: (Hit | null)[] = [];
  private byStart: (Hit | undefined)[] = [];
  private byEnd: (Hit | undefined)[] = [];

  /** Hits covering a token range, in order. */
  hitsIn(startTok: number, endTok: number): Hit[] {
    const out: Hit[] = [];
    for (let t = startTok; t < endTok; t++) {
      const h = this.byStart[t];
      if (h && h.endTok <= endTok) out.push(h);
    }
    return out;
  }

  hitEndingAt(endTok: number): Hit | undefined {
    return endTok >= 0 ? this.byEnd[endTok] : undefined;
  }
  hitStartingAt(startTok: number): Hit | undefined {
    return startTok >= 0 ? this.byStart[startTok] : undefined;
  }
  covered(tok: number): boolean {
    return (this.owner?.[tok] ?? -1) >= 0;
  }
  /** The hit covering a token while hits are still being added (before finish()). */
  coveringHit(tok: number): Hit | null {
    const o = this.owner?.[tok] ?? -1;
    return o >= 0 ? (this.store[o] ?? null) : null;
  }
  /** Hits added so far, in no particular order (before finish()). */
  currentHits(): Hit[] {
    return this.store.filter((h): h is Hit => h !== null);
  }
  ensurePlaceDraft(id: string, name: string): PlaceDraft {
    const existing = this.places.get(id);
    if (existing) return existing;
    const draft: PlaceDraft = { id, name, nameEn: null, wikidataId: null, metonymFor: null, mentions: [] };
    this.places.set(id, draft);
    return draft;
  }

  addHit(hit: Hit) {
    const owner = (this.owner ??= new Int32Array(this.tokens.length).fill(-1));
    // A longer hit over the same words wins; shorter overlapping hits are dropped.
    const rivals: number[] = [];
    for (let t = hit.startTok; t < hit.endTok; t++) {
      const o = owner[t] ?? -1;
      if (o >= 0 && !rivals.includes(o)) rivals.push(o);
    }
    for (const r of rivals) {
      const h = this.store[r];
      if (h && h.endTok - h.startTok >= hit.endTok - hit.startTok) return;
    }
    for (const r of rivals) {
      const h = this.store[r];
      if (!h) continue;
      for (let t = h.startTok; t < h.endTok; t++) owner[t] = -1;
      this.store[r] = null;
    }
    const slot = this.store.length;
    this.store.push(hit);
    for (let t = hit.startTok; t < hit.endTok; t++) owner[t] = slot;
    this.addMention(hit.refId, hit.start, hit.end);
  }

  /** Freezes the hit list (sorted) and its lookup tables. */
  finish() {
    this.hits.length = 0;
    for (const h of this.store) if (h) this.hits.push(h);
    this.hits.sort((a, b) => a.startTok - b.startTok);
    this.byStart = new Array<Hit | undefined>(this.tokens.length + 1).fill(undefined);
    this.byEnd = new Array<Hit | undefined>(this.tokens.length + 1).fill(undefined);
    for (const h of this.hits) {
      this.byStart[h.startTok] = h;
      this.byEnd[h.endTok] = h;
    }
  }
}

/**
 * A family name with the article, after the name word `prev`: a nisba ("محمد الشامي", "علي العبيدي"), or any
 * definite word right after a known first name ("سمير الحداد"). A country's nisba after a name is an adjective.
 */
function isFamilyName(tok: Token, prev: Token): boolean {
  return (
    tok.norm.startsWith('ال') &&
    (NISBA_FAMILY_NAME.test(tok.norm) || GIVEN_NAMES.has(prev.norm)) &&
    tok.norm !== 'الله' &&
    tok.norm !== 'الدين' &&
    !adjectiveCountry(tok) &&
    !isTimeWord(tok) &&
    !isStop(tok) &&
    !isTitle(tok)
  );
}

/** Tanween of the accusative written on a word ("وفداً", "بياناً"). */
const ACCUSATIVE_TANWEEN = /\u064b/;
/** A word of three or four letters and the alif of the indefinite accusative ("وفدا", "دعما"). */
const SHORT_ACCUSATIVE = /^[^ا]{3,4}ا$/;
/** A definite nisba (ال + stem + ي): as the last word of a personal name, a family name. */
const NISBA_FAMILY_NAME = /^ال[\u0621-\u064a]{2,}ي$/;

/**
 * The kind of the gazetteer name glued to the ل of token j ("لسوريا", "لبي بي سي"), or null when the token is
 * no ل + a known name. لل is left out: it is the article's ل, read as a definite genitive elsewhere.
 */
function gluedKnownName(text: string, tokens: Token[], j: number): string | null {
  const tok = tokens[j];
  if (!tok || !tok.norm.startsWith('ل') || tok.norm.startsWith('لل')) return null;
  const m = matchAt(text, tokens, j, NAME_TRIE);
  if (!m || m.start <= tok.start) return null;
  return GAZETTEER.get(m.ids[0] ?? '')?.kind ?? 'OTHER';
}

/** A gazetteer actor that is no person: an organization, a government body, a medium, a group. */
function isKnownBody(id: string): boolean {
  const e = GAZETTEER.get(id);
  return e?.type === 'actor' && e.kind !== undefined && e.kind !== 'PERSON' && e.kind !== 'COUNTRY';
}

/**
 * Reads a title phrase followed by a personal name, starting at a title token:
 * "وزير الخارجية الفرنسي جان إيف لودريان", "الرئيس التركي، رجب طيب أردوغان".
 * Returns the token range of the whole phrase and of the name, or null.
 */
export function readTitledName(text: string, tokens: Token[], i: number, limit: number): { endTok: number; nameStartTok: number } | null {
  const first = tokens[i];
  if (!first || !isTitle(first)) return null;
  let j = i + 1;
  while (j < limit && j - i < 12) {
    const tok = tokens[j];
    const prev = tokens[j - 1];
    if (!tok || !prev) break;
    const gap = text.slice(prev.end, tok.start);
    const commaGap = /^\s*[،,]\s*$/.test(gap);
    if (!/^\s+$/.test(gap) && !commaGap) break;
    // After a comma only the name (or nothing) may follow.
    if (commaGap) break;
    const n = tok.norm;
    // "مبعوث الأمم المتحدة في ليبيا غسان سلامة": a known name after في/لدى/باسم belongs to the title
    // phrase whole; the person's name comes after it, never inside it.
    const inner = n === 'في' || n === 'لدي' || n === 'باسم' ? matchAt(text, tokens, j + 1, NAME_TRIE) : null;
    if (inner && inner.startTok === j + 1 && inner.endTok <= limit) {
      j = inner.endTok;
      continue;
    }
    // "مراسل بي بي سي جوناثان ماركوس", "مراسل رويترز أندرو هاموند": a known body's name right after an
    // indefinite title is its genitive (the outlet's correspondent); the holder's name starts after it.
    const body = j === i + 1 && !first.norm.startsWith('ال') ? matchAt(text, tokens, j, NAME_TRIE) : null;
    if (body && body.startTok === j && body.endTok < limit && body.ids.length > 0 && body.ids.every(isKnownBody)) {
      j = body.endTok;
      continue;
    }
    // "المبعوث الأممي لسوريا": ل + a known place or body completes the title; ل + an outlet is whom the
    // title's holder spoke to ("قال الرئيس لبي بي سي"), and the title phrase ends before it.
    const glued = gluedKnownName(text, tokens, j);
    if (glued === 'MEDIA') break;
    // "رئيس أركان الجيش": a second construct noun between an indefinite title and its definite genitive.
    const after = tokens[j + 1];
    const secondConstruct =
      j === i + 1 &&
      !first.norm.startsWith('ال') &&
      after !== undefined &&
      j + 1 < limit &&
      joinedBySpace(text, tok, after) &&
      after.norm.startsWith('ال') &&
      !isNisbaFamilyName(after) &&
      !isTimeWord(after) &&
      !isStop(after) &&
      !GIVEN_NAMES.has(n) &&
      matchAt(text, tokens, j, NAME_TRIE) === null &&
      /^[\u0621-\u064a]{3,}$/.test(n) &&
      !/^[وفلب]/.test(n) &&
      !/ي$/.test(n) &&
      !isStop(tok) &&
      !isTimeWord(tok) &&
      !isCueToken(tok);
    // "مبعوث خاص", "وزير سابق": an indefinite title's adjective is written without the article; it is no name.
    const indefiniteTitleAdjective = j === i + 1 && !first.norm.startsWith('ال') && TITLE_ADJECTIVES.has(`ال${n}`);
    const continues =
      secondConstruct ||
      indefiniteTitleAdjective ||
      glued !== null ||
      isTitle(tok) ||
      DESCRIPTOR_NOUNS.has(n) ||
      INSTITUTION_HEADS.has(n) ||
      adjectiveCountry(tok) !== null ||
      (n.startsWith('ال') && !isTimeWord(tok) && !isStop(tok)) ||
      /^(?:لل|وال)/.test(n) ||
      ((n === 'في' || n === 'لدي' || n === 'باسم') &&
        (tokens[j + 1]?.norm.startsWith('ال') || matchAt(text, tokens, j + 1, NAME_TRIE) !== null)) ||
      (matchAt(text, tokens, j, NAME_TRIE) !== null && !isNameToken(tok));
    if (!continues) break;
    // "لحركة حماس": the known name behind the glued ل is read whole, so the holder's name starts after it.
    const gluedName = glued !== null ? matchAt(text, tokens, j, NAME_TRIE) : null;
    j = gluedName && gluedName.endTok > j + 1 && gluedName.endTok <= limit ? gluedName.endTok : j + 1;
  }
  // The name starts where the title phrase stopped; a comma there is allowed by the gap check below.
  let k = j;
  const nameStart = k;
  // A known name behind a glued ل is an addressee or a complement, never the titled person's name.
  if (gluedKnownName(text, tokens, nameStart) !== null) return null;
  // "انتقد رئيس الوزراء قرار المحكمة": a word that is no known first name, followed by a definite noun that is
  // no nisba family name, is a noun in construct with its genitive, the verb's object rather than a name.
  const opener = tokens[nameStart];
  const genitive = tokens[nameStart + 1];
  // "التقى الرئيس وفدا من …": an indefinite noun in the accusative (its tanween written, or a short word
  // ending in that alif) is the verb's object, not a name.
  if (
    opener &&
    (ACCUSATIVE_TANWEEN.test(opener.text) ||
      // A name ending so goes on with another name word ("بينا نييتو"); an object with a particle or its
      // adjective in the same case ("وفدا من", "وفدا رفيعا").
      (SHORT_ACCUSATIVE.test(opener.norm) &&
        !GIVEN_NAMES.has(opener.norm) &&
        !(genitive && isNameToken(genitive) && !genitive.norm.endsWith('ا')))) &&
    matchAt(text, tokens, nameStart, NAME_TRIE) === null
  )
    return null;
  // A title the article made definite ("الوزير حرص بلاده على …") is mostly followed by the verb's object:
  // only a known first name or a gazetteer name opens a name after it ("الوزير سمير الحداد").
  if (
    opener &&
    !TITLES.has(first.norm) &&
    !titleAfterConjunction(first) &&
    !GIVEN_NAMES.has(opener.norm) &&
    matchAt(text, tokens, nameStart, NAME_TRIE) === null
  )
    return null;
  if (
    opener &&
    genitive &&
    nameStart + 1 < limit &&
    /^\s+$/.test(text.slice(opener.end, genitive.start)) &&
    genitive.norm.startsWith('ال') &&
    !NISBA_FAMILY_NAME.test(genitive.norm) &&
    !isTimeWord(genitive) &&
    !isStop(genitive) &&
    !GIVEN_NAMES.has(opener.norm) &&
    !isWrittenAli(opener) &&
    matchAt(text, tokens, nameStart, NAME_TRIE) === null
  )
    return null;
  while (k < limit && k - nameStart < 4) {
    const tok = tokens[k];
    const prev = tokens[k - 1];
    if (!tok || !prev) break;
    const gap = text.slice(prev.end, tok.start);
    if (k > nameStart && !/^\s+$/.test(gap)) break;
    if (k === nameStart && !/^\s*[،,]?\s*$/.test(gap)) break;
    // A family name with the article ends the name: a nisba ("محمد الشامي", "علي العبيدي"), or any definite
    // word right after a known first name ("سمير الحداد"). A country's nisba after a name is an adjective.
    if (k > nameStart && isFamilyName(tok, prev)) {
      k++;
      break;
    }
    // Compound names: عبد الله، نور الدين.
    const after = tokens[k + 1];
    const ali = isWrittenAli(tok) && (k > nameStart || (after !== undefined && (isNameToken(after) || isNisbaFamilyName(after))));
    const compound = compoundNameEnd(text, tokens, k, limit);
    if (compound > k) {
      k = compound;
      continue;
    }
    if (
      !ali &&
      !(k > nameStart ? continuesName(tok) : isNameToken(tok)) &&
      !(k > nameStart && (tok.norm === 'الله' || tok.norm === 'الدين'))
    )
      break;
    // ل + a known name after the name ("والد كامبل لبي بي سي", "قال السفير X لسوريا") is whom it was said to or
    // a complement, not the name's next word.
    if (k > nameStart && gluedKnownName(text, tokens, k) !== null) break;
    // The head of a place or an organization opens another name ("زار الرئيس ولاية X").
    if (isHeadWord(tok)) break;
    // A noun with an object pronoun is no name word; right after one word, that word is a verbal
    // noun in construct with it ("وأكد الوزير حرص بلاده على …"), and no name follows the title.
    if (hasSurfacePronoun(tok)) {
      // نفسه، ذاته after a name stress it ("الرئيس ماكرون نفسه").
      if (k === nameStart + 1 && !REFLEXIVE.test(tok.norm)) return null;
      break;
    }
    k++;
  }
  // A nisba family name with the article closes the name ("الوزير خالد العنزي", "الشيخ علي الصلابي").
  const family = tokens[k];
  const beforeFamily = tokens[k - 1];
  if (k > nameStart && k < limit && family && beforeFamily && joinedBySpace(text, beforeFamily, family) && isNisbaFamilyName(family)) k++;
  if (k === nameStart) return null;
  return { endTok: k, nameStartTok: nameStart };
}

/** First pass over the whole article: gazetteer names, titled persons, institutions, then local coreference. */
export function recognizeEntities(index: EntityIndex) {
  const { text, tokens } = index;
  for (const m of matchAll(text, tokens, NAME_TRIE)) {
    const id = m.ids[0];
    if (!id) continue;
    const entry = GAZETTEER.get(id);
    if (!entry) continue;
    if (entry.type === 'place') index.ensurePlace(id);
    else index.ensureGazetteerActor(id);
    index.addHit({ startTok: m.startTok, endTok: m.endTok, start: m.start, end: m.end, refId: id, type: entry.type });
  }
  // Titled persons not in the gazetteer (and titled mentions of known ones, to widen their mentions).
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok || !isTitle(tok)) continue;
    const read = readTitledName(text, tokens, i, tokens.length);
    if (!read) continue;
    // "فؤاد حمدان، وزير المالية اللبناني، وجود عجز": a title between commas after a name is that name's
    // apposition, and what follows the second comma is the rest of the clause, not another name.
    const beforeTitle = tokens[i - 1];
    const beforeName = tokens[read.nameStartTok - 1];
    const nameTok = tokens[read.nameStartTok];
    if (
      beforeTitle &&
      beforeName &&
      nameTok &&
      isNameToken(beforeTitle) &&
      /^\s*[،,]\s*$/.test(text.slice(beforeTitle.end, tok.start)) &&
      /[،,]/.test(text.slice(beforeName.end, nameTok.start)) &&
      matchAt(text, tokens, read.nameStartTok, NAME_TRIE) === null
    )
      continue;
    // A gazetteer person opens the name: the name ends with it ("الرئيس الأمريكي جو بايدن فرض رسوم …").
    const opening = matchAt(text, tokens, read.nameStartTok, NAME_TRIE);
    if (
      opening &&
      opening.startTok === read.nameStartTok &&
      opening.endTok < read.endTok &&
      opening.endTok > read.nameStartTok &&
      GAZETTEER.get(opening.ids[0] ?? '')?.kind === 'PERSON'
    )
      read.endTok = opening.endTok;
    const nameToks = tokens.slice(read.nameStartTok, read.endTok);
    const firstName = nameToks[0];
    const lastName = nameToks[nameToks.length - 1];
    if (!firstName || !lastName) continue;
    const nameNorm = nameToks.map((t) => t.norm).join(' ');
    const known = matchAt(text, tokens, read.nameStartTok, NAME_TRIE);
    let id: string;
    if (known && known.endTok >= read.endTok - 1 && GAZETTEER.get(known.ids[0] ?? '')?.kind === 'PERSON') {
      id = known.ids[0] ?? '';
    } else if (index.localAliases.has(nameNorm)) {
      id = index.localAliases.get(nameNorm) ?? '';
    } else {
      id = `actor:${slugify(nameNorm)}`;
      const country =
        tokens
          .slice(i, read.nameStartTok)
          .map(adjectiveCountry)
          .find((c) => c !== null) ?? null;
      index.ensureActor(id, text.slice(firstName.start, lastName.end), 'PERSON', country ? [country] : []);
    }
    if (!id) continue;
    index.addHit({
      startTok: i,
      endTok: read.endTok,
      start: tok.start,
      end: lastName.end,
      refId: id,
      type: 'actor',
      nameStartTok: read.nameStartTok,
    });
    index.addMention(id, firstName.start, lastName.end);
    index.localAliases.set(nameNorm, id);
    if (nameToks.length > 1 && lastName.norm.length >= 3) index.localAliases.set(lastName.norm, id);
    // "أبو الغيط" after "أحمد أبو الغيط": a compound family name is one alias.
    if (nameToks.length > 2 && compoundNameEnd(text, tokens, read.endTok - 2, read.endTok) === read.endTok)
      index.localAliases.set(`${nameToks[nameToks.length - 2]?.norm} ${lastName.norm}`, id);
    addTitleAlias(index, tokens.slice(i, read.nameStartTok), id);
    i = read.endTok - 1;
  }
  // A generic side or government noun with a nisba adjective stands for the country itself:
  // "الجانب الروسي", "الطرف الإيراني", "الإدارات الأمريكية" (plural, not one administration).
  for (let i = 0; i + 1 < tokens.length; i++) {
    const tok = tokens[i];
    const adj = tokens[i + 1];
    if (!tok || !adj || index.covered(i) || index.covered(i + 1) || !joinedBySpace(text, tok, adj)) continue;
    const v = countryNounOf(tok);
    if (!v) continue;
    const country = adjectiveCountry(adj);
    if (!country || !index.ensureGazetteerActor(country)) continue;
    const start = v.prefixLength ? tok.start + v.prefixLength : tok.start;
    index.addHit({ startTok: i, endTok: i + 2, start, end: adj.end, refId: country, type: 'actor' });
    i++;
  }
  // Institutions with a nisba adjective: "الحكومة البريطانية", "وزارة الخارجية الإيرانية".
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    const head =
      tok.info.institutionHead !== undefined
        ? tok.info.institutionHead
        : (tok.info.institutionHead = tok.info.variants.find((v) => INSTITUTION_HEADS.has(v.form) && v.prefixLength <= 1) ?? null);
    if (!head) continue;
    let j = i + 1;
    let country: string | null = null;
    while (j < tokens.length && j - i <= 4) {
      const t = tokens[j];
      const p = tokens[j - 1];
      if (!t || !p || !joinedBySpace(text, p, t)) break;
      country = adjectiveCountry(t);
      if (country) {
        j++;
        break;
      }
      if (!(t.norm.startsWith('ال') || DESCRIPTOR_NOUNS.has(t.norm) || INSTITUTION_HEADS.has(t.norm))) break;
      j++;
    }
    if (!country) continue;
    const end = tokens[j - 1];
    if (!end) continue;
    if (index.covered(i) && index.covered(j - 1)) continue;
    const kindSlug =
      INSTITUTION_SLUGS[head.form] ??
      slugify(
        tokens
          .slice(i, j - 1)
          .map((t) => t.norm)
          .join(' ')
          .replace(/^[وف]/, ''),
      );
    const countrySlug = country.replace(/^actor:/, '');
    const id = `actor:${countrySlug}-${kindSlug}`;
    const start = head.prefixLength ? tok.start + 1 : tok.start;
    index.ensureActor(id, text.slice(start, end.end), 'GOVERNMENT', [country]);
    index.addHit({ startTok: i, endTok: j, start, end: end.end, refId: id, type: 'actor' });
    i = j - 1;
  }
  recognizePatterns(index);
  // "مولود جاويش أوغلو، وزير الخارجية التركي،": a title phrase in apposition after a person's name names them too.
  for (const h of index.currentHits()) {
    if (h.type !== 'actor' || index.actors.get(h.refId)?.kind !== 'PERSON') continue;
    const words = appositionTitle(index, h.endTok);
    if (words) addTitleAlias(index, words, h.refId);
  }
  // Coreference: family names of persons introduced anywhere, and dated roles of gazetteer persons the article names.
  const namedPersons = new Set([...index.actors.values()].filter((a) => a.kind === 'PERSON').map((a) => a.id));
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    if (index.covered(i)) continue;
    const titled = titleAliasAt(index, i);
    if (titled) {
      index.addHit(titled);
      index.addMention(titled.refId, titled.start, titled.end);
      i = titled.endTok - 1;
      continue;
    }
    const role = matchAt(text, tokens, i, ROLE_TRIE);
    const roleId = role?.ids.find((id) => namedPersons.has(id));
    if (role && roleId) {
      index.addHit({ startTok: i, endTok: role.endTok, start: role.start, end: role.end, refId: roleId, type: 'actor' });
      i = role.endTok - 1;
      continue;
    }
    for (const v of tok.info.variants) {
      const id = index.localAliases.get(v.form);
      const placeId = id ? undefined : index.localPlaces.get(v.form);
      if ((id || placeId) && v.prefixLength <= 1) {
        const start = v.prefixLength ? tok.start + 1 : tok.start;
        index.addHit({ startTok: i, endTok: i + 1, start, end: tok.end, refId: id ?? placeId ?? '', type: id ? 'actor' : 'place' });
        break;
      }
    }
  }
  index.finish();
}

/** A title alone ("الرئيس") may be anyone's; with its complement ("الرئيس اليمني") it names one person in an article. */
const MIN_TITLE_ALIAS_WORDS = 2;
/** Longer title phrases are not repeated word for word. */
const MAX_TITLE_ALIAS_WORDS = 6;

/** A title phrase's key: its normalized words, the first without و/ف ("وأكد الرئيس" and "والرئيس" alike). */
export const titleKey = (words: Token[]) => words.map((t, n) => (n === 0 ? t.norm.replace(/^[وف](?=ال)/, '') : t.norm)).join(' ');

/** Words that tie a title to what it is the title of ("باسم", "في", "لدى"). */
const TITLE_COMPLEMENT_LINKS = new Set(['باسم', 'في', 'لدي']);
/** A name of this many words or more may be a name even when no word of it is a known first name. */
const MIN_UNKNOWN_ALIAS_NAME_WORDS = 2;

/**
 * Whether a person's id and name are sure enough to take a title's later mentions: a gazetteer person
 * (ASCII id), a name opening with a known first name, or one of two words or more none of which is a
 * verbal noun. A title read before words that are no name ("السفير الروسي بعيد إعلان …") must not spread
 * to every later "السفير الروسي".
 */
export function sureName(index: EntityIndex, id: string): boolean {
  if (/^actor:[a-z0-9-]+$/.test(id)) return true;
  const words = (index.actors.get(id)?.name.split(/\s+/) ?? []).map(normalizeArabic);
  if (GIVEN_NAMES.has(words[0] ?? '')) return true;
  return words.length >= MIN_UNKNOWN_ALIAS_NAME_WORDS && !words.some((w) => VERBAL_NOUNS.has(w) || STATEMENT_NOUNS.has(w));
}

/** Records a title phrase written with one person's name; a phrase two persons share names neither. */
export function addTitleAlias(index: EntityIndex, words: Token[], id: string) {
  if (words.length < MIN_TITLE_ALIAS_WORDS || words.length > MAX_TITLE_ALIAS_WORDS || !sureName(index, id)) return;
  const key = titleKey(words);
  const prior = index.titleAliases.get(key);
  index.titleAliases.set(key, prior === undefined || prior === id ? id : null);
}

/**
 * The title phrase in apposition right after a name ending at token e ("، وزير الخارجية التركي،", "رئيس
 * وزراء قطر السابق، "): a title and its complements, closed by punctuation, a complementizer or the end.
 * Null when none is there or it runs on into the clause.
 */
function appositionTitle(index: EntityIndex, e: number): Token[] | null {
  const { text, tokens } = index;
  const first = tokens[e];
  const prev = tokens[e - 1];
  if (!first || !prev || !isTitle(first) || !/^\s*[،,]?\s*$/.test(text.slice(prev.end, first.start))) return null;
  let j = e + 1;
  while (j < tokens.length && j - e < MAX_TITLE_ALIAS_WORDS) {
    const t = tokens[j] as Token;
    if (!joinedBySpace(text, tokens[j - 1] as Token, t)) break;
    const n = t.norm;
    const continues =
      isTitle(t) ||
      adjectiveCountry(t) !== null ||
      n === 'باسم' ||
      /^لل/.test(n) ||
      INSTITUTION_HEADS.has(n) ||
      (n.startsWith('ال') && !isTimeWord(t) && !isStop(t) && !isCueToken(t));
    if (!continues) break;
    j++;
  }
  const next = tokens[j];
  const last = tokens[j - 1] as Token;
  const closed = !next || /[^\s]/.test(text.slice(last.end, next.start)) || COMPLEMENTIZERS.has(next.norm);
  return closed ? tokens.slice(e, j) : null;
}

/**
 * "وأكد الرئيس اليمني أن …" after "الرئيس اليمني، عبدربه منصور هادي": the title phrase the article wrote
 * before one person's name, repeated without a name, is that person. Not when the phrase goes on (a
 * definite word: "الرئيس اليمني السابق" is someone else) or sits in construct after another title or head
 * ("مستشار الرئيس اليمني" is the adviser).
 */
function titleAliasAt(index: EntityIndex, i: number): Hit | null {
  if (!index.titleAliases.size) return null;
  const { text, tokens } = index;
  const first = tokens[i];
  if (!first || !isTitle(first)) return null;
  const before = tokens[i - 1];
  if (
    before &&
    joinedBySpace(text, before, first) &&
    (isTitle(before) || INSTITUTION_HEADS.has(before.norm) || DESCRIPTOR_NOUNS.has(before.norm))
  )
    return null;
  for (let len = Math.min(MAX_TITLE_ALIAS_WORDS, tokens.length - i); len >= MIN_TITLE_ALIAS_WORDS; len--) {
    const words = tokens.slice(i, i + len);
    let joined = true;
    for (let n = 1; n < words.length && joined; n++) joined = joinedBySpace(text, words[n - 1] as Token, words[n] as Token);
    if (!joined) continue;
    const id = index.titleAliases.get(titleKey(words));
    if (!id) continue;
    const next = tokens[i + len];
    const last = words[words.length - 1] as Token;
    // "المتحدث الرسمي باسم وزارة البترول", "السفير الروسي لدى لندن": the title goes on with its complement.
    if (
      next &&
      joinedBySpace(text, last, next) &&
      (((next.norm.startsWith('ال') || adjectiveCountry(next) || isNameToken(next)) && !isStop(next) && !isTimeWord(next)) ||
        TITLE_COMPLEMENT_LINKS.has(next.norm) ||
        GLUED_LAM_ARTICLE.test(next.norm))
    )
      return null;
    const start = /^[وف]ال/.test(first.norm) ? first.start + 1 : first.start;
    return { startTok: i, endTok: i + len, start, end: last.end, refId: id, type: 'actor' };
  }
  return null;
}

/** Longest genitive chain read after an organization head ("الهيئة الاقتصادية العامة لمنطقة قناة السويس"). */
const CHAIN_MAX_WORDS = 6;
/** Proper-name words right after an indefinite head ("شركة يو بي إس", "حركة النهضة" has none). */
const CHAIN_MAX_NAME_WORDS = 3;
/** Words of a place name after its head ("مدينة زبيد", "منطقة عقبة طلان"). */
const PLACE_MAX_NAME_WORDS = 2;
/** Words after a given name ("محمد بن سلمان", "توكل كرمان"). */
const PERSON_MAX_NAME_WORDS = 3;
/** A name in apposition before its title has two or three words (one word is too often something else). */
const APPOSED_MIN_NAME_WORDS = 2;
const APPOSED_MAX_NAME_WORDS = 3;
/** Adjectives after a group noun or a bloc head ("المسلحين الأكراد", "الدول الغربية الكبرى"). */
const GROUP_MAX_ADJECTIVES = 2;
/** Proclitics a head may carry (و، ف، ب، ل and two of them: وبـ، ولـ). */
const HEAD_MAX_PREFIX = 2;

const QUOTE_GAP = /^\s*["“”«»']\s*$/;

const ALEF = 0x627;
const LAM = 0x644;
/** The first `prefixLength` letters of `norm` end with the article ال (without slicing: this runs for every variant of every token). */
const prefixEndsWithArticle = (norm: string, prefixLength: number) =>
  prefixLength >= 2 && norm.charCodeAt(prefixLength - 2) === ALEF && norm.charCodeAt(prefixLength - 1) === LAM;

const isPlaceListHead = (form: string) => PLACE_LIST_HEADS.has(form);
/** A plural place head (variantIn), memoized on the word: the pass asks it of every token. */
const isPlaceListHeadWord = (tok: Token) => (tok.info.placeListHead ??= variantIn(tok, isPlaceListHead) !== null);

/** The variant of a word that is a generic side or government noun (الجانب، الطرف) with at most one proclitic, memoized on the word. */
function countryNounOf(tok: Token): Variant | null {
  const memo = tok.info.countryNoun;
  if (memo !== undefined) return memo;
  let v: Variant | null = null;
  for (const x of tok.info.variants) {
    if (COUNTRY_NOUNS.has(x.form) && x.prefixLength <= 1) {
      v = x;
      break;
    }
  }
  return (tok.info.countryNoun = v);
}

/** The clitic variant of a token found in a set, with at most `maxPrefix` proclitic letters. */
function variantIn(tok: Token, has: (form: string) => boolean, maxPrefix = HEAD_MAX_PREFIX): Variant | null {
  for (const v of tok.info.variants) {
    // A variant that dropped the article is another word class: "المنطقة العازلة" is no "منطقة X".
    if (v.prefixLength <= maxPrefix && !prefixEndsWithArticle(tok.norm, v.prefixLength) && has(v.form)) return v;
  }
  return null;
}

/** Object pronouns glued to a noun (خارجيتها، حكومتهم): a common noun, never part of a name. */
const hasPronounSuffix = (tok: Token) => /(?:ها|هم|هما|كم)$/.test(tok.norm);
/** Shortest masculine nisba adjective (دولي، عسكري); shorter words in ي are names (بني، سي). */
const NISBA_MIN_LETTERS = 4;
/**
 * Indefinite adjectives right after a head describe it and name nothing: nisba adjectives
 * ("قوات عسكرية", "مجلس دولي") and passive participles ("منطقة منزوعة", "مدينة محاصرة").
 */
const isIndefiniteAdjective = (tok: Token) =>
  adjectiveCountry(tok) !== null ||
  /يه$/.test(tok.norm) ||
  (/ي$/.test(tok.norm) && tok.norm.length >= NISBA_MIN_LETTERS) ||
  /^م[\u0621-\u064a]{3,}ه$/.test(tok.norm);
/**
 * Definite adjectives after a genitive: nisba (الوطني، الفلسطينية، الكردستاني), elatives (الأعلى، الكبرى),
 * فعيل forms (الجديد، الكبيرة), and the descriptor nouns of titles (العام، الدولي).
 */
const isAdjectiveLike = (tok: Token) => {
  const n = tok.norm.replace(/^لل/, 'ال');
  return (
    adjectiveCountry(tok) !== null ||
    DESCRIPTOR_NOUNS.has(n) ||
    /(?:ي|يه|يين|يون|يات)$/.test(n) ||
    /^ال[^ا]{2}ي[^ا]ه?$/.test(n) ||
    /^الا[^ا]{3}$/.test(n) ||
    /^ال[^ا]{3}ا$/.test(n)
  );
};
/** A word that can name something after a head noun. */
const isNameAfterHead = (tok: Token) => (isNameWord(tok) && !hasPronounSuffix(tok) && !isIndefiniteAdjective(tok)) || isLatinWord(tok);
/** A name word, including foreign names spelled with a hamza-alef and lam (ألاميدا، إلينوي) that normalize like ال. */
function isNameWord(tok: Token): boolean {
  if (isNameToken(tok)) return true;
  const c0 = tok.text.charCodeAt(0);
  // أ إ آ then ل (checked by code: this runs on most words of an article).
  if ((c0 !== 0x623 && c0 !== 0x625 && c0 !== 0x622) || tok.text.charCodeAt(1) !== 0x644) return false;
  return isArabicWord(tok.norm) && !isStop(tok) && !isTimeWord(tok) && !isCueToken(tok) && !isTitle(tok);
}
/** A head noun of another actor or place cannot continue a personal name ("شريف مقاطعة …"). */
const isHeadWord = (tok: Token) => {
  const c = classesOf(tok);
  return c.place !== null || c.org !== null;
};
/** Punctuation or a line break between two tokens: the second opens a clause. */
function punctuatedGap(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // ، , . : ؛ newline " « »
    if (c === 0x60c || c === 0x2c || c === 0x2e || c === 0x3a || c === 0x61b || c === 0x0a || c === 0x22 || c === 0xab || c === 0xbb)
      return true;
  }
  return false;
}

/** Which actor word classes one word belongs to (the matching clitic variant of each), computed once per word. */
export interface WordClasses {
  given: Variant | null;
  place: Variant | null;
  org: Variant | null;
  orgHead: OrgHead | null;
  group: Variant | null;
  bloc: Variant | null;
  body: Variant | null;
}
const NO_CLASSES: WordClasses = { given: null, place: null, org: null, orgHead: null, group: null, bloc: null, body: null };

/**
 * Every spelling, proclitics included, under which a word of any actor class can appear: most
 * words are in none, and one set lookup on the (hash-cached) normalized string rules them out.
 */
const CLASS_SPELLINGS = new Set<string>();
{
  const bare = [...GIVEN_NAMES, ...PLACE_HEADS, ...ORG_HEADS.keys(), ...GROUP_NOUNS, ...BLOC_HEADS, ...BODY_FIRST_WORDS];
  const prefixes = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];
  for (const f of bare) {
    for (const p of prefixes) CLASS_SPELLINGS.add(p + f);
    if (f.startsWith('ال')) for (const p of ['', 'و', 'ف']) CLASS_SPELLINGS.add(`${p}لل${f.slice(2)}`);
    // Accusative tanween of indefinite heads (دولا).
    if (BLOC_HEADS.has(f)) for (const p of prefixes) CLASS_SPELLINGS.add(`${p + f}ا`);
  }
}

/** The word classes of a token's word, computed on first use and kept on its WordInfo. */
function classesOf(tok: Token): WordClasses {
  return (tok.info.classes ??= computeClasses(tok));
}

function computeClasses(tok: Token): WordClasses {
  if (!CLASS_SPELLINGS.has(tok.norm)) return NO_CLASSES;
  let orgHead: OrgHead | null = null;
  const org = variantIn(tok, (f) => (orgHead = ORG_HEADS.get(f) ?? null) !== null);
  const c: WordClasses = {
    // Only و/ف may precede a first name: بيان is a statement, not ب + يان.
    given: /^[وف]/.test(tok.norm) || GIVEN_NAMES.has(tok.norm) ? variantIn(tok, (f) => GIVEN_NAMES.has(f), 1) : null,
    place: variantIn(tok, (f) => PLACE_HEADS.has(f)),
    org,
    orgHead: org ? orgHead : null,
    group: variantIn(tok, (f) => GROUP_NOUNS.has(f)),
    // Indefinite accusative (tanween alif): "دولا غربية", "حشودا".
    bloc: variantIn(tok, (f) => BLOC_HEADS.has(f) || (f.endsWith('ا') && BLOC_HEADS.has(f.slice(0, -1)))),
    body: variantIn(tok, (f) => BODY_FIRST_WORDS.has(f)),
  };
  return c.given || c.place || c.org || c.group || c.bloc || c.body ? c : NO_CLASSES;
}

const startAfterPrefix = (tok: Token, v: Variant) => tok.start + (v.prefixLength ? surfacePrefixLength(tok.text, v.prefixLength) : 0);
/** The article as written (ال، لل): after normalization "ألمانيا" and "ألوية" would look definite too. */
const isDefiniteWord = (tok: Token) => /^(?:ال|لل)/.test(tok.text) && !isTimeWord(tok) && !isStop(tok) && !isCueToken(tok);
/** Reflexive نفسه، ذاتها، عينه: they stress the name before them. */
const REFLEXIVE = /^(?:نفس|ذات|عين)(?:ه|ها|هم|هما)$/;
/** Shortest word read as noun + object pronoun by its written ending (بلاده، حكومتها); طه is a name. */
const PRONOUN_NOUN_MIN_CHARS = 4;
/** Written with a pronoun ending (ه، ها، هم، هما; not ة): a common noun in construct, never a name (الله is one). */
const hasSurfacePronoun = (tok: Token) => {
  const bare = tok.text.replace(/[\u064b-\u0652\u0640]/g, '');
  return bare.length >= PRONOUN_NOUN_MIN_CHARS && /(?:ه|ها|هم|هما)$/.test(bare) && !/الله$/.test(bare);
};
/** A definite word in ي that is no country's adjective nor a descriptor: a family name closing a personal name (الزيدي). */
const isNisbaFamilyName = (tok: Token) =>
  isDefiniteWord(tok) && /ي$/.test(tok.norm) && adjectiveCountry(tok) === null && !DESCRIPTOR_NOUNS.has(tok.norm);
const isLatinWord = (tok: Token) => /^[a-z][a-z0-9]*$/.test(tok.norm);
/** Nisba-like adjectives after a plural noun: الأكراد، الغربية، الفلسطينيين. */
const isPluralAdjective = (tok: Token) => adjectiveCountry(tok) !== null || (isDefiniteWord(tok) && /(?:ي|يه|يين|يون|ين)$/.test(tok.norm));

/**
 * The country the article is about: the country (or capital standing for it) with the most hits
 * so far, first mentioned on a tie. Common-noun bodies ("الحكومة") and unqualified ministries belong to it.
 */
function articleCountry(index: EntityIndex): string | null {
  const votes = new Map<string, { n: number; first: number }>();
  for (const h of index.currentHits()) {
    const id =
      h.type === 'actor'
        ? index.actors.get(h.refId)?.kind === 'COUNTRY'
          ? h.refId
          : null
        : (index.places.get(h.refId)?.metonymFor ?? null);
    if (!id) continue;
    const v = votes.get(id);
    if (v) {
      v.n++;
      v.first = Math.min(v.first, h.startTok);
    } else votes.set(id, { n: 1, first: h.startTok });
  }
  let best: string | null = null;
  let bestVote = { n: 0, first: Number.MAX_SAFE_INTEGER };
  for (const [id, v] of votes)
    if (v.n > bestVote.n || (v.n === bestVote.n && v.first < bestVote.first)) {
      best = id;
      bestVote = v;
    }
  return best;
}

/**
 * Reads a genitive chain after a head at token i: proper-name words (indefinite heads only), then
 * definite words (genitives and adjectives), bounded by clause structure (punctuation, function
 * words, time words, cues). An entity already recognized inside the chain ends it.
 */
function readChain(
  index: EntityIndex,
  i: number,
  allowNames: boolean,
  maxWords: number,
): { endTok: number; inner: Hit | null; names: number } {
  const { text, tokens } = index;
  let j = i + 1;
  let names = 0;
  // A definite head ("البنك") is followed by adjectives only, as if its genitive were read already.
  let definites = allowNames ? 0 : 1;
  let lamGenitive = false;
  let inner: Hit | null = null;
  while (j < tokens.length && j - i <= maxWords) {
    const t = tokens[j] as Token;
    const p = tokens[j - 1] as Token;
    const gap = text.slice(p.end, t.start);
    const quoted = j === i + 1 && allowNames && QUOTE_GAP.test(gap);
    if (!quoted && !joinedBySpace(text, p, t)) break;
    const h = index.coveringHit(j);
    if (h) {
      // A place glued to ب is where the body sits, not its genitive: "وزارة الداخلية بالرياض".
      if (h.type === 'place' && h.start > t.start && /^[وف]?ب/.test(t.norm)) break;
      // After a definite head or a genitive read ("رئيس أركان الجيش كمال عبد المعروف") a person's name is
      // no further genitive: it is the holder of the title before the chain.
      const person = h.type === 'actor' && index.actors.get(h.refId)?.kind === 'PERSON';
      if (h.startTok === j && !(person && definites > 0)) {
        inner = h;
        j = h.endTok;
      }
      break;
    }
    if (isDefiniteWord(t)) {
      // One genitive (or one لـ genitive), then only adjectives: "حزب التجمع الوطني" stops before its object "الخطة".
      const adjective = isAdjectiveLike(t);
      if (definites > 0 && !adjective && !(t.norm.startsWith('لل') && !lamGenitive)) break;
      if (!adjective && t.norm.startsWith('لل')) lamGenitive = true;
      definites++;
      j++;
      continue;
    }
    // A second construct noun before the genitive: "شرطة مكافحة الشغب", "هيئة شؤون الأسرى".
    const after = tokens[j + 1];
    if (
      allowNames &&
      j === i + 1 &&
      after &&
      isDefiniteWord(after) &&
      !isAdjectiveLike(after) &&
      joinedBySpace(text, t, after) &&
      isArabicWord(t.norm) &&
      !/^[وف]/.test(t.norm) &&
      !hasPronounSuffix(t) &&
      !isStop(t) &&
      !isTimeWord(t) &&
      !isCueToken(t) &&
      !isTitle(t) &&
      !isHeadWord(t) &&
      adjectiveCountry(t) === null &&
      !/ي$/.test(t.norm)
    ) {
      j++;
      continue;
    }
    if (
      allowNames &&
      definites === 0 &&
      names < CHAIN_MAX_NAME_WORDS &&
      (names > 0 ? continuesName(t) && !hasPronounSuffix(t) : isNameAfterHead(t))
    ) {
      names++;
      j++;
      continue;
    }
    // Coordinated genitives of a construct head stay in the name ("هيئة الموانئ والنقل البحري"; after a
    // definite head such as "الجيش" a و+ال word starts another phrase), and so does "في + a known place".
    if (allowNames && definites > 0 && /^وال/.test(t.norm) && !isTimeWord(t) && !isCueToken(t)) {
      j++;
      continue;
    }
    if (t.norm === 'في' && j > i + 1) {
      const place = index.coveringHit(j + 1);
      if (place && place.type === 'place' && place.startTok === j + 1 && joinedBySpace(text, t, tokens[j + 1] as Token)) {
        j = place.endTok;
        break;
      }
    }
    break;
  }
  return { endTok: j, inner, names };
}

/** A word in ي that is no country's nisba, no function word and carries no pronoun: "كوناري". */
const isMasculineNisbaName = (tok: Token) =>
  isNameWord(tok) && !hasPronounSuffix(tok) && adjectiveCountry(tok) === null && /[^ه]ي$/.test(tok.norm);

/**
 * After a definite place head, a definite country nisba and then a name ("العاصمة البلجيكية X"):
 * true when token k is that nisba and a name or a known place follows it.
 */
function placeAfterCountryAdjective(index: EntityIndex, k: number): boolean {
  const { text, tokens } = index;
  const adj = tokens[k];
  const next = tokens[k + 1];
  if (!adj || !next || !isDefiniteWord(adj) || adjectiveCountry(adj) === null || index.covered(k)) return false;
  if (!joinedBySpace(text, adj, next)) return false;
  const known = index.coveringHit(k + 1);
  if (known) return known.type === 'place' && known.startTok === k + 1;
  return isNameAfterHead(next) && !isDefiniteWord(next);
}

/** A definite sound plural of a nisba (ال + stem of three letters or more + يين/يون): الإسلاميين، المدنيون. */
const NISBA_PLURAL = /^ال[\u0621-\u064a]{2,}[^ي](?:يين|يون)$/;
/**
 * A nisba plural standing as a noun names a group of people ("مصالحة بين الإسلاميين والعلمانيين"); after
 * a definite noun it is that noun's adjective ("المسلحين الإسلاميين") and names nothing by itself. A
 * country's nisba (الأمريكيين) is left to the country rules. `coordinated`: the word right before was
 * read as such a group, so و + another nisba plural joins the list.
 */
function nisbaPluralNoun(index: EntityIndex, i: number, coordinated: boolean): Variant | null {
  const { text, tokens } = index;
  const tok = tokens[i] as Token;
  if (!/(?:يين|يون)$/.test(tok.norm) || adjectiveCountry(tok) !== null || isTimeWord(tok) || isStop(tok)) return null;
  const v = variantIn(tok, (f) => NISBA_PLURAL.test(f) && !NOT_GROUP_NOUNS.has(f));
  if (!v) return null;
  const prev = tokens[i - 1];
  if (!prev || punctuatedGap(text, prev.end, tok.start)) return v;
  if (coordinated && /^و/.test(tok.norm)) return v;
  const prevDefinite = prev.info.variants.some((pv) => pv.prefixLength <= HEAD_MAX_PREFIX && pv.form.startsWith('ال'));
  return prevDefinite ? null : v;
}

/** Key of a body head for "the most recent matching organization": its definite form. */
const bodyKey = (form: string) => (form.startsWith('ال') ? form : `ال${form}`);

/**
 * Actors and places outside the gazetteer, by mechanism: given name + name words, organization
 * heads + genitive chain, place heads + name, plural group nouns, blocs of states, and common-noun
 * bodies resolved to the most recent matching organization or to the article's country.
 */
export function recognizePatterns(index: EntityIndex) {
  const { text, tokens, articleSlug } = index;
  const country = articleCountry(index);
  const countrySlug = country ? country.replace(/^actor:/, '') : null;
  const classes = tokens.map(classesOf);

  // Persons: a first name from the corpus followed by name words, with بن/أبو/عبد links.
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const v = classes[i]?.given;
    if (!v || index.covered(i)) continue;
    let j = i + 1;
    let words = 0;
    while (j < tokens.length && words < PERSON_MAX_NAME_WORDS) {
      const t = tokens[j] as Token;
      if (!joinedBySpace(text, tokens[j - 1] as Token, t) || index.covered(j)) break;
      if (PERSON_LINKS.has(t.norm) && tokens[j + 1] && isNameToken(tokens[j + 1] as Token)) {
        j += 2;
        words += 2;
        continue;
      }
      // "كمال عبد المعروف": عبد/أبو + a definite word is one name part, not a name word and its object.
      const compound = compoundNameEnd(text, tokens, j, tokens.length);
      if (compound > j && !index.covered(j + 1)) {
        words += compound - j;
        j = compound;
        continue;
      }
      if (
        (isNameWord(t) && !GLUED_LAM_ARTICLE.test(t.norm) && !hasPronounSuffix(t) && !isHeadWord(t)) ||
        GIVEN_NAMES.has(t.norm) ||
        isWrittenAli(t)
      ) {
        j++;
        words++;
        continue;
      }
      // A nisba family name with the article closes the name ("محمد صالح الزيدي"); another definite word is the object.
      if (isNisbaFamilyName(t)) {
        j++;
        words++;
      }
      break;
    }
    if (words === 0) continue;
    const last = tokens[j - 1] as Token;
    const start = startAfterPrefix(tok, v);
    const nameNorm = [v.form, ...tokens.slice(i + 1, j).map((t) => t.norm)].join(' ');
    const id = index.localAliases.get(nameNorm) ?? `actor:${slugify(nameNorm)}`;
    index.ensureActor(id, text.slice(start, last.end), 'PERSON');
    index.addHit({ startTok: i, endTok: j, start, end: last.end, refId: id, type: 'actor', nameStartTok: i });
    index.localAliases.set(nameNorm, id);
    if (last.norm.length >= 3 && !last.norm.startsWith('ال')) index.localAliases.set(last.norm, id);
    i = j - 1;
  }

  // Persons named before their title in apposition: "…، ميراي جيرار، مديرة المتحف": two or three name
  // words that open a clause (after punctuation or a reporting verb) and a comma and a title after them.
  for (let i = 0; i + 2 < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const c = classes[i] ?? NO_CLASSES;
    if (index.covered(i) || c.place !== null || c.org !== null || !isNameWord(tok)) continue;
    const prev = tokens[i - 1];
    const opens = !prev || punctuatedGap(text, prev.end, tok.start) || isCueToken(prev);
    if (!opens) continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      j - i < APPOSED_MAX_NAME_WORDS &&
      !index.covered(j) &&
      isNameWord(tokens[j] as Token) &&
      !GLUED_LAM_ARTICLE.test((tokens[j] as Token).norm) &&
      !isHeadWord(tokens[j] as Token) &&
      joinedBySpace(text, tokens[j - 1] as Token, tokens[j] as Token)
    )
      j++;
    const title = tokens[j];
    if (
      j - i < APPOSED_MIN_NAME_WORDS ||
      !title ||
      !isTitle(title) ||
      !/^\s*[،,]\s*$/.test(text.slice((tokens[j - 1] as Token).end, title.start))
    )
      continue;
    const last = tokens[j - 1] as Token;
    const nameNorm = tokens
      .slice(i, j)
      .map((t) => t.norm)
      .join(' ');
    const id = index.localAliases.get(nameNorm) ?? `actor:${slugify(nameNorm)}`;
    index.ensureActor(id, text.slice(tok.start, last.end), 'PERSON');
    index.addHit({ startTok: i, endTok: j, start: tok.start, end: last.end, refId: id, type: 'actor', nameStartTok: i });
    index.localAliases.set(nameNorm, id);
    if (last.norm.length >= 3) index.localAliases.set(last.norm, id);
    i = j - 1;
  }

  // Places: a place head and the name after it; the bare name then refers to the same place.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const v = classes[i]?.place;
    if (!v || index.covered(i)) continue;
    // A name may stand in quotation marks after its head: جبل "دنا"، منتجع "مارالاغو".
    const quoted = QUOTE_GAP.test(text.slice(tok.end, (tokens[i + 1] as Token).start));
    if (!quoted && !joinedBySpace(text, tok, tokens[i + 1] as Token)) continue;
    // The country's nisba may stand between the head and the name: "العاصمة البلجيكية X", "ولاية أمريكية X"
    // is no name, but "المدينة الإيطالية X" names X.
    const afterAdjective = placeAfterCountryAdjective(index, i + 1);
    const n0 = afterAdjective ? i + 2 : i + 1;
    const first = tokens[n0] as Token;
    const start = startAfterPrefix(tok, v);
    const known = index.coveringHit(n0);
    if (known) {
      // A known place after its head: the head joins its mention ("مدينة القدس").
      if (known.startTok === n0 && known.type === 'place') {
        const end = (tokens[known.endTok - 1] as Token).end;
        index.addHit({ startTok: i, endTok: known.endTok, start, end, refId: known.refId, type: 'place' });
        i = known.endTok - 1;
      }
      continue;
    }
    // A feminine head takes a feminine adjective ("منطقة عسكرية"): a word in ي after it does not agree
    // with it and is a name ("ولاية كوناري", "محافظة زنجاني"); after a masculine head it may be an adjective ("مطار دولي").
    const feminineHead = v.form.endsWith('ه');
    // Another head after the head opens the place itself: "ضواحي العاصمة"، "ضواحي مدينة X".
    if (isHeadWord(first)) continue;
    let j = n0;
    if (isDefiniteWord(first) && adjectiveCountry(first) === null) j++;
    else
      while (
        j < tokens.length &&
        j - n0 < PLACE_MAX_NAME_WORDS &&
        (j === n0
          ? isNameAfterHead(tokens[j] as Token) || (feminineHead && isMasculineNisbaName(tokens[j] as Token))
          : isNameToken(tokens[j] as Token) && !/ا$/.test((tokens[j] as Token).norm) && !isHeadWord(tokens[j] as Token)) &&
        !index.covered(j) &&
        ((quoted && j === n0) || joinedBySpace(text, tokens[j - 1] as Token, tokens[j] as Token))
      )
        j++;
    if (j === n0) continue;
    // A quoted name ends with its closing mark; without one the quote opens something else.
    if (quoted && !/^\s*["“”«»']/.test(text.slice((tokens[j - 1] as Token).end))) continue;
    // A name in construct with a definite word: "منطقة عقبة النخيل", "قرية كفر الماء".
    const closing = tokens[j];
    if (
      j > n0 &&
      closing &&
      !isDefiniteWord(first) &&
      isDefiniteWord(closing) &&
      !index.covered(j) &&
      !isAdjectiveLike(closing) &&
      joinedBySpace(text, tokens[j - 1] as Token, closing)
    )
      j++;
    const nameToks = tokens.slice(n0, j);
    const nameNorm = nameToks.map((t) => t.norm).join(' ');
    const last = tokens[j - 1] as Token;
    const id = index.localPlaces.get(nameNorm) ?? `place:${slugify(nameNorm)}`;
    index.ensurePlaceDraft(id, text.slice(first.start, last.end));
    index.addHit({ startTok: i, endTok: j, start, end: last.end, refId: id, type: 'place' });
    index.addMention(id, first.start, last.end);
    if (nameNorm.replace(/^ال/, '').length >= 3) index.localPlaces.set(nameNorm, id);
    i = j - 1;
  }

  // A plural or dual place head and the list of names after it: "مديريات حيس وزبيد والخوخة".
  for (let i = 0; i + 1 < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (index.covered(i) || !isPlaceListHeadWord(tok)) continue;
    i = placeList(index, i + 1) - 1;
  }

  // Organizations, government bodies, groups and media: a head noun and its genitive chain.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const v = classes[i]?.org;
    const head = classes[i]?.orgHead;
    if (!v || !head || index.covered(i)) continue;
    const { kind, definite } = head;
    const chain = readChain(index, i, !definite, CHAIN_MAX_WORDS);
    if (chain.endTok === i + 1) continue;
    const start = startAfterPrefix(tok, v);
    const end = (tokens[chain.endTok - 1] as Token).end;
    // A known actor right after its head: the head joins its mention ("حركة حماس").
    if (
      chain.inner &&
      chain.inner.startTok === i + 1 &&
      chain.inner.type === 'actor' &&
      index.actors.get(chain.inner.refId)?.kind !== 'PERSON'
    ) {
      index.addHit({ startTok: i, endTok: chain.endTok, start, end, refId: chain.inner.refId, type: 'actor' });
      i = chain.endTok - 1;
      continue;
    }
    const phrase = [v.form, ...tokens.slice(i + 1, chain.endTok).map((t) => t.norm)].join(' ');
    const nisba =
      tokens
        .slice(i + 1, chain.endTok)
        .map(adjectiveCountry)
        .find((c) => c !== null) ?? null;
    const owner = nisba ?? (kind === 'GOVERNMENT' ? country : null);
    const id = kind === 'GOVERNMENT' && owner ? `actor:${owner.replace(/^actor:/, '')}-${slugify(phrase)}` : `actor:${slugify(phrase)}`;
    index.ensureActor(id, text.slice(start, end), kind, owner ? [owner] : []);
    index.addHit({ startTok: i, endTok: chain.endTok, start, end, refId: id, type: 'actor' });
    i = chain.endTok - 1;
  }

  // Groups of people (المتظاهرين) and blocs of states (الدول الغربية), with their adjectives; local to the article.
  let lastNisbaGroupEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const c = classes[i] ?? NO_CLASSES;
    const nisba = c.group || c.bloc || index.covered(i) ? null : nisbaPluralNoun(index, i, lastNisbaGroupEnd === i);
    if ((!c.group && !c.bloc && !nisba) || index.covered(i)) continue;
    const group = c.group ?? nisba;
    const bloc = group ? null : c.bloc;
    const v = group ?? bloc;
    if (!v) continue;
    let j = i + 1;
    let blocGenitive = false;
    // A known place or body as the genitive of an indefinite bloc head: "دول الخليج", "دول الاتحاد الأوروبي".
    const knownGenitive = bloc !== null && !v.form.startsWith('ال') ? index.coveringHit(i + 1) : null;
    if (
      knownGenitive &&
      knownGenitive.startTok === i + 1 &&
      index.actors.get(knownGenitive.refId)?.kind !== 'PERSON' &&
      joinedBySpace(text, tok, tokens[i + 1] as Token)
    ) {
      const end = (tokens[knownGenitive.endTok - 1] as Token).end;
      const start = startAfterPrefix(tok, v);
      const key = [v.form, ...tokens.slice(i + 1, knownGenitive.endTok).map((t) => t.norm)].join(' ');
      const id = `actor:group:${articleSlug}:${slugify(key)}`;
      index.ensureActor(id, text.slice(start, end), 'GROUP');
      index.addHit({ startTok: i, endTok: knownGenitive.endTok, start, end, refId: id, type: 'actor' });
      i = knownGenitive.endTok - 1;
      continue;
    }
    while (
      j < tokens.length &&
      j - i <= GROUP_MAX_ADJECTIVES &&
      !index.covered(j) &&
      joinedBySpace(text, tokens[j - 1] as Token, tokens[j] as Token)
    ) {
      const t = tokens[j] as Token;
      // An indefinite head takes indefinite adjectives ("دول غربية"), a definite one definite adjectives;
      // an indefinite bloc head may take a definite genitive, then definite adjectives ("دول الجوار الليبي").
      const genitive = bloc !== null && !v.form.startsWith('ال') && j === i + 1 && isDefiniteWord(t) && !isAdjectiveLike(t);
      if (genitive) blocGenitive = true;
      const agrees =
        genitive ||
        (v.form.startsWith('ال') || blocGenitive
          ? isPluralAdjective(t) || (bloc !== null && isDefiniteWord(t)) || (group !== null && GROUP_NOUNS.has(t.norm))
          : bloc !== null && isNameToken(t) && /(?:يه|ي)$/.test(t.norm));
      if (!agrees) break;
      j++;
    }
    if (bloc && j === i + 1) continue;
    const start = startAfterPrefix(tok, v);
    const end = (tokens[j - 1] as Token).end;
    // One actor for both cases of the plural: المتظاهرون / المتظاهرين.
    const key = [v.form.replace(/ون$/, 'ين'), ...tokens.slice(i + 1, j).map((t) => t.norm.replace(/ون$/, 'ين'))].join(' ');
    const id = `actor:group:${articleSlug}:${slugify(key)}`;
    index.ensureActor(id, text.slice(start, end), 'GROUP');
    index.addHit({ startTok: i, endTok: j, start, end, refId: id, type: 'actor' });
    if (nisba) lastNisbaGroupEnd = j;
    i = j - 1;
  }

  // Common-noun bodies: "الحكومة" is the most recent government the article named, else its country's.
  const hitsByStart: (Hit | undefined)[] = new Array<Hit | undefined>(tokens.length);
  for (const h of index.currentHits()) hitsByStart[h.startTok] = h;
  const recent = new Map<string, string>();
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const h = hitsByStart[i];
    if (h) {
      const a = index.actors.get(h.refId);
      const first = tokens[h.startTok] as Token;
      if (a && a.kind !== 'COUNTRY' && a.kind !== 'PERSON')
        for (const fv of first.info.variants) if (BODIES.has(bodyKey(fv.form))) recent.set(bodyKey(fv.form), a.id);
      i = h.endTok - 1;
      continue;
    }
    if (index.covered(i)) continue;
    if (!classes[i]?.body) continue;
    let matched: { v: Variant; endTok: number; key: string } | null = null;
    for (let n = Math.min(BODY_MAX_WORDS, tokens.length - i); n >= 1 && !matched; n--) {
      const v = variantIn(tok, (f) => BODIES.has([f, ...tokens.slice(i + 1, i + n).map((t) => t.norm)].join(' ')));
      if (!v) continue;
      const key = [v.form, ...tokens.slice(i + 1, i + n).map((t) => t.norm)].join(' ');
      if (n > 1 && !tokens.slice(i + 1, i + n).every((t, k) => joinedBySpace(text, tokens[i + k] as Token, t))) continue;
      matched = { v, endTok: i + n, key };
    }
    if (!matched) continue;
    // "الحكومة الجديدة", "النظام الدولي": a following adjective or genitive makes it another thing.
    const after = tokens[matched.endTok];
    if (after && joinedBySpace(text, tokens[matched.endTok - 1] as Token, after) && isDefiniteWord(after) && isAdjectiveLike(after))
      continue;
    const body = BODIES.get(matched.key);
    const slug = body?.slug ?? slugify(matched.key);
    const id = recent.get(matched.key) ?? (countrySlug ? `actor:${countrySlug}-${slug}` : `actor:${articleSlug}-${slug}`);
    const start = startAfterPrefix(tok, matched.v);
    const end = (tokens[matched.endTok - 1] as Token).end;
    index.ensureActor(id, text.slice(start, end), body?.kind ?? 'GOVERNMENT', country ? [country] : []);
    index.addHit({ startTok: i, endTok: matched.endTok, start, end, refId: id, type: 'actor' });
    recent.set(matched.key, id);
    i = matched.endTok - 1;
  }
}

/** Names in a list of places after a plural head ("قرى أ وب وج"); a single name is no list. */
const MAX_LISTED_PLACES = 6;
const MIN_LISTED_PLACES = 2;
/** Between two listed names: spaces, a comma, quotation marks ("قرى "أ" و"ب""). */
const LIST_GAP = /^[\s،,"«»“”]*$/;
/** "وإب" is و + a two-letter name; a shorter rest is no name. */
const MIN_LISTED_NAME_CHARS = 2;

interface ListedPlace {
  startTok: number;
  endTok: number;
  start: number;
  end: number;
  knownId: string | null;
}

/**
 * Reads the names listed from token k on (after a plural place head) and records the unknown ones
 * as places; returns the token after the list. Known places in the list keep their ids.
 */
function placeList(index: EntityIndex, k: number): number {
  const { text, tokens } = index;
  const items: ListedPlace[] = [];
  let at = k;
  while (at < tokens.length && items.length < MAX_LISTED_PLACES) {
    const t = tokens[at] as Token;
    const prev = tokens[at - 1] as Token;
    if (!LIST_GAP.test(text.slice(prev.end, t.start))) break;
    let nameTok = at;
    let start = t.start;
    let word: Token | undefined = t;
    if (items.length > 0) {
      // After the first name, each one comes with و: a separate "و" or one glued to the name.
      if (t.norm === 'و') {
        nameTok = at + 1;
        word = tokens[nameTok];
        start = word?.start ?? start;
      } else if (t.text.startsWith('و') && t.norm.length > MIN_LISTED_NAME_CHARS) {
        word = tokenize(t.text.slice(1))[0];
        start = t.start + 1;
      } else break;
      if (!word || (nameTok !== at && !LIST_GAP.test(text.slice(t.end, (tokens[nameTok] as Token).start)))) break;
    }
    const known = index.coveringHit(nameTok);
    if (known) {
      if (known.type !== 'place' || known.startTok !== nameTok) break;
      items.push({ startTok: nameTok, endTok: known.endTok, start: known.start, end: known.end, knownId: known.refId });
      at = known.endTok;
      continue;
    }
    if (!word || !isListedPlaceName(word)) break;
    items.push({ startTok: nameTok, endTok: nameTok + 1, start, end: (tokens[nameTok] as Token).end, knownId: null });
    at = nameTok + 1;
  }
  if (items.length < MIN_LISTED_PLACES) return k;
  for (const it of items) {
    if (it.knownId) continue;
    const norm = normalizeArabic(text.slice(it.start, it.end));
    const id = index.localPlaces.get(norm) ?? `place:${slugify(norm)}`;
    index.ensurePlaceDraft(id, text.slice(it.start, it.end));
    index.addHit({ startTok: it.startTok, endTok: it.endTok, start: it.start, end: it.end, refId: id, type: 'place' });
    index.addMention(id, it.start, it.end);
    if (norm.replace(/^ال/, '').length >= 3) index.localPlaces.set(norm, id);
  }
  return at;
}
/**
 * A listed name may be definite and end like a nisba (الجراحي). A plural is a common noun
 * (وحكومات، والمحافظات), a word ending in وا a verb that starts the next clause (وعززوا).
 */
const isListedPlaceName = (tok: Token) =>
  (isNameAfterHead(tok) || isDefiniteWord(tok)) &&
  !/(?:ات|ين|ون|وا)$/.test(tok.norm) &&
  !isCueToken(tok) &&
  !isHeadWord(tok) &&
  !/^[يت]/.test(tok.norm);
