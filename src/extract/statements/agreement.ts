/**
 * Agreement and case between a cue verb and a noun phrase after it: in verb-first order the verb
 * agrees with its subject in gender, and the subject is nominative. A masculine singular verb
 * followed by a feminine-marked phrase ("دعا الولايات المتحدة إلى"), or a phrase in the accusative
 * or genitive plural or dual ("دعا المسؤولين إلى"), has that phrase as its object: the subject is
 * the pronoun in the verb.
 */
import { isTitle } from '../entities.ts';
import { INSTITUTION_HEADS, TITLES, UNNAMED_HEADS, type CueForm } from '../lexicon.ts';
import { normalizeArabic, type Token } from '../normalize.ts';
import { type Ctx, cueAt, nisbaPluralHit, SPACE_GAP, gapBefore, type StatementDraft, tokensIndexAt } from './context.ts';

/**
 * A sound plural or dual adds ين to a singular of at least four letters (فاعل، وزير، مسؤول); a shorter
 * definite word ending in ين is a singular whose root ends so (الأمين، اليمين، التعيين، الدين).
 */
const MIN_SOUND_PLURAL_LENGTH = 'ال'.length + 4 + 'ين'.length;
/** Feminine endings: ة (normalized ه) and the sound feminine plural ات. */
const FEMININE_ENDING = /(?:ه|ات)$/;
/** A definite ة word this short (الله، اله) is a root ending, not the feminine marker. */
const MIN_FEMININE_LENGTH = 5;

/** The verb form without و/ف and the ل of the jussive: what the stems are compared with. */
function bareVerb(norm: string): string {
  let w = norm;
  if (/^[وف]/.test(w) && w.length > 3) w = w.slice(1);
  if (/^ل[يت]/.test(w)) w = w.slice(1);
  return w;
}

/** Whether the cue token is the 3rd person masculine singular (قال، يقول، وأكد), the form a feminine subject cannot follow. */
export function isMasculineSingularVerb(tok: Token, form: CueForm): boolean {
  if (form.participle) return false;
  const w = bareVerb(tok.norm);
  const stems = [form.verb.past, form.verb.present].filter((s): s is string => !!s).map(normalizeArabic);
  return stems.includes(w);
}

/** Whether the cue token is the 3rd person feminine singular perfect (قالت، أكدت) or imperfect (تقول). */
export function isFeminineSingularVerb(tok: Token, form: CueForm): boolean {
  if (form.participle) return false;
  const w = bareVerb(tok.norm);
  const past = normalizeArabic(form.verb.past);
  const present = form.verb.present ? normalizeArabic(form.verb.present) : null;
  const pastShort = form.verb.pastShort ? normalizeArabic(form.verb.pastShort) : null;
  return (
    w === `${past}ت` || (!!pastShort && w === `${pastShort}ت`) || (!!present && present.startsWith('ي') && w === `ت${present.slice(1)}`)
  );
}

/**
 * Whether the phrase starting at token p cannot be the subject of the masculine singular verb before it:
 * its head is definite (or a known organization or place) and feminine-marked. A person and a title
 * (آية الله، الخليفة) keep their masculine verb.
 */
function feminineHead(ctx: Ctx, p: number): boolean {
  const tok = ctx.tokens[p] as Token;
  if (isTitle(tok)) return false;
  const hit = ctx.entities.hitStartingAt(p);
  if (hit && hit.type === 'actor' && ctx.entities.actors.get(hit.refId)?.kind === 'PERSON') return false;
  const n = tok.norm;
  if (!FEMININE_ENDING.test(n) || n.length < MIN_FEMININE_LENGTH) return false;
  return n.startsWith('ال') || !!hit;
}

/**
 * Whether the word at p is a definite sound plural or dual in the accusative or genitive (الفاعلين، الوزيرين):
 * a nominative subject would end in ون or ان. Named entities (البحرين، الكرملين) are kept.
 */
function obliquePlural(ctx: Ctx, p: number): boolean {
  const tok = ctx.tokens[p] as Token;
  const n = tok.norm;
  if (!n.startsWith('ال') || !n.endsWith('ين') || n.length < MIN_SOUND_PLURAL_LENGTH || isTitle(tok)) return false;
  // A named entity (الكرملين، البحرين) ends in ين by its letters; a group noun (المتظاهرين) by its case, and so
  // does a people's nisba the entities read as its country ("تحذر الفلسطينيين من", "اتهم الإسرائيليين بـ").
  const hit = ctx.entities.hitStartingAt(p);
  if (nisbaPluralHit(ctx, p)) return true;
  return !hit || (hit.type === 'actor' && ctx.entities.actors.get(hit.refId)?.kind === 'GROUP');
}

