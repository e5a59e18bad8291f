/*
 * The details of issue 13 that the first rounds left out, over real HTTP, real Apollo, real
 * Neo4j: aggregates of deniedBy/answeredBy. Data of this file's own, dated in 1979, a year no
 * other test uses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleMentionsDocument, DenialFacetsDocument, StanceStatementsInRangeDocument } from '../../src/generated/operations.ts';
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

const CITY = 'place:t-d-city';

const articleB = fixtureGraph({
  article: ART_B,
  publishedAt: '1979-06-02',
  actors,
  places: [{ id: CITY, name: 'مدينة التفاصيل' }],
  // The emoji is two UTF-16 code units and one code point: every offset after it tells which one counts.
  statements: [{ id: S(6), speaker: XA, kind: 'CLAIM', text: 'أكد سين 🙂 من مدينة التفاصيل أن صاد لم يغير موقفه', about: [YA] }],
});

/** Every place `word` stands in `text`, as DocumentGraph spans (UTF-16 offsets, as JavaScript counts). */
function spansOf(text: string, word: string) {
  const spans: { start: number; end: number; text: string }[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    spans.push({ start: at, end: at + word.length, text: word });
  }
  return spans;
}

// Real mention spans in article B (the fixture's are placeholders), and where Y is based.
const SHORT_NAMES: Record<string, string> = { [XA]: 'سين', [YA]: 'صاد', [ZA]: 'زاي' };
for (const actor of articleB.actors) actor.mentions = spansOf(articleB.article.text, SHORT_NAMES[actor.id]!);
articleB.places[0]!.mentions = spansOf(articleB.article.text, 'مدينة التفاصيل');
articleB.actors.find((a) => a.id === YA)!.basedInIds = [CITY];

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

  describe('Article.mentions and Actor.basedIn', () => {
    const MENTIONS = `query($id: ID!, $subject: ID, $first: Int, $after: String) { article(id: $id) { text
      mentions(subject: $subject, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { start end text subject { __typename id displayName } } } } } }`;
    interface Mentions {
      article: {
        text: string;
        mentions: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { start: number; end: number; text: string; subject: { __typename: string; id: string; displayName: string } } }[];
        };
      };
    }
    const mentions = async (variables: Record<string, unknown>) =>
      dataOf(await gql<Mentions>(server.url, MENTIONS, { id: ART_B, ...variables })).article;

    it('lists where the text names each subject, in text order, with UTF-16 offsets and the surface text', async () => {
      const article = await mentions({});
      const found = article.mentions.edges.map((e) => e.node);
      expect(found.map((m) => [m.subject.id, m.text])).toEqual([
        [XA, 'سين'],
        [CITY, 'مدينة التفاصيل'],
        [YA, 'صاد'],
      ]);
      expect(article.mentions.totalCount).toBe(3);
      for (const m of found) expect(article.text.slice(m.start, m.end)).toBe(m.text);
      // After the emoji: code-unit offsets, one more than the code-point count.
      const y = found.find((m) => m.subject.id === YA)!;
      expect(y.start).toBe(articleB.article.text.indexOf('صاد'));
      expect([...articleB.article.text.slice(0, y.start)].length).toBe(y.start - 1);
      expect(found[1]!.subject).toEqual({ __typename: 'Place', id: CITY, displayName: 'مدينة التفاصيل' });
    });

    it("filters by subject and pages by cursor; a cursor of another subject's list is refused", async () => {
      const onlyY = await mentions({ subject: YA });
      expect(onlyY.mentions.edges.map((e) => e.node.subject.id)).toEqual([YA]);
      expect((await mentions({ subject: 'actor:t-d-nobody' })).mentions).toMatchObject({ totalCount: 0, edges: [] });
      const first = await mentions({ first: 2 });
      expect(first.mentions.pageInfo.hasNextPage).toBe(true);
      const second = await mentions({ first: 2, after: first.mentions.pageInfo.endCursor });
      expect(second.mentions.edges.map((e) => e.node.subject.id)).toEqual([YA]);
      expect(second.mentions.pageInfo.hasNextPage).toBe(false);
      const foreign = await gql(server.url, MENTIONS, { id: ART_B, subject: XA, after: first.mentions.pageInfo.endCursor });
      expect(codes(foreign)).toEqual(['BAD_USER_INPUT']);
    });

    it('says where actors are based, and an empty list when the graph does not say', async () => {
      const data = dataOf(
        await gql<{ y: { basedIn: { id: string; name: string }[] }; x: { basedIn: { id: string }[] } }>(
          server.url,
          `{ y: actor(id: "${YA}") { basedIn { id name } } x: actor(id: "${XA}") { basedIn { id } } }`,
        ),
      );
      expect(data.y.basedIn).toEqual([{ id: CITY, name: 'مدينة التفاصيل' }]);
      expect(data.x.basedIn).toEqual([]);
    });

    it('loads the mentions of a page of articles in one query', async () => {
      const counting = new CountingDatabase(db);
      const counted = await testServer(counting);
      try {
        counting.reset();
        dataOf(await gql(counted.url, `{ a: article(id: "${ART_A}") { id } b: article(id: "${ART_B}") { id } }`));
        const articlesOnly = counting.runs;
        counting.reset();
        dataOf(
          await gql(
            counted.url,
            `{ a: article(id: "${ART_A}") { mentions { totalCount edges { node { text subject { id } } } } }
               b: article(id: "${ART_B}") { mentions(first: 2) { edges { node { start subject { displayName } } } } } }`,
          ),
        );
        expect(counting.runs).toBe(articlesOnly + 1);
      } finally {
        await counted.close();
      }
    });
  });

  describe('strict date scalars', () => {
    const KEY = { authorization: 'Bearer test-key-1' };
    const DENIALS = 'query($from: PartialDate, $to: PartialDate) { denials(from: $from, to: $to) { totalCount } }';
    const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status userErrors { code } } }';

    it('PartialDate takes a year, a month or a day, as the filters always did, and refuses impossible ones', async () => {
      for (const from of ['1979', '1979-04', '1979-04-10', '2024-02-29']) {
        expect(dataOf(await gql(server.url, DENIALS, { from })), from).toBeDefined();
      }
      expect(
        dataOf(await gql<{ denials: { totalCount: number } }>(server.url, DENIALS, { from: '1979', to: '1979-04' })).denials.totalCount,
      ).toBe(3);
      for (const from of ['2024-02-30', '2023-02-29', '2024-13', '2024-00', '24-01-01', '2024-1-5', '2024-04-31', '2024-01-01T00:00:00Z']) {
        expect(codes(await gql(server.url, DENIALS, { from })), `variable ${from}`).toEqual(['BAD_USER_INPUT']);
        expect(codes(await gql(server.url, `{ denials(from: "${from}") { totalCount } }`)), `literal ${from}`).toEqual(['BAD_USER_INPUT']);
      }
      // Inside an input object too.
      expect(codes(await gql(server.url, '{ statements(filter: {to: "1979-02-30"}) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    });

    it('Date is YYYY-MM-DD only, a real calendar day, in a variable or a literal', async () => {
      for (const publishedAt of ['2024-02-30', '2024-02', '2024', '2024-02-10T10:00:00Z']) {
        const variable = await gql(server.url, INGEST, { input: { text: 'نص قصير للاختبار', publishedAt } }, KEY);
        expect(codes(variable), `variable ${publishedAt}`).toEqual(['BAD_USER_INPUT']);
        const literal = await gql(
          server.url,
          `mutation { ingestArticle(input: {text: "نص قصير للاختبار", publishedAt: "${publishedAt}"}) { status } }`,
          {},
          KEY,
        );
        expect(codes(literal), `literal ${publishedAt}`).toEqual(['BAD_USER_INPUT']);
      }
    });

    it('serves stored dates as PartialDate and the load time as a DateTime', async () => {
      const data = dataOf(
        await gql<{ article: { publishedAt: string; ingestedAt: string }; statement: { publishedAt: string } }>(
          server.url,
          `{ article(id: "${ART_B}") { publishedAt ingestedAt } statement(id: "${S(1)}") { publishedAt } }`,
        ),
      );
      expect(data.article.publishedAt).toBe('1979-06-02');
      expect(data.statement.publishedAt).toBe('1979-04-10');
      expect(data.article.ingestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
      expect(Date.now() - Date.parse(data.article.ingestedAt)).toBeGreaterThanOrEqual(0);
    });
  });

  describe('date ranges on stanceNetwork and Stance.statements', () => {
    const STANCES = `query($kinds: [StatementKind!], $minCount: Int, $from: PartialDate, $to: PartialDate, $after: String) {
      stanceNetwork(kinds: $kinds, minCount: $minCount, from: $from, to: $to, first: 10, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { speaker { id } target { id } count kinds { kind count } } } } }`;
    interface Stances {
      stanceNetwork: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { speaker: { id: string }; target: { id: string }; count: number; kinds: { kind: string; count: number }[] } }[];
      };
    }
    const stances = async (variables: Record<string, unknown>) => {
      const data = dataOf(await gql<Stances>(server.url, STANCES, variables)).stanceNetwork;
      return { ...data, edges: data.edges.map((e) => [e.node.speaker.id, e.node.target.id, e.node.count] as const) };
    };

    it('counts only the statements of the range on each edge, strongest first', async () => {
      const year = await stances({ from: '1979', to: '1979' });
      expect(year.edges).toEqual([
        [XA, YA, 3],
        [YA, XA, 2],
        [ZA, XA, 2],
      ]);
      expect(year.totalCount).toBe(3);
      const june = await stances({ from: '1979-06', to: '1979' });
      expect(june.edges).toEqual([[XA, YA, 1]]);
      const april = dataOf(await gql<Stances>(server.url, STANCES, { from: '1979-01-01', to: '1979-04' })).stanceNetwork;
      expect(april.edges.map((e) => [e.node.speaker.id, e.node.count, e.node.kinds])).toEqual([
        [
          XA,
          2,
          [
            { kind: 'CLAIM', count: 1 },
            { kind: 'QUESTION', count: 1 },
          ],
        ],
        [
          YA,
          2,
          [
            { kind: 'ANSWER', count: 1 },
            { kind: 'DENIAL', count: 1 },
          ],
        ],
        [ZA, 2, [{ kind: 'DENIAL', count: 2 }]],
      ]);
    });

    it('takes kinds and minCount with the range, and pages by cursor', async () => {
      expect((await stances({ from: '1979', to: '1979', kinds: ['DENIAL'] })).edges).toEqual([
        [ZA, XA, 2],
        [YA, XA, 1],
      ]);
      expect((await stances({ from: '1979', to: '1979', kinds: ['DENIAL', 'CLAIM'], minCount: 2 })).edges).toEqual([
        [XA, YA, 2],
        [ZA, XA, 2],
      ]);
      const STANCE_PAGE = `query($after: String) { stanceNetwork(from: "1979", to: "1979", first: 1, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { speaker { id } target { id } } } } }`;
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 5; i++) {
        const page: Stances['stanceNetwork'] = dataOf(await gql<Stances>(server.url, STANCE_PAGE, { after })).stanceNetwork;
        seen.push(...page.edges.map((e) => `${e.node.speaker.id}->${e.node.target.id}`));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual([`${XA}->${YA}`, `${YA}->${XA}`, `${ZA}->${XA}`]);
    });

    it("lists an edge's statements of the range, counted and aggregated for the same range", async () => {
      const data = dataOf(
        await gql<{
          stanceNetwork: {
            edges: {
              node: {
                speaker: { id: string };
                june: { totalCount: number; edges: { node: { id: string } }[]; aggregate: { count: number } };
                april: { totalCount: number; edges: { node: { id: string } }[] };
                all: { totalCount: number };
              };
            }[];
          };
        }>(
          server.url,
          `{ stanceNetwork(from: "1979", to: "1979", first: 3) { edges { node { speaker { id }
            june: statements(from: "1979-06") { totalCount edges { node { id } } aggregate { count } }
            april: statements(from: "1979-04-01", to: "1979-04-30") { totalCount edges { node { id } } }
            all: statements { totalCount } } } } }`,
        ),
      ).stanceNetwork;
      const edge = data.edges.find((e) => e.node.speaker.id === XA)!.node;
      expect(edge.june).toEqual({ totalCount: 1, edges: [{ node: { id: S(6) } }], aggregate: { count: 1 } });
      expect(edge.april.edges.map((e) => e.node.id)).toEqual([S(1), S(4)]);
      expect(edge.april.totalCount).toBe(2);
      expect(edge.all.totalCount).toBe(3);
    });

    it('is one Cypher round trip, and one more for the statements of every edge of the page', async () => {
      const counting = new CountingDatabase(db);
      const counted = await testServer(counting);
      try {
        const trips = async (query: string) => {
          counting.reset();
          dataOf(await gql(counted.url, query));
          return counting.runs;
        };
        expect(await trips('{ stanceNetwork(from: "1979", to: "1979-06") { totalCount edges { node { count kinds { kind } } } } }')).toBe(
          1,
        );
        expect(
          await trips(`{ stanceNetwork(from: "1979", first: 5) { edges { node {
            statements(from: "1979", first: 2) { totalCount edges { node { id } } } } } } }`),
        ).toBe(2);
      } finally {
        await counted.close();
      }
    });

    it('refuses a range that ends before it starts', async () => {
      expect(codes(await gql(server.url, STANCES, { from: '1979-06', to: '1979-04' }))).toEqual(['BAD_USER_INPUT']);
      const nested = await gql(
        server.url,
        '{ stanceNetwork(first: 1) { edges { node { statements(from: "1979-06", to: "1979-04") { totalCount } } } } }',
      );
      expect(codes(nested)).toContain('BAD_USER_INPUT');
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

  it('lists the edges and statements of one month of the seed', async () => {
    const data = dataOf(await gql(server.url, StanceStatementsInRangeDocument)).stanceNetwork;
    expect(data.edges.length).toBeGreaterThan(0);
    for (const { node } of data.edges) {
      expect(node.statements.totalCount).toBe(node.count);
      expect(node.statements.edges.every((e) => e.node.publishedAt?.startsWith('2021-07'))).toBe(true);
    }
    const none = dataOf(await gql(server.url, StanceStatementsInRangeDocument, { from: '1900', to: '1900' })).stanceNetwork;
    expect(none).toEqual({ totalCount: 0, edges: [] });
  });

  it('lists where the seed article names Biden, each span cutting his name out of the text', async () => {
    const data = dataOf(await gql(server.url, ArticleMentionsDocument)).article!;
    const text = dataOf(await gql<{ article: { text: string } }>(server.url, `{ article(id: "${data.id}") { text } }`)).article.text;
    expect(data.mentions.totalCount).toBeGreaterThan(0);
    for (const { node } of data.mentions.edges) {
      expect(node.subject.id).toBe('actor:joe-biden');
      expect(text.slice(node.start, node.end)).toBe(node.text);
    }
    // By name, and by the descriptions that refer to him ("the Democratic president").
    expect(data.mentions.edges.some((e) => e.node.text.includes('بايدن'))).toBe(true);
  });

  it('answers the README example of the date scalars', async () => {
    const data = dataOf(
      await gql<{ denials: { totalCount: number }; article: { publishedAt: string; ingestedAt: string } }>(
        server.url,
        `query ($from: PartialDate = "2021-07", $to: PartialDate = "2021-07-31") {
          denials(from: $from, to: $to) { totalCount }
          article(id: "article:biden-putin-cyberattacks") { publishedAt ingestedAt } }`,
      ),
    );
    expect(data.denials.totalCount).toBeGreaterThan(0);
    expect(data.article.publishedAt).toMatch(/^2021-07/);
    expect(Number.isNaN(Date.parse(data.article.ingestedAt))).toBe(false);
  });
});
