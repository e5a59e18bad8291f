/**
 * The ingestArticle and deleteArticle use cases, apart from GraphQL: check the input, extract
 * on a worker thread (one large article must not stall every other request on the event loop),
 * load, and report what the caller can fix as user errors rather than exceptions.
 */
import { createHash } from 'node:crypto';
import { removeArticle, writeArticle, type RemovedArticle } from '../db/queries/mutations.ts';
import { ExtractFailure, ExtractPool } from './extract-pool.ts';
import type { Database } from '../db/driver.ts';
import type { LoadResult } from '../db/loader.ts';
import type { ArticleInput } from './sources.ts';

export type UserErrorCode = 'EMPTY' | 'TOO_LONG' | 'BINARY' | 'UNREADABLE' | 'NOT_FOUND';

export interface UserError {
  field: string[];
  code: UserErrorCode;
  message: string;
}

export interface IngestRequest {
  text: string;
  title?: string | null;
  url?: string | null;
  externalId?: string | null;
  source?: string | null;
  language?: string | null;
  publishedAt?: string | null;
}

export type IngestOutcome = { ok: true; result: LoadResult; evictedIds: string[] } | { ok: false; userErrors: UserError[] };

/** Extraction threads for API ingestion: one keeps the event loop free; mutations are rare. */
const INGEST_WORKERS = 1;
/** Hex digits of the idempotency key's hash in the article id (as the text hash in extract). */
const ID_HASH_CHARS = 16;
const TEXT_FIELD = ['input', 'text'];

let sharedPool: ExtractPool | null = null;

/** The server's extraction pool, started on the first ingestion and replaced if a worker died. */
function ingestPool(): ExtractPool {
  if (!sharedPool || !sharedPool.healthy) {
    void sharedPool?.close();
    sharedPool = new ExtractPool(INGEST_WORKERS, { unref: true });
  }
  return sharedPool;
}

/** Stops the shared pool (tests, shutdown); the next ingestion starts a new one. */
export async function closeIngestPool(): Promise<void> {
  const pool = sharedPool;
  sharedPool = null;
  await pool?.close();
}

/**
 * The article id for an idempotency key: the same `externalId` (or, without one, the same URL)
 * always names the same article, so a corrected text replaces the stored one.
 */
export function articleIdForKey(request: Pick<IngestRequest, 'url' | 'externalId'>): string | undefined {
  const externalId = request.externalId?.trim();
  const url = request.url?.trim();
  const key = externalId ? `external:${externalId}` : url ? `url:${url}` : null;
  return key ? `article:${createHash('sha256').update(key).digest('hex').slice(0, ID_HASH_CHARS)}` : undefined;
}

/*
 * Writes from this process go one at a time. Two articles naming the same actors lock the same
 * nodes in different orders, and under load the deadlocks outlast the driver's retry window;
 * queued, the writes never meet (extraction, the slow part, still runs in parallel on the pool).
 */
let writeQueue: Promise<unknown> = Promise.resolve();
function serialized<T>(write: () => Promise<T>): Promise<T> {
  const next = writeQueue.then(write, write);
  writeQueue = next.catch(() => undefined);
  return next;
}

const userError = (code: UserErrorCode, message: string, field = TEXT_FIELD): IngestOutcome => ({
  ok: false,
  userErrors: [{ field, code, message }],
});

export async function ingestArticle(db: Database, request: IngestRequest, limits: { maxArticleChars: number }): Promise<IngestOutcome> {
  if (request.text.length > limits.maxArticleChars) {
    return userError('TOO_LONG', `the article is ${request.text.length} characters; the maximum is ${limits.maxArticleChars}`);
  }
  if (!request.text.trim()) return userError('EMPTY', 'the article text is empty');
  const input: ArticleInput = {
    text: request.text,
    title: request.title ?? null,
    url: request.url ?? null,
    source: request.source ?? null,
    language: request.language ?? 'ar',
    publishedAt: request.publishedAt ?? null,
  };
  const id = articleIdForKey(request);
  if (id) input.id = id;
  let doc;
  try {
    doc = await ingestPool().extract(input);
  } catch (error) {
    if (!(error instanceof ExtractFailure)) throw error;
    const binary = /binary/i.test(error.message);
    return userError(binary ? 'BINARY' : 'UNREADABLE', `the article text cannot be read: ${error.message}`);
  }
  if (!doc.graph.article.text.trim()) return userError('EMPTY', 'the article has no text left after cleaning');
  const { evictedIds, ...result } = await serialized(() => writeArticle(db, doc));
  return { ok: true, result, evictedIds };
}

export type DeleteOutcome = { ok: true; removed: RemovedArticle } | { ok: false; userErrors: UserError[] };

export async function deleteArticleById(db: Database, id: string): Promise<DeleteOutcome> {
  const removed = await serialized(() => removeArticle(db, id));
  if (!removed.deleted)
    return { ok: false, userErrors: [{ field: ['input', 'id'], code: 'NOT_FOUND', message: `there is no article ${id}` }] };
  return { ok: true, removed };
}
