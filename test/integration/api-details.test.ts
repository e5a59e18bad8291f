/*
 * The details of issue 13 that the first rounds left out, over real HTTP, real Apollo, real
 * Neo4j: aggregates of deniedBy/answeredBy. Data of this file's own, dated in 1979, a year no
 * other test uses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DenialFacetsDocument } from '../../src/generated/operations.ts';
import {
  codes,
  CountingDatabase,
  dataOf,
  fixtureGraph,
  gql,
  serveArticles,
  serveSeed,
  testServer,
  type TestServer,
} from '../support/server.ts';
import type { Database } from '../../src/db/driver.ts';

const ART_A = 'article:t-d-a';
const ART_B = 'article:t-d-b';
const XA = 'actor:t-d-x';
const YA = 'actor:t-d-y';
const ZA = 'actor:t-d-z';
const S = (n: number) => `stmt:t-d-${n}`;

const actors = [
  { id: XA, name: 'سين التفصيلي', nameEn: 'Detail X' },
  { id: YA, name: 'صاد التفصيلي', nameEn: 'Detail Y', kind: 'GOVERNMENT' as const },
  { id: ZA, name: 'زاي التفصيلية', nameEn: 'Detail Z', kind: 'COUNTRY' as const },
];

/*
 * S1 (X's claim about Y) is denied by Y (S2) and by Z (S3, twice: S3 and S7 in April); S4 (X's
 * question) is answered by Y (S5). X speaks about Y in April (S1, S4) and in June (S6).
 */
const articleA = fixtureGraph({
  article: ART_A,
  publishedAt: '1979-04-10',
  actors,
  statements: [
    { id: S(1), speaker: XA, kind: 'CLAIM', text: 'قال سين إن صاد نقل المعدات سرا', about: [YA] },
    { id: S(2), speaker: YA, kind: 'DENIAL', text: 'نفى صاد أنه نقل أي معدات', about: [XA], denies: S(1) },
    { id: S(3), speaker: ZA, kind: 'DENIAL', text: 'نفت زاي رواية سين عن المعدات', about: [XA], denies: S(1) },
    { id: S(4), speaker: XA, kind: 'QUESTION', text: 'تساءل سين عن موعد رد صاد', about: [YA] },
    { id: S(5), speaker: YA, kind: 'ANSWER', text: 'رد صاد بأن الموعد لم يحدد', about: [XA], answers: S(4) },
    { id: S(7), speaker: ZA, kind: 'DENIAL', text: 'عادت زاي ونفت الرواية مجددا', about: [XA], denies: S(1) },
  ],
});

const articleB = fixtureGraph({
  article: ART_B,
  publishedAt: '1979-06-02',
  actors,
  statements: [{ id: S(6), speaker: XA, kind: 'CLAIM', text: 'أكد سين أن صاد لم يغير موقفه', about: [YA] }],
});

interface ListAggregate {
  totalCount: number;
  edges: { node: { id: string } }[];
  aggregate: { count: number; byKind: { kind: string; count: number }[]; topSpeakers: { actor: { id: string }; count: number }[] };
}

