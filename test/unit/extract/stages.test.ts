import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/extract/clean.ts';
import { EntityIndex, recognizeEntities } from '../../../src/extract/entities.ts';
import { resolveTime } from '../../../src/extract/events.ts';
import { extract } from '../../../src/extract/index.ts';
import { RELATIVE_TIMES, NAME_TRIE } from '../../../src/extract/lexicon.ts';
import { matchAll } from '../../../src/extract/match.ts';
import { cliticVariants, normalizeArabic, tokenize } from '../../../src/extract/normalize.ts';
import { findQuotes } from '../../../src/extract/quotes.ts';
import { segment } from '../../../src/extract/segment.ts';

describe('clean', () => {
  it('drops boilerplate lines, sets the dateline on a line of its own, keeps hashtag words, maps offsets back', () => {
    const raw =
      '[ad_1]\nدبي، الإمارات العربية المتحدة (CNN) -- قال #ماكرون إن الوضع &quot;صعب&quot;\nاقرأ أيضا: خبر آخر\n[ad_2]\nSource link';
    const { text, originalOffsets } = clean(raw);
    expect(text).toBe('دبي، الإمارات العربية المتحدة (CNN)\nقال ماكرون إن الوضع "صعب"');
    expect(raw[originalOffsets[0] ?? -1]).toBe('د');
    expect(raw[originalOffsets[text.indexOf('قال')] ?? -1]).toBe('ق');
    expect(raw[originalOffsets[text.indexOf('ماكرون')] ?? -1]).toBe('م');
  });
  it('removes tatweel and folds presentation forms', () => {
    expect(clean('قـــال ﻻ').text).toBe('قال لا');
  });
});

describe('segment', () => {
  it('splits on . ؟ ! and newlines but not inside quotes or numbers', () => {
    const text = 'قال "إنه جيد. أنا متفائل". ارتفع النمو 2.5% اليوم؟ نعم\nسطر آخر';
    const parts = segment(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['قال "إنه جيد. أنا متفائل".', 'ارتفع النمو 2.5% اليوم؟', 'نعم', 'سطر آخر']);
  });
  it('does not let a stray closing mark open a quotation that swallows the paragraph', () => {
    // The opening mark was lost by the scraper: `الأسبوع المقبل".` can only close.
    const text = 'وأعلنت الوزارة أن القمة ستعقد الأسبوع المقبل". وقال الوزير إن التحضيرات انتهت. وأضاف: "كل شيء جاهز".';
    const parts = segment(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['وأعلنت الوزارة أن القمة ستعقد الأسبوع المقبل".', 'وقال الوزير إن التحضيرات انتهت.', 'وأضاف: "كل شيء جاهز".']);
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['"كل شيء جاهز"']);
    const g = extract({ text: `قال وزير المالية سامي بن علي إن الميزانية جاهزة.\n${text}` });
    expect(g.statements.map((s) => s.content.text)).toContain('التحضيرات انتهت');
  });
});

describe('match', () => {
  it('normalizes spelling for matching only', () => {
    expect(normalizeArabic('أَمْرِيكَا الأمريكية إلى')).toBe('امريكا الامريكيه الي');
  });
  it('strips clitics only when the stripped form is known', () => {
    expect(cliticVariants('وبايدن').map((v) => v.form)).toContain('بايدن');
    const text = 'قال وبايدن للولايات المتحدة بالروس وبوتين';
    const ids = matchAll(text, tokenize(text), NAME_TRIE).map((m) => m.ids[0]);
    expect(ids).toEqual(['actor:joe-biden', 'actor:united-states', 'actor:russia', 'actor:vladimir-putin']);
  });
});

describe('entities', () => {
  const run = (text: string) => {
    const index = new EntityIndex(text, tokenize(text), 'x');
    recognizeEntities(index);
    return index;
  };
  it('recognizes a titled person who is not in the gazetteer and their family name later', () => {
    const index = run('قال وزير الخارجية الموريتاني إسماعيل ولد الشيخ إن الوضع مستقر. وأضاف الشيخ أن');
    const person = [...index.actors.values()].find((a) => a.kind === 'PERSON');
    expect(person?.name).toBe('إسماعيل ولد');
    expect(person?.partOfIds).toContain('actor:mauritania');
  });
  it('builds institution actors from a nisba adjective', () => {
    const index = run('أعلنت الحكومة البريطانية أن');
    expect(index.actors.has('actor:united-kingdom-government')).toBe(true);
  });
  it('resolves a role nominal only to a person the article names', () => {
    const withName = run('التقى جو بايدن الصحفيين. وقال الرئيس الديمقراطي إن');
    expect(withName.actors.get('actor:joe-biden')?.mentions.map((m) => m.text)).toContain('الرئيس الديمقراطي');
    const withoutName = run('وقال الرئيس الديمقراطي إن');
    expect(withoutName.actors.has('actor:joe-biden')).toBe(false);
  });
});

