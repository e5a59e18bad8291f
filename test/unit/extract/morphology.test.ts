import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';
import { CUE_EXCLUSIONS, CUE_FORMS, CUES, lookupCue, PASSIVE_FORMS } from '../../../src/extract/lexicon.ts';
import {
  generateNounForms,
  generateVerbForms,
  MASCULINE_SINGULAR_PRONOUN,
  THIRD_PERSON_PRONOUNS,
  THIRD_PERSON_PRONOUNS_LONGEST_FIRST,
  type VerbStems,
} from '../../../src/extract/morphology.ts';
import { normalizeArabic } from '../../../src/extract/normalize.ts';
import {
  ANTECEDENT_RESUMPTIVES,
  prepositionWithPronouns,
  PREPOSITION_RESUMPTIVES,
  RESUMPTIVE_PRONOUNS,
} from '../../../src/extract/statements/words.ts';
import handListed from '../../../tools/mine/hand-listed-cue-forms.json' with { type: 'json' };

const forms = (stems: VerbStems, objects = false) => new Set(generateVerbForms(stems, objects).map((g) => g.form));
const n = (words: string) => words.split(' ').map(normalizeArabic);

describe('generateVerbForms', () => {
  it('conjugates a sound verb in every person and number of the perfect and imperfect', () => {
    const got = forms({ past: 'أكد', present: 'يؤكد', participleStems: ['مؤكد'] });
    for (const f of n(
      'أكد أكدت أكدوا أكدا أكدتا أكدن أكدنا أكدتم يؤكد تؤكد نؤكد أؤكد يؤكدون تؤكدون يؤكدوا يؤكدان يؤكدا يؤكدن تؤكدن مؤكدا مؤكدة مؤكدين مؤكدتين مؤكدات',
    )) {
      expect(got, f).toContain(f);
    }
  });
  it('shortens a hollow verb before consonant endings and in the jussive', () => {
    const got = forms({ past: 'قال', pastShort: 'قل', present: 'يقول', presentShort: 'يقل', participleStems: ['قائل'] });
    for (const f of n('قال قالت قالوا قالا قالتا قلن قلت قلنا يقول تقول نقول أقول يقولون يقولان يقلن لم_يقل قائلا قائلة قائلين')) {
      expect(got, f).toContain(normalizeArabic(f.replace('لم_', '')));
    }
    // "نقل" and "أقل" are other words: the 1st person jussive is not generated.
    expect(got).not.toContain('نقل');
    expect(got).not.toContain('اقل');
  });
  it('drops the weak letter of a defective verb where Arabic drops it', () => {
    const nafa = forms({ past: 'نفى', pastShort: 'نفي', present: 'ينفي', participleStems: ['نافي'] }, true);
    for (const f of n('نفى نفت نفوا نفيا نفتا نفين نفيت ينفي تنفي ينفون ينفيان ينفين ينفوا نافيا نافية نفاه نفته ينفيه'))
      expect(nafa, f).toContain(f);
    const daa = forms({ past: 'دعا', pastShort: 'دعو', present: 'يدعو', participleStems: ['داعي'] }, true);
    for (const f of n('دعا دعت دعوا دعتا دعون دعوت يدعو تدعو يدعون يدعوان داعيا دعاه دعتهم يدعوهم')) expect(daa, f).toContain(f);
    const raa = forms({ past: 'رأى', pastShort: 'رأي', present: 'يرى' });
    for (const f of n('رأى رأت رأوا رأيا يرى ترى يرون يريان')) expect(raa, f).toContain(f);
    expect(raa).not.toContain('ير');
    // A defective perfect in i keeps its ي before ت but not before وا: خشيت، خشوا.
    const khashiya = forms({ past: 'خشي', present: 'يخشى' });
    for (const f of n('خشي خشيت خشوا خشيا خشيتا يخشى تخشى يخشون تخشون يخشيان يخشوا')) expect(khashiya, f).toContain(f);
    expect(khashiya).not.toContain(normalizeArabic('خشيوا'));
    expect(khashiya).not.toContain(normalizeArabic('يخشيون'));
  });
  it('doubles the last letter of a geminate verb before consonant endings', () => {
    const got = forms({ past: 'ردّ', pastShort: 'ردد', present: 'يرد', presentShort: 'يردد' });
    for (const f of n('رد ردت ردوا رددت رددن يرد ترد يردون يرددن')) expect(got, f).toContain(f);
  });
  it('attaches object pronouns only when asked, and drops the alef of وا before them', () => {
    const plain = forms({ past: 'أبلغ', present: 'يبلغ' });
    expect(plain).not.toContain(normalizeArabic('أبلغه'));
    const withObjects = forms({ past: 'أبلغ', present: 'يبلغ' }, true);
    for (const f of n('أبلغه أبلغها أبلغهم أبلغته أبلغوه أبلغاه يبلغه تبلغهم يبلغونه أبلغني أبلغنا أبلغك'))
      expect(withObjects, f).toContain(f);
    expect(withObjects).not.toContain(normalizeArabic('أبلغواه'));
  });
});

