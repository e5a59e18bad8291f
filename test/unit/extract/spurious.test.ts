import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';
import { statementAt } from './statement-at.ts';

/** The cue words of the statements extracted from `text`, in text order. */
const cuesOf = (text: string) => extract({ text }).statements.map((s) => s.cue?.text ?? '');

describe('one act, one statement: two cues that report the same words', () => {
  const cases: [string, string[], string][] = [
    // [sentence, expected cues, why]
    [
      'وردت الوزيرة على سؤال حول تصريحات الرئيس قائلة: "سنواصل العمل مع شركائنا في المنطقة".',
      ['قائلة'],
      'a verb and its قائلة say it once (the participle the words belong to), and a statement noun that only names what the answer is about says nothing',
    ],
    ['ويجيب المزارع قائلا "نحن نعتمد على المطر وحده".', ['قائلا'], 'a verb of answering and its قائلا'],
    [
      'وهاجم وزير الخارجية السفير الفرنسي، واصفا إياه بأنه "رجل لا يفهم المنطقة".',
      ['واصفا'],
      'an attack and the participle that gives its words',
    ],
    [
      'وقال المتحدث ردا على سؤال الصحفيين مشيرا إلى الحكومة: "لن نقبل بهذه الشروط".',
      ['وقال'],
      'a participle whose complement runs over the colon into the quotation of the main verb',
    ],
    [
      'ويقول ناشطون إن القصف أوقع عشرات القتلى، وهو ما تنفيه الحكومة.',
      ['ويقول', 'تنفيه'],
      'another speaker’s verb on the same words is a statement of its own',
    ],
    [
      'وقال الوزير إن "الخطة جاهزة" وأضاف أن التنفيذ سيبدأ قريبا.',
      ['وقال', 'وأضاف'],
      'two cues with contents of their own stay two statements',
    ],
  ];
  it.each(cases)('%s', (text, cues) => {
    expect(cuesOf(text)).toEqual(cues);
  });

  it('the kept participle takes the kind of the verb it continues', () => {
    const [s] = extract({ text: 'ويجيب المزارع قائلا "نحن نعتمد على المطر وحده".' }).statements;
    expect(s?.kind).toBe('ANSWER');
  });
});

describe('a cue after a conditional particle is a supposed act, not a reported one', () => {
  const cases: [string, string[], string][] = [
    ['وقال الوزير إن بلاده سترد بقوة إذا أعلنت الحكومة المجاورة ضم الأراضي.', ['وقال'], 'إذا inside a content'],
    ['ولن تسمح الإدارة بهذه الأساليب حتى لو طلب الرئيس ذلك.', [], 'حتى لو'],
    ['وهدد الاتحاد بعقوبات جديدة في حال رفضت الحكومة الإفراج عن المعتقلين.', ['وهدد'], 'في حال'],
    ['وإذا أكد الوزير أن الخطة ستنفذ فسيكون ذلك تحولا كبيرا.', [], 'وإذا at the start of the sentence'],
  ];
  it.each(cases)('%s', (text, cues) => {
    expect(cuesOf(text)).toEqual(cues);
  });
});

describe('homographs the cue morphology generates', () => {
  const cases: [string, string[], string][] = [
    ['وقالت فتاة تبلغ من العمر 18 عاما إن الامتحان كان صعبا.', ['وقالت'], 'تبلغ من العمر: her age, not أبلغ'],
    ['وتبلغ قيمة الصفقة نحو مليار دولار بحسب تقديرات أولية.', ['بحسب'], 'تبلغ قيمة: an amount; the attribution after it stays'],
    ['ويبلغ طول الجسر الجديد 3 كيلومترات.', [], 'يبلغ طول: a size'],
    ['وأبلغ الوزير نظيره بأن الاجتماع تأجل.', ['وأبلغ'], 'the perfect of أبلغ stays a cue'],
    ['وقال المتحدث إن الوزير سيبلغه بالقرار غدا.', ['وقال'], 'an inner أبلغ with its object pronoun is no sentence-level speaker'],
  ];
  it.each(cases)('%s', (text, cues) => {
    expect(cuesOf(text)).toEqual(cues);
  });
});

