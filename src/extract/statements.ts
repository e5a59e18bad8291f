/**
 * Statements: reporting cues (verbs, participles, attributions such as بحسب, "جاء في بيان",
 * and "X: …" headlines) → speaker, addressees, content span, kind, and links between
 * statements (reported by, denies, answers).
 */
import type { StatementKind } from '../graph/document-graph.ts';
import {
  COMPLEMENTIZERS, CUE_FORMS, GAZETTEER, lookupCue, INSTITUTION_HEADS, NAME_TRIE, NOUN_CUES, STATEMENT_NOUNS,
  UNNAMED_HEADS, UNNAMED_MODIFIERS, type CueForm, type CueNoun,
} from './lexicon.ts';
import {
  adjectiveCountry, isNameToken, isStop, isTimeWord, isTitle, readTitledName, slugify, type EntityIndex, type Hit,
} from './entities.ts';
import { matchAt } from './match.ts';
import { firstAtOrAfter, isArabicWord, type Token } from './normalize.ts';
import { OPENING_MARKS, type QuoteRegion } from './quotes.ts';
import type { Sentence } from './segment.ts';
import {
  clauseStartBefore, DOCUMENT_LINKS, isClauseOpener, isIssuingVerb, isQuantifier, MAX_PREVERBAL_SUBJECT_TOKENS, QUANTIFIERS,
  OBJECT_SUFFIX, RELATIVE_PRONOUNS, STANDALONE_SOURCES, TITLE_ADJECTIVES,
} from './statements/clause.ts';
import { kindFor } from './statements/kind.ts';

export interface StatementDraft {
  key: number;
  speakerId: string;
  addresseeIds: string[];
  cueStart: number;
  cueEnd: number;
  verb: string | null;
  kind: StatementKind;
  direct: boolean;
  contentStart: number;
  contentEnd: number;
  sentence: Sentence;
  reportedByKey: number | null;
  reportedById: string | null;
  deniesKey: number | null;
  answersKey: number | null;
  implicit: boolean;
  /** The kind the cue alone signals. */
  baseKind?: StatementKind;
  /** The speaker was not written at the cue (a pronoun-only verb or a participle). */
  speakerImplicit?: boolean;
}

interface Ctx {
  text: string;
  tokens: Token[];
  entities: EntityIndex;
  quoteMask: Uint8Array;
  quotes: QuoteRegion[];
  quoteAt: Map<number, QuoteRegion>;
  out: StatementDraft[];
  lastSpeaker: string | null;
  /** Most recent unnamed speaker per normalized head word, for "المسؤول" after "مسؤول أمريكي". */
  unnamedByHead: Map<string, string>;
  /** Tokens before this index already belong to an attribution ("بحسب ما أفاد X"): no cue starts there. */
  consumedTo: number;
}

const COMMA_GAP = /^\s*[،,]\s*$/;
const SPACE_GAP = /^\s+$/;
const RELATIVES = new Set(['التي', 'الذي', 'الذين', 'ما', 'مما', 'كما']);
const QUESTION_OPENERS = new Set(['ما', 'عما', 'هل', 'اذا', 'لماذا', 'كيف', 'متي', 'اين', 'ماذا', 'عن']);
const CONTENT_CUTTERS = [/^[،,]\s*(?:و)?(?:وفقا|وفق|حسبما|بحسب|حسب|طبقا|على حد|وذلك|في حين|بينما|فيما|نقلا|في وقت|في الوقت الذي|خصوصا|خصوصاً|ردا على|رداً على|تعليقا على|تعليقاً على)/,
  /^\s+(?:وفقا لما|حسبما|على حد تعبير|في الوقت الذي)/];
/** Endings of a relational adjective (nisba) in the singular, feminine and plural. */
const NISBA = /(?:ي|يا|يه|يين|يون|يان|يات)$/;
/** Shorter words that end like a nisba (في، لدي، الذي) are particles, not adjectives. */
const MIN_NISBA_LENGTH = 5;
/** A definite plural noun ("المشاركين", "المواطنون", "الدراسات") as the noun a partitive count takes. */
const PLURAL_NOUN = /(?:ين|ون|ات)$/;
/** كان and its forms, which put the subject before "قد + verb". */
const KANA = new Set(['كان', 'وكان', 'فكان', 'كانت', 'وكانت', 'فكانت', 'كانوا', 'وكانوا']);
const PREPOSITIONS = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'ضد', 'بين', 'لدي', 'عند', 'خلال', 'حول', 'داخل', 'قرب', 'نحو', 'عبر', 'منذ']);
const DENIED_NOUNS = new Set(['مزاعم', 'ادعاءات', 'اتهامات', 'تصريحات', 'تقارير', 'انباء', 'رواية', 'اقوال']);

/*
 * Window sizes, in tokens unless named otherwise. Each bounds how far a rule looks, so a stray
 * word cannot make it read across a whole paragraph (and per-token work stays linear).
 */
/** An unnamed source with its modifiers: "مسؤول كبير في وزارة الخارجية الأمريكية". */
const MAX_UNNAMED_SOURCE_TOKENS = 12;
/** A title with its complements when no name follows: "المتحدث باسم وزارة الخارجية الروسية". */
const MAX_TITLE_PHRASE_TOKENS = 10;
/** An institution head in construct: "هيئة الطرق والمواصلات في دبي". */
const MAX_INSTITUTION_TOKENS = 8;
/** A personal name not in the gazetteer: given names, father's name, family name. */
const MAX_NAME_TOKENS = 4;
/** Appositions after a speaker: "، نائب رئيس الشرطة،" then "المتحدث باسم …". */
const MAX_APPOSITIONS = 2;
/** A relative clause between the speaker and the content ("، الذي لمح في الماضي إلى …،"). */
const MAX_RELATIVE_CLAUSE_TOKENS = 30;
/** From the speaker to the complementizer, quotation or colon that opens the content. */
const MAX_OPENING_DISTANCE = 40;
/** A quoted name or title ("فوكس نيوز") rather than quoted speech. */
const MAX_QUOTED_NAME_TOKENS = 3;
/** From such a quoted name to the complementizer that follows it. */
const MAX_QUOTED_NAME_TO_COMPLEMENT = 8;
/** Characters after a token that CONTENT_CUTTERS look at ("، وفقا لما", "في الوقت الذي"). */
const CUTTER_LOOKAHEAD_CHARS = 20;
/** Share of the content inside quotation marks for it to be direct speech. */
const MIN_DIRECT_QUOTED_SHARE = 0.6;
/** A colon this far into a sentence (characters) may end a "X: …" speaker prefix. */
const MAX_COLON_OFFSET_CHARS = 200;
/** A "X: …" speaker prefix is short: a name or a title. */
const MAX_COLON_SPEAKER_TOKENS = 6;
/** Recent statements of the sentence whose content may hold a nested cue. */
const MAX_ENCLOSING_CANDIDATES = 4;
/** Words between a relaying medium and its عن ("نقلت وكالة رويترز للأنباء عن"). */
const MAX_RELAY_MEDIUM_TAIL = 3;
/** From a statement noun's speaker to a complementizer ("خلال زيارة واشنطن الاثنين بأن …"), or to a quotation. */
const MAX_NOUN_COMPLEMENT_DISTANCE = 7;
const MAX_NOUN_QUOTE_DISTANCE = 2;
/** Content words scanned for verbs negated by لم/لن. */
const MAX_NEGATION_SCAN_TOKENS = 80;
/** How far back a denial looks for the statement it denies: statements, and sentences. */
const MAX_DENIED_LOOKBACK_STATEMENTS = 200;
const MAX_DENIED_LOOKBACK_SENTENCES = 30;
/** An answer this short ("نعم", "لا أعلم") answers the question before it. */
const MAX_SHORT_ANSWER_TOKENS = 3;

const gapBefore = (ctx: Ctx, j: number) => {
  const tok = ctx.tokens[j];
  const prev = ctx.tokens[j - 1];
  if (!tok) return '';
  return ctx.text.slice(prev ? prev.end : Math.max(0, tok.start - 3), tok.start);
};

interface CueHit { form: CueForm; prefixed: boolean }

function cueAt(tok: Token): CueHit | null {
  const memo = tok.info.cue as CueHit | null | undefined;
  if (memo !== undefined) return memo;
  return (tok.info.cue = computeCue(tok));
}

// Generated forms and clitic readings live in the lexicon (morphology.ts, lookupCue).
const computeCue = (tok: Token): CueHit | null => lookupCue(tok.norm);

const stripConj = (norm: string) => (/^[وف]/.test(norm) && norm.length > 3 ? norm.slice(1) : norm);

/**
 * The head word of a source glued to the ل of an attribution ("وفقا لوزارة الصحة", "بيان لمكتب
 * الرئيس", "وفقا للجيش"), as it would be written alone; null when the rest is no source head.
 */
function gluedHead(tok: Token): string | null {
  const n = tok.norm;
  if (!n.startsWith('ل') || n.length <= MIN_GLUED_HEAD_LENGTH) return null;
  const rest = n.startsWith('لل') ? `ال${n.slice(2)}` : n.slice(1);
  const bare = rest.startsWith('ال') ? rest.slice(2) : rest;
  if (STATEMENT_NOUNS.has(rest) || STATEMENT_NOUNS.has(bare) || INSTITUTION_HEADS.has(bare) || UNNAMED_HEADS.has(bare) || QUANTIFIERS.has(rest)) return rest;
  return null;
}
/** "لها", "لكن", "لدى" are words of their own, not ل + a head. */
const MIN_GLUED_HEAD_LENGTH = 3;

