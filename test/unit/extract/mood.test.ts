import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/normalize.ts';
import { decideKind } from '../../../src/extract/statements/kind.ts';
import { moodShapes } from '../../../src/extract/statements/mood.ts';

/** Kind and deciding rule of a content read after a neutral cue (قال إن …). */
const neutral = (content: string) => decideKind({ text: content, tokens: tokenize(content) }, 'CLAIM', 0, content.length);
/** The mood shapes of a whole content. */
const shapes = (content: string) => {
  const tokens = tokenize(content);
  return moodShapes(content, tokens, 0, tokens.length);
};

describe('intent: the speaker intends to act, in the first person (a promise)', () => {
  it.each([
    ['ننوي فتح مكتب جديد في المدينة خلال الصيف', 'ننوي'],
    ['نحن نعتزم مراجعة العقود كلها', 'نعتزم after نحن'],
    ['أعتزم الترشح مرة أخرى في الانتخابات', 'أعتزم with its hamza'],
    ['ونعتزم كذلك تمديد البرنامج عاما آخر', 'a glued و'],
  ])('%s (%s) → PROMISE', (content) => {
    expect(neutral(content)).toEqual({ kind: 'PROMISE', rule: 'mood' });
  });
  it.each([
    ['اعتزم الوزير السفر إلى الخارج', 'اعتزم without a hamza is the perfect: he intended'],
    ['لا ننوي تغيير موقفنا من المسألة', 'a negated intent undertakes nothing'],
    ['الشركة تنوي بيع فرعها في الجنوب', 'the third person reports an intent'],
  ])('%s (%s) is no intent', (content) => {
    expect(shapes(content).has('intent')).toBe(false);
  });
});

describe("wish: a first-person wish, welcome or thanks opening the content is the speaker's own (OTHER)", () => {
  it.each([
    ['نأمل أن تنتهي الأزمة قبل نهاية العام', 'نأمل'],
    ['آمل أن يعود اللاعبون إلى التدريب قريبا', 'آمل: أ + أمل'],
    ['أتمنى لكم التوفيق في مهمتكم الجديدة', 'أتمنى'],
    ['نرحب بكل مبادرة تخدم السلام في المنطقة', 'نرحب'],
    ['أشكر جميع المتطوعين على جهودهم', 'أشكر'],
    ['نحن نتطلع إلى زيارة الوفد الأسبوع المقبل', 'نتطلع after نحن (mood.json wishes)'],
  ])('%s (%s) → OTHER', (content) => {
    expect(neutral(content)).toEqual({ kind: 'OTHER', rule: 'mood' });
  });
  it.each([
    ['لا نتمنى أي مواجهة مع جيراننا', 'negated'],
    ['كنا نأمل أن تحضر كل الأطراف', 'كنا: a past hope'],
    ['الوضع صعب ونأمل أن يتحسن', 'not the opening verb'],
    ['اتمنى أن تنجح الخطة', 'the 1st singular without its hamza is not read'],
    ['منطقة أرحب تقع شمال العاصمة', 'a name spelled like أرحب, not opening the content'],
  ])('%s (%s) is no wish', (content) => {
    expect(shapes(content).has('ownWish')).toBe(false);
  });
});

describe('decided: the passive of a decision opening a clause is an announcement', () => {
  it.each([
    ['تقرر تأجيل الامتحانات إلى الأسبوع المقبل', 'opening the content'],
    ['عقدت اللجنة اجتماعا، وتقرر خلاله إغلاق المعبر', 'opening a clause'],
  ])('%s (%s) → ANNOUNCEMENT', (content) => {
    expect(neutral(content)).toEqual({ kind: 'ANNOUNCEMENT', rule: 'mood' });
  });
  it('قد تقرر is the imperfect: the body may decide', () => {
    expect(shapes('الهيئة قد تقرر رفع الأسعار في الخريف').has('decided')).toBe(false);
  });
});

describe('own threat: unless the other side acts, the speaker will (a negated condition, a first-person future)', () => {
  it.each([
    ['إذا لم تنسحب القوات من الحدود فسنوقف التعاون معهم', 'إذا لم … فسنـ'],
    ['في حال لم يدفع المستأجر الإيجار، سنلجأ إلى القضاء', 'في حال لم …، سنـ'],
    ['إن لم تتوقف الهجمات فإننا سنغلق الطريق', 'إن لم … فإننا سنـ'],
  ])('%s (%s) → THREAT', (content) => {
    expect(neutral(content)).toEqual({ kind: 'THREAT', rule: 'mood' });
  });
  it.each([
    ['إذا لم نتمكن من الوصول فسنعود غدا', 'the condition is on the speaker (نتمكن)'],
    ['إذا لم تنجح المفاوضات فلا أعتقد أننا سنوقع', 'the future is not what the answer opens with'],
    ['حتى لو لم يصل الدعم سنواصل العمل', 'حتى لو is a concession'],
  ])('%s (%s) is no own threat', (content) => {
    expect(shapes(content).has('ownThreat')).toBe(false);
  });
  it('a condition answered by the speaker without a negation stays a conditional warning (not decided by mood)', () => {
    expect(neutral('إذا استمرت الاعتداءات فسنرد بالمثل').rule).not.toBe('mood');
  });
});

describe('the mood rules come after the kind words of the content', () => {
  it('a performative demand after a wish keeps its phrase (نطالب)', () => {
    expect(neutral('نشكر الحكومة ونطالب بتسريع الإجراءات')).toEqual({ kind: 'DEMAND', rule: 'phrase' });
  });
  it('an announcing cue keeps its kind', () => {
    const content = 'نأمل أن تنتهي الأشغال قبل الصيف';
    expect(decideKind({ text: content, tokens: tokenize(content) }, 'ANNOUNCEMENT', 0, content.length).kind).toBe('ANNOUNCEMENT');
  });
});

describe('deontic: an impersonal head of necessity opening the content or a clause calls for what follows', () => {
  it.each([
    ['من الضروري أن تعود الأطراف إلى طاولة الحوار', 'opening the content, before أن'],
    ['الوضع حرج، ومن الضروري إرسال المساعدات فورا', 'opening a clause, with a glued و'],
    ['من الواجب حماية المدنيين في كل الظروف', 'من الواجب'],
  ])('%s (%s) → DEMAND', (content) => {
    expect(neutral(content)).toEqual({ kind: 'DEMAND', rule: 'mood' });
  });
  it.each([
    ['ليس من الضروري تغيير القانون الآن', 'negated by ليس before it'],
    ['يرى الخبراء أنه من الضروري مراجعة الخطة', 'inside a reported clause'],
  ])('%s (%s) is no call', (content) => {
    expect(shapes(content).has('deontic')).toBe(false);
  });
});
