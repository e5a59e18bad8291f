/**
 * Which actor a speaker phrase names: a gazetteer or article actor, a place speaking for its government,
 * a document's issuer, an unnamed or counted source of its own, or a new pattern actor; and the
 * addressees between a cue and its content.
 */
import { ORG_HEADS } from '../actor-lexicon.ts';
import { addTitleAlias, adjectiveCountry, compoundNameEnd, isNameToken, isTitle, slugify, titleKey, type Hit } from '../entities.ts';
import { GAZETTEER, INSTITUTION_HEADS, STATEMENT_NOUNS, TITLES, UNNAMED_HEADS } from '../lexicon.ts';
import { actorGender } from './agreement.ts';
import { isQuantifier, QUANTIFIERS, REFERRING_SUBJECTS, STANDALONE_SOURCES } from './clause.ts';
import {
  COMMA_GAP,
  continuesSpeakerName,
  type Ctx,
  definiteFamilyNameEnd,
  gapBefore,
  isUnnamedHead,
  startsName,
  stripConj,
} from './context.ts';
import {
  dataIssuerEnd,
  gluedHead,
  gluedName,
  isVerbalNounOfSpeaker,
  issuedDocument,
  issuerStart,
  titledPersonHit,
} from './speaker-phrase.ts';
import { PRENOMINAL_QUALIFIERS } from './words.ts';
import type { Token } from '../normalize.ts';

/** A definite head with at most one modifier ("المسؤول", "المصدر الأمني") refers back rather than introducing a source. */
const MAX_BARE_DEFINITE_SOURCE_TOKENS = 2;
/** A family name shorter than this is too ambiguous to stand for the person alone later in the article. */
const MIN_FAMILY_NAME_LENGTH = 3;
/** A given name and a family name: an unknown full name, not a single word that may be something else. */
const MIN_INTRODUCED_NAME_TOKENS = 2;
const FEMININE_PLURAL = /ات$/;

