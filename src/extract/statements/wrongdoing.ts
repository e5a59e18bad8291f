/**
 * A neutral cue's content that says another actor did a wrongful act (قال إن الجماعة ارتكبت …، أكد أن
 * قوات النظام تستهدف …) is an accusation: the first clause of the content is a named subject, not the
 * speaker and not in the first person, followed by a verb of wrongdoing (src/extract/lexicons/wrongdoing.json)
 * in any person and tense, not negated.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeArabic } from '../../text/arabic.ts';
import { generateVerbForms, type VerbStems } from '../morphology.ts';
import type { EntityIndex } from '../entities.ts';
import type { Token } from '../normalize.ts';

const FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'lexicons', 'wrongdoing.json');
/** The verb lemmas of wrongdoing, with the corpus counts that put them there. */
export const WRONGDOING = (
  JSON.parse(readFileSync(FILE, 'utf8')) as {
    verbs: (VerbStems & { masdar?: string[]; exclude?: string[]; _corpus?: string })[];
  }
).verbs;

/** Finite forms (perfect, imperfect, subjunctive, jussive) of the 3rd person → their lemma's perfect. */
const FORMS = new Map<string, string>();
/** The imperfects among them, read also after the future's سـ (ستستخدم). */
const IMPERFECTS = new Set<string>();
for (const v of WRONGDOING) {
  const exclude = new Set((v.exclude ?? []).map(normalizeArabic));
  for (const f of generateVerbForms(v, true)) {
    if (f.tag === 'participle' || f.firstOrSecond || exclude.has(f.form)) continue;
    if (!FORMS.has(f.form)) FORMS.set(f.form, v.past);
    if (f.tag === 'imperfect') IMPERFECTS.add(f.form);
  }
}
/** The future particle glued to an imperfect. */
const FUTURE_PREFIX = 'س';

/** Words of a subject before its verb: a name or a noun phrase (الجماعة، قوات النظام السوري). */
export const MAX_SUBJECT_WORDS = 3;
/** The particles that open a reported clause when the content starts with them (إن، أن، بأن). */
const COMPLEMENTIZERS = new Set(['ان', 'بان', 'وان']);
/** Negators before a verb: a negated act is not charged (لم ترتكب، لا تستهدف، لن تدعم، ما ارتكبت). */
const NEGATORS = new Set(['لا', 'لم', 'لن', 'ما', 'ليس', 'ولا', 'ولم']);
/**
 * Subjects that are the speaker or no actor: pronouns and the pronoun-carrying particles (إنه، أننا:
 * the speaker's side or someone named before the content, not a named subject), demonstratives and
 * words that open another kind of clause.
 */
const NOT_SUBJECT =
  /^(?:[وف]?(?:ان|لان|بان)(?:ه|ها|هم|هما|نا|ني|ي)?|نحن|انا|هو|هي|هم|هذا|هذه|ذلك|تلك|هناك|قد|لقد|كما|الذي|التي|الذين|من|ما|في|علي|الي|عن|مع)$/;
/** The article, after a glued و/ف: a definite noun (الجماعة، والقوات). */
const DEFINITE = /^[وف]?ال/;
/** Punctuation that closes a clause: the subject and its verb stand in one. */
const CLAUSE_BREAK = /[،,.:؛!?؟"«»()]/;

/** The lemma of a wrongdoing verb that token is a 3rd-person finite form of (with a glued و/ف, and سـ before an imperfect, stripped). */
function wrongdoingLemma(tok: Token): string | undefined {
  const bare = /^[وف]/.test(tok.norm) && !FORMS.has(tok.norm) ? tok.norm.slice(1) : tok.norm;
  if (FORMS.has(bare)) return FORMS.get(bare);
  const future = bare.startsWith(FUTURE_PREFIX) ? bare.slice(FUTURE_PREFIX.length) : '';
  return IMPERFECTS.has(future) ? FORMS.get(future) : undefined;
}

/**
 * The first verb of the content's first clause, when it is a wrongdoing verb after a subject of 1 to
 * MAX_SUBJECT_WORDS words: its token and lemma. The subject opens on a definite noun or, with `entities`,
 * on an actor the article recognizes; with `text`, a clause break between subject and verb ends the search.
 */
export function clauseVerb(
  tokens: Token[],
  from: number,
  to: number,
  text?: string,
  entities?: EntityIndex,
): { token: number; lemma: string } | null {
  let s = from;
  if (s < to && COMPLEMENTIZERS.has((tokens[s] as Token).norm)) s++;
  const first = tokens[s];
  if (!first || s >= to || NOT_SUBJECT.test(first.norm)) return null;
  // A subject is a name or a definite noun: an actor the article recognizes, a word with ال, or a noun
  // before its definite owner (قوات الأمن).
  const definite = DEFINITE.test(first.norm) || (s + 1 < to && DEFINITE.test((tokens[s + 1] as Token).norm));
  if (!(definite || entities?.covered(s)) || NEGATORS.has(first.norm)) return null;
  for (let t = s + 1; t < Math.min(to, s + 1 + MAX_SUBJECT_WORDS); t++) {
    const tok = tokens[t] as Token;
    if (text && CLAUSE_BREAK.test(text.slice((tokens[t - 1] as Token).end, tok.start))) return null;
    if (NEGATORS.has(tok.norm) || NOT_SUBJECT.test(tok.norm)) return null;
    const lemma = wrongdoingLemma(tok);
    if (lemma) return { token: t, lemma };
  }
  return null;
}