describe('cue lexicon', () => {
  it('still recognizes every form the old hand-made lists had, as the same lemma or the lemma it was split into', () => {
    const splitFrom: Record<string, string> = { لمح: 'ألمح', حض: 'حث', ادعى: 'زعم', تساءل: 'سأل' };
    // The imperfect of أبلغ is spelled like that of بلغ (to amount to): cue-exclusions.json gives the corpus count.
    const droppedByCorpus = new Set(['يبلغ', 'تبلغ']);
    for (const [lemma, old] of Object.entries(handListed as Record<string, { forms: string[]; participles: string[] }>)) {
      for (const f of old.forms) {
        if (droppedByCorpus.has(f)) continue;
        const got = lookupCue(normalizeArabic(f))?.form;
        expect(got, f).toBeDefined();
        expect(splitFrom[got?.verb.lemma ?? ''] ?? got?.verb.lemma, f).toBe(lemma);
      }
      for (const f of old.participles) expect(CUE_FORMS.get(normalizeArabic(f))?.participle, f).toBe(true);
    }
  });
  it('leaves out the excluded homographs', () => {
    for (const f of CUE_EXCLUSIONS.forms) expect(CUE_FORMS.has(normalizeArabic(f)), f).toBe(false);
  });
  it('gives every lemma a kind and a past stem', () => {
    for (const v of CUES.verbs) {
      expect(v.past.length, v.lemma).toBeGreaterThan(1);
      expect(v.kind, v.lemma).toMatch(/^[A-Z]+$/);
    }
  });
  it('reads و/ف before any cue and ل only before a 3rd person imperfect', () => {
    expect(lookupCue(normalizeArabic('وأكد'))?.prefixed).toBe(true);
    expect(lookupCue(normalizeArabic('فرد'))).toBeNull();
    expect(lookupCue(normalizeArabic('وحث'))?.form.verb.lemma).toBe('حث');
    expect(lookupCue(normalizeArabic('ليؤكد'))?.form.verb.lemma).toBe('أكد');
    expect(lookupCue(normalizeArabic('وليعلن'))?.form.verb.lemma).toBe('أعلن');
    expect(lookupCue(normalizeArabic('سيعلن'))).toBeNull();
    expect(lookupCue(normalizeArabic('لأكد'))).toBeNull();
    // A subjunctive plural reports speech only after لـ: "وأن يؤكدوا" is an obligation, "لن يقولوا" a denial.
    expect(lookupCue(normalizeArabic('يؤكدوا'))).toBeNull();
    expect(lookupCue(normalizeArabic('ليؤكدوا'))?.form.verb.lemma).toBe('أكد');
  });
});

/** Statements of a short text as [speaker name, cue as written, kind, content]. */
function said(text: string) {
  const g = extract({ text });
  const name = (id: string) => g.actors.find((a) => a.id === id)?.name ?? id;
  return g.statements.map((s) => ({
    speaker: name(s.speakerId),
    cue: s.cue ? text.slice(s.cue.start, s.cue.end) : '',
    kind: s.kind,
    content: s.content.text,
  }));
}

