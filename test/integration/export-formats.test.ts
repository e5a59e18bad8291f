import { PassThrough, Readable } from 'node:stream';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticle } from '../../bench/corpus.ts';
import { deleteArticle } from '../../src/db/loader.ts';
import { DERIVED_RELATIONSHIPS } from '../../src/db/queries/keys.ts';
import { exportGraph, type ExportOptions } from '../../src/export/index.ts';
import { assertDocumentGraph } from '../../src/graph/validate.ts';
import { ingest } from '../../src/ingest/run.ts';
import { readSources } from '../../src/ingest/sources.ts';
import { testDatabase } from '../support/db.ts';
import type { Database } from '../../src/db/driver.ts';

async function exportToString(db: Database, options: ExportOptions): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportGraph(db, out, options);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

/** Nodes and relationships of the subgraph made of these articles, their statements and what they mention. */
async function inducedCounts(db: Database, ids: string[]) {
  const nodes = await db.read((tx) =>
    tx.run(
      `
    UNWIND $ids AS id MATCH (a:Article {id: id})
    CALL { WITH a RETURN a AS n UNION WITH a MATCH (n:Statement)-[:REPORTED_IN]->(a) RETURN n UNION WITH a MATCH (a)-[:MENTIONS]->(n) RETURN n }
    WITH collect(DISTINCT n) AS nodes
    CALL { WITH nodes UNWIND nodes AS x MATCH (x)-[r]->(y) WHERE y IN nodes AND NOT type(r) IN $derived RETURN count(r) AS relationships }
    RETURN size(nodes) AS nodes, relationships`,
      { ids, derived: DERIVED_RELATIONSHIPS },
    ),
  );
  const record = nodes.records[0]!;
  return { nodes: record.get('nodes') as number, relationships: record.get('relationships') as number };
}

describe('qawl export', () => {
  let db: Database;
  const ids: string[] = [];
  beforeAll(async () => {
    db = await testDatabase();
    const articles = Array.from({ length: 12 }, (_, i) => generateArticle(i, 5, 'export'));
    // Markup and control characters in metadata must come out as valid, escaped XML.
    articles[0]!.title = 'عنوان <b>"مهم"</b> & \'خاص\' \u0001 نهاية';
    ids.push(...articles.map((a) => a.id));
    const summary = await ingest(db, readSources(['-'], Readable.from([articles.map((a) => JSON.stringify(a)).join('\n')])), {
      concurrency: 1,
    });
    expect(summary.failed).toBe(0);
  });
  afterAll(async () => {
    for (const id of ids) await deleteArticle(db, id);
    await db.close();
  });

  it('GraphML: valid XML, every attribute declared as a key, edges between exported nodes, markup escaped', async () => {
    const xml = await exportToString(db, { format: 'graphml', center: ids[0]!, depth: 2 });
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
    }).parse(xml);
    const graphml = doc.graphml;
    const keys = new Set((graphml.key as { '@id': string }[]).map((k) => k['@id']));
    const graph = graphml.graph[0] ?? graphml.graph;
    expect(graph['@edgedefault']).toBe('directed');
    const nodes = graph.node as { '@id': string; data: { '@key': string; '#text': unknown }[] }[];
    const edges = graph.edge as { '@source': string; '@target': string; data: { '@key': string; '#text': unknown }[] }[];
    expect(nodes.length).toBeGreaterThan(20);
    expect(edges.length).toBeGreaterThan(nodes.length);
    const nodeIds = new Set(nodes.map((n) => n['@id']));
    expect(nodeIds.size).toBe(nodes.length);
    for (const e of edges) {
      expect(nodeIds.has(e['@source'])).toBe(true);
      expect(nodeIds.has(e['@target'])).toBe(true);
    }
    for (const item of [...nodes, ...edges]) for (const d of item.data ?? []) expect(keys.has(d['@key'])).toBe(true);
    const article = nodes.find((n) => n['@id'] === ids[0])!;
    const title = article.data.find((d) => d['@key'] === 'n_title')!['#text'];
    expect(String(title)).toContain('<b>"مهم"</b> & \'خاص\'');
    const types = new Set(edges.map((e) => e.data.find((d) => d['@key'] === 'e_label')!['#text']));
    for (const type of ['SAID', 'REPORTED_IN', 'MENTIONS']) expect(types.has(type)).toBe(true);
  });

  it("GraphML of the whole database parses too, this file's articles and their subgraph among it", async () => {
    // Other files write to the shared database meanwhile, so the whole export is checked for
    // containing this file's subgraph, not for matching a count taken at another moment.
    const own = await inducedCounts(db, ids);
    const xml = await exportToString(db, { format: 'graphml' });
    expect(XMLValidator.validate(xml)).toBe(true);
    for (const id of ids) expect(xml).toContain(`<node id="${id}"`);
    expect((xml.match(/<node /g) ?? []).length).toBeGreaterThanOrEqual(own.nodes);
    expect((xml.match(/<edge /g) ?? []).length).toBeGreaterThanOrEqual(own.relationships);
  });

  it('Cytoscape.js JSON: {elements: {nodes, edges}} with data.id, data.source, data.target', async () => {
    const text = await exportToString(db, { format: 'cytoscape', center: ids[1]!, depth: 1 });
    const json = JSON.parse(text) as {
      elements: {
        nodes: { data: { id: string; label: string; type: string } }[];
        edges: { data: { id: string; source: string; target: string; label: string } }[];
      };
    };
    const nodeIds = new Set(json.elements.nodes.map((n) => n.data.id));
    expect(nodeIds.has(ids[1]!)).toBe(true);
    expect(json.elements.edges.length).toBeGreaterThan(0);
    for (const e of json.elements.edges) {
      expect(nodeIds.has(e.data.source) && nodeIds.has(e.data.target)).toBe(true);
      expect(e.data.label).toMatch(/^[A-Z_]+$/);
    }
    expect(new Set(json.elements.nodes.map((n) => n.data.type))).toContain('Statement');
  });

  it('JSONL: valid DocumentGraphs, one per article, as many statements as stored, with the nodes and relationships of the articles', async () => {
    const text = await exportToString(db, { format: 'jsonl', articleIds: ids });
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(ids.length);
    const graphs = lines.map((line) => assertDocumentGraph(JSON.parse(line)));
    const stored = await db.read((tx) =>
      tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.statementCount AS n', { ids }),
    );
    const expectedStatements = new Map(stored.records.map((r) => [r.get('id') as string, r.get('n') as number]));
    for (const g of graphs) {
      expect(g.statements).toHaveLength(expectedStatements.get(g.article.id)!);
      expect(g.actors.some((a) => a.mentions.length > 0)).toBe(true);
    }
    // Every node of the articles' subgraph is in some exported graph (shared actors once per
    // article that mentions them). Loading the export back and comparing the stored graphs node
    // for node is export-roundtrip.test.ts.
    const exportedIds = new Set(
      graphs.flatMap((g) =>
        [g.article.id, ...g.actors, ...g.places, ...g.events, ...g.sectors, ...g.statements].map((x) => (typeof x === 'string' ? x : x.id)),
      ),
    );
    expect(exportedIds.size).toBe((await inducedCounts(db, ids)).nodes);
  });
});