/**
 * The speaker phrase that starts at token p (after a verb-first cue), as an exclusive end token; p when none.
 * `dative`: the phrase follows an attribution's ل ("وفقا لـ", "بيان لـ"), so a glued ل opens it instead of
 * marking an addressee.
 */
function readSpeakerPhrase(ctx: Ctx, p: number, limit: number, dative = false): number {
  const { tokens, text, entities } = ctx;
  const tok = tokens[p];
  if (!tok || p >= limit) return p;
  const n = (dative ? gluedHead(tok) : null) ?? tok.norm;
  // "وقال للصحفيين", "وأكد للمراسلين": ل + a definite noun after a verb is whom it was said to.
  if (!dative && /^لل/.test(n) && !entities.hitStartingAt(p)) return p;
  if (STANDALONE_SOURCES.has(n)) return p + 1;
  if (isQuantifier(tok) || QUANTIFIERS.has(n)) {
    // "بعض المسؤولين", "عدد من النواب", "ثلاثة مسؤولين أمريكيين", "60% من المشاركين": a count, then its noun.
    let j = p + 1;
    const partitive = tokens[j]?.norm === 'من';
    if (partitive) j++;
    const head = tokens[j];
    if (!head || j >= limit) return p;
    const bare = head.norm.startsWith('ال') ? head.norm.slice(2) : head.norm;
    const sourceHead = UNNAMED_HEADS.has(bare) || INSTITUTION_HEADS.has(bare) || isTitle(head)
      || (partitive && head.norm.startsWith('ال') && PLURAL_NOUN.test(head.norm));
    if (!sourceHead) return p;
    const end = readSpeakerPhrase(ctx, j, limit);
    return end > j ? end : j + 1;
  }
  const hit = entities.hitStartingAt(p);
  // "لوكالة فرانس برس", "لوسائل الإعلام": an addressee, not a speaker.
  if (hit && hit.start > tok.start && /^ل/.test(n)) return p;
  if (!STATEMENT_NOUNS.has(n) && (COMPLEMENTIZERS.has(n) || isStop(tok) || isTimeWord(tok))) return p;
  let end = p;
  if (STATEMENT_NOUNS.has(n)) {
    // "بيان صادر عن مكتب بوتين", "بيان الكرملين", "بيان من البيت الأبيض", "تقرير نشرته الصحيفة", "بيان لوزارة الدفاع"
    const j = issuerStart(ctx, p + 1, limit);
    const inner = j < limit ? readSpeakerPhrase(ctx, j, limit, true) : j;
    // A known name that starts the issuer is read whole: "مكتب بوتين" is the Kremlin, not an office.
    const named = j < limit ? entities.hitStartingAt(j) : null;
    const issuerEnd = named && named.endTok <= limit ? Math.max(inner, named.endTok) : inner;
    return issuerEnd > j ? issuerEnd : p + 1;
  }
  if (UNNAMED_HEADS.has(n) || n === 'احد' || (n.startsWith('ال') && UNNAMED_HEADS.has(n.slice(2))) || (dative && INSTITUTION_HEADS.has(n))) {
    end = p + 1;
    while (end < limit && end - p < MAX_UNNAMED_SOURCE_TOKENS) {
      const t = tokens[end];
      if (!t || !SPACE_GAP.test(gapBefore(ctx, end))) break;
      const h = entities.hitStartingAt(end);
      const afterPrep = ['في', 'من', 'لدي', 'داخل', 'باسم', 'عن'].includes(tokens[end - 1]?.norm ?? '');
      if (h && (afterPrep || (h.start > t.start && /^[بل]/.test(t.norm)))) { end = h.endTok; continue; }
      // A nisba that names a country ("المسؤولين الفرنسيين", "مصادر إيرانية") qualifies the head.
      if (h && h.endTok === end + 1 && NISBA.test(t.norm)) { end++; continue; }
      if (h) break;
      const agreeingNisba = t.norm.startsWith('ال') === n.startsWith('ال') && t.norm.length >= MIN_NISBA_LENGTH && NISBA.test(t.norm);
      if (UNNAMED_MODIFIERS.has(t.norm) || adjectiveCountry(t) || UNNAMED_HEADS.has(t.norm) || agreeingNisba
        || (t.norm.startsWith('ال') && !isTimeWord(t) && !isStop(t) && !STATEMENT_NOUNS.has(t.norm))
        || INSTITUTION_HEADS.has(t.norm)) { end++; continue; }
      break;
    }
    return end;
  }
  if (hit) {
    end = hit.endTok;
  } else if (isTitle(tok)) {
    const read = readTitledName(text, tokens, p, limit);
    if (read) end = read.endTok;
    else {
      end = p + 1;
      while (end < limit && end - p < MAX_TITLE_PHRASE_TOKENS) {
        const t = tokens[end];
        if (!t || !SPACE_GAP.test(gapBefore(ctx, end))) break;
        const h = entities.hitStartingAt(end);
        if (h && h.type === 'actor' && GAZETTEER.get(h.refId)?.kind !== 'PERSON') { end = h.endTok; continue; }
        if (h) { end = h.endTok; continue; }
        const objectAfterDefinite = n.startsWith('ال') && end === p + 1 && t.norm.startsWith('ال') && !isTitle(t)
          && !TITLE_ADJECTIVES.has(t.norm) && !NISBA.test(t.norm) && !adjectiveCountry(t);
        if (objectAfterDefinite) break;
        if ((t.norm.startsWith('ال') && !isTimeWord(t) && !isStop(t)) || t.norm === 'باسم' || adjectiveCountry(t) || isTitle(t) || INSTITUTION_HEADS.has(t.norm)) { end++; continue; }
        break;
      }
    }
  } else if (INSTITUTION_HEADS.has(n) && !n.startsWith('ال')) {
    // "هيئة الطرق والمواصلات في دبي", "وزارة الصحة الفلسطينية", "منظمة العفو الدولية": a head in
    // construct with definite nouns (joined by و), adjectives, names, and "في + a known place".
    end = p + 1;
    while (end < limit && end - p < MAX_INSTITUTION_TOKENS) {
      const t = tokens[end];
      if (!t || !SPACE_GAP.test(gapBefore(ctx, end))) break;
      const h = entities.hitStartingAt(end);
      if (h && h.start === t.start) { end = h.endTok; continue; }
      if (t.norm === 'في' && entities.hitStartingAt(end + 1)?.type === 'place' && SPACE_GAP.test(gapBefore(ctx, end + 1))) {
        end = (entities.hitStartingAt(end + 1) as Hit).endTok; break;
      }
      if (((t.norm.startsWith('ال') || /^(?:وال|لل)/.test(t.norm)) && !isTimeWord(t) && !isStop(t) && !STATEMENT_NOUNS.has(t.norm) && !cueAt(t))
        || adjectiveCountry(t)) { end++; continue; }
      break;
    }
    if (end === p + 1) return p;
  } else if (isNameToken(tok) && matchAt(text, tokens, p, NAME_TRIE) === null
    // An unknown word glued to ب (بشدة، بخصوص، بإسقاط …) is an adverb or an object, not a new speaker's name.
    && !(/^ب/.test(n) && !ctx.entities.localAliases.has(n))) {
    end = p + 1;
    while (end < limit && end - p < MAX_NAME_TOKENS && SPACE_GAP.test(gapBefore(ctx, end)) && tokens[end] && isNameToken(tokens[end] as Token)) end++;
  } else if (n.startsWith('ال') && !isStop(tok) && !isTimeWord(tok) && !isCueLike(tok)) {
    end = p + 1;
    const t2 = tokens[end];
    if (t2 && end < limit && SPACE_GAP.test(gapBefore(ctx, end)) && t2.norm.startsWith('ال') && !isTimeWord(t2) && (adjectiveCountry(t2) || /يه?$/.test(t2.norm) || TITLE_ADJECTIVES.has(t2.norm))) end++;
  } else {
    return p;
  }
  // Apposition: "، نائب رئيس شرطة دبي،" or "المتحدث باسم حركة حماس" right after a name.
  for (let guard = 0; guard < MAX_APPOSITIONS && end < limit; guard++) {
    const t = tokens[end];
    if (!t) break;
    const gap = gapBefore(ctx, end);
    if (!(SPACE_GAP.test(gap) || COMMA_GAP.test(gap))) break;
    if (isTitle(t)) {
      let j = end + 1;
      while (j < limit && j - end < MAX_TITLE_PHRASE_TOKENS) {
        const u = tokens[j];
        if (!u || !SPACE_GAP.test(gapBefore(ctx, j))) break;
        const h = entities.hitStartingAt(j);
        if (h) { j = h.endTok; continue; }
        if ((u.norm.startsWith('ال') && !isTimeWord(u) && !isStop(u)) || u.norm === 'باسم' || u.norm === 'في' || /^لل/.test(u.norm) || isTitle(u) || INSTITUTION_HEADS.has(u.norm) || (isNameToken(u) && j > end + 1)) { j++; continue; }
        break;
      }
      end = j;
      continue;
    }
    if (COMMA_GAP.test(gap) && (isNameToken(t) || entities.hitStartingAt(end)?.type === 'actor') && !isTimeWord(t)) {
      const h = entities.hitStartingAt(end);
      let j = h ? h.endTok : end + 1;
      while (!h && j < limit && j - end < MAX_NAME_TOKENS && SPACE_GAP.test(gapBefore(ctx, j)) && tokens[j] && isNameToken(tokens[j] as Token)) j++;
      // Only an apposition if a comma or the complement follows it.
      const after = tokens[j];
      if (after && (COMMA_GAP.test(gapBefore(ctx, j)) || COMPLEMENTIZERS.has(after.norm))) { end = j; continue; }
    }
    break;
  }
  return end;
}

