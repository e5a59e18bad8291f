import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocumentGraphs } from '../../src/db/documents.ts';
import { deleteArticle, loadBatch, loadDocument } from '../../src/db/loader.ts';
import { STATEMENT_TARGETS } from '../../src/db/migrations.ts';
import { aboutKeys, mentionKeys, participationKeys } from '../../src/db/queries/keys.ts';
import { exportGraph } from '../../src/export/index.ts';
import { canonicalDocumentGraph } from '../../src/graph/codec.ts';
import { prepareDocument } from '../../src/graph/content-hash.ts';
import { REFERENCES, RELATIONSHIPS } from '../../src/graph/model.ts';
import { assertDocumentGraph } from '../../src/graph/validate.ts';
import { ownArticle, testDatabase } from '../support/db.ts';
import type { Database } from '../../src/db/driver.ts';
import type { DocumentGraph, Span } from '../../src/graph/document-graph.ts';

/*
 * load → export JSONL → load again → the same graph. Neo4j Community has one database, so the
 * second load goes to a disjoint id space of the same database instead of an empty one: every
 * id of the exported graphs is rewritten from this run's token `…-a` to `…-b`, and the two
 * subgraphs are compared after mapping `-b` back to `-a` in every stored string.
 */

const RUN = randomUUID().slice(0, 8);
const FIRST = `rt${RUN}a`;
const SECOND = `rt${RUN}b`;

/** Every id in the graph with `from` replaced by `to` (ids, references, the article id). */
function rekey(graph: DocumentGraph, from: string, to: string): DocumentGraph {
  const map = (id: string) => id.split(from).join(to);
  const copy = structuredClone(graph);
  copy.article.id = map(copy.article.id);
  for (const c of ['actors', 'places', 'events', 'sectors', 'statements'] as const) for (const item of copy[c]) item.id = map(item.id);
  for (const ref of REFERENCES) {
    for (const item of copy[ref.owner] as object[]) {
      const entry = item as Record<string, unknown>;
      const value = entry[ref.field];
      if (typeof value === 'string') entry[ref.field] = map(value);
      else if (Array.isArray(value)) entry[ref.field] = value.map((id: string) => map(id));
    }
  }
  return copy;
}

/** A span of `text`: the first occurrence of `part` at or after `from`. */
function spanOf(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`fixture: ${part} not in text`);
  return { start, end: start + part.length, text: part };
}

/**
 * An article of our own that uses every reference of the model at least once (a test below
 * checks that), with ids under the run's token so nothing is shared with other tests.
 */