/** Resolves the speaker phrase [a, b) to an actor id, creating pattern actors when needed; `dative` as in readSpeakerPhrase. */
export function resolvePhrase(ctx: Ctx, a: number, b: number, dative = false): string | null {
  const { tokens, text, entities } = ctx;
  const first = tokens[a];
  const last = tokens[b - 1];
  if (!first || !last || b <= a) return null;
  const glued = dative ? gluedHead(first) : null;
  // "وفقا لبيكر": a person's name glued to the attribution's ل is read without it.
  const gluedPerson = dative && !glued ? gluedName(ctx, first) : null;
  // The name starts after the glued ل ("لوزارة" → "وزارة", "للجيش" → "جيش").
  const start = first.start + (glued ? (first.norm.startsWith('لل') ? 2 : 1) : gluedPerson ? 1 : 0);
  const end = last.end;
  /** Normalized words of the phrase, the glued name's without its ل. */
  const normAt = (i: number) => (i === a && gluedPerson ? gluedPerson : (tokens[i]?.norm ?? ''));
  const phraseNorm = tokens
    .slice(a, b)
    .map((_, i) => normAt(a + i))
    .join(' ');
  const hits = entities.hitsIn(a, b);
  const countries = tokens
    .slice(a, b)
    .map(adjectiveCountry)
    .filter((c): c is string => c !== null);
  const withMention = (id: string) => {
    entities.addMention(id, start, end);
    return id;
  };
  // "وقال الأخير", "والأخيرة تؤكد": "the latter" is the actor named last before it.
  if (!dative && b === a + 1 && REFERRING_SUBJECTS.has(stripConj(first.norm))) {
    const latter = latterActor(ctx, a, stripConj(first.norm).endsWith('ه') ? 'f' : 'm');
    if (latter) return withMention(latter);
  }
  // "تأكيد وزير الداخلية": a verbal noun in construct speaks through its genitive.
  if (!dative && b > a + 1 && isVerbalNounOfSpeaker(ctx, a, b)) return resolvePhrase(ctx, a + 1, b);
  let head = glued ?? first.norm;
  let headTok = a;
  if (head === 'نفس' && b > a + 1) {
    headTok = a + 1;
    head = tokens[headTok]?.norm ?? head;
  }
  // "بحسب بيانات وزارة الخزانة": data in construct with a known body speak for that body.
  if (!glued && dataIssuerEnd(ctx, a, b) === b) {
    const issuer = resolvePhrase(ctx, a + 1, b);
    if (issuer) return issuer;
  }
  // "احصائيات نشرها البنك المركزي": a document described by its issuing verb speaks for the issuer.
  const issued = !STATEMENT_NOUNS.has(head) ? issuedDocument(ctx, a, b) : null;
  if (issued && issued.end === b) {
    const issuer = resolvePhrase(ctx, issued.issuer, b);
    if (issuer) return issuer;
  }
  if (STATEMENT_NOUNS.has(head)) {
    // A document speaks for its issuer.
    const j = issuerStart(ctx, headTok + 1, b);
    // "تقرير أممي", "تقرير أمريكي", "تقرير حكومي": an indefinite nisba agreeing with the document describes it;
    // the body or country it names issued it, and a nisba that names none ("حكومي") leaves an unnamed
    // document source. The adjective itself is never the issuer.
    const nisba = j === headTok + 1 && j < b ? documentNisba(ctx, j) : undefined;
    if (nisba !== undefined) {
      if (nisba) return withMention(nisba);
      const actor = entities.newUnnamed(text.slice(start, tokens[j]?.end ?? end), countries);
      entities.addMention(actor.id, start, tokens[j]?.end ?? end);
      return actor.id;
    }
    const issuer = j < b ? resolvePhrase(ctx, j, b, true) : null;
    if (issuer) return issuer;
    const h = hits.find((x) => x.type === 'actor') ?? hits[0];
    if (h) return withMention(actorOfHit(ctx, h));
    return ctx.lastSpeaker;
  }
  // "وقال ناشطون", "يرى كثيرون": a group the entities already named, the phrase whole, is the one speaker actor
  // (an unnamed source beside it would be the same people twice); as an unnamed or counted source it is
  // of that kind.
  const wholeGroup = glued
    ? undefined
    : hits.find((h) => h.startTok === a && h.endTok === b && h.type === 'actor' && entities.actors.get(h.refId)?.kind === 'GROUP');
  const groupActor = wholeGroup ? entities.actors.get(wholeGroup.refId) : undefined;
  if (groupActor) {
    const bare = head.startsWith('ال') ? head.slice(2) : head;
    if (isQuantifier(first) || QUANTIFIERS.has(head) || STANDALONE_SOURCES.has(head) || isUnnamedHead(bare) || UNNAMED_HEADS.has(bare))
      groupActor.kind = 'UNNAMED';
    return withMention(groupActor.id);
  }
  // "المتحدث باسم الحكومة خالد العمري": the person the title names speaks.
  // The bare head repeated later ("وأضاف المتحدث") and the title phrase repeated whole are that person.
  if (!glued && titledPersonHit(ctx, a, b)) {
    const holder = (entities.hitStartingAt(a) as Hit).refId;
    if (head.startsWith('ال') && UNNAMED_HEADS.has(head.slice(2))) ctx.unnamedByHead.set(head.slice(2), holder);
    return withMention(holder);
  }
  const titledSource =
    !glued && isTitle(first) && isUnnamedHead(head.replace(/^ال/, ''))
      ? entities.titleAliases.get(titleKey(tokens.slice(a, b)))
      : undefined;
  if (titledSource) return withMention(titledSource);
  // "المسؤول", "المصدر": the unnamed source the article already introduced.
  if (head.startsWith('ال') && UNNAMED_HEADS.has(head.slice(2)) && b - headTok <= MAX_BARE_DEFINITE_SOURCE_TOKENS && !hits.length) {
    const prior = ctx.unnamedByHead.get(head.slice(2));
    if (prior) return withMention(prior);
  }
  // Counted and indefinite sources ("بعض المسؤولين", "ثلاثة دبلوماسيين", "كثيرون") are unnamed actors described by the phrase.
  if (isQuantifier(first) || QUANTIFIERS.has(head) || STANDALONE_SOURCES.has(head) || PRENOMINAL_QUALIFIERS.has(head)) {
    const partOf = [...new Set([...countries, ...hits.filter((h) => h.type === 'actor').map((h) => h.refId)])];
    const actor = entities.newUnnamed(text.slice(start, end), partOf);
    entities.addMention(actor.id, start, end);
    return actor.id;
  }
  // "مسؤول أمريكي", "أحد الشهود", and the definite "المسؤولين الفرنسيين" the article has not introduced yet.
  if (isUnnamedHead(head) || head === 'احد' || (head.startsWith('ال') && UNNAMED_HEADS.has(head.slice(2)))) {
    const partOf = [...new Set([...countries, ...hits.filter((h) => h.type === 'actor').map((h) => h.refId)])];
    const actor = entities.newUnnamed(text.slice(start, end), partOf);
    entities.addMention(actor.id, start, end);
    ctx.unnamedByHead.set(head === 'احد' ? (tokens[headTok + 1]?.norm ?? head) : head, actor.id);
    return actor.id;
  }
  // A name the article introduces ("علي أكبر ولايتي، مستشار المرشد علي خامنئي") is the speaker, not a person
  // named later in its apposition.
  let nameRun = a;
  while (nameRun < b && tokens[nameRun]) {
    const compound = compoundNameEnd(text, tokens, nameRun, b);
    if (compound > nameRun && (nameRun > a || startsName(ctx, a))) nameRun = compound;
    else if (nameRun === a ? startsName(ctx, a) : continuesSpeakerName(ctx, nameRun, b)) nameRun++;
    else break;
  }
  // A word in the sound feminine plural (تداعيات، تصريحات) heads a noun phrase, never a name.
  const introducesName =
    nameRun - a >= MIN_INTRODUCED_NAME_TOKENS && !hits.some((h) => h.startTok < nameRun) && !FEMININE_PLURAL.test(first.norm);
  const person = hits.find((h) => h.type === 'actor' && entities.actors.get(h.refId)?.kind === 'PERSON' && !introducesName);
  if (person) return withMention(person.refId);
  const startHit = hits.find((h) => h.startTok === a);
  if (startHit) return withMention(actorOfHit(ctx, startHit));
  const local = entities.localAliases.get(phraseNorm);
  if (local) return withMention(local);
  // "وفقا لوكالة رويترز": an organization's head noun and the known name it heads are the named actor.
  const headed = ORG_HEADS.has(head) ? hits.find((h) => h.startTok === headTok + 1 && h.endTok === b && h.type === 'actor') : undefined;
  if (headed) return withMention(headed.refId);
  // "رئيس جهاز المخابرات في بريطانيا، أندرو باركر،": the name apposed after the title's complement speaks.
  const apposed = !glued && isTitle(first) ? apposedPerson(ctx, a, b) : null;
  if (apposed) return withMention(apposed);
  // "لوزير المالية" after an attribution's ل: a title glued to it.
  const gluedTitle = !!glued && TITLES.has(head.replace(/^ال/, ''));
  // "وأضاف وزير المالية اللبناني" after "فؤاد حمدان، وزير المالية اللبناني،": the person the title was written with.
  const titled = !glued && isTitle(first) ? entities.titleAliases.get(titleKey(tokens.slice(a, b))) : undefined;
  if (titled) return withMention(titled);
  if (isTitle(first) || gluedTitle || INSTITUTION_HEADS.has(head) || (glued && INSTITUTION_HEADS.has(head.replace(/^ال/, '')))) {
    const inner = hits.find((h) => h.type === 'actor');
    const id = `actor:${slugify(glued ? `${head} ${phraseNorm.split(' ').slice(1).join(' ')}`.trim() : phraseNorm)}`;
    const kind = isTitle(first) || gluedTitle ? 'PERSON' : 'ORGANIZATION';
    const partOf = [...new Set([...countries, ...(inner ? [inner.refId] : [])])];
    entities.ensureActor(id, text.slice(start, end), kind, partOf);
    return withMention(id);
  }
  if (startsName(ctx, a)) {
    let k = compoundNameEnd(text, tokens, a, b) > a ? a + 2 : a + 1;
    while (k < b && tokens[k]) {
      const compound = compoundNameEnd(text, tokens, k, b);
      if (compound > k) k = compound;
      else if (continuesSpeakerName(ctx, k, b)) k++;
      else break;
    }
    k = definiteFamilyNameEnd(ctx, k, b);
    const nameToks = tokens.slice(a, k);
    const nameNorm = nameToks.map((_, i) => normAt(a + i)).join(' ');
    const known = entities.localAliases.get(nameNorm);
    const id = known ?? `actor:${slugify(nameNorm)}`;
    const nameEnd = nameToks[nameToks.length - 1]?.end ?? end;
    entities.ensureActor(id, text.slice(start, nameEnd), 'PERSON', countries);
    entities.addMention(id, start, nameEnd);
    entities.localAliases.set(nameNorm, id);
    const family = nameToks[nameToks.length - 1];
    if (nameToks.length > 1 && family && family.norm.length >= MIN_FAMILY_NAME_LENGTH) entities.localAliases.set(family.norm, id);
    // "ولفت أبا الخيل" after "سامي أبا الخيل": a compound family name is one alias.
    const familyStart = k - 2;
    if (familyStart > a && compoundNameEnd(text, tokens, familyStart, k) === k)
      entities.localAliases.set(`${tokens[familyStart]?.norm} ${family?.norm}`, id);
    // "فؤاد حمدان، وزير المالية اللبناني": the apposed title names the person when the article repeats it alone.
    if (k < b && isTitle(tokens[k] as Token)) addTitleAlias(entities, tokens.slice(k, b), id);
    return withMention(id);
  }
  const anyActor = hits.find((h) => h.type === 'actor' || h.type === 'place');
  if (anyActor) return withMention(actorOfHit(ctx, anyActor));
  if (head.startsWith('ال') && b - a <= MAX_BARE_DEFINITE_SOURCE_TOKENS) {
    const id = `actor:${slugify(phraseNorm)}`;
    entities.ensureActor(id, text.slice(start, end), 'ORGANIZATION', countries);
    return withMention(id);
  }
  return null;
}

