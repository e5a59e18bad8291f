import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';
import { statementAt } from './statement-at.ts';

/** The actor record of the statement opened by `cue`, to check its name and kind. */
function speakerActorAt(text: string, cue: string) {
  const g = extract({ text });
  const s = g.statements.find((x) => x.cue?.text === cue);
  return g.actors.find((a) => a.id === s?.speakerId);
}

describe('subject before the verb (SVO)', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, expected speaker contains, why]
    [
      'الرئيس الإيراني يؤكد التزام بلاده بالاتفاق\nوقال مسؤول إن المحادثات مستمرة.',
      'يؤكد',
      'الرئيس الإيراني',
      'a headline subject made of a title and a nisba',
    ],
    [
      'ولكن المسؤولين الفرنسيين يقولون إن الخطة جاهزة منذ شهور.',
      'يقولون',
      'المسؤولين الفرنسيين',
      'a definite unnamed head with its adjective',
    ],
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

describe('verbs without a subject of their own take the subject of their clause', () => {
  const cases: [string, string, string][] = [
    ['قال وزير الداخلية إن الطرق مفتوحة. وأدلى أحد السائقين بشهادته قائلا إن الحادث وقع ليلا.', 'قائلا', 'أحد السائقين'],
    [
      'قال وزير الداخلية إن الطرق مفتوحة. واستقبل وزير الخارجية المصري الوفد في القاهرة وقال إن العلاقات متينة.',
      'وقال',
      'وزير الخارجية المصري',
    ],
    // ورد is refused as a cue (mostly "was mentioned", ورد في), but with و glued to the doubled رد it opens the clause.
    ['قال وزير الداخلية إن الطرق مفتوحة. وردّ رئيس الوزراء على منتقديه قائلا إن الخطة لن تتغير.', 'قائلا', 'رئيس الوزراء'],
    ['قالت الصحيفة إن الحكومة ستستقيل. ورد المتحدث باسم الحكومة بالقول إن ذلك غير صحيح.', 'بالقول', 'المتحدث باسم الحكومة'],
    ['قال وزير الداخلية إن الطرق مفتوحة. وردت موسكو، التي تنفي أي دور لها في الهجوم، بطرد دبلوماسيين.', 'تنفي', 'روسيا'], // the capital speaks for its country,
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toContain(speaker);
  });

  it('keeps the previous speaker for a participle after a statement in the same sentence', () => {
    const s = statementAt('وقال رئيس الوزراء إن الحكومة ستستقيل، مضيفا أن الانتخابات ستجري قريبا.', 'مضيفا');
    expect(s?.speaker).toContain('رئيس الوزراء');
  });

  it('does not read a noun after a sentence-initial verb as a speaker unless it is a source', () => {
    const g = extract({ text: 'قال وزير الداخلية إن الطرق مفتوحة. وتعالت نداءات دولية بوقف الحملة وقالت إنها ضرورية.' });
    expect(g.actors.map((a) => a.name)).not.toContain('نداءات');
  });
});

