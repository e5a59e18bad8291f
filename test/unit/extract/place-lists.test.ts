import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';

const places = (text: string) => extract({ text }).places.map((p) => p.name);

describe('a plural or dual place head and the list of names after it', () => {
  const cases: [string, string[], string][] = [
    ['وسيطر الجيش على قرى المدب والغرزة والمنصورة أمس.', ['المدب', 'الغرزة', 'المنصورة'], 'definite names glued to و'],
    ['وقصفت الطائرات مدينتي القنيطرة وسلا.', ['القنيطرة', 'سلا'], 'a dual head'],
    ['وشمل الإضراب بلدات كفرزيتا و"اللطامنة" وحلفايا.', ['كفرزيتا', 'اللطامنة', 'حلفايا'], 'a quoted name and a separate و'],
    ['ونزح السكان من محافظتي صعدة وعمران وعززوا مواقعهم.', ['صعدة', 'عمران'], 'a verb in وا ends the list'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(places(text)).toEqual(expect.arrayContaining(expected));
  });
  it.each([
    ['وجاءت الأموال من جزر البليار وحكومات أخرى.', 'a plural after و is a common noun: no list of two'],
    ['وزار الوفد مدن العالم الكبرى.', 'one definite word is no list'],
    ['ويعيش اللاجئون في مدن كثيرة.', 'an adjective'],
  ])('%s (%s) adds no place', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('a place named after its head', () => {
  it('ends where a second head opens another place ("مدينة أ وقرية ب")', () => {
    expect(places('ووقعت الاشتباكات في مدينة حيس وقرية المنصورة أمس.')).toEqual(['حيس', 'المنصورة']);
  });
});

describe('a quoted name after a place head', () => {
  it.each([
    ['وتحطمت الطائرة على جبل "كوران" شرق البلاد.', 'كوران'],
    ['وأمضى الرئيس عطلته في منتجع "بلوبيرد" الساحلي.', 'بلوبيرد'],
  ])('%s → %s', (text, name) => {
    expect(places(text)).toContain(name);
  });
  it('a quotation opened after a head without closing on the name is no place', () => {
    expect(places('وقال مسؤول في المدينة "إن الوضع هادئ تماما".')).toEqual([]);
  });
});

describe('ضواحي as a place head', () => {
  it('reads the name after it', () => {
    expect(places('وسقطت القذيفة في ضواحي كفرتوما مساء.')).toContain('كفرتوما');
  });
  it('leaves a following head to open the place', () => {
    expect(places('وانتشرت القوات في ضواحي العاصمة.')).toEqual([]);
    expect(places('وانتشرت القوات في ضواحي مدينة كفرتوما.')).toEqual(['كفرتوما']);
  });
});
