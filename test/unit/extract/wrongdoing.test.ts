import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/normalize.ts';
import { decideKind } from '../../../src/extract/statements/kind.ts';
import { clauseVerb } from '../../../src/extract/statements/wrongdoing.ts';

/** Kind and deciding rule of a content read after a neutral cue (قال إن …). */
const neutral = (content: string) => decideKind({ text: content, tokens: tokenize(content) }, 'CLAIM', 0, content.length);

describe('a named subject doing a wrongful act after a neutral cue is an accusation', () => {
  it.each([
    ['الميليشيا دبرت الهجوم على القافلة', 'perfect, feminine'],
    ['إن الشركة تستغل حاجة العمال', 'imperfect after إن'],
    ['المسلحون استغلوا الظلام للاقتحام', 'perfect, plural'],
    ['قوات الأمن تتدخل في عمل القضاة', 'a subject of two words'],
    ['الحكومة تدخلت في عمل القضاة', 'تدخلت: intervened'],
    ['الحكومة ستستخدم القانون ضد خصومها', 'future'],
  ])('%s (%s)', (content) => {
    expect(neutral(content)).toEqual({ kind: 'ACCUSATION', rule: 'wrongdoing' });
  });
});

describe('what the rule leaves neutral', () => {
  it.each([
    ['الميليشيا لم تدبر الهجوم على القافلة', 'negated'],
    ['إننا نستخدم كل الوسائل المتاحة', 'the speaker in the first person'],
    ['إنها حاولت الوصول إلى اتفاق', 'a pronoun: the speaker or someone named before'],
    ['حاولت الوزارة الوصول إلى حل', 'no subject before the verb'],
    ['الاجتماع كان هادئا، واستخدم المشاركون الترجمة', 'the verb in a later clause'],
    ['الشركة افتتحت فرعا جديدا في المدينة', 'a verb that is no wrongdoing'],
    ['القافلة تدخل المدينة صباحا', 'تدخل: enters (دخل), not intervened'],
  ])('%s (%s) → CLAIM', (content) => {
    expect(neutral(content)).toEqual({ kind: 'CLAIM', rule: 'neutral' });
  });
});

describe('clauseVerb', () => {
  it('gives the token and lemma of the verb', () => {
    const content = 'أن الجماعة دبرت الاغتيال';
    expect(clauseVerb(tokenize(content), 0, 4, content)).toEqual({ token: 2, lemma: 'دبر' });
  });
  it('stops at a clause break between subject and verb', () => {
    const content = 'الجماعة، دبرت الاغتيال';
    expect(clauseVerb(tokenize(content), 0, 3, content)).toBeNull();
  });
});
