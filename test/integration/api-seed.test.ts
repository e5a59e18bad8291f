import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/driver.ts';
import { loadDocument } from '../../src/db/loader.ts';
import { seedGraph, testDatabase } from '../support/db.ts';
import { gql, testServer } from '../support/server.ts';

interface StatementsData {
  statements: { totalCount: number; edges: { node: { text: string; kind: string; speaker: { id: string; name: string } } }[] };
}

describe('GraphQL over HTTP with the seed loaded', () => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    db = await testDatabase();
    await loadDocument(db, seedGraph());
    server = await testServer(db);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('answers "what did the Kremlin say?" with the Kremlin\'s statements from the seed', async () => {
    const { status, body } = await gql<StatementsData>(server.url, `
      query KremlinSaid($speaker: ID!) {
        statements(filter: {speaker: $speaker}, first: 50) {
          totalCount
          edges { node { text kind speaker { id name } } }
        }
      }`, { speaker: 'actor:kremlin' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const statements = body.data!.statements.edges.map((e) => e.node);
    expect(statements.every((s) => s.speaker.id === 'actor:kremlin')).toBe(true);
    const texts = statements.map((s) => s.text).join('\n');
    expect(texts).toContain('الولايات المتحدة لم تتصل بموسكو');
    expect(texts).toContain('لم يتم تلقي أي طلبات');
    expect(texts).toContain('الجانبين يؤيدان مزيدا من التعاون');
    expect(body.data!.statements.totalCount).toBe(statements.length);
  });

  it('finds an actor by an Arabic name with a clitic and a different hamza', async () => {
    const { body } = await gql<{ actors: { edges: { node: { id: string } }[] } }>(server.url,
      '{ actors(filter: {name: "الكرملين"}) { edges { node { id } } } }');
    expect(body.data!.actors.edges.map((e) => e.node.id)).toContain('actor:kremlin');
  });

  it('actor(id) returns null for an unknown id', async () => {
    const { body } = await gql<{ actor: null }>(server.url, '{ actor(id: "actor:nobody-at-all") { id } }');
    expect(body.errors).toBeUndefined();
    expect(body.data!.actor).toBeNull();
  });

  it('GET /health reports the database up', async () => {
    const response = await fetch(server.url.replace(/\/graphql$/, '/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });
});
