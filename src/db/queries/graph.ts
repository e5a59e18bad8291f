import { NODE_LABELS, RELATIONSHIPS, shownRelationshipProperties, type Label } from '../../graph/model.ts';
import { DERIVED_PROPERTIES } from './keys.ts';
import { column, isBoolean, isMap, listOf, nodeById } from './shared.ts';
import type { Database } from '../driver.ts';
import type { GraphEdgeRecord, GraphNodeRecord, GraphViewRecord } from '../records.ts';

/*
 * The relationships of the model itself, declared once in src/graph/model.ts: the aggregates the
 * loader maintains for the read queries (STANCE, STANCE_KIND) are not part of what a view shows.
 */
export const VIEW_RELATIONSHIP_TYPES = RELATIONSHIPS.filter((r) => !r.derived).map((r) => r.type);
const MODEL = VIEW_RELATIONSHIP_TYPES.join('|');

/** Node types and relationship types a view may be narrowed to (null: all of them). */
export interface GraphViewFilter {
  nodeLabels: readonly Label[] | null;
  edgeTypes: readonly string[] | null;
}

/**
 * The parts of a view a query reads, from the GraphQL selection: a node's display label and
 * properties, an edge's properties (reading every property of a hundred nodes is most of the
 * work of a view that shows ids and types only).
 */
export interface GraphViewFields {
  nodeLabel: boolean;
  nodeProperties: boolean;
  edgeProperties: boolean;
}

const ALL_FIELDS: GraphViewFields = { nodeLabel: true, nodeProperties: true, edgeProperties: true };

/** A node's display label: its name, label or title, the start of its text, else its id. */
const NODE_LABEL = (n: string) => `coalesce(${n}.name, ${n}.label, ${n}.title,
  CASE WHEN size(coalesce(${n}.text, '')) > 60 THEN substring(${n}.text, 0, 60) + '…' ELSE ${n}.text END, ${n}.id)`;

/** A node's properties as a view shows them: long article texts and internal keys left out. */
const NODE_PROPERTIES = (n: string) => `CASE WHEN ${n}:Article THEN ${n} { .id, .title, .url, .source, .language, .publishedAt }
  ELSE ${n} { .*, nameKeys: null, aliasText: null, contentHash: null, ${DERIVED_PROPERTIES.map((p) => `${p}: null`).join(', ')} } END`;

/*
 * Fixed expansions per depth: Cypher cannot take a path length as a parameter. One hop is a plain
 * relationship, not `*1..1`: Neo4j's variable-length expand read every relationship of a busy
 * actor before the LIMIT on its neighbours applied (77,128 db hits for the 10 starting actors
 * of graph(limit: 100) on the real corpus), where a single-hop expand stops at the limit.
 */
const EXPANSIONS = { 1: `-[:${MODEL}]-`, 2: `-[:${MODEL}*1..2]-`, 3: `-[:${MODEL}*1..3]-` } as const;

/*
 * The edges between two busy nodes, one branch per relationship type of the model, each only
 * between nodes of the labels it joins: an untyped Expand(Into) between two busy actors walked
 * the relationships of one of them of every type (178,923 db hits for the 10 × 10 pairs of
 * graph(limit: 100) on the real corpus), while a typed one between labels it can join reads one
 * relationship group, and the label test skips the types that cannot join the pair (SAID from
 * an actor to an actor).
 */
const labelTest = (variable: string, labels: readonly string[]) => labels.map((l) => `${variable}:${l}`).join(' OR ');
const HEAVY_PAIR_EDGES = RELATIONSHIPS.filter((r) => !r.derived)
  .map(
    (r) => `UNWIND heavy AS a
         UNWIND heavy AS b
         WITH a, b WHERE (${labelTest('a', r.from)}) AND (${labelTest('b', r.to)})
         MATCH (a)-[r:${r.type}]->(b)
         RETURN r`,
  )
  .join('\n         UNION ALL\n         ');
export type GraphDepth = keyof typeof EXPANSIONS;

/*
 * Without a center the view starts from the most quoted actors (the maintained rankKey, read in
 * index order) rather than from the best-connected nodes: ranking every node by degree read the
 * whole graph (11.5 s on the real corpus). One starting actor per this many nodes of `limit`, each
 * given an equal share of the rest, so the busiest actor cannot fill the view alone.
 */
const NODES_PER_OVERVIEW_SEED = 10;

/*
 * A narrowed view keeps the paths whose every hop is an allowed relationship and whose every
 * node after the start is of an allowed type, so no node shows up through one that was left out.
 * An unnarrowed view has no such condition in its text at all: testing the parameters for null
 * still built every path's node and relationship lists.
 */
const ON_PATH = `AND all(r IN relationships(p) WHERE $edgeTypes IS NULL OR type(r) IN $edgeTypes)
  AND all(x IN tail(nodes(p)) WHERE $nodeLabels IS NULL OR any(l IN labels(x) WHERE l IN $nodeLabels))`;