/** Whether the noun phrase at p, right after the cue verb at k, is its object rather than its subject. */
export function objectAfterVerb(ctx: Ctx, k: number, p: number, form: CueForm): boolean {
  const verb = ctx.tokens[k];
  if (!verb || !ctx.tokens[p]) return false;
  if (obliquePlural(ctx, p)) return true;
  return isMasculineSingularVerb(verb, form) && feminineHead(ctx, p);
}

/**
 * Whether a cue verb right after a relative pronoun can have the pronoun as its subject: التي takes a
 * feminine verb, الذي a masculine one, الذين a plural. "تونس، التي قال إنها …": the masculine verb has
 * another subject, and the pronoun is the object of what is said.
 */
export function relativeAgrees(relative: string, verb: Token, form: CueForm): boolean {
  if (relative === 'التي') return !isMasculineSingularVerb(verb, form);
  if (relative === 'الذي') return !isFeminineSingularVerb(verb, form);
  if (relative === 'الذين') return !isMasculineSingularVerb(verb, form) && !isFeminineSingularVerb(verb, form);
  return true;
}

/** Statements looked back over for a speaker a pronoun-only cue agrees with. */
const MAX_AGREEMENT_LOOKBACK = 6;

/**
 * The gender a singular cue marks for its subject: a finite verb by its person prefix or suffix (قال/قالت،
 * يقول/تقول), a participle by its ending (مضيفا/مضيفة); null for plurals, duals and forms that do not say.
 */
export function cueGender(tok: Token, form: CueForm): 'm' | 'f' | null {
  if (form.participle) {
    const w = tok.norm.replace(/^[وف]/, '');
    if (w.endsWith('ه')) return 'f';
    if (w.endsWith('ا') && !w.endsWith('ات')) return 'm';
    return null;
  }
  if (isMasculineSingularVerb(tok, form)) return 'm';
  if (isFeminineSingularVerb(tok, form)) return 'f';
  return null;
}

function draftGender(ctx: Ctx, d: StatementDraft): 'm' | 'f' | null {
  const tok = ctx.tokens[tokensIndexAt(ctx, d.cueStart)];
  if (!tok || tok.start !== d.cueStart) return null;
  const found = cueAt(tok);
  return found ? cueGender(tok, found.form) : null;
}

/**
 * The speaker of a pronoun-only cue or a participle: `candidate` (the last speaker) unless that speaker's
 * latest statement was cued in the other gender ("قالت الوزيرة … وأضاف"), in which case the most recent
 * speaker whose cue agrees with this one.
 */
export function agreeingSpeaker(ctx: Ctx, tok: Token, form: CueForm, candidate: string | null): string | null {
  return speakerOfGender(ctx, cueGender(tok, form), candidate);
}

/** `candidate`, or the most recent speaker of the given gender when candidate's is the other one (agreeingSpeaker). */
export function speakerOfGender(ctx: Ctx, gender: 'm' | 'f' | null, candidate: string | null): string | null {
  if (!gender || !candidate) return candidate;
  // Walk back from the end: filtering all of ctx.out would make every pronoun cue linear in the article.
  const recent: StatementDraft[] = [];
  for (let i = ctx.out.length - 1; i >= 0 && recent.length < MAX_AGREEMENT_LOOKBACK; i--) {
    const d = ctx.out[i] as StatementDraft;
    if (!d.implicit) recent.push(d);
  }
  const own = recent.find((d) => d.speakerId === candidate);
  // A statement cued by a noun, an attribution or a participle marks no gender: the speaker's own name may.
  const genderOf = (d: StatementDraft) => draftGender(ctx, d) ?? actorGender(ctx, d.speakerId);
  const ownGender = own ? genderOf(own) : actorGender(ctx, candidate);
  if (!ownGender || ownGender === gender) return candidate;
  for (const d of recent) {
    if (d.speakerId !== candidate && genderOf(d) === gender) return d.speakerId;
  }
  return candidate;
}

/** A head word this short ending in ه (الله، وجه) is a root ending, not the feminine marker. */
const MIN_FEMININE_HEAD_LENGTH = 4;

/**
 * The gender an actor's name marks: a person by the title heading it (الوزير/الوزيرة), an organization or
 * source by its head noun (وزارة، الحكومة، صحيفة are feminine; الجيش، مكتب، المتحدث masculine). Null for a bare
 * name, a country or anything whose head says nothing. Sound feminine plurals (السلطات) count as feminine.
 */