describe('يدعى/تدعى written with ى is the passive "is called", not ادعى "claims"', () => {
  const cases: [string, string[], string][] = [
    ['وقال الرجل الذي يدعى سامر الكبيسي إنه اشترى الأرض قبل عامين.', ['وقال'], 'the relative clause names the speaker'],
    ['وقال المحامي لشخص يُدعى خالد إن الجلسة تأجلت.', ['وقال'], 'the name after يُدعى is no speaker'],
    ['وذكرت الشرطة أن امرأة تدعى ليلى اعتقلت أمس.', ['وذكرت'], 'inside a content'],
    ['وتدعي المعارضة أن الانتخابات زورت.', ['وتدعي'], 'written with ي and followed by أن it claims'],
  ];
  it.each(cases)('%s', (text, cues) => {
    expect(cuesOf(text)).toEqual(cues);
  });
  it('the speaker of the main verb is the one named', () => {
    expect(statementAt('وقال الرجل الذي يدعى سامر الكبيسي إنه اشترى الأرض قبل عامين.', 'وقال')?.content).toBe('اشترى الأرض قبل عامين');
  });
});

describe('the impersonal passive of يعتقد/يتوقع reports no one', () => {
  const cases: [string, string[], string][] = [
    ['وقال الوزير إن الهجوم فشل. ويعتقد أن المهاجمين فروا إلى الجبال.', ['وقال'], 'ويعتقد أن: it is believed'],
    ['وقال الوزير إن الهجوم فشل. ويعتقد على نطاق واسع أن المهاجمين فروا.', ['وقال'], 'it is widely believed'],
    ['وأعلنت الشركة عن مشروع جديد يتوقع أن يكتمل العام المقبل.', ['وأعلنت'], 'يتوقع أن after an indefinite noun: expected to'],
    ['وأضاف الوزير أنه يعتقد أن الخطة ستنجح.', ['وأضاف', 'يعتقد'], 'أنه يعتقد: the pronoun is its subject'],
    ['ويعتقد المحققون أن الرجال فروا.', ['ويعتقد'], 'a subject after the verb'],
  ];
  it.each(cases)('%s', (text, cues) => {
    expect(cuesOf(text)).toEqual(cues);
  });
});

describe('a verbal noun spelled like its perfect, followed by its nisba adjective, is a noun', () => {
  const cases: [string, string[], string][] = [
    ['ويدور الحديث عن طلب إسرائيلي بتراجع القوات عن الحدود.', [], 'طلب إسرائيلي: an Israeli request'],
    ['وتبقى هذه أبرز رفض علني لخطة الاتحاد الأوروبي.', [], 'رفض علني: a public refusal'],
    ['وطلب مدعون أميركيون من القاضي تأجيل الجلسة.', ['وطلب'], 'a participle-shaped subject after the verb'],
    ['وطلب الوزير الأمريكي من نظيره تأجيل الزيارة.', ['وطلب'], 'a definite subject'],
  ];
  it.each(cases)('%s', (text, cues) => {
    expect(cuesOf(text)).toEqual(cues);
  });
});

