import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';

/** The speaker name of the statement whose cue is `cue` in `text`. */
function speakerOf(text: string, cue: string): string | null {
  const g = extract({ text });
  const s = g.statements.find((x) => x.cue?.text === cue);
  if (!s) return null;
  return g.actors.find((a) => a.id === s.speakerId)?.name ?? s.speakerId;
}

describe('a phrase the cue verb cannot agree with is its object, not its speaker', () => {
  const cases: [string, string, string, string, string][] = [
    // [text, cue, speaker contains, not the speaker, why]
    [
      'قال وزير الزراعة إن المحصول جيد. ودعا المزارعين المحليين إلى زيادة الإنتاج في الموسم القادم.',
      'ودعا',
      'وزير الزراعة',
      'المزارعين',
      'a definite plural in ين is accusative: the object of دعا',
    ],
    [
      'قال رئيس البرلمان إن الجلسة انتهت. وطالب الحكومة الجديدة بتقديم برنامجها خلال أسبوع.',
      'وطالب',
      'رئيس البرلمان',
      'الحكومة',
      'a masculine verb before a feminine definite phrase',
    ],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker, notSpeaker) => {
    const s = speakerOf(text, cue);
    expect(s).toContain(speaker);
    expect(s).not.toContain(notSpeaker);
  });

  const kept: [string, string, string][] = [
    ['وقالت الحكومة الجديدة إن برنامجها جاهز.', 'وقالت', 'الحكومة'],
    ['وقال المتحدثون باسم الحزب إن المؤتمر تأجل.', 'وقال', 'المتحدثون'],
    ['وأعلن الكرملين أن الرئيسين اتفقا على اللقاء.', 'وأعلن', 'الكرملين'],
    ['ودعا الأمين العام إلى وقف فوري للقتال.', 'ودعا', 'الأمين'],
  ];
  it.each(kept)('keeps an agreeing subject: %s', (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toContain(speaker);
  });
});

describe('a relative pronoun is the subject of its verb only when they agree', () => {
  it('does not take a feminine antecedent for a masculine verb after التي', () => {
    const s = speakerOf('وقال الوزير إن الزيارة ناجحة. ودعا الشركات إلى الاستثمار في مصر، التي قال إنها سوق واعدة.', 'قال');
    expect(s).toContain('الوزير');
  });
  it('keeps an agreeing antecedent', () => {
    const s = speakerOf('وقال الوزير إن الأزمة انتهت. وردت الحكومة، التي تنفي أي تقصير، بتشكيل لجنة.', 'تنفي');
    expect(s).toContain('الحكومة');
  });
});

describe('a pronoun-only cue or a participle takes the latest speaker whose cue agrees in gender', () => {
  const cases: [string, string, string, string][] = [
    // [text, cue, speaker contains, why]
    [
      'وقال وزير المالية إن العجز تراجع. وقالت المتحدثة باسم البنك المركزي إن التضخم مستقر. وأضاف أن الإيرادات ارتفعت.',
      'وأضاف',
      'وزير المالية',
      'a masculine verb after a feminine speaker goes back to the masculine one',
    ],
    [
      'قالت رئيسة البلدية إن الطرق مغلقة. وقال مدير الشرطة إن الوضع هادئ. وأوضحت أن المدارس ستفتح غدا.',
      'وأوضحت',
      'رئيسة البلدية',
      'a feminine verb after a masculine speaker goes back to the feminine one',
    ],
    ['وقال وزير المالية إن العجز تراجع. وأضاف أن الإيرادات ارتفعت.', 'وأضاف', 'وزير المالية', 'an agreeing last speaker is kept'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toContain(speaker);
  });
});

describe('a plural pronoun-only cue refers back to a plural noun, not to the last single speaker', () => {
  const cases: [string, string, string, string, string][] = [
    // [text, cue, speaker contains, not the speaker, why]
    [
      'وقال المدير إن الحريق بدأ مساء أمس. وتمكن المفتشون من تحديد مصدر النار بعد ساعات. وقالوا إن الأسلاك كانت قديمة.',
      'وقالوا',
      'المفتشون',
      'المدير',
      'the nominative plural subject of the sentence before, where no statement stood',
    ],
    [
      'قال الناطق باسم الشرطة إن مسؤولي المطار أبلغوا عن طائرة تائهة، وقالوا إن الطيار لم يرد على النداء.',
      'وقالوا',
      'مسؤولي المطار',
      'الشرطة',
      'a plural in construct as the noun of إن inside the one speaker’s content',
    ],
    [
      'وقال المتظاهرون إن الشرطة أغلقت الساحة. وقال المحافظ إن الإغلاق مؤقت. وأضافوا أنهم سيعودون غدا.',
      'وأضافوا',
      'المتظاهرون',
      'المحافظ',
      'the latest earlier speaker that is a group',
    ],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker, notSpeaker) => {
    const s = speakerOf(text, cue);
    expect(s).toContain(speaker);
    expect(s).not.toContain(notSpeaker);
  });

  it('keeps a plural last speaker', () => {
    expect(speakerOf('وقال مسؤولون أمنيون إن الهجوم فشل. وتمكن المحققون من جمع الأدلة. وأضافوا أن التحقيق مستمر.', 'وأضافوا')).toContain(
      'مسؤولون',
    );
  });
});

describe('a gendered pronoun-only cue reads the gender of a speaker whose own cue marked none', () => {
  const cases: [string, string, string, string][] = [
    // [text, cue, speaker contains, not the speaker]
    [
      'وأعلنت وزارة الصحة أن عدد الإصابات ارتفع. ووفقا للمتحدث باسم الوزارة فإن المستشفيات ممتلئة. كما ذكرت أن الطواقم تعمل بلا توقف.',
      'ذكرت',
      'وزارة الصحة',
      'متحدث',
    ],
    ['نفت السلطات المحلية وجود أي إصابات مؤكدة أن الوضع تحت السيطرة.', 'مؤكدة', 'السلطات', 'وزارة'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker, notSpeaker) => {
    const s = speakerOf(text, cue);
    expect(s).toContain(speaker);
    expect(s).not.toContain(notSpeaker);
  });
});
