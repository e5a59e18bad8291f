/*
 * Counts the read queries take from maintained numbers (STANCE edges, node degrees) instead of
 * counting statements must agree with counting them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/db/loader.ts';
import { timeline } from '../../src/db/queries/events.ts';
import { relatedPages } from '../../src/db/queries/nodes.ts';
import { countStatements } from '../../src/db/queries/statements.ts';
import { seedGraph, testDatabase } from '../support/db.ts';
import type { Database } from '../../src/db/driver.ts';
import type { StatementKind } from '../../src/graph/document-graph.ts';

describe('maintained counts', () => {
  let db: Database;
  let pairs: { speaker: string; about: string }[];

  beforeAll(async () => {
    db = await testDatabase();
    // The seed is loaded idempotently (every test file may load it); its pairs are read back.
    await loadDocument(db, seedGraph());
    const graph = seedGraph();
    const seen = new Set<string>();
    pairs = graph.statements
      .flatMap((s) => s.aboutIds.filter((t) => t !== s.speakerId).map((about) => ({ speaker: s.speakerId, about })))
      .filter((p) => !seen.has(`${p.speaker}|${p.about}`) && seen.add(`${p.speaker}|${p.about}`));
  }, 300_000);

  afterAll(() => db.close());

  const counted = async (speaker: string, about: string, kinds: readonly StatementKind[] | null) => {
    const result = await db.read((tx) =>
      tx.run(
        `MATCH (:Actor {id: $speaker})-[:SAID]->(s:Statement)-[:ABOUT]->(t) WHERE t.id = $about AND ($kinds IS NULL OR s.kind IN $kinds)
       RETURN count(DISTINCT s) AS total`,
        { speaker, about, kinds },
      ),
    );
    return result.records[0]!.get('total') as number;
  };

  it("gives a speaker's statements about a target, of all or some kinds, as many as there are", async () => {
    expect(pairs.length).toBeGreaterThan(0);
    for (const { speaker, about } of pairs) {
      expect(await countStatements(db, { speaker, about }), `${speaker} about ${about}`).toBe(await counted(speaker, about, null));
      const kinds: StatementKind[] = ['CLAIM', 'DENIAL', 'WARNING'];
      expect(await countStatements(db, { speaker, about, kinds }), `${speaker} about ${about}, kinds`).toBe(
        await counted(speaker, about, kinds),
      );
    }
  });

  it("counts an actor's statements and timeline from its degrees, and pages them in order", async () => {
    const speaker = pairs[0]!.speaker;
    const said = await db.read((tx) =>
      tx.run(`MATCH (:Actor {id: $speaker})-[:SAID]->(s:Statement) WITH s ORDER BY s.newestKey RETURN collect(s.id) AS ids`, { speaker }),
    );
    const ids = said.records[0]!.get('ids') as string[];
    const pages = await relatedPages(db, 'Actor.statements', [
      { key: 'k', id: speaker, after: '', limit: 2, withCount: true },
      { key: 'm', id: 'actor:nobody-here', after: '', limit: 2, withCount: true },
    ]);
    expect(pages.get('k')!.totalCount).toBe(ids.length);
    expect(pages.get('k')!.items.map((s) => s.id)).toEqual(ids.slice(0, 2));
    expect(pages.get('k')!.hasMore).toBe(ids.length > 2);
    expect(pages.get('m')!.totalCount).toBe(0);
    // The next page starts after the last key of the first: the third statement on.
    const next = await relatedPages(db, 'Actor.statements', [
      { key: 'n', id: speaker, after: pages.get('k')!.keys.at(-1)!, limit: 2, withCount: false },
    ]);
    expect(next.get('n')!.items.map((s) => s.id)).toEqual(ids.slice(2, 4));
    // Not counted when the count is not asked for (totalCount not selected).
    expect(next.get('n')!.totalCount).toBeNull();
    const line = await timeline(db, speaker, { after: '', limit: 1000, withCount: true });
    expect(line.items.filter((e) => e.statement).length).toBe(ids.length);
    expect(line.totalCount).toBe(line.items.length);
    expect((await timeline(db, 'actor:nobody-here', { after: '', limit: 20, withCount: true })).totalCount).toBe(0);
  });
});