function coverageArticle(token: string): DocumentGraph {
  const sentences = [
    'قال وزير الخارجية سامر الحداد إن المحادثات مع وفد الجزيرة الخضراء ستستأنف في مدينة النخيل.',
    'ونفى المتحدث باسم الحكومة ما قاله الوزير عن موعد الاجتماع المقبل.',
    'وسأل الصحفيون عن أثر الاتفاق الجديد على قطاع الزراعة، فأجاب الحداد: "الأثر سيكون محدودا".',
  ];
  const text = sentences.join(' ');
  const sentence = (index: number) => {
    const start = text.indexOf(sentences[index]!);
    return { index, start, end: start + sentences[index]!.length };
  };
  const id = (kind: string, name: string) => `${kind}:${token}-${name}`;
  const s2 = sentence(1).start;
  const s3 = sentence(2).start;
  return assertDocumentGraph({
    version: 1,
    article: {
      id: id('article', 'coverage'),
      title: 'عنوان من عندنا',
      language: 'ar',
      publishedAt: '2024-05-02',
      source: 'اختبار',
      url: null,
      text,
    },
    actors: [
      {
        id: id('actor', 'haddad'),
        name: 'سامر الحداد',
        nameEn: 'Samer al-Haddad',
        kind: 'PERSON',
        aliases: ['وزير الخارجية'],
        wikidataId: null,
        partOfIds: [id('actor', 'government')],
        basedInIds: [id('place', 'palms')],
        mentions: [spanOf(text, 'سامر الحداد'), spanOf(text, 'الحداد', s3)],
      },
      { id: id('actor', 'delegation'), name: 'وفد الجزيرة الخضراء', kind: 'ORGANIZATION', mentions: [spanOf(text, 'وفد الجزيرة الخضراء')] },
      { id: id('actor', 'government'), name: 'الحكومة', kind: 'GOVERNMENT', mentions: [spanOf(text, 'الحكومة')] },
      { id: id('actor', 'spokesman'), name: 'المتحدث باسم الحكومة', kind: 'UNNAMED', mentions: [spanOf(text, 'المتحدث باسم الحكومة')] },
      { id: id('actor', 'journalists'), name: 'الصحفيون', kind: 'GROUP', mentions: [spanOf(text, 'الصحفيون')] },
    ],
    places: [{ id: id('place', 'palms'), name: 'مدينة النخيل', nameEn: 'Palm City', mentions: [spanOf(text, 'مدينة النخيل')] }],
    events: [
      {
        id: id('event', 'meeting'),
        kind: 'MEETING',
        label: 'الاجتماع المقبل',
        participantIds: [id('actor', 'haddad'), id('actor', 'delegation')],
        placeId: id('place', 'palms'),
        when: { text: 'موعد', date: '2024-05' },
        mentions: [spanOf(text, 'الاجتماع المقبل')],
      },
      {
        id: id('event', 'agreement'),
        kind: 'AGREEMENT',
        label: 'الاتفاق الجديد',
        participantIds: [],
        placeId: null,
        when: null,
        followsIds: [id('event', 'meeting')],
        affectsIds: [id('sector', 'farming')],
        mentions: [spanOf(text, 'الاتفاق الجديد')],
      },
    ],
    sectors: [{ id: id('sector', 'farming'), name: 'الزراعة', nameEn: 'Agriculture', mentions: [spanOf(text, 'الزراعة')] }],
    statements: [
      {
        id: id('stmt', '1'),
        speakerId: id('actor', 'haddad'),
        addresseeIds: [id('actor', 'delegation')],
        aboutIds: [id('actor', 'delegation'), id('event', 'meeting'), id('place', 'palms')],
        cue: spanOf(text, 'قال'),
        verb: 'قال',
        kind: 'ANNOUNCEMENT',
        direct: false,
        content: spanOf(text, 'المحادثات مع وفد الجزيرة الخضراء ستستأنف في مدينة النخيل'),
        sentence: sentence(0),
        reportedById: null,
        deniesId: null,
        answersId: null,
        eventId: id('event', 'meeting'),
      },
      {
        id: id('stmt', '2'),
        speakerId: id('actor', 'spokesman'),
        addresseeIds: [],
        aboutIds: [id('actor', 'haddad'), id('event', 'meeting')],
        cue: spanOf(text, 'ونفى'),
        verb: 'نفى',
        kind: 'DENIAL',
        direct: false,
        content: spanOf(text, 'ما قاله الوزير عن موعد الاجتماع المقبل'),
        sentence: sentence(1),
        reportedById: id('actor', 'government'),
        deniesId: id('stmt', '1'),
        answersId: null,
        eventId: null,
      },
      {
        id: id('stmt', '3'),
        speakerId: id('actor', 'journalists'),
        addresseeIds: [id('actor', 'haddad')],
        aboutIds: [id('event', 'agreement'), id('sector', 'farming')],
        cue: spanOf(text, 'وسأل'),
        verb: 'سأل',
        kind: 'QUESTION',
        direct: false,
        content: spanOf(text, 'عن أثر الاتفاق الجديد على قطاع الزراعة'),
        sentence: sentence(2),
        reportedById: null,
        deniesId: null,
        answersId: null,
        eventId: null,
      },
      {
        id: id('stmt', '4'),
        speakerId: id('actor', 'haddad'),
        addresseeIds: [id('actor', 'journalists')],
        aboutIds: [id('event', 'agreement')],
        cue: spanOf(text, 'فأجاب'),
        verb: 'أجاب',
        kind: 'ANSWER',
        direct: true,
        content: spanOf(text, '"الأثر سيكون محدودا"'),
        sentence: sentence(2),
        reportedById: null,
        deniesId: null,
        answersId: id('stmt', '3'),
        eventId: null,
      },
      {
        id: id('stmt', '5'),
        speakerId: id('actor', 'haddad'),
        addresseeIds: [],
        aboutIds: [],
        cue: null,
        verb: null,
        kind: 'CLAIM',
        direct: false,
        content: spanOf(text, 'ما قاله الوزير', s2),
        sentence: sentence(1),
        reportedById: null,
        deniesId: null,
        answersId: null,
        eventId: null,
        implicit: true,
      },
    ],
  });
}

