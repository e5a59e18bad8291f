/**
 * Extraction off the main thread: a fixed pool of worker threads, each running `extract`.
 * With size 0 the pool extracts inline (useful on one core and in tests).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extract } from '../extract/index.ts';
import { contentHash, prepareDocument, type PreparedDocument } from '../graph/content-hash.ts';
import type { DocumentGraph } from '../graph/document-graph.ts';
import type { ArticleInput } from './sources.ts';

/** Raised for an article the extractor rejected; the message is the extractor's. */
export class ExtractFailure extends Error {
  constructor(
    message: string,
    readonly kind = 'ExtractionError',
  ) {
    super(message);
    this.name = kind;
  }
}

interface Pending {
  resolve: (doc: PreparedDocument) => void;
  reject: (error: Error) => void;
}
interface Slot {
  worker: Worker;
  busy: number;
  ready: Promise<void>;
}
interface Queued {
  id: number;
  input: ArticleInput;
  pending: Pending;
}

/** Jobs in flight per worker: two, so a worker never waits for the main thread between articles. */
const PER_WORKER = 2;

/**
 * Compiled (dist/*.js) the worker module is plain JavaScript and is imported as is. From
 * TypeScript sources each worker registers tsx first (the way bin/qawl.js does) and then imports
 * the worker module: this works under `tsx`, `node bin/qawl.js` and vitest alike.
 */
function bootstrap(): string {
  if (import.meta.url.endsWith('.js')) {
    return `import(${JSON.stringify(new URL('./extract-worker.js', import.meta.url).href)})`;
  }
  // The ESM entry of tsx's API (require.resolve gives the CommonJS one, whose register() misresolves its own files).
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const workerModule = new URL('./extract-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerModule)}); })`;
}

export class ExtractPool {
  private slots: Slot[] = [];
  private pending = new Map<number, Pending>();
  private owner = new Map<number, Slot>();
  private queue: Queued[] = [];
  private nextId = 0;
  private failure: Error | null = null;

  /**
   * `unref`: the workers do not keep the process alive on their own (a server's shared pool,
   * which lives as long as the server does and has no close of its own).
   */
  constructor(
    readonly size: number,
    options: { unref?: boolean } = {},
  ) {
    if (size <= 0) return;
    const code = bootstrap();
    for (let i = 0; i < size; i++) {
      const worker = new Worker(code, { eval: true });
      if (options.unref) worker.unref();
      let markReady: () => void = () => {};
      const slot: Slot = {
        worker,
        busy: 0,
        ready: new Promise((resolve) => {
          markReady = resolve;
        }),
      };
      worker.on(
        'message',
        (message: { ready?: boolean; id?: number; graph?: DocumentGraph; hash?: string; error?: string; name?: string }) => {
          if (message.ready) {
            markReady();
            return;
          }
          const id = message.id ?? -1;
          const pending = this.pending.get(id);
          this.pending.delete(id);
          this.owner.delete(id);
          slot.busy -= 1;
          if (pending) {
            if (message.graph) pending.resolve({ graph: message.graph, hash: message.hash ?? contentHash(message.graph) });
            else pending.reject(new ExtractFailure(message.error ?? 'extraction failed', message.name));
          }
          this.dispatch();
        },
      );
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`extraction worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  /** The graph of one article and its content hash; rejects with ExtractFailure when the extractor throws. */
  extract(input: ArticleInput): Promise<PreparedDocument> {
    if (this.size <= 0) {
      try {
        return Promise.resolve(prepareDocument(extract(input)));
      } catch (error) {
        return Promise.reject(new ExtractFailure((error as Error).message, (error as Error).name));
      }
    }
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.queue.push({ id, input, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.reduce((best, s) => (s.busy < best.busy ? s : best));
      if (slot.busy >= PER_WORKER) return;
      const job = this.queue.shift()!;
      slot.busy += 1;
      this.pending.set(job.id, job.pending);
      this.owner.set(job.id, slot);
      slot.worker.postMessage({ id: job.id, input: job.input });
    }
  }

  /** False once a worker died or the pool was closed: every later job would be rejected. */
  get healthy(): boolean {
    return this.failure === null;
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const pending of this.pending.values()) pending.reject(error);
    for (const job of this.queue) job.pending.reject(error);
    this.pending.clear();
    this.queue = [];
  }

  /** Waits until every worker has loaded the extractor (lexicons included), for fair timings. */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  async close(): Promise<void> {
    this.failure ??= new Error('extraction pool closed');
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}