const isCueLike = (tok: Token) => cueAt(tok) !== null;

/** The first token of a document's issuer after the document noun: past "صادر عن", "الصادر من", "نشرته". */
function issuerStart(ctx: Ctx, from: number, limit: number): number {
  let j = from;
  while (j < limit && (DOCUMENT_LINKS.has(ctx.tokens[j]?.norm ?? '') || isTimeWord(ctx.tokens[j] as Token))) j++;
  if (j < limit && isIssuingVerb(ctx.tokens[j])) j++;
  return j;
}

/** Resolves the speaker phrase [a, b) to an actor id, creating pattern actors when needed; `dative` as in readSpeakerPhrase. */
function resolvePhrase(ctx: Ctx, a: number, b: number, dative = false): string | null {
  const { tokens, text, entities } = ctx;
  const first = tokens[a];
  const last = tokens[b - 1];
  if (!first || !last || b <= a) return null;
  const glued = dative ? gluedHead(first) : null;
  // The name starts after the glued ل ("لوزارة" → "وزارة", "للجيش" → "جيش").
  const start = first.start + (glued ? (first.norm.startsWith('لل') ? 2 : 1) : 0);
  const end = last.end;
  const phraseNorm = tokens.slice(a, b).map((t) => t.norm).join(' ');
  const hits = entities.hitsIn(a, b);
  const countries = tokens.slice(a, b).map(adjectiveCountry).filter((c): c is string => c !== null);
  const withMention = (id: string) => { entities.addMention(id, start, end); return id; };
  let head = glued ?? first.norm;
  let headTok = a;
  if (head === 'نفس' && b > a + 1) { headTok = a + 1; head = tokens[headTok]?.norm ?? head; }
  if (STATEMENT_NOUNS.has(head)) {
    // A document speaks for its issuer.
    const j = issuerStart(ctx, headTok + 1, b);
    const issuer = j < b ? resolvePhrase(ctx, j, b, true) : null;
    if (issuer) return issuer;
    const h = hits.find((x) => x.type === 'actor') ?? hits[0];
    if (h) return withMention(actorOfHit(ctx, h));
    return ctx.lastSpeaker;
  }
  // "المسؤول", "المصدر": the unnamed source the article already introduced.
  if (head.startsWith('ال') && UNNAMED_HEADS.has(head.slice(2)) && b - headTok <= 2 && !hits.length) {
    const prior = ctx.unnamedByHead.get(head.slice(2));
    if (prior) return withMention(prior);
  }
  // Counted and indefinite sources ("بعض المسؤولين", "ثلاثة دبلوماسيين", "كثيرون") are unnamed actors described by the phrase.
  if (isQuantifier(first) || QUANTIFIERS.has(head) || STANDALONE_SOURCES.has(head)) {
    const partOf = [...new Set([...countries, ...hits.filter((h) => h.type === 'actor').map((h) => h.refId)])];
    const actor = entities.newUnnamed(text.slice(start, end), partOf);
    entities.addMention(actor.id, start, end);
    return actor.id;
  }
  // "مسؤول أمريكي", "أحد الشهود", and the definite "المسؤولين الفرنسيين" the article has not introduced yet.
  if (UNNAMED_HEADS.has(head) || head === 'احد' || (head.startsWith('ال') && UNNAMED_HEADS.has(head.slice(2)))) {
    const partOf = [...new Set([...countries, ...hits.filter((h) => h.type === 'actor').map((h) => h.refId)])];
    const actor = entities.newUnnamed(text.slice(start, end), partOf);
    entities.addMention(actor.id, start, end);
    ctx.unnamedByHead.set(head === 'احد' ? (tokens[headTok + 1]?.norm ?? head) : head, actor.id);
    return actor.id;
  }
  const person = hits.find((h) => h.type === 'actor' && (entities.actors.get(h.refId)?.kind === 'PERSON'));
  if (person) return withMention(person.refId);
  const startHit = hits.find((h) => h.startTok === a);
  if (startHit) return withMention(actorOfHit(ctx, startHit));
  const local = entities.localAliases.get(phraseNorm);
  if (local) return withMention(local);
  if (isTitle(first) || INSTITUTION_HEADS.has(head) || (glued && INSTITUTION_HEADS.has(head.replace(/^ال/, '')))) {
    const inner = hits.find((h) => h.type === 'actor');
    const id = `actor:${slugify(phraseNorm)}`;
    const kind = isTitle(first) ? 'PERSON' : 'ORGANIZATION';
    const partOf = [...new Set([...countries, ...(inner ? [inner.refId] : [])])];
    entities.ensureActor(id, text.slice(start, end), kind, partOf);
    return withMention(id);
  }
  if (isNameToken(first)) {
    let k = a;
    while (k < b && tokens[k] && isNameToken(tokens[k] as Token)) k++;
    const nameToks = tokens.slice(a, k);
    const nameNorm = nameToks.map((t) => t.norm).join(' ');
    const known = entities.localAliases.get(nameNorm);
    const id = known ?? `actor:${slugify(nameNorm)}`;
    const nameEnd = nameToks[nameToks.length - 1]?.end ?? end;
    entities.ensureActor(id, text.slice(start, nameEnd), 'PERSON', countries);
    entities.addMention(id, start, nameEnd);
    entities.localAliases.set(nameNorm, id);
    const family = nameToks[nameToks.length - 1];
    if (nameToks.length > 1 && family && family.norm.length >= 3) entities.localAliases.set(family.norm, id);
    return withMention(id);
  }
  const anyActor = hits.find((h) => h.type === 'actor' || h.type === 'place');
  if (anyActor) return withMention(actorOfHit(ctx, anyActor));
  if (head.startsWith('ال') && b - a <= 2) {
    const id = `actor:${slugify(phraseNorm)}`;
    entities.ensureActor(id, text.slice(start, end), 'ORGANIZATION', countries);
    return withMention(id);
  }
  return null;
}

/** A place heard as a speaker is its government's voice (موسكو → Russia). */
function actorOfHit(ctx: Ctx, hit: Hit): string {
  if (hit.type === 'place') {
    const place = ctx.entities.places.get(hit.refId);
    const gov = place?.metonymFor ?? GAZETTEER.get(hit.refId)?.metonymFor;
    if (gov && ctx.entities.ensureGazetteerActor(gov)) {
      ctx.entities.addMention(gov, hit.start, hit.end);
      return gov;
    }
    const id = `actor:${slugify(ctx.text.slice(hit.start, hit.end))}`;
    ctx.entities.ensureActor(id, ctx.text.slice(hit.start, hit.end), 'GOVERNMENT');
    ctx.entities.addMention(id, hit.start, hit.end);
    return id;
  }
  return hit.refId;
}

/**
 * Speaker written before the cue ("موسكو نفت", "بيد أن صالحي حذر", "إن بايدن، أبلغ", "الرئيس
 * الإيراني يؤكد", "وكان الوزير قد قال"): the noun phrase that fills its clause from the clause
 * start up to the verb. A name at the tail of a longer stretch ("في جبهة الساحل جنوب محافظة
 * الحديدة ذكرت") belongs to a prepositional phrase, not to the subject.
 */
function speakerBefore(ctx: Ctx, k: number, sentenceStartTok: number): string | null {
  let j = k;
  const prev = ctx.tokens[j - 1];
  if (prev && (prev.norm === 'قد' || prev.norm === 'لقد') && j - 1 > sentenceStartTok) j--;
  if (j <= sentenceStartTok) return null;
  if (j < k) {
    // "وكان مدير الأمن العام، عباس إبراهيم، قد قال": the subject between كان and قد, appositions included.
    for (let c = j - 1; c >= sentenceStartTok && j - c <= MAX_PREVERBAL_SUBJECT_TOKENS; c--) {
      if (!KANA.has((ctx.tokens[c] as Token).norm)) continue;
      const end = c + 1 < j ? readSpeakerPhrase(ctx, c + 1, j) : c + 1;
      // The phrase may stop before the last words of an apposed name ("، عباس إبراهيم،"): they still belong to it.
      if (end > c + 1 && ctx.tokens.slice(end, j).every(isNameToken)) return resolvePhrase(ctx, c + 1, end);
      break;
    }
  }
  const gap = gapBefore(ctx, j);
  if (!(SPACE_GAP.test(gap) || COMMA_GAP.test(gap))) return null;
  const hit = ctx.entities.hitEndingAt(j);
  // After a comma only a clause-initial subject counts ("إن بايدن، أبلغ"), not the tail of a clause ("… القراصنة، قال").
  if (hit && COMMA_GAP.test(gap) && hit.startTok !== sentenceStartTok && !COMPLEMENTIZERS.has(ctx.tokens[hit.startTok - 1]?.norm ?? '')) return null;
  if (hit && COMMA_GAP.test(gap)) return actorOfHit(ctx, hit);
  if (COMMA_GAP.test(gap)) return null;
  const start = clauseStartBefore(ctx.text, ctx.tokens, j, sentenceStartTok);
  if (start < 0 || start >= j) return null;
  if (hit && hit.startTok === start) return actorOfHit(ctx, hit);
  // A longer subject: a title, an unnamed source or an institution with its modifiers, ending at the verb.
  const first = ctx.tokens[start] as Token;
  const bare = first.norm.startsWith('ال') ? first.norm.slice(2) : first.norm;
  const headed = isTitle(first) || UNNAMED_HEADS.has(bare) || INSTITUTION_HEADS.has(bare) || bare === 'احد';
  if (!headed || readSpeakerPhrase(ctx, start, j) !== j) {
    // Coordinated subjects ("الحوثيين وإيران ينفيان") keep the name; a name inside a prepositional phrase is not the subject.
    return hit && !hasPreposition(ctx, start, hit.startTok) ? actorOfHit(ctx, hit) : null;
  }
  return resolvePhrase(ctx, start, j);
}