describe('a manner noun (بالقول، بقوله) belongs to the verb right before it', () => {
  const cases: [string, string, string, string][] = [
    // [text, cue, expected speaker contains, why]
    [
      'قالت المتحدثة باسم الخارجية إن المحادثات مستمرة.\nاكتفى وزير الدفاع الفرنسي بالقول إن القرار لم يتخذ بعد.',
      'بالقول',
      'وزير الدفاع الفرنسي',
      'a sentence-initial verb without و, its subject between it and the manner noun',
    ],
    [
      'قال وزير الخارجية الروسي سيرغي لافروف إن الاتفاق انتهى، لكن ميركل اكتفت بالقول إن الحوار ضروري.',
      'بالقول',
      'ميركل',
      'the subject written before the verb (SVO) inside the sentence',
    ],
    [
      'انتقدت الصحيفة خطة الحكومة. ورد عليها رئيس الوزراء بالقول إن الخطة ستنجح.',
      'بالقول',
      'رئيس الوزراء',
      'a preposition with a pronoun between the verb and its subject',
    ],
    [
      'سألت المذيعة الوزير عن موعد الانتخابات، ليجيب وزير الداخلية بقوله: "لن نؤجلها".',
      'بقوله',
      'وزير الداخلية',
      'a clause that is not the sentence opening',
    ],
    [
      'أجاب الرئيس الأمريكي دونالد ترامب، ردا على سؤال حول ما إذا كان الاتفاق قد انتهى، بقوله: "لا أعتقد ذلك".',
      'بقوله',
      'دونالد ترامب',
      'after a comma the manner noun still goes with the sentence-initial verb',
    ],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toContain(speaker);
  });

  it('does not read a noun phrase after a participle as the subject of its manner noun', () => {
    const s = statementAt('قال وزير الصحة إن الوضع مستقر، موضحا وجهة نظره بالقول إن المستشفيات جاهزة.', 'بالقول');
    expect(s?.speaker ?? 'وزير الصحة').toContain('وزير الصحة');
  });
});

describe('a plural participle does not continue one person', () => {
  const cases: [string, string, string, string][] = [
    // [text, cue, expected speaker contains, why]
    [
      'وكان الوزير سمير الحلبي قد انتقد في مقابلة تلفزيونية أداء النقابات، وبدأ نشطاء عبر مواقع التواصل حملة ضده، قائلين إن "تصريحاته مرفوضة".',
      'قائلين',
      'نشطاء',
      'an unnamed plural source after the statement of one person',
    ],
    [
      'قال وزير الخارجية سمير الحلبي إن الاتفاق قائم. وشارك العديد من النشطاء السياسيين، عبر مواقع التواصل، في الحملة، مطالبين الحكومة بالإفراج عن المعتقلين.',
      'مطالبين',
      'العديد من النشطاء',
      'a counted source as the subject of the clause',
    ],
    [
      'قال وزير الخارجية سمير الحلبي إن الاتفاق قائم. وتظاهر المحتجون أمام البرلمان، مطالبين بإسقاط الحكومة.',
      'مطالبين',
      'المحتجون',
      'a sound plural subject',
    ],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toContain(speaker);
  });

  it('keeps the person for a singular participle', () => {
    const s = statementAt(
      'قال وزير الخارجية سمير الحلبي إن الاتفاق قائم، وشارك النشطاء في الحملة، مطالبا الحكومة بالإفراج عن المعتقلين.',
      'مطالبا',
    );
    expect(s?.speaker).not.toContain('النشطاء');
  });

  it('does not read the words after a plural statement cue as a new clause', () => {
    const s = statementAt('حذر أصحاب المصانع في المؤتمر من الضرائب الجديدة، معتبرين أنها ستضر بالإنتاج.', 'معتبرين');
    expect(s?.speaker).toContain('أصحاب');
  });
});

describe('a participle with no statement before it in its sentence continues the bare verb that opens it', () => {
  const cases: [string, string, string, string][] = [
    // [text, cue, expected speaker contains, why]
    [
      'قال وزير الخارجية سمير الحلبي إن الاتفاق قائم.\nحدد رئيس الوزراء الأردني، عمر الخطيب، موعد الانتخابات، مشددا على أنها ستجري في موعدها.',
      'مشددا',
      'رئيس الوزراء الأردني',
      'a bare perfect opening the sentence',
    ],
    [
      'قال وزير الخارجية سمير الحلبي إن الاتفاق قائم.\nوكان الوزير خالد الحمد قد انتقد دونالد ترامب قائلا إن سياسته فاشلة.',
      'قائلا',
      'خالد الحمد',
      'كان + subject + قد: the object of the verb after قد is not its subject',
    ],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toContain(speaker);
  });
});

