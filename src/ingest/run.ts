/**
 * The load pipeline: read → extract (worker pool) → write (batched transactions), each stage
 * bounded so memory stays flat however large the input is.
 *
 *   source (async iterator, one article at a time)
 *     → at most `window` articles being read/extracted/waiting (a bounded queue, in input order)
 *     → one writer: up to `batchSize` ready articles per transaction; a failed batch is retried
 *       article by article so only the bad article fails.
 *
 * One writer, not several: articles share actor nodes, and concurrent transactions on the
 * same actors would only queue on their locks (or deadlock and retry), and a replacement that
 * drops an actor no other article mentions must not race an article adding a mention to it.
 * Throughput comes from batching commits instead.
 */
import { isUnavailable } from '../db/driver.ts';
import { loadBatch, loadDocument, type LoadResult, type LoadStatus } from '../db/loader.ts';
import { prepareDocument, type PreparedDocument } from '../graph/content-hash.ts';
import { ExtractPool } from './extract-pool.ts';
import type { Database } from '../db/driver.ts';
import type { SourceItem } from './sources.ts';

export interface ArticleOutcome {
  origin: string;
  articleId?: string;
  status: LoadStatus | 'failed';
  statements?: number;
  error?: string;
}

export interface IngestSummary {
  articles: number;
  loaded: number;
  unchanged: number;
  replaced: number;
  failed: number;
  statements: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  seconds: number;
  articlesPerSecond: number;
  /** Set when the run stopped early (the database went away): the articles not reached are not counted. */
  aborted?: string;
  failures: { origin: string; error: string }[];
}

export interface IngestProgress {
  done: number;
  bytesDone: number;
  failed: number;
  elapsedMs: number;
}

export interface IngestOptions {
  /** Extraction workers (threads); 0 extracts on the main thread. */
  concurrency?: number;
  /** Articles per write transaction. */
  batchSize?: number;
  /** Articles read ahead (being extracted or waiting to be written). */
  window?: number;
  onOutcome?: (outcome: ArticleOutcome) => void;
  onProgress?: (progress: IngestProgress) => void;
  /** Keep at most this many failures in the summary (all are passed to onOutcome). */
  maxFailuresKept?: number;
}

interface Prepared {
  item: SourceItem;
  doc?: PreparedDocument;
  error?: string;
}

interface Slot {
  promise: Promise<Prepared>;
  settled: boolean;
}

/** Thrown when the database stops answering mid-run; the summary so far is attached. */
export class IngestAborted extends Error {
  constructor(
    message: string,
    readonly summary: IngestSummary,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'IngestAborted';
  }
}

