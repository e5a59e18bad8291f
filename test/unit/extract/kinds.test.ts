import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';
import { tokenize } from '../../../src/extract/normalize.ts';
import { decideKind } from '../../../src/extract/statements/kind.ts';

/** Kind and deciding rule of a content read after a neutral cue (قال إن …). */
const neutral = (content: string) => decideKind({ text: content, tokens: tokenize(content) }, 'CLAIM', 0, content.length);

/** The kind of the statement whose cue is `cue` in `text`, as the whole extractor gives it. */
function kindAt(text: string, cue: string) {
  return extract({ text }).statements.find((s) => s.cue?.text === cue)?.kind;
}

describe('a cue that names a kind keeps it', () => {
  it.each([
    ['WARNING', 'حذر'],
    ['ACCUSATION', 'اتهم'],
    ['DEMAND', 'دعا'],
  ] as const)('%s stays %s whatever the content', (kind, _cue) => {
    expect(decideKind({ text: 'إذا لم ترد فسنرد', tokens: tokenize('إذا لم ترد فسنرد') }, kind, 0, 'إذا لم ترد فسنرد'.length)).toEqual({
      kind,
      rule: 'cue',
    });
  });
  it('through the extractor', () => {
    expect(kindAt('وحذر وزير الدفاع من أن الهدنة هشة.', 'وحذر')).toBe('WARNING');
  });
});

describe('an announcing cue gives way to a warning in its content', () => {
  /** Kind and rule of a content read after أعلن (a cue of kind ANNOUNCEMENT). */
  const announced = (content: string) => decideKind({ text: content, tokens: tokenize(content) }, 'ANNOUNCEMENT', 0, content.length);
  it.each([
    ['المصانع ستغلق أبوابها في حال لم تصرف المستحقات', 'a future with في حال', 'conditional'],
    ['إذا استمر الحصار فإن الميناء سيتوقف عن العمل', 'إذا … فإن', 'conditional'],
    ['الوزارة تحذر من عواقب التأخير في الصيانة', 'a warning phrase', 'phrase'],
  ] as const)('%s (%s) → WARNING', (content, _shape, rule) => {
    expect(announced(content)).toEqual({ kind: 'WARNING', rule });
  });
  it.each([
    ['الشركة سترفع الأجور ابتداء من الشهر المقبل', 'a future alone'],
    ['الحكومة السابقة تتحمل المسؤولية كاملة عن الانهيار', 'an accusation phrase does not replace the cue'],
    ['على المواطنين أن يتقدموا بطلباتهم قبل الموعد', 'nor does a call to act'],
    ['اللجنة أنهت أعمالها أمس', 'a plain report'],
  ])('%s (%s) stays ANNOUNCEMENT', (content) => {
    expect(announced(content)).toEqual({ kind: 'ANNOUNCEMENT', rule: 'cue' });
  });
  it('a cue that names its act keeps it: a condition does not turn a demand into a warning', () => {
    const content = 'إذا لم تدفع الرواتب فإن الإضراب سيستمر';
    expect(decideKind({ text: content, tokens: tokenize(content) }, 'DEMAND', 0, content.length).kind).toBe('DEMAND');
  });
  it('through the extractor', () => {
    expect(kindAt('وأعلن رئيس النقابة أن العمال سيندمون إذا لم تعدل الشركة قرارها.', 'وأعلن')).toBe('WARNING');
    expect(kindAt('وأعلن رئيس النقابة أن العمال سيعودون إلى العمل يوم الأحد.', 'وأعلن')).toBe('ANNOUNCEMENT');
  });
});

