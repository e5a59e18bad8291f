/*
 * Every root query field against data of this file's own (hand-made DocumentGraphs, so the
 * answers do not depend on the extractor), over real HTTP, real Apollo, real Neo4j.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteArticle, loadDocument } from '../../src/db/loader.ts';
import {
  ActorProfileDocument,
  ArticleByIdDocument,
  ArticlesDocument,
  DenialsDocument,
  EventByIdDocument,
  EventsDocument,
  FindActorsDocument,
  FindStatementsDocument,
  GraphDocument,
  NodeByIdDocument,
  PlaceDocument,
  SearchDocument,
  SectorByIdDocument,
  SectorsDocument,
  StanceNetworkDocument,
  StatementByIdDocument,
  TimelineDocument,
  WhoSaidWhatAboutDocument,
} from '../../src/generated/operations.ts';
import { codes, dataOf, fixtureGraph, gql, serveArticles, testServer, type TestServer } from '../support/server.ts';
import type { Database } from '../../src/db/driver.ts';

const ART_A = 'article:t-q-a';
const ART_B = 'article:t-q-b';
const ALPHA = 'actor:t-q-alpha';
const BETA = 'actor:t-q-beta';
const GAMMA = 'actor:t-q-gamma';
const DELTA = 'actor:t-q-delta';
const E1 = 'event:t-q-1';
const E2 = 'event:t-q-2';
const E3 = 'event:t-q-3';
const CITY = 'place:t-q-city';
const ENERGY = 'sector:t-q-energy';
const S = (n: number) => `stmt:t-q-${n}`;

const actors = [
  { id: ALPHA, name: 'سامي الأحمد', nameEn: 'Sami Alahmad', kind: 'PERSON' as const },
  { id: BETA, name: 'وزارة الخارجية الأزورية', nameEn: 'Azurian Foreign Ministry', kind: 'GOVERNMENT' as const, partOf: [GAMMA] },
  { id: GAMMA, name: 'أزوريا', nameEn: 'Azuria', kind: 'COUNTRY' as const },
  { id: DELTA, name: 'مسؤول زائر', kind: 'UNNAMED' as const },
];

const articleA = fixtureGraph({
  article: ART_A,
  publishedAt: '2024-01-20',
  actors,
  places: [{ id: CITY, name: 'المدينة الزرقاء' }],
  sectors: [{ id: ENERGY, name: 'قطاع الطاقة الأزوري', nameEn: 'Azurian energy' }],
  events: [
    { id: E1, kind: 'MEETING', label: 'قمة أزوريا', date: '2024-01-10', participants: [ALPHA, GAMMA], place: CITY },
    { id: E3, kind: 'ATTACK', label: 'هجوم على محطة الطاقة', participants: [DELTA], affects: [ENERGY], follows: [E1] },
  ],
  statements: [
    {
      id: S(1),
      speaker: ALPHA,
      kind: 'CLAIM',
      text: 'قال سامي الأحمد إن أزوريا تدعم الاتفاق الجديد',
      about: [GAMMA],
      addressees: [BETA],
      event: E1,
    },
    { id: S(2), speaker: BETA, kind: 'DENIAL', text: 'نفت الوزارة ما قاله الأحمد عن الاتفاق', about: [ALPHA], denies: S(1) },
    { id: S(3), speaker: DELTA, kind: 'QUESTION', text: 'سأل المسؤول الزائر عن موعد توقيع الاتفاق', about: [GAMMA], addressees: [ALPHA] },
    { id: S(4), speaker: ALPHA, kind: 'ANSWER', text: '“قريبا جدا”', about: [GAMMA], answers: S(3), direct: true },
    { id: S(5), speaker: GAMMA, kind: 'WARNING', text: 'حذرت أزوريا من هجمات على قطاع الطاقة', about: [ENERGY], reportedBy: BETA },
    { id: S(6), speaker: ALPHA, kind: 'WARNING', text: 'حذر الأحمد من انهيار المفاوضات مع أزوريا', about: [GAMMA] },
  ],
});

const articleB = fixtureGraph({
  article: ART_B,
  publishedAt: '2024-03-01',
  actors: [actors[0]!, actors[2]!],
  events: [{ id: E2, kind: 'CALL', label: 'مكالمة أزوريا الهاتفية', date: '2024-02-05', participants: [ALPHA, GAMMA] }],
  statements: [{ id: S(7), speaker: ALPHA, kind: 'CLAIM', text: 'أكد الأحمد أن المكالمة كانت مثمرة', about: [E2] }],
});

describe('GraphQL read API over fixture data', () => {
  let db: Database;
  let server: TestServer;
  let stop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    ({ db, server, stop } = await serveArticles([articleA, articleB]));
  });
  afterAll(() => stop());

  const ids = (edges: { node: { id: string } }[]) => edges.map((e) => e.node.id);

  it("a nested list's cursor stays right across an ingest: the next page neither repeats nor skips", async () => {
    type Page = { actor: { statementsBy: { totalCount: number; edges: { cursor: string; node: { id: string } }[] } } };
    const page = async (after: string | null) =>
      dataOf(
        await gql<Page>(
          server.url,
          `query ($after: String) { actor(id: "${ALPHA}") { statementsBy(first: 2, after: $after) { totalCount edges { cursor node { id } } } } }`,
          { after },
        ),
      ).actor.statementsBy;
    const first = await page(null);
    expect(ids(first.edges)).toEqual([S(7), S(1)]);
    // A newer article by the same speaker arrives between the two pages: its statement sorts first.
    const newer = fixtureGraph({
      article: 'article:t-q-newer',
      publishedAt: '2024-06-01',
      actors: [actors[0]!],
      statements: [{ id: 'stmt:t-q-newer-1', speaker: ALPHA, kind: 'CLAIM', text: 'قال الأحمد إن الجولة المقبلة ستكون حاسمة' }],
    });
    await loadDocument(db, newer);
    try {
      const second = await page(first.edges.at(-1)!.cursor);
      expect(ids(second.edges)).toEqual([S(4), S(6)]);
      expect(second.totalCount).toBe(5);
      expect(ids((await page(null)).edges)).toEqual(['stmt:t-q-newer-1', S(7)]);
    } finally {
      await deleteArticle(db, 'article:t-q-newer');
    }
  });

  describe('statements', () => {
    it("lists a speaker's statements newest article first, in article order within an article", async () => {
      const data = dataOf(await gql(server.url, FindStatementsDocument, { filter: { speaker: ALPHA } }));
      expect(ids(data.statements.edges)).toEqual([S(7), S(1), S(4), S(6)]);
      expect(data.statements.totalCount).toBe(4);
      const oldest = dataOf(await gql(server.url, FindStatementsDocument, { filter: { speaker: ALPHA }, orderBy: { direction: 'ASC' } }));
      expect(ids(oldest.statements.edges)).toEqual([S(1), S(4), S(6), S(7)]);
    });

    // One test per filter: each is a query shape Neo4j plans afresh, and the fifteen of them in one
    // test took 280 s on a 2-core machine at load 38, near the hang guard of a test (vitest.config.ts).
    it.each<[string, Record<string, unknown>, string[]]>([
      ['speaker and about', { speaker: ALPHA, about: GAMMA }, [S(1), S(4), S(6)]],
      ['addressee', { addressee: ALPHA }, [S(3)]],
      ['article and kind', { article: ART_A, kinds: ['WARNING'] }, [S(5), S(6)]],
      ['speaker and direct', { speaker: ALPHA, direct: true }, [S(4)]],
      ['speaker and from', { speaker: ALPHA, from: '2024-02' }, [S(7)]],
      ['speaker and to', { speaker: ALPHA, to: '2024-01-31' }, [S(1), S(4), S(6)]],
      ['article and text', { article: ART_A, text: 'الاتفاق' }, [S(1), S(2), S(3)]],
      ['about a sector', { about: ENERGY }, [S(5)]],
      ['speaker and text', { speaker: ALPHA, text: 'الاتفاق' }, [S(1)]],
      // Every word must occur (stemmed, normalized); or the normalized text contains the phrase.
      ['article and every word of a text', { article: ART_A, text: 'ازوريا تدعم' }, [S(1)]],
      ['a phrase inside words', { text: 'فاوضات مع ازوري' }, [S(6)]],
      ['article and a text of Lucene syntax only', { article: ART_A, text: '* ~ " [' }, []],
      ['article and a text with Lucene syntax', { article: ART_A, text: 'أزوريا) AND "[ تدعم' }, []],
      ['addressee, kind and text', { addressee: ALPHA, kinds: ['QUESTION'], text: 'توقيع' }, [S(3)]],
      ['about, not direct, and to', { about: GAMMA, direct: false, to: '2024-01-20' }, [S(1), S(3), S(6)]],
    ])('combines speaker, about, addressee, kind, direct, article, date and text conditions: %s', async (_, filter, expected) => {
      const found = dataOf(await gql(server.url, FindStatementsDocument, { filter, orderBy: { direction: 'ASC' } })).statements.edges;
      expect(ids(found)).toEqual(expected);
    });

    it('serves every relation of a statement', async () => {
      const one = async (id: string) => dataOf(await gql(server.url, StatementByIdDocument, { id })).statement!;
      const s1 = await one(S(1));
      expect(s1.speaker.id).toBe(ALPHA);
      expect(s1.addressees.map((a) => a.id)).toEqual([BETA]);
      expect(s1.about).toEqual([{ __typename: 'Actor', id: GAMMA, displayName: 'أزوريا' }]);
      expect(s1.deniedBy.edges.map(({ node: d }) => [d.id, d.speaker.id])).toEqual([[S(2), BETA]]);
      expect(s1.event).toMatchObject({ id: E1, kind: 'MEETING' });
      expect(s1.article.id).toBe(ART_A);
      expect(s1.publishedAt).toBe('2024-01-20');
      expect(s1.evidence.sentence).toBe('قال سامي الأحمد إن أزوريا تدعم الاتفاق الجديد.');
      expect(articleA.article.text.slice(s1.evidence.start, s1.evidence.end)).toBe(s1.text);
      expect((await one(S(2))).denies?.id).toBe(S(1));
      const s4 = await one(S(4));
      expect(s4).toMatchObject({ direct: true, quote: 'قريبا جدا', kind: 'ANSWER' });
      expect(s4.answers?.id).toBe(S(3));
      expect((await one(S(3))).answeredBy.edges.map((e) => e.node.id)).toEqual([S(4)]);
      const s5 = await one(S(5));
      expect(s5.reportedBy?.id).toBe(BETA);
      expect(s5.about).toEqual([{ __typename: 'Sector', id: ENERGY, displayName: 'قطاع الطاقة الأزوري' }]);
      expect((await one(S(7))).about).toEqual([{ __typename: 'Event', id: E2, displayName: 'مكالمة أزوريا الهاتفية' }]);
    });

    it('pages with cursors, and past the end gives an empty page', async () => {
      const page1 = dataOf(await gql(server.url, FindStatementsDocument, { filter: { speaker: ALPHA }, first: 2 })).statements;
      expect(ids(page1.edges)).toEqual([S(7), S(1)]);
      expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const page2 = dataOf(
        await gql(server.url, FindStatementsDocument, { filter: { speaker: ALPHA }, first: 2, after: page1.pageInfo.endCursor }),
      ).statements;
      expect(ids(page2.edges)).toEqual([S(4), S(6)]);
      expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect(page2.totalCount).toBe(4);
      const past = dataOf(
        await gql(server.url, FindStatementsDocument, { filter: { speaker: ALPHA }, first: 2, after: page2.pageInfo.endCursor }),
      ).statements;
      expect(past.edges).toEqual([]);
      expect(past.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
      expect(past.totalCount).toBe(4);
    });

    it('uses the default page size and rejects pages over the maximum, bad cursors and bad filters', async () => {
      const small = await testServer(db, { QAWL_DEFAULT_PAGE_SIZE: '3', QAWL_MAX_PAGE_SIZE: '5' });
      try {
        const page = dataOf(await gql(small.url, FindStatementsDocument, { filter: { speaker: ALPHA } })).statements;
        expect(page.edges).toHaveLength(3);
        expect(page.pageInfo.hasNextPage).toBe(true);
        const over = await gql(small.url, FindStatementsDocument, { filter: { speaker: ALPHA }, first: 6 });
        expect(codes(over)).toEqual(['BAD_USER_INPUT']);
        expect(over.body.errors![0]!.extensions).toMatchObject({ maximum: 5 });
      } finally {
        await small.close();
      }
      expect(codes(await gql(server.url, FindStatementsDocument, { filter: { speaker: ALPHA }, after: 'not-a-cursor' }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(codes(await gql(server.url, FindStatementsDocument, { filter: { speaker: ALPHA }, first: -1 }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await gql(server.url, FindStatementsDocument, { filter: { from: '2024-03-01', to: '2024-01-01' } }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(codes(await gql(server.url, FindStatementsDocument, { filter: { from: '2024-13-45' } }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await gql(server.url, FindStatementsDocument, { filter: { text: '   ' } }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await gql(server.url, FindStatementsDocument, { filter: { kinds: ['GOSSIP'] } }))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('actors', () => {
    it('actor(id) serves what it said, what was said about and to it, its events, groups and articles', async () => {
      const alpha = dataOf(await gql(server.url, ActorProfileDocument, { id: ALPHA, first: 10 })).actor!;
      expect(alpha).toMatchObject({ id: ALPHA, name: 'سامي الأحمد', nameEn: 'Sami Alahmad', kind: 'PERSON', partOf: [] });
      expect(ids(alpha.statementsBy.edges)).toEqual([S(7), S(1), S(4), S(6)]);
      expect(ids(alpha.statementsAbout.edges)).toEqual([S(2)]);
      expect(ids(alpha.statementsAddressedTo.edges)).toEqual([S(3)]);
      expect(ids(alpha.events.edges)).toEqual([E1, E2]);
      expect(ids(alpha.articles.edges)).toEqual([ART_B, ART_A]);
      const beta = dataOf(await gql(server.url, ActorProfileDocument, { id: BETA })).actor!;
      expect(beta.partOf.map((a) => a.id)).toEqual([GAMMA]);
      const gamma = dataOf(await gql(server.url, ActorProfileDocument, { id: GAMMA })).actor!;
      expect(ids(gamma.members.edges)).toEqual([BETA]);
      expect(gamma.statementsAbout.totalCount).toBe(4);
    });

    it('actors(filter) matches Arabic names after normalization and clitics, English names, and kinds', async () => {
      const find = async (filter: Record<string, unknown>) =>
        ids(dataOf(await gql(server.url, FindActorsDocument, { filter, first: 50 })).actors.edges);
      expect(await find({ name: 'والأحمد' })).toContain(ALPHA);
      expect(await find({ name: 'سامى الاحمد' })).toContain(ALPHA);
      expect(await find({ name: 'alahmad' })).toContain(ALPHA);
      expect(await find({ name: 'AZURIAN foreign' })).toEqual([BETA]);
      const unnamed = await find({ kinds: ['UNNAMED'], name: 'زائر' });
      expect(unnamed).toEqual([DELTA]);
      expect(await find({ kinds: ['PERSON'], name: 'أزوريا' })).toEqual([]);
    });

    it('returns null for unknown ids, and for ids of another type', async () => {
      expect(dataOf(await gql(server.url, ActorProfileDocument, { id: 'actor:t-q-nobody' })).actor).toBeNull();
      expect(dataOf(await gql(server.url, ActorProfileDocument, { id: S(1) })).actor).toBeNull();
      expect(dataOf(await gql(server.url, StatementByIdDocument, { id: 'stmt:t-q-none' })).statement).toBeNull();
      expect(dataOf(await gql(server.url, EventByIdDocument, { id: 'event:t-q-none' })).event).toBeNull();
      expect(dataOf(await gql(server.url, PlaceDocument, { id: 'place:t-q-none' })).place).toBeNull();
      expect(dataOf(await gql(server.url, SectorByIdDocument, { id: 'sector:t-q-none' })).sector).toBeNull();
      expect(dataOf(await gql(server.url, ArticleByIdDocument, { id: 'article:t-q-none' })).article).toBeNull();
      expect(dataOf(await gql(server.url, NodeByIdDocument, { id: 'x:t-q-none' })).node).toBeNull();
      expect(dataOf(await gql(server.url, WhoSaidWhatAboutDocument, { about: 'actor:t-q-nobody' })).whoSaidWhatAbout).toBeNull();
    });
  });

  it('node(id) resolves any type through the Node interface', async () => {
    const types = await Promise.all(
      [ALPHA, S(1), E1, ART_A, CITY, ENERGY].map(async (id) => dataOf(await gql(server.url, NodeByIdDocument, { id })).node?.__typename),
    );
    expect(types).toEqual(['Actor', 'Statement', 'Event', 'Article', 'Place', 'Sector']);
  });

  it('whoSaidWhatAbout groups by speaker with counts and kinds', async () => {
    const result = dataOf(await gql(server.url, WhoSaidWhatAboutDocument, { about: GAMMA })).whoSaidWhatAbout!;
    expect(result.about).toMatchObject({ __typename: 'Actor', id: GAMMA });
    expect(result.totalCount).toBe(4);
    expect(result.speakers.edges.map(({ node: g }) => [g.speaker.id, g.count])).toEqual([
      [ALPHA, 3],
      [DELTA, 1],
    ]);
    expect(result.speakers.totalCount).toBe(2);
    expect(result.speakers.edges[0]!.node.kinds).toEqual([
      { kind: 'ANSWER', count: 1 },
      { kind: 'CLAIM', count: 1 },
      { kind: 'WARNING', count: 1 },
    ]);
    expect(result.speakers.edges[0]!.node.statements.edges.map((e) => e.node.id)).toEqual([S(1), S(4), S(6)]);
    const aboutEvent = dataOf(await gql(server.url, WhoSaidWhatAboutDocument, { about: E2 })).whoSaidWhatAbout!;
    expect(aboutEvent.about).toMatchObject({ __typename: 'Event', id: E2 });
    expect(aboutEvent.speakers.edges.map((e) => e.node.speaker.id)).toEqual([ALPHA]);
    const later = dataOf(await gql(server.url, WhoSaidWhatAboutDocument, { about: GAMMA, from: '2024-02' })).whoSaidWhatAbout!;
    expect(later.totalCount).toBeLessThan(result.totalCount);
  });

  it('stanceNetwork gives speaker → target edges with counts per kind, filtered by kind and minimum count', async () => {
    const all = dataOf(await gql(server.url, StanceNetworkDocument, { minCount: 3, first: 100 })).stanceNetwork;
    const edge = all.edges
      .map((e) => e.node)
      .find((n) => n.speaker.id === ALPHA && n.target.__typename === 'Actor' && n.target.id === GAMMA);
    expect(edge).toMatchObject({ count: 3 });
    expect(edge!.kinds).toEqual([
      { kind: 'ANSWER', count: 1 },
      { kind: 'CLAIM', count: 1 },
      { kind: 'WARNING', count: 1 },
    ]);
    expect(all.edges.every((e) => e.node.count >= 3)).toBe(true);
    const warnings = dataOf(await gql(server.url, StanceNetworkDocument, { kinds: ['WARNING'], first: 100 })).stanceNetwork.edges.map(
      (e) => e.node,
    );
    const pairs = warnings.map((n) => `${n.speaker.id}→${'id' in n.target ? n.target.id : ''}`);
    expect(pairs).toEqual(expect.arrayContaining([`${ALPHA}→${GAMMA}`, `${GAMMA}→${ENERGY}`]));
    expect(warnings.every((n) => n.kinds.every((k) => k.kind === 'WARNING'))).toBe(true);
    expect(codes(await gql(server.url, StanceNetworkDocument, { minCount: 0 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('denials lists denial pairs with both sides', async () => {
    const result = dataOf(await gql(server.url, DenialsDocument, { actor: ALPHA })).denials;
    expect(result.totalCount).toBe(1);
    expect(result.edges[0]!.node).toMatchObject({
      denial: { id: S(2), kind: 'DENIAL', speaker: { id: BETA } },
      denied: { id: S(1), speaker: { id: ALPHA } },
    });
    expect(dataOf(await gql(server.url, DenialsDocument, { actor: ALPHA, from: '2025' })).denials.totalCount).toBe(0);
    expect(dataOf(await gql(server.url, DenialsDocument, { actor: ALPHA, to: '2024' })).denials.totalCount).toBe(1);
    const byDenier = dataOf(await gql(server.url, DenialsDocument, { actor: BETA })).denials;
    expect(byDenier.edges.map((e) => e.node.denial.id)).toEqual([S(2)]);
  });

  it('denials without an actor pages through every denial once, newest first, this file’s among them', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { edges: { node: { denial: { id: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } = dataOf(
        await gql(server.url, DenialsDocument, { first: 50, after }),
      ).denials;
      seen.push(...page.edges.map((e) => e.node.denial.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    expect(seen).toContain(S(2));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('events filter by participants, kind, place and dates, in chronological order', async () => {
    const run = async (filter: Record<string, unknown>) => ids(dataOf(await gql(server.url, EventsDocument, { filter })).events.edges);
    expect(await run({ participants: [ALPHA, GAMMA] })).toEqual([E1, E2]);
    expect(await run({ participants: [ALPHA], kinds: ['CALL'] })).toEqual([E2]);
    expect(await run({ place: CITY })).toEqual([E1]);
    expect(await run({ participants: [ALPHA], from: '2024-02-01' })).toEqual([E2]);
    expect(await run({ participants: [ALPHA], to: '2024-01' })).toEqual([E1]);
    expect(await run({ participants: [ALPHA, DELTA] })).toEqual([]);
    const e1 = dataOf(await gql(server.url, EventByIdDocument, { id: E1 })).event!;
    expect(e1).toMatchObject({ kind: 'MEETING', date: '2024-01-10', place: { id: CITY }, followedBy: [{ id: E3 }] });
    expect(ids(e1.participants.edges).sort()).toEqual([ALPHA, GAMMA].sort());
    expect(ids(e1.statementsAbout.edges)).toEqual([S(1)]);
    const e2 = dataOf(await gql(server.url, EventByIdDocument, { id: E2 })).event!;
    expect(e2.follows).toEqual([]);
    expect(ids(e2.statementsAbout.edges)).toEqual([S(7)]);
    const e3 = dataOf(await gql(server.url, EventByIdDocument, { id: E3 })).event!;
    expect(e3.affects.map((s) => s.id)).toEqual([ENERGY]);
    expect(e3.follows.map((e) => e.id)).toEqual([E1]);
  });

  it("timeline interleaves an actor's events and statements by date", async () => {
    const result = dataOf(await gql(server.url, TimelineDocument, { actor: ALPHA })).timeline;
    expect(result.edges.map((e) => e.node.event?.id ?? e.node.statement?.id)).toEqual([E1, S(1), S(4), S(6), E2, S(7)]);
    expect(result.edges.map((e) => e.node.date)).toEqual([
      '2024-01-10',
      '2024-01-20',
      '2024-01-20',
      '2024-01-20',
      '2024-02-05',
      '2024-03-01',
    ]);
    expect(result.totalCount).toBe(6);
    const page = dataOf(await gql(server.url, TimelineDocument, { actor: ALPHA, first: 2, after: result.edges[3]!.cursor })).timeline;
    expect(page.edges.map((e) => e.node.event?.id ?? e.node.statement?.id)).toEqual([E2, S(7)]);
    expect(dataOf(await gql(server.url, TimelineDocument, { actor: 'actor:t-q-nobody' })).timeline.totalCount).toBe(0);
    const february = dataOf(await gql(server.url, TimelineDocument, { actor: ALPHA, from: '2024-02', to: '2024-02' })).timeline;
    expect(february.edges.map((e) => e.node.event?.id ?? e.node.statement?.id)).toEqual([E2]);
  });

  it('place(id) serves its events', async () => {
    const place = dataOf(await gql(server.url, PlaceDocument, { id: CITY })).place!;
    expect(place.name).toBe('المدينة الزرقاء');
    expect(ids(place.events.edges)).toEqual([E1]);
  });

  it('sectors lists sectors with their statements and events', async () => {
    let after: string | null = null;
    const found: { id: string; statementsAbout: { totalCount: number }; events: { totalCount: number } }[] = [];
    for (;;) {
      const page: Awaited<ReturnType<typeof gql<import('../../src/generated/operations.ts').SectorsQuery>>> = await gql(
        server.url,
        SectorsDocument,
        { first: 50, after },
      );
      const sectors = dataOf(page).sectors;
      found.push(...sectors.edges.map((e) => e.node));
      if (!sectors.pageInfo.hasNextPage) break;
      after = sectors.pageInfo.endCursor;
    }
    expect(found.find((s) => s.id === ENERGY)).toMatchObject({ statementsAbout: { totalCount: 1 }, events: { totalCount: 1 } });
    const sector = dataOf(await gql(server.url, SectorByIdDocument, { id: ENERGY })).sector!;
    expect(ids(sector.statementsAbout.edges)).toEqual([S(5)]);
  });

  it('articles and article(id) serve articles with their statements, actors and events', async () => {
    const list = dataOf(await gql(server.url, ArticlesDocument, { first: 100 })).articles;
    const listed = ids(list.edges);
    expect(listed.indexOf(ART_B)).toBeLessThan(listed.indexOf(ART_A));
    expect(list.totalCount).toBeGreaterThanOrEqual(2);
    const article = dataOf(await gql(server.url, ArticleByIdDocument, { id: ART_A, first: 10 })).article!;
    expect(article).toMatchObject({ id: ART_A, language: 'ar', publishedAt: '2024-01-20', text: articleA.article.text });
    expect(ids(article.statements.edges)).toEqual([S(1), S(2), S(3), S(4), S(5), S(6)]);
    expect(article.actors.totalCount).toBe(4);
    expect(ids(article.events.edges)).toEqual([E1, E3]);
  });

  it('search finds statements, actors and events, best first, with scores, Lucene syntax taken literally', async () => {
    const hits = async (query: string, types?: string[]) =>
      dataOf(await gql(server.url, SearchDocument, { query, types, first: 20 })).search.edges;
    const actorsFound = await hits('أزوريا', ['ACTOR']);
    expect(actorsFound[0]).toMatchObject({ type: 'ACTOR', node: { __typename: 'Actor', id: GAMMA } });
    expect(actorsFound.every((h) => h.type === 'ACTOR' && h.score > 0)).toBe(true);
    const statementsFound = await hits('انهيار المفاوضات', ['STATEMENT']);
    expect(statementsFound[0]!.node).toMatchObject({ __typename: 'Statement', id: S(6) });
    expect((await hits('فاوضات مع ازوري', ['STATEMENT'])).map((h) => h.node.id)).toEqual([S(6)]);
    const eventsFound = await hits('مكالمة أزوريا', ['EVENT']);
    expect(eventsFound.map((h) => h.node.id)).toContain(E2);
    const mixed = await hits('أزوريا');
    expect(new Set(mixed.map((h) => h.type))).toEqual(new Set(['ACTOR', 'STATEMENT', 'EVENT']));
    const scores = mixed.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // Lucene operators and unbalanced syntax are words, not errors.
    const hostile = await gql(server.url, SearchDocument, { query: 'أزوريا) AND "[ OR * ~ \\' });
    expect(hostile.body.errors).toBeUndefined();
    expect(codes(await gql(server.url, SearchDocument, { query: '  ' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('graph returns a Cytoscape-ready neighbourhood of a center, or null for an unknown center', async () => {
    const view = dataOf(await gql(server.url, GraphDocument, { center: ALPHA, depth: 1, limit: 100 })).graph!;
    expect(view.nodes[0]).toMatchObject({ id: ALPHA, type: 'ACTOR', label: 'سامي الأحمد' });
    expect(view.nodes[0]!.properties).toMatchObject({ nameEn: 'Sami Alahmad', kind: 'PERSON' });
    const nodeIds = view.nodes.map((n) => n.id);
    expect(nodeIds).toEqual(expect.arrayContaining([S(1), S(4), S(6), S(7), S(2), S(3), E1, E2, ART_A, ART_B]));
    expect(nodeIds).not.toContain(ENERGY);
    expect(view.edges).toContainEqual(expect.objectContaining({ source: ALPHA, target: S(1), type: 'SAID' }));
    expect(view.edges).toContainEqual(expect.objectContaining({ source: S(2), target: ALPHA, type: 'ABOUT' }));
    const known = new Set(nodeIds);
    expect(view.edges.every((e) => known.has(e.source) && known.has(e.target))).toBe(true);
    expect(new Set(view.edges.map((e) => e.id)).size).toBe(view.edges.length);
    const article = view.nodes.find((n) => n.id === ART_A)!;
    expect(article.properties).not.toHaveProperty('text');
    const deeper = dataOf(await gql(server.url, GraphDocument, { center: ALPHA, depth: 2, limit: 200 })).graph!;
    expect(deeper.nodes.map((n) => n.id)).toContain(ENERGY);
    const capped = dataOf(await gql(server.url, GraphDocument, { center: ALPHA, depth: 2, limit: 3 })).graph!;
    expect(capped.nodes).toHaveLength(3);
    expect(capped.truncated).toBe(true);
    expect(dataOf(await gql(server.url, GraphDocument, { center: 'actor:t-q-nobody' })).graph).toBeNull();
    const overview = dataOf(await gql(server.url, GraphDocument, { center: null, limit: 5 })).graph!;
    expect(overview.nodes.length).toBeLessThanOrEqual(5);
    expect(codes(await gql(server.url, GraphDocument, { center: ALPHA, depth: 4 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(server.url, GraphDocument, { center: ALPHA, limit: 100000 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('graph(nodeTypes, edgeTypes) keeps only those types, reaching nodes only through them', async () => {
    const narrowed = dataOf(
      await gql(server.url, GraphDocument, {
        center: ALPHA,
        depth: 2,
        limit: 200,
        nodeTypes: ['ACTOR', 'STATEMENT'],
        edgeTypes: ['SAID', 'ABOUT'],
      }),
    ).graph!;
    const ids = narrowed.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([ALPHA, S(1), S(2)]));
    expect(ids).not.toContain(ART_A);
    expect(ids).not.toContain(E1);
    expect(new Set(narrowed.nodes.map((n) => n.type))).toEqual(new Set(['ACTOR', 'STATEMENT']));
    expect(narrowed.edges.length).toBeGreaterThan(0);
    expect(narrowed.edges.every((e) => e.type === 'SAID' || e.type === 'ABOUT')).toBe(true);
    // Articles are reachable only through REPORTED_IN or MENTIONS: left out, they reach nothing.
    const articlesOnly = dataOf(await gql(server.url, GraphDocument, { center: ALPHA, depth: 2, nodeTypes: ['ARTICLE'] })).graph!;
    expect(articlesOnly.nodes.map((n) => n.type)).toEqual(['ACTOR', ...articlesOnly.nodes.slice(1).map(() => 'ARTICLE')]);
    const noEdges = dataOf(await gql(server.url, GraphDocument, { center: ALPHA, edgeTypes: [] })).graph!;
    expect(noEdges.nodes.map((n) => n.id)).toEqual([ALPHA]);
    expect(codes(await gql(server.url, GraphDocument, { center: ALPHA, nodeTypes: ['PERSON'] }))).toEqual(['BAD_USER_INPUT']);
  });
});