describe('clause-final attribution with a reporting verb', () => {
  const cases: [string, string, string, string][] = [
    ['قتل خمسة جنود في هجوم قرب الحدود، حسبما أفاد مسؤول أمني.', 'حسبما أفاد', 'مسؤول أمني', 'قتل خمسة جنود في هجوم قرب الحدود'],
    [
      'وارتفعت الأسعار بنسبة كبيرة، بحسب ما نقلت وكالة رويترز عن مصادر مصرفية.',
      'بحسب ما نقلت',
      'مصادر مصرفية',
      'وارتفعت الأسعار بنسبة كبيرة',
    ],
    ['وتم تأجيل القمة إلى الشهر المقبل، كما أعلن المتحدث باسم الرئاسة.', 'كما أعلن', 'المتحدث', 'وتم تأجيل القمة إلى الشهر المقبل'],
  ];
  it.each(cases)('%s', (text, cue, speaker, content) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toContain(speaker);
    expect(s?.content).toBe(content);
  });

  it('leaves "كما أكد X أن …" to the verb: the content follows the complementizer', () => {
    const s = statementAt('كما أكد وزير الخارجية أن الخطة جاهزة.', 'أكد');
    expect(s?.content).toBe('الخطة جاهزة');
  });

  it('does not add a second statement when a cue of the sentence already holds the clause', () => {
    const g = extract({ text: 'وقال وزير الخارجية إن المفاوضات انتهت، بحسب ما نقلت وكالة الأنباء الرسمية.' });
    expect(g.statements).toHaveLength(1);
  });
});

describe('sources that are not names', () => {
  const cases: [string, string, string][] = [
    ['وقال بعض المسؤولين إن الوضع صعب.', 'وقال', 'بعض المسؤولين'],
    ['وقال ثلاثة مسؤولين إن الهجوم فشل.', 'وقال', 'ثلاثة مسؤولين'],
    ['وقال عدد من النواب إن الحكومة فشلت.', 'وقال', 'عدد من النواب'],
    ['وقال 3 مسؤولين أمريكيين إن القرار نهائي.', 'وقال', '3 مسؤولين أمريكيين'],
    ['ويرى كثيرون أن الحرب طويلة.', 'ويرى', 'كثيرون'],
    ['وتوقع 60% من المشاركين في الاستطلاع أن تنخفض الأسعار.', 'وتوقع', 'المشاركين'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    const actor = speakerActorAt(text, cue);
    expect(actor?.name).toContain(speaker);
    expect(actor?.kind).toBe('UNNAMED');
  });

  const documents: [string, string, string][] = [
    ['وارتفعت الأسعار بنسبة كبيرة، وفقا لتقرير نشرته وزارة الاقتصاد.', 'وفقا', 'وزارة الاقتصاد'],
    ['وأغلقت المدارس، بحسب بيان صادر عن وزارة التربية.', 'بحسب', 'وزارة التربية'],
    ['وقال بيان لوزارة الدفاع إن القوات انسحبت.', 'وقال', 'وزارة الدفاع'],
    ['وتراجعت الصادرات، وفقا لوزارة التجارة.', 'وفقا', 'وزارة التجارة'],
  ];
  it.each(documents)('a document or a glued ل resolves to its issuer: %s', (text, cue, issuer) => {
    expect(statementAt(text, cue)?.speaker).toBe(issuer);
  });

  it('reads a known name that starts the issuer whole: an office named by its holder is the gazetteer body', () => {
    const g = extract({ text: 'وقال بيان صادر عن مكتب بوتين إن المحادثات كانت بناءة.' });
    expect(g.statements.find((x) => x.cue?.text === 'وقال')?.speakerId).toBe('actor:kremlin');
  });

  it('does not read an addressee glued to ل after a verb as the speaker', () => {
    const s = statementAt('وقال الوزير لصحيفة الأهرام إن الخطة جاهزة.', 'وقال');
    expect(s?.speaker).toContain('الوزير');
  });
});

