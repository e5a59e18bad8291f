import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';
import { statementAt } from './statement-at.ts';

describe('a clause-final adverbial after a comma ends the content', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, expected content, the tail that is left out]
    [
      'وقال وزير الخارجية إن الحكومة ربما تخطئ التقدير، في إشارة إلى التصريحات الأخيرة.',
      'وقال',
      'الحكومة ربما تخطئ التقدير',
      'في إشارة إلى: the journalist glosses what was said',
    ],
    [
      'وأعلن رئيس الوزراء أنه سيستقيل من منصبه، بعد أن تصاعدت الضغوط عليه.',
      'وأعلن',
      'سيستقيل من منصبه',
      'بعد أن: the circumstance of the act, not its content',
    ],
    [
      'وقال المتحدث إن الوفد سيعود إلى العاصمة، في أعقاب جولة من المحادثات.',
      'وقال',
      'الوفد سيعود إلى العاصمة',
      'في أعقاب: the time of the act',
    ],
    [
      'وقال النائب إن الحكومة "فقدت ثقة الناس"، في إشارة إلى الأزمة المالية.',
      'وقال',
      'الحكومة "فقدت ثقة الناس"',
      'a closing quotation mark before the comma does not hide the tail',
    ],
  ];
  it.each(cases)('%s', (text, cue, content) => {
    expect(statementAt(text, cue)?.content).toBe(content);
  });

  it('keeps بعد أن inside the content when no comma sets it apart', () => {
    const s = statementAt('وقال الوزير إن القوات انسحبت بعد أن انتهت المهمة.', 'وقال');
    expect(s?.content).toBe('القوات انسحبت بعد أن انتهت المهمة');
  });
});

describe('a dative pronoun right after the verb is the addressee, and the subject follows it', () => {
  const cases: [string, string, string][] = [
    // [sentence, cue, expected speaker]
    ['وقال له الموظف "هذا الطلب مرفوض".', 'وقال', 'الموظف'],
    ['وأكد لي مدير المكتب أنه سوف يتم النظر في الطلب.', 'وأكد', 'مدير المكتب'],
    ['وقالت لها الشرطة إن التحقيق مستمر.', 'وقالت', 'الشرطة'],
    // No subject after the pronoun: the speaker is the one who had the floor.
    ['وقال الوزير إن الطرق مفتوحة. وقال لنا إن الحافلات تعمل.', 'وقال لنا', 'الوزير'],
  ];
  it.each(cases)('%s', (text, cue, speaker) => {
    const g = extract({ text });
    const s = g.statements.filter((x) => cue.startsWith(x.cue?.text ?? '-')).at(-1);
    const name = g.actors.find((a) => a.id === s?.speakerId)?.name ?? '';
    expect(name).toContain(speaker);
    expect(name).not.toMatch(/^ل/);
  });
});

describe('a negated cue inside a content is not a statement of its own', () => {
  it('does not read "X لا ترفض Y" inside a content as Y denying', () => {
    const g = extract({ text: 'وقال المتحدث إن الحركة لا ترفض الحوار، مشيرا إلى أن الوفد جاهز.' });
    expect(g.statements.map((s) => s.cue?.text)).toEqual(['وقال', 'مشيرا']);
    expect(g.statements[0]?.content.text).toBe('الحركة لا ترفض الحوار');
  });
  it('keeps a cue that is not negated inside a content', () => {
    expect(statementAt('وقال الوزير إن الحكومة ترفض الحوار مع المسلحين.', 'ترفض')?.kind).toBe('DENIAL');
  });
});

describe('a condemnation verb takes its object as content', () => {
  const cases: [string, string, string, string][] = [
    ['أدان رئيس الحزب الديمقراطي، سالم خليل، الهجوم الذي استهدف مقر الحزب.', 'أدان', 'سالم خليل', 'الهجوم الذي استهدف مقر الحزب'],
    ['واستنكرت الحركة إغلاق المعبر.', 'واستنكرت', 'الحركة', 'إغلاق المعبر'],
    ['وانتقدت وزارة الخارجية تصريحات السفير الأخيرة.', 'وانتقدت', 'وزارة الخارجية', 'تصريحات السفير الأخيرة'],
  ];
  it.each(cases)('%s', (text, cue, speaker, content) => {
    const s = statementAt(text, cue);
    expect(s?.kind).toBe('CONDEMNATION');
    expect(s?.speaker).toContain(speaker);
    expect(s?.content).toBe(content);
  });
});