describe('conditional: a condition with a consequent (ف or a future) is a warning', () => {
  const cases: [string, string][] = [
    ['إذا استمر القصف فإن الحكومة ستعيد النظر في الاتفاق', 'إذا … فإن'],
    ['الشركة ستغلق مصانعها في حال لم تحصل على الدعم', 'future … في حال'],
    ['لو تأخرت الرواتب شهرا آخر فلن يبقى أحد في الخدمة', 'لو … فلن'],
  ];
  it.each(cases)('%s (%s)', (content) => {
    expect(neutral(content)).toEqual({ kind: 'WARNING', rule: 'conditional' });
  });
  it('a negated condition answered by what the speaker will do is a threat (mood.ts)', () => {
    expect(neutral('إن لم تتوقف الاعتداءات فسنغلق المعابر')).toEqual({ kind: 'THREAT', rule: 'mood' });
  });
  it('"ما إذا" is an indirect question, not a condition', () => {
    expect(neutral('اللجنة لم تقرر بعد ما إذا كانت ستمدد المهلة').rule).not.toBe('conditional');
  });
  it('a condition without a consequent stays neutral', () => {
    expect(neutral('الأسعار ترتفع إذا قل المعروض في الأسواق')).toEqual({ kind: 'CLAIM', rule: 'neutral' });
  });
  it.each([
    ['إذا أنجزنا الطريق في موعده فسيفتح أمام الشاحنات', 'إذا + a first-person plural perfect'],
    ['وإذا لم نتمكن من جمع التمويل فإن المشروع سيتأخر', 'إذا لم + a first-person plural imperfect'],
  ])("a condition on the speaker's own side is no warning: %s (%s)", (content) => {
    expect(neutral(content).rule).not.toBe('conditional');
  });
  it.each([
    ['إذا نجحت المعارضة في تمرير القانون فسنلجأ إلى الشارع', 'نجحت opens with ن but is a third-person perfect'],
    ['في حال لم تلتزم الشركة بالعقد فإن الوزارة ستسحب الترخيص', 'في حال لم + a third-person imperfect'],
  ])('a condition on others still warns: %s (%s)', (content) => {
    expect(neutral(content)).toEqual({ kind: 'WARNING', rule: 'conditional' });
  });
  it('through the extractor', () => {
    expect(kindAt('وقال رئيس النقابة إن العمال سيضربون عن العمل إذا لم ترفع الأجور.', 'وقال')).toBe('WARNING');
  });
  it('a condition with its consequent outweighs an accusation word in it: what will follow is the point', () => {
    expect(neutral('إذا استمرت الانتهاكات فإن البلدية ستوقف العمل بالاتفاق')).toEqual({ kind: 'WARNING', rule: 'conditional' });
    expect(neutral('الانتهاكات مستمرة منذ أسابيع').kind).not.toBe('WARNING');
  });
});

describe('call to act: على X أن / عليه أن is a demand', () => {
  const cases: [string, string][] = [
    ['على المجتمع الدولي أن يتحرك فورا لوقف النزيف', 'على + subject + أن, at the start'],
    ['الوضع خطير وعلى الحكومة أن تتحمل مسؤولياتها', 'وعلى inside the content'],
    ['إذا فشل المسؤولون في مهامهم فعليهم أن يرحلوا', 'فعليهم أن, before the conditional reading'],
    ['البلديات عليها أن تنظف الشوارع قبل الشتاء', 'عليها أن after its subject'],
  ];
  it.each(cases)('%s (%s)', (content) => {
    expect(neutral(content)).toEqual({ kind: 'DEMAND', rule: 'call' });
  });
  it.each([
    ['على الرغم من أن المفاوضات توقفت فإن الاتصالات مستمرة', 'على الرغم من أن is a connective'],
    ['الوزراء اتفقوا على أن الاجتماع المقبل يعقد في تونس', "اتفقوا على أن: على is the verb's preposition"],
    ['تشترط على المتمردين أن يسلموا الأسرى أولا', 'على after a verb is its preposition'],
    ['نحن على اتصال بهم الآن ونريد أن نعيدهم', 'a verb between على and أن'],
  ])('%s (%s) is no call', (content) => {
    expect(neutral(content).rule).not.toBe('call');
  });
});

