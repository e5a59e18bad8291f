import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ABOUT_BACKFILL,
  awaitOwnIndexesOnline,
  createSchemaRule,
  EDGE_KEY_MIGRATIONS,
  KIND_LABELS_BACKFILL,
  migrate,
  NODE_LABELS,
} from '../../src/db/migrations.ts';
import { testDatabase } from '../support/db.ts';
import type { Database } from '../../src/db/driver.ts';

describe('migrations', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(() => db.close());

  const schema = async () => {
    const constraints = await db.read((tx) => tx.run('SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type RETURN *'));
    const indexes = await db.read((tx) => tx.run('SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options, state RETURN *'));
    return { constraints: constraints.records.map((r) => r.toObject()), indexes: indexes.records.map((r) => r.toObject()) };
  };

  /** Runs a statement in an implicit transaction, which CALL … IN TRANSACTIONS needs. */
  const runAlone = async (statement: string, params: Record<string, unknown> = {}) => {
    const session = db.driver.session({ database: db.databaseName });
    try {
      await session.run(statement, params);
    } finally {
      await session.close();
    }
  };

  it('are idempotent: running them again changes nothing', async () => {
    const before = await schema();
    await migrate(db);
    await migrate(db);
    const after = await schema();
    expect(after.constraints.map((c) => c.name).sort()).toEqual(before.constraints.map((c) => c.name).sort());
    expect(after.indexes.map((i) => i.name).sort()).toEqual(before.indexes.map((i) => i.name).sort());
  });

  it('creating the same schema rule from several sessions at once succeeds in each and leaves one rule (two processes migrating together)', async () => {
    const suffix = Math.random().toString(36).slice(2);
    const label = `TMigRace${suffix}`;
    const name = `t_mig_race_${suffix}`;
    // Schema commands take no parameters; the label and name are made here from [a-z0-9] only.
    const statement = `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`;
    try {
      const SESSIONS = 6;
      await Promise.all(Array.from({ length: SESSIONS }, () => createSchemaRule(db, statement)));
      const { constraints } = await schema();
      expect(constraints.filter((c) => c.name === name)).toHaveLength(1);
    } finally {
      await db.write((tx) => tx.run(`DROP CONSTRAINT ${name} IF EXISTS`));
    }
  });

  it("wait for their indexes while another application's uniqueness constraint is being built, and both finish (no deadlock over the schema lock)", async () => {
    const suffix = Math.random().toString(36).slice(2);
    const label = `TMigBuild${suffix}`;
    const name = `t_mig_build_${suffix}`;
    // Enough nodes that the constraint's index is still populating when the wait begins: a wait
    // that held the schema in its transaction stalled both until its own timeout.
    const NODES = 60_000;
    try {
      await runAlone(`UNWIND range(1, $nodes) AS i CALL (i) { CREATE (:${label} {id: i}) } IN TRANSACTIONS OF 10000 ROWS`, {
        nodes: NODES,
      });
      const building = createSchemaRule(db, `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
      const indexState = async () =>
        (await db.read((tx) => tx.run('SHOW INDEXES YIELD name, state WHERE name = $name RETURN state', { name }))).records[0]?.get(
          'state',
        ) as string | undefined;
      while ((await indexState()) === undefined) await new Promise((resolve) => setTimeout(resolve, 10));
      await Promise.all([building, awaitOwnIndexesOnline(db)]);
      const { constraints } = await schema();
      expect(constraints.filter((c) => c.name === name)).toHaveLength(1);
    } finally {
      await db.write((tx) => tx.run(`DROP CONSTRAINT ${name} IF EXISTS`));
      await runAlone(`MATCH (n:${label}) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS`);
    }
  });

  it('make id unique for every node label', async () => {
    const { constraints } = await schema();
    for (const label of NODE_LABELS) {
      expect(constraints).toContainEqual(expect.objectContaining({ labelsOrTypes: [label], properties: ['id'], type: 'UNIQUENESS' }));
    }
    await expect(
      db.write((tx) => tx.run('CREATE (:Sector {id: $id}), (:Sector {id: $id})', { id: 'sector:migration-probe' })),
    ).rejects.toThrow(/already exists|constraint/i);
  });

  it("make ids unique across labels: a statement cannot take an actor's id", async () => {
    const id = `actor:t-mig-shared-${Math.random().toString(36).slice(2)}`;
    try {
      await db.write((tx) => tx.run('CREATE (:Actor:Node {id: $id})', { id }));
      await expect(db.write((tx) => tx.run('CREATE (:Statement:Node {id: $id})', { id }))).rejects.toThrow(/already exists|constraint/i);
    } finally {
      await db.write((tx) => tx.run('MATCH (n:Node {id: $id}) DETACH DELETE n', { id }));
    }
  });

  it('label a statement loaded without its kind label by its kind (the count store then counts it)', async () => {
    const id = `stmt:t-mig-kind-${Math.random().toString(36).slice(2)}:s1`;
    try {
      await db.write((tx) => tx.run("CREATE (:Statement:Node {id: $id, kind: 'WARNING'})", { id }));
      await runAlone(KIND_LABELS_BACKFILL);
      const result = await db.read((tx) => tx.run('MATCH (s:Statement {id: $id}) RETURN labels(s) AS labels', { id }));
      expect([...(result.records[0]?.get('labels') as string[])].sort()).toEqual(['Node', 'Statement', 'Warning']);
    } finally {
      await db.write((tx) => tx.run('MATCH (n:Node {id: $id}) DETACH DELETE n', { id }));
    }
  });

  it("backfill an ABOUT edge written without keys with its target's id and its statement's keys, which the ABOUT indexes serve", async () => {
    const run = Math.random().toString(36).slice(2);
    const ids = { statement: `stmt:t-mig-about-${run}:s1`, target: `actor:t-mig-about-${run}` };
    try {
      await db.write((tx) =>
        tx.run(
          `CREATE (s:Statement:Node {id: $statement, newestKey: 'n ' + $statement, oldestKey: 'o ' + $statement})
           CREATE (t:Actor:Node {id: $target})
           CREATE (s)-[:ABOUT]->(t)`,
          ids,
        ),
      );
      await runAlone(ABOUT_BACKFILL);
      const result = await db.read((tx) =>
        tx.run(
          `MATCH (s:Statement)-[r:ABOUT]->() USING INDEX r:ABOUT(targetId, newestKey)
           WHERE r.targetId = $target AND r.newestKey > '' RETURN s.id AS id, properties(r) AS keys`,
          ids,
        ),
      );
      expect(result.records.map((r) => r.toObject())).toEqual([
        { id: ids.statement, keys: { targetId: ids.target, newestKey: `n ${ids.statement}`, oldestKey: `o ${ids.statement}` } },
      ]);
    } finally {
      await db.write((tx) => tx.run('MATCH (n:Node) WHERE n.id IN [$statement, $target] DETACH DELETE n', ids));
    }
  });

  it("backfill ABOUT's speakerId, STANCE's targetId and MENTIONS' keys on edges written without them, which their indexes serve", async () => {
    const run = Math.random().toString(36).slice(2);
    const ids = {
      statement: `stmt:t-mig-edges-${run}:s1`,
      speaker: `actor:t-mig-edges-${run}-a`,
      target: `actor:t-mig-edges-${run}-b`,
      article: `article:t-mig-edges-${run}`,
    };
    try {
      await db.write((tx) =>
        tx.run(
          `CREATE (s:Statement:Node {id: $statement, speakerId: $speaker, newestKey: 'n ' + $statement})
           CREATE (sp:Actor:Node {id: $speaker}), (t:Actor:Node {id: $target})
           CREATE (art:Article:Node {id: $article, listKey: 'l ' + $article})
           CREATE (sp)-[:SAID]->(s), (s)-[:ABOUT {targetId: $target, newestKey: 'n ' + $statement}]->(t)
           CREATE (sp)-[:STANCE {count: 1, rankKey: 'r ' + $speaker}]->(t)
           CREATE (art)-[:MENTIONS {starts: [0], ends: [3]}]->(t)`,
          ids,
        ),
      );
      for (const migration of EDGE_KEY_MIGRATIONS) await runAlone(migration.backfill);
      const about = await db.read((tx) =>
        tx.run(
          `MATCH (s:Statement)-[r:ABOUT]->() USING INDEX r:ABOUT(speakerId, targetId, newestKey)
           WHERE r.speakerId = $speaker AND r.targetId = $target AND r.newestKey > '' RETURN s.id AS id`,
          ids,
        ),
      );
      expect(about.records.map((r) => r.get('id') as string)).toEqual([ids.statement]);
      const stance = await db.read((tx) =>
        tx.run(
          `MATCH (sp)-[r:STANCE]->() USING INDEX r:STANCE(targetId, rankKey)
           WHERE r.targetId = $target AND r.rankKey > '' RETURN sp.id AS id`,
          ids,
        ),
      );
      expect(stance.records.map((r) => r.get('id') as string)).toEqual([ids.speaker]);
      const mentions = await db.read((tx) =>
        tx.run(
          `MATCH (art:Article)-[m:MENTIONS]->() USING INDEX m:MENTIONS(targetId, listKey)
           WHERE m.targetId = $target AND m.listKey > '' RETURN art.id AS id, properties(m) AS props`,
          ids,
        ),
      );
      expect(mentions.records.map((r) => r.toObject())).toEqual([
        { id: ids.article, props: { starts: [0], ends: [3], targetId: ids.target, listKey: `l ${ids.article}` } },
      ]);
    } finally {
      await db.write((tx) => tx.run('MATCH (n:Node) WHERE n.id IN [$statement, $speaker, $target, $article] DETACH DELETE n', ids));
    }
  });

  it('index statement text and actor names with the arabic analyzer, online', async () => {
    const { indexes } = await schema();
    const fulltext = indexes.filter((i) => i.type === 'FULLTEXT');
    const byName = new Map(fulltext.map((i) => [i.name as string, i]));
    for (const name of ['statement_text', 'actor_names']) {
      const index = byName.get(name);
      expect(index, name).toBeDefined();
      expect(index?.state).toBe('ONLINE');
      expect((index?.options as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.analyzer']).toBe('arabic');
    }
  });
});