function emptySummary(): IngestSummary {
  return {
    articles: 0,
    loaded: 0,
    unchanged: 0,
    replaced: 0,
    failed: 0,
    statements: 0,
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    seconds: 0,
    articlesPerSecond: 0,
    failures: [],
  };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function ingest(db: Database, source: AsyncIterable<SourceItem>, options: IngestOptions = {}): Promise<IngestSummary> {
  const concurrency = Math.max(0, options.concurrency ?? 1);
  const batchSize = Math.max(1, options.batchSize ?? 50);
  const window = Math.max(options.window ?? Math.max(batchSize * 2, concurrency * 8), 2);
  const maxFailures = options.maxFailuresKept ?? 1000;
  const pool = new ExtractPool(concurrency);
  const summary = emptySummary();
  const started = Date.now();
  let bytesDone = 0;

  const prepare = async (item: SourceItem): Promise<Prepared> => {
    if (item.error) return { item, error: message(item.error) };
    try {
      const doc = item.loadable.kind === 'graph' ? prepareDocument(item.loadable.graph) : await pool.extract(item.loadable.input);
      return { item, doc };
    } catch (error) {
      return { item, error: message(error) };
    }
  };

  const record = (outcome: ArticleOutcome, bytes: number, result?: LoadResult) => {
    summary.articles += 1;
    bytesDone += bytes;
    if (outcome.status === 'failed') {
      summary.failed += 1;
      if (summary.failures.length < maxFailures) summary.failures.push({ origin: outcome.origin, error: outcome.error ?? 'failed' });
    } else {
      summary[outcome.status] += 1;
    }
    if (result && result.status !== 'unchanged') {
      summary.statements += result.statements;
      summary.nodesCreated += result.nodesCreated;
      summary.nodesDeleted += result.nodesDeleted;
      summary.relationshipsCreated += result.relationshipsCreated;
      summary.relationshipsDeleted += result.relationshipsDeleted;
    }
    options.onOutcome?.(outcome);
    options.onProgress?.({ done: summary.articles, bytesDone, failed: summary.failed, elapsedMs: Date.now() - started });
  };

  const outcomeOf = (p: Prepared, result: LoadResult): ArticleOutcome => ({
    origin: p.item.origin,
    articleId: result.articleId,
    status: result.status,
    statements: result.statements,
  });

  /** Writes a batch in one transaction; when that fails, each article alone, so only the bad ones fail. */
  const write = async (batch: Prepared[]) => {
    const docs = batch.map((p) => p.doc!);
    let results: LoadResult[] | null = null;
    if (docs.length > 1) {
      try {
        results = await loadBatch(db, docs);
      } catch (error) {
        if (isUnavailable(error)) throw error;
        results = null;
      }
    }
    if (results) {
      batch.forEach((p, i) => record(outcomeOf(p, results[i]!), p.item.bytes, results[i]));
      return;
    }
    for (const p of batch) {
      try {
        const result = await loadDocument(db, p.doc!.graph);
        record(outcomeOf(p, result), p.item.bytes, result);
      } catch (error) {
        if (isUnavailable(error)) throw error;
        record({ origin: p.item.origin, articleId: p.doc!.graph.article.id, status: 'failed', error: message(error) }, p.item.bytes);
      }
    }
  };

  // The bounded queue: slots in input order; the reader fills it up to `window`, the writer drains it.
  const queue: Slot[] = [];
  const iterator = source[Symbol.asyncIterator]();
  let sourceDone = false;
  let wakeWriter: (() => void) | null = null;
  let wakeReader: (() => void) | null = null;
  let stop = false;
  const notifyWriter = () => {
    const w = wakeWriter;
    wakeWriter = null;
    w?.();
  };
  const notifyReader = () => {
    const w = wakeReader;
    wakeReader = null;
    w?.();
  };

  const reader = (async () => {
    try {
      while (!stop) {
        if (queue.length >= window) {
          await new Promise<void>((resolve) => {
            wakeReader = resolve;
          });
          continue;
        }
        const next = await iterator.next();
        if (next.done) break;
        const slot: Slot = { promise: prepare(next.value), settled: false };
        slot.promise.then(
          () => {
            slot.settled = true;
            notifyWriter();
          },
          () => {
            slot.settled = true;
            notifyWriter();
          },
        );
        queue.push(slot);
        notifyWriter();
      }
    } finally {
      sourceDone = true;
      notifyWriter();
    }
  })();
  reader.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled

  try {
    for (;;) {
      if (queue.length === 0) {
        if (sourceDone) break;
        await new Promise<void>((resolve) => {
          wakeWriter = resolve;
        });
        continue;
      }
      // Wait for the oldest article, then take every following one that is already extracted.
      const first = await queue[0]!.promise;
      const batch: Prepared[] = [];
      const ids = new Set<string>();
      const take = async () => {
        const slot = queue.shift()!;
        notifyReader();
        return slot.promise;
      };
      let p: Prepared | null = first;
      await take();
      for (;;) {
        if (!p) break;
        if (p.error || !p.doc) {
          record({ origin: p.item.origin, status: 'failed', error: p.error ?? 'failed' }, p.item.bytes);
        } else {
          batch.push(p);
          ids.add(p.doc.graph.article.id);
        }
        p = null;
        const head = queue[0];
        if (batch.length >= batchSize || !head?.settled) break;
        const peek = await head.promise;
        // The same article twice in a row goes into the next batch, so the second sees the first.
        if (peek.doc && ids.has(peek.doc.graph.article.id)) break;
        p = await take();
      }
      if (batch.length > 0) await write(batch);
    }
    await reader;
  } catch (error) {
    stop = true;
    notifyReader();
    await iterator.return?.(undefined).catch(() => undefined);
    finish();
    const reason = isUnavailable(error) ? `database unavailable: ${message(error)}` : message(error);
    summary.aborted = reason;
    throw new IngestAborted(reason, summary, { cause: error });
  } finally {
    await pool.close();
  }
  finish();
  return summary;

  function finish() {
    summary.seconds = (Date.now() - started) / 1000;
    summary.articlesPerSecond = summary.seconds > 0 ? summary.articles / summary.seconds : 0;
  }
}
