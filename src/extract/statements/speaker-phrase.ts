/**
 * The speaker phrase written after a cue: a name, a title with its complements, an unnamed or counted
 * source, an institution in construct, a document and its issuer, and appositions; it returns where
 * the phrase ends (resolve.ts decides which actor it names).
 */
import { GIVEN_NAMES, ORG_HEADS } from '../actor-lexicon.ts';
import {
  adjectiveCountry,
  compoundNameEnd,
  isNameToken,
  isStop,
  isTimeWord,
  isTitle,
  readTitledName,
  sureName,
  type Hit,
} from '../entities.ts';
import {
  COMPLEMENTIZERS,
  INSTITUTION_HEADS,
  NAME_TRIE,
  STATEMENT_NOUNS,
  TITLES,
  UNNAMED_HEADS,
  UNNAMED_MODIFIERS,
  VERBAL_NOUNS,
} from '../lexicon.ts';
import { matchAt } from '../match.ts';
import { normalizeArabic, type Token } from '../normalize.ts';
import {
  DOCUMENT_LINKS,
  DOCUMENT_SUBJECTS,
  isIssuingVerb,
  isQuantifier,
  OBJECT_SUFFIX,
  QUANTIFIERS,
  STANDALONE_SOURCES,
  TITLE_ADJECTIVES,
} from './clause.ts';
import {
  COMMA_GAP,
  continuesSpeakerName,
  type Ctx,
  cueAt,
  definiteFamilyNameEnd,
  gapBefore,
  isCueLike,
  isUnnamedHead,
  nisbaPluralHit,
  SPACE_GAP,
  startsName,
} from './context.ts';
import { DESCRIBING_PREPOSITIONS, PRENOMINAL_QUALIFIERS, SOURCE_PREPOSITIONS, TITLE_COMPLEMENT_PREPOSITIONS } from './words.ts';

/** Endings of a relational adjective (nisba) in the singular, feminine and plural. */
const NISBA = /(?:ي|يا|يه|يين|يون|يان|يات)$/;
/** Shorter words that end like a nisba (في، لدي، الذي) are particles, not adjectives. */
const MIN_NISBA_LENGTH = 5;
/** A definite plural noun ("المشاركين", "المواطنون", "الدراسات") as the noun a partitive count takes. */
const PLURAL_NOUN = /(?:ين|ون|ات)$/;
/** A masculine sound plural (المختصين، المراقبون): people, unlike a feminine plural in ات. */
const HUMAN_PLURAL = /(?:ين|ون)$/;

/** An indefinite adjective after a source's head: a country's (أمريكي، تركية) or another nisba (دبلوماسي، أمنية). */
function indefiniteAdjective(t: Token | undefined): boolean {
  if (!t || t.norm.startsWith('ال')) return false;
  return adjectiveCountry(t) !== null || (t.norm.length >= MIN_NISBA_LENGTH && NISBA.test(t.norm));
}

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

/**
 * The head word of a source glued to the ل of an attribution ("وفقا لوزارة الصحة", "بيان لمكتب
 * الرئيس", "وفقا للجيش"), as it would be written alone; null when the rest is no source head.
 */
export function gluedHead(tok: Token): string | null {
  const n = tok.norm;
  if (!n.startsWith('ل') || n.length <= MIN_GLUED_HEAD_LENGTH) return null;
  const rest = n.startsWith('لل') ? `ال${n.slice(2)}` : n.slice(1);
  const bare = rest.startsWith('ال') ? rest.slice(2) : rest;
  if (
    STATEMENT_NOUNS.has(rest) ||
    STATEMENT_NOUNS.has(bare) ||
    INSTITUTION_HEADS.has(bare) ||
    UNNAMED_HEADS.has(bare) ||
    TITLES.has(bare) ||
    QUANTIFIERS.has(rest)
  )
    return rest;
  return null;
}
/**
 * A person's name glued to the ل of an attribution ("وفقا لبيكر", "بحسب لسوزان"): the name as written alone,
 * when the article already named that person or it is a known given name; null otherwise (an unknown word
 * after ل is as often a noun: "وفقا لتقديرات").
 */
