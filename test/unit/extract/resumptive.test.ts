import { describe, expect, it } from 'vitest';
import { statementAt } from './statement-at.ts';

const LEAD = 'وقال المتحدث إن الطقس معتدل. ';

describe('a cue with a resumptive في + pronoun', () => {
  const cases: [string, string, string, string][] = [
    // [text, cue, speaker contains, why]
    [`${LEAD}وجاء القرار بعد تصريح لوزير النقل قال فيه إن الطرق ستفتح.`, 'قال', 'وزير النقل', 'the statement noun’s issuer after ل'],
    [`${LEAD}وجاء ذلك بعد بيان لوزارة الصحة قالت فيه إن الإصابات تراجعت.`, 'قالت', 'وزارة الصحة', 'an institution as issuer'],
    [`${LEAD}ونظمت وقفة أمام البرلمان طالب فيها محتجون بزيادة الأجور.`, 'طالب', 'محتجون', 'the subject written after the pronoun'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toContain(speaker);
  });

  // The statement noun is the object of the sentence's main verb, with a phrase between it and the cue that
  // places it (a date, a platform, an addressee): the main verb's subject issued it.
  const placed: [string, string, string][] = [
    [`${LEAD}وأصدر وزير الزراعة بيانا، الثلاثاء، دعا فيه المزارعين إلى ترشيد المياه.`, 'دعا', 'وزير الزراعة'],
    [`${LEAD}ونشرت وزارة الصحة تغريدة على حسابها في تويتر قالت فيها إن الإصابات تراجعت.`, 'قالت', 'وزارة الصحة'],
    [`${LEAD}ووجه رئيس البرلمان رسالة إلى رئيس الحكومة طالب فيها بفتح تحقيق.`, 'طالب', 'رئيس البرلمان'],
    [`${LEAD}وكتب وزير المالية تغريدة مساء الأحد قال فيها إن العجز سينخفض.`, 'قال', 'وزير المالية'],
  ];
  it.each(placed)('%s → %s (a placing phrase after the noun)', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toContain(speaker);
  });

  it('reads a ل after the noun as its issuer, not as a place', () => {
    const s = statementAt(`${LEAD}وانتقد النائب تغريدة لوزير الداخلية قال فيها إن الاحتجاجات انتهت.`, 'قال');
    expect(s?.speaker).toContain('وزير الداخلية');
  });

  it('needs the pronoun to agree with the noun across a placing phrase', () => {
    // فيه cannot point back to رسالة: it is the plan's, and the verb's subject is not the letter's writer.
    const s = statementAt(`${LEAD}ووجه رئيس البرلمان رسالة إلى رئيس الحكومة بشأن مشروع قال فيه إن الطرق ستفتح.`, 'قال');
    expect(s?.speaker ?? '').not.toContain('رئيس البرلمان');
  });

  it('does not take the object after the pronoun as the subject', () => {
    const s = statementAt(`${LEAD}ووجه النائب رسالة إلى سكان المدينة يطالب فيها الحكومة بتوفير المياه.`, 'يطالب');
    expect(s?.speaker ?? '').not.toContain('الحكومة');
  });

  it('does not take a document after the pronoun as the subject', () => {
    const s = statementAt(`${LEAD}ونشر النائب تعليقا وصف فيه تقرير اللجنة بأنه منحاز.`, 'وصف');
    expect(s?.speaker ?? '').not.toContain('تقرير');
  });
});

describe('a title glued to the ل of an attribution', () => {
  it('names the titled person, without the ل', () => {
    const s = statementAt('وتراجعت أسعار الوقود هذا الشهر، وفقا لوزير الطاقة.', 'وفقا');
    expect(s?.speaker).toBe('وزير الطاقة');
  });
});

describe('an attribution to what a source published', () => {
  const cases: [string, string, string][] = [
    ['وتضررت مئات المنازل في العاصفة. وبحسب إحصاءات الأمم المتحدة، فقد نزح أكثر من ألفي شخص.', 'وبحسب', 'الأمم المتحدة'],
    ['وارتفع عدد الإصابات خلال الأسبوع، وفقا لتقديرات وزارة الصحة.', 'وفقا', 'وزارة الصحة'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toBe(speaker);
  });
});
