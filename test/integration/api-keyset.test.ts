/*
 * Keyset cursors of the lists that were paged by position (timeline, sectors, Article.mentions,
 * whoSaidWhatAbout.speakers and their statements, Statement.deniedBy and answeredBy), over real
 * HTTP, real Apollo, real Neo4j: each list is paged with cursors while an article is ingested
 * between two pages, and what the pages gather is the list as it was, nothing skipped, nothing
 * repeated; a cursor of another list is BAD_USER_INPUT. Data of this file's own, dated in 1983,
 * a year no other test uses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteArticle, loadDocument } from '../../src/db/loader.ts';
import { codes, dataOf, fixtureGraph, gql, serveArticles, type FixtureSpec, type TestServer } from '../support/server.ts';
import type { Database } from '../../src/db/driver.ts';

const ART_A = 'article:t-k-a';
const P = 'actor:t-k-p';
const Q = 'actor:t-k-q';
const R = 'actor:t-k-r';
const T = 'actor:t-k-t';
const N = 'actor:t-k-n';
const E1 = 'event:t-k-1';
const E2 = 'event:t-k-2';
const K1 = 'sector:t-k-1';
const K2 = 'sector:t-k-2';
const K3 = 'sector:t-k-3';
const KB = 'sector:t-k-b';
const S = (n: number) => `stmt:t-k-${n}`;
const F = 'stmt:t-k-f';
const G = 'stmt:t-k-g';

const actors = [
  { id: P, name: 'فاء المفتاحي', nameEn: 'Keyset P' },
  { id: Q, name: 'قاف المفتاحي', nameEn: 'Keyset Q' },
  { id: R, name: 'راء المفتاحي', nameEn: 'Keyset R' },
  { id: T, name: 'تاء المفتاحية', nameEn: 'Keyset T', kind: 'COUNTRY' as const },
];

/*
 * Article A: P, Q and R speak about T (3, 2 and 1 statements); S1 is denied by S2 and S3, S4
 * answered by S5 and S6; sectors K1, K2, K3 weigh 3, 2 and 1. F and G open the article; in its
 * corrected version (`corrected`) F also denies S1 and G answers S4, at the very same offsets.
 */
const specA = (corrected: boolean): FixtureSpec => ({
  article: ART_A,
  publishedAt: '1983-05-10',
  actors,
  sectors: [
    { id: K1, name: 'قطاع المفاتيح الأول' },
    { id: K2, name: 'قطاع المفاتيح الثاني' },
    { id: K3, name: 'قطاع المفاتيح الثالث' },
  ],
  events: [
    { id: E1, kind: 'MEETING', label: 'لقاء المفاتيح', date: '1983-05-01', participants: [P] },
    { id: E2, kind: 'CALL', label: 'مكالمة المفاتيح', date: '1983-05-12', participants: [P], affects: [K1] },
  ],
  statements: [
    corrected
      ? { id: F, speaker: R, kind: 'DENIAL', text: 'نفى راء ما نسب إلى فاء عن القطاع', about: [K1], denies: S(1) }
      : { id: F, speaker: R, kind: 'CLAIM', text: 'نفى راء ما نسب إلى فاء عن القطاع', about: [K1] },
    corrected
      ? { id: G, speaker: Q, kind: 'ANSWER', text: 'قال قاف إن القطاع سيتعافى قريبا', about: [K1], answers: S(4) }
      : { id: G, speaker: Q, kind: 'CLAIM', text: 'قال قاف إن القطاع سيتعافى قريبا', about: [K1] },
    { id: S(1), speaker: P, kind: 'CLAIM', text: 'قال فاء إن تاء وافقت على الخطة', about: [T] },
    { id: S(2), speaker: Q, kind: 'DENIAL', text: 'نفى قاف أن تكون تاء وافقت', about: [P], denies: S(1) },
    { id: S(3), speaker: R, kind: 'DENIAL', text: 'نفى راء رواية فاء عن الخطة', about: [P], denies: S(1) },
    { id: S(4), speaker: Q, kind: 'QUESTION', text: 'سأل قاف متى تعلن تاء موقفها', about: [T], addressees: [P] },
    { id: S(5), speaker: P, kind: 'ANSWER', text: 'أجاب فاء بأن تاء ستعلن موقفها غدا', about: [T], answers: S(4) },
    { id: S(6), speaker: R, kind: 'ANSWER', text: 'رد راء بأن الموعد لم يحدد بعد', about: [T], answers: S(4) },
    { id: S(7), speaker: P, kind: 'WARNING', text: 'حذر فاء تاء من تأجيل القرار', about: [T, K2] },
    { id: S(8), speaker: Q, kind: 'CLAIM', text: 'أكد قاف أن تاء تراجع القطاع الثاني', about: [T, K2] },
    { id: S(9), speaker: P, kind: 'CLAIM', text: 'قال فاء إن القطاع الثالث مستقر', about: [K3] },
  ],
});
const articleA = fixtureGraph(specA(false));