describe('a contrast starts a second statement', () => {
  const cases: [string, string, string, string][] = [
    ['وقال الوزير إن الاتفاق جيد، لكنه أضاف أن التنفيذ صعب.', 'وقال', 'الاتفاق جيد', 'التنفيذ صعب'],
    ['وأكد المتحدث أن الجيش انسحب، غير أنه حذر من أن الهجمات ستستمر.', 'وأكد', 'الجيش انسحب', 'الهجمات ستستمر'],
    ['وقال الرئيس إن البلاد آمنة، إلا أنه أشار إلى أن الاقتصاد ضعيف.', 'وقال', 'البلاد آمنة', 'الاقتصاد ضعيف'],
  ];
  it.each(cases)('%s', (text, cue, first, second) => {
    const g = extract({ text });
    expect(g.statements.map((s) => s.content.text)).toEqual([first, second]);
    expect(g.statements[0]?.cue?.text).toBe(cue);
  });

  it('keeps a contrast that is not followed by a cue inside the content', () => {
    const s = statementAt('وقال الوزير إن الاتفاق جيد، لكنه يحتاج إلى وقت.', 'وقال');
    expect(s?.content).toBe('الاتفاق جيد، لكنه يحتاج إلى وقت');
  });
});

describe('more clause shapes', () => {
  it('reads the subject between كان and قد across an apposition', () => {
    const s = statementAt('وكان مدير الأمن العام اللبناني، سمير حداد، قد قال، نهاية الشهر الماضي، إن الوضع مستقر.', 'قال');
    expect(s?.speaker).toContain('حداد');
  });

  it('gives a relative verb with an object pronoun the speaker, not the antecedent', () => {
    const s = statementAt('وأضاف الرئيس أنه زار متحف اللوفر في باريس، الذي وصفه بأنه رائع.', 'وصفه');
    expect(s?.speaker).toBe('الرئيس');
  });

  it('attributes figures to whoever published them', () => {
    const s = statementAt('وفاز الحزب بأغلبية المقاعد، بحسب النتائج الأولية، التي نشرتها وزارة الداخلية.', 'بحسب');
    expect(s?.speaker).toBe('وزارة الداخلية');
  });
});

describe('كما as "also"', () => {
  it('leaves a sentence-initial "كما + verb" to the verb cue', () => {
    const s = statementAt('كما شدد وزراء الخارجية على أهمية التعاون الاقتصادي.', 'شدد');
    expect(s?.content).toBe('أهمية التعاون الاقتصادي');
  });
  it('does not read a coordinated "…، كما رفضت X بيع …" as an attribution', () => {
    const g = extract({ text: 'ويواجه الجيش اتهامات متكررة، كما رفضت الحكومة بيع أسلحة للبلاد خلال العام الماضي بسبب مخاوف حقوقية.' });
    expect(g.statements.some((s) => s.cue?.text.startsWith('كما'))).toBe(false);
  });
  it('reads an accusative nisba after a counted source', () => {
    const s = statementAt('وقال 12 مسؤولا أميركيا إن الإنتاج تضاعف.', 'وقال');
    expect(s?.speaker).toBe('12 مسؤولا أميركيا');
  });
});

describe('"Place/Topic: …" headlines', () => {
  it('does not make a topic headline a statement', () => {
    const g = extract({ text: 'الحرب في سوريا: عمليات نهب في عفرين\nوقال مسؤول إن الوضع هادئ.' });
    expect(g.statements.some((s) => s.cue?.text === ':')).toBe(false);
  });
  it('leaves a headline whose speaker is inside it to that speaker', () => {
    const g = extract({ text: 'تركيا: المرشح المعارض يقول إن البلاد في أزمة\nوقال مسؤول إن الوضع هادئ.' });
    expect(g.statements.some((s) => s.cue?.text === ':')).toBe(false);
  });
  it('keeps a headline that gives the floor to a country', () => {
    expect(statementAt('إيران: لن نتفاوض على برنامجنا الصاروخي\nوقال مسؤول إن الوضع هادئ.', ':')?.content).toBe(
      'لن نتفاوض على برنامجنا الصاروخي',
    );
  });
});