/** An extracted article of our own, its ids (gazetteer actors too) moved under the run's token. */
function extractedArticle(token: string): DocumentGraph {
  const graph = ownArticle(
    `article:${token}-extracted`,
    'أعلن رئيس الوزراء الكندي أن بلاده ستفتح سفارة جديدة في نيروبي. وقالت وزارة الخارجية الكينية إنها ترحب بالخطوة وتنتظر زيارة الوفد الشهر المقبل.',
  );
  const prefixed = (id: string) => (id.startsWith(`article:${token}`) ? id : id.replace(':', `:${token}-`));
  const copy = structuredClone(graph);
  for (const c of ['actors', 'places', 'events', 'sectors', 'statements'] as const) for (const item of copy[c]) item.id = prefixed(item.id);
  for (const ref of REFERENCES) {
    for (const item of copy[ref.owner] as object[]) {
      const entry = item as Record<string, unknown>;
      const value = entry[ref.field];
      if (typeof value === 'string') entry[ref.field] = prefixed(value);
      else if (Array.isArray(value)) entry[ref.field] = value.map((id: string) => prefixed(id));
    }
  }
  return assertDocumentGraph(copy);
}

async function exportJsonl(db: Database, articleIds: string[]): Promise<DocumentGraph[]> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const result = await exportGraph(db, out, { format: 'jsonl', articleIds });
  out.end();
  expect(result.problems).toEqual([]);
  return Buffer.concat(chunks)
    .toString('utf8')
    .trim()
    .split('\n')
    .map((line) => assertDocumentGraph(JSON.parse(line)));
}

/** Bookkeeping that differs between two loads of the same graph by design. */
const LOAD_SPECIFIC = new Set(['ingestedAt', 'contentHash']);

/** Deep copy with `from` replaced by `to` in every string, and Neo4j values made plain. */
function mapStrings(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return value.split(from).join(to);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, from, to));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !LOAD_SPECIFIC.has(k))
        .map(([k, v]) => [k, mapStrings(v, from, to)]),
    );
  }
  return value;
}

/**
 * The stored subgraph of some articles: each node (labels, properties) and each relationship
 * between two of its nodes (type, properties, ends), derived ones included, as sorted strings.
 */
