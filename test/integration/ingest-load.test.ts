import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticle } from '../../bench/corpus.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import { createDatabase } from '../../src/db/driver.ts';
import { deleteArticle } from '../../src/db/loader.ts';
import { migrate } from '../../src/db/migrations.ts';
import { ingest } from '../../src/ingest/run.ts';
import { readSources } from '../../src/ingest/sources.ts';
import { articleFootprint, ownArticle, partialArticles } from '../support/db.ts';
import { startOwnNeo4j } from '../support/own-neo4j.ts';
import type { Database } from '../../src/db/driver.ts';
import type { LocalNeo4j } from '../../src/db/local-neo4j.ts';

/**
 * A hang guard for the CLI run below, not a speed check: a new Node process that imports the CLI
 * and starts an extraction worker, on a loaded 2-core machine (or a slower CI one), took over a
 * minute; at 120 s a slow start would have shown as a null exit status.
 */
const CLI_GUARD_MS = 240_000;

/** A directory of .txt articles with YAML front matter, ids unique to this test file. */
function writeTextCorpus(dir: string, n: number, prefix: string): string[] {
  fs.mkdirSync(path.join(dir, 'nested'), { recursive: true });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = generateArticle(i, 7, prefix);
    ids.push(a.id);
    const front = `---\nid: ${a.id}\ntitle: "${a.title}"\nurl: ${a.url}\nsource: ${a.source}\npublishedAt: ${a.publishedAt}\n---\n`;
    fs.writeFileSync(path.join(dir, i % 2 ? 'nested' : '', `a${String(i).padStart(3, '0')}.txt`), front + a.text);
  }
  return ids;
}

/*
 * On a Neo4j of its own: its generated articles make their recurring names the heaviest actors
 * of any database they are in, and it replaces articles while it runs, so on the shared database
 * whole-graph views of other files (the explorer's heaviest actor) read its articles mid-write.
 */