describe('objects and addressees are not speakers', () => {
  it('reads "للصحفيين" after the verb as whom it was said to', () => {
    const s = statementAt('قال وزير الخارجية الفرنسي إن المحادثات مستمرة. وقال للصحفيين إن فرنسا مستعدة.', 'وقال');
    expect(s?.speaker).toBe('وزير الخارجية الفرنسي');
  });
  it('stops a definite title before a definite object ("دعا الرئيس الأطراف")', () => {
    expect(statementAt('ودعا الرئيس الأطراف إلى الحوار.', 'ودعا')?.speaker).toBe('الرئيس');
  });
  it('keeps the adjective of a definite title', () => {
    expect(statementAt('وقال الرئيس السابق إن الحرب انتهت.', 'وقال')?.speaker).toBe('الرئيس السابق');
  });
});

describe('kinds from words that name an act, not a situation', () => {
  it('does not make a statement about a serious situation a warning', () => {
    expect(statementAt('وقال الوزير إن الوضع خطير في المنطقة.', 'وقال')?.kind).toBe('CLAIM');
  });
  it('does not make a passive (تم) an announcement', () => {
    expect(statementAt('وقال الوزير إنه تم نقل الجرحى إلى المستشفى.', 'وقال')?.kind).toBe('CLAIM');
  });
});

describe('topic + ف: the topic of أما is the subject of the verb its ف joins', () => {
  const cases: [string, string, string][] = [
    ['قال الوزير إن الخطة جاهزة. أما رئيس البرلمان فأكد أن التصويت سيجري غدا.', 'فأكد', 'رئيس البرلمان'],
    ['أما المعارضة السورية فقد قالت إن المفاوضات فشلت.', 'قالت', 'المعارضة السورية'],
    ['وأما وزير الداخلية، فقال إن التحقيق مستمر.', 'فقال', 'وزير الداخلية'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toContain(speaker);
  });
  it('passes the topic on to a participle of the same sentence', () => {
    expect(
      statementAt('قال الوزير إن الخطة جاهزة. أما رئيس البرلمان فأكد أن التصويت سيجري غدا، مضيفا أن النتائج ستعلن مساء.', 'مضيفا')?.speaker,
    ).toContain('رئيس البرلمان');
  });
});

describe('unnamed sources in construct (sound plural without its ن)', () => {
  const cases: [string, string, string][] = [
    ['وقال المحامي إن مسؤولي الهجرة أبلغوه بضرورة الانتظار.', 'أبلغوه', 'مسؤولي الهجرة'],
    ['وقال ممثلو النقابات إن الإضراب سيستمر أسبوعا.', 'وقال', 'ممثلو النقابات'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toContain(speaker);
  });
});

describe('a name the article introduces speaks, not a person named in its apposition', () => {
  const cases: [string, string, string][] = [
    // علي written with ي is the name, not the preposition على.
    ['وقال علي حسن الناطق باسم الوزارة إن الطريق أعيد فتحه.', 'وقال', 'علي حسن'],
    ['وقال سامر خليل مستشار الرئيس دونالد ترامب إن القرار نهائي.', 'وقال', 'سامر خليل'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toBe(speaker);
  });
  it('keeps the person of a title phrase that names them ("الرئيس دونالد ترامب")', () => {
    expect(statementAt('وقال الرئيس الأمريكي دونالد ترامب إن القرار نهائي.', 'وقال')?.speaker).toContain('ترامب');
  });
  it('does not read على (written with ى) as a name', () => {
    expect(statementAt('وأكد الوزير على أن الحوار هو الحل.', 'وأكد')?.speaker).toBe('الوزير');
  });
  it('does not read a plural noun as the start of a name ("تداعيات قرار …")', () => {
    const s = statementAt('ولا يمكن توقع تداعيات قرار الرئيس دونالد ترامب بدقة، وقال خبير إن الأسواق قلقة.', 'وقال');
    expect(s?.speaker).toBe('خبير');
  });
});