/** An article of its own, ingested between two pages of a test and deleted after it. */
const extra = (id: string, publishedAt: string, statements: FixtureSpec['statements'], more: Partial<FixtureSpec> = {}) =>
  fixtureGraph({ article: `article:t-k-${id}`, publishedAt, actors: [...actors, { id: N, name: 'نون المفتاحي' }], statements, ...more });

interface Edge {
  cursor: string;
  node: Record<string, unknown>;
}
interface Connection {
  edges: Edge[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('keyset cursors across an ingest', () => {
  let db: Database;
  let server: TestServer;
  let stop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    ({ db, server, stop } = await serveArticles([articleA]));
  });
  afterAll(() => stop());

  /**
   * Pages through a list (`fetch` returns one page after a cursor), running `between` once after
   * the page `when` says, and returns the ids gathered in order.
   */
  async function pageThrough(
    fetch: (after: string | null) => Promise<Connection>,
    idOf: (node: Record<string, unknown>) => string,
    between: () => Promise<unknown>,
    when: (ids: string[]) => boolean = (ids) => ids.length > 0,
  ): Promise<{ ids: string[]; cursors: string[] }> {
    const ids: string[] = [];
    const cursors: string[] = [];
    let after: string | null = null;
    let ingested = false;
    for (let pages = 0; pages < 200; pages++) {
      const page = await fetch(after);
      ids.push(...page.edges.map((e) => idOf(e.node)));
      cursors.push(...page.edges.map((e) => e.cursor));
      if (!ingested && when(ids)) {
        await between();
        ingested = true;
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ingested).toBe(true);
    return { ids, cursors };
  }

  const query = async <D>(source: string, variables: Record<string, unknown>) => dataOf(await gql<D>(server.url, source, variables));
  const idOf = (node: Record<string, unknown>) => node.id as string;

  async function withArticles<T>(graphs: ReturnType<typeof fixtureGraph>[], work: (ingest: () => Promise<void>) => Promise<T>) {
    try {
      return await work(async () => {
        for (const graph of graphs) await loadDocument(db, graph);
      });
    } finally {
      for (const graph of graphs) await deleteArticle(db, graph.article.id);
    }
  }

  const TIMELINE = `query ($actor: ID!, $after: String, $from: PartialDate) {
    timeline(actor: $actor, first: 2, after: $after, from: $from) {
      edges { cursor node { event { id } statement { id } } } pageInfo { hasNextPage endCursor } } }`;
  const timeline = async (after: string | null, from?: string) =>
    (await query<{ timeline: Connection }>(TIMELINE, { actor: P, after, from })).timeline;
  const entryId = (node: Record<string, unknown>) => ((node.event as { id: string } | null) ?? (node.statement as { id: string })).id;

  it('timeline: an entry ingested before the cursor is not repeated into the next page, one after it is reached', async () => {
    const before = extra('old', '1983-04-01', [{ id: 'stmt:t-k-old', speaker: P, text: 'قال فاء في أبريل إن الخطة جاهزة' }]);
    const after = extra('new', '1983-09-01', [{ id: 'stmt:t-k-new', speaker: P, text: 'قال فاء في سبتمبر إن الخطة نفذت' }]);
    const original = (await pageThrough(timeline, entryId, async () => {})).ids;
    expect(original).toEqual([E1, S(1), S(5), S(7), S(9), E2]);
    const paged = await withArticles([before, after], (ingest) => pageThrough(timeline, entryId, ingest));
    expect(paged.ids).toEqual([...original, 'stmt:t-k-new']);
    // Another date range is another list.
    expect(codes(await gql(server.url, TIMELINE, { actor: P, after: paged.cursors[1], from: '1983' }))).toEqual(['BAD_USER_INPUT']);
  });

  const SECTORS = `query ($after: String) { sectors(first: 4, after: $after) {
    edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
  const sectors = async (after: string | null) => (await query<{ sectors: Connection }>(SECTORS, { after })).sectors;

  it('sectors: a heavier sector ingested before the cursor neither shifts nor repeats the sectors after it', async () => {
    // KB outweighs K1 (5 statements against 3): it sorts before K1, where the cursor already is.
    const heavy = extra(
      'sectors',
      '1983-06-01',
      [1, 2, 3, 4, 5].map((n) => ({ id: `stmt:t-k-sec-${n}`, speaker: N, text: `قال نون في المرة ${n} إن قطاع الباء ينمو`, about: [KB] })),
      { sectors: [{ id: KB, name: 'قطاع الباء المفتاحي' }] },
    );
    const paged = await withArticles([heavy], (ingest) => pageThrough(sectors, idOf, ingest, (ids) => ids.includes(K1)));
    // Only this test's sectors: other files change the weights of theirs while the walk runs, and a
    // sector whose weight drops behind the cursor is met again (keyset order follows the current sort key).
    expect(paged.ids.filter((id) => id.startsWith('sector:t-k-'))).toEqual([K1, K2, K3]);
    expect(codes(await gql(server.url, TIMELINE, { actor: P, after: paged.cursors[0] }))).toEqual(['BAD_USER_INPUT']);
  });

  const MENTIONS = `query ($after: String) { article(id: "${ART_A}") { mentions(first: 2, after: $after) {
    edges { cursor node { start end subject { id } } } pageInfo { hasNextPage endCursor } } } }`;
  const mentions = async (after: string | null) =>
    (await query<{ article: { mentions: Connection } }>(MENTIONS, { after })).article.mentions;
  const mentionOf = (node: Record<string, unknown>) => `${(node.subject as { id: string }).id}@${String(node.start)}-${String(node.end)}`;

  it('Article.mentions: pages in text order across an ingest of another article mentioning the same subjects', async () => {
    const all = (
      await query<{ article: { mentions: Connection } }>(
        `{ article(id: "${ART_A}") { mentions(first: 100) {
      edges { cursor node { start end subject { id } } } pageInfo { hasNextPage endCursor } } } }`,
        {},
      )
    ).article.mentions;
    const other = extra('mentions', '1983-06-02', [{ id: 'stmt:t-k-m', speaker: Q, text: 'قال قاف إن فاء سيزور تاء', about: [P, T] }]);
    const paged = await withArticles([other], (ingest) => pageThrough(mentions, mentionOf, ingest));
    expect(paged.ids).toEqual(all.edges.map((e) => mentionOf(e.node)));
    expect(paged.ids.length).toBeGreaterThan(4);
    expect(codes(await gql(server.url, SECTORS, { after: paged.cursors[0] }))).toEqual(['BAD_USER_INPUT']);
  });

  const SPEAKERS = `query ($after: String, $from: PartialDate) { whoSaidWhatAbout(about: "${T}", from: $from) {
    speakers(first: 1, after: $after) { totalCount edges { cursor node { speaker { id } count } } pageInfo { hasNextPage endCursor } } } }`;
  const speakers = async (after: string | null) =>
    (await query<{ whoSaidWhatAbout: { speakers: Connection } }>(SPEAKERS, { after })).whoSaidWhatAbout.speakers;
  const speakerOf = (node: Record<string, unknown>) => (node.speaker as { id: string }).id;

  it('whoSaidWhatAbout.speakers: the cursor holds (count, id) of the last group, so a new louder speaker does not shift the pages', async () => {
    // N says four things about T: it outranks P (3) and sorts before the cursor.
    const louder = extra(
      'speakers',
      '1983-06-03',
      [1, 2, 3, 4].map((n) => ({ id: `stmt:t-k-spk-${n}`, speaker: N, text: `قال نون في المرة ${n} إن تاء تغيرت`, about: [T] })),
    );
    const paged = await withArticles([louder], async (ingest) => {
      const result = await pageThrough(speakers, speakerOf, ingest);
      expect((await speakers(null)).edges.map((e) => speakerOf(e.node))).toEqual([N]);
      return result;
    });
    expect(paged.ids).toEqual([P, Q, R]);
    // Another date range is another list; so is another list altogether.
    expect(codes(await gql(server.url, SPEAKERS, { after: paged.cursors[0], from: '1983' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(server.url, MENTIONS, { after: paged.cursors[0] }))).toEqual(['BAD_USER_INPUT']);
  });

  const GROUP = `query ($after: String) { whoSaidWhatAbout(about: "${T}") { speakers(first: 1) { edges { node {
    statements(first: 1, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } } } } }`;
  const groupStatements = async (after: string | null) =>
    (await query<{ whoSaidWhatAbout: { speakers: { edges: { node: { statements: Connection } }[] } } }>(GROUP, { after })).whoSaidWhatAbout
      .speakers.edges[0]!.node.statements;

  it("a speaker group's statements: a newer statement ingested before the cursor is not repeated", async () => {
    const newer = extra('group', '1983-07-01', [
      { id: 'stmt:t-k-grp', speaker: P, text: 'قال فاء في يوليو إن تاء أعلنت موقفها', about: [T] },
    ]);
    const paged = await withArticles([newer], async (ingest) => {
      const result = await pageThrough(groupStatements, idOf, ingest);
      expect((await groupStatements(null)).edges.map((e) => idOf(e.node))).toEqual(['stmt:t-k-grp']);
      return result;
    });
    expect(paged.ids).toEqual([S(1), S(5), S(7)]);
    expect(codes(await gql(server.url, SPEAKERS, { after: paged.cursors[0] }))).toEqual(['BAD_USER_INPUT']);
  });

  const REPLIES = `query ($id: ID!, $denied: String, $answered: String) { statement(id: $id) {
    deniedBy(first: 1, after: $denied) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
    answeredBy(first: 1, after: $answered) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`;
  interface Replies {
    statement: { deniedBy: Connection; answeredBy: Connection };
  }
  const deniedBy = async (after: string | null) => (await query<Replies>(REPLIES, { id: S(1), denied: after })).statement.deniedBy;
  const answeredBy = async (after: string | null) => (await query<Replies>(REPLIES, { id: S(4), answered: after })).statement.answeredBy;

  it('deniedBy and answeredBy: a denial or answer added before the cursor by a corrected article is not repeated', async () => {
    const corrected = fixtureGraph(specA(true));
    try {
      const denials = await pageThrough(deniedBy, idOf, () => loadDocument(db, corrected));
      expect(denials.ids).toEqual([S(2), S(3)]);
      expect((await deniedBy(null)).edges.map((e) => idOf(e.node))).toEqual([F]);
      await loadDocument(db, articleA);
      const answers = await pageThrough(answeredBy, idOf, () => loadDocument(db, corrected));
      expect(answers.ids).toEqual([S(5), S(6)]);
      expect((await answeredBy(null)).edges.map((e) => idOf(e.node))).toEqual([G]);
      // The cursor of one statement's denials is no cursor of its answers, nor of another statement's denials.
      expect(codes(await gql(server.url, REPLIES, { id: S(1), answered: denials.cursors[0] }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await gql(server.url, REPLIES, { id: S(4), denied: denials.cursors[0] }))).toEqual(['BAD_USER_INPUT']);
    } finally {
      await loadDocument(db, articleA);
    }
  });
});