describe('a document frame names who speaks in the clause linked to it', () => {
  const cases: [string, string, string, string][] = [
    ['جاء ذلك في تغريدة لقرقاش على حسابه بموقع تويتر، حيث قال: "لن نقبل بهذا".', 'قال', 'قرقاش', '"لن نقبل بهذا"'],
    ['جاء ذلك في كلمة للرئيس المصري أمام البرلمان، حيث قال إن الإصلاحات مستمرة.', 'قال', 'رئيس', 'الإصلاحات مستمرة'],
    ['واجتمع وزير الخارجية المصري مع الوفد، حيث أكد أن العلاقات متينة.', 'أكد', 'وزير الخارجية المصري', 'العلاقات متينة'],
  ];
  it.each(cases)('%s', (text, cue, speaker, content) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toContain(speaker);
    expect(s?.content).toBe(content);
  });

  it('does not carry the issuer into the next sentence', () => {
    const g = extract({ text: 'جاء ذلك في تغريدة لقرقاش على حسابه. وفي عمان، حيث قال مصدر إن الوضع هادئ.' });
    const s = g.statements.find((x) => x.cue?.text === 'قال');
    expect(g.actors.find((a) => a.id === s?.speakerId)?.name ?? '').not.toContain('قرقاش');
  });

  it('does not read a quoted document text as its issuer', () => {
    const g = extract({ text: 'وقال الوزير إن القرار نهائي. وجاء في البيان: "أصدر الوزير تعليماته بوقف الطلبات".' });
    expect(g.actors.some((a) => a.name.startsWith('أصدر'))).toBe(false);
    expect(g.statements.find((s) => s.cue?.text === 'وجاء في البيان')?.content.text).toBe('"أصدر الوزير تعليماته بوقف الطلبات"');
  });
});

describe('an outlet glued to ل after the speaker is the addressee, not part of the speaker', () => {
  const cases: [string, string, string][] = [
    // [sentence, expected speaker, words the speaker must not contain]
    ['وقال مسؤول لصحيفة الغارديان إن الاتفاق قريب.', 'مسؤول', 'الغارديان'],
    ['وقال رئيس الوزراء لقناة محلية إن الانتخابات ستجرى في موعدها.', 'رئيس الوزراء', 'قناة'],
    ['وقال كوفي لوكالة الأنباء الألمانية إن الاتفاق قريب.', 'كوفي', 'وكالة'],
  ];
  it.each(cases)('%s', (text, speaker, not) => {
    const s = statementAt(text, 'وقال');
    expect(s?.speaker).toContain(speaker);
    expect(s?.speaker).not.toContain(not);
  });
});

describe('a definite title before the verb is its subject', () => {
  it.each([
    ['الوزير قال إن ذلك غير ضروري.', 'الوزير'],
    ['لكن الوزير قال إن ذلك غير ضروري.', 'الوزير'],
  ])('%s', (text, speaker) => {
    expect(statementAt(text, 'قال')?.speaker).toContain(speaker);
  });
});

describe('a qualifier in construct before a source head (كبار، أبرز) is part of a counted source', () => {
  it.each([
    ['وقال الوزير إن الطرق مفتوحة. وتوقع عدد من كبار أعضاء الحزب أن يتم الإفراج عنه قريبا.', 'وتوقع', 'عدد من كبار أعضاء الحزب'],
    ['وقال الوزير إن الطرق مفتوحة. وقال كبار المسؤولين في الوزارة إن الخطة جاهزة.', 'وقال كبار', 'كبار المسؤولين'],
  ])('%s', (text, cue, speaker) => {
    const g = extract({ text });
    const s = g.statements.filter((x) => cue.startsWith(x.cue?.text ?? '-')).at(-1);
    const actor = g.actors.find((a) => a.id === s?.speakerId);
    expect(actor?.name).toContain(speaker);
    expect(actor?.name).not.toContain('الوزير');
  });
});

describe('the noun phrase between لكن and a verb is its subject', () => {
  it.each([
    ['لكن محامي العائلة قال إن ذلك غير ضروري.', 'محامي'],
    ['ولكن محامي عائلته قال إن ذلك غير ضروري.', 'محامي'],
  ])('%s', (text, speaker) => {
    expect(statementAt(text, 'قال')?.speaker).toContain(speaker);
  });
});

describe("a verbal noun after a control verb's preposition is not a cue of its own", () => {
  it('does not take the object of "سارع إلى رفض X" as a speaker', () => {
    const g = extract({ text: 'وسارع الوزير إلى رفض المقترح، مؤكدا أن حكومته لن تقبل شروطا مسبقة.' });
    const names = g.statements.map((s) => g.actors.find((a) => a.id === s.speakerId)?.name ?? '');
    expect(names.some((n) => n.includes('المقترح'))).toBe(false);
    expect(names.every((n) => n.startsWith('الوزير'))).toBe(true);
  });
  it('does not take the object of "حرصت على طمأنة X" as a speaker', () => {
    const g = extract({ text: 'لكن الوزيرة حرصت على طمأنة صناع القرار في المؤتمر من أن بلادها لن تتخلى عن التزاماتها.' });
    expect(g.statements.some((s) => g.actors.find((a) => a.id === s.speakerId)?.name.includes('صناع'))).toBe(false);
  });
});

describe("a definite title is the subject of the sentence's main verb for a later coordinated cue", () => {
  it.each([
    ['واستقبل الوزير الوفد في مكتبه، وقال إن العلاقات متينة.', 'وقال'],
    ['وقال مسؤول إن الطرق مفتوحة. واستقبل الوزير الوفد، مؤكدا أن العلاقات متينة.', 'مؤكدا'],
  ])('%s', (text, cue) => {
    expect(statementAt(text, cue)?.speaker).toContain('الوزير');
  });
});