describe('future: a first-person future or a scheduled event is an announcement', () => {
  const cases: [string, string][] = [
    ['سنفتح المعبر أمام الشاحنات ابتداء من الأحد', 'سنـ + imperfect'],
    ['وسأسافر إلى العاصمة الشهر المقبل', 'وسأ + imperfect'],
    ['القمة ستناقش ملف المياه في جنيف', 'a summit + a future'],
    ['الوزير سيتوجه إلى باريس للاجتماع بنظيره', 'a meeting behind a preposition (للاجتماع)'],
  ];
  it.each(cases)('%s (%s)', (content) => {
    expect(neutral(content)).toEqual({ kind: 'ANNOUNCEMENT', rule: 'future' });
  });
  it.each([
    ['سنضرب بيد من حديد كل من يعبث بالأمن', 'a rare future of a common verb (يضرب), not taken for a noun'],
    ['وسنصدر القرار النهائي بعد المشاورات', 'وسنـ + a rare future (يصدر)'],
  ])('%s (%s)', (content) => {
    expect(neutral(content).kind).toBe('ANNOUNCEMENT');
  });
  it('a rare plural future (سيظلون, of يظل) is the consequence of a condition', () => {
    expect(neutral('سيظلون في الشوارع إذا لم تلب مطالبهم')).toEqual({ kind: 'WARNING', rule: 'conditional' });
  });
  it.each([
    ['السياسة الجديدة تخفض الضرائب على السيارات', 'سياسة، سيارات are not futures (corpus homographs)'],
    ['ساهم المانحون في تمويل المشروع', 'ساهم is a past verb: no hamza, no سأ'],
    ['عدد السنوات التي قضاها في الحكم طويل', 'سنوات is a noun'],
    ['الأسعار سترتفع في الأشهر المقبلة', 'a third-person future alone stays a claim'],
  ])('%s (%s) stays neutral', (content) => {
    expect(neutral(content)).toEqual({ kind: 'CLAIM', rule: 'neutral' });
  });
});

describe('phrases of kinds.json come before structures', () => {
  it('an explicit denial phrase wins over a conditional', () => {
    expect(neutral('لا صحة لما نشر وإذا تكرر ذلك فسنلجأ إلى القضاء').kind).toBe('DENIAL');
  });
});

describe('accusation words: someone bears the blame for a wrongful act', () => {
  it.each(['الجماعة المسلحة ارتكبت جرائم بحق سكان القرية', 'الحكومة السابقة تتحمل المسؤولية كاملة عن الانهيار'])('%s', (content) => {
    expect(neutral(content)).toEqual({ kind: 'ACCUSATION', rule: 'phrase' });
  });
});

describe('an accusation word needs an actor named in the content', () => {
  it.each([
    ['وقال الوزير إن إيران تمارس التحريض في المنطقة.', 'ACCUSATION', 'a country stands behind the act'],
    ['وأضاف المتحدث أن الحوثيين ارتكبوا انتهاكات في الميناء.', 'ACCUSATION', 'a group bears the blame'],
    ['وقال الوزير إن مكافحة الإرهاب أولوية قصوى.', 'CLAIM', 'terrorism as a topic, no one accused'],
    ['وأكد الخبير أن انتهاك القوانين البيئية يضر بالجميع.', 'CLAIM', 'a violation in general'],
  ])('%s → %s (%s)', (text, kind) => {
    const cue = /^(\S+)/.exec(text)?.[1] ?? '';
    expect(kindAt(text, cue)).toBe(kind);
  });
});

describe('toll: a count of dead or injured is an announcement', () => {
  const cases: [string, string, string][] = [
    ['سبعة أشخاص قتلوا في انهيار المبنى', 'ANNOUNCEMENT', 'a number word with قتلوا'],
    ['12 جنديا أصيبوا في الاشتباكات', 'ANNOUNCEMENT', 'digits with أصيبوا'],
    ['أكثر من 30 شخصا لقوا حتفهم في الحريق', 'ANNOUNCEMENT', 'an approximate count with لقوا حتفهم'],
    ['قد يؤدي القتال إلى مقتل عشرات المدنيين إذا استمر', 'CLAIM', 'a toll under a condition is no announcement'],
    ['الحادث أسفر عن مقتل سائق', 'CLAIM', 'a casualty without a count'],
    ['ثلاثة وزراء سيصلون إلى المدينة', 'CLAIM', 'a count without a casualty'],
  ];
  it.each(cases)('%s → %s', (content, kind) => {
    expect(neutral(content).kind).toBe(kind);
  });
});