/** The fewest words of an apposed name no list knows: a given name and a family name. */
const MIN_APPOSED_NAME_TOKENS = 2;

/** An indefinite nisba adjective: ي or ية (normalized يه) after a stem of two letters at least (أممي، رسمي، حكومية). */
const INDEFINITE_NISBA = /^[\u0621-\u064a]{2,}(?:ي|يه)$/;

/**
 * The word at j after an indefinite document noun, when it is a nisba adjective and not a name: the id of the
 * country or body it names, or null when it names none; undefined when the word is no such adjective.
 */
function documentNisba(ctx: Ctx, j: number): string | null | undefined {
  const t = ctx.tokens[j];
  const head = ctx.tokens[j - 1];
  if (!t || !head || head.norm.startsWith('ال') || t.norm.startsWith('ال') || !INDEFINITE_NISBA.test(t.norm)) return undefined;
  const country = adjectiveCountry(t);
  if (country && ctx.entities.ensureGazetteerActor(country)) return country;
  const hit = ctx.entities.hitStartingAt(j);
  if (hit && hit.start === t.start) return undefined;
  return null;
}

/**
 * The person named after the last comma of the title phrase [a, b) ("…، أندرو باركر"): a known person, or
 * name words only (two at least), made a person whose title phrase, repeated alone, is that person. Null when
 * the phrase has no comma or the words after it are no name.
 */