describe('a label verb after ما/من names a label, and the label is the content', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, expected speaker, expected content]
    ['وقال زعيم الحركة إن ما وصفه بـ"تحالف الشر" هو المسؤول عن فشل المحادثات.', 'وصفه', 'زعيم الحركة', 'تحالف الشر'],
    ['وفر عشرات المسلحين من الجبهة تاركين من وصفهم الجيش بـ"المخدوعين" من أبناء القرى المجاورة.', 'وصفهم', 'الجيش', 'المخدوعين'],
    // The label's ب written inside the quotation; the subject is the main clause's (ألقى: أل with hamza is no article).
    ['وألقى وزير المالية بالمسؤولية عن تراجع العملة على من وصفهم "بالمضاربين".', 'وصفهم', 'وزير المالية', 'المضاربين'],
    [
      'والتقى الزعيمان خلال ما وصفتها الوكالة الرسمية بأنها زيارة غير رسمية استمرت يومين.',
      'وصفتها',
      'الوكالة الرسمية',
      'زيارة غير رسمية استمرت يومين',
    ],
  ];
  it.each(cases)('%s', (text, cue, speaker, content) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toContain(speaker);
    expect(s?.content).toBe(content);
  });

  it('keeps the enclosing statement whole', () => {
    const s = statementAt('وقال زعيم الحركة إن ما وصفه بـ"تحالف الشر" هو المسؤول عن فشل المحادثات.', 'وقال');
    expect(s?.content).toBe('ما وصفه ب"تحالف الشر" هو المسؤول عن فشل المحادثات');
  });
});

describe('"، وهو ما" opens the writer\'s comment on what was said, not its content', () => {
  const cases: [string, string, string][] = [
    ['ويقول ناشطون إن القصف أوقع عشرات القتلى، وهو ما تنفيه الحكومة.', 'ويقول', 'القصف أوقع عشرات القتلى'],
    ['وطالبت المنظمة بالإفراج الفوري عن المعتقلين، وهو الأمر الذي رفضته السلطات.', 'وطالبت', 'الإفراج الفوري عن المعتقلين'],
  ];
  it.each(cases)('%s', (text, cue, content) => {
    expect(statementAt(text, cue)?.content).toBe(content);
  });

  it.each([
    ['ويقول ناشطون إن القصف أوقع عشرات القتلى، وهو ما تنفيه الحكومة.', 'تنفيه', 'الحكومة', 'DENIAL'],
    ['ويقول ناشطون إن القصف أوقع عشرات القتلى، وهو ما نفاه المتحدث باسم الجيش.', 'نفاه', 'المتحدث', 'DENIAL'],
  ])('a cue in the comment with a subject of its own speaks about the same content: %s', (text, cue, speaker, kind) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toContain(speaker);
    expect(s?.content).toBe('القصف أوقع عشرات القتلى');
    expect(s?.kind).toBe(kind);
  });

  it("reads no statement in the writer's own comment", () => {
    const g = extract({ text: 'وقال الوزير إن الأسعار سترتفع، وهو ما يهدد استقرار الأسواق.' });
    expect(g.statements.map((s) => s.cue?.text)).toEqual(['وقال']);
  });

  it('keeps وهو inside the content when a quotation follows it', () => {
    const s = statementAt('وقال الرئيس إن أي بلد ليس في مأمن من الخطر، وهو "ما يتطلب تعاونا أوسع".', 'وقال');
    expect(s?.content).toContain('يتطلب تعاونا أوسع');
  });
});

describe('a reporting verb inside a quotation with a subject of its own is a nested statement', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, expected speaker, expected content]
    [
      'وقال وزير الخارجية "كثيرون يقولون إن الوضع اليوم أسوأ مما كان عليه قبل عقد".',
      'يقولون',
      'كثيرون',
      'الوضع اليوم أسوأ مما كان عليه قبل عقد',
    ],
    [
      'وقال المواطن للصحفيين: "ذهبت إلى مدير المكتب وتم رفض طلبي، وأكد لي مدير المكتب أنه سوف يتم تحويل الملف إلى الوزارة".',
      'وأكد',
      'مدير المكتب',
      'سوف يتم تحويل الملف إلى الوزارة',
    ],
    ['وكتب الوزير على تويتر "لقد أعلنت فرنسا موقفها بوضوح بأن الحدود ستبقى مفتوحة".', 'أعلنت', 'فرنسا', 'الحدود ستبقى مفتوحة'],
  ];
  it.each(cases)('%s', (text, cue, speaker, content) => {
    const g = extract({ text });
    const s = g.statements.find((x) => x.cue?.text === cue);
    expect(g.actors.find((a) => a.id === s?.speakerId)?.name ?? '').toContain(speaker);
    expect(s?.content.text).toBe(content);
    // Nested in the quoting statement, whose speaker keeps the floor.
    expect(s?.reportedById).toBe(g.statements[0]?.speakerId);
  });

  const none: [string, string][] = [
    // An abstract subject, an object or an adverb next to the verb is no speaker.
    ['وقال الرئيس: "النتائج تشير إلى أن الناخبين اختاروا الاستقرار".', 'تشير'],
    ['وقال السفير إن "من حق الوزير أن يرى عيوبا في الخطة وأن يشير إليها".', 'يرى'],
    ['وقال الزائر: "الناس هنا يتحدثون كثيرا عن الطعام".', 'يتحدثون'],
    // No opening of its own.
    ['وقال النائب إن "جميع الكتل البرلمانية أكدت الحاجة الماسة لحضورك شخصيا".', 'أكدت'],
  ];
  it.each(none)('no statement: %s', (text, cue) => {
    expect(statementAt(text, cue)).toBeNull();
  });
});

