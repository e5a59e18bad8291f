import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { apiError } from './errors.ts';
import type { ApiContext } from './context.ts';

/*
 * Bounded concurrency for queries (issue 14, load): at most `concurrency` queries execute at
 * once, the rest wait in a first-come, first-served queue of at most `queueLimit`; beyond that a
 * query is refused at once with 503 SERVER_BUSY and Retry-After.
 *
 * Why: with every request executing at once, the event loop and Neo4j's two cores are shared
 * among all of them, so each one takes (its own work) × (requests in flight) / cores, and an
 * operation with a few round trips queues once per trip. A whole-graph aggregate among 64
 * others ran past a client's 10 s patience while cheap lookups finished in a second. Queued
 * first come, first served, a request waits for the ones before it and then runs at full speed:
 * the same throughput, and latency is the queue's length for every operation alike, not a
 * multiple of its own cost. The queue bound keeps memory bounded under overload.
 *
 * Only queries are admitted here: a mutation (an ingest) spends most of its time in extraction
 * and in the serialized write queue of ingest-article.ts, and holding a query slot meanwhile
 * would starve readers behind writers. The wait counts against QAWL_REQUEST_TIMEOUT_MS like
 * the rest of the request; a client that goes away while queued leaves the queue.
 */

/** Seconds a refused client should wait: the queue drains in about that at the throughput it exists for. */
export const BUSY_RETRY_AFTER_SECONDS = 1;

interface Ticket {
  state: 'queued' | 'running' | 'done';
  admit: (admitted: boolean) => void;
}

export class AdmissionQueue {
  private running = 0;
  private readonly waiting: Ticket[] = [];

  constructor(
    readonly concurrency: number,
    readonly queueLimit: number,
  ) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Null when the queue is full; otherwise `admitted` (true once the request holds a slot, at
   * once when one is free; false when it was released while still queued) and `release`, which
   * frees the slot or leaves the queue, once, whichever applies.
   */
  enter(): { admitted: Promise<boolean>; release: () => void } | null {
    if (this.running >= this.concurrency && this.waiting.length >= this.queueLimit) return null;
    let ticket!: Ticket;
    const admitted = new Promise<boolean>((resolve) => {
      ticket = { state: 'queued', admit: resolve };
    });
    const release = () => {
      if (ticket.state === 'running') {
        this.running--;
        this.next();
      } else if (ticket.state === 'queued') {
        this.waiting.splice(this.waiting.indexOf(ticket), 1);
        ticket.admit(false);
      }
      ticket.state = 'done';
    };
    this.waiting.push(ticket);
    this.next();
    return { admitted, release };
  }

  private next(): void {
    while (this.running < this.concurrency && this.waiting.length) {
      const ticket = this.waiting.shift()!;
      ticket.state = 'running';
      this.running++;
      ticket.admit(true);
    }
  }
}

/** The plugin that puts every query through `queue` once its operation is known (null: no bound). */
export function admissionPlugin(queue: AdmissionQueue | null): ApolloServerPlugin<ApiContext> {
  const retryAfter = new HeaderMap([['retry-after', String(BUSY_RETRY_AFTER_SECONDS)]]);
  return {
    async requestDidStart({ contextValue }) {
      if (!queue) return {};
      let release: (() => void) | null = null;
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'query') return;
          const ticket = queue.enter();
          if (!ticket) {
            throw apiError('SERVER_BUSY', 'the server is at capacity; retry shortly', {
              http: { status: 503, headers: retryAfter },
            });
          }
          release = ticket.release;
          // Freed once the response is out or the client is gone (which also leaves the queue).
          const { res } = contextValue;
          if (res.writableEnded || res.destroyed) ticket.release();
          else res.once('close', ticket.release);
          if (!(await ticket.admitted)) {
            throw apiError('REQUEST_TIMEOUT', 'the request ended while waiting for the server');
          }
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}