function apposedPerson(ctx: Ctx, a: number, b: number): string | null {
  const { tokens, text, entities } = ctx;
  let c = b - 1;
  while (c > a && !COMMA_GAP.test(gapBefore(ctx, c))) c--;
  if (c <= a + 1) return null;
  const hit = entities.hitStartingAt(c);
  let id: string;
  if (hit && hit.endTok === b && hit.type === 'actor' && entities.actors.get(hit.refId)?.kind === 'PERSON') id = hit.refId;
  else {
    if (hit || b - c < MIN_APPOSED_NAME_TOKENS || !tokens.slice(c, b).every((t) => isNameToken(t) || IMPERFECT_LOOKING_NAME.test(t.norm)))
      return null;
    const nameToks = tokens.slice(c, b);
    const nameNorm = nameToks.map((t) => t.norm).join(' ');
    id = entities.localAliases.get(nameNorm) ?? `actor:${slugify(nameNorm)}`;
    const first = nameToks[0] as Token;
    const last = nameToks[nameToks.length - 1] as Token;
    entities.ensureActor(id, text.slice(first.start, last.end), 'PERSON', []);
    entities.addMention(id, first.start, last.end);
    entities.localAliases.set(nameNorm, id);
    if (last.norm.length >= MIN_FAMILY_NAME_LENGTH) entities.localAliases.set(last.norm, id);
  }
  addTitleAlias(entities, tokens.slice(a, c), id);
  return id;
}
/** A surname the entities read as an imperfect verb, already accepted by the phrase reader (تشيخوف). */
const IMPERFECT_LOOKING_NAME = /^[يت][^ا]{3,}$/;