describe('an indefinite accusative after a relative verb with an object pronoun is its predicate, not its speaker', () => {
  it('gives the statement to the subject of the main clause', () => {
    const g = extract({
      text: 'وتسعى الحكومة التركية إلى إبعاد مسلحي الحزب الذين تعتبرهم امتدادا لجماعة محظورة، بحسب ما قال مسؤولون.',
    });
    const names = g.statements.map((s) => g.actors.find((a) => a.id === s.speakerId)?.name ?? '');
    expect(names).not.toContain('امتدادا');
    const predicate = g.statements.find((s) => s.cue?.text === 'تعتبرهم');
    expect(predicate?.content.text).toBe('امتدادا لجماعة محظورة');
    // The relative predicate does not attribute the clause: the trailing source still does.
    expect(g.statements.some((s) => s.cue?.text.startsWith('بحسب'))).toBe(true);
  });
});

describe('a statement noun with a possessive pronoun is a cue; the pronoun stands for its speaker', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, expected speaker (part of the name), expected content]
    ['وجدد الوزير تأكيده أن الحكومة لن تتراجع عن قرارها.', 'تأكيده', 'الوزير', 'الحكومة لن تتراجع عن قرارها'],
    ['وكررت وزارة الخارجية مطالبتها بالإفراج عن المعتقلين.', 'مطالبتها', 'وزارة الخارجية', 'الإفراج عن المعتقلين'],
    [
      'ونسب التقرير لمنظمة الصحة العالمية تحذيرها من انتشار الوباء في المدينة.',
      'تحذيرها',
      'منظمة الصحة العالمية',
      'انتشار الوباء في المدينة',
    ],
    // A title with no name stands for its holder.
    ['وقد تتضاعف الأزمة إذا قرر الرئيس تنفيذ أحد أبرز وعوده الانتخابية بإلغاء المعاهدة.', 'وعوده', 'الرئيس', 'إلغاء المعاهدة'],
    // The masculine pronoun passes over the feminine speaker of the enclosing statement to the man named in its content.
    ['وقالت الوزيرة إنها واثقة من أن ترامب سيغير رأيه على الرغم من تأكيداته السابقة أنه لن يتراجع.', 'تأكيداته', 'ترامب', 'لن يتراجع'],
  ];
  it.each(cases)('%s', (text, cue, speaker, content) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toContain(speaker);
    expect(s?.content).toBe(content);
  });

  it('does not read a noun ending in ة as one with the pronoun ه', () => {
    // مطالبة (the noun itself) needs its speaker in the genitive; with none it is no statement.
    expect(statementAt('وتزايدت المطالبة بالإصلاح في البلاد.', 'المطالبة')).toBeNull();
  });

  it('needs an opening right after the noun', () => {
    expect(statementAt('وجدد الوزير تأكيده خلال اجتماع طويل مع رؤساء البلديات في العاصمة.', 'تأكيده')).toBeNull();
  });
});

describe('a statement noun whose genitive may be its target speaks only with a ل-target after the genitive', () => {
  it('reads "اتهامات X لها بـ" as X accusing', () => {
    const s = statementAt('وتنفي الدوحة اتهامات دول الجوار لها بدعم جماعات مسلحة.', 'اتهامات');
    expect(s?.speaker).toContain('دول الجوار');
    expect(s?.content).toBe('دعم جماعات مسلحة');
    expect(s?.kind).toBe('ACCUSATION');
  });
  it('leaves "اتهام X بـ" alone: the genitive there is as often the accused', () => {
    expect(statementAt('ورفضت الحكومة اتهام قطر بدعم الإرهاب.', 'اتهام')).toBeNull();
  });
  it('reads "مزاعم X بأن" inside another statement as X claiming', () => {
    const s = statementAt('وسخر الوزير من مزاعم الحكومة البريطانية بأنه لا يوجد تفسير آخر للهجوم.', 'مزاعم');
    expect(s?.speaker).toContain('الحكومة البريطانية');
    expect(s?.content).toBe('لا يوجد تفسير آخر للهجوم');
  });
});

