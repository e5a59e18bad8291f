import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';
import { CUE_EXCLUSIONS, CUES, lookupCue } from '../../../src/extract/lexicon.ts';
import { generateVerbForms } from '../../../src/extract/morphology.ts';
import { normalizeArabic, tokenize } from '../../../src/extract/normalize.ts';
import { decideKind } from '../../../src/extract/statements/kind.ts';

/** The kind of the statement whose cue is `cue` in `text`, as the whole extractor gives it. */
function kindAt(text: string, cue: string) {
  return extract({ text }).statements.find((s) => s.cue?.text === cue)?.kind;
}
/** Kind and deciding rule of a content read after a neutral cue (قال إن …). */
const neutral = (content: string) => decideKind({ text: content, tokens: tokenize(content) }, 'CLAIM', 0, content.length);

describe('every generated form of a kind-fixing cue lemma carries the lemma kind', () => {
  const excluded = new Set(CUE_EXCLUSIONS.forms.map(normalizeArabic));
  const kindFixing = CUES.verbs.filter((v) => v.kind !== 'CLAIM');
  it.each(kindFixing.map((v) => [v.lemma, v.kind, v] as const))('%s → %s', (_lemma, kind, verb) => {
    const wrong: string[] = [];
    for (const g of generateVerbForms(verb, verb.objects ?? !!verb.takesObject)) {
      // 1st/2nd person and jussive forms are no cues; excluded forms are mostly another word.
      if (g.firstOrSecond || g.tag === 'jussive' || excluded.has(g.form)) continue;
      // Subjunctive plurals and duals are cues only after ل (ليؤكدوا); the others also with و or ف glued.
      const spellings = g.tag === 'subjunctive' ? [`ل${g.form}`, `ول${g.form}`] : [g.form, `و${g.form}`, `ف${g.form}`];
      for (const s of spellings) {
        // ورد/فرد are refused on purpose (ورد "was mentioned", فرد "individual").
        if (CUE_EXCLUSIONS.proclitic.map(normalizeArabic).includes(s)) continue;
        const found = lookupCue(s);
        if (found?.form.verb.kind !== kind) wrong.push(`${s}→${found?.form.verb.lemma ?? 'none'}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("nested: a neutral cue's content that opens with a kind-fixing imperfect takes its kind", () => {
  it.each([
    ['وقالت وزارة الخارجية إنها تدين بشدة الهجوم على القافلة.', 'وقالت', 'CONDEMNATION'],
    ['وقال رئيس النقابة إنه يطالب الإدارة بصرف الأجور المتأخرة.', 'وقال', 'DEMAND'],
    ['وأضاف المتحدث "ترفض الحركة أي وصاية على قرارها".', 'وأضاف', 'DENIAL'],
    ['وقال وزير الداخلية إنه يخشى من موجة نزوح جديدة نحو الحدود.', 'وقال', 'WARNING'],
    ['وقالت الهيئة في بيان: "تنفي الهيئة ما نشرته بعض الصحف".', 'وقالت', 'DENIAL'],
  ])('%s → %s', (text, cue, kind) => {
    expect(kindAt(text, cue)).toBe(kind);
  });
  it.each([
    ['وقال المحلل إن الحكومة طالبت البنك بتأجيل الأقساط.', 'وقال', 'a perfect: a past act of someone else'],
    ['وقال الخبير إن الشاحنة تحمل مواد غذائية فقط.', 'وقال', 'an idiom verb without its idiom (تحمل: carries)'],
    ['وقال المسؤول إنه يأمل في التوصل إلى اتفاق قريبا.', 'وقال', 'a wish (OTHER) is not passed on'],
    ['وقال المهندس إن الفيضانات تهدد المحاصيل في الجنوب.', 'وقال', 'تهدد with a thing as subject: endangers'],
  ])('%s stays CLAIM (%s)', (text, cue) => {
    expect(kindAt(text, cue)).toBe('CLAIM');
  });
  it('an announcing cue takes it too: the announcement is of the act', () => {
    expect(decideKind({ text: 'تدين الوزارة الاعتداء', tokens: tokenize('تدين الوزارة الاعتداء') }, 'ANNOUNCEMENT', 0, 21)).toEqual({
      kind: 'CONDEMNATION',
      rule: 'nested',
    });
  });
});

describe('own: a first-person imperfect of a kind-fixing lemma is the speaker’s own act', () => {
  it.each([
    // Forms that contentKinds lists as performatives (نرفض، نطلب، أخشى) are decided earlier by that rule.
    ['نستنكر هذا القرار جملة وتفصيلا', 'CONDEMNATION'],
    ['الوضع صعب، ونحذر من أن تتأخر المساعدات', 'WARNING'],
    ['أحذر من تأخر المساعدات عن موعدها', 'WARNING'],
    ['نتهم الشركة بإخفاء الأرقام الحقيقية', 'ACCUSATION'],
    ['نتوعد كل من يعتدي على أرضنا', 'THREAT'],
  ])('%s → %s', (content, kind) => {
    expect(neutral(content)).toEqual({ kind, rule: 'own' });
  });
  it.each([
    ['لا نرفض الحوار مع أحد', 'negated'],
    ['لا يمكن أن نتهم أي طرف الآن', 'after أن: a possible act, not done'],
    ['أدين المتهمون الثلاثة بالسرقة', 'أدين: the passive perfect of أدان, not "I condemn"'],
  ])('%s is no own act (%s)', (content) => {
    expect(neutral(content).rule).not.toBe('own');
  });
  it('through the extractor', () => {
    expect(kindAt('وقال قائد الشرطة: "نرفض أي تدخل في عمل القضاء".', 'وقال')).toBe('DENIAL');
  });
});

describe('answer: a sentence that opens with ف + cue after a sentence that puts a question', () => {
  it('وجه سؤالا … . فقال: → ANSWER', () => {
    expect(kindAt('ووجه المذيع سؤالا للوزير بشأن الأسعار. فقال الوزير: "الأسعار ستنخفض قريبا".', 'فقال')).toBe('ANSWER');
  });
  it('without the glued ف the next sentence is a statement of its own', () => {
    expect(kindAt('ووجه المذيع سؤالا للوزير بشأن الأسعار. وقال الوزير إن الأسعار مستقرة.', 'وقال')).toBe('CLAIM');
  });
  it('without a question above, ف + cue is no answer', () => {
    expect(kindAt('وزار المذيع مقر الوزارة صباحا. فقال الوزير إن الأسعار مستقرة.', 'فقال')).toBe('CLAIM');
  });
});

describe('a promise of the response is a threat', () => {
  it.each([
    ['وتعهدت الحكومة بالرد على أي اعتداء يطال حدودها.', 'وتعهدت'],
    ['وتعهد قائد الحرس الرد على مقتل الجنود الثلاثة.', 'وتعهد'],
  ])('%s → THREAT', (text, cue) => {
    expect(kindAt(text, cue)).toBe('THREAT');
  });
  it('a promise of anything else stays a promise', () => {
    expect(kindAt('وتعهدت الحكومة بتقديم المساعدات إلى المتضررين.', 'وتعهدت')).toBe('PROMISE');
  });
});

describe('retaliation: the response with a possessive pronoun, in a clause with a future, is a threat', () => {
  it.each(['سيكون ردنا أقسى مما يتوقعون', 'وردها لن يتأخر كثيرا'])('%s → THREAT', (content) => {
    expect(neutral(content)).toEqual({ kind: 'THREAT', rule: 'retaliation' });
  });
  it('ردة فعل (a reaction, written ة) is no response to come', () => {
    expect(neutral('قد يكون ما جرى ردة فعل على القرار').rule).not.toBe('retaliation');
  });
});

describe('expressed: a cue that expresses a stance takes the kind of the verbal noun its content opens with', () => {
  it.each([
    ['وأعرب السفير عن إدانته الشديدة لإطلاق النار على المتظاهرين.', 'وأعرب', 'CONDEMNATION'],
    ['وعبرت النقابة عن رفضها القاطع لخفض الرواتب هذا العام.', 'وعبرت', 'DENIAL'],
    ['وأعرب المدير عن تخوفه من نفاد المخزون قبل نهاية الشهر.', 'وأعرب', 'WARNING'],
    ['وأعربت الجمعية عن استنكارها لإغلاق المدارس في القرى.', 'وأعربت', 'CONDEMNATION'],
  ])('%s → %s', (text, cue, kind) => {
    expect(kindAt(text, cue)).toBe(kind);
  });
  it.each([
    ['وأعربت الوزيرة عن قلقها من ارتفاع الأسعار في الأسواق.', 'وأعربت', 'a feeling, not the verbal noun of a kind-fixing cue'],
    ['وأعرب اللاعب عن سعادته بالفوز في المباراة الأخيرة.', 'وأعرب', 'a feeling'],
  ])('%s stays OTHER (%s)', (text, cue) => {
    expect(kindAt(text, cue)).toBe('OTHER');
  });
  it('only a cue that expresses: قال with a content that opens with إدانة stays CLAIM', () => {
    expect(neutral('إدانة الهجوم جاءت متأخرة').kind).toBe('CLAIM');
  });
  it('the verbal noun must open the content: further in, it is a topic', () => {
    const content = 'ارتياحه لتراجع رفض الأهالي للمشروع';
    expect(decideKind({ text: content, tokens: tokenize(content) }, 'OTHER', 0, content.length, { expresses: true })).toEqual({
      kind: 'OTHER',
      rule: 'cue',
    });
  });
});

describe("own stance: a neutral cue whose object is the speaker's stance named by a kind-fixing verbal noun", () => {
  it.each([
    ['وأكدت النقابة رفضها القاطع لأي تعديل على قانون التقاعد.', 'وأكدت', 'DENIAL'],
    ['وشدد المحافظ على إدانته للاعتداء على موظفي البلدية.', 'وشدد', 'CONDEMNATION'],
    ['وأكد الاتحاد مطالبته بزيادة الحصص المخصصة للأندية الصغيرة.', 'وأكد', 'DEMAND'],
  ])('%s → %s', (text, cue, kind) => {
    expect(kindAt(text, cue)).toBe(kind);
  });
  it.each([
    ['وأكد المدير أن رفضه للعرض جاء بعد دراسة طويلة.', 'وأكد', 'after أن the noun is a topic of what was said'],
    ['وأكد الوزير أن إدانة المتهمين ستكون عادلة.', 'وأكد', 'no possessive: not the speaker’s act'],
  ])('%s stays CLAIM (%s)', (text, cue) => {
    expect(kindAt(text, cue)).toBe('CLAIM');
  });
  it('a first person is a verb, not a possessive: طلبنا stays with the content rules', () => {
    expect(neutral('طلبنا من الشركة تأجيل الموعد').rule).not.toBe('expressed');
  });
});

describe('حمّل … المسؤولية: the subject ends before the object that stands before the idiom noun', () => {
  it.each([
    ['وحمّل المدير الموظفين مسؤولية تأخر التسليم.', 'المدير', 'الموظفين'],
    ['وحملت النقابة الإدارة المسؤولية عن إغلاق المصنع.', 'النقابة', 'الإدارة'],
    ['وحمل وزير الزراعة الشركة الوطنية مسؤولية تلف المحصول.', 'وزير الزراعة', 'الشركة الوطنية'],
    ['وحمّل وزير النقل المسؤولية للشركة المشغلة عن الحادث.', 'وزير النقل', 'المسؤولية'],
  ])('%s: speaker %s, content from %s', (text, speaker, object) => {
    const s = extract({ text }).statements.find((x) => x.verb === 'حمل');
    expect(s?.kind).toBe('ACCUSATION');
    expect(s?.content.text.startsWith(object)).toBe(true);
    const graph = extract({ text });
    const actor = graph.actors.find((x) => x.id === s?.speakerId);
    expect(actor?.name).toBe(speaker);
  });
});

describe('relayed act: a relay whose source is named with the verbal noun of its act takes that act’s kind', () => {
  it.each([
    ['ونقلت الإذاعة عن قائد الشرطة تحذيره من أن الطرق ستغلق ليلا.', 'WARNING'],
    ['ونقلت الوكالة عن رئيس اللجنة نفيه أن تكون النتائج قد سربت.', 'DENIAL'],
    ['ونقلت الصحيفة عن النقابة مطالبتها بأن تصرف الأجور قبل العيد.', 'DEMAND'],
  ])('%s → %s', (text, kind) => {
    expect(kindAt(text, 'ونقلت')).toBe(kind);
  });
  it('the noun of saying stays neutral: قوله إن …', () => {
    expect(kindAt('ونقلت الإذاعة عن قائد الشرطة قوله إن الطرق ستفتح صباحا.', 'ونقلت')).toBe('CLAIM');
  });
});

describe('دان: the form I twin of أدان condemns, and its homographs do not', () => {
  it.each([
    ['ودانت الرابطة الاعتداء على الصحفيين أثناء التغطية.', 'ودانت'],
    ['ودان رئيس البلدية بشدة حرق الحافلات في الحي.', 'ودان'],
  ])('%s → CONDEMNATION', (text, cue) => {
    expect(kindAt(text, cue)).toBe('CONDEMNATION');
  });
  it.each([
    ['وقال مدير الاستخبارات الوطنية الأمريكية دان كوتس إن الخطر ما زال قائما.', 'دان', 'the given name that opens a titled name'],
    ['واشترت الشركة ألف فدان من الأراضي قرب النهر.', 'فدان', 'فدان (acre) is no ف + دان'],
  ])('%s: %s is no cue (%s)', (text, cue) => {
    expect(extract({ text }).statements.find((s) => s.cue?.text === cue)).toBeUndefined();
  });
  it.each([
    ['ودانت المحكمة المتهم بتهمة الاحتيال على المصارف.', 'ودانت'],
    ['وأدانت محكمة في العاصمة الموظف السابق بتلقي رشوة.', 'وأدانت'],
    ['وكانت هيئة محلفين أدانت اللاعب بالاعتداء على الحكم.', 'أدانت'],
  ])('%s: a court convicts, no statement', (text, cue) => {
    expect(extract({ text }).statements.find((s) => s.cue?.text === cue)).toBeUndefined();
  });
  it('a court named in the object leaves the condemnation', () => {
    expect(kindAt('وأدانت النقابة الحكم الذي أصدرته المحكمة بحق الصحفيين.', 'وأدانت')).toBe('CONDEMNATION');
  });
  it('the named speaker after the title still speaks', () => {
    const text = 'وقال مدير الاستخبارات الوطنية الأمريكية دان كوتس إن الخطر ما زال قائما.';
    expect(extract({ text }).statements.map((s) => s.cue?.text)).toEqual(['وقال']);
  });
});

describe('voiced: قائلا / بالقول gives the words of the act its clause names', () => {
  it.each([
    ['وحذر المحافظ السكان من البناء قرب النهر، قائلا إن المياه سترتفع.', 'قائلا', 'WARNING'],
    ['ونفت الشركة تسريح العمال، قائلة إن المصنع يعمل كالمعتاد.', 'قائلة', 'DENIAL'],
    ['واتهم المدرب الحكم بالانحياز، قائلا إن القرار حرم فريقه من الفوز.', 'قائلا', 'ACCUSATION'],
  ])('%s → %s', (text, cue, kind) => {
    expect(kindAt(text, cue)).toBe(kind);
  });
  it.each([
    ['وقال المحافظ إن الجسر جاهز، مضيفا إن الافتتاح قريب.', 'مضيفا', 'مضيفا adds an act of its own'],
    ['وأوضح المحافظ أن الجسر جاهز، قائلا إن الافتتاح قريب.', 'قائلا', 'the act before it is a neutral one'],
  ])('%s stays CLAIM (%s)', (text, cue) => {
    expect(kindAt(text, cue)).toBe('CLAIM');
  });
  it('a content with a kind of its own keeps it', () => {
    expect(kindAt('ونفت الوزارة وجود نقص في الأدوية، قائلة إنها تطالب الصيدليات بالإبلاغ عن أي تأخير.', 'قائلة')).toBe('DEMAND');
  });
});
