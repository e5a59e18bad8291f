/*
 * Execution guarantees: round trips that do not grow with the number of results, hostile
 * query limits, a database that is down, and masking of unexpected errors.
 */
import net from 'node:net';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../src/db/driver.ts';
import { deleteArticle, loadDocument } from '../../src/db/loader.ts';
import { FindActorsDocument, FindStatementsDocument } from '../../src/generated/operations.ts';
import { testDatabase } from '../support/db.ts';
import { codes, CountingDatabase, dataOf, fixtureGraph, gql, testServer } from '../support/server.ts';

const ARTICLE = 'article:t-l-roundtrips';
const N = 8;
const actor = (i: number) => ({ id: `actor:t-l-${i}`, name: `عداد الرحلات ${i}`, nameEn: `Roundtrip Counter ${i}` });

/** N actors; each says two things about the next actor and one about the one after. */
const graph = fixtureGraph({
  article: ARTICLE,
  actors: Array.from({ length: N }, (_, i) => actor(i)),
  statements: Array.from({ length: N }, (_, i) => [
    { id: `stmt:t-l-${i}-a`, speaker: actor(i).id, text: `قال العداد ${i} شيئا أول`, about: [actor((i + 1) % N).id] },
    {
      id: `stmt:t-l-${i}-b`,
      speaker: actor(i).id,
      text: `قال العداد ${i} شيئا ثانيا`,
      about: [actor((i + 1) % N).id, actor((i + 2) % N).id],
    },
  ]).flat(),
});

const NESTED = `
  query Nested($first: Int!) {
    actors(filter: {name: "roundtrip counter"}, first: $first) {
      totalCount
      edges { node { id name
        statementsBy(first: 5) { totalCount edges { node { id text
          about { __typename ... on Actor { id name statementsBy(first: 1) { totalCount } } }
          speaker { id name partOf { id } }
          article { id }
        } } }
      } }
    }
  }`;

interface NestedData {
  actors: {
    totalCount: number;
    edges: { node: { statementsBy: { edges: { node: { about: { id?: string }[]; speaker: { id: string } } }[] } } }[];
  };
}