describe("a time adverb between a statement noun's speaker and its content is passed over", () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, expected speaker (part of the name), expected content]
    ['وتراجعت الأسواق بعد إعلان الحكومة الثلاثاء تأجيل الانتخابات البلدية.', 'إعلان', 'الحكومة', 'تأجيل الانتخابات البلدية'],
    ['وجاء القرار رغم تحذيرات المعارضة أمس من انهيار الهدنة في الجنوب.', 'تحذيرات', 'المعارضة', 'انهيار الهدنة في الجنوب'],
    ['وارتفعت الأسعار عقب إعلان وزارة المالية يوم الأحد الماضي رفع الضرائب.', 'إعلان', 'وزارة المالية', 'رفع الضرائب'],
  ];
  it.each(cases)('%s', (text, cue, speaker, content) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toContain(speaker);
    expect(s?.content).toBe(content);
  });
  it('stops at a comma: the noun phrase has ended there', () => {
    expect(statementAt('وتراجعت الأسواق بعد إعلان الحكومة، الثلاثاء، تأجيل الانتخابات البلدية.', 'إعلان')).toBeNull();
  });
  it('does not pass over a preposition listed among the time words', () => {
    expect(statementAt('وتراجعت الأسواق بعد إعلان الحكومة في العاصمة تأجيل الانتخابات.', 'إعلان')).toBeNull();
  });
});

describe('a verb that is a cue only with a named subject (قدّر: estimate)', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, expected speaker (part of the name), expected content]
    ['وتقدر الأمم المتحدة عدد النازحين في الإقليم بنحو مليون شخص.', 'وتقدر', 'الأمم المتحدة', 'عدد النازحين في الإقليم بنحو مليون شخص'],
    ['ويقدر الجيش أن المسلحين انسحبوا من المدينة خلال الليل.', 'ويقدر', 'الجيش', 'المسلحين انسحبوا من المدينة خلال الليل'],
    // A name right before the verb is its subject.
    ['وقال التقرير إن منظمة الصحة العالمية تقدر عدد الإصابات بالآلاف.', 'تقدر', 'منظمة الصحة العالمية', 'عدد الإصابات بالآلاف'],
  ];
  it.each(cases)('%s', (text, cue, speaker, content) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toContain(speaker);
    expect(s?.content).toBe(content);
  });
  it.each([
    ['وتقدر قيمة الصفقة بنحو ملياري دولار.', 'وتقدر', 'the passive: a common noun after the verb'],
    ['وبلغت الخسائر نسبة تقدر بنحو عشرة في المئة.', 'تقدر', 'the passive: a preposition after the verb'],
    ['وسيحقق ارتفاع الأسعار إيرادات إضافية للسعودية تقدر بنحو عشرة مليارات دولار.', 'تقدر', 'a name before the passive'],
    ['وحصلت الشركة على أقصى قدر من الدعم الحكومي.', 'قدر', 'the noun قدر (amount)'],
    ['وقالت الصحيفة إن الخطة تنطوي على قدر كبير من المجازفة.', 'قدر', 'كبير is no title when nothing of its phrase follows'],
    ['وقد ورث الزعيم الشاب قدرا كبيرا من نفوذ والده.', 'قدرا', 'the accusative noun, not the dual verb'],
  ])('reads no statement in "%s"', (text, cue) => {
    expect(statementAt(text, cue)).toBeNull();
  });
});

describe('a "للمزيد:" line is the headline of a related article: its statements count, the floor stays', () => {
  const text =
    'وقال الوزير إن المحادثات مستمرة.\nللمزيد: رئيس الحزب يرفض أي تأجيل للانتخابات البلدية\nوأضاف أن الجولة المقبلة ستعقد في الربيع.';
  it('reads the headline after the label', () => {
    const s = statementAt(text, 'يرفض');
    expect(s?.speaker).toContain('رئيس الحزب');
    expect(s?.content).toBe('أي تأجيل للانتخابات البلدية');
  });
  it('gives a pronoun-only cue after it to the speaker before it', () => {
    expect(statementAt(text, 'وأضاف')?.speaker).toContain('الوزير');
  });
});

describe('", قبل أن" ends a content: the clause after it is the writer\'s sequence of events', () => {
  it('ends the threat before the reply', () => {
    const s = statementAt('وكان الرئيس قد توعد باستهداف المواقع بصواريخ بعيدة المدى، قبل أن يتراجع عن ذلك لاحقا.', 'توعد');
    expect(s?.content).toBe('استهداف المواقع بصواريخ بعيدة المدى');
  });
});

describe('a verb that says what after its preposition, with only a name after it, addresses that name', () => {
  it('makes no statement of "X تحذر Y" with nothing after Y', () => {
    const g = extract({ text: 'الحكومة الإيرانية تحذر ترامب\nوقال الوزير إن المحادثات مستمرة.' });
    expect(g.statements.map((s) => s.cue?.text)).toEqual(['وقال']);
  });
  it('keeps the statement when the preposition follows the name', () => {
    expect(statementAt('وحذرت الحكومة الإيرانية ترامب من الانسحاب من الاتفاق.', 'وحذرت')?.content).toBe('الانسحاب من الاتفاق');
  });
});