/**
 * Whether a cue verb carries an object pronoun that points back ("الذي وصفه", "التي اتهمها"): the
 * relative pronoun is then its object, and its subject is someone else.
 */
function hasObjectPronoun(tok: Token): boolean {
  const m = OBJECT_SUFFIX.exec(tok.norm);
  return !!m && CUE_FORMS.has(stripConj(tok.norm.slice(0, m.index)));
}

/**
 * The subject of the verb that opens the sentence (VSO: "وأدلى أحد السائقين …", "واستقبل الرئيس …"),
 * when it is a name, a title, an unnamed source or an institution; null otherwise. Only a verb
 * with و/ف or an imperfect prefix counts as sentence-initial verb: a bare unknown word may be a name.
 */
function mainClauseSubject(ctx: Ctx, a: number, limit: number): string | null {
  const { tokens } = ctx;
  let v = a;
  while (v < limit && v - a < MAX_FRONTED_WORDS && isTimeWord(tokens[v] as Token)) v++;
  const verb = tokens[v];
  if (!verb || v + 1 >= limit || ctx.entities.hitStartingAt(v) || cueAt(verb)) return null;
  const n = verb.norm;
  if (!/^[وف][\u0621-\u064a]{3,}$/.test(n) && !/^[يت][\u0621-\u064a]{3,}$/.test(n)) return null;
  if (/^[وف]?ال/.test(n) || isStop(verb) || isTitle(verb) || isClauseOpener(verb) || INSTITUTION_HEADS.has(stripConj(n))) return null;
  const p = v + 1;
  const first = tokens[p] as Token;
  if (!SPACE_GAP.test(gapBefore(ctx, p))) return null;
  const bare = first.norm.startsWith('ال') ? first.norm.slice(2) : first.norm;
  const hit = ctx.entities.hitStartingAt(p);
  const headed = (hit && hit.start === first.start && hit.type === 'actor') || isTitle(first) || UNNAMED_HEADS.has(bare) || INSTITUTION_HEADS.has(bare) || bare === 'احد';
  if (!headed) return null;
  const end = readSpeakerPhrase(ctx, p, limit);
  return end > p ? resolvePhrase(ctx, p, end) : null;
}

/** Words (times, dates) that may stand before the verb that opens a sentence. */
const MAX_FRONTED_WORDS = 3;

/** Whether a preposition (alone or glued, "وفي", "بالقرب") opens a phrase in tokens [from, to). */
function hasPreposition(ctx: Ctx, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const n = (ctx.tokens[t] as Token).norm;
    if (PREPOSITIONS.has(n) || (/^[وف]/.test(n) && PREPOSITIONS.has(n.slice(1)))) return true;
  }
  return false;
}

interface Opening { contentStart: number; contentTok: number; kind: 'complement' | 'quote' | 'colon' | 'prep' | 'question' }

/** Finds where the content opens after token p: a complementizer, a quotation, a colon, or the verb's preposition. */
function findOpening(ctx: Ctx, cue: CueForm, p: number, limit: number, allowPrep: boolean): Opening | null {
  const { tokens, text } = ctx;
  let from = p;
  // "وقال بولتون، الذي لمح في الماضي إلى …، في مقابلة …": skip a relative clause set off by commas after the speaker.
  if (RELATIVE_PRONOUNS.has(tokens[p]?.norm ?? '') && COMMA_GAP.test(gapBefore(ctx, p))) {
    let j = p + 1;
    while (j < limit && j - p < MAX_RELATIVE_CLAUSE_TOKENS && !/[،,]/.test(gapBefore(ctx, j))) j++;
    if (j < limit && j - p < MAX_RELATIVE_CLAUSE_TOKENS) from = j;
  }
  for (let j = from; j < limit && j - p < MAX_OPENING_DISTANCE; j++) {
    const tok = tokens[j];
    if (!tok) break;
    const gap = gapBefore(ctx, j);
    const q = [...gap].findIndex((c) => OPENING_MARKS.has(c));
    if (gap.includes(':')) {
      const qi = q >= 0 ? tok.start - gap.length + q : tok.start;
      return { contentStart: qi, contentTok: j, kind: 'colon' };
    }
    if (q >= 0 && j > p - 1) {
      const qStart = tok.start - gap.length + q;
      // The closing mark of a quotation (a plain " closes as well as opens) opens nothing.
      const closes = ctx.quoteMask[qStart] === 1 && !ctx.quoteAt.has(qStart);
      if (!closes && !shortQuotedName(ctx, qStart, limit)) return { contentStart: qStart, contentTok: j, kind: 'quote' };
    }
    // A dot glued between letters is an abbreviation (إيه.بي.سي، إتش.آر), not a sentence end.
    if (/[.؟?!]/.test(gap) && j > p && gap !== '.') return null;
    if (COMPLEMENTIZERS.has(tok.norm) || (tok.norm === 'فان')) {
      const next = tokens[j + 1];
      if (!next || j + 1 >= limit) return null;
      const ngap = gapBefore(ctx, j + 1);
      const nq = [...ngap].findIndex((c) => OPENING_MARKS.has(c));
      return { contentStart: nq >= 0 ? next.start - ngap.length + nq : next.start, contentTok: j + 1, kind: 'complement' };
    }
    if (cue.verb.kind === 'QUESTION' && QUESTION_OPENERS.has(tok.norm) && j >= p) {
      if (tok.norm !== 'ما' || tokens[j + 1]?.norm === 'اذا') return { contentStart: tok.start, contentTok: j, kind: 'question' };
    }
    // "انتقد … ما وصفه بتجاهل …", "ندد بما اعتبره …": the relative clause is the content.
    if ((tok.norm === 'ما' || tok.norm === 'بما') && tokens[j + 1] && j + 1 < limit && cueAt(tokens[j + 1] as Token) && SPACE_GAP.test(gapBefore(ctx, j + 1))) {
      return { contentStart: tok.norm === 'بما' ? tok.start + 1 : tok.start, contentTok: j, kind: 'complement' };
    }
    if (j > p && cueAt(tok) && !cueAt(tok)?.form.participle) return null;
    if (allowPrep && cue.verb.preps.length) {
      for (const prep of cue.verb.preps) {
        if (prep.length > 1 && tok.norm === prep.replace(/[إأ]/g, 'ا').replace('ى', 'ي')) {
          const next = tokens[j + 1];
          // "أشار إلى أن …", "حذر من أن …": the complementizer after the preposition opens the content.
          if (next && COMPLEMENTIZERS.has(next.norm) && j + 2 < limit) continue;
          if (next && j + 1 < limit) {
            const ngap = gapBefore(ctx, j + 1);
            const nq = [...ngap].findIndex((c) => OPENING_MARKS.has(c));
            return { contentStart: nq >= 0 ? next.start - ngap.length + nq : next.start, contentTok: j + 1, kind: 'prep' };
          }
        }
        if (prep.length === 1 && tok.norm.startsWith(prep) && tok.norm.length >= 4 && !isStop(tok)
          && !['بعد', 'بين', 'بسبب', 'بشان', 'لدي', 'لكن', 'لان', 'لها', 'لهم', 'بها', 'بهم', 'بدوره', 'بدورها'].includes(tok.norm)
          && matchAt(text, tokens, j, NAME_TRIE)?.startTok !== j) {
          return { contentStart: tok.start + 1, contentTok: j, kind: 'prep' };
        }
        if (prep.length === 1 && tok.text.length === 1 && tok.norm === prep) {
          const next = tokens[j + 1];
          if (next) return { contentStart: next.start, contentTok: j + 1, kind: 'prep' };
        }
      }
    }
  }
  return null;
}

/**
 * A short quotation that a complementizer follows a little later is a quoted name or title
 * ("في مقابلة مع "فوكس نيوز" أن …", "عبر "تويتر" إن …"), not the statement: keep looking.
 */
function shortQuotedName(ctx: Ctx, qStart: number, limit: number): boolean {
  const region = ctx.quoteAt.get(qStart);
  if (!region) return false;
  const from = tokensIndexAt(ctx, region.start);
  const to = tokensIndexAt(ctx, region.end);
  if (to - from > MAX_QUOTED_NAME_TOKENS) return false;
  for (let j = to; j < limit && j - to < MAX_QUOTED_NAME_TO_COMPLEMENT; j++) {
    const t = ctx.tokens[j] as Token;
    if (/[.؟?!]/.test(gapBefore(ctx, j))) return false;
    if (COMPLEMENTIZERS.has(t.norm)) return true;
  }
  return false;
}

