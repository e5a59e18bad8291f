import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';
import { statementAt } from './statement-at.ts';

/** Names of the actors an extraction creates. */
const actorNames = (text: string) => extract({ text }).actors.map((a) => a.name);

describe('ل glued to a pronoun or an outlet is whom it was said to, not the speaker', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, speaker, word that must not become an actor]
    ['وقال المحافظ لنا إن الطريق سيفتح غدا.', 'وقال', 'المحافظ', 'لنا'],
    ['وأكد الوزير لهم أن الرواتب ستصرف قريبا.', 'وأكد', 'الوزير', 'لهم'],
    ['وقال السفير لبي بي سي إن بلاده تدعم الحوار.', 'وقال', 'السفير', 'لبي بي سي'],
    ['وقالت المتحدثة لسي إن إن إن الزيارة تأجلت.', 'وقالت', 'المتحدثة', 'لسي'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker, notActor) => {
    expect(statementAt(text, cue)?.speaker).toBe(speaker);
    expect(actorNames(text)).not.toContain(notActor);
  });

  it('recognizes an outlet of several words behind a one-letter proclitic', () => {
    expect(actorNames('وقال السفير لبي بي سي إن بلاده تدعم الحوار.')).toContain('بي بي سي');
  });

  it('keeps ل + a known place inside a title ("المبعوث الأممي لسوريا")', () => {
    expect(statementAt('وقال المبعوث الأممي لليمن إن الهدنة صامدة.', 'وقال')?.speaker).toContain('المبعوث');
    const s = statementAt('وقال المبعوث الأممي لسوريا إن الجولة المقبلة تبدأ الشهر المقبل.', 'وقال');
    expect(s?.speaker).toBe('المبعوث الأممي لسوريا');
  });
});

describe('a verbal noun as the predicate of a nominal sentence is no cue', () => {
  const notCues: [string, string][] = [
    ['وقال المدرب إنه أمر رائع أن يفوز الفريق بالكأس.', 'أمر'],
    ['وقالت النائبة: هذا أمر مؤسف أن يغيب الحوار.', 'أمر'],
    ['وقال المواطن إن ذلك أمر غير مقبول أن ترتفع الأسعار.', 'أمر'],
    ['وأضاف الوزير أنه رفض قاطع أن تمس السيادة.', 'رفض'],
  ];
  it.each(notCues)('%s: %s is a noun', (text, cue) => {
    expect(statementAt(text, cue)).toBeNull();
  });

  const verbs: [string, string, string][] = [
    // The verb reading keeps its object, its preposition or a name after it.
    ['ونفى الرئيس أنه أمر وزارة الدفاع بإعداد خطة للهجوم.', 'أمر', 'إعداد خطة للهجوم'],
    ['وذكرت الوكالة أن القاضي أمر بالإفراج عن المعتقلين.', 'أمر', 'الإفراج عن المعتقلين'],
  ];
  it.each(verbs)('%s: %s stays a verb', (text, cue, content) => {
    expect(statementAt(text, cue)?.content).toContain(content);
  });
});

describe('a spokesperson "باسم X" is one speaker phrase', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, speaker contains, content starts with]
    ['ووفقا للمتحدث باسم الدفاع المدني، فإن فرق الإنقاذ انتشلت الضحايا.', 'ووفقا', 'باسم الدفاع المدني', 'فرق الإنقاذ'],
    ['وبحسب متحدث باسم البلدية، فإن المياه ستعود مساء.', 'وبحسب', 'متحدث باسم البلدية', 'المياه'],
    ['وقال متحدث باسم الشرطة إن الموقوفين نقلوا إلى العاصمة.', 'وقال', 'متحدث باسم الشرطة', 'الموقوفين'],
    ['وقال مسؤول لدى الأمم المتحدة إن القافلة وصلت.', 'وقال', 'مسؤول لدى الأمم المتحدة', 'القافلة'],
  ];
  it.each(cases)('%s', (text, cue, speaker, content) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toContain(speaker);
    expect(s?.content.startsWith(content)).toBe(true);
  });
});