describe('كان + subject + comma + perfect verb: the subject between كان and the comma speaks', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, expected speaker, expected content]
    ['وكان البيت الأبيض، أعلن مساء الأحد أن الإدارة تدرس خيارات جديدة.', 'أعلن', 'البيت الأبيض', 'الإدارة تدرس خيارات جديدة'],
    ['وكانت الشرطة، قالت إن المشتبه به فر من المدينة.', 'قالت', 'الشرطة', 'المشتبه به فر من المدينة'],
    ['وكان وزير المالية خالد العمري، أكد أن العجز سيتراجع هذا العام.', 'أكد', 'خالد العمري', 'العجز سيتراجع هذا العام'],
  ];
  it.each(cases)('%s', (text, cue, speaker, content) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toContain(speaker);
    expect(s?.content).toBe(content);
  });

  it('a clause with its own verb before the comma keeps the cue to itself', () => {
    expect(statementAt('وكان الرئيس قد زار المدينة، قال إن الزيارة ناجحة.', 'قال')).toBeNull();
  });
});

describe("an issuing verb + an indefinite statement noun + cue + فيه/فيها: the main verb's subject speaks", () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, expected speaker, expected content]
    ['وأصدرت الوزارة بيانا أكدت فيه أن الوضع في المدينة مستقر.', 'أكدت', 'الوزارة', 'الوضع في المدينة مستقر'],
    ['وأصدر الحزب بيانا قال فيه إن نتائج الانتخابات مزورة.', 'قال', 'الحزب', 'نتائج الانتخابات مزورة'],
    ['ونشر الجيش بيانا رسميا أوضح فيه أن الغارة استهدفت مخزنا.', 'أوضح', 'الجيش', 'الغارة استهدفت مخزنا'],
    ['وعقد المتحدث مؤتمرا صحفيا نفى فيه وجود أي اتفاق.', 'نفى', 'المتحدث', 'وجود أي اتفاق'],
    ['ووجه الرئيس رسالة دعا فيها إلى الهدوء.', 'دعا', 'الرئيس', 'الهدوء'],
    ['أصدرت وزارة الخارجية بيانا أكدت فيه أن السفارة تعمل بشكل طبيعي.', 'أكدت', 'وزارة الخارجية', 'السفارة تعمل بشكل طبيعي'],
  ];
  it.each(cases)('%s', (text, cue, speaker, content) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toContain(speaker);
    expect(s?.content).toBe(content);
  });

  it('a definite document noun with no issuer gives no speaker from the main verb', () => {
    expect(statementAt('وتضمن التقرير الذي نشر أمس فقرة قال فيها إن الأسعار ارتفعت.', 'قال')?.speaker ?? '').not.toContain('التقرير');
  });
});

describe('a "X عن Y: …" headline: the actor before عن says what follows the colon', () => {
  const cases: [string, string, string][] = [
    // [headline, expected speaker, expected content]
    ['بوتين عن قضية الجاسوس: نعرف هوية المشتبه بهما', 'بوتين', 'نعرف هوية المشتبه بهما'],
    ['الخارجية الأمريكية عن الانتخابات العراقية: سنعمل مع الحكومة الجديدة', 'الخارجية الأمريكية', 'سنعمل مع الحكومة الجديدة'],
    ['ماكرون عن أزمة الهجرة: أوروبا تحتاج إلى حل مشترك', 'ماكرون', 'أوروبا تحتاج إلى حل مشترك'],
  ];
  it.each(cases)('%s', (text, speaker, content) => {
    const s = statementAt(text, ':');
    expect(s?.speaker).toContain(speaker);
    expect(s?.content).toBe(content);
  });

  it('a topic with no actor before عن names no speaker', () => {
    expect(statementAt('تقرير عن الحرب في اليمن: آلاف الضحايا', ':')).toBeNull();
  });
});

describe('a "title or unnamed source: …" headline with no name gives the floor to that source', () => {
  const cases: [string, string, string][] = [
    // [headline, expected speaker, expected content]
    ['وزير المالية الأردني: العجز سيتراجع العام المقبل', 'وزير المالية الأردني', 'العجز سيتراجع العام المقبل'],
    ['مسؤول أمريكي: المحادثات مع بكين كانت مثمرة', 'مسؤول أمريكي', 'المحادثات مع بكين كانت مثمرة'],
    ['وزير سابق: الحكومة أخطأت في التقدير', 'وزير سابق', 'الحكومة أخطأت في التقدير'],
    ['مصادر: تأجيل الاجتماع إلى الأسبوع المقبل', 'مصادر', 'تأجيل الاجتماع إلى الأسبوع المقبل'],
  ];
  it.each(cases)('%s', (text, speaker, content) => {
    const s = statementAt(text, ':');
    expect(s?.speaker).toBe(speaker);
    expect(s?.content).toBe(content);
  });

  it.each([
    ['شاهد: لحظة وصول الموكب إلى القصر', 'a lone فاعل-pattern word labels a video (شاهد = watch)'],
    ['مسؤول في قفص الاتهام: محاكمة تبدأ غدا', 'a title followed by a prepositional phrase is a topic'],
  ])('%s gives no statement (%s)', (text) => {
    expect(statementAt(text, ':')).toBeNull();
  });
});

