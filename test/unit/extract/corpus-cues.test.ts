import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';
import { lookupCue } from '../../../src/extract/lexicon.ts';
import { normalizeArabic } from '../../../src/extract/normalize.ts';

/** Lemmas added from the corpus count (tools/mine/cue-candidates.json): their generated forms introduce statements. */
describe('reporting verbs mined from the corpus', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, speaker contains, content, kind]
    ['وأصر رئيس النقابة على أن الإضراب سيستمر.', 'رئيس النقابة', 'الإضراب سيستمر', 'CLAIM'],
    ['ويخشى السكان من أن تنقطع المياه مرة أخرى.', 'السكان', 'تنقطع المياه مرة أخرى', 'WARNING'],
    ['وخشيت الوزيرة أن يتأخر المشروع.', 'الوزيرة', 'يتأخر المشروع', 'WARNING'],
    ['ولاحظ المراقبون أن الإقبال كان ضعيفا.', 'المراقبون', 'الإقبال كان ضعيفا', 'CLAIM'],
    ['وبرر وزير المالية القرار بأن العجز تضاعف.', 'وزير المالية', 'العجز تضاعف', 'CLAIM'],
    ['واشتكى المزارعون من أن الأسعار منخفضة.', 'المزارعون', 'الأسعار منخفضة', 'CLAIM'],
  ];
  it.each(cases)('%s', (text, speaker, content, kind) => {
    const g = extract({ text });
    const s = g.statements[0];
    expect(s?.content.text).toBe(content);
    expect(g.actors.find((a) => a.id === s?.speakerId)?.name).toContain(speaker);
    expect(s?.kind).toBe(kind);
  });
  it('the masdar spelled like a perfect (تخوف) opens nothing', () => {
    expect(extract({ text: 'وأبدى السكان تخوف من أن تنقطع المياه.' }).statements.map((s) => s.cue?.text)).not.toContain('تخوف');
  });
});

/** نسب إلى X قوله (a relay like نقل عن X قوله): the source after إلى or a glued ل speaks, not the medium. */
describe('the relay verb نسب', () => {
  const cases: [string, string, string][] = [
    // [sentence, speaker, content]
    ['ونسبت وكالة الأنباء الرسمية إلى وزير النقل قوله إن الطريق سيفتح غدا.', 'وزير النقل', 'الطريق سيفتح غدا'],
    ['ونسبت الصحيفة لمسؤول في البلدية قوله إن المياه ستعود مساء.', 'مسؤول في البلدية', 'المياه ستعود مساء'],
    ['ونسبت وكالة رويترز للأنباء لمصدر دبلوماسي القول إن الاجتماع تأجل.', 'مصدر دبلوماسي', 'الاجتماع تأجل'],
    ['وتنسب الإذاعة إلى قائد الشرطة قوله: "لن نتهاون مع المخالفين".', 'قائد الشرطة', '"لن نتهاون مع المخالفين"'],
  ];
  it.each(cases)('%s', (text, speaker, content) => {
    const g = extract({ text });
    const s = g.statements[0];
    expect(s?.content.text).toBe(content);
    expect(g.actors.find((a) => a.id === s?.speakerId)?.name).toBe(speaker);
  });
  it.each([
    // ratios, a blamed cause, an act ascribed to someone: no words relayed
    'وارتفعت نسب البطالة إلى مستويات قياسية بعد أن أغلقت المصانع.',
    'ونسب الحزب الهزيمة إلى الانقسام الداخلي الذي أدى إلى خسارة المقاعد.',
    'ونسبت المعارضة إلى الجيش قصف القرية ما أدى إلى نزوح السكان.',
  ])('no statement: %s', (text) => {
    expect(extract({ text }).statements.map((s) => s.cue?.text)).toEqual([]);
  });
  it('the bare perfect نسب, spelled like the noun "ratios", is no cue; its other forms are', () => {
    expect(lookupCue(normalizeArabic('نسب'))).toBeNull();
    expect(lookupCue(normalizeArabic('ونسب'))).toBeNull();
    expect(lookupCue(normalizeArabic('ونسبت'))?.form.verb.lemma).toBe('نسب');
    expect(lookupCue(normalizeArabic('ينسب'))?.form.verb.lemma).toBe('نسب');
  });
  it('without قوله/القول after the source it ascribes a thing, not words', () => {
    const text = 'ونسب الموقع للهيئة الدولية تحذيرها من ارتفاع "معدلات الإصابة" في الإقليم.';
    expect(extract({ text }).statements.map((s) => s.cue?.text)).not.toContain('ونسب');
  });
});