/** Where the content of a statement ends: the sentence end, a closing quotation, a new coordinated cue, or an attribution tail. */
function contentEnd(ctx: Ctx, start: number, startTok: number, sentence: Sentence, relative: boolean): { end: number; stopTok: number } {
  const { text, tokens } = ctx;
  let end = sentence.end;
  let stopTok = Number.MAX_SAFE_INTEGER;
  const opener = text[start] ?? '';
  if (OPENING_MARKS.has(opener)) {
    const region = ctx.quoteAt.get(start);
    if (region) {
      // The quote is the content unless the sentence goes on in the same quoted voice.
      const rest = text.slice(region.end, sentence.end);
      // A short quoted phrase that the clause goes on after ("وصف «السيء» الاتفاق بأنه …") is a
      // scare quote or a name inside the content, not the whole content.
      const words = tokensIndexAt(ctx, region.end) - tokensIndexAt(ctx, region.start);
      const goesOn = words <= MAX_QUOTED_NAME_TOKENS && /^\s+[\u0621-\u064a]/.test(rest) && !/^\s+و?(?:قال|أضاف|مضيفا|مشيرا|قائلا)/.test(rest);
      if (!goesOn) end = region.end;
    }
  }
  for (let j = startTok; j < tokens.length; j++) {
    const tok = tokens[j];
    if (!tok || tok.start >= end) break;
    if (ctx.quoteMask[tok.start]) continue;
    const gap = gapBefore(ctx, j);
    const tail = text.slice(tok.start - gap.length, Math.min(text.length, tok.start + CUTTER_LOOKAHEAD_CHARS));
    if (j > startTok && CONTENT_CUTTERS.some((re) => re.test(tail))) { end = tok.start - gap.length; stopTok = j; break; }
    if (relative && j > startTok && /[،,]/.test(gap)) { end = tok.start - gap.length; stopTok = j; break; }
    const c = j > startTok ? cueAt(tok) : null;
    // "… ، وتبلغ السرعة …": a verb that needs a complement only starts a new statement when one follows.
    const opensHere = c && (!c.form.verb.needsComplement || findOpening(ctx, c.form, j + 1, Math.min(tokens.length, j + 8), false) !== null);
    if (c && opensHere && (c.prefixed || c.form.participle)) { end = tok.start - gap.length; stopTok = j; break; }
    // "…، لكنه أضاف أن", "…، غير أنه حذر", "…، إلا أنها أشارت": a contrast that opens a second statement.
    if (c && opensHere && j - 1 > startTok && contrastBefore(ctx, j)) {
      const first = contrastBefore(ctx, j) as number;
      const g = gapBefore(ctx, first);
      end = (tokens[first] as Token).start - g.length; stopTok = first; break;
    }
    // ", قال الرئيس …": a new speaker takes the floor, unless the clause's own subject precedes the verb.
    if (c && opensHere && /[،,]/.test(gap)) {
      const subject = ctx.entities.hitEndingAt(j);
      if (!subject || subject.startTok !== startTok) { end = tok.start - gap.length; stopTok = j; break; }
    }
    // ", والذي قالت روسيا …": a relative clause that brings in another speaker.
    const rel = tokens[j - 1];
    if (c && rel && j - 1 > startTok && RELATIVES.has(stripConj(rel.norm))) {
      const relGap = gapBefore(ctx, j - 1);
      if (/[،,]/.test(relGap)) { end = rel.start - relGap.length; stopTok = j - 1; break; }
    }
  }
  // No trailing punctuation or spaces.
  while (end > start && /[\s.،,:;؛]/.test(text[end - 1] ?? '')) end--;
  return { end, stopTok };
}

/**
 * The first token of a contrastive opener right before token j that follows a comma ("، لكنه",
 * "، غير أنه", "، إلا أنها", "، بيد أنه"), or null: the cue after it starts a new statement.
 */
function contrastBefore(ctx: Ctx, j: number): number | null {
  const { tokens } = ctx;
  for (let f = j - 1; f >= 0 && j - f <= MAX_CONTRAST_TOKENS; f--) {
    const t = tokens[f] as Token;
    if (!CONTRASTS.has(t.norm) && !COMPLEMENTIZERS.has(t.norm)) return null;
    if (/[،,]/.test(gapBefore(ctx, f))) return CONTRASTS.has(t.norm) ? f : null;
  }
  return null;
}
/** "لكنه", "غير أنه", "إلا أنها": at most two words. */
const MAX_CONTRAST_TOKENS = 2;
const CONTRASTS = new Set(['لكن', 'لكنه', 'لكنها', 'لكنهم', 'ولكن', 'ولكنه', 'ولكنها', 'ولكنهم', 'غير', 'الا', 'بيد', 'بل', 'وبل']);

function isDirect(ctx: Ctx, start: number, end: number): boolean {
  const region = OPENING_MARKS.has(ctx.text[start] ?? '') ? ctx.quoteAt.get(start) : undefined;
  if (region && region.end >= end - 1) return true;
  let quoted = 0;
  for (let i = start; i < end; i++) quoted += ctx.quoteMask[i] ?? 0;
  return end > start && quoted / (end - start) >= MIN_DIRECT_QUOTED_SHARE;
}

function addressees(ctx: Ctx, a: number, b: number, takesObject: boolean): string[] {
  const out: string[] = [];
  for (let j = a; j < b; j++) {
    const tok = ctx.tokens[j];
    const hit = ctx.entities.hitStartingAt(j);
    if (!tok || !hit) continue;
    // "لوكالة فرانس برس", "لوسائل الإعلام", "لـCNN", or the object of أبلغ/سأل.
    const dative = /^ل/.test(tok.norm) && ctx.text.slice(hit.start - 1, hit.start) === 'ل' || /^ل/.test(tok.norm) && hit.start > tok.start;
    if (dative || (takesObject && out.length === 0 && (j === a || isTitle(ctx.tokens[a] as Token)))) out.push(actorOfHit(ctx, hit));
    j = hit.endTok - 1;
  }
  return [...new Set(out)];
}

interface DraftFields {
  cueStart: number; cueEnd: number; verb: string | null; kind: StatementKind; direct: boolean; contentStart: number; contentEnd: number;
  addresseeIds?: string[]; implicit?: boolean; baseKind?: StatementKind; speakerImplicit?: boolean;
}

/** Appends a statement; every draft has the same shape (no spreads: they showed up in profiles). */
function push(ctx: Ctx, speakerId: string, sentence: Sentence, f: DraftFields): StatementDraft {
  const draft: StatementDraft = {
    key: ctx.out.length, speakerId, addresseeIds: f.addresseeIds ?? [], cueStart: f.cueStart, cueEnd: f.cueEnd, verb: f.verb, kind: f.kind,
    direct: f.direct, contentStart: f.contentStart, contentEnd: f.contentEnd, sentence, reportedByKey: null, reportedById: null,
    deniesKey: null, answersKey: null, implicit: f.implicit ?? false, baseKind: f.baseKind, speakerImplicit: f.speakerImplicit,
  };
  ctx.out.push(draft);
  if (!draft.implicit) ctx.lastSpeaker = speakerId;
  return draft;
}

/** Runs over every sentence in order; statements come out in text order. */
export function findStatements(text: string, tokens: Token[], sentences: Sentence[], sentenceTok: [number, number][],
  entities: EntityIndex, quotes: QuoteRegion[], quoteMaskArr: Uint8Array): StatementDraft[] {
  const ctx: Ctx = { text, tokens, entities, quoteMask: quoteMaskArr, quotes, quoteAt: new Map(quotes.map((q) => [q.start, q])), out: [], lastSpeaker: null, unnamedByHead: new Map(), consumedTo: 0 };
  for (const sentence of sentences) {
    const [a, b] = sentenceTok[sentence.index] ?? [0, 0];
    if (b <= a) continue;
    const before = ctx.out.length;
    colonStatement(ctx, sentence, a, b);
    const open: StatementDraft[] = [];
    for (let k = a; k < b; k++) {
      const tok = tokens[k];
      if (!tok || quoteMaskArr[tok.start] || k < ctx.consumedTo) continue;
      const made = attribution(ctx, sentence, a, b, k) ?? reportedAttribution(ctx, sentence, a, b, k) ?? jaaFi(ctx, sentence, a, b, k) ?? verbCue(ctx, sentence, a, b, k, open)
        ?? nounCue(ctx, sentence, b, k);
      if (made) open.push(made);
    }
    void before;
  }
  linkStatements(ctx);
  return ctx.out;
}

/** "X: …" — a headline or a line that gives the floor to a named speaker. */
function colonStatement(ctx: Ctx, sentence: Sentence, a: number, b: number) {
  const { text, tokens } = ctx;
  const local = text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_COLON_OFFSET_CHARS)).indexOf(':');
  if (local < 0) return;
  const colon = sentence.start + local;
  let c = a;
  while (c < b && (tokens[c]?.end ?? 0) <= colon) c++;
  if (c - a === 0 || c - a > MAX_COLON_SPEAKER_TOKENS || c >= b) return;
  if (ctx.quoteMask[colon]) return;
  for (let j = a; j < c; j++) if (cueAt(tokens[j] as Token)) return;
  const hits = ctx.entities.hitsIn(a, c).filter((h) => h.type === 'actor' || ctx.entities.places.get(h.refId)?.metonymFor);
  if (!hits.length) return;
  // The speaker must be the whole prefix, not an entity mentioned in a topic ("القرصنة الإلكترونية: …").
  const lastHit = hits[hits.length - 1] as Hit;
  if (lastHit.endTok < c - 1 && !isTitle(tokens[a] as Token)) return;
  // "الحرب في سوريا: …" names a topic; a speaker prefix ("السفير الروسي في لندن: …") starts with its head.
  const head = tokens[a] as Token;
  const bareHead = head.norm.startsWith('ال') ? head.norm.slice(2) : head.norm;
  const headed = (hits[0] as Hit).startTok === a || isTitle(head) || INSTITUTION_HEADS.has(bareHead) || UNNAMED_HEADS.has(bareHead);
  if (!headed && hasPreposition(ctx, a, lastHit.startTok)) return;
  // "تركيا: المرشح المعارض يقول إن …": the headline's speaker is inside it, with a verb of its own.
  // A verb right after the colon ("إيران: نرفض …") is the prefix's own words.
  for (let j = c + 1; j < b && j - c < MAX_COLON_SPEAKER_TOKENS; j++) {
    const cue = cueAt(tokens[j] as Token);
    if (cue && !cue.form.participle) return;
  }
  const speaker = resolvePhrase(ctx, a, c);
  if (!speaker) return;
  let start = colon + 1;
  while (start < sentence.end && /\s/.test(text[start] ?? '')) start++;
  const { end } = contentEnd(ctx, start, c, sentence, false);
  if (end <= start) return;
  push(ctx, speaker, sentence, {
    cueStart: colon, cueEnd: colon + 1, verb: ':', kind: kindFor(ctx, 'CLAIM', start, end),
    direct: true, contentStart: start, contentEnd: end,
  });
}

