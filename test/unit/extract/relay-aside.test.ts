import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';

/** The speaker name and content of every statement of `text`, in order. */
function statements(text: string): [string, string][] {
  const g = extract({ text });
  return g.statements.map((s) => [g.actors.find((a) => a.id === s.speakerId)?.name ?? s.speakerId, s.content.text]);
}

describe('a relay phrase between the speaker and the content', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, speaker, content, why]
    [
      'وذكرت القناة نقلا عن مسؤول أمني أن الهجوم أسفر عن مقتل ثلاثة جنود.',
      'مسؤول أمني',
      'الهجوم أسفر عن مقتل ثلاثة جنود',
      'نقلا عن after the medium: the source speaks, and the clause before نقلا is no content',
    ],
    [
      'وأضافت الصحيفة، نقلا عن مصادر دبلوماسية، أن الاجتماع سيعقد في جنيف.',
      'مصادر دبلوماسية',
      'الاجتماع سيعقد في جنيف',
      'the same set off by commas',
    ],
    [
      'وأشارت الوكالة نقلا عن مسؤولين في وزارة الدفاع إلى أن التدريبات ستستمر أسبوعا.',
      'مسؤولين في وزارة الدفاع',
      'التدريبات ستستمر أسبوعا',
      'the verb keeps its own preposition after the source',
    ],
    [
      'وأكد الوزير، بحسب ما نقلت عنه وكالة الأنباء الرسمية، أن المفاوضات ستستأنف.',
      'الوزير',
      'المفاوضات ستستأنف',
      'a medium relays the speaker: the speaker stays, the aside is no content',
    ],
    [
      'وكان مصدر مسؤول قد نفى، الأحد، وفقا لما نقلته وكالة الأنباء الرسمية، التقارير عن مقتل الصحفي.',
      'مصدر مسؤول',
      'التقارير عن مقتل الصحفي',
      'a day and the aside between the verb and its object',
    ],
    [
      'وأكد مصدر عسكري، وفق ما بثته الإذاعة المحلية، سيطرة الجيش على القريتين.',
      'مصدر عسكري',
      'سيطرة الجيش على القريتين',
      'the object right after the aside, before the verb’s preposition, is the content',
    ],
    [
      'واعترف الوزير أحمد سالم، نقلا عن مصادر محلية، بأن زوجته كانت على علم بالصفقة.',
      'أحمد سالم',
      'زوجته كانت على علم بالصفقة',
      'a person’s own words relayed by sources stay the person’s',
    ],
  ];
  it.each(cases)('%s', (text, speaker, content) => {
    const [s] = statements(text);
    expect(s?.[0]).toContain(speaker);
    expect(s?.[1]).toBe(content);
  });

  it('ends the source before a negated verb that describes it, and reads no cue inside the aside', () => {
    const all = statements('وقالت الإذاعة نقلا عن مصدر أمني لم تذكر هويته، إن "الدورية تعرضت لإطلاق نار".');
    expect(all).toEqual([['مصدر أمني', '"الدورية تعرضت لإطلاق نار"']]);
  });

  it('gives no statement to a relay set between a verb and its object that the verb cannot take', () => {
    // ذكر takes no bare object; the clause before the aside is still no content of the relay.
    expect(statements('وذكرت اللجنة، بحسب ما نقلت وكالة الأنباء الرسمية، اكتشاف حقل كبير من النفط.')).toEqual([]);
  });

  it('still attributes the clause before a relay that ends it', () => {
    const [s] = statements('وقتل ثلاثة جنود في الهجوم، بحسب ما نقلت وكالة رويترز عن مصادر طبية.');
    expect(s).toEqual(['مصادر طبية', 'وقتل ثلاثة جنود في الهجوم']);
  });

  it('makes one statement, not a second one for the relay phrase', () => {
    expect(statements('وقالت الوكالة، نقلا عن شهود عيان، إن القصف استمر طوال الليل.')).toHaveLength(1);
  });
});
