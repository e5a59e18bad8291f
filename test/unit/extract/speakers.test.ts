import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';

/** The speaker name and content of the statement whose cue is `cue` in `text`. */
function statementAt(text: string, cue: string) {
  const g = extract({ text });
  const s = g.statements.find((x) => x.cue?.text === cue);
  if (!s) return null;
  const actor = g.actors.find((a) => a.id === s.speakerId);
  return { speaker: actor?.name ?? s.speakerId, content: s.content.text, kind: s.kind };
}

describe('subject before the verb (SVO)', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, expected speaker contains, why]
    ['الرئيس الإيراني يؤكد التزام بلاده بالاتفاق\nوقال مسؤول إن المحادثات مستمرة.', 'يؤكد', 'الرئيس الإيراني', 'a headline subject made of a title and a nisba'],
    ['ولكن المسؤولين الفرنسيين يقولون إن الخطة جاهزة منذ شهور.', 'يقولون', 'المسؤولين الفرنسيين', 'a definite unnamed head with its adjective'],
    ['وكان وزير المالية الأردني قد قال إن الموازنة تحتاج إلى دعم.', 'قال', 'وزير المالية الأردني', 'كان + subject + قد + verb'],
    ['ولكن الحوثيين وإيران ينفيان ذلك تماما.', 'ينفيان', 'إيران', 'coordinated subjects keep the named one'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toContain(speaker);
  });

  it('does not take a place inside a prepositional phrase as the subject', () => {
    const s = statementAt('وفي جبهة الساحل شمال محافظة الحديدة ذكرت مصادر محلية أن المعارك توقفت.', 'ذكرت');
    expect(s?.speaker).toContain('مصادر محلية');
  });

  it('reads the subject of a headline across a ".." pause', () => {
    const s = statementAt('اقتحام السفارة في باريس.. طهران تتهم فرنسا بالتقصير', 'تتهم');
    expect(s?.speaker).not.toContain('فرنسا');
  });
});