/** "بحسب X", "وفقا لـX", "نقلا عن X", "من وجهة نظر X". */
function attribution(ctx: Ctx, sentence: Sentence, a: number, b: number, k: number): StatementDraft | null {
  const { tokens, text } = ctx;
  const tok = tokens[k];
  if (!tok) return null;
  // "وفقا" and "وفق" begin with و themselves: only strip a conjunction in front of them.
  const n = ATTRIBUTION_PARTICLES.has(tok.norm) ? tok.norm : stripConj(tok.norm);
  let phraseEnd = -1;
  if (n === 'بحسب' || n === 'حسب' || n === 'وفق' || n === 'حسبما') phraseEnd = k + 1;
  else if ((n === 'وفقا' || n === 'طبقا') && tokens[k + 1]?.norm.startsWith('ل')) phraseEnd = k + 1;
  else if (n === 'نقلا' && tokens[k + 1]?.norm === 'عن') phraseEnd = k + 2;
  else if (n === 'من' && tokens[k + 1]?.norm === 'وجهه' && tokens[k + 2]?.norm === 'نظر') phraseEnd = k + 3;
  if (phraseEnd < 0 || phraseEnd >= b) return null;
  const next = tokens[phraseEnd];
  if (!next) return null;
  // "وفقا لما نقلته وكالة …", "حسبما أفادت …": a relay of words already attributed.
  if (['لما', 'ما'].includes(next.norm) || (n === 'حسبما')) return null;
  // The ل of وفقا ل is glued to the source: read the phrase as if it were not.
  let npEnd = readSpeakerPhrase(ctx, phraseEnd, b, true);
  if (npEnd <= phraseEnd) npEnd = Math.min(b, phraseEnd + 1);
  let srcStart = phraseEnd;
  // "بحسب النتائج الأولية، التي نشرتها وكالة الأناضول": figures and documents speak for whoever issued them.
  const rel = tokens[npEnd];
  if (rel && RELATIVE_PRONOUNS.has(rel.norm) && isIssuingVerb(tokens[npEnd + 1])) {
    const issuerEnd = readSpeakerPhrase(ctx, npEnd + 2, b);
    if (issuerEnd > npEnd + 2) { srcStart = npEnd + 2; npEnd = issuerEnd; }
  }
  const speaker = resolvePhrase(ctx, srcStart, npEnd, srcStart === phraseEnd);
  if (!speaker) return null;
  const cueStart = tok.start;
  const cueEnd = (tokens[phraseEnd - 1] ?? tok).end;
  const atStart = k === a || (k <= a + 1 && /^[وف]/.test(tok.norm)) || (k - a <= MAX_FRONTED_WORDS + 1 && tokens.slice(a, k).every((t) => isTimeWord(t) || isStop(t)));
  let start: number;
  let end: number;
  if (atStart) {
    let j = npEnd;
    while (j < b && (COMPLEMENTIZERS.has(tokens[j]?.norm ?? '') || tokens[j]?.norm === 'فان')) j++;
    const t = tokens[j];
    if (!t) return null;
    const gap = gapBefore(ctx, j);
    const q = [...gap].findIndex((c) => OPENING_MARKS.has(c));
    start = q >= 0 ? t.start - gap.length + q : t.start;
    end = contentEnd(ctx, start, j, sentence, false).end;
  } else {
    // A trailing source: the clause before it, unless a cue already attributed it.
    const lastOut = ctx.out[ctx.out.length - 1];
    const covered = !!lastOut && lastOut.sentence.index === sentence.index;
    if (covered) return null;
    start = (tokens[a] as Token).start;
    end = cueStart;
    while (end > start && /[\s.،,]/.test(text[end - 1] ?? '')) end--;
  }
  if (end <= start) return null;
  return push(ctx, speaker, sentence, {
    cueStart, cueEnd, verb: n, kind: kindFor(ctx, 'CLAIM', start, end),
    direct: isDirect(ctx, start, end), contentStart: start, contentEnd: end,
  });
}

/** Words after a clause-final "كما قال X": a day, a date, "لوكالة الأنباء". */
const MAX_SOURCE_TAIL_TOKENS = 3;
/** Attribution particles that start with و of their own. */
const ATTRIBUTION_PARTICLES = new Set(['وفقا', 'وفق', 'وفقما']);

/** Particles that attribute a clause to what a source said: "بحسب ما أفاد X", "وفق ما نقلت X", "حسبما أعلن X", "كما قال X". */
const REPORTED_PARTICLES = new Set(['بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا', 'على']);
const FUSED_REPORTED_PARTICLES = new Set(['حسبما', 'كما', 'بحسبما', 'وفقما']);
/** Every written form of those particles, bare or after و/ف: one lookup rejects all other words. */
const REPORTED_PARTICLE_FORMS = new Set([...REPORTED_PARTICLES, ...FUSED_REPORTED_PARTICLES, ...ATTRIBUTION_PARTICLES]
  .flatMap((p) => [p, `و${p}`, `ف${p}`]));

/**
 * "…، بحسب ما أفادت وكالة الأنباء" / "…، حسبما أعلن المتحدث" / "وبحسب ما ذكرت الصحيفة، فإن …": a
 * particle, ما and a reporting verb whose subject follows. The content is the clause before the
 * particle, or, when the particle opens the sentence, what follows the source. A complementizer or
 * a quotation after the source ("كما أكد الوزير أن …") makes it an ordinary verb cue instead.
 */
function reportedAttribution(ctx: Ctx, sentence: Sentence, a: number, b: number, k: number): StatementDraft | null {
  const { tokens, text } = ctx;
  const tok = tokens[k];
  if (!tok) return null;
  if (!REPORTED_PARTICLE_FORMS.has(tok.norm)) return null;
  const n = ATTRIBUTION_PARTICLES.has(tok.norm) ? tok.norm : stripConj(tok.norm);
  let v: number;
  if (FUSED_REPORTED_PARTICLES.has(n)) v = k + 1;
  else if (REPORTED_PARTICLES.has(n) && (tokens[k + 1]?.norm === 'ما' || tokens[k + 1]?.norm === 'لما')) v = k + 2;
  else return null;
  const verbTok = tokens[v];
  const found = verbTok && v < b ? cueAt(verbTok) : null;
  if (!verbTok || !found || found.form.participle || !SPACE_GAP.test(gapBefore(ctx, v))) return null;
  let p = v + 1;
  let srcEnd = readSpeakerPhrase(ctx, p, b);
  if (srcEnd <= p) return null;
  if (found.form.verb.relay && tokens[srcEnd]?.norm === 'عن') {
    // "بحسب ما نقلت وكالة رويترز عن مسؤولين": the source after عن speaks.
    const inner = readSpeakerPhrase(ctx, srcEnd + 1, b);
    if (inner > srcEnd + 1) { p = srcEnd + 1; srcEnd = inner; }
  }
  const after = tokens[srcEnd];
  const afterGap = after ? gapBefore(ctx, srcEnd) : '';
  if (after && srcEnd < b && (COMPLEMENTIZERS.has(after.norm) || [...afterGap].some((c) => OPENING_MARKS.has(c) || c === ':'))) return null;
  const atStart = k === a || (k - a <= MAX_FRONTED_WORDS && tokens.slice(a, k).every((t) => isTimeWord(t) || isStop(t)));
  // كما is also "and also" ("كما شدد الوزير على …", "…، كما رفضت واشنطن بيع …"): it attributes only at
  // the end of a sentence, with at most a date or an addressee after the source.
  if (n === 'كما' && (atStart || b - srcEnd > MAX_SOURCE_TAIL_TOKENS)) return null;
  let start: number;
  let end: number;
  if (atStart) {
    let j = srcEnd;
    while (j < b && (COMPLEMENTIZERS.has(tokens[j]?.norm ?? '') || tokens[j]?.norm === 'فان')) j++;
    const t = tokens[j];
    if (!t || j >= b) return null;
    start = t.start;
    end = contentEnd(ctx, start, j, sentence, false).end;
  } else {
    // A source at the end of a clause: the clause is the content, unless a cue of this sentence already attributed it.
    const lastOut = ctx.out[ctx.out.length - 1];
    if (lastOut && lastOut.sentence.index === sentence.index) { ctx.consumedTo = srcEnd; return null; }
    if (!/[،,]/.test(gapBefore(ctx, k)) && n === 'كما') return null;
    start = (tokens[a] as Token).start;
    end = tok.start;
    while (end > start && /[\s.،,]/.test(text[end - 1] ?? '')) end--;
  }
  if (end <= start) return null;
  const speaker = resolvePhrase(ctx, p, srcEnd);
  if (!speaker) return null;
  ctx.consumedTo = srcEnd;
  return push(ctx, speaker, sentence, {
    cueStart: tok.start, cueEnd: verbTok.end, verb: found.form.verb.lemma, kind: kindFor(ctx, found.form.verb.kind, start, end),
    direct: isDirect(ctx, start, end), contentStart: start, contentEnd: end, baseKind: found.form.verb.kind,
  });
}