describe('markers: lemmas of kinds.json in any inflection', () => {
  it.each([
    ['المعارضة عرقلت عمل اللجنة منذ أشهر', 'a feminine perfect of عرقل'],
    ['الشركة عرقلوا وصول الشحنة عمدا', 'عمدا, a plural perfect'],
    ['الوزارة متواطئة مع المهربين', 'a feminine participle'],
    ['الأدلة تثبت ضلوعهم في الهجوم', 'a verbal noun with a possessive'],
    ['الحزب اختلق هذه الأزمة لكسب الأصوات', 'a perfect'],
    ['الحكومة تتخذ من الأزمة ذريعة لتأجيل الانتخابات', 'a noun'],
  ])('%s (%s) → ACCUSATION', (content) => {
    expect(neutral(content)).toEqual({ kind: 'ACCUSATION', rule: 'marker' });
  });
  it('a phrase of the same kind decides first', () => {
    expect(neutral('الجماعة تقف وراء عرقلة المحادثات').rule).toBe('phrase');
  });
  it.each([
    ['وقال الوزير إن الحوثيين يعرقلون وصول المساعدات إلى المدينة.', 'وقال', 'ACCUSATION', 'someone named does it'],
    ['وأضاف المتحدث أن عرقلة المشاريع تضر بالاقتصاد.', 'وأضاف', 'CLAIM', 'an act in general, no one accused'],
    ['وقال قائد الجيش إن قواته دخلت بلدة حرض صباح الأحد.', 'وقال', 'CLAIM', 'حرض is a town here, not the verb incite'],
  ])('through the extractor: %s → %s', (text, cue, kind) => {
    expect(kindAt(text, cue)).toBe(kind);
  });
});

describe('an evaluative cue (وصف): a wrongful act or wrongdoer in its label accuses, an insult or a disgrace condemns', () => {
  it.each([
    ['ووصف وزير الخارجية البيان بأنه "تضليل متعمد".', 'ACCUSATION'],
    ['ووصفت الوزارة القرار بأنه "انتهاك صارخ للاتفاق".', 'ACCUSATION'],
    ['ووصف المتحدث المسلحين بأنهم "عصابة إرهابية".', 'ACCUSATION'],
    ['ووصفت النقابة الاجتماع بأنه "مسرحية هزلية".', 'CONDEMNATION'],
    ['ووصف النائب تصريحات الوزير بأنها "عنصرية".', 'CONDEMNATION'],
    ['ووصفت الحكومة الشروط الجديدة بأنها "غير مقبولة".', 'CONDEMNATION'],
    ['ووصف الرئيس الزيارة بأنها "ناجحة ومثمرة".', 'CLAIM'],
  ])('%s → %s', (text, kind) => {
    expect(kindAt(text, /^(\S+)/.exec(text)?.[1] ?? '')).toBe(kind);
  });
  it('the label rule needs the evaluative cue: قال with the same content needs a named actor', () => {
    const content = 'تضليل متعمد';
    expect(decideKind({ text: content, tokens: tokenize(content) }, 'CLAIM', 0, content.length, { evaluative: true })).toEqual({
      kind: 'ACCUSATION',
      rule: 'label',
    });
    expect(decideKind({ text: content, tokens: tokenize(content) }, 'CLAIM', 0, content.length).rule).not.toBe('label');
  });
  it('a label word is read only in a label: after قال, مسرحية is a play', () => {
    const content = 'المسرحية ستعرض في الصيف';
    expect(decideKind({ text: content, tokens: tokenize(content) }, 'CLAIM', 0, content.length).kind).not.toBe('CONDEMNATION');
  });
});