describe('statements', () => {
  it('finds a pronoun-only continuation, a France 24 «» quote and an unnamed source', () => {
    const g = extract({
      text: 'قال الرئيس الفرنسي إيمانويل ماكرون «لن نتراجع».\nوأضاف أن فرنسا ستدعم أوكرانيا.\nوقال مصدر دبلوماسي أوروبي إن الاجتماع تأجل.',
    });
    expect(g.statements.map((s) => [g.actors.find((a) => a.id === s.speakerId)?.name, s.content.text, s.direct])).toEqual([
      ['إيمانويل ماكرون', '«لن نتراجع»', true],
      ['إيمانويل ماكرون', 'فرنسا ستدعم أوكرانيا', false],
      ['مصدر دبلوماسي أوروبي', 'الاجتماع تأجل', false],
    ]);
    expect(g.actors.find((a) => a.name === 'مصدر دبلوماسي أوروبي')?.kind).toBe('UNNAMED');
  });
  it('gives addressees and sorts out "بحسب" attributions', () => {
    const g = extract({ text: 'وقال المتحدث لوكالة فرانس برس إن الهدنة صامدة.\nوبحسب الأمم المتحدة، فإن المساعدات وصلت إلى غزة.' });
    expect(g.statements[1]?.speakerId).toBe('actor:united-nations');
    expect(g.statements[1]?.content.text).toBe('المساعدات وصلت إلى غزة');
  });
});

describe('institution speakers', () => {
  it('reads an institution named by its head and a genitive chain, and keeps a coordinated "وتبلغ" (reaches) inside the content', () => {
    const g = extract({
      text: 'أعلنت هيئة الموانئ والنقل البحري في دبي، عن افتتاح رصيف جديد.\nوأوضح المدير أن الرصيف مجهز بالكامل، وتبلغ طاقته مليون حاوية.',
    });
    expect(g.statements.map((s) => [g.actors.find((a) => a.id === s.speakerId)?.name, s.content.text])).toEqual([
      ['هيئة الموانئ والنقل البحري في دبي', 'افتتاح رصيف جديد'],
      ['المدير', 'الرصيف مجهز بالكامل، وتبلغ طاقته مليون حاوية'],
    ]);
  });
});

describe('speaker appositions', () => {
  it('skips a relative clause after the speaker and abbreviations with dots', () => {
    const g = extract({ text: 'وقال الوزير سامي بن علي، الذي تولى منصبه العام الماضي، في مقابلة مع قناة إم.بي.سي "الإصلاح مستمر".' });
    expect(g.statements.map((s) => s.content.text)).toEqual(['"الإصلاح مستمر"']);
  });
  it('does not take a quoted outlet name for the content when a complement follows', () => {
    const g = extract({ text: 'وذكر الوزير سامي بن علي في مقابلة مع "الجزيرة" أن الانتخابات ستجرى في موعدها.' });
    expect(g.statements.map((s) => s.content.text)).toEqual(['الانتخابات ستجرى في موعدها']);
  });
});

describe('statement nouns', () => {
  it('reads a statement noun in construct with its speaker', () => {
    const g = extract({
      text: 'وتراجعت الأسواق بعد إعلان الرئيس الأمريكي جو بايدن فرض رسوم جديدة على الواردات.\nوجاءت النتائج وسط تحذيرات من المعارضة بأن فرز الأصوات تأخر.',
    });
    const s = g.statements.map((x) => [x.verb, g.actors.find((a) => a.id === x.speakerId)?.name, x.content.text, x.kind]);
    expect(s).toEqual([
      ['إعلان', 'جو بايدن', 'فرض رسوم جديدة على الواردات', 'ANNOUNCEMENT'],
      ['تحذير', 'المعارضة', 'فرز الأصوات تأخر', 'WARNING'],
    ]);
  });
  it('ignores a statement noun that is only talked about', () => {
    const g = extract({ text: 'وجاء تصريح الرئيس الأمريكي جو بايدن خلال مقابلة تلفزيونية بعنوان "أمريكا أولا".' });
    expect(g.statements).toEqual([]);
  });
});

