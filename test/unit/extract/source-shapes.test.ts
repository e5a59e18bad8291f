import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';
import { statementAt } from './statement-at.ts';

/** Names of the actors an extraction creates. */
const actorNames = (text: string) => extract({ text }).actors.map((a) => a.name);

describe('a nisba adjective after an indefinite document noun describes the document, never speaks', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, speaker, adjective that must not become an actor]
    ['وحذر تقرير أممي من انهيار الخدمات الصحية في المدينة.', 'وحذر', 'الأمم المتحدة', 'أممي'],
    ['وذكر بيان أممي أن الجفاف يهدد ملايين المزارعين.', 'وذكر', 'الأمم المتحدة', 'أممي'],
    ['وقال تقرير أمريكي إن الهجمات الإلكترونية تضاعفت.', 'وقال', 'الولايات المتحدة', 'أمريكي'],
    ['وأكد تقرير حكومي أن البطالة تراجعت هذا العام.', 'وأكد', 'تقرير حكومي', 'حكومي'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker, notActor) => {
    expect(statementAt(text, cue)?.speaker).toBe(speaker);
    expect(actorNames(text)).not.toContain(notActor);
  });

  it('still reads a written issuer after the document noun', () => {
    expect(statementAt('وقال بيان للجيش إن المعابر مغلقة.', 'وقال')?.speaker).toBe('الجيش');
  });
});

describe('a subject before its verb may be located by في + a known place', () => {
  const cases: [string, string, string][] = [
    ['السفارة البريطانية في لاهاي قالت إن موظفيها بخير.', 'قالت', 'السفارة البريطانية'],
    ['السفارة الفرنسية في القاهرة أعلنت أن القنصلية ستغلق.', 'أعلنت', 'السفارة الفرنسية'],
    ['الرئيس في القاهرة قال إن الحدود آمنة.', 'قال', 'الرئيس'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toBe(speaker);
  });

  it('keeps a name inside another prepositional phrase out of the subject', () => {
    expect(statementAt('في جبهة الساحل جنوب محافظة الحديدة ذكرت مصادر أن القتال تجدد.', 'ذكرت')?.speaker).not.toBe('الحديدة');
  });
});

describe('a person named after a title and an organization keeps the whole name', () => {
  const cases: [string, string, string][] = [
    ['وأكد سمير عبد الرحيم أن المفاوضات انتهت.', 'وأكد', 'سمير عبد الرحيم'],
    ['وأكد كمال عبد المعروف أن المفاوضات انتهت.', 'وأكد', 'كمال عبد المعروف'],
    ['وقال عضو المكتب السياسي لحركة حماس خليل داود إن المفاوضات انتهت.', 'وقال', 'خليل داود'],
    ['وقال المتحدث باسم حركة حماس خليل داود إن المفاوضات انتهت.', 'وقال', 'خليل داود'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toBe(speaker);
  });

  it('does not join a person to the organization before it', () => {
    const names = actorNames('وقال رئيس أركان الجيش كمال عبد المعروف إن القوات جاهزة.');
    expect(names).toContain('كمال عبد المعروف');
    expect(names.some((n) => n.startsWith('الجيش ك'))).toBe(false);
  });

  it('reads a second construct noun inside the title ("رئيس أركان الجيش") up to the name', () => {
    expect(statementAt('وقال رئيس أركان الجيش كمال عبد المعروف إن القوات جاهزة.', 'وقال')?.speaker).toBe('كمال عبد المعروف');
    expect(statementAt('وقال نائب أركان القوات الجوية سالم الدوسري إن الطائرات عادت.', 'وقال')?.speaker).toBe('سالم الدوسري');
  });
});

describe("ل + an indefinite noun and its genitive is the title's portfolio", () => {
  const cases: [string, string, string][] = [
    ['وقال مساعد وزير الخارجية لشؤون الشرق الأوسط إن الحوار مستمر.', 'وقال', 'مساعد وزير الخارجية لشؤون الشرق الأوسط'],
    ['وقال وزير الدولة لشؤون الخليج إن الزيارة ناجحة.', 'وقال', 'وزير الدولة لشؤون الخليج'],
    ['وحذر المفوض السامي لحقوق الإنسان من تدهور الأوضاع.', 'وحذر', 'المفوض السامي لحقوق الإنسان'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toBe(speaker);
  });

  const addressees: [string, string, string][] = [
    ['وقال الوزير لمراسل الوكالة إن الحوار مستمر.', 'وقال', 'الوزير'],
    ['وقال الرئيس لوسائل الإعلام إن الحوار مستمر.', 'وقال', 'الرئيس'],
    ['وقال الوزير لها إن الحوار مستمر.', 'وقال', 'الوزير'],
  ];
  it.each(addressees)('%s: ل + a source head is whom it was said to', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toBe(speaker);
  });
});
