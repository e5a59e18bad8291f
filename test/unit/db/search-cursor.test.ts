import { describe, expect, it } from 'vitest';
import { searchAfterOf } from '../../../src/db/queries/search.ts';

describe('searchAfterOf', () => {
  it('reads a search key as the numbers it was built from', () => {
    expect(searchAfterOf('')).toEqual({ kind: 'first' });
    expect(searchAfterOf('5 999998766 999999958 statement:a b')).toEqual({
      kind: 'parts',
      tier: 4,
      rank: 1233,
      prominence: 41,
      id: 'statement:a b',
    });
  });

  it('leaves any other cursor text to be compared as a string', () => {
    expect(searchAfterOf('5 000000001')).toEqual({ kind: 'text' });
    expect(searchAfterOf('5 12345 999999958 statement:a')).toEqual({ kind: 'text' });
    expect(searchAfterOf('x 999998766 999999958 statement:a')).toEqual({ kind: 'text' });
  });
});