export function gluedName(ctx: Ctx, tok: Token): string | null {
  const n = tok.norm;
  if (!n.startsWith('ل') || n.startsWith('لل') || n.length <= MIN_GLUED_HEAD_LENGTH) return null;
  const rest = n.slice(1);
  return ctx.entities.localAliases.has(rest) || GIVEN_NAMES.has(rest) ? rest : null;
}
/** A body after a describing preposition: a known name, or a definite noun that is no time, function word or document. */
function describedBody(ctx: Ctx, j: number, limit: number): boolean {
  const t = ctx.tokens[j];
  if (!t || j >= limit || !SPACE_GAP.test(gapBefore(ctx, j))) return false;
  if (ctx.entities.hitStartingAt(j)) return true;
  return t.norm.startsWith('ال') && !isTimeWord(t) && !isStop(t) && !STATEMENT_NOUNS.has(t.norm) && !isCueLike(t);
}

/**
 * Token p is an indefinite verbal noun of a cue ("تأكيد", "انتقاد") in construct with a speaker: a known
 * actor or place, a title, an unnamed source or an institution follows it.
 */
export function isVerbalNounOfSpeaker(ctx: Ctx, p: number, limit: number): boolean {
  const tok = ctx.tokens[p];
  const next = ctx.tokens[p + 1];
  if (!tok || !next || p + 1 >= limit || !VERBAL_NOUNS.has(tok.norm) || !SPACE_GAP.test(gapBefore(ctx, p + 1))) return false;
  const hit = ctx.entities.hitStartingAt(p + 1);
  if (hit) return hit.start === next.start && (hit.type === 'actor' || !!ctx.entities.places.get(hit.refId)?.metonymFor);
  const bare = next.norm.replace(/^ال/, '');
  return isTitle(next) || TITLES.has(bare) || UNNAMED_HEADS.has(bare) || INSTITUTION_HEADS.has(next.norm);
}

/** A group of people (المزارعين، المتظاهرين) starts at token j. */
function isGroupHitAt(ctx: Ctx, j: number): boolean {
  const h = ctx.entities.hitStartingAt(j);
  return !!h && h.type === 'actor' && ctx.entities.actors.get(h.refId)?.kind === 'GROUP';
}

/**
 * The entities read a person's name with the title-like source head at p ("المتحدث باسم الحكومة خالد العمري",
 * "مستشار الأمن القومي جون بولتون"): one hit from the head through the name, ending by `limit`.
 */
export function titledPersonHit(ctx: Ctx, p: number, limit: number): boolean {
  const hit = ctx.entities.hitStartingAt(p);
  const tok = ctx.tokens[p];
  if (!hit || !tok || hit.start !== tok.start || hit.endTok <= p + 1 || hit.endTok > limit || hit.type !== 'actor') return false;
  const actor = ctx.entities.actors.get(hit.refId);
  if (!isTitle(tok) || actor?.kind !== 'PERSON') return false;
  // "مستشار مون للأمن القومي": an indefinite title right before the name is in construct with it (Moon's
  // adviser), not its holder's title.
  if (!tok.norm.startsWith('ال') && hit.nameStartTok === p + 1) return false;
  // Only a sure name: the entities also read a title's own complement as a name ("المتحدث باسم فصيل …",
  // "طالب المستشار … بتقديم"), and an organization's head or a feminine plural (وحدات) opens no person's name.
  const first = normalizeArabic(actor.name.split(/\s+/)[0] ?? '');
  return sureName(ctx.entities, hit.refId) && !ORG_HEADS.has(first) && !INSTITUTION_HEADS.has(first) && !/ات$/.test(first);
}

/** "لها", "لكن", "لدى" are words of their own, not ل + a head. */
const MIN_GLUED_HEAD_LENGTH = 3;

/**
 * The speaker phrase that starts at token p (after a verb-first cue), as an exclusive end token; p when none.
 * `dative`: the phrase follows an attribution's ل ("وفقا لـ", "بيان لـ"), so a glued ل opens it instead of
 * marking an addressee.
 */
export function readSpeakerPhrase(ctx: Ctx, p: number, limit: number, dative = false): number {
  const end = readPhrase(ctx, p, limit, dative);
  if (dative) return end;
  // "وقال رئيس الوزراء لقناة محلية", "وقال مسؤول لصحيفة الغارديان": the outlet after ل is whom it was said to.
  // An empty phrase ends where it starts (p may be past the last token: a cue that ends the text).
  if (end <= p) return p;
  if (isDativeOutlet(ctx, p)) return p;
  // "ذكر تقرير لموقع بلومبرغ", "تقرير لصحيفة الغارديان": ل right after a document noun names its issuer.
  for (let j = p + 1; j < end; j++) if (isDativeOutlet(ctx, j) && !STATEMENT_NOUNS.has(ctx.tokens[j - 1]?.norm ?? '')) return j;
  return end;
}

