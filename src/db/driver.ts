import path from 'node:path';
import neo4j, { type Driver, type ManagedTransaction, type RecordShape, type Result, type Session, type SessionConfig } from 'neo4j-driver';
import { compactCypher } from './cypher-text.ts';
import { LocalNeo4j, runningLocalNeo4j } from './local-neo4j.ts';
import type { Config } from '../config.ts';

/** Neo4j cannot be reached (down, restarting, wrong address): callers report it, not crash. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** A read ran past its time budget (QAWL_QUERY_TIMEOUT_MS) and Neo4j aborted it. */
export class QueryTimeoutError extends Error {
  constructor(
    readonly timeoutMs: number,
    options?: { cause?: unknown },
  ) {
    super(`the query ran longer than ${timeoutMs} ms and was stopped; narrow it (filters, smaller pages) and retry`, options);
    this.name = 'QueryTimeoutError';
  }
}

export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  // A transient error still there after the driver's retries (a deadlock between concurrent
  // ingests, a lock wait under load) is the database being busy: the client should retry later
  // (503 with Retry-After), not read it as a bug of the server.
  return typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.'));
}

/** What a read's work may do with its queries: run them (Database.read). */
export interface ReadTransaction {
  run<R extends RecordShape = RecordShape>(query: string, parameters?: Record<string, unknown>): Result<R>;
}

/** How long a read keeps retrying a transient failure: the driver's maxTransactionRetryTime below. */
const READ_RETRY_MS = 5_000;
/** The first wait before retrying a read, doubled on each further attempt. */
const READ_RETRY_FIRST_DELAY_MS = 200;

/** One driver plus the database name; sessions are READ or WRITE so a cluster routes them. */
export interface DatabaseOptions {
  /** Neo4j aborts a read transaction running longer than this, so one hostile query cannot hog the database. */
  readTimeoutMs?: number;
  /**
   * Neo4j aborts a write transaction running longer than this. Unset (no limit) for the server and
   * `qawl load`, whose writes are bounded batches; the tests set it as a hang guard, so a write
   * stuck on a lock or a schema change fails with Neo4j's timeout error instead of a hook timeout.
   */
  writeTimeoutMs?: number;
}

export class Database {
  constructor(
    readonly driver: Driver,
    readonly databaseName: string | undefined,
    readonly uri: string,
    readonly options: DatabaseOptions = {},
  ) {}

  private sessionConfig(mode: 'READ' | 'WRITE'): SessionConfig {
    return { database: this.databaseName, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE };
  }

  /**
   * Reads: each query of `work` runs as an auto-commit transaction of a READ session (routed to
   * a reader in a cluster), with the read timeout. An explicit transaction costs two more Bolt
   * messages per query, BEGIN and COMMIT, each its own socket write, and a round trip: on the
   * read benchmark (22,568 articles, a loaded 2-core machine) writing them took more of the
   * server's CPU than running GraphQL did. Reads need no transaction around them: the queries of
   * one `work` each see committed data. What the managed transaction gave besides, retrying a
   * transient failure, is kept: the whole `work` runs again (reads are idempotent), for up to
   * READ_RETRY_MS as the driver's maxTransactionRetryTime. Texts go out compacted (cypher-text.ts).
   */
  async read<T>(work: (tx: ReadTransaction) => Promise<T>): Promise<T> {
    const timeout = this.options.readTimeoutMs;
    const config = timeout ? { timeout } : undefined;
    const started = performance.now();
    for (let attempt = 0; ; attempt++) {
      // A session per query: a session runs one auto-commit query at a time, and the queries of
      // one `work` may run concurrently (each then on its own pooled connection).
      const sessions: Session[] = [];
      try {
        return await work({
          run: <R extends RecordShape = RecordShape>(query: string, parameters?: Record<string, unknown>) => {
            const session = this.driver.session(this.sessionConfig('READ'));
            sessions.push(session);
            return session.run<R>(compactCypher(query), parameters, config);
          },
        });
      } catch (error) {
        if (timeout && isTimeout(error)) throw new QueryTimeoutError(timeout, { cause: error });
        const waitMs = READ_RETRY_FIRST_DELAY_MS * 2 ** attempt;
        if (!neo4j.isRetryableError(error) || performance.now() - started + waitMs > READ_RETRY_MS) throw translate(error);
      } finally {
        await Promise.all(sessions.map((session) => session.close()));
      }
      await new Promise((resolve) => setTimeout(resolve, READ_RETRY_FIRST_DELAY_MS * 2 ** attempt));
    }
  }

