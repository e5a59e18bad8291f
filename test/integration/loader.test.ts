import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteArticle, loadBatch, loadDocument } from '../../src/db/loader.ts';
import { prepareDocument } from '../../src/graph/content-hash.ts';
import { articleFootprint, ownArticle, seedGraph, testDatabase } from '../support/db.ts';
import type { Database } from '../../src/db/driver.ts';
import type { DocumentGraph } from '../../src/graph/document-graph.ts';

/** This file's own copy of the seed: it loads, reloads and deletes it while other files read the shared one. */
const SEED_COPY = 'article:test-loader-seed';

describe('loading articles', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(() => db.close());

  it('loading the seed twice leaves identical node and relationship counts', async () => {
    const graph = seedGraph(SEED_COPY);
    await deleteArticle(db, graph.article.id);
    const first = await loadDocument(db, graph);
    const afterFirst = await articleFootprint(db, [SEED_COPY]);
    const second = await loadDocument(db, graph);
    const afterSecond = await articleFootprint(db, [SEED_COPY]);
    expect(first.status).toBe('loaded');
    expect(first.statements).toBeGreaterThan(15);
    expect(second.status).toBe('unchanged');
    expect(afterSecond).toEqual(afterFirst);
  });

  it('writes every statement with its speaker, its article and its evidence offsets', async () => {
    const graph = seedGraph(SEED_COPY);
    await loadDocument(db, graph);
    const result = await db.read((tx) =>
      tx.run(
        `MATCH (sp:Actor)-[:SAID]->(s:Statement)-[r:REPORTED_IN]->(a:Article {id: $id})
       RETURN s.id AS id, s.text AS text, r.start AS start, r.end AS end, a.text AS articleText`,
        { id: graph.article.id },
      ),
    );
    expect(result.records).toHaveLength(graph.statements.length);
    for (const record of result.records) {
      const articleText = record.get('articleText') as string;
      expect(articleText.slice(record.get('start') as number, record.get('end') as number)).toBe(record.get('text'));
    }
  });

  it('every relationship joins exactly the nodes the DocumentGraph names, alone and in a batch', async () => {
    // The write finds a relationship's ends by their position in the article's lists, so a
    // mix-up there would wire statements to the wrong speakers without failing the load.
    const seed = seedGraph(SEED_COPY);
    const batch = [
      ownArticle(
        'article:test-loader-wiring-1',
        'قال وزير الخارجية الأمريكي أنتوني بلينكن إن الاتفاق مع إيران ممكن. وردت طهران بأن واشنطن تماطل.',
      ),
      ownArticle(
        'article:test-loader-wiring-2',
        'أكد الرئيس الفرنسي إيمانويل ماكرون أن أوروبا ستدعم أوكرانيا، فيما نفت موسكو أي نية للتصعيد.',
      ),
    ];
    for (const graph of [seed, ...batch]) await deleteArticle(db, graph.article.id);
    await loadDocument(db, seed);
    await loadBatch(db, batch.map(prepareDocument));

    for (const graph of [seed, ...batch]) {
      const expected = new Set<string>();
      const add = (from: string, type: string, to: string | null | undefined) => {
        if (to) expected.add(`${from} ${type} ${to}`);
      };
      for (const s of graph.statements) {
        add(s.speakerId, 'SAID', s.id);
        s.addresseeIds.forEach((a) => add(s.id, 'ADDRESSED_TO', a));
        s.aboutIds.forEach((a) => add(s.id, 'ABOUT', a));
        add(s.id, 'REPORTED_BY', s.reportedById);
        add(s.id, 'DENIES', s.deniesId);
        add(s.id, 'ANSWERS', s.answersId);
        add(s.id, 'DURING', s.eventId);
      }
      for (const e of graph.events) {
        e.participantIds.forEach((a) => add(a, 'PARTICIPATED_IN', e.id));
        add(e.id, 'IN', e.placeId);
        (e.followsIds ?? []).forEach((f) => add(e.id, 'FOLLOWS', f));
        (e.affectsIds ?? []).forEach((x) => add(e.id, 'AFFECTS', x));
      }
      expect(graph.statements.length).toBeGreaterThan(1);
      const stored = await db.read((tx) =>
        tx.run(
          `MATCH (art:Article {id: $id})
         CALL { WITH art MATCH (s:Statement)-[:REPORTED_IN]->(art) MATCH (s)-[r]-(x) WHERE type(r) <> 'REPORTED_IN'
                RETURN startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id AS triple
                UNION
                WITH art MATCH (art)-[:MENTIONS]->(e:Event) MATCH (e)-[r]-(x) WHERE NOT type(r) IN ['MENTIONS', 'ABOUT', 'DURING', 'STANCE', 'STANCE_KIND']
                RETURN startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id AS triple }
         RETURN collect(DISTINCT triple) AS triples`,
          { id: graph.article.id },
        ),
      );
      expect(new Set(stored.records[0]!.get('triples') as string[])).toEqual(expected);
    }
    for (const graph of [seed, ...batch]) await deleteArticle(db, graph.article.id);
  });

  it('an article referring to a node outside itself is refused with the reference named, and writes nothing', async () => {
    const graph = ownArticle('article:test-loader-dangling', 'قال وزير الخارجية الأمريكي أنتوني بلينكن إن الاتفاق مع إيران ممكن.');
    expect(graph.statements.length).toBeGreaterThan(0);
    const dangling: DocumentGraph = {
      ...graph,
      statements: graph.statements.map((s, i) => (i === 0 ? { ...s, aboutIds: [...s.aboutIds, 'event:elsewhere'] } : s)),
    };
    const ids = [dangling.article.id, 'article:test-loader-dangling-2'];
    const before = await articleFootprint(db, ids, ['event:elsewhere']);
    await expect(loadDocument(db, dangling)).rejects.toThrow(/event:elsewhere/);
    await expect(
      loadBatch(db, [prepareDocument(ownArticle(ids[1]!, 'قال ماكرون إن أوروبا ستدعم أوكرانيا.')), prepareDocument(dangling)]),
    ).rejects.toThrow(/event:elsewhere/);
    expect(await articleFootprint(db, ids, ['event:elsewhere'])).toEqual(before);
  });

  it('a changed article with the same id replaces its statements in place', async () => {
    const id = 'article:test-loader-replace';
    await deleteArticle(db, id);
    const before = await articleFootprint(db, [id]);
    expect(before).toEqual({ nodes: 0, relationships: 0 });
    await loadDocument(db, ownArticle(id, 'قال الرئيس الفرنسي إيمانويل ماكرون إن الحوار مع إيران ضروري.'));
    const changed = ownArticle(id, 'وقال وزير الخارجية الفرنسي جان إيف لودريان إن الاتفاق النووي يجب أن يبقى.');
    const result = await loadDocument(db, changed);
    expect(result.status).toBe('replaced');
    const texts = await db.read((tx) => tx.run('MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: $id}) RETURN s.text AS text', { id }));
    expect(texts.records.map((r) => r.get('text') as string).join(' ')).toContain('الاتفاق النووي');
    expect(texts.records.map((r) => r.get('text') as string).join(' ')).not.toContain('الحوار مع إيران');

    const deleted = await deleteArticle(db, id);
    expect(deleted.deleted).toBe(true);
    expect(await articleFootprint(db, [id])).toEqual(before);
    expect((await deleteArticle(db, id)).deleted).toBe(false);
  });

  it('an article whose write fails midway leaves nothing behind', async () => {
    const id = 'article:test-loader-atomic';
    const text = 'قال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو مستعدة للحوار.';
    const ownNodes = ['actor:test-atomic-speaker', 'actor:test-atomic-broken'];
    const before = await articleFootprint(db, [id], ownNodes);
    expect(before).toEqual({ nodes: 0, relationships: 0 });
    const graph: DocumentGraph = {
      version: 1,
      article: { id, title: null, language: 'ar', publishedAt: '2024-03-01', source: null, url: null, text },
      actors: [
        { id: 'actor:test-atomic-speaker', name: 'بيسكوف', kind: 'PERSON', mentions: [] },
        // Neo4j rejects a map as a property value: the failure comes after the article and
        // the first actor were already written in the same transaction.
        {
          id: 'actor:test-atomic-broken',
          name: 'موسكو',
          kind: 'COUNTRY',
          wikidataId: { not: 'a string' } as unknown as string,
          mentions: [],
        },
      ],
      places: [],
      events: [],
      sectors: [],
      statements: [],
    };
    await expect(loadDocument(db, graph)).rejects.toThrow(/Property values|primitive/i);
    expect(await articleFootprint(db, [id], ownNodes)).toEqual(before);
  });

  it("keeps the stance network and the actors' statement counts equal to the statements, through batch loads, replacements and deletions", async () => {
    const first = (text: string) => ownArticle('article:test-loader-stance-1', text);
    const second = ownArticle(
      'article:test-loader-stance-2',
      'قال وزير الخارجية الأمريكي أنتوني بلينكن إن إيران تماطل في المفاوضات. وحذر بلينكن إيران من التصعيد.',
    );
    const articles = [first('قال وزير الخارجية الأمريكي أنتوني بلينكن إن الاتفاق مع إيران ممكن. ونفت طهران أن تكون واشنطن جادة.'), second];
    for (const graph of articles) await deleteArticle(db, graph.article.id);
    const replacement = first('قال وزير الخارجية الأمريكي أنتوني بلينكن إن إيران لم ترد بعد. وحذرت طهران واشنطن من العقوبات.');
    const actorIds = [...new Set([...articles, replacement].flatMap((g) => g.actors.map((a) => a.id)))];

    /** Per actor: the stance edges and counts the loader kept, and the same computed from the statements now. */
    const compare = async () => {
      const result = await db.read((tx) =>
        tx.run(
          `UNWIND $ids AS id MATCH (sp:Actor {id: id})
         CALL (sp) {
           OPTIONAL MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(t) WHERE t <> sp
           WITH t, s.kind AS kind, count(s) AS n WHERE t IS NOT NULL
           RETURN collect(t.id + ' ' + kind + ' ' + n) AS truth
         }
         CALL (sp) {
           OPTIONAL MATCH (sp)-[r:STANCE_KIND]->(t)
           WITH t, r WHERE r IS NOT NULL
           RETURN collect(t.id + ' ' + r.kind + ' ' + r.count) AS kept
         }
         CALL (sp) {
           OPTIONAL MATCH (sp)-[r:STANCE]->(t)
           WITH r, t WHERE r IS NOT NULL
           RETURN sum(r.count) AS keptTotal,
                  reduce(all = [], kinds IN collect([k IN keys(r) WHERE k STARTS WITH 'kind_' | t.id + ' ' + substring(k, 5) + ' ' + r[k]]) | all + kinds) AS keptOnEdges
         }
         RETURN sp.id AS id, truth, kept, keptTotal, keptOnEdges, sp.statementCount AS statementCount, COUNT { (sp)-[:SAID]->() } AS said,
                [(sp)-[r:STANCE|STANCE_KIND]->(t) WHERE r.pairKey IS NULL OR r.pairKey <> sp.id + '\u001f' + t.id + CASE type(r) WHEN 'STANCE' THEN '' ELSE '\u001f' + r.kind END | type(r) + ' ' + t.id] AS misKeyed`,
          { ids: actorIds },
        ),
      );
      return result.records.map((r) => ({
        id: r.get('id') as string,
        truth: (r.get('truth') as string[]).sort(),
        kept: (r.get('kept') as string[]).sort(),
        keptOnEdges: (r.get('keptOnEdges') as string[]).sort(),
        truthTotal: (r.get('truth') as string[]).reduce((n, t) => n + Number(t.split(' ').at(-1)), 0),
        keptTotal: r.get('keptTotal') as number,
        statementCount: r.get('statementCount') as number,
        said: r.get('said') as number,
        misKeyed: r.get('misKeyed') as string[],
      }));
    };
    const expectConsistent = async () => {
      const rows = await compare();
      for (const row of rows) {
        expect(row.kept, row.id).toEqual(row.truth);
        expect(row.keptOnEdges, row.id).toEqual(row.truth);
        expect(row.keptTotal, row.id).toBe(row.truthTotal);
        expect(row.statementCount, row.id).toBe(row.said);
        // Every stance edge carries the pair key the loader merges on (unique by constraint).
        expect(row.misKeyed, row.id).toEqual([]);
      }
      return rows;
    };

    await loadBatch(db, articles.map(prepareDocument));
    const loaded = await expectConsistent();
    expect(loaded.some((row) => row.truth.length > 0)).toBe(true);
    await loadDocument(db, replacement);
    await expectConsistent();
    await deleteArticle(db, second.article.id);
    await expectConsistent();
    await deleteArticle(db, articles[0]!.article.id);
    await expectConsistent();
  });
  it('keeps the per-period actor network equal to the statements, through batch loads, replacements and deletions', async () => {
    // Dates of their own (a year-only one is its own period), so a month's rows hold these articles only.
    const may = ownArticle(
      'article:test-loader-period-1',
      'قال وزير الخارجية الأمريكي أنتوني بلينكن إن الاتفاق مع إيران ممكن. ونفت طهران أن تكون واشنطن جادة.',
      '1987-05-02',
    );
    const june = ownArticle(
      'article:test-loader-period-2',
      'قال وزير الخارجية الأمريكي أنتوني بلينكن إن إيران تماطل في المفاوضات. وحذر بلينكن إيران من التصعيد.',
      '1987-06-10',
    );
    const replacement = ownArticle(
      'article:test-loader-period-1',
      'قال وزير الخارجية الأمريكي أنتوني بلينكن إن إيران لم ترد بعد. وحذرت طهران واشنطن من العقوبات.',
      '1987',
    );
    for (const graph of [may, june]) await deleteArticle(db, graph.article.id);
    const ids = [...new Set([may, june, replacement].flatMap((g) => g.actors.map((a) => a.id)))];

    /** The rows kept for the actors, and the same computed here from every statement naming them, as sorted lines. */
    const compare = async () =>
      db.read(async (tx) => {
        const statements = await tx.run(
          `MATCH (s:Statement)
           WHERE s.speakerId IN $ids OR any(t IN coalesce(s.aboutActorIds, []) + coalesce(s.addresseeIds, []) WHERE t IN $ids)
           RETURN s.speakerId AS speaker, coalesce(s.aboutActorIds, []) AS about, coalesce(s.addresseeIds, []) AS addressed,
                  s.publishedAt AS date, s.kind AS kind`,
          { ids },
        );
        const activity = new Map<string, { said: number; received: number; kinds: string[] }>();
        const pairs = new Map<string, { count: number; about: number; addressedTo: number; kinds: string[]; dates: string[] }>();
        for (const r of statements.records) {
          const speaker = r.get('speaker') as string;
          const about = r.get('about') as string[];
          const addressed = r.get('addressed') as string[];
          const date = r.get('date') as string | null;
          const kind = r.get('kind') as string;
          const targets = [...new Set([...about, ...addressed])].filter((t) => t !== speaker);
          for (const period of date ? [date.slice(0, 7), ''] : ['']) {
            const row = (actor: string) => {
              const key = `${actor} ${period}`;
              const value = activity.get(key) ?? { said: 0, received: 0, kinds: [] };
              activity.set(key, value);
              return value;
            };
            if (ids.includes(speaker)) {
              row(speaker).said += 1;
              row(speaker).kinds.push(kind);
            }
            for (const t of targets) {
              if (ids.includes(t)) row(t).received += 1;
              if (!ids.includes(speaker)) continue;
              const key = `${speaker} ${t} ${period}`;
              const pair = pairs.get(key) ?? { count: 0, about: 0, addressedTo: 0, kinds: [], dates: [] };
              pair.count += 1;
              if (about.includes(t)) pair.about += 1;
              if (addressed.includes(t)) pair.addressedTo += 1;
              pair.kinds.push(kind);
              if (date) pair.dates.push(date);
              pairs.set(key, pair);
            }
          }
        }
        const kindsLine = (kinds: string[]) =>
          [...new Set(kinds)]
            .map((k) => `${k}:${kinds.filter((x) => x === k).length}`)
            .sort()
            .join(',');
        const truth = {
          activity: [...activity].map(([key, v]) => `${key} ${v.said} ${v.received} ${v.said + v.received} ${kindsLine(v.kinds)}`).sort(),
          pairs: [...pairs]
            .map(([key, v]) => {
              const dates = [...v.dates].sort();
              return `${key} ${v.count} ${v.about} ${v.addressedTo} ${dates[0] ?? null} ${dates.at(-1) ?? null} ${kindsLine(v.kinds)}`;
            })
            .sort(),
        };
        const kindsOf = (props: Record<string, unknown>) =>
          Object.entries(props)
            .filter(([k]) => k.startsWith('kind_'))
            .map(([k, n]) => `${k.slice(5)}:${String(n)}`)
            .sort()
            .join(',');
        const activityRows = await tx.run(
          'UNWIND $ids AS id MATCH (a:Actor {id: id})-[r:PERIOD_ACTIVITY]->(a) RETURN a.id AS actor, properties(r) AS p',
          { ids },
        );
        const pairRows = await tx.run(
          'UNWIND $ids AS id MATCH (a:Actor {id: id})-[r:PERIOD_PAIR]->(t) RETURN a.id AS source, t.id AS target, properties(r) AS p',
          { ids },
        );
        const kept = {
          activity: activityRows.records
            .map((r) => {
              const p = r.get('p') as Record<string, unknown>;
              expect(p.actorId).toBe(r.get('actor'));
              expect(p.rankKey).toBe(`${String(999_999_999 - (p.weight as number)).padStart(9, '0')} ${String(p.actorId)}`);
              return `${String(r.get('actor'))} ${String(p.period)} ${String(p.said)} ${String(p.received)} ${String(p.weight)} ${kindsOf(p)}`;
            })
            .sort(),
          pairs: pairRows.records
            .map((r) => {
              const p = r.get('p') as Record<string, unknown>;
              expect([p.sourceId, p.targetId]).toEqual([r.get('source'), r.get('target')]);
              return `${String(r.get('source'))} ${String(r.get('target'))} ${String(p.period)} ${String(p.count)} ${String(p.about)} ${String(p.addressedTo)} ${(p.firstDate as string | undefined) ?? null} ${(p.lastDate as string | undefined) ?? null} ${kindsOf(p)}`;
            })
            .sort(),
        };
        return { truth, kept };
      });
    const expectConsistent = async () => {
      const { truth, kept } = await compare();
      expect(kept).toEqual(truth);
      return truth;
    };

    await loadBatch(db, [may, june].map(prepareDocument));
    const loaded = await expectConsistent();
    expect(loaded.pairs.some((line) => line.includes(' 1987-05 '))).toBe(true);
    await loadDocument(db, replacement);
    const replaced = await expectConsistent();
    expect(replaced.activity.some((line) => line.includes(' 1987 '))).toBe(true);
    await deleteArticle(db, june.article.id);
    await expectConsistent();
    await deleteArticle(db, may.article.id);
    await expectConsistent();
  });
});