/**
 * ل glued to an indefinite media head (لقناة، لصحيفة، لوكالة، لموقع) or to an outlet's name (لبي بي سي،
 * لسي إن إن): an addressee, never inside a speaker's name.
 */
function isDativeOutlet(ctx: Ctx, j: number): boolean {
  const tok = ctx.tokens[j];
  // A phrase may start at the article's end (a source particle as its last word).
  if (!tok) return false;
  const n = tok.norm;
  if (!n.startsWith('ل') || n.startsWith('لل')) return false;
  if (ORG_HEADS.get(n.slice(1))?.kind === 'MEDIA') return true;
  const hit = ctx.entities.hitStartingAt(j);
  return !!hit && hit.start > tok.start && hit.type === 'actor' && ctx.entities.actors.get(hit.refId)?.kind === 'MEDIA';
}

function readPhrase(ctx: Ctx, p: number, limit: number, dative: boolean): number {
  const { tokens, text, entities } = ctx;
  const tok = tokens[p];
  if (!tok || p >= limit) return p;
  const n = (dative ? gluedHead(tok) : null) ?? tok.norm;
  // "وقال للصحفيين", "وأكد للمراسلين": ل + a definite noun after a verb is whom it was said to.
  // A group ("للصحفيين") is an addressee too; a name ("للاتحاد الأوروبي") may still be the speaker.
  if (!dative && /^لل/.test(n) && (!entities.hitStartingAt(p) || isGroupHitAt(ctx, p))) return p;
  if (STANDALONE_SOURCES.has(n)) return p + 1;
  const prenominal = PRENOMINAL_QUALIFIERS.has(n);
  if (isQuantifier(tok) || QUANTIFIERS.has(n) || prenominal) {
    // "بعض المسؤولين", "عدد من النواب", "ثلاثة مسؤولين أمريكيين", "60% من المشاركين": a count, then its noun.
    let j = p + 1;
    const partitive = !prenominal && tokens[j]?.norm === 'من';
    if (partitive) j++;
    // "عدد من كبار أعضاء الحزب": a qualifier in construct before the noun.
    if (!prenominal && PRENOMINAL_QUALIFIERS.has(tokens[j]?.norm ?? '') && j + 1 < limit) j++;
    const head = tokens[j];
    if (!head || j >= limit) return p;
    const bare = head.norm.startsWith('ال') ? head.norm.slice(2) : head.norm;
    const sourceHead =
      UNNAMED_HEADS.has(bare) ||
      INSTITUTION_HEADS.has(bare) ||
      isTitle(head) ||
      isGroupHitAt(ctx, j) ||
      ((partitive || prenominal) && head.norm.startsWith('ال') && PLURAL_NOUN.test(head.norm)) ||
      // "بعض المختصين", "معظم المحللين": a definite masculine sound plural in construct with the count names
      // people (the feminine ات also names things: "بعض التقارير" is no source); a name ending so is no plural,
      // but a people's nisba the entities read as its country is ("بعض الفلسطينيين").
      (head.norm.startsWith('ال') && HUMAN_PLURAL.test(head.norm) && (!entities.hitStartingAt(j) || nisbaPluralHit(ctx, j)));
    if (!sourceHead) return p;
    const end = readSpeakerPhrase(ctx, j, limit);
    return end > j ? end : j + 1;
  }
  // "تأكيد وزير الداخلية أن …", "انتقاد الحكومة لـ…": a verbal noun in construct; its genitive is who speaks.
  if (!dative && isVerbalNounOfSpeaker(ctx, p, limit)) {
    const inner = readPhrase(ctx, p + 1, limit, false);
    return inner > p + 1 ? inner : p;
  }
  const hit = entities.hitStartingAt(p);
  // "لوكالة فرانس برس", "لوسائل الإعلام": an addressee, not a speaker.
  if (hit && hit.start > tok.start && /^ل/.test(n)) return p;
  if (!STATEMENT_NOUNS.has(n) && (COMPLEMENTIZERS.has(n) || isStop(tok) || isTimeWord(tok)) && !startsName(ctx, p)) return p;
  let end: number;
  // "بحسب بيانات وزارة الخزانة", "وأظهرت أرقام البنك المركزي": data in construct with a known body is that
  // body's document; the body is read as its issuer.
  const dataIssuer = dataIssuerEnd(ctx, p, limit);
  if (dataIssuer > p) return dataIssuer;
  // "احصائيات نشرها البنك المركزي", "وفقا لتغريدتين نشرهما الوزير": a document and its issuer.
  const issued = issuedDocument(ctx, p, limit);
  if (issued) return issued.end;
  if (STATEMENT_NOUNS.has(n)) {
    // "بيان صادر عن مكتب بوتين", "بيان الكرملين", "بيان من البيت الأبيض", "تقرير نشرته الصحيفة", "بيان لوزارة الدفاع"
    const j = issuerStart(ctx, p + 1, limit);
    const inner = j < limit ? readSpeakerPhrase(ctx, j, limit, true) : j;
    // A known name that starts the issuer is read whole: "مكتب بوتين" is the Kremlin, not an office.
    const named = j < limit ? entities.hitStartingAt(j) : null;
    const issuerEnd = named && named.endTok <= limit ? Math.max(inner, named.endTok) : inner;
    return issuerEnd > j ? issuerEnd : p + 1;
  }
  if (isUnnamedHead(n) || n === 'احد' || (n.startsWith('ال') && UNNAMED_HEADS.has(n.slice(2))) || (dative && INSTITUTION_HEADS.has(n))) {
    // "بحسب وكالة رويترز", "وفقا لوكالة أنباء رويترز": a known name that opens with the head is read whole.
    if (hit && hit.type === 'actor' && hit.endTok > p + 1 && hit.endTok <= limit && ORG_HEADS.has(n)) return hit.endTok;
    // "المتحدثة باسم الخارجية ماريا زاخاروفا": a title-like head the entities read with the person's name after
    // it is that person, read whole.
    if (titledPersonHit(ctx, p, limit)) return (hit as Hit).endTok;
    end = p + 1;
    while (end < limit && end - p < MAX_UNNAMED_SOURCE_TOKENS) {
      const t = tokens[end];
      if (!t || !SPACE_GAP.test(gapBefore(ctx, end))) break;
      const h = entities.hitStartingAt(end);
      const afterPrep = SOURCE_PREPOSITIONS.has(tokens[end - 1]?.norm ?? '');
      if (h && (afterPrep || (h.start > t.start && /^[بل]/.test(t.norm)))) {
        end = h.endTok;
        continue;
      }
      // A nisba that names a country ("المسؤولين الفرنسيين", "مصادر إيرانية") qualifies the head.
      if (h && h.endTok === end + 1 && NISBA.test(t.norm)) {
        end++;
        continue;
      }
      // "أحد المزارعين": the group the head counts one of.
      if (h && end === p + 1 && isGroupHitAt(ctx, end)) {
        end = h.endTok;
        continue;
      }
      // "وفقا لوكالة رويترز", "بحسب صحيفة الغارديان": the name right after an organization's head noun is the one it heads.
      if (h && end === p + 1 && h.type === 'actor' && ORG_HEADS.has(n)) {
        end = h.endTok;
        break;
      }
      // "تقرير لصحيفة يديعوت أحرونوت": an outlet's name no list knows, right after its head noun.
      if (!h && end === p + 1 && ORG_HEADS.get(n)?.kind === 'MEDIA') {
        while (end < limit && end - p <= MAX_NAME_TOKENS && SPACE_GAP.test(gapBefore(ctx, end)) && outletNameWord(tokens[end])) end++;
        break;
      }
      if (h) break;
      // "المتحدث باسم الجيش", "مسؤول لدى الأمم المتحدة": a preposition that ties the head to the body it speaks
      // for, when that body (a known name or a definite noun) follows it.
      if (DESCRIBING_PREPOSITIONS.has(t.norm) && describedBody(ctx, end + 1, limit)) {
        end++;
        continue;
      }
      // "ووصف مصدر دبلوماسي تركي الاتهامات …": after an indefinite head and an indefinite adjective, a definite
      // word cannot agree with them; it is the verb's object ("رفيع المستوى", a modifier, is the idiom that can).
      if (
        !n.startsWith('ال') &&
        end > p + 1 &&
        t.norm.startsWith('ال') &&
        !UNNAMED_MODIFIERS.has(t.norm) &&
        indefiniteAdjective(tokens[end - 1])
      )
        break;
      const agreeingNisba = t.norm.startsWith('ال') === n.startsWith('ال') && t.norm.length >= MIN_NISBA_LENGTH && NISBA.test(t.norm);
      if (
        UNNAMED_MODIFIERS.has(t.norm) ||
        adjectiveCountry(t) ||
        UNNAMED_HEADS.has(t.norm) ||
        agreeingNisba ||
        (t.norm.startsWith('ال') && !isTimeWord(t) && !isStop(t) && !STATEMENT_NOUNS.has(t.norm)) ||
        INSTITUTION_HEADS.has(t.norm)
      ) {
        end++;
        continue;
      }
      break;
    }
    // "مسؤول في تصريحات …": a preposition whose object is not part of the source does not end its description.
    while (end > p + 1 && SOURCE_PREPOSITIONS.has(tokens[end - 1]?.norm ?? '')) end--;
    return end;
  }
  if (hit) {
    end = hit.endTok;
  } else if (isTitle(tok) || (dative && TITLES.has(n.replace(/^ال/, '')))) {
    const read = readTitledName(text, tokens, p, limit);
    if (read) end = read.endTok;
    else {
      end = p + 1;
      // Whether the construct chain is closed: a definite noun (the title itself, "الوزير", or its genitive,
      // "وزير الخارجية") ends it, and after it only adjectives follow; باسم or an indefinite head opens a new one.
      let closed = n.startsWith('ال');
      while (end < limit && end - p < MAX_TITLE_PHRASE_TOKENS) {
        const t = tokens[end];
        if (!t || !SPACE_GAP.test(gapBefore(ctx, end))) break;
        const h = entities.hitStartingAt(end);
        // A group named after a closed chain is the verb's object ("التقى وزير الخارجية ممثلي النقابات");
        // a name or an institution there still belongs to the title ("الأمين العام للأمم المتحدة").
        if (h && closed && h.type === 'actor' && entities.actors.get(h.refId)?.kind === 'GROUP' && !t.norm.startsWith('ل')) break;
        if (h) {
          end = h.endTok;
          closed = true;
          continue;
        }
        // "وزير الخارجية العاصمة", "الوزير الخطة": a definite noun after a closed chain that is no adjective is
        // the verb's object ("زار وزير الخارجية العاصمة"), not part of the title.
        const objectAfterDefinite =
          closed && t.norm.startsWith('ال') && !isTitle(t) && !TITLE_ADJECTIVES.has(t.norm) && !NISBA.test(t.norm) && !adjectiveCountry(t);
        if (objectAfterDefinite) break;
        // "مساعد وزير الخارجية لشؤون الشرق الأوسط", "المفوض السامي لحقوق الإنسان": ل + an indefinite noun in
        // construct with a definite one is the title's portfolio; the genitive may take one more definite word.
        if (lamPortfolioAt(ctx, end, limit)) {
          end += LAM_PORTFOLIO_TOKENS;
          closed = false;
          continue;
        }
        // "وزير خارجية البحرين", "قائد أركان الجيش": an indefinite noun after an open chain is one more construct
        // noun when a definite noun or a known name follows it; the chain closes on that genitive.
        if (!closed && secondConstructAt(ctx, end, limit)) {
          end++;
          continue;
        }
        // "وزير سابق", "مبعوث خاص", "مسؤول تنفيذي": an indefinite title's own adjectives agree with it, so they
        // are written without the article; the lexicon lists them with it.
        if (!closed && !t.norm.startsWith('ال') && end === p + 1 && TITLE_ADJECTIVES.has(`ال${t.norm}`)) {
          end++;
          continue;
        }
        if (
          (t.norm.startsWith('ال') && !isTimeWord(t) && !isStop(t)) ||
          t.norm === 'باسم' ||
          adjectiveCountry(t) ||
          isTitle(t) ||
          INSTITUTION_HEADS.has(t.norm)
        ) {
          closed = t.norm.startsWith('ال');
          end++;
          continue;
        }
        break;
      }
      // "رئيس جهاز المخابرات الداخلية في بريطانيا، أندرو باركر، إن": the title's complement runs on to a comma
      // and the holder's name in apposition.
      end = apposedNameEnd(ctx, p, end, limit);
    }
  } else if (INSTITUTION_HEADS.has(n) && !n.startsWith('ال')) {
    // "هيئة الطرق والمواصلات في دبي", "وزارة الصحة الفلسطينية", "منظمة العفو الدولية": a head in
    // construct with definite nouns (joined by و), adjectives, names, and "في + a known place".
    end = p + 1;
    while (end < limit && end - p < MAX_INSTITUTION_TOKENS) {
      const t = tokens[end];
      if (!t || !SPACE_GAP.test(gapBefore(ctx, end))) break;
      const h = entities.hitStartingAt(end);
      if (h && h.start === t.start) {
        end = h.endTok;
        continue;
      }
      if (t.norm === 'في' && entities.hitStartingAt(end + 1)?.type === 'place' && SPACE_GAP.test(gapBefore(ctx, end + 1))) {
        end = (entities.hitStartingAt(end + 1) as Hit).endTok;
        break;
      }
      if (
        ((t.norm.startsWith('ال') || /^(?:وال|لل)/.test(t.norm)) &&
          !isTimeWord(t) &&
          !isStop(t) &&
          !STATEMENT_NOUNS.has(t.norm) &&
          !cueAt(t)) ||
        adjectiveCountry(t)
      ) {
        end++;
        continue;
      }
      break;
    }
    if (end === p + 1) return p;
  } else if (
    startsName(ctx, p) &&
    matchAt(text, tokens, p, NAME_TRIE) === null &&
    // An unknown word glued to ب (بشدة، بخصوص، بإسقاط …) is an adverb or an object, not a new speaker's name.
    !(/^ب/.test(n) && !ctx.entities.localAliases.has(n))
  ) {
    end = compoundNameEnd(text, tokens, p, limit) > p ? p + 2 : p + 1;
    while (end < limit && end - p < MAX_NAME_TOKENS && SPACE_GAP.test(gapBefore(ctx, end)) && tokens[end]) {
      // "عبد المنعم أبو الفتوح": عبد/أبو and the definite word after them are one part of the name.
      const compound = compoundNameEnd(text, tokens, end, limit);
      if (compound > end) end = compound;
      else if (continuesSpeakerName(ctx, end, limit)) end++;
      else break;
    }
    // "علي الكردي، الأمين العام …": a family name with the article closes the name.
    if (end - p < MAX_NAME_TOKENS) end = definiteFamilyNameEnd(ctx, end, limit);
  } else if (n.startsWith('ال') && !isStop(tok) && !isTimeWord(tok) && !isCueLike(tok)) {
    end = p + 1;
    // "الطالب سمير الحداد": a descriptor in apposition with the person it names.
    const named = entities.hitStartingAt(p + 1);
    if (
      named &&
      p + 1 < limit &&
      named.endTok <= limit &&
      SPACE_GAP.test(gapBefore(ctx, p + 1)) &&
      entities.actors.get(named.refId)?.kind === 'PERSON'
    )
      return named.endTok;
    const t2 = tokens[end];
    if (
      t2 &&
      end < limit &&
      SPACE_GAP.test(gapBefore(ctx, end)) &&
      t2.norm.startsWith('ال') &&
      !isTimeWord(t2) &&
      // إلى normalizes to الي: a preposition, not an adjective in ي.
      !isStop(t2) &&
      (adjectiveCountry(t2) || /يه?$/.test(t2.norm) || TITLE_ADJECTIVES.has(t2.norm))
    )
      end++;
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
        if (h) {
          j = h.endTok;
          continue;
        }
        if (
          (u.norm.startsWith('ال') && !isTimeWord(u) && !isStop(u)) ||
          u.norm === 'باسم' ||
          u.norm === 'في' ||
          /^لل/.test(u.norm) ||
          isTitle(u) ||
          INSTITUTION_HEADS.has(u.norm) ||
          (isNameToken(u) && j > end + 1)
        ) {
          j++;
          continue;
        }
        break;
      }
      end = j;
      continue;
    }
    if (COMMA_GAP.test(gap) && (isNameToken(t) || entities.hitStartingAt(end)?.type === 'actor') && !isTimeWord(t)) {
      const h = entities.hitStartingAt(end);
      let j = h ? h.endTok : end + 1;
      while (
        !h &&
        j < limit &&
        j - end < MAX_NAME_TOKENS &&
        SPACE_GAP.test(gapBefore(ctx, j)) &&
        tokens[j] &&
        isNameToken(tokens[j] as Token)
      )
        j++;
      // Only an apposition if a comma or the complement follows it.
      const after = tokens[j];
      if (after && (COMMA_GAP.test(gapBefore(ctx, j)) || COMPLEMENTIZERS.has(after.norm))) {
        end = j;
        continue;
      }
    }
    break;
  }
  return end;
}