describe('charge: a criticizing cue with an object, for a wrongful act, accuses its object', () => {
  /** Kind and rule of a content read after a criticizing cue that takes an object (انتقد X، هاجم X). */
  const criticized = (content: string, objects = true) =>
    decideKind({ text: content, tokens: tokenize(content) }, 'CONDEMNATION', 0, content.length, { objects });
  it.each([
    ['لعرقلتها وصول القوافل إلى المدينة', 'an accusing marker (عرقلة)'],
    ['بسبب تضليله الرأي العام طوال الحملة', 'تضليل with a possessive'],
    ['على انتهاكاتها المتكررة لحقوق الصيادين', 'انتهاك in the plural'],
  ])('%s (%s) → ACCUSATION', (content) => {
    expect(criticized(content)).toEqual({ kind: 'ACCUSATION', rule: 'charge' });
  });
  it.each([
    ['بسبب بطء الإجراءات في الموانئ', 'a shortcoming, no wrongful act'],
    ['لطريقة إدارتها ملف الكهرباء', 'a way of doing, no wrongful act'],
    ['على تقاعسها في مكافحة التهريب', 'التهريب after a topic head names what is fought'],
  ])('%s (%s) stays CONDEMNATION', (content) => {
    expect(criticized(content)).toEqual({ kind: 'CONDEMNATION', rule: 'cue' });
  });
  it('a cue without an object (أدان) keeps its kind: what it condemns is an act, not someone charged', () => {
    expect(criticized('عرقلة وصول القوافل إلى المدينة', false)).toEqual({ kind: 'CONDEMNATION', rule: 'cue' });
  });
  it('through the extractor', () => {
    expect(kindAt('وانتقد النائب الوزارة لعرقلتها صرف رواتب المعلمين.', 'وانتقد')).toBe('ACCUSATION');
    expect(kindAt('وانتقد النائب الوزارة لتأخرها في صرف رواتب المعلمين.', 'وانتقد')).toBe('CONDEMNATION');
  });
});

describe('a content that opens with ضرورة is a call to act; ضرورة further in is one point among others', () => {
  it.each([
    ['ضرورة الإسراع في صرف التعويضات للمزارعين', 'DEMAND'],
    ['أهمية الحوار بين الأطراف وضرورة احترام الاتفاقات السابقة', 'CLAIM'],
    ['الاقتصاد يتعافى ببطء رغم ضرورة الإصلاحات', 'CLAIM'],
  ])('%s → %s', (content, kind) => {
    expect(neutral(content).kind).toBe(kind);
  });
  it('through the extractor', () => {
    expect(kindAt('وشدد الوزير على ضرورة تسريع إجراءات الاستثمار.', 'وشدد')).toBe('DEMAND');
  });
});

describe('markers apply after a neutral cue only', () => {
  it('an announcing cue keeps its kind: a marker in its content is its topic', () => {
    const content = 'الشرطة أحبطت عملية تهريب أسلحة عبر الحدود';
    expect(decideKind({ text: content, tokens: tokenize(content) }, 'ANNOUNCEMENT', 0, content.length).kind).toBe('ANNOUNCEMENT');
  });
});

describe('a kind word after a topic head (مكافحة، محاربة، ضد، الحرب على) names what is fought', () => {
  it.each([
    ['وقال الوزير إن فرنسا والمغرب اتفقا على تعزيز التعاون في مكافحة الإرهاب.', 'CLAIM', 'مكافحة الإرهاب'],
    ['وأضاف الوزير أن مصر أطلقت حملة واسعة في الحرب على التهريب.', 'CLAIM', 'الحرب على التهريب'],
    ['وأضاف الوزير أن مصر تغض الطرف عن التهريب.', 'ACCUSATION', 'the same marker without the head'],
    ['وقال الوزير إن إيران تمارس التحريض في المنطقة.', 'ACCUSATION', 'without a head the word still accuses'],
  ])('%s → %s (%s)', (text, kind) => {
    expect(kindAt(text, /^(\S+)/.exec(text)?.[1] ?? '')).toBe(kind);
  });
  it('a marker after a head does not count either', () => {
    expect(neutral('الحكومة تبذل جهودا كبيرة لمكافحة التهريب عبر الحدود').kind).toBe('CLAIM');
    expect(neutral('الشبكة متورطة في التهريب عبر الحدود').kind).toBe('ACCUSATION');
  });
});