describe('X did … and said: a coordinated cue after "كان X قد فعل"', () => {
  const cases: [string, string, string][] = [
    ['قال الرئيس إن الأزمة انتهت. وكان وزير الخارجية قد زار المدينة أمس وأكد أن الوضع مستقر.', 'وأكد', 'وزير الخارجية'],
    ['كان مسؤولان كبيران في الوزارة قد تحدثا للصحفيين بشأن القضية، وقالا إن التحقيق مستمر.', 'وقالا', 'مسؤولان'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toContain(speaker);
  });
  it('leaves the verb to a contrast clause with its own subject in between', () => {
    const s = statementAt('وكانت الحكومة قد أغلقت الموقع في مايو، لكن عددا من الخبراء أبدوا شكوكا ورجحوا أن يكون هناك موقع آخر.', 'ورجحوا');
    expect(s?.speaker ?? '').not.toContain('الحكومة');
  });
});

describe('a plural cue agrees with the plural subject of the content, not with the one who reports it', () => {
  it("gives a plural participle after the content to the content clause's dual subject", () => {
    const text = 'وأشار المتحدث أحمد سالم إلى أن الوزيرين بحثا التطورات في المنطقة، مؤكدين على أهمية العمل المشترك.';
    expect(statementAt(text, 'مؤكدين')?.speaker).toBe('الوزيرين');
  });
  it('keeps a singular participle with the reporting speaker', () => {
    const text = 'وقال المتحدث أحمد سالم إن الوزيرين بحثا التطورات في المنطقة، مضيفا أن الخطة جاهزة.';
    const s = statementAt(text, 'مضيفا');
    expect(s).not.toBeNull();
    expect(s?.speaker).not.toBe('الوزيرين');
  });
});

describe('a participle after a subordinate clause continues that clause’s subject', () => {
  const cases: [string, string, string, string][] = [
    // [text, cue, speaker contains, not the speaker]
    [
      'وقال الوزير إن الحدود آمنة. ورحبت النمسا بالقرار، بينما هاجمت إيطاليا الخطة الجديدة محذرة من أنها ستفشل.',
      'محذرة',
      'إيطاليا',
      'النمسا',
    ],
    [
      'وقال الوزير إن الحدود آمنة. ورحبت النمسا بالقرار، فيما انتقد الرئيس الفرنسي الخطة مشيرا إلى أنها متسرعة.',
      'مشيرا',
      'الرئيس الفرنسي',
      'النمسا',
    ],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker, notSpeaker) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toContain(speaker);
    expect(s?.speaker).not.toContain(notSpeaker);
  });

  it('keeps the statement’s speaker when the clause verb disagrees with the participle', () => {
    const s = statementAt('وقال وزير الداخلية إن الحدود آمنة، بينما هاجمت إيطاليا الخطة، مضيفا أن الجيش مستعد.', 'مضيفا');
    expect(s?.speaker).toContain('وزير الداخلية');
  });
});

describe('an unnamed noun after لكن/إن is the subject of the verb that follows it', () => {
  const cases: [string, string, string, string][] = [
    ['وقال الوزير إن الاتفاق جيد. لكن نقابات ومنظمات محلية اتهمت الحكومة بتجاهل مطالبها.', 'اتهمت', 'نقابات', 'الحكومة'],
    ['وقال الوزير إن الاتفاق جيد. لكن أحزابا معارضة اتهمت الحكومة بتجاهل مطالبها.', 'اتهمت', 'أحزابا معارضة', 'الحكومة'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker, notSpeaker) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toContain(speaker);
    expect(s?.speaker).not.toContain(notSpeaker);
  });

  it('does not read a prepositional phrase as the subject', () => {
    const s = statementAt('وقال الوزير إن الاتفاق جيد. لكن في المقابل اتهمت النقابات الحكومة بالمماطلة.', 'اتهمت');
    expect(s?.speaker).toContain('النقابات');
  });
});