describe('cue recognition in context', () => {
  it('a dual perfect', () => {
    const got = said('وأكدتا الوزيرتان أن المفاوضات ستستأنف الشهر المقبل.');
    expect(got.map((s) => s.content)).toContain('المفاوضات ستستأنف الشهر المقبل');
  });
  it('an imperfect with the نون prefix inside a quotation is the quoted speaker, not a new one', () => {
    const got = said('قال وزير الخارجية سامي العلي: "نؤكد أن موقفنا ثابت".');
    expect(got.length).toBeGreaterThan(0);
    expect(got[0]?.speaker).toContain('سامي');
  });
  it('a feminine plural imperfect and a plural participle', () => {
    const got = said('وقالت الناشطات إن الحملة مستمرة، مؤكدات أنهن لن يتراجعن.');
    expect(got.map((s) => s.content).join(' | ')).toContain('الحملة مستمرة');
  });
  it('a verb with an object pronoun', () => {
    const got = said('التقى الوزير سامي العلي نظيره الفرنسي. وأبلغه العلي أن بلاده ستدعم المبادرة.');
    const s = got.find((x) => x.content.includes('ستدعم المبادرة'));
    expect(s?.cue).toBe('وأبلغه');
  });
  it('و glued to a two-letter verb', () => {
    const got = said('وحث رئيس الوزراء سامي العلي المواطنين على التصويت في الانتخابات.');
    const s = got.find((x) => x.cue === 'وحث');
    expect(s?.kind).toBe('DEMAND');
    expect(s?.content).toContain('التصويت');
  });
  it('لـ with the subjunctive continues the same speaker', () => {
    const got = said('قال الرئيس سامي العلي إن الاقتصاد يتعافى، ليؤكد أن الحكومة ستخفض الضرائب.');
    const s = got.find((x) => x.content.includes('ستخفض الضرائب'));
    expect(s?.speaker).toContain('سامي');
  });
  it('a lemma the corpus added, with its statement kind', () => {
    const got = said('وأنكر المتحدث باسم الشرطة سامي العلي أن تكون الشرطة قد اعتقلت أحدا.');
    expect(got.find((x) => x.content.includes('اعتقلت'))?.kind).toBe('DENIAL');
  });
  it('a verbal noun in construct with its speaker', () => {
    const got = said('وجاء القرار بعد تأكيد وزير الخارجية سامي العلي أن الاتفاق بات قريبا.');
    const s = got.find((x) => x.content.includes('الاتفاق بات قريبا'));
    expect(s?.cue).toBe('تأكيد');
  });
  it('a denied act of speech (jussive after لم) and a narration formula are no cues', () => {
    expect(said('ولم يشر الوزير سامي العلي إلى موعد الانتخابات.')).toEqual([]);
    expect(said('يذكر أن الانتخابات جرت العام الماضي.')).toEqual([]);
  });
  it('a generated homograph the corpus shows is another word stays out (مدينة، بين)', () => {
    expect(lookupCue(normalizeArabic('مدينة'))).toBeNull();
    expect(lookupCue(normalizeArabic('بين'))).toBeNull();
    expect(lookupCue(normalizeArabic('مبينا'))?.form.participle).toBe(true);
  });
});

describe('generateNounForms', () => {
  it('adds possessives, with ة written ت before them', () => {
    const f = new Set(generateNounForms('عرقلة'));
    expect([...f]).toEqual(expect.arrayContaining(['عرقله', 'عرقلته', 'عرقلتها', 'عرقلتهم']));
    expect(f.has('عرقلهها')).toBe(false);
  });
  it('inflects a participle or adjective in gender and number when asked', () => {
    const f = new Set(generateNounForms('متورط', true));
    expect([...f]).toEqual(expect.arrayContaining(['متورط', 'متورطه', 'متورطون', 'متورطين', 'متورطات', 'متورطتها']));
    expect(f.has('متورطونها')).toBe(false);
    expect(new Set(generateNounForms('ضلوع')).has('ضلوعون')).toBe(false);
  });
});

describe('pronoun paradigms spelled once (morphology.ts THIRD_PERSON_PRONOUNS)', () => {
  it('a preposition takes each 3rd person pronoun, with ى written ي before it', () => {
    expect(prepositionWithPronouns('عن')).toEqual(n('عنه عنها عنهم عنهما عنهن'));
    expect(prepositionWithPronouns('إلى', [MASCULINE_SINGULAR_PRONOUN])).toEqual(n('إليه'));
    expect(PREPOSITION_RESUMPTIVES).toEqual(new Set(n('به عنه إليه فيه')));
    expect(RESUMPTIVE_PRONOUNS.has(normalizeArabic('عليهم'))).toBe(true);
    // في after a cue is the document the words were said in, not a resumptive of the said thing.
    expect(RESUMPTIVE_PRONOUNS.has(normalizeArabic('فيها'))).toBe(false);
    expect(ANTECEDENT_RESUMPTIVES.has(normalizeArabic('فيها'))).toBe(true);
  });
  it('suffixes are cut longest first, so هما is not read as ها after م', () => {
    expect(THIRD_PERSON_PRONOUNS_LONGEST_FIRST.indexOf('هما')).toBeLessThan(THIRD_PERSON_PRONOUNS_LONGEST_FIRST.indexOf('ها'));
    expect(THIRD_PERSON_PRONOUNS_LONGEST_FIRST.at(-1)).toBe('ه');
    expect(new Set(THIRD_PERSON_PRONOUNS_LONGEST_FIRST)).toEqual(new Set(THIRD_PERSON_PRONOUNS));
  });
  it('the passive of a cue lemma (cues.json passive) is generated in the 3rd person only', () => {
    for (const f of n('سئل سئلت سئلوا سئلا')) expect(PASSIVE_FORMS.get(f)?.lemma, f).toBe('سأل');
    expect(PASSIVE_FORMS.has(normalizeArabic('سئلنا'))).toBe(false);
    // The passive is no cue: its subject is the one asked.
    expect(lookupCue(normalizeArabic('سئل'))).toBeNull();
  });
});
