/*
 * Networks, paths and facets (issue 13) over real HTTP, real Apollo, real Neo4j, on data of
 * this file's own: hand-made DocumentGraphs dated in 1987, a year no other test uses, so a
 * date filter isolates them from whatever else the database holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActorNetworkDocument,
  ActorStatementFacetsDocument,
  ShortestPathDocument,
  StatementFacetsDocument,
} from '../../src/generated/operations.ts';
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

const ART_A = 'article:t-n-a';
const ART_B = 'article:t-n-b';
const ALPHA = 'actor:t-n-alpha';
const BETA = 'actor:t-n-beta';
const DELTA = 'actor:t-n-delta';
const GAMMA = 'actor:t-n-gamma';
const LONELY = 'actor:t-n-lonely';
const GRID = 'sector:t-n-grid';
const CITY = 'place:t-n-city';
const E = (n: number) => `event:t-n-${n}`;
const OUTLET = 'وكالة أنباء الشبكة التجريبية';
const S = (n: number) => `stmt:t-n-${n}`;
const YEAR = '1987';
/** Reads of a whole-database figure until no concurrent load falls between its two queries. */
const QUIET_READ_ATTEMPTS = 5;

const actors = [
  { id: ALPHA, name: 'ألفا الشبكي', nameEn: 'Alpha Network' },
  { id: BETA, name: 'بيتا الشبكي', nameEn: 'Beta Network', kind: 'GOVERNMENT' as const },
  { id: GAMMA, name: 'غاما الشبكية', nameEn: 'Gamma Network', kind: 'COUNTRY' as const },
  { id: DELTA, name: 'دلتا الشبكي', nameEn: 'Delta Network' },
];

/*
 * The network of both articles, by hand:
 *   edges alpha→gamma 4 (CLAIM 2, WARNING 2), alpha→beta 2 (one about, one addressed),
 *         beta→alpha 1, beta→gamma 1 (about and addressed at once), delta→alpha 1,
 *         delta→gamma 1, gamma→alpha 1;
 *   nodes gamma 2 said + 6 received, alpha 4 + 3, beta 2 + 2, delta 1 + 0.
 */
const articleA = fixtureGraph({
  article: ART_A,
  publishedAt: '1987-01-20',
  actors,
  sectors: [{ id: GRID, name: 'شبكة الكهرباء الوهمية' }],
  places: [{ id: CITY, name: 'مدينة الشبكة' }],
  events: [
    { id: E(1), kind: 'MEETING', label: 'لقاء ألفا وغاما', date: '1987-01-10', participants: [ALPHA, GAMMA], place: CITY },
    { id: E(2), kind: 'ATTACK', label: 'هجوم على شبكة الكهرباء', date: '1987-01-12', participants: [DELTA], place: CITY, affects: [GRID] },
  ],
  statements: [
    { id: S(1), speaker: ALPHA, kind: 'CLAIM', text: 'قال ألفا إن غاما ستوقع الاتفاق قريبا', about: [GAMMA], addressees: [BETA] },
    { id: S(2), speaker: BETA, kind: 'DENIAL', text: 'نفى بيتا ما نسبه إليه ألفا', about: [ALPHA] },
    { id: S(3), speaker: ALPHA, kind: 'WARNING', text: 'حذر ألفا غاما من التأخير', about: [GAMMA] },
    { id: S(4), speaker: DELTA, kind: 'QUESTION', text: 'سأل دلتا ألفا عن موقف غاما', about: [GAMMA], addressees: [ALPHA] },
    { id: S(5), speaker: GAMMA, kind: 'CLAIM', text: 'قالت غاما إن الشبكة تعمل بلا انقطاع', about: [GRID] },
    { id: S(6), speaker: ALPHA, kind: 'WARNING', text: 'حذر ألفا من تقارب غاما وبيتا', about: [GAMMA, BETA] },
    { id: S(7), speaker: BETA, kind: 'CLAIM', text: 'أبلغ بيتا غاما أن موقفه ثابت', about: [GAMMA], addressees: [GAMMA] },
  ],
});