describe('qawl load: streaming many articles', () => {
  let db: Database;
  let local: LocalNeo4j;
  let dir: string;
  const cleanup: string[] = [];
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qawl-ingest-'));
    local = await startOwnNeo4j({ dataDir: path.join(dir, 'neo4j'), heapMb: 512, pageCacheMb: 64, shortLived: true });
    db = createDatabase(local.uri);
    await migrate(db);
    // A hang guard over a boot that may wait its turn behind other files' boots (own-neo4j.ts).
  }, 900_000);
  afterAll(async () => {
    for (const id of cleanup) await deleteArticle(db, id);
    await db?.close();
    await local?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads a directory recursively; loading it again reports everything unchanged and moves no count', async () => {
    const corpus = path.join(dir, 'twice');
    const ids = writeTextCorpus(corpus, 12, 'ingest-twice');
    cleanup.push(...ids);
    // Extraction in-process both times: worker threads load src/extract when they start, and a
    // concurrent edit of the extractor between the two runs would (rightly) change the hashes.
    const first = await ingest(db, readSources([corpus]), { concurrency: 0, batchSize: 5 });
    expect(first).toMatchObject({ articles: 12, failed: 0 });
    expect(first.loaded + first.replaced).toBe(12);
    expect(first.nodesCreated).toBeGreaterThan(12);
    expect(await partialArticles(db, ids)).toBe(0);
    const stored = await db.read((tx) =>
      tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.title AS title, a.url AS url', { ids: [ids[0]] }),
    );
    expect(stored.records[0]!.get('url')).toBe('https://news.example/ingest-twice/7/0');

    const before = await articleFootprint(db, ids);
    const second = await ingest(db, readSources([corpus]), { concurrency: 0, batchSize: 5 });
    expect(second).toMatchObject({
      articles: 12,
      unchanged: 12,
      loaded: 0,
      replaced: 0,
      failed: 0,
      nodesCreated: 0,
      relationshipsCreated: 0,
    });
    expect(await articleFootprint(db, ids)).toEqual(before);
    // A hang guard, not a speed check: two extractions and a first load into a fresh Neo4j, whose
    // loader queries are planned here first, ran past the 300 s default at load 36 on 2 cores.
  }, 600_000);

  it('one node per real-world actor: two articles naming the same person share it, with statements from both', async () => {
    const a = ownArticle('article:test-ingest-same-1', 'قال الرئيس الأمريكي جو بايدن إن الولايات المتحدة ستدافع عن حلفائها.');
    const b = ownArticle('article:test-ingest-same-2', 'وأكد بايدن في مؤتمر صحفي أن العقوبات على روسيا ستستمر.');
    cleanup.push(a.article.id, b.article.id);
    const speakers = [a, b].map((g) => g.statements[0]?.speakerId);
    expect(speakers).toEqual(['actor:joe-biden', 'actor:joe-biden']);
    const lines = [a, b].map((g) => JSON.stringify(g)).join('\n');
    const summary = await ingest(db, readSources(['-'], Readable.from([lines])), { concurrency: 0 });
    expect(summary.failed).toBe(0);
    const result = await db.read((tx) =>
      tx.run(
        `
      MATCH (p:Actor {id: 'actor:joe-biden'})
      OPTIONAL MATCH (p)-[:SAID]->(:Statement)-[:REPORTED_IN]->(art:Article) WHERE art.id IN $ids
      WITH p, collect(DISTINCT art.id) AS said
      OPTIONAL MATCH (m:Article)-[:MENTIONS]->(p) WHERE m.id IN $ids
      RETURN count(DISTINCT p) AS nodes, said, collect(DISTINCT m.id) AS mentioned`,
        { ids: [a.article.id, b.article.id] },
      ),
    );
    const record = result.records[0]!;
    expect(record.get('nodes')).toBe(1);
    expect((record.get('said') as string[]).sort()).toEqual([a.article.id, b.article.id]);
    expect((record.get('mentioned') as string[]).sort()).toEqual([a.article.id, b.article.id]);
    const actorNodes = await db.read((tx) => tx.run("MATCH (p:Actor) WHERE p.id = 'actor:joe-biden' RETURN count(p) AS n"));
    expect(actorNodes.records[0]!.get('n')).toBe(1);
  });

  it('a failing article is reported with its reason and does not stop the others (a batch that fails is retried article by article)', async () => {
    const good = [0, 1, 2].map((i) => generateArticle(i, 11, 'ingest-fail'));
    cleanup.push(...good.map((g) => g.id));
    const broken = ownArticle('article:test-ingest-broken', 'قال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو مستعدة للحوار.');
    // Valid as a DocumentGraph, rejected by Neo4j (a map is not a property value): it fails
    // inside a batch, which is then retried one article at a time.
    (broken.actors[0] as { wikidataId: unknown }).wikidataId = { not: 'a string' };
    const lines = [
      JSON.stringify(good[0]),
      '{not json',
      JSON.stringify(broken),
      JSON.stringify({ title: 'no text' }),
      JSON.stringify(good[1]),
      JSON.stringify(good[2]),
    ].join('\n');
    const file = path.join(dir, 'mixed.jsonl');
    fs.writeFileSync(file, lines);
    const outcomes: string[] = [];
    const summary = await ingest(db, readSources([file, path.join(dir, 'missing.txt')]), {
      concurrency: 1,
      batchSize: 10,
      onOutcome: (o) => outcomes.push(`${o.status} ${o.origin}`),
    });
    expect(summary.failed).toBe(4);
    expect(summary.loaded + summary.replaced).toBe(3);
    const reasons = summary.failures.map((f) => `${f.origin}: ${f.error}`).join('\n');
    expect(reasons).toMatch(/mixed\.jsonl:2: .*not valid JSON/);
    expect(reasons).toMatch(/mixed\.jsonl:3: .*(Property values|primitive)/i);
    expect(reasons).toMatch(/mixed\.jsonl:4: .*"text" must be a string/);
    expect(reasons).toMatch(/missing\.txt: .*no such file/);
    expect(
      await partialArticles(
        db,
        good.map((g) => g.id),
      ),
    ).toBe(0);
    const brokenStored = await db.read((tx) => tx.run("MATCH (a:Article {id: 'article:test-ingest-broken'}) RETURN count(a) AS n"));
    expect(brokenStored.records[0]!.get('n')).toBe(0);
  });

  it('a changed article with the same id is replaced in one go', async () => {
    const id = 'article:test-ingest-replace';
    cleanup.push(id);
    const v1 = JSON.stringify({ id, text: 'قال الرئيس الفرنسي إيمانويل ماكرون إن الحوار مع إيران ضروري.', publishedAt: '2024-01-02' });
    const v2 = JSON.stringify({
      id,
      text: 'وقال وزير الخارجية الفرنسي جان إيف لودريان إن الاتفاق النووي يجب أن يبقى.',
      publishedAt: '2024-01-02',
    });
    await ingest(db, readSources(['-'], Readable.from([v1])), { concurrency: 0 });
    // Both versions in one input: the second goes into a later batch and replaces the first.
    const summary = await ingest(db, readSources(['-'], Readable.from([`${v1}\n${v2}\n`])), { concurrency: 0 });
    expect(summary).toMatchObject({ unchanged: 1, replaced: 1, failed: 0 });
    const texts = await db.read((tx) => tx.run('MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: $id}) RETURN s.text AS text', { id }));
    const joined = texts.records.map((r) => r.get('text') as string).join(' ');
    expect(joined).toContain('الاتفاق النووي');
    expect(joined).not.toContain('الحوار مع إيران');
  });

  it('the CLI prints a JSON summary and exits non-zero when an article failed', () => {
    const corpus = path.join(dir, 'cli');
    const ids = writeTextCorpus(corpus, 3, 'ingest-cli');
    cleanup.push(...ids);
    fs.writeFileSync(path.join(corpus, 'bad.jsonl'), '{"text": 42}\n');
    const run = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'qawl.js'), 'load', corpus, '--json', '--concurrency', '1'], {
      env: { ...process.env, NEO4J_URI: local.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' },
      encoding: 'utf8',
      timeout: CLI_GUARD_MS,
    });
    expect(run.error, 'the CLI did not finish within its hang guard').toBeUndefined();
    expect(run.status, run.stderr).toBe(1);
    const summary = JSON.parse(run.stdout) as { articles: number; failed: number; failures: { origin: string; error: string }[] };
    expect(summary.articles).toBe(4);
    expect(summary.failed).toBe(1);
    expect(summary.failures[0]!.origin).toMatch(/bad\.jsonl:1$/);
    expect(run.stderr).toMatch(/qawl load: 4 articles .* 1 failed/);
    expect(run.stderr).toMatch(/failed +.*bad\.jsonl:1: .*"text" must be a string/);
  });
});