/**
 * "بيانات وزارة الخزانة", "أرقام البنك المركزي": an indefinite data noun (documentSubjects) at p in construct
 * with a known actor or an institution head right after it; the end of that issuer's phrase, or p when the
 * genitive is something else ("نتائج الانتخابات": a topic, no issuer).
 */
export function dataIssuerEnd(ctx: Ctx, p: number, limit: number): number {
  const tok = ctx.tokens[p];
  const next = ctx.tokens[p + 1];
  if (!tok || !next || p + 1 >= limit || tok.norm.startsWith('ال') || !DOCUMENT_SUBJECTS.has(tok.norm)) return p;
  if (!SPACE_GAP.test(gapBefore(ctx, p + 1))) return p;
  const hit = ctx.entities.hitStartingAt(p + 1);
  const known = !!hit && hit.start === next.start && hit.type === 'actor';
  if (!known && !INSTITUTION_HEADS.has(next.norm)) return p;
  const end = readSpeakerPhrase(ctx, p + 1, limit);
  return end > p + 1 ? end : p;
}

/** An indefinite noun and one adjective or prenominal word before the issuing verb ("آخر حصيلة نشرها"). */
const MAX_ISSUED_DOCUMENT_WORDS = 2;

/**
 * "احصائيات نشرها البنك المركزي", "فتوى أصدرها المجلس", "لآخر حصيلة نشرها الصندوق": an indefinite noun at p
 * described by a relative clause without الذي, an issuing verb with the pronoun that refers back to the noun
 * (نشرها، أصدرته), whose subject is the document's issuer. The issuer's first token and the phrase's end, or
 * null when the words have another shape.
 */