/** How far back "the latter" reaches for the actor it stands for: the sentence before and its own. */
const LATTER_REACH_TOKENS = 60;
/** The preposition of a location ("في فرنسا"), which "the latter" does not refer back to. */
const LOCATIVE = 'في';

/**
 * The actor "the latter" stands for: the nearest actor named before token a (a place only as its
 * government, and none after في, which locates). الأخيرة skips a person without a feminine title and a
 * body with a masculine head (a woman or a state may stand behind them). الأخير skips places and
 * feminine heads, and stands only for a person: when the nearest other actor is a body, a country or a
 * group, the latter is someone the entities did not name (corpus: a masculine الأخير took a body in 5
 * of 5 such cases, all wrong), and null is returned.
 */
function latterActor(ctx: Ctx, a: number, gender: 'm' | 'f'): string | null {
  const { entities } = ctx;
  for (let j = a; j > 0 && a - j < LATTER_REACH_TOKENS; j--) {
    const hit = entities.hitEndingAt(j);
    if (!hit || hit.endTok > a) continue;
    // "… في فرنسا": where something happened, not who acts next.
    if (ctx.tokens[hit.startTok - 1]?.norm === LOCATIVE) continue;
    const gov = hit.type === 'place' ? (entities.places.get(hit.refId)?.metonymFor ?? GAZETTEER.get(hit.refId)?.metonymFor) : undefined;
    if (hit.type === 'place' && (!gov || gender === 'm')) continue;
    const id = hit.type === 'place' ? actorOfHit(ctx, hit) : hit.refId;
    const kind = entities.actors.get(id)?.kind;
    const g = actorGender(ctx, id);
    if (gender === 'f') {
      // A person's gender is known only from a title: a named person is taken for a man.
      if (g === 'm' || (kind === 'PERSON' && g !== 'f')) continue;
      return id;
    }
    if (g === 'f') continue;
    return kind === 'PERSON' ? id : null;
  }
  return null;
}

/** A place heard as a speaker is its government's voice (موسكو → Russia). */
export function actorOfHit(ctx: Ctx, hit: Hit): string {
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

export function addressees(ctx: Ctx, a: number, b: number, takesObject: boolean): string[] {
  const out: string[] = [];
  for (let j = a; j < b; j++) {
    const tok = ctx.tokens[j];
    const hit = ctx.entities.hitStartingAt(j);
    if (!tok || !hit) continue;
    // "لوكالة فرانس برس", "لوسائل الإعلام", "لـCNN", or the object of أبلغ/سأل.
    const dative =
      (/^ل/.test(tok.norm) && ctx.text.slice(hit.start - 1, hit.start) === 'ل') || (/^ل/.test(tok.norm) && hit.start > tok.start);
    if (dative || (takesObject && out.length === 0 && (j === a || isTitle(ctx.tokens[a] as Token)))) out.push(actorOfHit(ctx, hit));
    j = hit.endTok - 1;
  }
  return [...new Set(out)];
}
