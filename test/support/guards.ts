/**
 * A hang guard on every transaction the tests run on the shared Neo4j, not a speed check: their
 * transactions are small, seconds at worst on a loaded 2-core machine. It sits below the hook and
 * test timeouts (vitest.config.ts), so a transaction stuck on a lock or on an index that never
 * comes online fails with Neo4j's transaction timeout error, its stack at the statement that
 * stalled, instead of a hook timing out with no word of what it waited on.
 */
export const TRANSACTION_GUARD_MS = 120_000;

/** A test server's whole-request budget (QAWL_REQUEST_TIMEOUT_MS): a read's guard and a margin, below a test's 300 s. */
export const REQUEST_GUARD_MS = 180_000;