/*
 * Nodes with more relationships than this are not expanded to find the edges among the picked
 * nodes: an edge to one is found from its other end, and an edge between two of them by checking
 * each such pair (Expand(Into)). Expanding the center actor of the real corpus's views alone read
 * every statement it made (tens of thousands of relationships for 300 edges).
 */
const EXPANDED_DEGREE = 200;

/**
 * A subgraph for visualization: the neighbourhood of `center` (up to `depth` hops) or, without
 * one, the neighbourhoods of the most quoted actors; at most `limit` nodes, plus every
 * relationship among them. One query; its cost depends on `limit`, not on the graph's size.
 */
export async function graphView(
  db: Database,
  center: string | null,
  depth: GraphDepth,
  limit: number,
  filter: GraphViewFilter = { nodeLabels: null, edgeTypes: null },
  fields: GraphViewFields = ALL_FIELDS,
): Promise<GraphViewRecord | null> {
  const seeds = Math.max(1, Math.ceil(limit / NODES_PER_OVERVIEW_SEED));
  const narrowed = filter.nodeLabels !== null || filter.edgeTypes !== null;
  const path = narrowed ? 'p = ' : '';
  const onPath = narrowed ? ON_PATH : '';
  const perSeed = Math.max(0, Math.ceil((limit - seeds) / seeds));
  const select = center
    ? `CALL { ${nodeById('$center')} }
       WITH n AS c
       CALL (c) {
         MATCH ${path}(c)${EXPANSIONS[depth]}(m)
         WHERE m <> c AND m.id IS NOT NULL ${onPath}
         WITH DISTINCT m LIMIT toInteger($limit)
         RETURN collect(m) AS around
       }
       WITH [c] + around AS everything
       WITH everything[0..$limit] AS picked, size(everything) > $limit AS truncated`
    : `MATCH (a:Actor) WHERE a.rankKey > ''
       WITH a ORDER BY a.rankKey LIMIT toInteger($seeds)
       WITH collect(a) AS seeds
       CALL (seeds) {
         UNWIND seeds AS c
         CALL (c, seeds) {
           MATCH ${path}(c)${EXPANSIONS[depth]}(m)
           WHERE m.id IS NOT NULL AND NOT m IN seeds ${onPath}
           WITH DISTINCT m LIMIT toInteger($perSeed) + 1
           RETURN collect(m) AS near
         }
         RETURN collect(near[0..$perSeed]) AS nears, any(n IN collect(size(near)) WHERE n > $perSeed) AS capped
       }
       CALL (nears) { UNWIND nears AS near UNWIND near AS m RETURN collect(DISTINCT m) AS around }
       WITH seeds + [m IN around WHERE NOT m IN seeds] AS everything, capped
       WITH everything[0..$limit] AS picked, capped OR size(everything) > $limit AS truncated`;
  const result = await db.read((tx) =>
    tx.run(
      `${select}
     CALL (picked) {
       UNWIND picked AS x
       WITH x, COUNT { (x)--() } AS degree
       WITH collect(CASE WHEN degree <= ${EXPANDED_DEGREE} THEN x END) AS light, collect(CASE WHEN degree > ${EXPANDED_DEGREE} THEN x END) AS heavy
       CALL (picked, light, heavy) {
         // Each edge once: from its start node, or from its one light end.
         UNWIND light AS a
         MATCH (a)-[r:${MODEL}]-(b) WHERE b IN picked AND (startNode(r) = a OR b IN heavy)
         RETURN r
         UNION ALL
         ${HEAVY_PAIR_EDGES}
       }
       WITH r, startNode(r) AS a, endNode(r) AS b ${narrowed ? 'WHERE $edgeTypes IS NULL OR type(r) IN $edgeTypes' : ''}
       RETURN collect({id: type(r) + ':' + a.id + '->' + b.id, source: a.id, target: b.id, type: type(r)${fields.edgeProperties ? ', properties: properties(r)' : ''}}) AS edges
     }
     RETURN [n IN picked | {
              id: n.id,
              type: toUpper(head([l IN labels(n) WHERE l IN $viewLabels]))${fields.nodeLabel ? `,\n              label: ${NODE_LABEL('n')}` : ''}${fields.nodeProperties ? `,\n              properties: ${NODE_PROPERTIES('n')}` : ''}
            }] AS nodes, edges, truncated`,
      { center, limit, seeds, perSeed, viewLabels: NODE_LABELS, nodeLabels: filter.nodeLabels, edgeTypes: filter.edgeTypes },
    ),
  );
  const record = result.records[0];
  if (!record) return null;
  const nodes = column(record, 'nodes', listOf(isMap<GraphNodeRecord>('id', 'type'))).map((node) =>
    node.properties ? { ...node, properties: Object.fromEntries(Object.entries(node.properties).filter(([, v]) => v !== null)) } : node,
  );
  return {
    nodes,
    edges: column(record, 'edges', listOf(isMap<GraphEdgeRecord>('id', 'source', 'target', 'type'))).map((edge) =>
      edge.properties ? { ...edge, properties: shownRelationshipProperties(edge.type, edge.properties) } : edge,
    ),
    truncated: column(record, 'truncated', isBoolean),
  };
}
