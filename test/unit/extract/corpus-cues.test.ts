import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';

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