describe('a title phrase ends where its construct chain ends', () => {
  const cases: [string, string, string, string, string][] = [
    // [sentence, cue, expected speaker, word that must not be in it, why]
    [
      'وانتقد رئيس الوزراء قرار المحكمة بتأجيل الجلسة.',
      'وانتقد',
      'رئيس الوزراء',
      'قرار',
      'an unknown word in construct with a definite noun is the object, not a name',
    ],
    ['وأكد الوزير إلى جانب نظيره أن المحادثات ناجحة.', 'وأكد', 'الوزير', 'إلى', 'إلى (normalized الي) is no adjective'],
    [
      'وزار وزير الخارجية العاصمة، حيث أكد أن العلاقات متينة.',
      'أكد',
      'وزير الخارجية',
      'العاصمة',
      'a definite noun after the closed chain is the object of the verb',
    ],
    [
      'وقال رئيس المحكمة العليا إن الطعون ستنظر الأسبوع المقبل.',
      'وقال',
      'رئيس المحكمة العليا',
      'الطعون',
      'an adjective after the chain stays in the title',
    ],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker, notIn) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toContain(speaker);
    expect(s?.speaker).not.toContain(notIn);
  });
});

describe('a definite title before a name reads as the bare title', () => {
  const cases: [string, string, string][] = [
    ['وقال الوزير سمير الحداد إن الميزانية ستقر قريبا.', 'وقال', 'سمير الحداد'],
    ['وقال وزير النقل كمال العبيدي إن الطريق سيفتح غدا.', 'وقال', 'كمال العبيدي'],
    ['والتقى الوزير سمير الحداد بالوفد الزائر. وقال الحداد إن المحادثات بناءة.', 'وقال', 'سمير الحداد'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    const actor = speakerActorAt(text, cue);
    expect(actor?.name).toBe(speaker);
    expect(actor?.kind).toBe('PERSON');
  });
});

describe('a relative clause whose antecedent names no known actor', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, expected speaker contains, why]
    [
      'وقال الوزير إن الخطة جيدة. وتراجع الغضب في أوساط المدونين الشباب الذين اتهموا الحكومة بالتقصير.',
      'اتهموا',
      'المدونين الشباب',
      'a plural verb carries its subject: الحكومة is the object',
    ],
    [
      'وقال الوزير إن الخطة جيدة. وانتشرت تعليقات كثيرة على المنصات الرقمية التي اتهمت الوزارة بالإهمال.',
      'اتهمت',
      'المنصات الرقمية',
      'a transitive verb without an object pronoun after التي has the antecedent as subject',
    ],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toContain(speaker);
  });

  it('leaves the antecedent out when a preposition with a pronoun points back to it', () => {
    const s = statementAt('وقال المبعوث إن الحل قريب، وسيغادر الاجتماع الذي تحدث عنه الرئيس أمس.', 'تحدث');
    expect(s?.speaker ?? '').not.toContain('الاجتماع');
  });

  it('reads a perfect whose stem ends in ان (أدان) as singular', () => {
    expect(statementAt('وأدان رئيس الحزب، سمير الحداد، الهجوم على المقر.', 'وأدان')?.speaker).toBe('سمير الحداد');
  });
});