describe('statement kinds', () => {
  const kinds = (text: string) => extract({ text }).statements.map((s) => s.kind);
  it('takes DENIAL from denial cues and denial phrases, not from any negation in the content', () => {
    expect(kinds('قال وزير الخارجية إن الوفد لم يصل بعد إلى العاصمة.')).toEqual(['CLAIM']);
    expect(kinds('نفى المتحدث باسم الجيش أن تكون القوات قد انسحبت.')).toEqual(['DENIAL']);
    expect(kinds('وقال المتحدث باسم الجيش إن هذه الأنباء لا أساس لها من الصحة.')).toEqual(['DENIAL']);
  });
  it('reads WARNING, PROMISE, DEMAND, CONDEMNATION and ACCUSATION from the content of a neutral cue', () => {
    expect(kinds('وقال رئيس الوزراء إن بلاده "لن تسمح بأي تهديد لحدودها".')).toEqual(['WARNING']);
    expect(kinds('وقال وزير الطاقة: "سنواصل دعم الأسر الفقيرة".')).toEqual(['PROMISE']);
    expect(kinds('وقالت الوزيرة إنه يتعين على الأطراف العودة إلى طاولة الحوار.')).toEqual(['DEMAND']);
    expect(kinds('وقال المتحدث باسم الحكومة: "ندين هذا الهجوم بأشد العبارات".')).toEqual(['CONDEMNATION']);
    expect(kinds('وقال المتحدث إن الحكومة مارست التحريض ضد المعارضين.')).toEqual(['ACCUSATION']);
  });
  it('keeps the kind of a marked cue', () => {
    expect(kinds('وحذر وزير الدفاع من أن الوضع قد يخرج عن السيطرة.')).toEqual(['WARNING']);
    expect(kinds('ودعا الأمين العام إلى وقف فوري لإطلاق النار.')).toEqual(['DEMAND']);
  });
});

describe('statement events', () => {
  it('links a statement to the event its sentence frames, or that its content names', () => {
    const g = extract({
      text: 'عقد وزيرا الخارجية اجتماعا في جنيف يوم الجمعة.\nوقال وزير الخارجية الفرنسي بعد الاجتماع إن المحادثات كانت صريحة.\nوقال المتحدث إن الطقس معتدل.',
      publishedAt: '2021-07-10',
    });
    const meeting = g.events.find((e) => e.kind === 'MEETING');
    expect(meeting).toBeDefined();
    const byContent = (t: string) => g.statements.find((s) => s.content.text === t);
    expect(byContent('المحادثات كانت صريحة')?.eventId).toBe(meeting?.id);
    expect(byContent('الطقس معتدل')?.eventId).toBeNull();
  });
});

describe('times', () => {
  it('resolves weekdays and months against the publication date', () => {
    const idx = (phrase: string) => RELATIVE_TIMES.findIndex((t) => t.phrase === phrase);
    expect(resolveTime(idx('الجمعة'), '2021-07-10')).toBe('2021-07-09');
    expect(resolveTime(idx('الشهر الماضي'), '2021-07-10')).toBe('2021-06');
    expect(resolveTime(idx('أمس'), '2021-03-01')).toBe('2021-02-28');
    expect(resolveTime(idx('الجمعة'), null)).toBeNull();
  });
});

describe('what a statement is about', () => {
  it('reads a generic side or government noun with a nisba adjective as the country', () => {
    const g = extract({ text: 'وقال وزير الخارجية الفرنسي إن "الجانب الإيراني لم يرد على أي رسالة من الإدارات الألمانية".' });
    const s = g.statements.find((x) => x.content.text.includes('الجانب الإيراني'));
    expect(s?.aboutIds).toEqual(expect.arrayContaining(['actor:iran', 'actor:germany']));
  });
  it('adds the country of a government body named in the content', () => {
    const g = extract({ text: 'وقال رئيس الوزراء التركي إن البيت الأبيض رفض العرض.' });
    const s = g.statements.find((x) => x.content.text.includes('البيت الأبيض'));
    expect(s?.aboutIds).toEqual(expect.arrayContaining(['actor:white-house', 'actor:united-states']));
  });
});