describe('"في مواجهة X" is no topic head: X still happens', () => {
  it('a provocation faced is still charged', () => {
    expect(kindAt('وقال المتحدث إن الجيش تحلى بضبط النفس في مواجهة استفزازات إيران.', 'وقال')).toBe('ACCUSATION');
  });
});

describe('a phrase of kinds.json may open with a glued و or ف', () => {
  it.each([
    ['الجيش سيرد بحزم وبكل الوسائل المتاحة', 'WARNING'],
    ['الخطوة خاطئة ولن نقبل بها وبكل الوسائل', 'WARNING'],
  ] as const)('%s → %s', (content, kind) => {
    expect(neutral(content)).toEqual({ kind, rule: 'phrase' });
  });
  it.each([
    ['الحكومة ستدعم المزارعين ولن تسمح بتكرار ما جرى', 'WARNING', 'ولن: و on a two-letter negator still opens لن تسمح'],
    ['الملف معقد ولا بد من حوار وطني حوله', 'DEMAND', 'ولا بد: the phrase لا بد من with its و'],
  ] as const)('%s → %s (%s)', (content, kind, _why) => {
    expect(neutral(content)).toEqual({ kind, rule: 'phrase' });
  });
  it('ولا before a performative negates it as لا does', () => {
    expect(neutral('نحن نحترم القانون ولا ندعو أحدا إلى العنف').rule).not.toBe('phrase');
  });
  it('a single kind word without its و is not read: واعد is no أعد', () => {
    expect(neutral('المشروع واعد ويستحق الدعم').kind).toBe('CLAIM');
  });
});

describe('obligation: يجب / ينبغي is a demand when it opens its clause or its topic can act', () => {
  it.each([
    ['يجب أن تنسحب القوات من المدينة فورا', 'opens the content'],
    ['الوضع خطير، ينبغي أن يتوقف القصف', 'opens a clause after a comma'],
    ['الطرق مغلقة يتعين على البلديات التحرك', 'followed by على'],
    ['نحن يجب أن نتحرك قبل فوات الأوان', 'after a person pronoun'],
  ])('%s (%s) → DEMAND', (content) => {
    expect(neutral(content)).toEqual({ kind: 'DEMAND', rule: 'phrase' });
  });
  it.each([
    ['هذا المشروع يجب أن يكتمل قبل الصيف', 'a thing as topic'],
    ['العلاقات بين الجارين ينبغي أن تتطور نحو الأفضل', 'an abstract topic'],
    ['الأسعار لا ينبغي أن ترتفع أكثر', 'a negation is read through'],
  ])('%s (%s) stays neutral', (content) => {
    expect(neutral(content)).toEqual({ kind: 'CLAIM', rule: 'neutral' });
  });
  it('an actor as topic is told to act (through the extractor)', () => {
    expect(kindAt('وقال رئيس البرلمان إن الحكومة العراقية يجب أن تقدم استقالتها.', 'وقال')).toBe('DEMAND');
    expect(kindAt('وقال رئيس البرلمان إن هذا القانون يجب أن يعدل.', 'وقال')).toBe('CLAIM');
  });
});