describe('خلص إلى أن (concluded that) reports what its subject concluded', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, expected speaker, expected content]
    ['وخلص المحققون إلى أن الحريق بدأ في الطابق الأول.', 'وخلص', 'المحققون', 'الحريق بدأ في الطابق الأول'],
    ['وخلصت اللجنة في تقريرها إلى أن الحادث كان متعمدا.', 'وخلصت', 'اللجنة', 'الحادث كان متعمدا'],
  ];
  it.each(cases)('%s', (text, cue, speaker, content) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toContain(speaker);
    expect(s?.content).toBe(content);
  });

  it('without أن the verb is no cue: "reached an outcome", and تخلص من is "got rid of"', () => {
    expect(statementAt('وخلص الاجتماع إلى اتفاق على التهدئة.', 'وخلص')).toBeNull();
    expect(statementAt('وتخلصت الحكومة من الديون القديمة.', 'وتخلصت')).toBeNull();
  });
});

describe('a document or data written before the verb speaks, and الأخيرة refers back', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, expected speaker, expected content]
    ['الوثائق تشير إلى أن الشركة أخفت الخسائر.', 'تشير', 'الوثائق', 'الشركة أخفت الخسائر'],
    ['الأرقام الرسمية تؤكد أن الصادرات تراجعت.', 'تؤكد', 'الأرقام الرسمية', 'الصادرات تراجعت'],
    ['اتصل الرئيس بنظيرته الألمانية. الأخيرة أكدت أن بلادها تدعم الاتفاق.', 'أكدت', 'الأخيرة', 'بلادها تدعم الاتفاق'],
  ];
  it.each(cases)('%s', (text, cue, speaker, content) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toBe(speaker);
    expect(s?.content).toBe(content);
  });

  // "The latter" stands for the actor named last before it, of a gender it allows.
  const latter: [string, string, string][] = [
    ['التقى الرئيس الفرنسي إيمانويل ماكرون نظيره الروسي فلاديمير بوتين، وقال الأخير إن اللقاء كان مثمرا.', 'وقال', 'فلاديمير بوتين'],
    ['زار الرئيس الفرنسي إيمانويل ماكرون طهران. والأخيرة أكدت أن الزيارة ناجحة.', 'أكدت', 'إيران'],
    // الأخيرة skips a man named last; الأخير skips a place named last.
    ['استقبلت إيطاليا رئيس الوزراء الإسباني بيدرو سانشيز، وأكدت الأخيرة أن الحدود ستبقى مفتوحة.', 'وأكدت', 'إيطاليا'],
    ['التقى وزير الخارجية الأمريكي مايك بومبيو في الرياض، وقال الأخير إن الزيارة ناجحة.', 'وقال', 'مايك بومبيو'],
  ];
  it.each(latter)('%s (الأخير/الأخيرة)', (text, cue, speaker) => {
    expect(statementAt(text, cue)?.speaker).toBe(speaker);
  });

  it('a masculine الأخير after a body stands for someone the text did not name, not for the body', () => {
    const s = statementAt('وقدم المحامي شكوى إلى منظمة الصحة العالمية، وقال الأخير إن الملف مكتمل.', 'وقال');
    expect(s?.speaker ?? '').not.toContain('منظمة الصحة العالمية');
  });

  it('a document takes no floor: a later pronoun-only cue stays with the last speaker', () => {
    const text = 'وقال الوزير إن المحادثات جيدة. البيانات تشير إلى أن التضخم تراجع. وأضاف أن الأسعار مستقرة.';
    expect(statementAt(text, 'تشير')?.speaker).toBe('البيانات');
    expect(statementAt(text, 'وأضاف')?.speaker).toBe('الوزير');
  });
});

describe('وسئل …، فأجاب: the one asked is the speaker who had the floor', () => {
  it('answers after a passive question', () => {
    const text = 'وقالت الوزيرة إن الوضع جيد. وسئلت عما إذا كانت بلادها تثق بالزعيم، فأجابت "إنها ليست مسألة ثقة".';
    expect(statementAt(text, 'فأجابت')?.speaker).toBe('الوزيرة');
  });

  it('a verb with a preposition after it is not enough: its subject may follow the preposition', () => {
    const text = 'وقال المتحدث إن الهدنة صامدة. وتسيطر على المدينة فصائل مختلفة، ويعتقد أن أقواها متشدد.';
    expect(statementAt(text, 'ويعتقد')).toBeNull();
  });
});

