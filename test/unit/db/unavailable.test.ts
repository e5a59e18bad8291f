import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, isUnavailable } from '../../../src/db/driver.ts';

const neo4jError = (code: string) => Object.assign(new Error(code), { code });

describe('which database errors the API answers as DATABASE_UNAVAILABLE (503, retry later)', () => {
  it.each([
    ['the database cannot be reached', 'ServiceUnavailable', true],
    ['a deadlock between concurrent writes, still there after the retries', 'Neo.TransientError.Transaction.DeadlockDetected', true],
    ['a lock wait that ran out', 'Neo.TransientError.Transaction.LockAcquisitionTimeout', true],
    ['a syntax error (a bug: masked as internal)', 'Neo.ClientError.Statement.SyntaxError', false],
    [
      'a transaction past its time budget (the query timeout, not the database)',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      false,
    ],
  ])('%s: %s', (_what, code, unavailable) => {
    expect(isUnavailable(neo4jError(code))).toBe(unavailable);
  });

  it('an error already classified stays classified', () => {
    expect(isUnavailable(new DatabaseUnavailableError('down'))).toBe(true);
    expect(isUnavailable(new Error('plain'))).toBe(false);
  });
});