async function subgraph(db: Database, ids: string[]): Promise<{ nodes: string[]; relationships: string[] }> {
  const result = await db.read((tx) =>
    tx.run(
      `
    UNWIND $ids AS id MATCH (a:Article {id: id})
    CALL { WITH a RETURN a AS n UNION WITH a MATCH (n:Statement)-[:REPORTED_IN]->(a) RETURN n UNION WITH a MATCH (a)-[:MENTIONS]->(n) RETURN n }
    WITH collect(DISTINCT n) AS nodes
    RETURN [n IN nodes | {labels: labels(n), props: properties(n)}] AS nodes,
           [(x)-[r]->(y) WHERE x IN nodes AND y IN nodes | {type: type(r), from: x.id, to: y.id, props: properties(r)}] AS relationships`,
      { ids },
    ),
  );
  const record = result.records[0]!;
  const sortedJson = (items: unknown[]) =>
    items
      .map((item) =>
        JSON.stringify(item, (_, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
        ),
      )
      .sort();
  return {
    nodes: sortedJson((record.get('nodes') as { labels: string[] }[]).map((n) => ({ ...n, labels: [...n.labels].sort() }))),
    relationships: sortedJson(record.get('relationships') as unknown[]),
  };
}

describe('DocumentGraph round trip: load → export JSONL → load → the same graph', () => {
  let db: Database;
  const originals = [coverageArticle(FIRST), extractedArticle(FIRST)];
  const firstIds = originals.map((g) => g.article.id);
  const secondIds = firstIds.map((id) => id.split(FIRST).join(SECOND));
  beforeAll(async () => {
    db = await testDatabase();
    await loadDocument(db, originals[0]!);
    await loadBatch(db, originals.slice(1).map(prepareDocument));
  });
  afterAll(async () => {
    for (const id of [...firstIds, ...secondIds]) await deleteArticle(db, id);
    await db.close();
  });

  it('the coverage article uses every relationship of the model', () => {
    const graph = originals[0]!;
    for (const ref of REFERENCES) {
      const used = (graph[ref.owner] as object[]).some((item) => {
        const value = (item as Record<string, unknown>)[ref.field];
        return Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.length > 0;
      });
      expect(used, `${ref.type} (${ref.owner}.${ref.field})`).toBe(true);
    }
    expect(RELATIONSHIPS.length).toBeGreaterThan(REFERENCES.length);
  });

  it('the reader is the exact inverse of the loader: each exported graph is the canonical form of the loaded one', async () => {
    const exported = await exportJsonl(db, firstIds);
    expect(exported.map((g) => g.article.id)).toEqual(firstIds);
    exported.forEach((graph, i) => expect(graph).toEqual(canonicalDocumentGraph(originals[i]!)));
    // And reading back directly gives the same graphs as the export.
    expect(await readDocumentGraphs(db, firstIds)).toEqual(exported);
  });

  it("stores each statement's actor targets (aboutActorIds, addresseeIds) as the migration's backfill computes them from its edges, and no export carries them", async () => {
    const result = await db.read((tx) =>
      tx.run(
        `UNWIND $ids AS id MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: id})
         RETURN s.id AS id, s.aboutActorIds AS about, s.addresseeIds AS addressees,
                ${STATEMENT_TARGETS.aboutActorIds('s')} AS aboutFromEdges, ${STATEMENT_TARGETS.addresseeIds('s')} AS addresseesFromEdges`,
        { ids: firstIds },
      ),
    );
    const rows = result.records.map((r) => r.toObject());
    expect(rows.length).toBe(originals.reduce((n, g) => n + g.statements.length, 0));
    for (const row of rows) {
      expect(row.about, String(row.id)).toEqual(row.aboutFromEdges);
      expect(row.addressees, String(row.id)).toEqual(row.addresseesFromEdges);
    }
    // The coverage article has statements about actors and addressed to them (and about non-actors, left out).
    expect(rows.some((row) => (row.about as string[]).length > 0)).toBe(true);
    expect(rows.some((row) => (row.addressees as string[]).length > 0)).toBe(true);
    for (const graph of await exportJsonl(db, firstIds))
      for (const statement of graph.statements) expect(Object.keys(statement)).not.toContain('aboutActorIds');
  });

  it("stores on each ABOUT edge its target's id and its statement's sort keys, as the migration's backfill computes them, and no export carries them", async () => {
    const result = await db.read((tx) =>
      tx.run(
        `UNWIND $ids AS id MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: id})
         MATCH (s)-[r:ABOUT]->(t)
         RETURN s.id AS id, t.id AS target, s.newestKey AS newestKey, properties(r) AS stored, ${aboutKeys('s', 't')} AS computed`,
        { ids: firstIds },
      ),
    );
    const rows = result.records.map((r) => r.toObject());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.stored, String(row.id)).toEqual(row.computed);
      expect((row.stored as { targetId: string }).targetId).toBe(row.target);
      expect((row.stored as { newestKey: string }).newestKey).toBe(row.newestKey);
    }
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await exportGraph(db, out, { format: 'cytoscape', center: String(rows[0]!.id), depth: 1 });
    out.end();
    const edges = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { elements: { edges: { data: Record<string, unknown> }[] } })
      .elements.edges;
    const about = edges.filter((e) => e.data.label === 'ABOUT');
    expect(about.length).toBeGreaterThan(0);
    for (const edge of about) for (const key of ['targetId', 'newestKey', 'oldestKey']) expect(edge.data, key).not.toHaveProperty(key);
  });

  it("stores on each MENTIONS edge its target's id and its article's listKey, as the migration's backfill computes them, and on each STANCE edge its target's id", async () => {
    const result = await db.read((tx) =>
      tx.run(
        `UNWIND $ids AS id MATCH (art:Article {id: id})-[m:MENTIONS]->(n)
         RETURN n.id AS id, m {.targetId, .listKey} AS stored, ${mentionKeys('art', 'n')} AS computed, art.listKey AS listKey`,
        { ids: firstIds },
      ),
    );
    const rows = result.records.map((r) => r.toObject());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.stored, String(row.id)).toEqual(row.computed);
      expect(row.stored, String(row.id)).toEqual({ targetId: row.id, listKey: row.listKey });
    }
    const stance = await db.read((tx) =>
      tx.run(
        `UNWIND $ids AS id MATCH (:Article {id: id})<-[:REPORTED_IN]-(:Statement)<-[:SAID]-(sp:Actor)-[r:STANCE]->(t)
         RETURN DISTINCT t.id AS target, r.targetId AS stored`,
        { ids: firstIds },
      ),
    );
    expect(stance.records.length).toBeGreaterThan(0);
    for (const r of stance.records) expect(r.get('stored')).toBe(r.get('target'));
  });

  it("stores on each PARTICIPATED_IN edge its actor's id and the event's timeline key, as the migration's backfill computes them", async () => {
    const result = await db.read((tx) =>
      tx.run(
        `UNWIND $ids AS id MATCH (:Article {id: id})-[:MENTIONS]->(e:Event)<-[r:PARTICIPATED_IN]-(a:Actor)
         RETURN e.id AS id, properties(r) AS stored, ${participationKeys('e', 'a')} AS computed`,
        { ids: firstIds },
      ),
    );
    const rows = result.records.map((r) => r.toObject());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.stored, String(row.id)).toEqual({ role: 'participant', ...(row.computed as object) });
  });

  it('loading the exported graphs under other ids stores a graph identical to the first, node for node and relationship for relationship', async () => {
    const exported = await exportJsonl(db, firstIds);
    const moved = exported.map((graph) => rekey(graph, FIRST, SECOND));
    const results = await loadBatch(db, moved.map(prepareDocument));
    expect(results.map((r) => r.status)).toEqual(moved.map(() => 'loaded'));

    const first = await subgraph(db, firstIds);
    const second = await subgraph(db, secondIds);
    expect(first.nodes.length).toBeGreaterThan(originals.reduce((n, g) => n + g.statements.length + g.actors.length, 0));
    expect(first.relationships.length).toBeGreaterThan(first.nodes.length);
    const back = (items: string[]) => items.map((item) => JSON.stringify(mapStrings(JSON.parse(item), SECOND, FIRST))).sort();
    const strip = (items: string[]) => items.map((item) => JSON.stringify(mapStrings(JSON.parse(item), FIRST, FIRST))).sort();
    expect(back(second.nodes)).toEqual(strip(first.nodes));
    expect(back(second.relationships)).toEqual(strip(first.relationships));

    // The second copy exports to the same DocumentGraphs too.
    const reexported = await exportJsonl(db, secondIds);
    expect(reexported.map((graph) => rekey(graph, SECOND, FIRST))).toEqual(exported);
  });
});
