import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';

/** Speaker name and content of every statement of `text`, in order. */
function statements(text: string) {
  const g = extract({ text });
  return g.statements.map((s) => ({
    speaker: g.actors.find((a) => a.id === s.speakerId)?.name ?? s.speakerId,
    cue: s.cue?.text,
    content: s.content.text,
  }));
}

describe('أن after قبل/بعد/دون/منذ/رغم opens an adverbial clause, not the content', () => {
  const cases: [string, string | null, string][] = [
    // [sentence, expected content of the first statement (null: none), why]
    ['وقال وزير النقل قبل أن يغادر المطار إن الرحلات ستستأنف غدا.', 'الرحلات ستستأنف غدا', 'قبل أن: the content opens at the later إن'],
    ['وأكدت الوزيرة بعد أن التقت ممثلي النقابات في العاصمة.', null, 'بعد أن with no complement: no statement'],
    ['وصرح المتحدث دون أن يذكر أسماء بأن التحقيق مستمر.', 'التحقيق مستمر', 'دون أن'],
    ['وقال رئيس البلدية على الرغم من أن الأمطار غزيرة إن الطرق مفتوحة.', 'الطرق مفتوحة', 'a two-word head: الرغم من أن'],
    ['وقال رئيس البلدية إن الطرق مفتوحة.', 'الطرق مفتوحة', 'an ordinary إن still opens'],
  ];
  it.each(cases)('%s → %s', (text, content) => {
    const s = statements(text);
    if (content === null) expect(s).toEqual([]);
    else expect(s[0]?.content).toBe(content);
  });
});

describe('a quoted name or title between the cue and the opening does not stop the content from opening', () => {
  const cases: [string, string, string][] = [
    // [sentence, expected content, why]
    ['وقال مدير المستشفى في مقابلة مع «قناة المساء الإخبارية الأولى» إن الأسرة ممتلئة.', 'الأسرة ممتلئة', 'a title of four words after مع'],
    ['وقال مدير المستشفى لصحيفة "صوت المدينة اليومية" إن الأسرة ممتلئة.', 'الأسرة ممتلئة', 'after لـ + a head noun'],
    ['وقال مدير المستشفى لـ"النهار" "لم نعد نستقبل أي مريض".', '"لم نعد نستقبل أي مريض"', 'a glued لـ name, then the quoted speech'],
    ['وقال مدير المستشفى "الأسرة ممتلئة تماما" "ولا مكان لأحد".', '"الأسرة ممتلئة تماما"', 'outside a preposition slot a quote is speech'],
    [
      'وقال المتحدث باسم قوات التحالف "تحالف حماية المدنيين في الجنوب"، لوكالة محلية، إن الضربة أصابت هدفها.',
      'الضربة أصابت هدفها',
      'a quoted name in apposition to a name',
    ],
    [
      'ودعت الولايات المتحدة "لجنة مراقبة الانتخابات في البلاد"، التي يرأسها قاض، إلى "تحقيق شامل" في الحادث.',
      '"تحقيق شامل" في الحادث',
      "after such a name the cue's own preposition opens the content, and لجنة is no ل + object",
    ],
    [
      'وقال الرئيس الأمريكي جو بايدن "الوضع صعب جدا ويحتاج إلى عمل" مضيفا أن الحل ممكن.',
      '"الوضع صعب جدا ويحتاج إلى عمل"',
      'a quotation followed by another cue is speech',
    ],
  ];
  it.each(cases)('%s → %s', (text, content) => {
    expect(statements(text)[0]?.content).toBe(content);
  });
});

describe('a contrastive or concessive clause with a cue of its own starts a second statement', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, first content, second speaker, second content]
    ['وقال مدير الميناء إن الحركة بطيئة غير أنه أكد أن الشحنات ستصل.', 'الحركة بطيئة', 'مدير الميناء', 'الشحنات ستصل'],
    ['وقال مدير الميناء إن الحركة بطيئة، إلا أنه عاد وأكد أن الشحنات ستصل.', 'الحركة بطيئة', 'مدير الميناء', 'الشحنات ستصل'],
    ['وقال مدير الميناء إن الحركة بطيئة، لكن وزير النقل أكد أن الشحنات ستصل.', 'الحركة بطيئة', 'وزير النقل', 'الشحنات ستصل'],
    ['وقال مدير الميناء إن الحركة بطيئة، رغم أنه أقر بأن الشحنات تأخرت.', 'الحركة بطيئة', 'مدير الميناء', 'الشحنات تأخرت'],
    ['وقال مدير الميناء إن الحركة بطيئة، ورغم ذلك أكد أن الشحنات ستصل.', 'الحركة بطيئة', 'مدير الميناء', 'الشحنات ستصل'],
  ];
  it.each(cases)('%s', (text, first, speaker, second) => {
    const s = statements(text);
    expect(s[0]?.content).toBe(first);
    expect(s[1]?.speaker).toContain(speaker);
    expect(s[1]?.content).toBe(second);
  });
  it('a contrast without a cue stays inside the content', () => {
    expect(statements('وقال مدير الميناء إن الحركة بطيئة لكن الوزارة ستعالج الأمر.')[0]?.content).toBe(
      'الحركة بطيئة لكن الوزارة ستعالج الأمر',
    );
  });
});

describe('a short quotation that its slot makes a name opens no content', () => {
  const cases: [string, { cue: string; content: string }[], string][] = [
    // [sentence, expected statements (cue and content), why]
    [
      'وانتقدت الحكومة دعم الجماعة المسلحة المعروفة باسم "الفجر".',
      [{ cue: 'وانتقدت', content: 'دعم الجماعة المسلحة المعروفة باسم "الفجر"' }],
      'after المعروفة باسم the quotation is a name: the object is the content',
    ],
    [
      'وانتقدت الحكومة دعم الجماعة المسلحة أو ما يعرف بـ"الفجر".',
      [{ cue: 'وانتقدت', content: 'دعم الجماعة المسلحة أو ما يعرف ب"الفجر"' }],
      'ما يعرف بـ with its preposition glued to the mark',
    ],
    [
      'وكتب الرئيس على "تويتر"، قائلا إن اللقاء كان جيدا جدا.',
      [{ cue: 'قائلا', content: 'اللقاء كان جيدا جدا' }],
      'a known name quoted after a preposition that is not the cue’s own is where the words were written',
    ],
    [
      'وتحدث الوزير لـ"سكاي نيوز عربية"، قائلا إن المفاوضات مستمرة.',
      [{ cue: 'قائلا', content: 'المفاوضات مستمرة' }],
      'and a known medium after a glued ل is whom they were said to',
    ],
    [
      'ودعا الوزير إلى "التهدئة الفورية".',
      [{ cue: 'ودعا', content: '"التهدئة الفورية"' }],
      'the cue’s own preposition keeps opening its quotation',
    ],
    [
      'وحذر الوزير من "كارثة إنسانية"، مضيفا أن الوضع يتدهور.',
      [
        { cue: 'وحذر', content: '"كارثة إنسانية"' },
        { cue: 'مضيفا', content: 'الوضع يتدهور' },
      ],
      'the same with a pause after the quotation',
    ],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(statements(text).map(({ cue, content }) => ({ cue, content }))).toEqual(expected);
  });
});