describe('press exchanges and denials', () => {
  it('addresses a question to whoever answers it in the same exchange', () => {
    const g = extract({
      text: 'قال الرئيس الفرنسي إيمانويل ماكرون إن الاقتصاد يتعافى. وعندما سأل أحد الصحفيين عما إذا كانت فرنسا سترفع الضرائب على ألمانيا، قال ماكرون "لا".',
    });
    const q = g.statements.find((s) => s.kind === 'QUESTION');
    const a = g.statements.find((s) => s.kind === 'ANSWER');
    expect(q?.addresseeIds).toEqual(['actor:emmanuel-macron']);
    expect(a?.speakerId).toBe('actor:emmanuel-macron');
    expect(a?.answersId).toBe(q?.id);
    expect(q?.aboutIds.length).toBeGreaterThan(0);
    expect(a?.aboutIds).toEqual(q?.aboutIds);
  });
  it('reads a claim that negates the verb of an earlier claim of the actor it names as a denial of it', () => {
    const g = extract({
      text: 'وقالت فرنسا إنها أرسلت مساعدات إلى المنطقة. لكن الحكومة الإيطالية قالت إن فرنسا لم ترسل أي مساعدات. وقال الوزير إن الطقس لم يتحسن.',
    });
    const claim = g.statements.find((s) => s.content.text.startsWith('إنها أرسلت') || s.content.text.startsWith('أرسلت'));
    const denial = g.statements.find((s) => s.content.text.includes('لم ترسل'));
    expect(denial?.kind).toBe('DENIAL');
    expect(denial?.deniesId).toBe(claim?.id);
    expect(g.statements.find((s) => s.content.text.includes('الطقس'))?.kind).not.toBe('DENIAL');
  });
});

describe('events: one event per happening', () => {
  it('merges mentions, reads pairs and duals as participants, keeps capitals used as governments out of places, orders by عقب', () => {
    const text = [
      'وأجرى ماكرون اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان.',
      'وجاءت مكالمة الخميس بين ماكرون وأردوغان، عقب اجتماعهما الأسبوع الماضي في جنيف.',
      'وقال ماكرون بعد المكالمة إن أنقرة لم تتصل بباريس بشأن الاتفاق.',
      'وكان الزعيمان قد عقدا أول اجتماع بينهما في سويسرا.',
    ].join('\n');
    const g = extract({ text: `قال الرئيس الفرنسي إيمانويل ماكرون إن الحوار مهم.\n${text}`, publishedAt: '2022-03-05' });
    const calls = g.events.filter((e) => e.kind === 'CALL');
    const meetings = g.events.filter((e) => e.kind === 'MEETING');
    expect(calls).toHaveLength(1);
    expect(meetings).toHaveLength(1);
    const [call, meeting] = [calls[0]!, meetings[0]!];
    expect(call.participantIds).toEqual(expect.arrayContaining(['actor:emmanuel-macron', 'actor:recep-tayyip-erdogan']));
    expect(meeting.participantIds).toEqual(expect.arrayContaining(['actor:emmanuel-macron', 'actor:recep-tayyip-erdogan']));
    expect(call.when?.date).toBe('2022-03-03');
    expect(call.placeId).toBeNull();
    expect(meeting.placeId).toBe('place:geneva');
    expect(call.followsIds).toContain(meeting.id);
    expect(meeting.followsIds ?? []).not.toContain(call.id);
  });
});

describe('article document', () => {
  it('builds tokens, sentences with their token ranges, quotations and entities once', async () => {
    const { buildDocument } = await import('../../../src/extract/document.ts');
    const text = 'قال الوزير "الوضع صعب". وأكد المتحدث أن المحادثات مستمرة.';
    const doc = buildDocument(text, 'doc-test');
    expect(doc.sentences.length).toBe(2);
    for (const s of doc.sentences) {
      const words = doc.tokens.slice(s.firstTok, s.endTok).map((t) => t.text);
      expect(words.length).toBeGreaterThan(0);
      for (const t of doc.tokens.slice(s.firstTok, s.endTok)) expect(t.start >= s.start && t.end <= s.end).toBe(true);
    }
    expect(doc.tokens.slice(doc.sentences[1]?.firstTok, doc.sentences[1]?.endTok)[0]?.text).toBe('وأكد');
    const quote = doc.quotes[0];
    expect(quote && text.slice(quote.start, quote.end)).toBe('"الوضع صعب"');
    expect(quote && doc.quoteAt.get(quote.start)).toBe(quote);
    expect(doc.quoteMask[text.indexOf('الوضع')]).toBe(1);
    expect(doc.quoteMask[text.indexOf('الوزير')]).toBe(0);
  });
});