describe('issue 13 details', () => {
  let db: Database;
  let server: TestServer;
  let stop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    ({ db, server, stop } = await serveArticles([articleA, articleB]));
  });
  afterAll(() => stop());

  describe('aggregate on deniedBy and answeredBy', () => {
    const LISTS = `query($id: ID!) { statement(id: $id) {
      deniedBy(first: 1) { totalCount edges { node { id } } aggregate { count byKind { kind count } topSpeakers(first: 5) { actor { id } count } } }
      answeredBy(first: 1) { totalCount edges { node { id } } aggregate { count byKind { kind count } topSpeakers(first: 5) { actor { id } count } } }
    } }`;
    const lists = async (id: string) =>
      dataOf(await gql<{ statement: { deniedBy: ListAggregate; answeredBy: ListAggregate } }>(server.url, LISTS, { id })).statement;

    it("counts exactly the statements that deny one statement, all pages, not the page's", async () => {
      const { deniedBy, answeredBy } = await lists(S(1));
      expect(deniedBy.edges).toHaveLength(1);
      expect(deniedBy.totalCount).toBe(3);
      expect(deniedBy.aggregate).toEqual({
        count: 3,
        byKind: [{ kind: 'DENIAL', count: 3 }],
        topSpeakers: [
          { actor: { id: ZA }, count: 2 },
          { actor: { id: YA }, count: 1 },
        ],
      });
      expect(answeredBy.aggregate).toEqual({ count: 0, byKind: [], topSpeakers: [] });
    });

    it('counts exactly the statements that answer one statement', async () => {
      const { deniedBy, answeredBy } = await lists(S(4));
      expect(answeredBy.totalCount).toBe(1);
      expect(answeredBy.aggregate).toEqual({
        count: 1,
        byKind: [{ kind: 'ANSWER', count: 1 }],
        topSpeakers: [{ actor: { id: YA }, count: 1 }],
      });
      expect(deniedBy.aggregate.count).toBe(0);
    });

    it('computes the aggregates of many deniedBy lists in one query, whatever their number, within the cost limit', async () => {
      const counting = new CountingDatabase(db);
      const counted = await testServer(counting);
      try {
        const query = (first: number) => `{ statements(filter: {article: "${ART_A}"}, first: ${first}) { edges { node {
          deniedBy(first: 2) { aggregate { count byKind { kind count } } } answeredBy { aggregate { count } } } } } }`;
        const trips = async (first: number) => {
          counting.reset();
          const data = dataOf(
            await gql<{ statements: { edges: { node: { deniedBy: { aggregate: { count: number } } } }[] } }>(counted.url, query(first)),
          );
          return { runs: counting.runs, counts: data.statements.edges.map((e) => e.node.deniedBy.aggregate.count) };
        };
        const one = await trips(1);
        const six = await trips(6);
        expect(six.counts.sort()).toEqual([0, 0, 0, 0, 0, 3]);
        expect(six.runs).toBe(one.runs);
        // Without aggregate, no aggregate query.
        counting.reset();
        dataOf(await gql(counted.url, `{ statement(id: "${S(1)}") { deniedBy { totalCount edges { node { id } } } } }`));
        const plain = counting.runs;
        counting.reset();
        dataOf(
          await gql(counted.url, `{ statement(id: "${S(1)}") { deniedBy { totalCount edges { node { id } } aggregate { count } } } }`),
        );
        expect(counting.runs).toBe(plain + 1);
      } finally {
        await counted.close();
      }
      // 20 statements × 2 aggregates at 2,500 each: 100,000 is over the limit of 50,000; 5 × 2 is not.
      const heavy = await gql(
        server.url,
        '{ statements(first: 20) { edges { node { deniedBy { aggregate { count } } answeredBy { aggregate { count } } } } } }',
      );
      expect(codes(heavy)).toEqual(['QUERY_TOO_COMPLEX']);
      const light = await gql(
        server.url,
        '{ statements(first: 5) { edges { node { deniedBy { aggregate { count } } answeredBy { aggregate { count } } } } } }',
      );
      expect(light.body.errors).toBeUndefined();
    });
  });
});

describe('the example operations against the seed', () => {
  let server: TestServer;
  let stop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    ({ server, stop } = await serveSeed());
  });
  afterAll(() => stop());

  it("counts who denied each claim the seed's denials deny", async () => {
    const data = dataOf(await gql(server.url, DenialFacetsDocument));
    const denied = data.statements.edges.flatMap((e) => (e.node.denies ? [e.node.denies] : []));
    expect(denied.length).toBeGreaterThan(0);
    for (const claim of denied) {
      expect(claim.deniedBy.aggregate.count).toBe(claim.deniedBy.totalCount);
      expect(claim.deniedBy.aggregate.count).toBeGreaterThan(0);
      expect(claim.deniedBy.aggregate.topSpeakers.length).toBeGreaterThan(0);
    }
  });
});
