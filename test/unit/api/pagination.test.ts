import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { encodeCursor, keysetWindow, selects, statementFieldsAt } from '../../../src/api/pagination.ts';
import { loadConfig } from '../../../src/config.ts';

const api = loadConfig({}).api;

/** The resolve info of the first root field of `source`, as far as `selects` reads it. */
function infoOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  const field = operation.selectionSet.selections[0]!;
  if (field.kind !== 'Field') throw new Error('expected a field');
  return { fieldNodes: [field], fragments };
}

describe('cursors', () => {
  it('carry the sort key of a keyset list back into the next page request', () => {
    const cursor = encodeCursor('statements:NEWEST_FIRST', '7975-96-98~ article:a 000000012 stmt:a:3');
    expect(keysetWindow({ first: 5, after: cursor }, api, 'statements:NEWEST_FIRST', true)).toEqual({
      after: '7975-96-98~ article:a 000000012 stmt:a:3',
      limit: 5,
      withCount: true,
    });
    expect(keysetWindow({ first: 5 }, api, 'statements:NEWEST_FIRST', false)).toEqual({ after: '', limit: 5, withCount: false });
  });

  it("belong to their list and order: another list's cursor is a bad input", () => {
    const actors = encodeCursor('actors', '999999990 actor:x');
    expect(() => keysetWindow({ after: actors }, api, 'statements:NEWEST_FIRST', false)).toThrow(/another list/);
    const newest = encodeCursor('statements:NEWEST_FIRST', 'k');
    expect(() => keysetWindow({ after: newest }, api, 'statements:OLDEST_FIRST', false)).toThrow(/another list/);
    // A position cursor (as offset-paged lists once gave) is no key of a keyset list.
    const offset = encodeCursor('timeline', 3);
    expect(() => keysetWindow({ after: offset }, api, 'timeline', false)).toThrow(/not a position/);
    expect(() => keysetWindow({ after: 'not-a-cursor' }, api, 'timeline', false)).toThrow(/invalid cursor/);
  });
});

describe('selects', () => {
  it('sees a subfield asked for directly, through inline fragments and through fragment spreads', () => {
    expect(selects(infoOf('{ statements { totalCount edges { cursor } } }'), 'totalCount')).toBe(true);
    expect(selects(infoOf('{ statements { edges { node { id } } } }'), 'totalCount')).toBe(false);
    expect(selects(infoOf('{ statements { ... on StatementConnection { totalCount } } }'), 'totalCount')).toBe(true);
    expect(selects(infoOf('{ statements { ...Page } } fragment Page on StatementConnection { count: totalCount }'), 'totalCount')).toBe(
      true,
    );
  });

  it("does not mistake a nested field of the same name for the list's own", () => {
    expect(selects(infoOf('{ actors { edges { node { statements { totalCount } } } } }'), 'totalCount')).toBe(false);
  });
});

describe('statementFieldsAt', () => {
  const at = (source: string) => statementFieldsAt(infoOf(source), ['edges', 'node']);

  it('lists the statement properties a selection reads, always the id, through fragments on Statement and its abstract types', () => {
    expect(at('{ search(query: "x") { edges { node { ... on Statement { id text } } } } }')).toEqual(['id', 'text']);
    expect(at('{ search(query: "x") { edges { node { __typename ... on Node { id } ... on Statement { kind } } } } }')).toEqual([
      'id',
      'kind',
    ]);
    expect(at('{ search(query: "x") { edges { node { ...S } } } } fragment S on Statement { evidence { sentence } }')).toEqual([
      'cueEnd',
      'cueStart',
      'end',
      'id',
      'sentence',
      'sentenceEnd',
      'sentenceStart',
      'start',
    ]);
    // A link is fetched by its own projection part; `article` falls back on the article id.
    expect(at('{ search(query: "x") { edges { node { ... on Statement { text speaker { name } article { id } } } } } }')).toEqual([
      'articleId',
      'id',
      'text',
    ]);
  });

  it('leaves out the fields of fragments on other types, and makes the projection whole for a field it does not know', () => {
    expect(at('{ search(query: "x") { edges { node { ... on Actor { name aliases } ... on Statement { text } } } } }')).toEqual([
      'id',
      'text',
    ]);
    expect(at('{ search(query: "x") { edges { node { ... on Statement { text somethingNew } } } } }')).toBeUndefined();
  });
});
