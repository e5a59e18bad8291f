/*
 * ingestArticle and deleteArticle over real HTTP: API keys, input checks, idempotence, and
 * removal of exactly what an article alone supported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteArticle, loadDocument } from '../../src/db/loader.ts';
import {
  ActorProfileDocument,
  ArticleByIdDocument,
  DeleteArticleDocument,
  FindActorsDocument,
  HealthDocument,
  IngestArticleDocument,
} from '../../src/generated/operations.ts';
import { articleIdForKey, closeIngestPool } from '../../src/ingest/ingest-article.ts';
import { testDatabase } from '../support/db.ts';
import { codes, dataOf, fixtureGraph, gql, testServer } from '../support/server.ts';
import type { Database } from '../../src/db/driver.ts';

const KEY = { authorization: 'Bearer test-key-1' };
const TEXT = [
  'اختبار الواجهة: الكرملين يرد على العقوبات',
  'قال الكرملين إن روسيا لن تقبل أي عقوبات جديدة على قطاع الطاقة في اختبار الواجهة رقم 4.',
  'ونفى البيت الأبيض أن يكون قد تلقى أي رسالة من موسكو بشأن اختبار الواجهة.',
].join('\n');

describe('mutations', () => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testServer>>;
  const url = `https://example.test/a-${Math.random().toString(36).slice(2)}`;
  const articleId = articleIdForKey({ url })!;
  beforeAll(async () => {
    db = await testDatabase();
    await deleteArticle(db, articleId);
    server = await testServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await closeIngestPool();
    await deleteArticle(db, articleId);
    await deleteArticle(db, 'article:t-m-shared-1');
    await deleteArticle(db, 'article:t-m-shared-2');
    await db.close();
  });

  const input = { text: TEXT, title: 'اختبار', source: 'test', url, language: 'ar', publishedAt: '2024-05-01' };

  it('ingestArticle without a key is UNAUTHENTICATED (401) and writes nothing', async () => {
    const response = await gql(server.url, IngestArticleDocument, { input });
    expect(response.status).toBe(401);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(dataOf(await gql(server.url, ArticleByIdDocument, { id: articleId })).article).toBeNull();
  });

  it('ingestArticle with a key that is not accepted is UNAUTHENTICATED (401, WWW-Authenticate: Bearer)', async () => {
    const response = await gql(server.url, IngestArticleDocument, { input }, { authorization: 'Bearer wrong-key' });
    expect(response.status).toBe(401);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('ingestArticle extracts and loads an article, and is idempotent', async () => {
    const first = dataOf(await gql(server.url, IngestArticleDocument, { input }, KEY)).ingestArticle;
    expect(first.userErrors).toEqual([]);
    expect(first.status).toBe('LOADED');
    if (!first.article || !first.created) throw new Error('no article in a successful payload');
    expect(first.article).toMatchObject({ id: articleId, title: 'اختبار', publishedAt: '2024-05-01' });
    expect(first.created.statements).toBe(first.article.statements.totalCount);
    expect(first.created.statements).toBeGreaterThan(0);
    expect(first.created.nodesCreated).toBeGreaterThan(0);
    expect(first.created.relationshipsCreated).toBeGreaterThan(0);
    expect(first.article.statements.edges.map((e) => e.node.speaker.id)).toContain('actor:kremlin');
    const again = dataOf(await gql(server.url, IngestArticleDocument, { input }, { authorization: 'Bearer test-key-2' })).ingestArticle;
    expect(again.status).toBe('UNCHANGED');
    expect(again.created?.nodesCreated).toBe(0);
    expect(again.evictedIds).toEqual([]);
    const read = dataOf(await gql(server.url, ArticleByIdDocument, { id: articleId })).article!;
    expect(read.text).toContain('لن تقبل أي عقوبات جديدة');
  });

  it('a corrected article from the same URL replaces the stored one and names the ids to evict', async () => {
    const corrected = TEXT.replace('ونفى البيت الأبيض', 'وأكد البيت الأبيض');
    const replaced = dataOf(await gql(server.url, IngestArticleDocument, { input: { ...input, text: corrected } }, KEY)).ingestArticle;
    expect(replaced.userErrors).toEqual([]);
    expect(replaced.status).toBe('REPLACED');
    expect(replaced.article?.id).toBe(articleId);
    const stored = dataOf(await gql(server.url, ArticleByIdDocument, { id: articleId })).article!;
    expect(stored.text).toContain('وأكد البيت الأبيض');
    // The Kremlin's statement is the same sentence in both versions: its id survives the correction.
    const kremlin = (a: typeof replaced.article) => a?.statements.edges.find((e) => e.node.speaker.id === 'actor:kremlin')?.node.id;
    expect(kremlin(replaced.article)).toBeDefined();
    const back = dataOf(await gql(server.url, IngestArticleDocument, { input }, KEY)).ingestArticle;
    expect(back.status).toBe('REPLACED');
    expect(kremlin(back.article)).toBe(kremlin(replaced.article));
    for (const id of back.evictedIds) expect(dataOf(await gql(server.url, ArticleByIdDocument, { id })).article).toBeNull();
  });

  it('reports oversize, empty and binary text as userErrors, a bad date as BAD_USER_INPUT', async () => {
    const small = await testServer(db, { QAWL_MAX_ARTICLE_CHARS: '50' });
    try {
      const big = dataOf(await gql(small.url, IngestArticleDocument, { input: { text: 'ا'.repeat(51) } }, KEY)).ingestArticle;
      expect(big).toMatchObject({ article: null, status: null, userErrors: [{ field: ['input', 'text'], code: 'TOO_LONG' }] });
      expect(big.userErrors[0]!.message).toMatch(/maximum is 50/);
    } finally {
      await small.close();
    }
    const empty = dataOf(await gql(server.url, IngestArticleDocument, { input: { text: '  \n ' } }, KEY)).ingestArticle;
    expect(empty.userErrors.map((e) => e.code)).toEqual(['EMPTY']);
    const binary = dataOf(
      await gql(server.url, IngestArticleDocument, { input: { text: '\u0000\u0001\u0002\u0003\ufffd'.repeat(40) } }, KEY),
    ).ingestArticle;
    expect(binary.userErrors.map((e) => e.code)).toEqual(['BINARY']);
    expect(binary.article).toBeNull();
    const badDate = await gql(server.url, IngestArticleDocument, { input: { text: TEXT, publishedAt: 'yesterday' } }, KEY);
    expect(codes(badDate)).toEqual(['BAD_USER_INPUT']);
  });

  it('deleteArticle needs a key, removes the article and what only it supported, and reports a missing id', async () => {
    expect(codes(await gql(server.url, DeleteArticleDocument, { input: { id: 'article:t-m-shared-1' } }))).toEqual(['UNAUTHENTICATED']);
    const shared = { id: 'actor:t-m-shared', name: 'فاعل مشترك للاختبار', nameEn: 'Shared Test Actor' };
    const only = { id: 'actor:t-m-only', name: 'فاعل وحيد للاختبار', nameEn: 'Lonely Test Actor' };
    await loadDocument(
      db,
      fixtureGraph({
        article: 'article:t-m-shared-1',
        actors: [shared, only],
        statements: [{ id: 'stmt:t-m-1', speaker: only, text: 'قال الفاعل الوحيد شيئا', about: [shared.id] }].map((s) => ({
          ...s,
          speaker: s.speaker.id,
        })),
      }),
    );
    await loadDocument(
      db,
      fixtureGraph({
        article: 'article:t-m-shared-2',
        actors: [shared],
        statements: [{ id: 'stmt:t-m-2', speaker: shared.id, text: 'قال الفاعل المشترك شيئا آخر' }],
      }),
    );
    const deleted = dataOf(await gql(server.url, DeleteArticleDocument, { input: { id: 'article:t-m-shared-1' } }, KEY)).deleteArticle;
    expect(deleted).toMatchObject({ deletedArticleId: 'article:t-m-shared-1', userErrors: [] });
    expect(new Set(deleted.evictedIds)).toEqual(new Set(['article:t-m-shared-1', 'stmt:t-m-1', only.id]));
    expect(deleted.nodesDeleted).toBe(3); // the article, its statement, the actor only it mentioned
    expect(deleted.relationshipsDeleted).toBeGreaterThan(0);
    expect(dataOf(await gql(server.url, ArticleByIdDocument, { id: 'article:t-m-shared-1' })).article).toBeNull();
    expect(dataOf(await gql(server.url, ActorProfileDocument, { id: only.id })).actor).toBeNull();
    const survivor = dataOf(await gql(server.url, ActorProfileDocument, { id: shared.id })).actor!;
    expect(survivor.statementsBy.totalCount).toBe(1);
    expect(survivor.statementsAbout.totalCount).toBe(0);
    const again = dataOf(await gql(server.url, DeleteArticleDocument, { input: { id: 'article:t-m-shared-1' } }, KEY)).deleteArticle;
    expect(again).toMatchObject({
      deletedArticleId: null,
      nodesDeleted: 0,
      evictedIds: [],
      userErrors: [{ code: 'NOT_FOUND', field: ['input', 'id'] }],
    });
  });

  it('reads are open by default, and need a key when QAWL_READ_AUTH=required', async () => {
    expect(dataOf(await gql(server.url, HealthDocument)).health.status).toBe('ok');
    const closed = await testServer(db, { QAWL_READ_AUTH: 'required' });
    try {
      const anonymous = await gql(closed.url, FindActorsDocument, { filter: { name: 'test' } });
      expect(anonymous.status).toBe(401);
      expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
      expect(codes(await gql(closed.url, HealthDocument, {}, { authorization: 'Bearer nope' }))).toEqual(['UNAUTHENTICATED']);
      expect(dataOf(await gql(closed.url, HealthDocument, {}, KEY)).health.status).toBe('ok');
    } finally {
      await closed.close();
    }
  });
});
