/**
 * Graph export for the tools people already use: GraphML (Gephi, yEd), Cytoscape.js JSON,
 * and JSONL of DocumentGraphs that `qawl load` re-imports. Everything streams: nodes and
 * relationships are written as the database returns them, articles are rebuilt a page at a
 * time, and the output stream's backpressure is respected.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ActorEntry, ActorKind, DocumentGraph, EventEntry, PlaceEntry, SectorEntry, Span, StatementEntry } from '../graph/document-graph.ts';
import { DOCUMENT_GRAPH_VERSION } from '../graph/document-graph.ts';
import { documentGraphProblems } from '../graph/validate.ts';
import type { Database } from './driver.ts';
import { NODE_LABELS } from './migrations.ts';
import { DERIVED_PROPERTIES, DERIVED_RELATIONSHIPS } from './queries/keys.ts';

export const EXPORT_FORMATS = ['graphml', 'cytoscape', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const isExportFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);

export interface ExportOptions {
  format: ExportFormat;
  /** Only the neighbourhood of this node id (any label), `depth` hops in either direction. */
  center?: string;
  depth?: number;
  /** jsonl only: just these articles (default: every article, or those in the neighbourhood). */
  articleIds?: readonly string[];
}

export interface ExportResult {
  nodes: number;
  edges: number;
  articles: number;
  /** Articles left out of a JSONL export because the stored data did not make a valid DocumentGraph. */
  problems: string[];
}

export class ExportError extends Error {}

type Props = Record<string, unknown>;

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

// ---------------------------------------------------------------------------------------------
// Reading nodes and relationships (whole graph or a neighbourhood), streamed

interface NodeRow { key: string; id: string; labels: string[]; props: Props }
/** source/target are node ids (`id`, or the element id for a node without one). */
interface EdgeRow { source: string; target: string; type: string; props: Props }

const LABEL_MATCH = NODE_LABELS.join('|');
const PAGE = 2000;

/**
 * The element ids within `depth` hops of the node whose `id` is `center`, breadth first; the
 * ids only (strings), so even a hub's neighbourhood is cheap to hold.
 */
async function neighbourhood(db: Database, center: string, depth: number): Promise<Set<string>> {
  const start = await db.read((tx) => tx.run(`MATCH (c:${LABEL_MATCH}) WHERE c.id = $center RETURN elementId(c) AS e LIMIT 1`, { center }));
  const first = start.records[0]?.get('e') as string | undefined;
  if (!first) throw new ExportError(`no node with id ${center}`);
  const seen = new Set([first]);
  let frontier = [first];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (let i = 0; i < frontier.length; i += PAGE) {
      const page = frontier.slice(i, i + PAGE);
      const result = await db.read((tx) => tx.run(
        'UNWIND $page AS e MATCH (a)-[r]-(b) WHERE elementId(a) = e AND NOT type(r) IN $derived RETURN DISTINCT elementId(b) AS e',
        { page, derived: DERIVED_RELATIONSHIPS }));
      for (const r of result.records) {
        const e = r.get('e') as string;
        if (!seen.has(e)) { seen.add(e); next.push(e); }
      }
    }
    frontier = next;
  }
  return seen;
}

async function* streamQuery(db: Database, query: string, params: Props = {}): AsyncGenerator<Props> {
  const session = db.driver.session({ database: db.databaseName, defaultAccessMode: 'READ', fetchSize: 1000 });
  try {
    const result = session.run(query, params);
    for await (const record of result) yield record.toObject() as Props;
  } finally {
    await session.close();
  }
}

const nodeKey = (row: Props) => (typeof (row.props as Props).id === 'string' ? (row.props as Props).id as string : row.e as string);

async function* nodeRows(db: Database, scope: Set<string> | null): AsyncGenerator<NodeRow> {
  if (!scope) {
    for await (const row of streamQuery(db, 'MATCH (n) RETURN elementId(n) AS e, labels(n) AS labels, properties(n) AS props')) {
      yield { key: row.e as string, id: nodeKey(row), labels: row.labels as string[], props: row.props as Props };
    }
    return;
  }
  const ids = [...scope];
  for (let i = 0; i < ids.length; i += PAGE) {
    const page = ids.slice(i, i + PAGE);
    const result = await db.read((tx) => tx.run(
      'UNWIND $page AS e MATCH (n) WHERE elementId(n) = e RETURN e, labels(n) AS labels, properties(n) AS props', { page }));
    for (const r of result.records) {
      const row = r.toObject() as Props;
      yield { key: row.e as string, id: nodeKey(row), labels: row.labels as string[], props: row.props as Props };
    }
  }
}