describe('execution limits and guarantees', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
    await deleteArticle(db, ARTICLE);
    await loadDocument(db, graph);
  });
  afterAll(async () => {
    await deleteArticle(db, ARTICLE);
    await db.close();
  });

  it('a nested query (actors → statements → about → speaker) costs the same number of round trips for 1, 4 or 8 actors', async () => {
    const counting = new CountingDatabase(db);
    const server = await testServer(counting);
    try {
      const trips: Record<number, number> = {};
      for (const first of [1, 4, N]) {
        counting.reset();
        const data = dataOf(await gql<NestedData>(server.url, NESTED, { first }));
        expect(data.actors.edges).toHaveLength(first);
        const statements = data.actors.edges.flatMap((e) => e.node.statementsBy.edges);
        expect(statements).toHaveLength(2 * first);
        expect(statements.every((s) => s.node.about.length > 0 && s.node.speaker.id)).toBe(true);
        trips[first] = counting.runs;
        expect(counting.transactions).toBe(counting.runs);
      }
      console.info(`Cypher round trips for 1, 4, ${N} actors: ${trips[1]}, ${trips[4]}, ${trips[N]}`);
      expect(trips[4]).toBe(trips[1]);
      expect(trips[N]).toBe(trips[1]);
      // actors; their statements; speakers, about targets and articles; the targets' statements.
      expect(trips[1]).toBeLessThanOrEqual(4);
    } finally {
      await server.close();
    }
  });

  it('each root list field is one round trip', async () => {
    const counting = new CountingDatabase(db);
    const server = await testServer(counting);
    try {
      for (const query of [
        '{ statements(filter: {speaker: "actor:t-l-1"}) { totalCount edges { node { id } } } }',
        '{ actors(filter: {name: "roundtrip"}) { totalCount edges { node { id } } } }',
        '{ whoSaidWhatAbout(about: "actor:t-l-2") { totalCount } }',
        '{ stanceNetwork(first: 5) { totalCount } }',
        '{ denials { totalCount } }',
        '{ nodes(ids: ["actor:t-l-1", "actor:t-l-2", "stmt:t-l-1-a"]) { id } }',
        '{ search(query: "العداد", types: [ACTOR, PLACE, SECTOR, ARTICLE]) { totalCount edges { score node { __typename } } } }',
        '{ events { totalCount } }',
        '{ timeline(actor: "actor:t-l-1") { totalCount } }',
        '{ sectors { totalCount } }',
        '{ articles { totalCount } }',
        '{ search(query: "العداد") { totalCount edges { score type } } }',
        '{ graph(center: "actor:t-l-1") { nodes { id } } }',
        '{ actorNetwork(filter: {article: "article:t-l-roundtrips", cooccurrence: STATEMENT}) { nodes { actor { name } } edges { sourceActor { id } } cooccurrences { id } } }',
        '{ shortestPath(from: "actor:t-l-1", to: "actor:t-l-5") { nodes { id } relationships { type } } }',
      ]) {
        counting.reset();
        dataOf(await gql(server.url, query));
        expect(counting.runs, query).toBe(1);
      }
    } finally {
      await server.close();
    }
  });

  it('rejects a query deeper than the maximum depth with QUERY_TOO_COMPLEX, fragments included', async () => {
    const server = await testServer(db, { QAWL_MAX_QUERY_DEPTH: '5' });
    try {
      const shallow = await gql(server.url, '{ actors(first: 1) { edges { node { id } } } }');
      expect(shallow.body.errors).toBeUndefined();
      const deep = await gql(
        server.url,
        '{ actors(first: 1) { edges { node { statementsBy(first: 1) { edges { node { speaker { id } } } } } } } }',
      );
      expect(deep.status).toBe(400);
      expect(codes(deep)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(deep.body.errors![0]!.message).toMatch(/depth 8 exceeds the maximum of 5/);
      const viaFragments = await gql(
        server.url,
        `
        query { actors(first: 1) { ...A } }
        fragment A on ActorConnection { edges { node { ...B } } }
        fragment B on Actor { statementsBy(first: 1) { edges { node { speaker { id } } } } }`,
      );
      expect(codes(viaFragments)).toEqual(['QUERY_TOO_COMPLEX']);
    } finally {
      await server.close();
    }
  });

  it('rejects a query whose estimated cost is over the maximum with QUERY_TOO_COMPLEX', async () => {
    const server = await testServer(db, { QAWL_MAX_QUERY_COST: '1000' });
    try {
      const nested = (outer: number, inner: number) =>
        `{ actors(first: ${outer}) { edges { node { id statementsBy(first: ${inner}) { edges { node { id text speaker { id } } } } } } } }`;
      expect(dataOf(await gql(server.url, nested(5, 5))).actors).toBeDefined();
      const expensive = await gql(server.url, nested(100, 100));
      expect(codes(expensive)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(expensive.body.errors![0]!.extensions).toMatchObject({ maximum: 1000 });
      // A page size given by a variable counts as the maximum page size.
      const byVariable = await gql(
        server.url,
        `query($n: Int) { actors(first: $n) { edges { node { statementsBy(first: $n) { edges { node { id text } } } } } } }`,
        { n: 2 },
      );
      expect(codes(byVariable)).toEqual(['QUERY_TOO_COMPLEX']);
    } finally {
      await server.close();
    }
  });

  it('lets Apollo Sandbox introspect the schema under the default limits', async () => {
    const server = await testServer(db);
    try {
      type Described = { name: string; description: string | null };
      const response = await gql<{ __schema: { types: (Described & { fields: Described[] | null; inputFields: Described[] | null })[] } }>(
        server.url,
        getIntrospectionQuery({ descriptions: true }),
      );
      expect(response.body.errors).toBeUndefined();
      const types = response.body.data!.__schema.types.filter((t) => !t.name.startsWith('__'));
      const own = types.filter((t) => !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name));
      const undocumented = own.filter((t) => !t.description).map((t) => t.name);
      expect(undocumented).toEqual([]);
      const undocumentedFields = own.flatMap((t) =>
        [...(t.fields ?? []), ...(t.inputFields ?? [])].filter((f) => !f.description).map((f) => `${t.name}.${f.name}`),
      );
      expect(undocumentedFields).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('reports DATABASE_UNAVAILABLE when Neo4j cannot be reached', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    const down = createDatabase(`bolt://127.0.0.1:${port}`);
    const server = await testServer(down);
    try {
      const response = await gql(server.url, FindActorsDocument, {});
      expect(codes(response)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(response.body.errors![0]!.message).not.toMatch(/bolt|127\.0\.0\.1|MATCH/);
      const health = await fetch(server.url.replace(/\/graphql$/, '/health'));
      expect(health.status).toBe(503);
    } finally {
      await server.close();
      await down.close();
    }
  });

  it('masks unexpected errors: a statement whose speaker is missing gives INTERNAL_SERVER_ERROR without internals', async () => {
    const broken = fixtureGraph({
      article: 'article:t-l-broken',
      actors: [actor(0)],
      statements: [{ id: 'stmt:t-l-orphan', speaker: actor(0).id, text: 'كلام بلا قائل' }],
    });
    await deleteArticle(db, 'article:t-l-broken');
    await loadDocument(db, broken);
    // The loader refuses such a graph, so the damage is done by hand, as a stray write would.
    // Both records of the speaker go: the SAID edge and the statement's denormalized speakerId.
    await db.write((tx) => tx.run("MATCH (:Actor)-[r:SAID]->(s:Statement {id: 'stmt:t-l-orphan'}) DELETE r REMOVE s.speakerId"));
    const server = await testServer(db);
    try {
      const response = await gql(server.url, FindStatementsDocument, { filter: { article: 'article:t-l-broken' } });
      expect(codes(response)).toContain('INTERNAL_SERVER_ERROR');
      for (const error of response.body.errors!) {
        expect(error.message).toBe('Internal server error');
        expect(JSON.stringify(error)).not.toMatch(/stmt:t-l-orphan|stack|Cypher/);
      }
    } finally {
      await server.close();
      await deleteArticle(db, 'article:t-l-broken');
    }
  });
});
