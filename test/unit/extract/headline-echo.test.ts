import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';

/** The statement whose content is the headline (the article's first line), if any. */
function headlineStatement(text: string) {
  const g = extract({ text });
  const title = text.slice(0, text.indexOf('\n'));
  const s = g.statements.find((x) => x.content.end <= title.length);
  const speaker = s ? (g.actors.find((a) => a.id === s.speakerId)?.name ?? s.speakerId) : null;
  return s ? { speaker, kind: s.kind, cue: s.cue, content: s.content.text, direct: s.direct } : null;
}

describe('a headline that restates a statement of the lead takes its speaker and kind', () => {
  const echoes: [string, string, string][] = [
    // [article, a word of the speaker's name, why]
    [
      'اتهام الحكومة بإهمال مشاريع الطرق في الجنوب\nاتهم النائب كريم الساعدي الحكومة بإهمال مشاريع الطرق في محافظات الجنوب منذ سنوات.\nوأضاف أن المواطنين ينتظرون.',
      'الساعدي',
      'a verbal noun with no agent: who accused is in the lead',
    ],
    [
      'الإعلان عن موعد جديد لافتتاح المطار الدولي\nأعلنت وزارة النقل الأحد عن موعد جديد لافتتاح المطار الدولي في العاصمة بعد تأخير طويل.\nولم تذكر الوزارة الأسباب.',
      'النقل',
      'الإعلان عن with no agent',
    ],
  ];
  it.each(echoes)('%s', (text, name) => {
    const s = headlineStatement(text);
    expect(s?.speaker).toContain(name);
    expect(s?.cue).toBeNull();
  });

  it('a "X: …" headline whose name the gazetteer lacks: the words after the colon, given directly', () => {
    const s = headlineStatement(
      'البوعزيزي: المفاوضات مع النقابات لم تصل إلى اتفاق نهائي\nقال سمير البوعزيزي رئيس لجنة الأجور إن المفاوضات مع النقابات لم تصل بعد إلى اتفاق نهائي حول الأجور.\nوأضاف أن جولة جديدة ستعقد.',
    );
    expect(s?.speaker).toContain('البوعزيزي');
    expect(s?.content).toBe('المفاوضات مع النقابات لم تصل إلى اتفاق نهائي');
    expect(s?.cue?.text).toBe(':');
    expect(s?.direct).toBe(true);
  });

  const plain: [string, string][] = [
    [
      'ارتفاع أسعار القمح في الأسواق المحلية\nقال تجار في العاصمة إن أسعار القمح ارتفعت في الأسواق المحلية خلال الأسبوع الماضي.\nوتوقعوا مزيدا من الارتفاع.',
      'a headline with no mark of speech states a fact: gold counts only headlines that attribute speech',
    ],
    [
      'المدينة: إغلاق الطريق الساحلي أمام الشاحنات لمدة أسبوع\nأعلنت الشرطة أنها قررت إغلاق الطريق الساحلي أمام الشاحنات لمدة أسبوع بسبب الأشغال.\nولم تحدد موعدا.',
      'a place before the colon: the headline states the fact the lead attributes, it names no speaker',
    ],
    [
      'تصويت في البرلمان ضد إدانة الشركة بتلويث النهر الكبير\nقال النائب كريم الساعدي إن البرلمان صوت ضد مشروع قرار يدين الشركة بتلويث النهر الكبير.\nوأضاف أن الجلسة كانت متوترة.',
      'a verbal noun a preposition governs (ضد إدانة) names a topic, the headline reports a vote',
    ],
    [
      'اتهام الحكومة بإهمال مشاريع الطرق في الجنوب\nزار الوزير مدينة البصرة أمس والتقى بالمحافظ.\nوقال المحافظ إن الزيارة كانت مثمرة.',
      'no statement of the lead says what the headline says',
    ],
  ];
  it.each(plain)('no echo: %s', (text) => {
    expect(headlineStatement(text)).toBeNull();
  });
});
