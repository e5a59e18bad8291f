/**
 * The Cypher side of the exports (src/export/): the nodes and relationships of the whole graph
 * or of a neighbourhood, streamed as plain rows, and the ids of the articles in scope. The
 * derived relationships (STANCE …) are left out: they are aggregates, not part of any article.
 */
import { DERIVED_RELATIONSHIP_TYPES, NODE_LABELS, shownRelationshipProperties } from '../graph/model.ts';
import type { Database } from './driver.ts';

type Props = Record<string, unknown>;

export interface NodeRow {
  /** The element id (scopes are sets of these). */
  key: string;
  /** The node's `id`, or its element id when it has none. */
  id: string;
  labels: string[];
  props: Props;
}

/** source/target are node ids (`id`, or the element id for a node without one). */
export interface EdgeRow {
  source: string;
  target: string;
  type: string;
  props: Props;
}

const LABEL_MATCH = NODE_LABELS.join('|');
/** Element ids per round trip when reading a scope. */
const PAGE = 2000;
/** Rows the driver fetches at a time when streaming the whole graph. */
const FETCH_SIZE = 1000;
/** Articles per page of ids. */
export const ARTICLE_PAGE = 100;

/**
 * The element ids within `depth` hops of the node whose `id` is `center`, breadth first; the
 * ids only (strings), so even a hub's neighbourhood is cheap to hold. Null when there is no such node.
 */
export async function neighbourhood(db: Database, center: string, depth: number): Promise<Set<string> | null> {
  const start = await db.read((tx) => tx.run(`MATCH (c:${LABEL_MATCH}) WHERE c.id = $center RETURN elementId(c) AS e LIMIT 1`, { center }));
  const first = start.records[0]?.get('e') as string | undefined;
  if (!first) return null;
  const seen = new Set([first]);
  let frontier = [first];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (let i = 0; i < frontier.length; i += PAGE) {
      const page = frontier.slice(i, i + PAGE);
      const result = await db.read((tx) =>
        tx.run('UNWIND $page AS e MATCH (a)-[r]-(b) WHERE elementId(a) = e AND NOT type(r) IN $derived RETURN DISTINCT elementId(b) AS e', {
          page,
          derived: DERIVED_RELATIONSHIP_TYPES,
        }),
      );
      for (const r of result.records) {
        const e = r.get('e') as string;
        if (!seen.has(e)) {
          seen.add(e);
          next.push(e);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

async function* streamQuery(db: Database, query: string, params: Props = {}): AsyncGenerator<Props> {
  const session = db.driver.session({ database: db.databaseName, defaultAccessMode: 'READ', fetchSize: FETCH_SIZE });
  try {
    const result = session.run(query, params);
    for await (const record of result) yield record.toObject();
  } finally {
    await session.close();
  }
}

function nodeRow(row: Props): NodeRow {
  const props = row.props as Props;
  const key = row.e as string;
  return { key, id: typeof props.id === 'string' ? props.id : key, labels: row.labels as string[], props };
}

/** Every node (scope null) or the nodes of a scope. */
export async function* nodeRows(db: Database, scope: Set<string> | null): AsyncGenerator<NodeRow> {
  if (!scope) {
    for await (const row of streamQuery(db, 'MATCH (n) RETURN elementId(n) AS e, labels(n) AS labels, properties(n) AS props'))
      yield nodeRow(row);
    return;
  }
  const ids = [...scope];
  for (let i = 0; i < ids.length; i += PAGE) {
    const page = ids.slice(i, i + PAGE);
    const result = await db.read((tx) =>
      tx.run('UNWIND $page AS e MATCH (n) WHERE elementId(n) = e RETURN e, labels(n) AS labels, properties(n) AS props', { page }),
    );
    for (const r of result.records) yield nodeRow(r.toObject());
  }
}

/** Every relationship of the model (scope null), or those with both ends in the scope. */
export async function* edgeRows(db: Database, scope: Set<string> | null): AsyncGenerator<EdgeRow> {
  if (!scope) {
    for await (const row of streamQuery(
      db,
      `MATCH (a)-[r]->(b) WHERE NOT type(r) IN $derived
        RETURN coalesce(a.id, elementId(a)) AS s, coalesce(b.id, elementId(b)) AS t, type(r) AS type, properties(r) AS props`,
      { derived: DERIVED_RELATIONSHIP_TYPES },
    )) {
      const type = row.type as string;
      yield { source: row.s as string, target: row.t as string, type, props: shownRelationshipProperties(type, row.props as Props) };
    }
    return;
  }
  const ids = [...scope];
  for (let i = 0; i < ids.length; i += PAGE) {
    const page = ids.slice(i, i + PAGE);
    const result = await db.read((tx) =>
      tx.run(
        `UNWIND $page AS e MATCH (a)-[r]->(b) WHERE elementId(a) = e AND NOT type(r) IN $derived
       RETURN coalesce(a.id, e) AS s, elementId(b) AS te, coalesce(b.id, elementId(b)) AS t, type(r) AS type, properties(r) AS props`,
        { page, derived: DERIVED_RELATIONSHIP_TYPES },
      ),
    );
    for (const r of result.records) {
      const row = r.toObject();
      const type = row.type as string;
      if (scope.has(row.te as string))
        yield { source: row.s as string, target: row.t as string, type, props: shownRelationshipProperties(type, row.props as Props) };
    }
  }
}

/** Article ids in id order, a page at a time: every article, those of a scope, or the given ones. */
export async function* articleIdPages(db: Database, scope: Set<string> | null, only?: readonly string[]): AsyncGenerator<string[]> {
  if (only) {
    for (let i = 0; i < only.length; i += ARTICLE_PAGE) yield only.slice(i, i + ARTICLE_PAGE);
    return;
  }
  if (scope) {
    const ids: string[] = [];
    const all = [...scope];
    for (let i = 0; i < all.length; i += PAGE) {
      const page = all.slice(i, i + PAGE);
      const result = await db.read((tx) =>
        tx.run('UNWIND $page AS e MATCH (n:Article) WHERE elementId(n) = e RETURN n.id AS id', { page }),
      );
      for (const r of result.records) ids.push(r.get('id') as string);
    }
    ids.sort();
    for (let i = 0; i < ids.length; i += ARTICLE_PAGE) yield ids.slice(i, i + ARTICLE_PAGE);
    return;
  }
  // The id constraint's index serves the order, so each page is a range read.
  let after = '';
  for (;;) {
    const result = await db.read((tx) =>
      tx.run('MATCH (a:Article) WHERE a.id > $after RETURN a.id AS id ORDER BY a.id LIMIT toInteger($limit)', {
        after,
        limit: ARTICLE_PAGE,
      }),
    );
    const ids = result.records.map((r) => r.get('id') as string);
    if (ids.length === 0) return;
    yield ids;
    after = ids[ids.length - 1]!;
  }
}