describe('a source asking not to be named says nothing by that request', () => {
  const cases: [string, string[], string][] = [
    ['وقال مصدر في الوزارة، طلب عدم الكشف عن هويته، إن الاجتماع تأجل.', ['وقال'], 'the anonymity clause between commas'],
    [
      'وقال موظف كبير في الخزانة طلب عدم نشر اسمه إن القيود ستعود قريبا.',
      ['وقال'],
      'without commas: the words stay with قال (the first cue keeps a repeated content unless the later is a participle)',
    ],
    ['وطلب الادعاء عدم الإفراج عن المتهم.', ['وطلب'], 'a demand that something not be done stays'],
    [
      'وكان عضو في الوفد طلب عدم نشر اسمه قال إن اللجنة غادرت العاصمة مساء الخميس.',
      ['قال'],
      'the verb after the request still finds the source as its speaker',
    ],
    ['وأوضح مصدر رفض الكشف عن هويته أن الوفد سيصل غدا.', ['وأوضح'], 'a refusal to be named, without عدم'],
    ['وقال مسؤول في الوزارة رافضا الكشف عن اسمه إن المفاوضات متوقفة.', ['وقال'], 'the participle of the refusal'],
    ['وقالت موظفة رفضت ذكر اسمها إن الرواتب تأخرت.', ['وقالت'], 'ذكر, a cue of its own, is the refused act here'],
    ['ورفض المحامي الكشف عن اسم الشاهد الرئيسي.', ['ورفض'], 'someone else’s name: a refusal that stays'],
  ];
  it.each(cases)('%s', (text, cues) => {
    expect(cuesOf(text)).toEqual(cues);
  });
});

describe('a short quoted name inside the object does not open the content', () => {
  const cases: [string, string, string, string][] = [
    [
      'وأعلن القضاء السبت تمديد توقيف الموظف لدى حزب "الأمل الجديد" والذي كان معه.',
      'وأعلن',
      'تمديد توقيف الموظف لدى حزب "الأمل الجديد" والذي كان معه',
      'a party name after its head noun',
    ],
    [
      'وأعلن الوزير "الحرب على الفساد" في كلمة أمام البرلمان.',
      'وأعلن',
      '"الحرب على الفساد" في كلمة أمام البرلمان',
      'a quotation right after the speaker still opens it',
    ],
  ];
  it.each(cases)('%s', (text, cue, content) => {
    expect(statementAt(text, cue)?.content).toBe(content);
  });
});

describe('a negated cue whose subject is anyone at all reports that nobody spoke', () => {
  const cases: [string, string[], string][] = [
    ['ولم تعلن أي جهة مسؤوليتها بعد عن إطلاق الصواريخ.', [], 'لم تعلن أي جهة: no one claimed it'],
    ['ولم يعلق أحد من المسؤولين على التقرير.', [], 'لم يعلق أحد'],
    ['وأعلن أحد المسؤولين أن التحقيق بدأ.', ['وأعلن'], 'without a negation أحد is a speaker (one of the officials)'],
  ];
  it.each(cases)('%s', (text, cues) => {
    expect(cuesOf(text)).toEqual(cues);
  });
});

describe('a relative clause with a resumptive pronoun after its cue', () => {
  const cases: [string, string[], string][] = [
    // [sentence, expected cues, why]
    [
      'وأشار الوزير إلى التقرير الذي كشفت عنه صحيفة محلية، الأحد.',
      ['وأشار'],
      'عنه stands for the report before الذي: the newspaper’s verb gives no content of its own',
    ],
    ['وتحدث المدير عن الخطة التي أعلن عنها الرئيس في وقت سابق.', ['وتحدث'], 'the same with أعلن عنها'],
    ['وشارك الآلاف في الإضراب الذي دعت إليه النقابات المستقلة.', [], 'إليه after دعا: the strike, not the unions, is what was called for'],
    [
      'وغادر الرئيس المستشفى بعد ظهر اليوم، بحسب ما أفادت به الرئاسة في بيان.',
      ['بحسب ما أفادت'],
      'after بحسب ما the resumptive به comes before the source, which is credited with the clause',
    ],
    ['وتعهدت له الوزارة الرد على طلبه خلال أسبوع.', ['وتعهدت'], 'له after a cue is whom it was said to, not a resumptive pronoun'],
    ['وبعث السفير رسالة يطلب فيها الإفراج عن المعتقلين.', ['يطلب'], 'فيها is the letter the demand was made in: the words follow it'],
  ];
  it.each(cases)('%s', (text, cues) => {
    expect(cuesOf(text)).toEqual(cues);
  });
  it('credits the clause before بحسب ما أفادت به to the source after the pronoun', () => {
    expect(statementAt('وغادر الرئيس المستشفى بعد ظهر اليوم، بحسب ما أفادت به الرئاسة في بيان.', 'بحسب ما أفادت')).toMatchObject({
      speaker: 'الرئاسة',
      content: 'وغادر الرئيس المستشفى بعد ظهر اليوم',
    });
  });
});