export function issuedDocument(ctx: Ctx, p: number, limit: number): { issuer: number; end: number } | null {
  const tok = ctx.tokens[p];
  if (!tok || tok.norm.startsWith('ال') || isStop(tok) || isTimeWord(tok) || isCueLike(tok)) return null;
  if (ctx.entities.hitStartingAt(p)) return null;
  for (let v = p + 1; v < limit && v - p <= MAX_ISSUED_DOCUMENT_WORDS; v++) {
    const verb = ctx.tokens[v];
    if (!verb || !SPACE_GAP.test(gapBefore(ctx, v))) return null;
    if (isIssuingVerb(verb) && OBJECT_SUFFIX.test(verb.norm)) {
      const end = v + 1 < limit ? readSpeakerPhrase(ctx, v + 1, limit) : v + 1;
      return end > v + 1 ? { issuer: v + 1, end } : null;
    }
    if (isStop(verb) || isTimeWord(verb) || isCueLike(verb) || verb.norm.startsWith('ال')) return null;
  }
  return null;
}

/**
 * A word of an outlet's name that no list knows, after its head noun ("صحيفة يديعوت أحرونوت"): a foreign
 * name is written without the article and reads like no Arabic word class; an adjective (محلية، الإسرائيلية),
 * a particle, a time word or a cue ends it.
 */