describe('an attribution after ما reads the verb with the pronoun that stands for ما', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, expected speaker (part of the name), expected content]
    ['وارتفع عدد الجرحى إلى عشرين شخصا، بحسب ما نقلته وكالة رويترز.', 'بحسب ما نقلته', 'رويترز', 'وارتفع عدد الجرحى إلى عشرين شخصا'],
    ['وتراجعت أسعار القمح بشكل حاد، وفقا لما ذكره وزير الزراعة.', 'وفقا لما ذكره', 'وزير الزراعة', 'وتراجعت أسعار القمح بشكل حاد'],
    ['وأغلقت السلطات المعبر الشمالي، حسبما قاله مسؤول أمني.', 'حسبما قاله', 'مسؤول أمني', 'وأغلقت السلطات المعبر الشمالي'],
    // The pronoun on the verb's preposition: أفاد به، أعلنت عنه.
    ['وانقطعت المياه عن معظم الأحياء، بحسب ما أفاد به الدفاع المدني.', 'بحسب ما أفاد', 'الدفاع المدني', 'وانقطعت المياه عن معظم الأحياء'],
    [
      'وأطلق الحارس النار في الهواء، وفقا لما أعلنت عنه الشرطة المحلية.',
      'وفقا لما أعلنت',
      'الشرطة المحلية',
      'وأطلق الحارس النار في الهواء',
    ],
    // A time between the verb and its subject.
    ['وتعد الحكومة خطة جديدة للنقل، حسب ما أكد مساء الثلاثاء رئيس الوزراء.', 'حسب ما أكد', 'رئيس الوزراء', 'وتعد الحكومة خطة جديدة للنقل'],
    // At the start of the sentence, the content follows the source and its فإن.
    ['وبحسب ما ذكرته صحيفة الغارديان، فإن المفاوضات توقفت.', 'وبحسب ما ذكرته', 'الغارديان', 'المفاوضات توقفت'],
    // Found in an outlet, or in a document whose issuer is named.
    [
      'وتحتل المدينة المركز الأول في المنطقة، بحسب ما ورد في صحيفة الرياض.',
      'بحسب ما ورد',
      'الرياض',
      'وتحتل المدينة المركز الأول في المنطقة',
    ],
    [
      'وارتفعت الصادرات بنسبة كبيرة، وفق ما جاء في بيان صادر عن وزارة التجارة.',
      'وفق ما جاء',
      'وزارة التجارة',
      'وارتفعت الصادرات بنسبة كبيرة',
    ],
    ['وسيطرت القوات على البلدة، حسبما جاء في بيان للجيش.', 'حسبما جاء', 'الجيش', 'وسيطرت القوات على البلدة'],
    // Published by a named source.
    ['وارتفعت الأسعار بنسبة عشرة في المئة، بحسب ما نشرته صحيفة الرياض.', 'بحسب ما نشرته', 'الرياض', 'وارتفعت الأسعار بنسبة عشرة في المئة'],
    ['وقتل جنديان في الهجوم، وفق ما بثه التلفزيون الرسمي.', 'وفق ما بثه', 'التلفزيون', 'وقتل جنديان في الهجوم'],
  ];
  it.each(cases)('%s', (text, cue, speaker, content) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toContain(speaker);
    expect(s?.content).toBe(content);
  });

  it('does not read the clause before a source set between a reporting verb and its object as content', () => {
    const g = extract({
      text: 'يذكر أن مسؤولا في السفارة كان قد نفى، مساء الأحد، وفقا لما نقلته الوكالة الرسمية، الأنباء عن اعتقال الصحفي.',
    });
    expect(g.statements.some((s) => s.cue?.text.startsWith('وفقا'))).toBe(false);
  });

  it('leaves a document with no issuer unattributed: whose words they are, the sentence does not say', () => {
    const g = extract({ text: 'وانخفضت الأسعار بشكل طفيف، بحسب ما ورد في التقرير.' });
    expect(g.statements).toHaveLength(0);
  });

  it('reads نشر after ما as a source only when a source follows it', () => {
    expect(extract({ text: 'وتظهر اللقطات دمارا واسعا، بحسب ما نشر من صور.' }).statements).toHaveLength(0);
  });

  it('leaves عنه after a relay verb alone: it names whom the words are taken from, who is not written', () => {
    const g = extract({ text: 'وتوقفت المحادثات، بحسب ما نقلت عنه الوكالة.' });
    expect(g.statements.some((s) => s.cue?.text.startsWith('بحسب'))).toBe(false);
  });
});

describe('ب + the verbal noun قول after a verb is the manner of that verb, read like the participle قائلا', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, expected speaker (part of the name), expected content]
    ['واكتفى المتحدث باسم الوزارة بالقول إن التحقيق مستمر.', 'بالقول', 'المتحدث باسم الوزارة', 'التحقيق مستمر'],
    ['وختم الوزير حديثه بالقول: "لن نتراجع".', 'بالقول', 'الوزير', '"لن نتراجع"'],
    ['وعقبت الخارجية الروسية بقولها إن الاتهامات لا أساس لها.', 'بقولها', 'الخارجية الروسية', 'الاتهامات لا أساس لها'],
    // After a reporting verb that made no statement of its own, that verb's subject speaks.
    ['وهاجمت الصين، الخميس، الولايات المتحدة بقولها إن واشنطن تؤذي نفسها.', 'بقولها', 'الصين', 'واشنطن تؤذي نفسها'],
    // With no subject in its clause, the speaker who had the floor.
    ['وقال الرئيس إن البلاد بخير. وتابع بالقول إن الاقتصاد ينمو.', 'بالقول', 'الرئيس', 'الاقتصاد ينمو'],
  ];
  it.each(cases)('%s', (text, cue, speaker, content) => {
    const s = statementAt(text, cue);
    expect(s?.speaker).toContain(speaker);
    expect(s?.content).toBe(content);
  });
});
