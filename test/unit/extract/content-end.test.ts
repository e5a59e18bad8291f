import { describe, expect, it } from 'vitest';
import { statementAt } from './statement-at.ts';

describe('where a content ends', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, cue, expected content, why]
    [
      'واتهمت النقابة الإدارة بالتقصير في صيانة الجسر القديم في المدينة، الذي انهار الشهر الماضي.',
      'واتهمت',
      'التقصير في صيانة الجسر القديم في المدينة',
      'a relative clause after a comma is the writer’s note on the last noun',
    ],
    [
      'وقال المدير إن العمال لم يتسلموا رواتبهم منذ شهرين، الذين أضربوا صباح الأحد.',
      'وقال',
      'العمال لم يتسلموا رواتبهم منذ شهرين',
      'the same after a complement clause',
    ],
    [
      'وقال المدير إن خطتنا، التي بدأت العام الماضي، تسير كما رسمناها.',
      'وقال',
      'خطتنا، التي بدأت العام الماضي، تسير كما رسمناها',
      'a relative clause on a one-word subject stays inside the content',
    ],
    [
      'وقال المدير "خطتنا، التي بدأت العام الماضي، تسير كما رسمناها، التي نعرفها".',
      'وقال',
      '"خطتنا، التي بدأت العام الماضي، تسير كما رسمناها، التي نعرفها"',
      'inside a quotation every relative clause is the speaker’s',
    ],
    [
      'وأكد المتحدث أن الوزير طلب تقريرا مفصلا، وأن اللجنة تدرس الموعد المناسب له.',
      'طلب',
      'تقريرا مفصلا',
      'a noun object takes no coordinated أن-clause: that clause belongs to the outer cue',
    ],
    [
      'وأكد المتحدث أن الوزير طلب تقريرا مفصلا، وأن اللجنة تدرس الموعد المناسب له.',
      'وأكد',
      'الوزير طلب تقريرا مفصلا، وأن اللجنة تدرس الموعد المناسب له',
      'a complement clause goes on through a coordinated أن',
    ],
    [
      'وأجاب الوزير "أبدا" ردا على سؤال عن موعد الانتخابات.',
      'وأجاب',
      '"أبدا"',
      'a short quotation followed by the writer’s "ردا على" is the whole content',
    ],
    ['وطلبت الحكومة "الشفافية الكاملة" في أعقاب تسرب الوثائق.', 'وطلبت', '"الشفافية الكاملة"', 'the same with "في أعقاب"'],
    [
      'وأضاف المتحدث أن الوزيرين بحثا الأوضاع في المنطقة، مؤكدين على أهمية الحوار.',
      'وأضاف',
      'الوزيرين بحثا الأوضاع في المنطقة، مؤكدين على أهمية الحوار',
      'a plural participle after a singular cue and speaker agrees with the reported subject',
    ],
    [
      'ودعا وزيرا المالية الإيطالي والإسباني المصارف إلى الالتزام بالقواعد، معتبرين أنها أفضل ضمانة.',
      'ودعا',
      'الالتزام بالقواعد',
      'a verb before a coordinated subject stays singular: the participle is theirs and ends the content',
    ],
    [
      'وقال الوزير إن المفاوضات متعثرة، مضيفا أن الحكومة لن تتراجع.',
      'وقال',
      'المفاوضات متعثرة',
      'a singular participle is the speaker’s and ends the content',
    ],
    [
      'والتقارير تشير إلى أن الشركة تخفي خسائرها عن المساهمين، وفق رئيس الهيئة.',
      'وفق',
      'الشركة تخفي خسائرها عن المساهمين',
      'a trailing source is credited with the reported clause, not with the frame that reports it',
    ],
    [
      'الشركة تخفي خسائرها عن المساهمين منذ سنوات، وفق رئيس الهيئة.',
      'وفق',
      'الشركة تخفي خسائرها عن المساهمين منذ سنوات',
      'without such a frame the clause from the sentence start is the content',
    ],
    [
      'وأسفر القصف، بحسب مصادر محلية، عن مقتل ثلاثة مدنيين وإصابة آخرين.',
      'بحسب',
      'وأسفر القصف، بحسب مصادر محلية، عن مقتل ثلاثة مدنيين وإصابة آخرين',
      'a source that interrupts a short clause head: the clause goes on after it, and the content with it',
    ],
    [
      'والهدف من هذه الخطة بحسب الوزير هو خفض البطالة في المدن الكبرى.',
      'بحسب',
      'والهدف من هذه الخطة بحسب الوزير هو خفض البطالة في المدن الكبرى',
      'the same without commas: the source phrase ends where the clause resumes',
    ],
    [
      'وتهدف المبادرة، بحسب ما أوضح مدير المشروع في مقابلة مع الصحيفة، إلى تدريب ألف شاب.',
      'بحسب ما أوضح',
      'وتهدف المبادرة، بحسب ما أوضح مدير المشروع في مقابلة مع الصحيفة، إلى تدريب ألف شاب',
      'a reported source set off by commas resumes the clause after its closing comma',
    ],
    [
      'وأصيب خمسة عمال في انفجار المخزن ليلا، بحسب الدفاع المدني، الذي قال إن الحريق امتد طويلا.',
      'بحسب',
      'وأصيب خمسة عمال في انفجار المخزن ليلا',
      'after a whole clause the source ends it, and a relative clause on the source is no continuation',
    ],
    ['وارتفعت الأسعار، بحسب الوزارة.', 'بحسب', 'وارتفعت الأسعار', 'a short clause that the source ends'],
    [
      'واتهمت النقابة الإدارة بالتقصير في صيانة الجسر، وكان الجسر قد انهار الشهر الماضي.',
      'واتهمت',
      'التقصير في صيانة الجسر',
      'after a noun phrase, ", وكان" starts the writer’s background clause',
    ],
    [
      'ونفى الوزير التهمة الموجهة إليه، ولم يعلق على مطالب المعارضة باستقالته.',
      'ونفى',
      'التهمة الموجهة إليه',
      'and ", ولم" a clause of its own about what the speaker did not do',
    ],
    [
      'وأعلن الجيش السيطرة على المدينة، لكنه لم يذكر عدد القتلى.',
      'وأعلن',
      'السيطرة على المدينة',
      'the same with a contrast (لكنه) and no comma-و',
    ],
    [
      'ودعا النائب الوزير إلى القيام بزيارة عاجلة ومعلنة إلى المدينة للوقوف على مشاكلها.',
      'ودعا',
      'القيام بزيارة عاجلة ومعلنة إلى المدينة للوقوف على مشاكلها',
      'a feminine participle right after an indefinite feminine word is its adjective (announced), not a new cue',
    ],
    [
      'وقال المتحدث إن اللقاء كان مفيدا جدا للبلدين.',
      'وقال',
      'اللقاء كان مفيدا جدا للبلدين',
      'after كان a participle is the predicate (useful)',
    ],
    [
      'وقال الوزير إن الوضع صعب منتقدا الحكومة السابقة.',
      'وقال',
      'الوضع صعب',
      'a speaker’s participle in another shape still ends the content without a comma',
    ],
    [
      'وقال الوزير إن الحكومة نفت التهمة، ولم تعلق على المطالب.',
      'وقال',
      'الحكومة نفت التهمة، ولم تعلق على المطالب',
      'a complement clause goes on through ", ولم": it is still what was said',
    ],
  ];
  it.each(cases)('%s [%s] → %s', (text, cue, content) => {
    expect(statementAt(text, cue)?.content).toBe(content);
  });
});