/** "وجاء في بيان (صادر عن) X أن …", "وجاء في البيان: …". */
function jaaFi(ctx: Ctx, sentence: Sentence, a: number, b: number, k: number): StatementDraft | null {
  const { tokens } = ctx;
  const tok = tokens[k];
  if (!tok || stripConj(tok.norm) !== 'جاء' || tokens[k + 1]?.norm !== 'في') return null;
  const nounTok = tokens[k + 2];
  if (!nounTok || !STATEMENT_NOUNS.has(nounTok.norm)) return null;
  let p = k + 3;
  while (p < b && ['صادر', 'صادره', 'عن', 'من', 'رسمي', 'مشترك'].includes(tokens[p]?.norm ?? '')) p++;
  const first = tokens[p];
  let npEnd = p;
  if (first && !COMPLEMENTIZERS.has(first.norm)) {
    const hit = ctx.entities.hitStartingAt(p);
    npEnd = hit ? hit.endTok : readSpeakerPhrase(ctx, p, b);
  }
  const speaker = npEnd > p ? resolvePhrase(ctx, p, npEnd) : ctx.lastSpeaker;
  if (!speaker) return null;
  const opening = findOpening(ctx, { verb: { lemma: 'جاء', kind: 'ANNOUNCEMENT', past: 'جاء', preps: [] }, participle: false }, npEnd, b, false);
  if (!opening) return null;
  const { end } = contentEnd(ctx, opening.contentStart, opening.contentTok, sentence, false);
  if (end <= opening.contentStart) return null;
  return push(ctx, speaker, sentence, {
    cueStart: tok.start, cueEnd: nounTok.end, verb: 'جاء في', kind: kindFor(ctx, 'ANNOUNCEMENT', opening.contentStart, end),
    direct: isDirect(ctx, opening.contentStart, end), contentStart: opening.contentStart, contentEnd: end,
  });
}