const articleB = fixtureGraph({
  article: ART_B,
  publishedAt: '1987-03-05',
  actors: [actors[0]!, actors[2]!, { id: LONELY, name: 'منعزل الشبكي' }],
  events: [{ id: E(3), kind: 'CALL', label: 'اتصال ألفا بغاما', date: '1987-03-02', participants: [ALPHA, GAMMA] }],
  statements: [
    { id: S(8), speaker: ALPHA, kind: 'CLAIM', text: 'أكد ألفا أن غاما شريك موثوق', about: [GAMMA] },
    { id: S(9), speaker: GAMMA, kind: 'THREAT', text: 'هددت غاما بالرد الحاسم على ألفا', about: [ALPHA] },
  ],
});

// Fixtures have no outlet of their own; both articles get one, for `bySource`.
articleA.article.source = OUTLET;
articleB.article.source = OUTLET;

const NETWORK = `
  query($filter: ActorNetworkFilter) {
    actorNetwork(filter: $filter) {
      statementCount truncated
      nodes { id said received weight actor { id name } }
      edges { id source target weight about addressedTo firstDate lastDate kinds { kind count } sourceActor { id } targetActor { id } }
      cooccurrences { id source target weight scope }
    }
  }`;

interface NetworkData {
  actorNetwork: {
    statementCount: number;
    truncated: boolean;
    nodes: { id: string; said: number; received: number; weight: number; actor: { id: string; name: string } }[];
    edges: {
      id: string;
      source: string;
      target: string;
      weight: number;
      about: number;
      addressedTo: number;
      firstDate: string | null;
      lastDate: string | null;
      kinds: { kind: string; count: number }[];
      sourceActor: { id: string };
      targetActor: { id: string };
    }[];
    cooccurrences: { id: string; source: string; target: string; weight: number; scope: string }[];
  };
}

const AGGREGATE = `
  query($filter: StatementFilter) {
    statements(filter: $filter, first: 1) {
      totalCount
      aggregate {
        count
        byKind { kind count }
        topSpeakers(first: 2) { actor { id } count }
        topTargets(first: 3) { target { __typename ... on Actor { id } ... on Sector { id } } count }
        months: byPeriod { period count }
        days: byPeriod(granularity: DAY) { period count }
        weeks: byPeriod(granularity: WEEK) { period count }
      }
    }
  }`;

interface AggregateData {
  statements: {
    totalCount: number;
    aggregate: {
      count: number;
      byKind: { kind: string; count: number }[];
      topSpeakers: { actor: { id: string }; count: number }[];
      topTargets: { target: { __typename: string; id: string }; count: number }[];
      months: { period: string; count: number }[];
      days: { period: string; count: number }[];
      weeks: { period: string; count: number }[];
    };
  };
}

const edgeWeights = (data: NetworkData) => Object.fromEntries(data.actorNetwork.edges.map((e) => [e.id, e.weight]));

