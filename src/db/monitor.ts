import type { Database } from './driver.ts';

/*
 * Readiness of the database behind the API: reachable, and prepared (migrations applied) once.
 * The server starts whether or not Neo4j is up; until this says ready, GraphQL requests are
 * answered 503 DATABASE_UNAVAILABLE without waiting on the driver's connection timeouts, and it
 * keeps trying with exponential backoff. Once ready it checks now and then, and at once when a
 * request saw the database go away, so it notices an outage and the recovery by itself.
 */

export interface MonitorOptions {
  /** First retry delay after a failure; doubles per failure up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** How often a ready database is checked. */
  checkIntervalMs?: number;
  log?: (event: 'ready' | 'unavailable', detail: { error?: string; retryInMs?: number }) => void;
}

const DEFAULT_INITIAL_DELAY_MS = 250;
const DEFAULT_MAX_DELAY_MS = 10_000;
const DEFAULT_CHECK_INTERVAL_MS = 5_000;
/** Spread of the retry delays, so replicas that lost the same database do not retry in step. */
const JITTER = 0.2;

export class DatabaseMonitor {
  private readyNow = false;
  private prepared = false;
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private waiters: (() => void)[] = [];
  lastError: string | null = null;

  constructor(
    private readonly db: Database,
    /** Work that must succeed once before the database counts as ready (migrations, seeds). */
    private readonly prepare: () => Promise<void> = async () => {},
    private readonly options: MonitorOptions = {},
  ) {}

  get ready(): boolean {
    return this.readyNow;
  }

  /** Starts probing; resolves after the first probe, whatever its outcome. */
  start(): Promise<void> {
    this.stopped = false;
    return this.check();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** A request met an unavailable database: stop admitting requests and probe now. */
  reportUnavailable(error?: unknown): void {
    if (!this.readyNow) return;
    this.readyNow = false;
    this.lastError = error instanceof Error ? error.message : null;
    this.options.log?.('unavailable', { error: this.lastError ?? undefined });
    this.schedule(0);
  }

  /** Resolves when ready (or after `timeoutMs`, with false). */
  waitUntilReady(timeoutMs: number): Promise<boolean> {
    if (this.readyNow) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      timer.unref();
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.check();
    }, delayMs);
    // Probing must never keep a process alive that is otherwise done.
    this.timer.unref();
  }

  private check(): Promise<void> {
    this.running ??= this.probe().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async probe(): Promise<void> {
    try {
      await this.db.verify();
      if (!this.prepared) {
        await this.prepare();
        this.prepared = true;
      }
      const wasReady = this.readyNow;
      this.readyNow = true;
      this.failures = 0;
      this.lastError = null;
      if (!wasReady) {
        this.options.log?.('ready', {});
        for (const wake of this.waiters.splice(0)) wake();
      }
      this.schedule(this.options.checkIntervalMs ?? DEFAULT_CHECK_INTERVAL_MS);
    } catch (error) {
      const wasReady = this.readyNow;
      this.readyNow = false;
      this.failures++;
      this.lastError = error instanceof Error ? error.message : String(error);
      const base = Math.min(
        (this.options.initialDelayMs ?? DEFAULT_INITIAL_DELAY_MS) * 2 ** (this.failures - 1),
        this.options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
      );
      const delay = Math.round(base * (1 - JITTER + 2 * JITTER * Math.random()));
      if (wasReady || this.failures === 1) this.options.log?.('unavailable', { error: this.lastError, retryInMs: delay });
      this.schedule(delay);
    }
  }
}