function verbCue(ctx: Ctx, sentence: Sentence, a: number, b: number, k: number, open: StatementDraft[]): StatementDraft | null {
  const { tokens, text } = ctx;
  const tok = tokens[k];
  if (!tok) return null;
  const found = cueAt(tok);
  if (!found) return null;
  const cue = found.form;
  const prevTok = tokens[k - 1];
  if (prevTok && k > a && stripConj(prevTok.norm) === 'مما') return null;
  const relative = !!prevTok && k > a && RELATIVES.has(stripConj(prevTok.norm));
  // Nested speech: a bare cue inside the content of an earlier statement of this sentence.
  const enclosing = open.length ? open.slice(-MAX_ENCLOSING_CANDIDATES).find((s) => s.contentStart <= tok.start && tok.end <= s.contentEnd && !s.implicit) : undefined;
  // "ما وصفه" inside another statement's content belongs to that statement.
  if (enclosing && prevTok && (prevTok.norm === 'ما' || prevTok.norm === 'بما')) return null;
  let speaker: string | null = null;
  let speakerImplicit = false;
  let npEnd = k + 1;
  let addrs: string[] = [];
  const after = tokens[k + 1];
  const immediateOpen = !after || COMPLEMENTIZERS.has(after.norm) || /[:"“«″]/.test(gapBefore(ctx, k + 1));
  // A subject right before the verb wins ("موسكو نفت", "إن بايدن، أبلغ نظيره"): what follows is then the object.
  if (!cue.participle && !found.prefixed) speaker = speakerBefore(ctx, k, enclosing ? tokensIndexAt(ctx, enclosing.contentStart) : a);
  if (!speaker && !immediateOpen && !cue.participle) {
    npEnd = readSpeakerPhrase(ctx, k + 1, b);
    if (npEnd > k + 1) speaker = resolvePhrase(ctx, k + 1, npEnd);
    if (!speaker) npEnd = k + 1;
  }
  // "وردت موسكو، التي تنفي …": a relative clause's verb has the noun before the pronoun as its subject.
  if (!speaker && relative && prevTok && RELATIVE_PRONOUNS.has(prevTok.norm) && !hasObjectPronoun(tok)) {
    const antecedent = ctx.entities.hitEndingAt(k - 1);
    if (antecedent && antecedent.startTok >= a) { speaker = actorOfHit(ctx, antecedent); speakerImplicit = true; }
  }
  // A participle continues the subject of its clause: the statement before it in the sentence, or the subject of the
  // sentence's main verb ("وأدلى أحد الشهود بشهادته قائلا …").
  if (!speaker && cue.participle) {
    speaker = open[open.length - 1]?.speakerId ?? mainClauseSubject(ctx, a, k) ?? ctx.lastSpeaker;
    speakerImplicit = true;
  }
  if (!speaker) {
    // Pronoun-only cue ("وأضاف", "ولكنه ألمح"): the last speaker, but only where prose hands the floor
    // back to them, not for a verb whose subject is the narration's ("… وتطالب بالدفع").
    const atStart = k - a <= MAX_FRONTED_WORDS + 1 && tokens.slice(a, k).every((t) => isTimeWord(t) || isStop(t) || /^(?:جانبه|جانبها|بدوره|بدورها)$/.test(t.norm));
    const pronoun = /^(?:لكنه|لكنها|ولكنه|ولكنها|انه|انها|بل)$/.test(prevTok?.norm ?? '');
    if (atStart || pronoun || relative || open.length > 0) { speaker = ctx.lastSpeaker; speakerImplicit = true; }
    // "استقبل الرئيس الوفد … وقال إن": a coordinated verb shares the subject of the sentence's main verb.
    else if (found.prefixed) { speaker = mainClauseSubject(ctx, a, k); speakerImplicit = true; }
  }
  if (!speaker) return null;
  if (cue.verb.relay) {
    // "نقلت وكالة رويترز عن مسؤولين … قولهم إن": the source after عن speaks, the medium relays.
    let j = npEnd;
    while (j < b && tokens[j]?.norm !== 'عن' && j - npEnd < MAX_RELAY_MEDIUM_TAIL) j++;
    if (tokens[j]?.norm !== 'عن') return null;
    const srcEnd = readSpeakerPhrase(ctx, j + 1, b);
    const src = srcEnd > j + 1 ? resolvePhrase(ctx, j + 1, srcEnd) : null;
    if (!src) return null;
    speaker = src;
    npEnd = srcEnd;
  }
  const objectTok = tokens[npEnd];
  const deniedObject = cue.verb.kind === 'DENIAL' && objectTok && DENIED_NOUNS.has(stripConj(objectTok.norm));
  const opening = deniedObject ? null : findOpening(ctx, cue, npEnd, b, true);
  let contentStart: number;
  let contentTok: number;
  if (opening) {
    contentStart = opening.contentStart;
    contentTok = opening.contentTok;
    addrs = addressees(ctx, npEnd, opening.contentTok, !!cue.verb.takesObject);
  } else {
    if ((cue.verb.needsComplement || cue.participle) && !deniedObject) return null;
    // "نفت موسكو مزاعم …", "أعلن الجيش بدء …": the object is the content.
    let j = npEnd;
    while (j < b && (isTimeWord(tokens[j] as Token) || COMMA_GAP.test(gapBefore(ctx, j)) && isTimeWord(tokens[j] as Token))) j++;
    const t = tokens[j];
    if (!t || j >= b) return null;
    // A relative clause right after the speaker describes them; it is not what they said.
    if (RELATIVE_PRONOUNS.has(t.norm)) return null;
    contentStart = t.start;
    contentTok = j;
  }
  if (contentTok >= b && !(opening && opening.kind !== 'prep')) return null;
  const { end } = contentEnd(ctx, contentStart, contentTok, sentence, relative);
  if (end <= contentStart) return null;
  let kind = kindFor(ctx, cue.verb.kind, contentStart, end);
  const draft = push(ctx, speaker, sentence, {
    addresseeIds: addrs.filter((x) => x !== speaker), cueStart: tok.start, cueEnd: tok.end, verb: cue.verb.lemma, kind,
    direct: isDirect(ctx, contentStart, end), contentStart, contentEnd: end, speakerImplicit, baseKind: cue.verb.kind,
  });
  if (enclosing && !found.prefixed && !cue.participle && enclosing.speakerId !== speaker) {
    // The outer statement only reports: its own kind is the cue's, not the inner content's.
    enclosing.kind = enclosing.baseKind ?? enclosing.kind;
    draft.reportedByKey = enclosing.key;
    draft.reportedById = enclosing.speakerId;
  }
  void kind; void text;
  return draft;
}

/** Synthetic verbs for statement nouns, so findOpening can read their prepositions. */
const NOUN_AS_VERB = new Map<CueNoun, CueForm>();

function nounAt(tok: Token): CueNoun | null {
  const memo = tok.info.noun as CueNoun | null | undefined;
  if (memo !== undefined) return memo;
  return (tok.info.noun = computeNoun(tok));
}

function computeNoun(tok: Token): CueNoun | null {
  const direct = NOUN_CUES.get(tok.norm);
  if (direct) return direct;
  for (const v of tok.info.variants) {
    // و ف ب ل ك + noun; never the definite form, which cannot take a genitive speaker.
    if (v.prefixLength === 1 || (v.prefixLength === 2 && /^[وف][بلك]/.test(tok.norm))) {
      const n = NOUN_CUES.get(v.form);
      if (n) return n;
    }
  }
  return null;
}

/**
 * A statement noun followed by its speaker in the genitive: "إعلان ترامب الانسحاب من الاتفاق",
 * "تحذيرات منافسي إردوغان من أن …", "اتهامات دول عربية لها بدعم …". The speaker must be a
 * recognized actor or a titled/unnamed phrase, and the content must open right after it.
 */
function nounCue(ctx: Ctx, sentence: Sentence, b: number, k: number): StatementDraft | null {
  const { tokens, entities } = ctx;
  const tok = tokens[k];
  if (!tok) return null;
  const noun = nounAt(tok);
  if (!noun) return null;
  // "تحذيرات من منافسي إردوغان بأن …": the speaker after من (then only with a complement, below).
  const byMin = tokens[k + 1]?.norm === 'من';
  const p = byMin ? k + 2 : k + 1;
  const first = tokens[p];
  if (!first || p >= b || !SPACE_GAP.test(gapBefore(ctx, p))) return null;
  const hit = entities.hitStartingAt(p);
  const actorLike = (hit && (hit.type === 'actor' || entities.places.get(hit.refId)?.metonymFor)) || isTitle(first) || UNNAMED_HEADS.has(first.norm) || INSTITUTION_HEADS.has(first.norm);
  if (!actorLike) return null;
  const npEnd = readSpeakerPhrase(ctx, p, b);
  if (npEnd <= p) return null;
  let form = NOUN_AS_VERB.get(noun);
  if (!form) {
    form = { verb: { lemma: noun.lemma, kind: noun.kind, past: noun.lemma, preps: noun.preps }, participle: false };
    NOUN_AS_VERB.set(noun, form);
  }
  let contentStart: number;
  let contentTok: number;
  const opening = findOpening(ctx, form, npEnd, b, !byMin);
  // The content opens right after the speaker; a complement or a quote may come after a short
  // circumstantial phrase ("خلال زيارة واشنطن الاثنين بأن …").
  const dist = opening ? opening.contentTok - npEnd : 99;
  const near = opening && !/[،,]/.test(gapBefore(ctx, npEnd)) && (opening.kind === 'complement' ? dist <= MAX_NOUN_COMPLEMENT_DISTANCE : opening.kind === 'prep' ? dist <= 1 : dist <= MAX_NOUN_QUOTE_DISTANCE);
  const objectTok = tokens[npEnd];
  if (opening && near && (!byMin || opening.kind === 'complement')) {
    contentStart = opening.contentStart;
    contentTok = opening.contentTok;
  } else if (noun.object && !byMin && objectTok && npEnd < b && SPACE_GAP.test(gapBefore(ctx, npEnd))
    && isArabicWord(objectTok.norm) && !isStop(objectTok) && !isTimeWord(objectTok) && !cueAt(objectTok)) {
    contentStart = (tokens[npEnd] as Token).start;
    contentTok = npEnd;
  } else return null;
  if (contentTok >= b) return null;
  const { end } = contentEnd(ctx, contentStart, contentTok, sentence, false);
  if (end <= contentStart) return null;
  const speaker = resolvePhrase(ctx, p, npEnd);
  if (!speaker) return null;
  const lastSpeaker = ctx.lastSpeaker;
  const draft = push(ctx, speaker, sentence, {
    cueStart: tok.start, cueEnd: tok.end, verb: noun.lemma, kind: kindFor(ctx, noun.kind, contentStart, end),
    direct: isDirect(ctx, contentStart, end), contentStart, contentEnd: end, baseKind: noun.kind,
  });
  // Narration that mentions someone's words does not hand them the floor for a following "وأضاف".
  ctx.lastSpeaker = lastSpeaker;
  return draft;
}

function tokensIndexAt(ctx: Ctx, offset: number): number {
  return firstAtOrAfter(ctx.tokens, offset, (tok) => tok.start);
}

/** Auxiliaries whose negation says nothing about a specific act. */
const AUX_STEMS = new Set(['كان', 'كن', 'كون', 'تم', 'عد', 'زال', 'زل', 'بد', 'قل', 'قال', 'عود', 'صبح', 'بق']);
const NEGATORS = new Set(['لم', 'لن', 'ولم', 'ولن']);

/** Rough stem of a verb: "تتصل", "اتصلت", "يتصلون" → "تصل". */
function verbStem(norm: string): string {
  let w = norm;
  if (w.length > 4 && /^[وف]/.test(w)) w = w.slice(1);
  if (w.length > 4 && /(?:ون|وا|ين)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && /[تا]$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && /^[يتنا]/.test(w)) w = w.slice(1);
  return w;
}

/** Stems of verbs right after لم/لن (negated = true), or of all other words of a span. */
function negatedStems(ctx: Ctx, start: number, end: number, negated: boolean): Set<string> {
  const out = new Set<string>();
  const from = tokensIndexAt(ctx, start);
  for (let t = from; t < ctx.tokens.length && t - from < MAX_NEGATION_SCAN_TOKENS; t++) {
    const tok = ctx.tokens[t] as Token;
    if (tok.end > end) break;
    const prev = t > from ? ctx.tokens[t - 1] : undefined;
    const afterNeg = !!prev && NEGATORS.has(prev.norm);
    if (afterNeg !== negated || NEGATORS.has(tok.norm) || !isArabicWord(tok.norm) || tok.norm.startsWith('ال')) continue;
    const stem = verbStem(tok.norm);
    if (stem.length >= 3 && !AUX_STEMS.has(stem)) out.add(stem);
  }
  return out;
}

/** Denials → what they deny (an implicit claim when the article spells it out), answers → questions. */
function linkStatements(ctx: Ctx) {
  const { tokens, text, entities } = ctx;
  const list = [...ctx.out];
  for (const s of list) {
    if (s.implicit) continue;
    const contentTok = tokensIndexAt(ctx, s.contentStart);
    const first = tokens[contentTok];
    if (s.kind === 'DENIAL' && first && DENIED_NOUNS.has(first.norm)) {
      const hit = entities.hitStartingAt(contentTok + 1);
      if (!hit) continue;
      const claimant = actorOfHit(ctx, hit);
      // "مزاعم الولايات المتحدة بأنها اتصلت …": the claim itself is in the text.
      let j = hit.endTok;
      while (j < tokens.length && (tokens[j]?.start ?? Infinity) < s.contentEnd && !COMPLEMENTIZERS.has(tokens[j]?.norm ?? '')) j++;
      const claimTok = tokens[j + 1];
      if (j < tokens.length && claimTok && claimTok.start < s.contentEnd) {
        const implicit = push(ctx, claimant, s.sentence, {
          cueStart: first.start, cueEnd: first.end, verb: null, kind: 'CLAIM', direct: false,
          contentStart: claimTok.start, contentEnd: s.contentEnd, implicit: true,
        });
        s.deniesKey = implicit.key;
      } else {
        const related = (id: string) => id === claimant || entities.actors.get(id)?.partOfIds.includes(claimant) || entities.actors.get(claimant)?.partOfIds.includes(id);
        let prior: StatementDraft | undefined;
        for (let q = s.key - 1; q >= 0 && q >= s.key - MAX_DENIED_LOOKBACK_STATEMENTS; q--) {
          const p = list[q];
          if (p && !p.implicit && related(p.speakerId)) { prior = p; break; }
        }
        if (prior) s.deniesKey = prior.key;
      }
    }
  }
  // "قال الكرملين إن واشنطن لم تتصل بموسكو" after Washington said "اتصلنا بالروس مرارا": a claim that negates
  // the verb of an earlier statement by someone else, and names that speaker, denies it.
  const byPos = [...ctx.out].sort((x, y) => x.contentStart - y.contentStart);
  const assertedOf = new Map<number, Set<string>>();
  for (const s of list) {
    if (s.implicit || s.kind !== 'CLAIM') continue;
    const negated = negatedStems(ctx, s.contentStart, s.contentEnd, true);
    if (!negated.size) continue;
    const named = new Set(entities.hitsIn(tokensIndexAt(ctx, s.contentStart), tokensIndexAt(ctx, s.contentEnd))
      .filter((h) => h.end <= s.contentEnd).map((h) => actorOfHit(ctx, h)));
    if (!named.size) continue;
    for (let q = firstAtOrAfter(byPos, s.contentStart, (p) => p.contentStart) - 1; q >= 0; q--) {
      const p = byPos[q] as StatementDraft;
      if (s.sentence.index - p.sentence.index > MAX_DENIED_LOOKBACK_SENTENCES) break;
      if (p.contentEnd > s.contentStart || p.speakerId === s.speakerId || p.kind === 'QUESTION' || p.deniesKey !== null || !named.has(p.speakerId)) continue;
      let asserted = assertedOf.get(p.key);
      if (!asserted) { asserted = negatedStems(ctx, p.contentStart, p.contentEnd, false); assertedOf.set(p.key, asserted); }
      if ([...negated].some((st) => asserted.has(st))) { s.kind = 'DENIAL'; s.deniesKey = p.key; break; }
    }
  }
  let lastQuestion: StatementDraft | undefined;
  for (let i = 0; i < list.length; i++) {
    const s = list[i] as StatementDraft;
    const words = tokensIndexAt(ctx, s.contentEnd) - tokensIndexAt(ctx, s.contentStart);
    const question = lastQuestion && s.sentence.index - lastQuestion.sentence.index <= 1 ? lastQuestion : undefined;
    if (s.kind === 'QUESTION') lastQuestion = s;
    if (question && s.kind !== 'QUESTION' && (words <= MAX_SHORT_ANSWER_TOKENS || s.verb === 'أجاب' || s.verb === 'رد')) {
      s.kind = 'ANSWER';
      s.answersKey = question.key;
      // "فقال «نعم»" after "سأل مراسل بايدن …": the one asked answers.
      const asked = question.addresseeIds[0];
      if (s.speakerImplicit && asked && asked !== question.speakerId) s.speakerId = asked;
      // A question in a press exchange is addressed to whoever answers it ("سأل صحفي … قال الرئيس «نعم»").
      if (!question.addresseeIds.length && s.speakerId !== question.speakerId) question.addresseeIds = [s.speakerId];
    }
  }
  void text;
}