function outletNameWord(t: Token | undefined): boolean {
  if (!t || t.norm.startsWith('ال') || NISBA.test(t.norm) || isStop(t) || isTimeWord(t) || isCueLike(t)) return false;
  return /^[\u0621-\u064a]+$/.test(t.norm) && !COMPLEMENTIZERS.has(t.norm);
}

/** The shortest construct noun read inside a title (أركان، خارجية); shorter words are particles. */
const MIN_CONSTRUCT_NOUN_LETTERS = 3;

/**
 * Whether the word at j continues an open construct chain of a title as a noun of its own ("خارجية" in "وزير
 * خارجية البحرين", "أركان" in "قائد أركان الجيش"): an indefinite word (no clitic preposition or conjunction,
 * no particle, time word, cue or country adjective) followed by a definite word or a known name.
 */
function secondConstructAt(ctx: Ctx, j: number, limit: number): boolean {
  const t = ctx.tokens[j];
  const genitive = ctx.tokens[j + 1];
  if (!t || !genitive || j + 1 >= limit || !SPACE_GAP.test(gapBefore(ctx, j + 1))) return false;
  const n = t.norm;
  if (n.startsWith('ال') || /^[وفلب]/.test(n) || n.length < MIN_CONSTRUCT_NOUN_LETTERS || !/^[\u0621-\u064a]+$/.test(n)) return false;
  if (isStop(t) || isTimeWord(t) || isCueLike(t) || adjectiveCountry(t) || ctx.entities.hitStartingAt(j)) return false;
  const known = ctx.entities.hitStartingAt(j + 1);
  if (known && known.start === genitive.start) return true;
  return definiteGenitive(genitive);
}