describe('X did … and said: verbs that look like something else open the main clause', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, expected speaker, why]
    [
      'والتقى الرئيس وفدا من رجال الأعمال، وقال إن الاستثمار مرحب به.',
      'وقال',
      'الرئيس',
      'التقى (افتعل of a ل-initial root) is a verb, not ال + noun; وفدا (accusative) is its object',
    ],
    ['التقى وزير الخارجية ممثلي النقابات وأكد أن الحوار سيستمر.', 'وأكد', 'وزير الخارجية', 'a sentence-initial التقى without و'],
    [
      'ألقى وزير الخارجية كلمة في المؤتمر وأكد أن الحوار سيستمر.',
      'وأكد',
      'وزير الخارجية',
      'أفعل written with its hamza opens a verb-first sentence',
    ],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toBe(speaker);
  });

  it('keeps a name that ends in alif when another name word follows it', () => {
    const g = extract({ text: 'وقال الرئيس المكسيكي لونا فيغيراس إن الاتفاق متوازن.' });
    expect(g.actors.map((a) => a.name)).toContain('لونا فيغيراس');
  });
});

describe('a person named after a descriptor that is no title', () => {
  const cases: [string, string, string][] = [
    ['وقال الطالب سمير الزيدي إن الامتحانات كانت صعبة.', 'وقال', 'سمير الزيدي'],
    ['وقال المزارع كمال العبيدي إن المحصول تضرر بسبب الجفاف.', 'وقال', 'كمال العبيدي'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    const actor = speakerActorAt(text, cue);
    expect(actor?.name).toBe(speaker);
    expect(actor?.kind).toBe('PERSON');
  });
});

describe('a family name written with the article closes a personal name', () => {
  const cases: [string, string, string, string][] = [
    // [text, cue, speaker, why]
    [
      'قال وزير النقل إن الطرق مفتوحة. قال علي الكردي، رئيس نقابة السائقين، إن الإضراب مستمر.',
      'قال',
      'علي الكردي',
      'علي written with ي before a definite family name is the given name, not the preposition على',
    ],
    ['وقال سالم العبيدي إن المفاوضات توقفت.', 'وقال', 'سالم العبيدي', 'the family name ends at the complementizer'],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    const g = extract({ text });
    const s = g.statements.filter((x) => x.cue?.text === cue).pop();
    expect(g.actors.find((a) => a.id === s?.speakerId)?.name).toBe(speaker);
  });

  it('does not read a definite noun after a name as its family name when the phrase goes on', () => {
    const s = statementAt('وقال سالم الثلاثاء إن المفاوضات توقفت.', 'وقال');
    expect(s?.speaker).toBe('سالم');
  });
});

describe('a participle after a reported act continues the person who acted', () => {
  const cases: [string, string, string, string][] = [
    // [text, cue, speaker contains, why]
    [
      'وأشار المتحدث باسم الوزارة إلى أن الوزير سامي العلي افتتح الاجتماع بكلمة قصيرة، مرحبا بتوقيع اتفاق التعاون بين البلدين.',
      'مرحبا',
      'سامي العلي',
      'an act in the perfect by a titled person inside the content: the participle is that person’s',
    ],
    [
      'وقال المتحدث باسم الرئاسة إن الرئيس حسن الطيب سيزور باريس الأسبوع المقبل، مشيرا إلى أن الزيارة ستتناول ملف الطاقة.',
      'مشيرا',
      'المتحدث',
      'a future act is what the reporter announces: the participle goes on announcing',
    ],
    [
      'وأوضح المتحدث أن الوزير سامي العلي وافق على الخطة وشدد على ضرورة تنفيذها سريعا.',
      'وشدد',
      'سامي العلي',
      'a verb coordinated with the reported act shares its subject',
    ],
    [
      'وقال رئيس الوزراء إن الحكومة أقرت الخطة وأكد أن التنفيذ سيبدأ قريبا.',
      'وأكد',
      'رئيس الوزراء',
      'an act of no person leaves the coordinated verb to the reporter',
    ],
    [
      'وقال رئيس الوزراء إن الحكومة ستستقيل، مضيفا أن الانتخابات ستجري قريبا.',
      'مضيفا',
      'رئيس الوزراء',
      'a content clause without a person keeps the reporter',
    ],
  ];
  it.each(cases)('%s → %s', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toContain(speaker);
  });
});
