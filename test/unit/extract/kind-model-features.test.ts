import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/normalize.ts';
import { normalizeArabic } from '../../../src/text/arabic.ts';
import { bestKind, contentFeatures, modelStem, type KindModelFile } from '../../../tools/mine/kind-features.ts';

/** The features of a whole content, with the tokens at `names` (indices) masked as a recognized name. */
function features(content: string, names: number[] = []): Set<string> {
  const tokens = tokenize(content);
  return contentFeatures(tokens, 0, tokens.length, (t) => names.includes(t));
}
const w = (word: string) => `w:${normalizeArabic(word)}`;

describe('a word is counted without its glued conjunction and article', () => {
  it.each([
    ['والحكومة', 'حكومة'],
    ['بالحكومة', 'حكومة'],
    ['للحكومة', 'حكومة'],
    ['الحكومة', 'حكومة'],
    ['فالمدارس', 'مدارس'],
    // Too short once stripped: the word is kept whole (التي is no ال + تي, الان no ال + ان).
    ['التي', 'التي'],
    ['الآن', 'الان'],
    // No article: a glued ب or ل stays (برد، لبنان are words of their own).
    ['لبنان', 'لبنان'],
  ])('%s → %s', (word, stem) => {
    expect(modelStem(normalizeArabic(word))).toBe(normalizeArabic(stem));
  });
});

describe('content features', () => {
  it('reads words, the opening word and adjacent pairs', () => {
    const f = features('الحكومة ستفتح المعابر غدا');
    expect(f).toContain(w('حكومة'));
    expect(f).toContain(`o:${normalizeArabic('حكومة')}`);
    expect(f).toContain(`b:${normalizeArabic('معابر')}_${normalizeArabic('غدا')}`);
  });
  it.each([
    ['الوزارة ستفتح المعابر غدا', 'm:future'],
    ['سنواصل العمل حتى النهاية', 'm:future1'],
    ['نحن جاهزون للحوار', 'm:we'],
    ['حققنا ما وعدنا به الناس', 'm:we'],
    ['لم تصل المساعدات بعد', 'm:neg'],
    ['قتل 12 شخصا في الحادث', 'm:number'],
  ])('%s holds %s', (content, marker) => {
    expect(features(content)).toContain(marker);
  });
  it.each([
    ['السياسة الجديدة تخدم الجميع', 'm:future'],
    ['سيارة الإسعاف وصلت متأخرة', 'm:future'],
  ])('%s: a word spelled like سـ + imperfect is no future (%s absent)', (content, marker) => {
    expect(features(content)).not.toContain(marker);
  });
  it('masks a recognized name: it counts as a name, not as its words, and breaks the pairs around it', () => {
    const f = features('انتقد وزير المالية الخطة', [1, 2]);
    expect(f).toContain('m:name');
    expect(f).not.toContain(w('وزير'));
    expect(f).not.toContain(`b:${normalizeArabic('مالية')}_${normalizeArabic('خطة')}`);
  });
  it.each([
    ['الهيئة تتهم الشركة بالتلاعب', 'تتهم'],
    ['جاء تحذيره قبل أيام', 'تحذيره'],
    ['نطالب بفتح المعابر', 'نطالب'],
    ['الوزير أدان الهجوم', 'أدان'],
  ])('%s: a form of a kind-fixing cue lemma (%s) is masked', (content, echo) => {
    const f = features(content);
    expect(f).not.toContain(w(echo));
    expect([...f].some((x) => x.includes(normalizeArabic(echo)))).toBe(false);
  });
  it('reads no more than the opening of a long content', () => {
    const long = Array.from({ length: 60 }, (_, i) => (i === 55 ? 'مفاجأة' : 'كلمة')).join(' ');
    expect(features(long)).not.toContain(w('مفاجأة'));
  });
});

describe('scoring', () => {
  /** A toy model: one word for WARNING, one against it, CLAIM twice as likely a priori. */
  const model: KindModelFile = {
    kinds: ['WARNING', 'DEMAND'],
    bias: [Math.log(0.5), Math.log(0.5)],
    features: { [w('عواقب')]: [4, 0], [w('شكرا')]: [-3, -3] },
  };
  it('takes the kind whose log odds against CLAIM are highest, with its posterior', () => {
    const best = bestKind(model, features('ستكون العواقب كبيرة'));
    expect(best?.kind).toBe('WARNING');
    // exp(4 − ln 2) over 1 + exp(4 − ln 2) + exp(−ln 2).
    const odds = Math.exp(4) / 2;
    expect(best?.posterior).toBeCloseTo(odds / (1 + odds + 0.5), 6);
  });
  it('gives no kind when CLAIM stays the most likely', () => {
    expect(bestKind(model, features('شكرا لكم على الحضور'))).toBeNull();
    expect(bestKind(model, features('الاجتماع انتهى'))).toBeNull();
  });
});