export function actorGender(ctx: Ctx, id: string): 'm' | 'f' | null {
  const actor = ctx.entities.actors.get(id);
  if (!actor || actor.kind === 'COUNTRY' || actor.kind === 'GOVERNMENT' || actor.kind === 'GROUP') return null;
  const head = normalizeArabic(actor.name.split(/\s+/)[0] ?? '').replace(/^ال/, '');
  // ة, and the sound feminine plural, which a verb agrees with in the feminine singular (السلطات قالت).
  if (head.length >= MIN_FEMININE_HEAD_LENGTH && (head.endsWith('ه') || head.endsWith('ات'))) return 'f';
  // A head that is a title or an unnamed source without ة is masculine ("المتحدث", "مسؤول", "وزير الخارجية").
  if (TITLES.has(head) || UNNAMED_HEADS.has(head) || INSTITUTION_HEADS.has(head)) return 'm';
  return null;
}

/** Head words of a dual or sound plural (المحققون، المسؤولين، الوزيران، النقابات): a group's own name says it is many. */
const PLURAL_HEAD = /(?:ون|ين|ان|ات)$/;
/** A nominative sound masculine plural, definite, right after a sentence's verb: its subject ("وتمكن المحققون من …"). */
const NOMINATIVE_PLURAL = /^ال[\u0621-\u064a]{3,}ون$/;
/** A verb that opens a sentence: و/ف or an imperfect prefix and three letters or more ("وتمكن", "فشل" aside). */
const SENTENCE_VERB = /^[وف][\u0621-\u064a]{3,}$/;

/** Whether an actor can be the subject of a plural verb: a group, or a source whose head word is a dual or plural. */
export function isPluralSpeaker(ctx: Ctx, id: string): boolean {
  const actor = ctx.entities.actors.get(id);
  if (!actor) return false;
  if (actor.kind === 'GROUP') return true;
  if (actor.kind === 'PERSON') return false;
  const head = normalizeArabic(actor.name.split(/\s+/)[0] ?? '');
  return PLURAL_HEAD.test(head);
}

/**
 * The subject of a plural pronoun-only cue ("وقالوا", "وأضافوا") whose last speaker cannot be it (one person, or
 * a source whose name is no plural): a plural verb refers back to a plural noun. The nearest one wins: the
 * nominative plural subject of the previous sentence's verb when no statement stood there ("وتمكن المحققون من …
 * وقالوا إن"), else the latest earlier speaker that is a group or a plural source. Null when the cue is not
 * plural, the last speaker agrees, or no plural antecedent is found (the last speaker then stays).
 */
export function pluralAntecedent(ctx: Ctx, plural: boolean, a: number): string | null {
  const candidate = ctx.lastSpeaker;
  if (!plural || !candidate || isPluralSpeaker(ctx, candidate)) return null;
  const lastCue = ctx.out.length ? (ctx.out[ctx.out.length - 1] as StatementDraft).cueStart : -1;
  // The last non-empty sentence that ends by token a, read backwards without copying the sentence list.
  let prev: (typeof ctx.sentences)[number] | undefined;
  for (let i = ctx.sentences.length - 1; i >= 0 && !prev; i--) {
    const s = ctx.sentences[i] as (typeof ctx.sentences)[number];
    if (s.endTok <= a && s.endTok > s.firstTok) prev = s;
  }
  if (prev && (ctx.tokens[prev.firstTok] as Token).start > lastCue) {
    const subject = nominativePluralSubject(ctx, prev.firstTok, prev.endTok);
    if (subject) return subject;
  }
  for (let i = ctx.out.length - 1, seen = 0; i >= 0 && seen < MAX_AGREEMENT_LOOKBACK; i--) {
    const d = ctx.out[i] as StatementDraft;
    if (d.implicit) continue;
    seen++;
    if (isPluralSpeaker(ctx, d.speakerId)) return d.speakerId;
  }
  return null;
}

/**
 * "وتمكن المحققون من …": a definite word in the nominative sound plural right after the verb that opens the
 * sentence [a, b) is that verb's subject; the source it names (a recognized actor or a new unnamed one).
 */
function nominativePluralSubject(ctx: Ctx, a: number, b: number): string | null {
  const verb = ctx.tokens[a];
  const subject = ctx.tokens[a + 1];
  if (!verb || !subject || a + 1 >= b || !SENTENCE_VERB.test(verb.norm) || verb.norm.startsWith('وال')) return null;
  if (!NOMINATIVE_PLURAL.test(subject.norm) || !SPACE_GAP.test(gapBefore(ctx, a + 1))) return null;
  const hit = ctx.entities.hitStartingAt(a + 1);
  if (hit && hit.type === 'actor') return hit.refId;
  const actor = ctx.entities.newUnnamed(ctx.text.slice(subject.start, subject.end), []);
  ctx.entities.addMention(actor.id, subject.start, subject.end);
  return actor.id;
}
