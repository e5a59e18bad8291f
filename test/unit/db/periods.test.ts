import { describe, expect, it } from 'vitest';
import { periodRange } from '../../../src/db/queries/network.ts';
import { periodsBetween } from '../../../src/db/queries/statements.ts';
import { periodLabel, periodOf } from '../../../src/graph/model.ts';

describe('the periods of the precomputed actor network', () => {
  it.each([
    ['2022-12-05T10:00:00Z', '2022-12'],
    ['2022-12', '2022-12'],
    ['2022', '2022'],
    [null, null],
  ])('a statement dated %s is in period %s', (date, period) => {
    expect(periodOf(date)).toBe(period);
  });

  it('labels a period with digits and underscores only', () => {
    expect(periodLabel('2022-12')).toBe('Period_2022_12');
    expect(periodLabel('2022')).toBe('Period_2022');
  });

  it.each([
    ['2022-12', '2022-12', ['2022-12']],
    // A year: its year-only dates and its twelve months.
    ['2022', '2022', ['2022', ...Array.from({ length: 12 }, (_, i) => `2022-${String(i + 1).padStart(2, '0')}`)]],
    // From a month on, the year-only dates of its year sort before it: left out, as `publishedAt >= from` leaves them.
    ['2022-11', '2023', ['2022-11', '2022-12', '2023', ...Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`)]],
    ['2023-02', '2023-01', []],
  ])('counts %s to %s as periods %j', (from, to, periods) => {
    expect(periodsBetween(from, to)).toEqual(periods);
  });

  it.each([
    ['2022-12-05', '2022-12-05'],
    ['2022-12', null],
    [null, '2022'],
    ['1900', '2022'],
  ])('leaves %s to %s to the index (a day, an open end, too many years)', (from, to) => {
    expect(periodsBetween(from, to)).toBeNull();
  });

  const network = { kinds: null, article: null, text: null, cooccurrence: 'NONE' as const };
  it('reads a network of dates only, each a year or a month, from the periods', () => {
    expect(periodRange({ ...network, from: null, to: null })).toEqual({ single: '', from: '', toUpper: '' });
    expect(periodRange({ ...network, from: '2022-12', to: '2022-12' })).toEqual({
      single: '2022-12',
      from: '2022-12',
      toUpper: '2022-12\uffff',
    });
    expect(periodRange({ ...network, from: '2022', to: '2022' })).toEqual({ single: null, from: '2022', toUpper: '2022\uffff' });
    expect(periodRange({ ...network, from: '2022-03', to: null })).toEqual({ single: null, from: '2022-03', toUpper: '\uffff' });
  });

  it('reads a network with any other condition, a day, or co-occurrences from the statements', () => {
    expect(periodRange({ ...network, from: '2022-12-05', to: '2022-12-05' })).toBeNull();
    expect(periodRange({ ...network, kinds: ['DENIAL'], from: null, to: null })).toBeNull();
    expect(periodRange({ ...network, article: 'article:x', from: null, to: null })).toBeNull();
    expect(periodRange({ ...network, text: 'كلمة', from: null, to: null })).toBeNull();
    expect(periodRange({ ...network, cooccurrence: 'ARTICLE', from: null, to: null })).toBeNull();
  });
});
