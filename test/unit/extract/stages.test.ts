import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/extract/clean.ts';
import { segment } from '../../../src/extract/segment.ts';
import { cliticVariants, normalizeArabic, tokenize } from '../../../src/extract/normalize.ts';
import { matchAll } from '../../../src/extract/match.ts';
import { NAME_TRIE } from '../../../src/extract/lexicon.ts';
import { EntityIndex, recognizeEntities } from '../../../src/extract/entities.ts';
import { resolveTime } from '../../../src/extract/events.ts';
import { RELATIVE_TIMES } from '../../../src/extract/lexicon.ts';
import { extract } from '../../../src/extract/index.ts';

describe('clean', () => {
  it('drops boilerplate lines and datelines, keeps hashtag words, maps offsets back', () => {
    const raw = '[ad_1]\nدبي، الإمارات العربية المتحدة (CNN) -- قال #ماكرون إن الوضع &quot;صعب&quot;\nاقرأ أيضا: خبر آخر\n[ad_2]\nSource link';
    const { text, originalOffsets } = clean(raw);
    expect(text).toBe('قال ماكرون إن الوضع "صعب"');
    expect(raw[originalOffsets[0] ?? -1]).toBe('ق');
    expect(raw[originalOffsets[text.indexOf('ماكرون')] ?? -1]).toBe('م');
  });
  it('removes tatweel and folds presentation forms', () => {
    expect(clean('قـــال ﻻ').text).toBe('قال لا');
  });
});

describe('segment', () => {
  it('splits on . ؟ ! and newlines but not inside quotes or numbers', () => {
    const text = 'قال "إنه جيد. أنا متفائل". ارتفع النمو 2.5% اليوم؟ نعم\nسطر آخر';
    const parts = segment(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['قال "إنه جيد. أنا متفائل".', 'ارتفع النمو 2.5% اليوم؟', 'نعم', 'سطر آخر']);
  });
});

describe('match', () => {
  it('normalizes spelling for matching only', () => {
    expect(normalizeArabic('أَمْرِيكَا الأمريكية إلى')).toBe('امريكا الامريكيه الي');
  });
  it('strips clitics only when the stripped form is known', () => {
    expect(cliticVariants('وبايدن').map((v) => v.form)).toContain('بايدن');
    const text = 'قال وبايدن للولايات المتحدة بالروس وبوتين';
    const ids = matchAll(text, tokenize(text), NAME_TRIE).map((m) => m.ids[0]);
    expect(ids).toEqual(['actor:joe-biden', 'actor:united-states', 'actor:russia', 'actor:vladimir-putin']);
  });
});

describe('entities', () => {
  const run = (text: string) => {
    const index = new EntityIndex(text, tokenize(text), 'x');
    recognizeEntities(index);
    return index;
  };
  it('recognizes a titled person who is not in the gazetteer and their family name later', () => {
    const index = run('قال وزير الخارجية الموريتاني إسماعيل ولد الشيخ إن الوضع مستقر. وأضاف الشيخ أن');
    const person = [...index.actors.values()].find((a) => a.kind === 'PERSON');
    expect(person?.name).toBe('إسماعيل ولد');
    expect(person?.partOfIds).toContain('actor:mauritania');
  });
  it('builds institution actors from a nisba adjective', () => {
    const index = run('أعلنت الحكومة البريطانية أن');
    expect(index.actors.has('actor:united-kingdom-government')).toBe(true);
  });
  it('resolves a role nominal only to a person the article names', () => {
    const withName = run('التقى جو بايدن الصحفيين. وقال الرئيس الديمقراطي إن');
    expect(withName.actors.get('actor:joe-biden')?.mentions.map((m) => m.text)).toContain('الرئيس الديمقراطي');
    const withoutName = run('وقال الرئيس الديمقراطي إن');
    expect(withoutName.actors.has('actor:joe-biden')).toBe(false);
  });
});

describe('statements', () => {
  it('finds a pronoun-only continuation, a France 24 «» quote and an unnamed source', () => {
    const g = extract({ text: 'قال الرئيس الفرنسي إيمانويل ماكرون «لن نتراجع».\nوأضاف أن فرنسا ستدعم أوكرانيا.\nوقال مصدر دبلوماسي أوروبي إن الاجتماع تأجل.' });
    expect(g.statements.map((s) => [g.actors.find((a) => a.id === s.speakerId)?.name, s.content.text, s.direct])).toEqual([
      ['إيمانويل ماكرون', '«لن نتراجع»', true],
      ['إيمانويل ماكرون', 'فرنسا ستدعم أوكرانيا', false],
      ['مصدر دبلوماسي أوروبي', 'الاجتماع تأجل', false],
    ]);
    expect(g.actors.find((a) => a.name === 'مصدر دبلوماسي أوروبي')?.kind).toBe('UNNAMED');
  });
  it('gives addressees and sorts out "بحسب" attributions', () => {
    const g = extract({ text: 'وقال المتحدث لوكالة فرانس برس إن الهدنة صامدة.\nوبحسب الأمم المتحدة، فإن المساعدات وصلت إلى غزة.' });
    expect(g.statements[1]?.speakerId).toBe('actor:united-nations');
    expect(g.statements[1]?.content.text).toBe('المساعدات وصلت إلى غزة');
  });
});

describe('times', () => {
  it('resolves weekdays and months against the publication date', () => {
    const idx = (phrase: string) => RELATIVE_TIMES.findIndex((t) => t.phrase === phrase);
    expect(resolveTime(idx('الجمعة'), '2021-07-10')).toBe('2021-07-09');
    expect(resolveTime(idx('الشهر الماضي'), '2021-07-10')).toBe('2021-06');
    expect(resolveTime(idx('أمس'), '2021-03-01')).toBe('2021-02-28');
    expect(resolveTime(idx('الجمعة'), null)).toBeNull();
  });
});