describe('a statement that reports another takes its kind from its own words before the report', () => {
  /** Kind and content of each statement of `text`, by cue. */
  const kinds = (text: string) => Object.fromEntries(extract({ text }).statements.map((s) => [s.cue?.text, s.kind]));
  it('its own words decide: a scheduled meeting before the nested cue', () => {
    expect(kinds('وقال المتحدث باسم الحكومة إن الاجتماع سيناقش ملف المياه الذي قال وزير الزراعة إنه معقد.')).toMatchObject({
      وقال: 'ANNOUNCEMENT',
      قال: 'CLAIM',
    });
  });
  it("the nested statement's kind is not the reporter's: a reported accusation stays a claim", () => {
    expect(kinds('وقال المتحدث باسم الحكومة إن وزير الداخلية اتهم المعارضة بالتحريض على العنف.')).toMatchObject({
      وقال: 'CLAIM',
      اتهم: 'ACCUSATION',
    });
  });
});

describe('risk: a harm in a future or possible clause is a warning', () => {
  it.each([
    ['استمرار الإغلاق سيفاقم معاناة السكان في الأحياء الشرقية', 'a future harm verb'],
    ['القرار قد يقوض الثقة بين الطرفين', 'قد + imperfect'],
    ['من شأن هذه الخطوة أن تضر بالاقتصاد المحلي', 'من شأن … أن'],
    ['تأجيل الإصلاحات ستكون له تبعات على الموازنة', 'a harm noun in a future clause'],
  ])('%s (%s) → WARNING', (content) => {
    expect(neutral(content)).toEqual({ kind: 'WARNING', rule: 'risk' });
  });
  it.each([
    ['الأزمة فاقمت معاناة السكان خلال الشتاء', 'a past harm is a report'],
    ['الأسعار ستبقى مرتفعة، وتبعات الأزمة ما زالت قائمة', 'the future and the harm in two clauses'],
    ['قد أضر الجفاف بالمحاصيل', 'قد before a perfect is a past'],
  ])('%s (%s) → CLAIM', (content) => {
    expect(neutral(content).kind).toBe('CLAIM');
  });
});

describe('retaliation: the response (الرد) in a clause with a future is a threat', () => {
  it.each([
    ['سيكون لدى الحكومة الرد الملائم على هذه الخطوة في وقته', 'سيكون … الرد'],
    ['بلادنا لن تصمت، وسيتم إعطاء الرد الحاسم', 'سيتم إعطاء الرد, in its own clause'],
    ['الجيش سيختار مكان الرد وزمانه', 'a future verb before الرد'],
  ])('%s (%s) → THREAT', (content) => {
    expect(neutral(content)).toEqual({ kind: 'THREAT', rule: 'retaliation' });
  });
  it.each([
    ['اللجنة ستبحث الرد على رسالة النقابة الأسبوع المقبل', 'الرد على X: an answer to something, discussed'],
    ['الرد جاء سريعا من العاصمة', 'no future: a response that was given'],
    ['الوزارة ستنشر التقرير كاملا، أما الرد فكان متوقعا', 'the future is in another clause'],
  ])('%s (%s) is no threat', (content) => {
    expect(neutral(content).kind).not.toBe('THREAT');
  });
  it('through the extractor', () => {
    expect(kindAt('وقال المتحدث إن بلاده سيكون لديها الرد المناسب في الوقت المناسب.', 'وقال')).toBe('THREAT');
  });
});

describe('answer: a neutral cue framed as the answer to a question', () => {
  it.each([
    ['وردا على سؤال عن موعد الانتخابات، قال الوزير إن الموعد لم يحدد بعد.', 'قال', 'the frame before the cue'],
    ['وقالت المتحدثة حين سئلت عن الاتفاق إن المحادثات مستمرة.', 'وقالت', 'سئلت between the speaker and the content'],
    ['وقال الرئيس "نعم" ردا على سؤال عن ترشحه.', 'وقال', 'the frame after the content'],
  ])('%s → ANSWER (%s: %s)', (text, cue) => {
    expect(kindAt(text, cue)).toBe('ANSWER');
  });
  it('a frame in the sentence before does not reach the next one', () => {
    expect(kindAt('ورد الوزير على سؤال النائب. وقال المتحدث باسم الوزارة إن المحادثات مستمرة.', 'وقال')).toBe('CLAIM');
  });
  it('a cue that names its act keeps it', () => {
    expect(kindAt('وردا على سؤال عن الحصار، حذر الوزير من أن الوضع سيتدهور.', 'حذر')).toBe('WARNING');
  });
});

