/**
 * Agreement and case between a cue verb and a noun phrase after it: in verb-first order the verb
 * agrees with its subject in gender, and the subject is nominative. A masculine singular verb
 * followed by a feminine-marked phrase ("دعا الولايات المتحدة إلى"), or a phrase in the accusative
 * or genitive plural or dual ("دعا المسؤولين إلى"), has that phrase as its object: the subject is
 * the pronoun in the verb.
 */
import { isTitle } from '../entities.ts';
import { normalizeArabic, type Token } from '../normalize.ts';
import { type Ctx, cueAt, type StatementDraft, tokensIndexAt } from './context.ts';
import type { CueForm } from '../lexicon.ts';

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
  // A named entity (الكرملين، البحرين) ends in ين by its letters; a group noun (المتظاهرين) by its case.
  const hit = ctx.entities.hitStartingAt(p);
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
  const gender = cueGender(tok, form);
  if (!gender || !candidate) return candidate;
  // Walk back from the end: filtering all of ctx.out would make every pronoun cue linear in the article.
  const recent: StatementDraft[] = [];
  for (let i = ctx.out.length - 1; i >= 0 && recent.length < MAX_AGREEMENT_LOOKBACK; i--) {
    const d = ctx.out[i] as StatementDraft;
    if (!d.implicit) recent.push(d);
  }
  const own = recent.find((d) => d.speakerId === candidate);
  const ownGender = own ? draftGender(ctx, own) : null;
  if (!ownGender || ownGender === gender) return candidate;
  for (const d of recent) {
    if (d.speakerId !== candidate && draftGender(ctx, d) === gender) return d.speakerId;
  }
  return candidate;
}