describe('networks, paths and facets', () => {
  let db: Database;
  let server: TestServer;
  const network = async (filter: Record<string, unknown>) =>
    dataOf(await gql<NetworkData>(server.url, NETWORK, { filter: { from: YEAR, to: YEAR, ...filter } }));

  let stop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    ({ db, server, stop } = await serveArticles([articleA, articleB]));
  });
  afterAll(() => stop());

  describe('actorNetwork', () => {
    it('builds weighted speaker → target edges with kinds, relation counts and dates, and nodes with statement counts', async () => {
      const { actorNetwork: net } = await network({});
      expect(net.statementCount).toBe(9);
      expect(net.truncated).toBe(false);
      expect(net.nodes.map((n) => [n.id, n.said, n.received, n.weight])).toEqual([
        [GAMMA, 2, 6, 8],
        [ALPHA, 4, 3, 7],
        [BETA, 2, 2, 4],
        [DELTA, 1, 0, 1],
      ]);
      expect(net.nodes[0]!.actor).toEqual({ id: GAMMA, name: 'غاما الشبكية' });
      expect(edgeWeights({ actorNetwork: net })).toEqual({
        [`${ALPHA}->${GAMMA}`]: 4,
        [`${ALPHA}->${BETA}`]: 2,
        [`${BETA}->${ALPHA}`]: 1,
        [`${BETA}->${GAMMA}`]: 1,
        [`${DELTA}->${ALPHA}`]: 1,
        [`${DELTA}->${GAMMA}`]: 1,
        [`${GAMMA}->${ALPHA}`]: 1,
      });
      const strongest = net.edges[0]!;
      expect(strongest).toMatchObject({
        id: `${ALPHA}->${GAMMA}`,
        source: ALPHA,
        target: GAMMA,
        about: 4,
        addressedTo: 0,
        firstDate: '1987-01-20',
        lastDate: '1987-03-05',
        sourceActor: { id: ALPHA },
        targetActor: { id: GAMMA },
      });
      expect(strongest.kinds).toEqual([
        { kind: 'CLAIM', count: 2 },
        { kind: 'WARNING', count: 2 },
      ]);
      const mixed = net.edges.find((e) => e.id === `${ALPHA}->${BETA}`)!;
      expect([mixed.about, mixed.addressedTo]).toEqual([1, 1]);
      // A statement both about and addressed to the same actor is one statement on the edge.
      const both = net.edges.find((e) => e.id === `${BETA}->${GAMMA}`)!;
      expect([both.weight, both.about, both.addressedTo]).toEqual([1, 1, 1]);
      expect(net.cooccurrences).toEqual([]);
    });

    it('keeps the heaviest nodes under `limit`, only edges between kept nodes, and says it truncated', async () => {
      const { actorNetwork: net } = await network({ limit: 2 });
      expect(net.truncated).toBe(true);
      expect(net.nodes.map((n) => n.id)).toEqual([GAMMA, ALPHA]);
      expect(edgeWeights({ actorNetwork: net })).toEqual({ [`${ALPHA}->${GAMMA}`]: 4, [`${GAMMA}->${ALPHA}`]: 1 });
    });

    it('drops edges under `minWeight`', async () => {
      const { actorNetwork: net } = await network({ minWeight: 2 });
      expect(edgeWeights({ actorNetwork: net })).toEqual({ [`${ALPHA}->${GAMMA}`]: 4, [`${ALPHA}->${BETA}`]: 2 });
    });

    it('takes the statement filter: kinds, dates, article and text', async () => {
      const warnings = (await network({ kinds: ['WARNING'] })).actorNetwork;
      expect(warnings.statementCount).toBe(2);
      expect(edgeWeights({ actorNetwork: warnings })).toEqual({ [`${ALPHA}->${GAMMA}`]: 2, [`${ALPHA}->${BETA}`]: 1 });
      expect(warnings.nodes.map((n) => [n.id, n.said, n.received])).toEqual([
        [ALPHA, 2, 0],
        [GAMMA, 0, 2],
        [BETA, 0, 1],
      ]);

      const march = (await network({ from: '1987-03-01', to: '1987-03' })).actorNetwork;
      expect(edgeWeights({ actorNetwork: march })).toEqual({ [`${ALPHA}->${GAMMA}`]: 1, [`${GAMMA}->${ALPHA}`]: 1 });
      const january = (await network({ to: '1987-01' })).actorNetwork;
      expect(january.statementCount).toBe(7);

      const onlyB = (await network({ article: ART_B })).actorNetwork;
      expect(onlyB.statementCount).toBe(2);
      expect(onlyB.edges.map((e) => e.id).sort()).toEqual([`${ALPHA}->${GAMMA}`, `${GAMMA}->${ALPHA}`]);

      const threat = (await network({ text: 'بالرد الحاسم' })).actorNetwork;
      expect(threat.statementCount).toBe(1);
      expect(threat.edges.map((e) => e.id)).toEqual([`${GAMMA}->${ALPHA}`]);
    });

    it('adds co-occurrence edges: actors named in the same statement, or mentioned by the same article', async () => {
      const byStatement = (await network({ cooccurrence: 'STATEMENT' })).actorNetwork.cooccurrences;
      expect(byStatement.map((c) => [c.source, c.target, c.weight])).toEqual([
        [ALPHA, GAMMA, 6],
        [ALPHA, BETA, 3],
        [BETA, GAMMA, 3],
        [ALPHA, DELTA, 1],
        [DELTA, GAMMA, 1],
      ]);
      expect(byStatement[0]).toMatchObject({ id: `STATEMENT:${ALPHA}--${GAMMA}`, scope: 'STATEMENT' });

      const byArticle = (await network({ cooccurrence: 'ARTICLE', minWeight: 2 })).actorNetwork.cooccurrences;
      // Alpha and Gamma are both in both articles; every other pair shares one article (and
      // LONELY, mentioned but in no statement, is not a node of the network at all).
      expect(byArticle).toEqual([{ id: `ARTICLE:${ALPHA}--${GAMMA}`, source: ALPHA, target: GAMMA, weight: 2, scope: 'ARTICLE' }]);
      const allPairs = (await network({ cooccurrence: 'ARTICLE' })).actorNetwork.cooccurrences;
      expect(allPairs).toHaveLength(6);
      expect(allPairs.some((c) => c.source === LONELY || c.target === LONELY)).toBe(false);
    });

    it('answers the typed example operation with an empty network for an unknown article', async () => {
      const data = dataOf(await gql(server.url, ActorNetworkDocument, { filter: { article: 'article:t-n-none' } }));
      expect(data.actorNetwork).toEqual({ statementCount: 0, truncated: false, nodes: [], edges: [], cooccurrences: [] });
    });

    it('refuses bad arguments with BAD_USER_INPUT', async () => {
      for (const filter of [{ minWeight: 0 }, { limit: 0 }, { limit: 501 }, { from: '1987-05', to: '1987-04' }, { text: '  ' }]) {
        const response = await gql(server.url, NETWORK, { filter });
        expect(codes(response), JSON.stringify(filter)).toEqual(['BAD_USER_INPUT']);
      }
    });
  });

  describe('shortestPath', () => {
    const path = async (from: string, to: string, maxHops?: number) =>
      dataOf(await gql(server.url, ShortestPathDocument, { from, to, ...(maxHops ? { maxHops } : {}) })).shortestPath;

    it('walks from one node to another, each relationship joining the nodes around it', async () => {
      const found = (await path(DELTA, BETA))!;
      expect(found.length).toBeGreaterThanOrEqual(2);
      expect(found.nodes).toHaveLength(found.length + 1);
      expect(found.nodes[0]!.id).toBe(DELTA);
      expect(found.nodes.at(-1)!.id).toBe(BETA);
      found.relationships.forEach((r, i) => {
        expect([r.source, r.target].sort()).toEqual([found.nodes[i]!.id, found.nodes[i + 1]!.id].sort());
        expect(r.id).toBe(`${r.type}:${r.source}->${r.target}`);
      });
    });

    it('goes through statements and returns them as typed nodes', async () => {
      // The sector is reached only through Gamma's statement about it (or an article mention).
      const found = (await path(GRID, S(9)))!;
      expect(found.nodes[0]).toMatchObject({ __typename: 'Sector', id: GRID });
      expect(found.nodes.at(-1)).toMatchObject({ __typename: 'Statement', id: S(9), text: expect.stringContaining('بالرد') });
    });

    it('is the node alone from a node to itself, and null when an id is unknown or the path is too long', async () => {
      expect(await path(ALPHA, ALPHA)).toEqual({
        length: 0,
        nodes: [{ __typename: 'Actor', id: ALPHA, name: 'ألفا الشبكي' }],
        relationships: [],
      });
      expect(await path(ALPHA, 'actor:t-n-nobody')).toBeNull();
      // Two actors are never adjacent without PART_OF: one hop is not enough.
      expect(await path(ALPHA, DELTA, 1)).toBeNull();
      expect((await path(ALPHA, DELTA, 2))!.length).toBe(2);
    });

    it('refuses maxHops outside 1 to 8', async () => {
      for (const maxHops of [0, 9]) {
        expect(codes(await gql(server.url, ShortestPathDocument, { from: ALPHA, to: BETA, maxHops }))).toEqual(['BAD_USER_INPUT']);
      }
    });
  });

  describe('StatementConnection.aggregate', () => {
    it('counts every statement of the connection, by kind, speaker, subject and period', async () => {
      const data = dataOf(await gql<AggregateData>(server.url, AGGREGATE, { filter: { from: YEAR, to: YEAR } })).statements;
      const agg = data.aggregate;
      expect(agg.count).toBe(9);
      expect(data.totalCount).toBe(9);
      expect(agg.byKind).toEqual([
        { kind: 'CLAIM', count: 4 },
        { kind: 'WARNING', count: 2 },
        { kind: 'DENIAL', count: 1 },
        { kind: 'QUESTION', count: 1 },
        { kind: 'THREAT', count: 1 },
      ]);
      expect(agg.topSpeakers).toEqual([
        { actor: { id: ALPHA }, count: 4 },
        { actor: { id: BETA }, count: 2 },
      ]);
      expect(agg.topTargets).toEqual([
        { target: { __typename: 'Actor', id: GAMMA }, count: 6 },
        { target: { __typename: 'Actor', id: ALPHA }, count: 2 },
        { target: { __typename: 'Actor', id: BETA }, count: 1 },
      ]);
      expect(agg.months).toEqual([
        { period: '1987-01', count: 7 },
        { period: '1987-03', count: 2 },
      ]);
      expect(agg.days).toEqual([
        { period: '1987-01-20', count: 7 },
        { period: '1987-03-05', count: 2 },
      ]);
      expect(agg.weeks).toEqual([
        { period: '1987-W04', count: 7 },
        { period: '1987-W10', count: 2 },
      ]);
    });

    it("follows the connection's own filter, whatever its conditions", async () => {
      for (const filter of [
        { speaker: ALPHA },
        { about: GAMMA },
        { addressee: ALPHA },
        { article: ART_A, kinds: ['CLAIM'] },
        { from: YEAR, to: YEAR, text: 'غاما' },
        { about: GRID, direct: false },
        { from: '1987-03-01', to: YEAR },
        { kinds: ['THREAT'], to: '1987-03' },
        { kinds: ['THREAT'] },
      ]) {
        const data = dataOf(await gql<AggregateData>(server.url, AGGREGATE, { filter })).statements;
        expect(data.aggregate.count, JSON.stringify(filter)).toBe(data.totalCount);
        expect(data.aggregate.byKind.reduce((n, k) => n + k.count, 0)).toBe(data.totalCount);
      }
    });

    it('is there on nested statement lists too, for that list only', async () => {
      const data = dataOf(await gql(server.url, ActorStatementFacetsDocument, { id: ALPHA })).actor!;
      expect(data.statementsBy.aggregate.count).toBe(4);
      expect(data.statementsBy.aggregate.byKind).toEqual([
        { kind: 'CLAIM', count: 2 },
        { kind: 'WARNING', count: 2 },
      ]);
      expect(data.statementsAbout.aggregate.count).toBe(2);
      expect(data.statementsAbout.aggregate.topSpeakers.map((s) => s.actor.id)).toEqual([BETA, GAMMA]);
      const article = dataOf(
        await gql<{ article: { statements: { aggregate: { count: number } } } }>(
          server.url,
          `{ article(id: "${ART_A}") { statements(first: 1) { aggregate { count } } } }`,
        ),
      );
      expect(article.article.statements.aggregate.count).toBe(7);
    });

    it('refuses a top list size outside 1 to the maximum page size', async () => {
      const response = await gql(server.url, '{ statements { aggregate { topSpeakers(first: 0) { count } } } }');
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('EventConnection.aggregate and ArticleConnection.aggregate', () => {
    it('counts events by kind, place and period, for the root list and the nested ones', async () => {
      const data = dataOf(
        await gql<{
          events: {
            totalCount: number;
            aggregate: {
              count: number;
              byKind: { kind: string; count: number }[];
              byPlace: { place: { id: string }; count: number }[];
              byPeriod: { period: string; count: number }[];
            };
          };
        }>(
          server.url,
          `{ events(filter: {from: "${YEAR}", to: "${YEAR}"}, first: 1) { totalCount aggregate {
        count byKind { kind count } byPlace(first: 5) { place { id } count } byPeriod { period count } } } }`,
        ),
      ).events;
      expect(data.totalCount).toBe(3);
      expect(data.aggregate).toEqual({
        count: 3,
        byKind: [
          { kind: 'ATTACK', count: 1 },
          { kind: 'CALL', count: 1 },
          { kind: 'MEETING', count: 1 },
        ],
        byPlace: [{ place: { id: CITY }, count: 2 }],
        byPeriod: [
          { period: '1987-01', count: 2 },
          { period: '1987-03', count: 1 },
        ],
      });
      const nested = dataOf(
        await gql<Record<string, { events: { aggregate: { count: number } } }>>(
          server.url,
          `{
        actor(id: "${ALPHA}") { events { aggregate { count } } }
        place(id: "${CITY}") { events { aggregate { count } } }
        sector(id: "${GRID}") { events { aggregate { count } } }
        article(id: "${ART_A}") { events { aggregate { count } } } }`,
        ),
      );
      expect(Object.fromEntries(Object.entries(nested).map(([k, v]) => [k, v.events.aggregate.count]))).toEqual({
        actor: 2,
        place: 2,
        sector: 1,
        article: 2,
      });
    });

    it('counts articles by outlet and period', async () => {
      const data = dataOf(
        await gql<{
          actor: {
            articles: {
              totalCount: number;
              aggregate: {
                count: number;
                bySource: { source: string | null; count: number }[];
                byPeriod: { period: string; count: number }[];
              };
            };
          };
        }>(
          server.url,
          `{ actor(id: "${ALPHA}") { articles { totalCount aggregate {
        count bySource { source count } byPeriod(granularity: DAY) { period count } } } } }`,
        ),
      ).actor.articles;
      expect(data.aggregate).toEqual({
        count: 2,
        bySource: [{ source: OUTLET, count: 2 }],
        byPeriod: [
          { period: '1987-01-20', count: 1 },
          { period: '1987-03-05', count: 1 },
        ],
      });
      // The whole database's count and aggregate are two reads, and other files load articles
      // meanwhile: they must agree once no load falls between them.
      const readAll = async () =>
        dataOf(
          await gql<{ articles: { totalCount: number; aggregate: { count: number } } }>(
            server.url,
            '{ articles(first: 1) { totalCount aggregate { count } } }',
          ),
        ).articles;
      let all = await readAll();
      for (let attempt = 1; attempt < QUIET_READ_ATTEMPTS && all.aggregate.count !== all.totalCount; attempt++) all = await readAll();
      expect(all.aggregate.count).toBe(all.totalCount);
    });
  });

  describe('graph and stance details', () => {
    it("GraphNode.node gives each node of a graph view with its type's fields", async () => {
      const view = dataOf(
        await gql<{ graph: { nodes: { id: string; node: { __typename: string; id: string; name?: string; text?: string } | null }[] } }>(
          server.url,
          `{ graph(center: "${DELTA}", depth: 1) { nodes { id node { __typename id ... on Actor { name } ... on Statement { text } } } } }`,
        ),
      ).graph;
      expect(view.nodes.length).toBeGreaterThan(1);
      expect(view.nodes.every((n) => n.node?.id === n.id)).toBe(true);
      expect(view.nodes[0]!.node).toEqual({ __typename: 'Actor', id: DELTA, name: 'دلتا الشبكي' });
      expect(view.nodes.find((n) => n.id === S(4))!.node).toMatchObject({
        __typename: 'Statement',
        text: expect.stringContaining('سأل دلتا'),
      });
    });

    it('graph without a center starts from the most quoted actors and stays within its limit, every node linked to the view', async () => {
      type View = {
        actors: { edges: { node: { id: string } }[] };
        graph: { truncated: boolean; nodes: { id: string; type: string }[]; edges: { source: string; target: string }[] };
      };
      const LIMIT = 30;
      // One request, so the ranking both fields see is the same moment's (other files load articles meanwhile).
      const data = dataOf(
        await gql<View>(
          server.url,
          `{ actors(first: 3) { edges { node { id } } } graph(limit: ${LIMIT}) { truncated nodes { id type } edges { source target } } }`,
        ),
      );
      const { nodes, edges } = data.graph;
      expect(nodes.length).toBeGreaterThan(1);
      expect(nodes.length).toBeLessThanOrEqual(LIMIT);
      expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
      expect(nodes[0]!.type).toBe('ACTOR');
      expect(data.actors.edges.map((e) => e.node.id)).toContain(nodes[0]!.id);
      const ids = new Set(nodes.map((n) => n.id));
      expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
      const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
      expect(nodes.filter((n) => n.type !== 'ACTOR').every((n) => linked.has(n.id))).toBe(true);
    });

    it('Stance.statements lists the statements behind an edge, with the kinds the network was asked for', async () => {
      const data = dataOf(
        await gql<{
          stanceNetwork: {
            edges: {
              node: {
                speaker: { id: string };
                target: { id?: string };
                count: number;
                statements: { totalCount: number; edges: { node: { id: string } }[]; aggregate: { count: number } };
                all: { totalCount: number };
              };
            }[];
          };
        }>(
          server.url,
          `{ stanceNetwork(kinds: [WARNING], minCount: 2, first: 10) { edges { node {
          speaker { id } target { ... on Actor { id } } count
          statements(kinds: [WARNING]) { totalCount edges { node { id } } aggregate { count } }
          all: statements { totalCount } } } } }`,
        ),
      ).stanceNetwork;
      const edge = data.edges.map((e) => e.node).find((n) => n.speaker.id === ALPHA && n.target.id === GAMMA)!;
      expect(edge.count).toBe(2);
      expect(edge.statements.edges.map((e) => e.node.id).sort()).toEqual([S(3), S(6)]);
      expect(edge.statements.totalCount).toBe(2);
      expect(edge.statements.aggregate.count).toBe(2);
      expect(edge.all.totalCount).toBe(4);
    });
  });

  describe('round trips', () => {
    it('each new root field is one Cypher round trip, and an aggregate adds one only when selected', async () => {
      const counting = new CountingDatabase(db);
      const counted = await testServer(counting);
      try {
        const trips = async (query: string) => {
          counting.reset();
          dataOf(await gql(counted.url, query));
          return counting.runs;
        };
        expect(
          await trips(`{ actorNetwork(filter: {from: "${YEAR}", to: "${YEAR}", cooccurrence: ARTICLE}) {
          nodes { actor { id name } } edges { sourceActor { id } targetActor { id } kinds { kind } } cooccurrences { id } } }`),
        ).toBe(1);
        expect(
          await trips(`{ shortestPath(from: "${DELTA}", to: "${GRID}") { nodes { id ... on Actor { name } } relationships { type } } }`),
        ).toBe(1);
        expect(await trips(`{ statements(filter: {speaker: "${ALPHA}"}) { totalCount } }`)).toBe(1);
        expect(
          await trips(`{ statements(filter: {speaker: "${ALPHA}"}) { totalCount aggregate {
          count byKind { kind } topSpeakers { count } topTargets(first: 3) { count } byPeriod { period } days: byPeriod(granularity: DAY) { period } } } }`),
        ).toBe(2);
        // A connection asked only for its aggregate reads no page: the aggregate is the one trip,
        // and it still counts the connection's filter.
        const onlyAggregate = `{ statements(filter: {speaker: "${ALPHA}"}) { aggregate { count } } }`;
        expect(await trips(onlyAggregate)).toBe(1);
        const counts = dataOf(
          await gql<{ statements: { aggregate: { count: number } }; all: { totalCount: number } }>(
            counted.url,
            `{ statements(filter: {speaker: "${ALPHA}"}) { aggregate { count } } all: statements(filter: {speaker: "${ALPHA}"}) { totalCount } }`,
          ),
        );
        expect(counts.statements.aggregate.count).toBe(counts.all.totalCount);
        expect(counts.all.totalCount).toBeGreaterThan(0);
        // Aggregates of many nested connections are one query together, however many owners.
        const nested = (first: number) => `{ actors(filter: {name: "network"}, first: ${first}) { edges { node {
          statementsBy(first: 1) { aggregate { count byKind { kind } } } statementsAbout(first: 1) { aggregate { count } } } } } }`;
        expect(
          await trips(
            `{ events(filter: {from: "${YEAR}"}) { totalCount aggregate { count byKind { kind } byPlace { count } byPeriod { period } } } }`,
          ),
        ).toBe(2);
        expect(
          await trips('{ articles { totalCount aggregate { count bySource { count } byPeriod(granularity: WEEK) { period } } } }'),
        ).toBe(2);
        expect(await trips(`{ graph(center: "${ALPHA}", depth: 2) { nodes { id node { id ... on Actor { name } } } } }`)).toBe(2);
        expect(
          await trips(
            `{ stanceNetwork(first: 20) { edges { node { count statements(first: 3) { totalCount edges { node { id } } } } } } }`,
          ),
        ).toBe(2);
        const one = await trips(nested(1));
        expect(await trips(nested(4))).toBe(one);
        // actors; Actor.statements and Actor.mentionedIn pages; the aggregates of each list (the
        // two lists answer at different moments, so their aggregates are two batches).
        expect(one).toBeLessThanOrEqual(5);
      } finally {
        await counted.close();
      }
    });

    it('counts the network node limit in the query cost', async () => {
      const heavy = await gql(
        server.url,
        `{ actorNetwork(filter: {limit: 500}) { nodes { actor {
        statementsBy(first: 100) { edges { node { id text speaker { id } } } } } } } }`,
      );
      expect(codes(heavy)).toEqual(['QUERY_TOO_COMPLEX']);
    });
  });
});

describe('the example network operations against the seed', () => {
  let server: TestServer;
  let stop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    ({ server, stop } = await serveSeed());
  });
  afterAll(() => stop());

  it("draws the seed article's network: Biden, the Kremlin, Russia and the United States, with edges between them", async () => {
    const net = dataOf(await gql(server.url, ActorNetworkDocument)).actorNetwork;
    const ids = net.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['actor:joe-biden', 'actor:kremlin', 'actor:russia', 'actor:united-states']));
    expect(net.edges.some((e) => e.source === 'actor:kremlin' && e.target === 'actor:united-states')).toBe(true);
    expect(net.cooccurrences.length).toBeGreaterThan(0);
  });

  it("finds a path from the Kremlin to Biden, and the facets of the seed's statements", async () => {
    const path = dataOf(await gql(server.url, ShortestPathDocument)).shortestPath!;
    expect(path.nodes[0]!.id).toBe('actor:kremlin');
    expect(path.nodes.at(-1)!.id).toBe('actor:joe-biden');
    const facets = dataOf(await gql(server.url, StatementFacetsDocument)).statements;
    expect(facets.aggregate.count).toBe(facets.totalCount);
    expect(facets.aggregate.topSpeakers[0]!.actor.id).toBe('actor:joe-biden');
    expect(facets.aggregate.byPeriod).toEqual([{ period: '2021-07', count: facets.totalCount }]);
    const biden = dataOf(await gql(server.url, ActorStatementFacetsDocument)).actor!;
    expect(biden.statementsBy.aggregate.count).toBeGreaterThan(0);
  });
});
