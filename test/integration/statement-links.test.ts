/*
 * A statement list fetches, with each statement, only the links the GraphQL selection asks
 * for (queries/shared.ts, statementProjection): a list of texts reads no relationship, a list
 * asking every link gets the linked nodes whole in the same query. Either way one Cypher round
 * trip, and the same answers as the by-id path. Data of this file's own, dated 1971.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CountingDatabase, dataOf, fixtureGraph, gql, serveArticles, testServer, type ServedData } from '../support/server.ts';

const ART = 'article:t-sl-a';
const XA = 'actor:t-sl-x';
const YA = 'actor:t-sl-y';
const ZA = 'actor:t-sl-z';
const EV = 'event:t-sl-talks';
const S = (n: number) => `stmt:t-sl-${n}`;

const article = fixtureGraph({
  article: ART,
  publishedAt: '1971-02-03',
  actors: [
    { id: XA, name: 'سين الروابط', nameEn: 'Links X' },
    { id: YA, name: 'صاد الروابط', nameEn: 'Links Y', kind: 'GOVERNMENT' },
    { id: ZA, name: 'زاي الروابط', nameEn: 'Links Z', kind: 'COUNTRY' },
  ],
  events: [{ id: EV, kind: 'MEETING', label: 'محادثات الروابط', participants: [XA, YA] }],
  statements: [
    { id: S(1), speaker: XA, kind: 'CLAIM', text: 'قال سين إن صاد أغلق المعبر', about: [YA, EV], addressees: [ZA], event: EV },
    { id: S(2), speaker: YA, kind: 'DENIAL', text: 'نفى صاد أنه أغلق المعبر', about: [XA], denies: S(1), reportedBy: ZA },
    { id: S(3), speaker: ZA, kind: 'QUESTION', text: 'سألت زاي عن موعد فتح المعبر', addressees: [YA] },
    { id: S(4), speaker: YA, kind: 'ANSWER', text: 'رد صاد بأن المعبر يفتح غدا', about: [ZA], answers: S(3) },
  ],
});

const EVERY_LINK = `id text kind
  speaker { id name }
  article { id }
  addressees { id name }
  about { __typename ... on Actor { id name } ... on Event { id label } }
  reportedBy { id }
  denies { id text speaker { id } }
  answers { id text }
  event { id label }`;

interface Listed {
  statements: { edges: { node: Record<string, unknown> & { id: string } }[] };
}

describe('statement lists fetch the selected links only', () => {
  let served: ServedData;
  let counting: CountingDatabase;
  let server: Awaited<ReturnType<typeof testServer>>;

  beforeAll(async () => {
    served = await serveArticles([article]);
    counting = new CountingDatabase(served.db);
    server = await testServer(counting);
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    await served?.stop();
  });

  const ask = async (query: string) => {
    counting.reset();
    const data = dataOf(await gql<Listed>(server.url, query));
    return { data, runs: counting.runs };
  };
  const list = (fields: string) =>
    `{ statements(filter: {article: "${ART}"}, orderBy: {direction: ASC}) { edges { node { ${fields} } } } }`;

  it('a list of texts is one round trip', async () => {
    const { data, runs } = await ask(list('text'));
    expect(data.statements.edges.map((e) => e.node.text)).toEqual(article.statements.map((s) => s.content.text));
    expect(runs).toBe(1);
  });

  it('a list asking every link field is one round trip, with the answers of the by-id path', async () => {
    const { data, runs } = await ask(list(EVERY_LINK));
    expect(runs).toBe(1);
    const nodes = data.statements.edges.map((e) => e.node);
    expect(nodes.map((n) => n.id)).toEqual([S(1), S(2), S(3), S(4)]);
    // Each statement asked alone goes through the by-id loader, which reads every link as ids.
    for (const node of nodes) {
      const alone = dataOf(await gql<{ statement: unknown }>(server.url, `{ statement(id: "${node.id}") { ${EVERY_LINK} } }`));
      expect(node, node.id).toEqual(alone.statement);
    }
    const [s1, s2, s3, s4] = nodes;
    expect(s1).toMatchObject({ speaker: { id: XA }, addressees: [{ id: ZA }], event: { id: EV, label: 'محادثات الروابط' }, denies: null });
    expect((s1!.about as { id: string }[]).map((a) => a.id).sort()).toEqual([EV, YA].sort());
    expect(s2).toMatchObject({ denies: { id: S(1), speaker: { id: XA } }, reportedBy: { id: ZA }, article: { id: ART } });
    expect(s3).toMatchObject({ addressees: [{ id: YA, name: 'صاد الروابط' }], answers: null });
    expect(s4).toMatchObject({ answers: { id: S(3) }, about: [{ __typename: 'Actor', id: ZA }] });
  });

  it('follows the selection through fragments', async () => {
    const { data, runs } = await ask(
      `query { statements(filter: {article: "${ART}"}, orderBy: {direction: ASC}) { edges { node { ...Said ... on Statement { event { id } } } } } }
       fragment Said on Statement { text speaker { name } }`,
    );
    expect(runs).toBe(1);
    expect(data.statements.edges[0]!.node).toEqual({
      text: article.statements[0]!.content.text,
      speaker: { name: 'سين الروابط' },
      event: { id: EV },
    });
  });

  it("a nested list of an article's statements fetches only what is selected too", async () => {
    const query = (fields: string) => `{ article(id: "${ART}") { statements(first: 10) { edges { node { ${fields} } } } } }`;
    counting.reset();
    const texts = dataOf(await gql<{ article: Listed['statements'] & { statements: Listed['statements'] } }>(server.url, query('id text')));
    const textTrips = counting.runs;
    counting.reset();
    const linked = dataOf(await gql<{ article: { statements: Listed['statements'] } }>(server.url, query(EVERY_LINK)));
    expect(counting.runs).toBe(textTrips);
    expect(texts.article.statements.edges.map((e) => e.node.id)).toEqual(linked.article.statements.edges.map((e) => e.node.id));
    expect(linked.article.statements.edges.find((e) => e.node.id === S(2))!.node).toMatchObject({
      denies: { id: S(1) },
      reportedBy: { id: ZA },
    });
  });
});
