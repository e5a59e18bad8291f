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
