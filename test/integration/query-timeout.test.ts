import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatError } from '../../src/api/server.ts';
import { createDatabase, QueryTimeoutError, type Database } from '../../src/db/driver.ts';

describe('the read time budget (QAWL_QUERY_TIMEOUT_MS)', () => {
  let db: Database;
  // The check that Neo4j still answers goes through a driver without the tight budget: on a
  // busy machine even `RETURN 1` can take longer than 300 ms to plan, and that is no failure.
  let unlimited: Database;
  beforeAll(() => {
    db = createDatabase(inject('neo4jUri'), inject('neo4jUser'), inject('neo4jPassword'), undefined, { readTimeoutMs: 300 });
    unlimited = createDatabase(inject('neo4jUri'), inject('neo4jUser'), inject('neo4jPassword'));
  });
  afterAll(async () => {
    await db.close();
    await unlimited.close();
  });

  it('stops a read that runs past it and says so, and the database keeps answering', async () => {
    const error = await db
      .read((tx) => tx.run('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x)'))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(QueryTimeoutError);
    const formatted = formatError({ message: 'x' }, { originalError: error });
    expect(formatted.extensions).toMatchObject({ code: 'QUERY_TIMEOUT', timeoutMs: 300 });

    const after = await unlimited.read((tx) => tx.run('RETURN 1 AS one'));
    expect(after.records[0]?.get('one')).toBe(1);
  });
});
