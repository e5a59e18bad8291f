/*
 * The API over real HTTP against hostile and broken input (issue 14): each case has its
 * expected status and error code, and the test's own data is checked unchanged afterwards.
 * Also: scoped API keys, request ids and what the logs hold, production settings, CORS,
 * CSRF prevention, rate limiting, health endpoints.
 */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/api/logging.ts';
import { startServer } from '../../src/api/server.ts';
import { hashKey } from '../../src/config.ts';
import { deleteArticle, loadDocument } from '../../src/db/loader.ts';
import { testConfig, testDatabase } from '../support/db.ts';
import { codes, fixtureGraph, gql, testServer, type GraphQLResponse } from '../support/server.ts';
import type { Database } from '../../src/db/driver.ts';

const SUFFIX = randomBytes(4).toString('hex');
const ARTICLE = `article:t-h14-${SUFFIX}`;
const SPEAKER = `actor:t-h14-speaker-${SUFFIX}`;
/** Articles ingested over HTTP by this file carry URLs under this prefix, so the check finds them (and only them). */
const URL_PREFIX = `https://example.test/h14/${SUFFIX}/`;
const READER = `reader-${SUFFIX}`;
const WRITER = `writer-${SUFFIX}`;
const HASHED_READER = `hashed-reader-${SUFFIX}`;

const graph = fixtureGraph({
  article: ARTICLE,
  actors: [{ id: SPEAKER, name: `متحدث ${SUFFIX}` }],
  statements: [
    { id: `stmt:t-h14-${SUFFIX}:1`, speaker: SPEAKER, text: 'قال المتحدث إن الاجتماع سيعقد في موعده' },
    { id: `stmt:t-h14-${SUFFIX}:2`, speaker: SPEAKER, kind: 'DENIAL', text: 'نفى المتحدث وجود خلاف بين الطرفين' },
  ],
});

/** What this file owns in the database: its article with its statements and actor, and whatever it ingested. */
async function ownState(db: Database) {
  const result = await db.read((tx) =>
    tx.run(
      `
    OPTIONAL MATCH (a:Article {id: $article}) OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
    WITH a, count(s) AS statements
    OPTIONAL MATCH (x:Actor {id: $speaker})
    CALL { MATCH (i:Article) WHERE i.url STARTS WITH $urlPrefix RETURN collect(i.id) AS ingested }
    RETURN a.contentHash AS hash, a.text AS text, statements, x.name AS speaker, ingested`,
      { article: ARTICLE, speaker: SPEAKER, urlPrefix: URL_PREFIX },
    ),
  );
  return result.records[0]!.toObject();
}

async function post(url: string, body: string | Buffer, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  let json: GraphQLResponse<unknown> | null = null;
  try {
    json = JSON.parse(text) as GraphQLResponse<unknown>;
  } catch {
    /* asserted below */
  }
  return { status: response.status, type: response.headers.get('content-type') ?? '', json, text, headers: response.headers };
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const query = (q: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query: q, variables });
const repeat = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join(' ');

/** Cypher, Lucene and Unicode trouble: each must be taken as plain text wherever it goes. */
const INJECTIONS = [
  "x' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) DETACH DELETE n //',
  '\u0060backtick\u0060',
  'a AND b OR c NOT d +e -f && || ! ( ) { } [ ] ^ " ~ * ? : \\ /',
  'title:* OR text:[* TO *]',
  '\u202Eمعكوس\u202C',
  'الرئيس\u0000NUL',
  '$param {param} ${param}',
];