describe('contentKinds lemmas: their forms are generated (kinds.json)', () => {
  it.each([
    ['ندين بشدة هذا الهجوم على المدنيين', 'CONDEMNATION', 'performative: 1st person plural imperfect of أدان'],
    ['ونطالب بالإفراج عن المعتقلين فورا', 'DEMAND', 'performative with a glued و'],
    ['أحث الطرفين على العودة إلى المفاوضات', 'DEMAND', 'performative: 1st person singular of حث'],
    ['نرفض هذه الشروط المجحفة', 'DENIAL', 'performative of رفض'],
    ['سنواصل العمل حتى نهاية المشروع', 'PROMISE', 'first-person future of واصل'],
    ['سنلتزم بكل بنود الاتفاق', 'PROMISE', 'future of التزم'],
    ['فسنرد على أي اعتداء', 'WARNING', 'first-person future of رد with a glued ف'],
    ['الوزارة ستتخذ إجراءات ضد المخالفين', 'WARNING', 'future of اتخذ'],
    ['لن نسمح بتكرار ما حدث في الميناء', 'WARNING', 'لن + imperfect of سمح'],
    ['لن يسمحوا بعودة الحصار', 'WARNING', 'لن + a plural subjunctive'],
    ['الوفد سيجتمع بالمسؤولين في المدينة', 'ANNOUNCEMENT', 'future of اجتمع'],
    ['رئيس البلدية سيلتقي التجار صباح الخميس', 'ANNOUNCEMENT', 'future of التقى'],
    ['الوزيرتان ستلتقيان في العاصمة', 'ANNOUNCEMENT', 'future of التقى, feminine dual'],
    ['الوزارة قررت إغلاق المدارس يومين', 'ANNOUNCEMENT', 'perfect of قرر'],
    ['ما يجري عرقلة واضحة للتسوية', 'ACCUSATION', 'a noun lemma'],
    ['الاتفاق تعرض لخروقات عدة بالانتهاكات المتكررة', 'ACCUSATION', 'a noun lemma with ب and ال glued'],
    ['للقرار عواقبه على الاقتصاد كله', 'WARNING', 'a noun lemma with a possessive'],
  ] as const)('%s → %s (%s)', (content, kind, _form) => {
    expect(neutral(content)).toEqual({ kind, rule: 'phrase' });
  });
  it.each([
    ['الحكومة تدعو المواطنين إلى الهدوء', 'a 3rd person imperfect of دعا is no performative'],
    ['سيواصل الفريق تدريباته في الملعب', 'a 3rd person future of واصل is no promise'],
    ['مستقبل القطاع واعد جدا', 'واعد is not و + أعد (a form under 4 letters matches only as written)'],
    ['قطاع السياحة يدعم الاقتصاد المحلي', 'دعم left out: no corpus association with accusations'],
    ['الطرفان التقيا مرتين في الشهر الماضي', 'التقى is read in the future only: a past meeting is reported'],
  ])('%s (%s) is read by no content lemma', (content) => {
    expect(neutral(content).rule).not.toBe('phrase');
  });
});

describe('a verb lemma of contentKinds after a negator marks no kind', () => {
  it.each([
    ['لم نعد نثق بوعود الحكومة', 'لم نعد "we no longer", not "we did not promise"'],
    ['لا ندعو أحدا إلى مغادرة البلاد', 'a negated performative is not performed'],
    ['لن نطالب بأي تعويض', 'لن before a performative'],
  ])('%s (%s)', (content) => {
    expect(neutral(content).rule).not.toBe('phrase');
  });
  it('the negated futures of kinds.json hold their negation (لن نسمح)', () => {
    expect(neutral('لن نسمح بالمساس بأمن الحدود')).toEqual({ kind: 'WARNING', rule: 'phrase' });
  });
});
