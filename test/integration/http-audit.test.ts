/*
 * GraphQL-over-HTTP compliance: graphql-http's server audits against the real server. Every
 * MUST passes; the SHOULD and MAY results are printed (the README lists them) and may only
 * differ where our hardening says so (CSRF prevention refuses simple GETs, JSON errors).
 */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../support/db.ts';
import { testServer, type TestServer } from '../support/server.ts';
import type { Database } from '../../src/db/driver.ts';

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  let db: Database;
  let server: TestServer;
  beforeAll(async () => {
    db = await testDatabase();
    server = await testServer(db, { QAWL_RATE_LIMIT: '0' });
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('passes every MUST audit', async () => {
    const results = [];
    for (const audit of serverAudits({ url: server.url })) results.push(await audit.fn());
    const report = results.map(
      (r) => `${r.status === 'ok' ? 'ok   ' : `${r.status.padEnd(5)}`} ${r.name}${r.status === 'ok' ? '' : ` — ${r.reason}`}`,
    );
    process.stdout.write(`graphql-http audits:\n${report.join('\n')}\n`);
    const failedMusts = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok').map((r) => r.name);
    expect(failedMusts).toEqual([]);
  });
});