describe('بحسب/وفق with a rule or a measure says how, not who', () => {
  const cases: [string, string[], string][] = [
    // [sentence, expected cues, why]
    ['ويتنافس مئة مرشح على خمسين مقعدا وفق قانون الانتخاب الجديد.', [], 'a law is how seats are contested'],
    ['وتم توزيع المقاعد حسب الحصص الطائفية في البلاد.', [], 'a quota'],
    ['ووفقا للشريعة المطبقة في البلاد فإن شهادة المرأة نصف شهادة الرجل.', [], 'with a glued لل and a clause after فإن'],
    ['واحتفل المسيحيون بالعيد حسب التقويم الشرقي.', [], 'a calendar'],
    ['وقتل خمسة أشخاص في الهجوم، وفقا لقوات الأمن.', ['وفقا'], 'a body that can speak stays a source'],
  ];
  it.each(cases)('%s', (text, cues) => {
    expect(cuesOf(text)).toEqual(cues);
  });
});

describe('a verb whose content opens with its speaker’s participle is one act, of the participle’s kind', () => {
  const cases: [string, string, string, string][] = [
    ['وقال الوزير مطالبا الحكومة بالإسراع في تنفيذ الإصلاحات.', 'مطالبا', 'DEMAND', 'مطالبا'],
    ['وقال رئيس الحزب داعيا المواطنين إلى المشاركة في الانتخابات.', 'داعيا', 'DEMAND', 'داعيا'],
    ['وقالت النقابة منددة بالاعتداء على العمال.', 'منددة', 'CONDEMNATION', 'منددة'],
  ];
  it.each(cases)('%s', (text, cue, kind) => {
    expect(cuesOf(text)).toEqual([cue]);
    expect(statementAt(text, cue)?.kind).toBe(kind);
  });
});

describe('a verb inside a content is a statement only when its subject can speak', () => {
  const cases: [string, string[], string][] = [
    ['وقال تقرير للأمم المتحدة إن المجاعة تهدد الملايين في المنطقة.', ['وقال'], 'a famine threatens: a thing, no speaker'],
    ['وقال الوزير إن الأزمة الاقتصادية تهدد استقرار البلاد.', ['وقال'], 'a noun and its adjective'],
    ['وقال المتحدث إن الجيش ينفي استهداف المدنيين.', ['وقال', 'ينفي'], 'an institution speaks'],
    ['وقال الوزير إن المعارضة تطالب بانتخابات مبكرة.', ['وقال', 'تطالب'], 'a source head speaks'],
  ];
  it.each(cases)('%s', (text, cues) => {
    expect(cuesOf(text)).toEqual(cues);
  });
});

describe('a pronoun glued to إن/أن before a verb in the content is the outer speaker', () => {
  const cases: [string, string, string][] = [
    ['وقالت الحركة إنها ترفض قرار المحكمة بشكل قاطع.', 'ترفض', 'الحركة'],
    ['وقال الرئيس إنه يدين الهجوم على المدنيين.', 'يدين', 'الرئيس'],
    ['وأكدت النقابة أنها تطالب الحكومة بزيادة الأجور.', 'تطالب', 'النقابة'],
  ];
  it.each(cases)('%s', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toBe(speaker);
  });
});