describe('hostile and broken requests over HTTP', () => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testServer>>;
  let before: Awaited<ReturnType<typeof ownState>>;

  beforeAll(async () => {
    db = await testDatabase();
    await deleteArticle(db, ARTICLE);
    await loadDocument(db, graph);
    // Production settings: what a public endpoint answers (no stack traces, no suggestions).
    server = await testServer(db, { QAWL_API_KEYS: `${WRITER}:write`, QAWL_RATE_LIMIT: '0', NODE_ENV: 'production' });
    before = await ownState(db);
    expect(before.statements).toBe(2);
  });

  afterAll(async () => {
    await server?.close();
    for (const id of (await ownState(db)).ingested as string[]) await deleteArticle(db, id);
    await deleteArticle(db, ARTICLE);
    await db.close();
  });

  const cases: { name: string; body: () => string | Buffer; headers?: Record<string, string>; status: number; code: string }[] = [
    { name: 'malformed JSON', body: () => '{"query": "{ health { status } "', status: 400, code: 'BAD_REQUEST' },
    {
      name: 'text/plain',
      body: () => query('{ health { status } }'),
      headers: { 'content-type': 'text/plain' },
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'a form',
      body: () => 'query=%7B+health+%7B+status+%7D+%7D',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'JSON in Latin-1',
      body: () => query('{ health { status } }'),
      headers: { 'content-type': 'application/json; charset=iso-8859-1' },
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    { name: 'no content type', body: () => query('{ health { status } }'), headers: {}, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    { name: 'an empty body', body: () => '', status: 400, code: 'BAD_REQUEST' },
    { name: 'a JSON body without a query', body: () => '{}', status: 400, code: 'BAD_REQUEST' },
    {
      name: 'a 10 MB body',
      body: () => query('{ health { status } }', { pad: 'x'.repeat(10 * 1024 * 1024) }),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
    {
      name: 'a query 100 levels deep',
      body: () => query(`{ actor(id: "${SPEAKER}") { ${'partOf { '.repeat(99)}id${' }'.repeat(99)} } }`),
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'an alias bomb',
      body: () => query(`{ ${repeat(200, (i) => `a${i}: stanceNetwork(first: 1) { totalCount }`)} }`),
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'a fragment cycle',
      body: () => query('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      name: 'a directive flood',
      body: () => query(`query ($t: Boolean = true) { actor(id: "${SPEAKER}") { ${repeat(100, (i) => `n${i}: name @include(if: $t)`)} } }`),
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
    { name: 'a token flood', body: () => query(`{ ${repeat(10_000, () => '__typename')} }`), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
    {
      name: 'a huge literal first',
      body: () => query('{ statements(first: 1000000) { edges { node { id } } } }'),
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'a first beyond Int',
      body: () => query('{ statements(first: 99999999999) { totalCount } }'),
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      name: 'a huge first in a variable',
      body: () => query('query ($n: Int) { statements(first: $n) { totalCount } }', { n: 2_000_000_000 }),
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    { name: 'a negative first', body: () => query('{ actors(first: -5) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
    {
      name: 'a forged cursor',
      body: () => query('{ statements(first: 2, after: "not-a-cursor") { totalCount } }'),
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'a cursor of base64 junk',
      body: () => query('{ actors(after: "eyJ4Ijp9") { totalCount } }'),
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'a mutation without a key',
      body: () => query(`mutation { deleteArticle(input: {id: "${ARTICLE}"}) { deletedArticleId } }`),
      status: 401,
      code: 'UNAUTHENTICATED',
    },
  ];

  for (const c of cases) {
    it(`${c.name}: ${c.status} ${c.code}, as GraphQL JSON, nothing written`, async () => {
      const response = await post(server.url, c.body(), c.headers ?? JSON_HEADERS);
      expect(response.status, response.text.slice(0, 300)).toBe(c.status);
      expect(response.type).toMatch(/^application\/(graphql-response\+)?json/);
      expect(codes({ body: response.json! })).toContain(c.code);
      expect(response.text).not.toMatch(/<html|at \w+ \(|node_modules|Cypher|MATCH \(/i);
      expect(await ownState(db)).toEqual(before);
    });
  }

  it('odd ids are unknown (null), not errors', async () => {
    for (const id of ['', ' ', "actor:x' OR '1'='1", 'actor:\u0000', `${SPEAKER}\u202E`, 'x'.repeat(5000)]) {
      const { status, body } = await gql(server.url, 'query ($id: ID!) { actor(id: $id) { id } node(id: $id) { id } }', { id });
      expect(status, id).toBe(200);
      expect(body.errors, id).toBeUndefined();
      expect(body.data, id).toEqual({ actor: null, node: null });
    }
    expect(await ownState(db)).toEqual(before);
  });

  it('injection strings in filters and search are plain text: no error but BAD_USER_INPUT, nothing written', async () => {
    for (const text of INJECTIONS) {
      const responses = await Promise.all([
        gql(server.url, 'query ($t: String!) { statements(filter: {text: $t}) { totalCount edges { node { id } } } }', { t: text }),
        gql(server.url, 'query ($t: ID!) { statements(filter: {speaker: $t, about: $t}) { totalCount } }', { t: text }),
        gql(server.url, 'query ($t: String!) { actors(filter: {name: $t}) { edges { node { id } } } }', { t: text }),
        gql(server.url, 'query ($t: String!) { search(query: $t, first: 5) { edges { score type } } }', { t: text }),
      ]);
      for (const response of responses) {
        expect(response.status, text).toBe(200);
        for (const code of codes(response)) expect(code, `${text}: ${JSON.stringify(response.body.errors)}`).toBe('BAD_USER_INPUT');
      }
    }
    expect(await ownState(db)).toEqual(before);
  });

  it('injection strings in ingested article text are stored as given (or refused as BAD_USER_INPUT), and touch nothing else', async () => {
    const mutation =
      'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status article { id text } userErrors { code } } }';
    const auth = { authorization: `Bearer ${WRITER}` };
    for (const [i, injection] of INJECTIONS.entries()) {
      const text = `قال المتحدث باسم الوزارة ${injection} إن المحادثات ستستمر الأسبوع المقبل.`;
      const response = await gql<{
        ingestArticle: { status: string; article: { id: string; text: string }; userErrors: { code: string }[] };
      }>(server.url, mutation, { input: { text, title: `h14 ${i}`, url: `${URL_PREFIX}${i}`, publishedAt: '2024-04-01' } }, auth);
      expect(response.status, injection).toBe(200);
      if (response.body.errors) {
        expect(codes(response), injection).toEqual(['BAD_USER_INPUT']);
        continue;
      }
      // Text the user can fix (say, binary control characters) comes back as a user error, nothing stored.
      if (response.body.data!.ingestArticle.userErrors.length) continue;
      expect(response.body.data!.ingestArticle.status).toBe('LOADED');
      // Cleaning may normalize whitespace and controls, but never executes or drops the payload's visible text.
      expect(response.body.data!.ingestArticle.article.text).toContain('قال المتحدث باسم الوزارة');
    }
    const after = await ownState(db);
    expect({ ...after, ingested: [] }).toEqual({ ...before, ingested: [] });
  });
});

describe('API keys, scopes and what is logged', () => {
  let db: Database;
  let server: Awaited<ReturnType<typeof startServer>>;
  const lines: string[] = [];

  beforeAll(async () => {
    db = await testDatabase();
    const config = testConfig({
      QAWL_API_KEYS: `${READER}:read,${WRITER}:write,sha256=${hashKey(HASHED_READER).toString('hex')}:read`,
      QAWL_READ_AUTH: 'required',
      QAWL_RATE_LIMIT: '0',
    });
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    server = await startServer(db, config, { logger: createLogger({ logLevel: 'info' }, sink) });
  });

  afterAll(async () => {
    await server?.close();
    await db.close();
  });

  const DELETE = `mutation { deleteArticle(input: {id: "article:t-h14-absent-${SUFFIX}"}) { deletedArticleId userErrors { code } } }`;

  it('no key: 401 UNAUTHENTICATED with WWW-Authenticate: Bearer, for reads (when required) and writes', async () => {
    for (const q of ['{ health { status } }', DELETE]) {
      const response = await post(server.url, query(q), JSON_HEADERS);
      expect(response.status).toBe(401);
      expect(codes({ body: response.json! })).toEqual(['UNAUTHENTICATED']);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  it('a key that is not accepted: 401 with error="invalid_token"', async () => {
    for (const header of ['Bearer wrong-key', `Bearer ${READER}x`, 'Basic dXNlcjpwYXNz', 'Bearer']) {
      const response = await post(server.url, query('{ health { status } }'), { ...JSON_HEADERS, authorization: header });
      expect(response.status, header).toBe(401);
      expect(codes({ body: response.json! })).toEqual(['UNAUTHENTICATED']);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  it('a read key reads but may not write (403 FORBIDDEN); a write key writes; a key given by its hash works', async () => {
    expect((await gql(server.url, '{ health { status } }', {}, { authorization: `Bearer ${READER}` })).status).toBe(200);
    expect((await gql(server.url, '{ health { status } }', {}, { authorization: `Bearer ${HASHED_READER}` })).status).toBe(200);
    const denied = await gql(server.url, DELETE, {}, { authorization: `Bearer ${READER}` });
    expect(denied.status).toBe(403);
    expect(codes(denied)).toEqual(['FORBIDDEN']);
    const allowed = await gql(server.url, DELETE, {}, { authorization: `Bearer ${WRITER}` });
    expect(allowed.status).toBe(200);
    expect(allowed.body.data).toEqual({ deleteArticle: { deletedArticleId: null, userErrors: [{ code: 'NOT_FOUND' }] } });
  });

  it("every response carries a request id (the caller's when it sends a sane one) and the log lines carry it; keys and variables are never logged", async () => {
    const own = `trace-${SUFFIX}`;
    const marker = `نص-سري-${SUFFIX}`;
    const echoed = await post(server.url, query('query ($t: String!) { search(query: $t, first: 1) { edges { score } } }', { t: marker }), {
      ...JSON_HEADERS,
      authorization: `Bearer ${READER}`,
      'x-request-id': own,
    });
    expect(echoed.headers.get('x-request-id')).toBe(own);
    const fresh = await post(server.url, query('{ health { status } }'), { ...JSON_HEADERS, 'x-request-id': 'bad id with spaces\n' });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(
      logged.some((l) => l.requestId === own && l.status === 200 && typeof l.client === 'string' && String(l.client).startsWith('key-')),
    ).toBe(true);
    const all = lines.join('\n');
    for (const secret of [READER, WRITER, marker]) expect(all).not.toContain(secret);
  });
});

describe('deployment settings', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('NODE_ENV=production: no introspection, no Sandbox, no field suggestions, no Neo4j version', async () => {
    const server = await testServer(db, { NODE_ENV: 'production' });
    try {
      const introspection = await gql(server.url, '{ __schema { types { name } } }');
      expect(introspection.status).toBe(400);
      expect(codes(introspection)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      const page = await fetch(server.url, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toMatch(/sandbox/i);
      const typo = await gql(server.url, '{ healt { status } }');
      expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
      const health = await gql<{ health: { status: string; neo4jVersion: string | null } }>(
        server.url,
        '{ health { status neo4jVersion } }',
      );
      expect(health.body.data?.health).toEqual({ status: 'ok', neo4jVersion: null });
    } finally {
      await server.close();
    }
    const enabled = await testServer(db, { NODE_ENV: 'production', QAWL_INTROSPECTION: 'true' });
    try {
      expect((await gql(enabled.url, '{ __schema { queryType { name } } }')).body.errors).toBeUndefined();
    } finally {
      await enabled.close();
    }
  });

  it('CORS answers only the allowed origins; a same-origin page needs none; simple cross-site GETs are refused (CSRF)', async () => {
    const server = await testServer(db, { QAWL_CORS_ORIGINS: 'https://allowed.example' });
    try {
      const preflight = (origin: string) =>
        fetch(server.url, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
        });
      expect((await preflight('https://allowed.example')).headers.get('access-control-allow-origin')).toBe('https://allowed.example');
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
      const simple = await fetch(`${server.url}?query=${encodeURIComponent('{ health { status } }')}`);
      expect(simple.status).toBe(400);
      const withHeader = await fetch(`${server.url}?query=${encodeURIComponent('{ health { status } }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(withHeader.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('rate limiting answers 429 RATE_LIMITED as JSON once a client is over its budget', async () => {
    const server = await testServer(db, { QAWL_RATE_LIMIT: '3', QAWL_RATE_WINDOW_MS: '600000' });
    try {
      const statuses: number[] = [];
      let last: Awaited<ReturnType<typeof post>> | null = null;
      for (let i = 0; i < 4; i++) {
        last = await post(server.url, query('{ health { status } }'), JSON_HEADERS);
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(codes({ body: last!.json! })).toEqual(['RATE_LIMITED']);
      expect(last!.headers.get('retry-after')).toBeTruthy();
    } finally {
      await server.close();
    }
  });

  it('bounded concurrency: past the running and queued queries a query gets 503 SERVER_BUSY as JSON with Retry-After; the queued one runs after', async () => {
    // One query runs at a time and one may wait; the running one is held inside its read until released.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const firstRead = new Promise<void>((resolve) => (entered = resolve));
    let reads = 0;
    let armed = false;
    const gated = Object.create(db) as Database;
    gated.read = async (work) => {
      if (!armed) return db.read(work);
      reads++;
      entered();
      await gate;
      return db.read(work);
    };
    const server = await testServer(gated, { QAWL_MAX_CONCURRENT_QUERIES: '1', QAWL_MAX_QUEUED_QUERIES: '1', QAWL_RATE_LIMIT: '0' });
    armed = true;
    try {
      const ask = () => post(server.url, query(`{ actor(id: "${SPEAKER}") { id } }`), JSON_HEADERS);
      const running = ask();
      await firstRead;
      const [second, third] = [ask(), ask()];
      // Of the two sent while one runs, one waits and the other is refused at once.
      const refused = await Promise.race([second, third]);
      expect(refused.status).toBe(503);
      expect(refused.type).toContain('application/json');
      expect(codes({ body: refused.json! })).toEqual(['SERVER_BUSY']);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(reads).toBe(1);
      release();
      const answers = await Promise.all([running, second, third]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 503]);
      expect(reads).toBe(2);
      for (const answer of answers.filter((a) => a.status === 200)) expect(answer.json?.errors).toBeUndefined();
    } finally {
      release();
      await server.close();
    }
  });

  it('health: /health/live and /health/ready answer 200 when Neo4j is up and migrated; unknown paths are JSON 404', async () => {
    const server = await testServer(db);
    try {
      const base = server.url.replace(/\/graphql$/, '');
      expect(await (await fetch(`${base}/health/live`)).json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready' });
      const missing = await fetch(`${base}/nope`);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    } finally {
      await server.close();
    }
  });
});
