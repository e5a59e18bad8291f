import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { OPERATIONS, publishedDate, type Operation } from '../../../bench/operations/index.ts';
import { geometricMean, ratio, type OperationResult, type RunResult } from '../../../bench/read/report.ts';

const op = (name: string): Operation => {
  const found = OPERATIONS.find((o) => o.name === name);
  if (!found) throw new Error(`no operation ${name}`);
  return found;
};

describe('read benchmark operations', () => {
  it('has the eight operations of issue 12, each with a query for every contender', () => {
    expect(OPERATIONS.map((o) => o.name)).toEqual([
      'actor-statements',
      'speaker-target',
      'statements-page5',
      'who-said-what',
      'graph-depth2',
      'actor-network',
      'search',
      'statement-aggregate',
    ]);
    for (const o of OPERATIONS) {
      expect(o.qawl.query).toMatch(/query \w+/);
      expect(o.peer.query).toMatch(/query \w+/);
      expect(o.raw.cypher).toMatch(/RETURN/);
    }
  });

  it('normalizes the three shapes of the same actor page to one answer', () => {
    const statement = { id: 'stmt:a:1', text: 'قال الوزير إن المحادثات مستمرة', kind: 'CLAIM', publishedAt: '2024-02-03' };
    const qawl = {
      actor: {
        id: 'actor:x',
        name: 'الوزير',
        statementsBy: {
          edges: [
            {
              node: {
                ...statement,
                about: [
                  { __typename: 'Place', id: 'place:p' },
                  { __typename: 'Actor', id: 'actor:y' },
                ],
              },
            },
          ],
        },
      },
    };
    const peer = {
      actors: [
        {
          id: 'actor:x',
          name: 'الوزير',
          said: [{ ...statement, aboutActors: [{ id: 'actor:y' }], aboutEvents: [], aboutSectors: [], aboutPlaces: [{ id: 'place:p' }] }],
        },
      ],
    };
    const raw = { actor: { id: 'actor:x', name: 'الوزير', statements: [{ ...statement, about: ['actor:y', 'place:p'] }] } };
    const { normalize } = op('actor-statements');
    expect(normalize['neo4j-graphql'](peer)).toEqual(normalize.qawl(qawl));
    expect(normalize.raw(raw)).toEqual(normalize.qawl(qawl));
    const otherTarget = { actor: { ...raw.actor, statements: [{ ...statement, about: ['actor:z', 'place:p'] }] } };
    expect(isDeepStrictEqual(normalize.raw(otherTarget), normalize.qawl(qawl))).toBe(false);
  });

  it('compares publishedAt as the date Qawl serves: a stored datetime equals its date part, another day does not', () => {
    const statement = { id: 'stmt:a:1', text: 'قال الوزير إن المحادثات مستمرة', kind: 'CLAIM' };
    const page = (publishedAt: string) => ({
      actor: { id: 'actor:x', name: 'الوزير', statements: [{ ...statement, publishedAt, about: [] }] },
    });
    const qawl = {
      actor: { id: 'actor:x', name: 'الوزير', statementsBy: { edges: [{ node: { ...statement, publishedAt: '2018-10-10', about: [] } }] } },
    };
    const { normalize } = op('actor-statements');
    expect(normalize.raw(page('2018-10-10T16:43:50.000Z'))).toEqual(normalize.qawl(qawl));
    expect(isDeepStrictEqual(normalize.raw(page('2018-10-11T00:10:00.000Z')), normalize.qawl(qawl))).toBe(false);
    expect(publishedDate('2018-10')).toBe('2018-10');
    expect(publishedDate(null)).toBeNull();
  });

  it("groups the library's per-actor aggregates like whoSaidWhatAbout", () => {
    const qawl = {
      whoSaidWhatAbout: {
        totalCount: 5,
        speakers: {
          edges: [
            { node: { speaker: { id: 'actor:a', name: 'أ' }, count: 3 } },
            { node: { speaker: { id: 'actor:b', name: 'ب' }, count: 2 } },
          ],
        },
      },
    };
    const peer = {
      actors: [
        { id: 'actor:b', name: 'ب', saidConnection: { aggregate: { count: { nodes: 2 } } } },
        { id: 'actor:a', name: 'أ', saidConnection: { aggregate: { count: { nodes: 3 } } } },
      ],
    };
    const { normalize } = op('who-said-what');
    expect(normalize['neo4j-graphql'](peer)).toEqual(normalize.qawl(qawl));
  });

  it('compares a truncated neighbourhood by its center and size only', () => {
    const graph = (ids: string[]) => ({ graph: { nodes: ids.map((id) => ({ id, type: 'Statement' })), edges: [], truncated: true } });
    const { normalize } = op('graph-depth2');
    expect(normalize.raw(graph(['actor:c', 'stmt:1', 'stmt:2']))).toEqual(normalize.qawl(graph(['actor:c', 'stmt:3', 'stmt:4'])));
    expect(normalize.raw(graph(['actor:c', 'stmt:1']))).not.toEqual(normalize.qawl(graph(['actor:c', 'stmt:3', 'stmt:4'])));
  });
});

describe('read benchmark ratios', () => {
  const run = (contender: RunResult['contender'], reqPerSec: number, failure: string | null = null): RunResult => ({
    contender,
    connections: 1,
    requests: 10,
    reqPerSec,
    p50: 1,
    p99: 2,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    mismatches: 0,
    failure,
    note: null,
  });
  const result = (runs: RunResult[], status: OperationResult['status'] = 'ok'): OperationResult => ({
    graph: '1000',
    op: 'x',
    title: 'x',
    status,
    note: null,
    failedContenders: [],
    runs,
  });

  it("divides Qawl's requests/s by the other contender's and leaves failures out of the mean", () => {
    const ok = result([run('qawl', 200), run('neo4j-graphql', 50), run('raw', 400)]);
    const peerFailed = result([run('qawl', 100), run('neo4j-graphql', 0, 'no answer'), run('raw', 100)]);
    expect(ratio(ok, 'neo4j-graphql', 1)).toBe(4);
    expect(ratio(ok, 'raw', 1)).toBe(0.5);
    expect(ratio(peerFailed, 'neo4j-graphql', 1)).toBeNull();
    const other = result([run('qawl', 100), run('neo4j-graphql', 100), run('raw', 100)]);
    expect(geometricMean([ok, other, peerFailed], 'neo4j-graphql', [1])).toEqual({ value: 2, pairs: 2, excluded: 1 });
  });
});