  async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session(this.sessionConfig('WRITE'));
    const timeout = this.options.writeTimeoutMs;
    try {
      return await session.executeWrite(work, timeout ? { timeout } : undefined);
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.databaseName });
    } catch (error) {
      throw translate(error);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

function isTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /TransactionTimedOut|Transaction\.TransactionTimedOutClientConfiguration/.test(code);
}

function translate(error: unknown): unknown {
  if (isUnavailable(error) && !(error instanceof DatabaseUnavailableError)) {
    return new DatabaseUnavailableError(`Neo4j is unavailable: ${(error as Error).message}`, { cause: error });
  }
  return error;
}

export function createDatabase(uri: string, user = 'neo4j', password = '', databaseName?: string, options: DatabaseOptions = {}): Database {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    // Fail fast when the database is down instead of letting requests hang for a minute.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: true,
    // Bolt 5 notifications about e.g. unbounded paths are noise in server logs.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
  return new Database(driver, databaseName, uri, options);
}

export interface DatabaseHandle {
  db: Database;
  /** Present when this process started the local Neo4j and must stop it. */
  local: LocalNeo4j | null;
  describe: string;
  close(): Promise<void>;
}

const readOptions = (config: Config): DatabaseOptions => ({ readTimeoutMs: config.api.queryTimeoutMs });

export function localNeo4jDir(config: Config): string {
  return path.join(config.dataDir, 'neo4j');
}

/**
 * NEO4J_URI when set; otherwise the local Neo4j of QAWL_DATA_DIR, reused when another Qawl
 * process already runs it, started (and owned by the caller) when not.
 */
export async function openDatabase(
  config: Config,
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<DatabaseHandle> {
  if (config.neo4j) {
    const db = createDatabase(config.neo4j.uri, config.neo4j.user, config.neo4j.password, config.neo4j.database, readOptions(config));
    await db.verify().catch(async (error: unknown) => {
      await db.close();
      throw error;
    });
    return { db, local: null, describe: config.neo4j.uri, close: () => db.close() };
  }
  const dir = localNeo4jDir(config);
  const running = runningLocalNeo4j(dir);
  if (running) {
    const db = createDatabase(running.uri, undefined, undefined, undefined, readOptions(config));
    try {
      await db.verify();
      const describe = `${running.uri} (local Neo4j already running in ${dir})`;
      log(`qawl: using ${describe}`);
      return { db, local: null, describe, close: () => db.close() };
    } catch {
      await db.close();
      // stale runtime file: the process died or is someone else's; start our own below
    }
  }
  log(`qawl: starting the local Neo4j in ${dir} (set NEO4J_URI to use another database)`);
  const local = await LocalNeo4j.start({
    dataDir: dir,
    port: config.localNeo4j.boltPort,
    heapMb: config.localNeo4j.heapMb,
    pageCacheMb: config.localNeo4j.pageCacheMb,
    startTimeoutMs: config.localNeo4j.startTimeoutMs,
    shortLived: config.localNeo4j.shortLived,
    log,
  });
  const db = createDatabase(local.uri, undefined, undefined, undefined, readOptions(config));
  try {
    await db.verify();
  } catch (error) {
    await db.close();
    await local.stop();
    throw error;
  }
  return {
    db,
    local,
    describe: `${local.uri} (local Neo4j in ${dir})`,
    close: async () => {
      await db.close();
      await local.stop();
    },
  };
}
