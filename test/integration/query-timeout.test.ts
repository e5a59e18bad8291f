import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatError } from '../../src/api/server.ts';
import { createDatabase, QueryTimeoutError, type Database } from '../../src/db/driver.ts';

describe('the read time budget (QAWL_QUERY_TIMEOUT_MS)', () => {
  let db: Database;
  beforeAll(() => {
    db = createDatabase(inject('neo4jUri'), inject('neo4jUser'), inject('neo4jPassword'), undefined, { readTimeoutMs: 300 });
  });
  afterAll(() => db.close());

  it('stops a read that runs past it and says so, and the database keeps answering', async () => {
    const started = Date.now();
    const error = await db.read((tx) => tx.run('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x)'))
      .then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect(Date.now() - started).toBeLessThan(20_000);
    const formatted = formatError({ message: 'x' }, { originalError: error });
    expect(formatted.extensions).toMatchObject({ code: 'QUERY_TIMEOUT', timeoutMs: 300 });

    const after = await db.read((tx) => tx.run('RETURN 1 AS one'));
    expect(after.records[0]?.get('one')).toBe(1);
  });
});