/** A definite word that can be a title noun's genitive: no time word, particle or cue ("الجيش", "الشرق"). */
const definiteGenitive = (t: Token) => t.norm.startsWith('ال') && !isTimeWord(t) && !isStop(t) && !isCueLike(t);

/** ل + the portfolio noun, and its definite genitive. */
const LAM_PORTFOLIO_TOKENS = 2;
/** The shortest ل + noun that can head a portfolio: shorter ones are ل + a pronoun (لها، لهم). */
const MIN_LAM_PORTFOLIO_LETTERS = 4;

/**
 * Whether the words at j are ل + an indefinite noun and a definite genitive after a title ("لشؤون الشرق",
 * "لحقوق الإنسان"): not لل (a definite noun, read with the title already), no known name or source head
 * behind ل, no particle, time word or cue.
 */
function lamPortfolioAt(ctx: Ctx, j: number, limit: number): boolean {
  const t = ctx.tokens[j];
  const genitive = ctx.tokens[j + 1];
  if (!t || !genitive || j + 1 >= limit || !/^ل[^ل]/.test(t.norm) || t.norm.length < MIN_LAM_PORTFOLIO_LETTERS) return false;
  if (isStop(t) || isTimeWord(t) || isCueLike(t) || ctx.entities.hitStartingAt(j)) return false;
  // ل + a source's head ("لمراسل الوكالة", "لصحيفة الغارديان") is whom the holder spoke to, not a portfolio.
  if (gluedHead(t) !== null || ORG_HEADS.has(t.norm.slice(1))) return false;
  if (!SPACE_GAP.test(gapBefore(ctx, j + 1))) return false;
  return definiteGenitive(genitive);
}

