import { describe, expect, it } from 'vitest';
import { statementAt } from './statement-at.ts';

describe('a noun object between the subject and the preposition is the content', () => {
  const cases: [string, string, string][] = [
    // [sentence, cue, expected content start]
    ['وأعلنت حركة طالبان مسؤوليتها عن الهجوم على القاعدة.', 'وأعلنت', 'مسؤوليتها عن الهجوم'],
    ['وأكد الوزير حرص بلاده على استقرار المنطقة.', 'وأكد', 'حرص بلاده على'],
    // A time word or a prepositional phrase after the subject leaves the preposition to open the content.
    ['وأعلن الجيش اليوم عن مقتل جنديين في الهجوم.', 'وأعلن', 'مقتل جنديين'],
    ['وأعلن الجيش في بيان عن مقتل جنديين في الهجوم.', 'وأعلن', 'مقتل جنديين'],
    // A definite word after the subject is mostly its genitive, which the speaker phrase may have left out.
    ['كما شدد وزراء الخارجية على أهمية التعاون.', 'شدد', 'أهمية التعاون'],
  ];
  it.each(cases)('%s', (text, cue, content) => {
    expect(statementAt(text, cue)?.content.startsWith(content)).toBe(true);
  });

  it('a verb that takes a person as object still reads past it to its preposition', () => {
    expect(statementAt('ودعا الوزير الأطراف المعنية إلى ضبط النفس.', 'ودعا')?.content).toBe('ضبط النفس');
  });
});

describe('known actors joined to the subject by و belong to the subject, not to the object', () => {
  const cases: [string, string, string][] = [
    ['وأعلنت فرنسا وألمانيا رفضهما استقبال السفينة في موانئهما.', 'وأعلنت', 'رفضهما استقبال السفينة في موانئهما'],
    ['وناشدت السعودية والإمارات والكويت المنظمات الدولية تسريع الإغاثة.', 'وناشدت', 'المنظمات الدولية تسريع الإغاثة'],
    // A common noun after و is not skipped: the coordination is the object's.
    ['ونفت الحكومة الاتهامات والتقارير الأخيرة.', 'ونفت', 'الاتهامات والتقارير الأخيرة'],
  ];
  it.each(cases)('%s', (text, cue, content) => {
    expect(statementAt(text, cue)?.content).toBe(content);
  });
});

describe('a demand verb takes its noun object as the content', () => {
  it('reads the object of طلب', () => {
    const s = statementAt('وطلب المحافظ المزيد من القوات لحماية المدينة.', 'وطلب');
    expect(s?.content).toBe('المزيد من القوات لحماية المدينة');
    expect(s?.kind).toBe('DEMAND');
  });
  it('starts after من + pronoun, the one the demand is put to', () => {
    expect(statementAt('وطلبت الوزارة منها تقديم الوثائق كاملة.', 'وطلبت')?.content).toBe('تقديم الوثائق كاملة');
  });
  it('reads no object in a noun with its ل-complement', () => {
    expect(statementAt('وأرسلت روسيا طلب لدخول أفراد من قنصليتها.', 'طلب')).toBeNull();
  });
});

describe('هاجم takes what it attacks as a condemnation', () => {
  it('reads the object as the content', () => {
    const s = statementAt('وهاجم وزير الخارجية سيرغي لافروف قرار الحكومة البريطانية طرد الدبلوماسيين.', 'وهاجم');
    expect(s?.content).toBe('قرار الحكومة البريطانية طرد الدبلوماسيين');
    expect(s?.speaker).toBe('سيرغي لافروف');
    expect(s?.kind).toBe('CONDEMNATION');
  });
});

describe('an idiom verb is a cue only with its noun', () => {
  it('reads حمّل X المسؤولية as an accusation whose content is the object phrase', () => {
    const s = statementAt('وحمّل الجيش الإسرائيلي حركة حماس المسؤولية عن التصعيد في القطاع.', 'وحمّل');
    expect(s?.speaker).toBe('الجيش الإسرائيلي');
    expect(s?.content).toBe('حركة حماس المسؤولية عن التصعيد في القطاع');
    expect(s?.kind).toBe('ACCUSATION');
  });
  it('reads nothing in the verb without the noun (حمل: carry)', () => {
    expect(statementAt('وحمل المتظاهرون لافتات كبيرة أمام البرلمان.', 'وحمل')).toBeNull();
  });
  it('does not cut a content at the idiom verb used without its noun', () => {
    const s = statementAt('وقال الوزير إن الجنود حملوا الجرحى إلى المستشفى.', 'وقال');
    expect(s?.content).toBe('الجنود حملوا الجرحى إلى المستشفى');
  });
});

describe('أبدى states an attitude: a noun with the speaker’s pronoun is its content', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, speaker, content]
    ['وأبدى وزير الزراعة قلقه من تراجع الأمطار هذا العام.', 'وأبدى', 'وزير الزراعة', 'قلقه من تراجع الأمطار هذا العام'],
    ['وأبدت النقابة استعدادها للحوار مع الحكومة.', 'وأبدت', 'النقابة', 'استعدادها للحوار مع الحكومة'],
    ['ويبدي المزارعون مخاوفهم من ارتفاع الأسعار.', 'ويبدي', 'المزارعون', 'مخاوفهم من ارتفاع الأسعار'],
  ];
  it.each(cases)('%s', (text, cue, speaker, content) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toBe(speaker);
    expect(s?.content).toBe(content);
  });

  it('without the pronoun the verb shows something, says nothing', () => {
    expect(statementAt('وأبدى الفريق تحسنا كبيرا في المباراة الأخيرة.', 'وأبدى')).toBeNull();
  });

  it('a preposition with a pronoun is no attitude noun', () => {
    expect(statementAt('وأبدى اللاعب عليه علامات التعب.', 'وأبدى')).toBeNull();
  });
});
