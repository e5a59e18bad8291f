/*
 * The API through a real GraphQL client (urql, as the explorer page uses): paging through
 * `statements` with keyset cursors while articles are ingested into the same list, no
 * statement skipped or repeated.
 */
import { Client, fetchExchange } from '@urql/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteArticle, loadDocument } from '../../src/db/loader.ts';
import {
  FindStatementsDocument,
  IngestArticleDocument,
  type FindStatementsQuery,
  type StatementFilter,
} from '../../src/generated/operations.ts';
import { articleIdForKey, closeIngestPool } from '../../src/ingest/ingest-article.ts';
import { testDatabase } from '../support/db.ts';
import { fixtureGraph, testServer, type TestServer } from '../support/server.ts';
import type { Database } from '../../src/db/driver.ts';

const RUN = Math.random().toString(36).slice(2, 8);
/** A year no other test dates its articles in: the list under test is this test's own. */
const YEAR = '1963';
const FIXTURE_ARTICLES = 6;
const STATEMENTS_PER_ARTICLE = 3;
const PAGE_SIZE = 4;
const INGESTS = 2;
/** The first ingestion starts the extraction worker (lexicons and all): slow on a busy machine. */
const INGEST_TIMEOUT_MS = 300_000;
const SPEAKER = { id: `actor:t-c-${RUN}`, name: 'متحدث العميل', nameEn: `Client Speaker ${RUN}` };

const fixtures = Array.from({ length: FIXTURE_ARTICLES }, (_, a) =>
  fixtureGraph({
    article: `article:t-c-${RUN}-${a}`,
    publishedAt: `${YEAR}-0${1 + (a % 6)}-1${a % 9}`,
    actors: [SPEAKER],
    statements: Array.from({ length: STATEMENTS_PER_ARTICLE }, (_, i) => ({
      id: `stmt:t-c-${RUN}-${a}-${i}`,
      speaker: SPEAKER.id,
      text: `قال متحدث العميل في المقال ${a} شيئا رقم ${i}`,
    })),
  }),
);

/** An article written for this test in the style of the news the extractor reads. */
const ingestText = (n: number) =>
  [
    `اختبار العميل ${n}: الكرملين يرد`,
    `قال الكرملين إن المحادثات مع الجانب الآخر ستستمر في الجولة رقم ${n} من اختبار العميل.`,
    `وأكد البيت الأبيض أنه تلقى رسالة بشأن الجولة رقم ${n} من اختبار العميل.`,
  ].join('\n');

describe('a real GraphQL client (urql)', () => {
  let db: Database;
  let server: TestServer;
  let client: Client;
  const ingestedIds = Array.from({ length: INGESTS }, (_, n) => articleIdForKey({ externalId: `t-c-${RUN}-${n}` })!);

  beforeAll(async () => {
    db = await testDatabase();
    for (const graph of fixtures) await loadDocument(db, graph);
    server = await testServer(db);
    client = new Client({
      url: server.url,
      exchanges: [fetchExchange],
      // Every page from the server: the point is what the server's cursors do.
      requestPolicy: 'network-only',
      fetchOptions: { headers: { authorization: 'Bearer test-key-1' } },
    });
  });
  afterAll(async () => {
    await server?.close();
    await closeIngestPool();
    for (const id of [...fixtures.map((g) => g.article.id), ...ingestedIds]) await deleteArticle(db, id);
    await db.close();
  });

  type Page = FindStatementsQuery['statements'];
  async function readPage(filter: StatementFilter, after: string | null): Promise<Page> {
    const result = await client.query(FindStatementsDocument, { filter, first: PAGE_SIZE, after }).toPromise();
    expect(result.error).toBeUndefined();
    return result.data!.statements;
  }

  it(
    'pages through statements with cursors while articles are ingested: nothing skipped or repeated',
    async () => {
      const filter = { from: YEAR, to: YEAR };
      const seen: string[] = [];
      let after: string | null = null;
      let ingests = 0;
      for (;;) {
        // An ingest into the same list runs while the next page is read.
        const n = ingests;
        const ingest =
          n < INGESTS
            ? client
                .mutation(IngestArticleDocument, {
                  input: { text: ingestText(n), externalId: `t-c-${RUN}-${n}`, publishedAt: `${YEAR}-0${1 + n}-15` },
                })
                .toPromise()
            : null;
        ingests += 1;
        const connection = await readPage(filter, after);
        const written = await ingest;
        if (written) expect(written.error).toBeUndefined();
        if (written) expect(written.data?.ingestArticle.userErrors).toEqual([]);
        seen.push(...connection.edges.map((e) => e.node.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      const fixtureIds = fixtures.flatMap((g) => g.statements.map((s) => s.id));
      for (const id of fixtureIds) expect(seen, id).toContain(id);
      // Whatever the ingests added lies in the same list: a second walk finds all of it exactly once.
      const again: string[] = [];
      after = null;
      for (;;) {
        const connection = await readPage(filter, after);
        again.push(...connection.edges.map((e) => e.node.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(new Set(again).size).toBe(again.length);
      expect(again.length).toBeGreaterThan(fixtureIds.length);
      expect(again).toEqual(expect.arrayContaining(seen));
    },
    INGEST_TIMEOUT_MS,
  );

  it('refuses a cursor from another filter with BAD_USER_INPUT', async () => {
    const first = await client.query(FindStatementsDocument, { filter: { from: YEAR, to: YEAR }, first: 1 }).toPromise();
    const cursor = first.data!.statements.pageInfo.endCursor;
    const other = await client.query(FindStatementsDocument, { filter: { speaker: SPEAKER.id }, first: 1, after: cursor }).toPromise();
    expect(other.error?.graphQLErrors.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
  });
});