async function* edgeRows(db: Database, scope: Set<string> | null): AsyncGenerator<EdgeRow> {
  if (!scope) {
    for await (const row of streamQuery(db, `MATCH (a)-[r]->(b) WHERE NOT type(r) IN $derived
        RETURN coalesce(a.id, elementId(a)) AS s, coalesce(b.id, elementId(b)) AS t, type(r) AS type, properties(r) AS props`,
      { derived: DERIVED_RELATIONSHIPS })) {
      yield { source: row.s as string, target: row.t as string, type: row.type as string, props: row.props as Props };
    }
    return;
  }
  const ids = [...scope];
  for (let i = 0; i < ids.length; i += PAGE) {
    const page = ids.slice(i, i + PAGE);
    const result = await db.read((tx) => tx.run(
      `UNWIND $page AS e MATCH (a)-[r]->(b) WHERE elementId(a) = e AND NOT type(r) IN $derived
       RETURN coalesce(a.id, e) AS s, elementId(b) AS te, coalesce(b.id, elementId(b)) AS t, type(r) AS type, properties(r) AS props`,
      { page, derived: DERIVED_RELATIONSHIPS }));
    for (const r of result.records) {
      const row = r.toObject() as Props;
      if (scope.has(row.te as string)) yield { source: row.s as string, target: row.t as string, type: row.type as string, props: row.props as Props };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Property values for the graph formats

/** A short human label for a node, what Gephi/yEd/Cytoscape show by default. */
function displayLabel(labels: string[], props: Props): string {
  const pick = (key: string) => (typeof props[key] === 'string' && props[key] ? props[key] as string : null);
  const text = pick('name') ?? pick('title') ?? pick('label') ?? pick('text') ?? pick('id') ?? labels[0] ?? '';
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The node type: the model label (Actor, Statement, …), not the actor kind labels. */
function nodeType(labels: string[]): string {
  return labels.find((l) => (NODE_LABELS as readonly string[]).includes(l)) ?? labels[0] ?? 'Node';
}

/** Neo4j values as plain JSON: lists stay lists, temporal values become ISO strings. */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') return String(value);
  return value;
}

/** Internal bookkeeping that tools do not need. */
const SKIPPED_PROPS = new Set<string>(['nameKeys', 'aliasText', 'contentHash', ...DERIVED_PROPERTIES]);

// GraphML needs every attribute declared, with a type, before the first node: a fixed
// registry of the model's properties (see docs/ARCHITECTURE.md and loader.ts); others are skipped.
type GraphmlType = 'string' | 'int' | 'double' | 'boolean';
const NODE_KEYS: [string, GraphmlType][] = [
  ['type', 'string'], ['labels', 'string'], ['label', 'string'],
  ['name', 'string'], ['nameAr', 'string'], ['nameEn', 'string'], ['kind', 'string'], ['aliases', 'string'], ['wikidataId', 'string'],
  ['title', 'string'], ['url', 'string'], ['source', 'string'], ['language', 'string'], ['publishedAt', 'string'], ['ingestedAt', 'string'],
  ['statementCount', 'int'], ['text', 'string'], ['quote', 'string'], ['direct', 'boolean'], ['implicit', 'boolean'], ['verb', 'string'],
  ['sentence', 'string'], ['sentenceIndex', 'int'], ['start', 'int'], ['end', 'int'], ['articleId', 'string'],
  ['date', 'string'], ['dateText', 'string'],
];
const EDGE_KEYS: [string, GraphmlType][] = [['label', 'string'], ['start', 'int'], ['end', 'int'], ['role', 'string']];

/** XML 1.0 forbids most control characters even when escaped; lone surrogates are not text either. */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(value: string): string {
  return value.replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function graphmlValue(value: unknown, type: GraphmlType): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return escapeXml(value.map((v) => String(plain(v))).join(' | '));
  if (type === 'boolean') return typeof value === 'boolean' ? String(value) : null;
  if (type === 'int' || type === 'double') return typeof value === 'number' && Number.isFinite(value) ? String(type === 'int' ? Math.trunc(value) : value) : null;
  return escapeXml(String(plain(value)));
}

function graphmlData(keys: [string, GraphmlType][], prefix: string, values: Props): string {
  let out = '';
  for (const [name, type] of keys) {
    const value = graphmlValue(values[name], type);
    if (value !== null) out += `<data key="${prefix}_${name}">${value}</data>`;
  }
  return out;
}

async function exportGraphml(db: Database, out: Writable, scope: Set<string> | null): Promise<ExportResult> {
  await write(out, '<?xml version="1.0" encoding="UTF-8"?>\n'
    + '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    + 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n');
  for (const [name, type] of NODE_KEYS) await write(out, `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>\n`);
  for (const [name, type] of EDGE_KEYS) await write(out, `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>\n`);
  await write(out, '  <graph id="qawl" edgedefault="directed">\n');
  let nodes = 0;
  for await (const node of nodeRows(db, scope)) {
    const values: Props = { ...node.props, type: nodeType(node.labels), labels: node.labels.join(':'), label: displayLabel(node.labels, node.props) };
    await write(out, `    <node id="${escapeXml(node.id)}">${graphmlData(NODE_KEYS, 'n', values)}</node>\n`);
    nodes += 1;
  }
  let edges = 0;
  for await (const edge of edgeRows(db, scope)) {
    const { source, target } = edge;
    edges += 1;
    await write(out, `    <edge id="e${edges}" source="${escapeXml(source)}" target="${escapeXml(target)}">${graphmlData(EDGE_KEYS, 'e', { ...edge.props, label: edge.type })}</edge>\n`);
  }
  await write(out, '  </graph>\n</graphml>\n');
  return { nodes, edges, articles: 0, problems: [] };
}

async function exportCytoscape(db: Database, out: Writable, scope: Set<string> | null): Promise<ExportResult> {
  await write(out, '{"elements":{"nodes":[');
  let nodes = 0;
  for await (const node of nodeRows(db, scope)) {
    const data: Props = {};
    for (const [key, value] of Object.entries(node.props)) if (!SKIPPED_PROPS.has(key)) data[key] = plain(value);
    Object.assign(data, { id: node.id, label: displayLabel(node.labels, node.props), type: nodeType(node.labels), labels: node.labels });
    await write(out, `${nodes === 0 ? '\n' : ',\n'}${JSON.stringify({ data, classes: nodeType(node.labels) })}`);
    nodes += 1;
  }
  await write(out, '\n],"edges":[');
  let edges = 0;
  for await (const edge of edgeRows(db, scope)) {
    const { source, target } = edge;
    const data: Props = {};
    for (const [key, value] of Object.entries(edge.props)) data[key] = plain(value);
    Object.assign(data, { id: `e${edges + 1}`, source, target, label: edge.type });
    await write(out, `${edges === 0 ? '\n' : ',\n'}${JSON.stringify({ data, classes: edge.type })}`);
    edges += 1;
  }
  await write(out, '\n]}}\n');
  return { nodes, edges, articles: 0, problems: [] };
}

// ---------------------------------------------------------------------------------------------
// DocumentGraph JSONL

const ARTICLE_PAGE = 100;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function mentionSpans(text: string, starts: unknown, ends: unknown): Span[] {
  if (!Array.isArray(starts) || !Array.isArray(ends)) return [];
  const spans: Span[] = [];
  starts.forEach((start, i) => {
    const end = ends[i];
    if (typeof start === 'number' && typeof end === 'number') spans.push({ start, end, text: text.slice(start, end) });
  });
  return spans;
}

const ARTICLES_QUERY = 'UNWIND $ids AS id MATCH (art:Article {id: id}) RETURN id, properties(art) AS props';
const MENTIONS_QUERY = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(n)
RETURN id AS article, labels(n) AS labels, properties(n) AS props, m.starts AS starts, m.ends AS ends,
  [(n)-[:PART_OF]->(o:Actor) | o.id] AS partOf,
  [(n)-[:BASED_IN]->(p:Place) | p.id] AS basedIn,
  [(a:Actor)-[:PARTICIPATED_IN]->(n) | a.id] AS participants,
  [(n)-[:IN]->(p:Place) | p.id] AS places,
  [(n)-[:FOLLOWS]->(f:Event) | f.id] AS follows,
  [(n)-[:AFFECTS]->(s:Sector) | s.id] AS affects`;
const STATEMENTS_QUERY = `
UNWIND $ids AS id
MATCH (s:Statement)-[r:REPORTED_IN]->(:Article {id: id})
RETURN id AS article, properties(s) AS props, r.start AS start, r.end AS end,
  [(sp:Actor)-[:SAID]->(s) | sp.id] AS speakers,
  [(s)-[:ADDRESSED_TO]->(a:Actor) | a.id] AS addressees,
  [(s)-[:ABOUT]->(t) | t.id] AS about,
  [(s)-[:REPORTED_BY]->(a:Actor) | a.id] AS reportedBy,
  [(s)-[:DENIES]->(t:Statement) | t.id] AS denies,
  [(s)-[:ANSWERS]->(t:Statement) | t.id] AS answers,
  [(s)-[:DURING]->(e:Event) | e.id] AS during`;

const byFirstMention = (a: { id: string; mentions: Span[] }, b: { id: string; mentions: Span[] }) =>
  (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Rebuilds the DocumentGraphs of a page of articles from what the loader stored. */
export async function documentGraphs(db: Database, ids: readonly string[]): Promise<DocumentGraph[]> {
  return db.read(async (tx) => {
    const [articles, mentions, statements] = await Promise.all([
      tx.run(ARTICLES_QUERY, { ids }), tx.run(MENTIONS_QUERY, { ids }), tx.run(STATEMENTS_QUERY, { ids }),
    ]);
    const graphs = new Map<string, DocumentGraph>();
    for (const r of articles.records) {
      const p = r.get('props') as Props;
      graphs.set(r.get('id') as string, {
        version: DOCUMENT_GRAPH_VERSION,
        article: {
          id: p.id as string, title: str(p.title), language: str(p.language) ?? 'ar', publishedAt: str(p.publishedAt),
          source: str(p.source), url: str(p.url), text: str(p.text) ?? '',
        },
        actors: [], places: [], events: [], sectors: [], statements: [],
      });
    }
    for (const r of mentions.records) {
      const graph = graphs.get(r.get('article') as string);
      if (!graph) continue;
      const labels = r.get('labels') as string[];
      const p = r.get('props') as Props;
      const spans = mentionSpans(graph.article.text, r.get('starts'), r.get('ends'));
      const id = p.id as string;
      if (labels.includes('Actor')) {
        const actor: ActorEntry = {
          id, name: str(p.name) ?? id, nameAr: str(p.nameAr), nameEn: str(p.nameEn), kind: (str(p.kind) ?? 'UNNAMED') as ActorKind,
          wikidataId: str(p.wikidataId), mentions: spans,
        };
        if (Array.isArray(p.aliases) && p.aliases.length) actor.aliases = [...(p.aliases as string[])].sort();
        const partOf = (r.get('partOf') as string[]).sort();
        const basedIn = (r.get('basedIn') as string[]).sort();
        if (partOf.length) actor.partOfIds = partOf;
        if (basedIn.length) actor.basedInIds = basedIn;
        graph.actors.push(actor);
      } else if (labels.includes('Place')) {
        graph.places.push({ id, name: str(p.name) ?? id, nameEn: str(p.nameEn), wikidataId: str(p.wikidataId), mentions: spans } satisfies PlaceEntry);
      } else if (labels.includes('Sector')) {
        graph.sectors.push({ id, name: str(p.name) ?? id, nameEn: str(p.nameEn), mentions: spans } satisfies SectorEntry);
      } else if (labels.includes('Event')) {
        const dateText = str(p.dateText);
        const event: EventEntry = {
          id, kind: (str(p.kind) ?? 'OTHER') as EventEntry['kind'], label: str(p.label) ?? '',
          participantIds: (r.get('participants') as string[]).sort(), placeId: (r.get('places') as string[])[0] ?? null,
          when: dateText !== null || p.date ? { text: dateText ?? '', date: str(p.date) } : null,
          mentions: spans,
        };
        const follows = (r.get('follows') as string[]).sort();
        const affects = (r.get('affects') as string[]).sort();
        if (follows.length) event.followsIds = follows;
        if (affects.length) event.affectsIds = affects;
        graph.events.push(event);
      }
    }
    for (const r of statements.records) {
      const graph = graphs.get(r.get('article') as string);
      if (!graph) continue;
      const p = r.get('props') as Props;
      const text = graph.article.text;
      const start = num(r.get('start')) ?? num(p.start) ?? 0;
      const end = num(r.get('end')) ?? num(p.end) ?? start;
      const cueStart = num(p.cueStart);
      const cueEnd = num(p.cueEnd);
      const sentenceStart = num(p.sentenceStart) ?? start;
      const sentenceEnd = num(p.sentenceEnd) ?? sentenceStart + (str(p.sentence)?.length ?? end - sentenceStart);
      const statement: StatementEntry = {
        id: p.id as string,
        speakerId: (r.get('speakers') as string[])[0] ?? '',
        addresseeIds: (r.get('addressees') as string[]).sort(),
        aboutIds: (r.get('about') as string[]).sort(),
        cue: cueStart !== null && cueEnd !== null ? { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) } : null,
        verb: str(p.verb),
        kind: (str(p.kind) ?? 'OTHER') as StatementEntry['kind'],
        direct: p.direct === true,
        content: { start, end, text: text.slice(start, end) },
        sentence: { index: num(p.sentenceIndex) ?? 0, start: sentenceStart, end: sentenceEnd },
        reportedById: (r.get('reportedBy') as string[])[0] ?? null,
        deniesId: (r.get('denies') as string[])[0] ?? null,
        answersId: (r.get('answers') as string[])[0] ?? null,
        eventId: (r.get('during') as string[])[0] ?? null,
      };
      if (p.implicit === true) statement.implicit = true;
      graph.statements.push(statement);
    }
    const result: DocumentGraph[] = [];
    for (const id of ids) {
      const graph = graphs.get(id);
      if (!graph) continue;
      // Relationships between shared nodes (PART_OF, BASED_IN) may come from other articles:
      // keep those whose both ends this article mentions, so the graph stays self-contained.
      const actorIds = new Set(graph.actors.map((a) => a.id));
      const placeIds = new Set(graph.places.map((p) => p.id));
      for (const actor of graph.actors) {
        if (actor.partOfIds) actor.partOfIds = actor.partOfIds.filter((x) => actorIds.has(x) && x !== actor.id);
        if (actor.basedInIds) actor.basedInIds = actor.basedInIds.filter((x) => placeIds.has(x));
        if (actor.partOfIds?.length === 0) delete actor.partOfIds;
        if (actor.basedInIds?.length === 0) delete actor.basedInIds;
      }
      graph.actors.sort(byFirstMention);
      graph.places.sort(byFirstMention);
      graph.sectors.sort(byFirstMention);
      graph.events.sort(byFirstMention);
      graph.statements.sort((a, b) => (a.cue?.start ?? a.content.start) - (b.cue?.start ?? b.content.start) || (a.id < b.id ? -1 : 1));
      result.push(graph);
    }
    return result;
  });
}

/** Article ids in id order, a page at a time (the id constraint's index serves the order). */
async function* articleIdPages(db: Database, scope: Set<string> | null, only?: readonly string[]): AsyncGenerator<string[]> {
  if (only) {
    for (let i = 0; i < only.length; i += ARTICLE_PAGE) yield only.slice(i, i + ARTICLE_PAGE);
    return;
  }
  if (scope) {
    const ids: string[] = [];
    const all = [...scope];
    for (let i = 0; i < all.length; i += PAGE) {
      const page = all.slice(i, i + PAGE);
      const result = await db.read((tx) => tx.run('UNWIND $page AS e MATCH (n:Article) WHERE elementId(n) = e RETURN n.id AS id', { page }));
      for (const r of result.records) ids.push(r.get('id') as string);
    }
    ids.sort();
    for (let i = 0; i < ids.length; i += ARTICLE_PAGE) yield ids.slice(i, i + ARTICLE_PAGE);
    return;
  }
  let after = '';
  for (;;) {
    const result = await db.read((tx) => tx.run(
      `MATCH (a:Article) WHERE a.id > $after RETURN a.id AS id ORDER BY a.id LIMIT ${ARTICLE_PAGE}`, { after }));
    const ids = result.records.map((r) => r.get('id') as string);
    if (ids.length === 0) return;
    yield ids;
    after = ids[ids.length - 1]!;
  }
}

async function exportJsonl(db: Database, out: Writable, scope: Set<string> | null, only?: readonly string[]): Promise<ExportResult> {
  const result: ExportResult = { nodes: 0, edges: 0, articles: 0, problems: [] };
  for await (const ids of articleIdPages(db, scope, only)) {
    for (const graph of await documentGraphs(db, ids)) {
      const problems = documentGraphProblems(graph);
      if (problems.length) {
        result.problems.push(`${graph.article.id}: ${problems.slice(0, 3).join('; ')}`);
        continue;
      }
      await write(out, `${JSON.stringify(graph)}\n`);
      result.articles += 1;
      result.nodes += 1 + graph.actors.length + graph.places.length + graph.events.length + graph.sectors.length + graph.statements.length;
    }
  }
  return result;
}

/** Writes the graph, or the neighbourhood of `center`, to `out` in the chosen format. */
export async function exportGraph(db: Database, out: Writable, options: ExportOptions): Promise<ExportResult> {
  const scope = options.center !== undefined ? await neighbourhood(db, options.center, options.depth ?? 1) : null;
  switch (options.format) {
    case 'graphml': return exportGraphml(db, out, scope);
    case 'cytoscape': return exportCytoscape(db, out, scope);
    case 'jsonl': return exportJsonl(db, out, scope, options.articleIds);
  }
}