/** The fewest words of an apposed name no list knows: a given name and a family name. */
const MIN_APPOSED_NAME_TOKENS = 2;

/**
 * The end of a title phrase that began at p and was read to `end`, when its complement runs on to a comma and
 * the holder's unknown name in apposition, closed by a comma or a complementizer ("رئيس أركان الجيش السوداني،
 * كمال عبد المعروف، إن"); `end` when the words do not have that shape.
 */
function apposedNameEnd(ctx: Ctx, p: number, end: number, limit: number): number {
  const { tokens } = ctx;
  let j = end;
  // The complement: words and known names joined by spaces, no particle but في/لدى, no time word or cue.
  while (j < limit && j - p < MAX_TITLE_PHRASE_TOKENS && SPACE_GAP.test(gapBefore(ctx, j))) {
    const t = tokens[j] as Token;
    const h = ctx.entities.hitStartingAt(j);
    if (h && h.start === t.start) {
      j = h.endTok;
      continue;
    }
    if (TITLE_COMPLEMENT_PREPOSITIONS.has(t.norm)) {
      j++;
      continue;
    }
    if (isTimeWord(t) || isCueLike(t) || isStop(t) || COMPLEMENTIZERS.has(t.norm)) return end;
    j++;
  }
  if (j >= limit || !COMMA_GAP.test(gapBefore(ctx, j))) return end;
  // A known person there ("، كمال عبد المعروف،") is read whole by the entities.
  const known = ctx.entities.hitStartingAt(j);
  if (known) {
    if (known.type !== 'actor' || ctx.entities.actors.get(known.refId)?.kind !== 'PERSON' || known.endTok > limit) return end;
    j = known.endTok;
  }
  const nameStart = j;
  while (
    j < limit &&
    j - nameStart < MAX_NAME_TOKENS &&
    (j === nameStart ? isNameToken(tokens[j] as Token) : continuesSpeakerName(ctx, j, limit))
  ) {
    if (j > nameStart && !SPACE_GAP.test(gapBefore(ctx, j))) break;
    j++;
  }
  if (!known && j - nameStart < MIN_APPOSED_NAME_TOKENS) return end;
  const after = tokens[j];
  const closes = !after || COMMA_GAP.test(gapBefore(ctx, j)) || (SPACE_GAP.test(gapBefore(ctx, j)) && COMPLEMENTIZERS.has(after.norm));
  return closes ? j : end;
}

/** The first token of a document's issuer after the document noun: past "صادر عن", "الصادر من", "نشرته". */
export function issuerStart(ctx: Ctx, from: number, limit: number): number {
  let j = from;
  while (j < limit && (DOCUMENT_LINKS.has(ctx.tokens[j]?.norm ?? '') || isTimeWord(ctx.tokens[j] as Token))) j++;
  if (j < limit && isIssuingVerb(ctx.tokens[j])) j++;
  return j;
}
