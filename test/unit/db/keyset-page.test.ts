import { Record as Neo4jRecord } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { keysetPageOf } from '../../../src/db/queries/shared.ts';

const isItem = (v: unknown): v is { id: string } => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string';
const recordOf = (rows: unknown[]) => new Neo4jRecord(['rows'], [rows]);
const request = { after: '', limit: 2, withCount: false };

describe('keysetPageOf', () => {
  it('reads the page and says whether more follow', () => {
    const page = keysetPageOf(
      [
        recordOf([
          { key: 'a', node: { id: 'x' } },
          { key: 'b', node: { id: 'y' } },
          { key: 'c', node: { id: 'z' } },
        ]),
      ],
      request,
      isItem,
    );
    expect(page).toMatchObject({ items: [{ id: 'x' }, { id: 'y' }], keys: ['a', 'b'], hasMore: true, totalCount: null });
  });

  it('leaves out a node deleted by another transaction during the read (projected with a null id)', () => {
    const page = keysetPageOf(
      [
        recordOf([
          { key: 'a', node: { id: null, title: null } },
          { key: 'b', node: { id: 'y' } },
        ]),
      ],
      request,
      isItem,
    );
    expect(page.items).toEqual([{ id: 'y' }]);
    expect(page.keys).toEqual(['b']);
  });

  it('still fails loudly on a row of the wrong shape', () => {
    expect(() => keysetPageOf([recordOf([{ key: 'a', node: { id: 7 } }])], request, isItem)).toThrow(/expected shape/);
  });
});
