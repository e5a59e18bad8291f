import { DERIVED_PROPERTIES } from './keys.ts';
import { column, isBoolean, isMap, listOf, nodeById } from './shared.ts';
import type { Database } from '../driver.ts';
import type { GraphEdgeRecord, GraphNodeRecord, GraphViewRecord } from '../records.ts';

/*
 * The relationships of the model itself: the aggregates the loader maintains for the read
 * queries (STANCE, STANCE_KIND) are not part of what a view of the graph shows.
 */
const MODEL = [
  'MENTIONS',
  'REPORTED_IN',
  'SAID',
  'ADDRESSED_TO',
  'ABOUT',
  'REPORTED_BY',
  'DENIES',
  'ANSWERS',
  'DURING',
  'PARTICIPATED_IN',
  'IN',
  'FOLLOWS',
  'AFFECTS',
  'PART_OF',
  'BASED_IN',
].join('|');

/* Fixed expansions per depth: Cypher cannot take a path length as a parameter. */
const EXPANSIONS = { 1: `-[:${MODEL}*1..1]-`, 2: `-[:${MODEL}*1..2]-`, 3: `-[:${MODEL}*1..3]-` } as const;
export type GraphDepth = keyof typeof EXPANSIONS;

/**
 * A subgraph for visualization: the neighbourhood of `center` (up to `depth` hops) or the
 * best-connected nodes, at most `limit` nodes, plus every relationship among them. One query.
 */
export async function graphView(db: Database, center: string | null, depth: GraphDepth, limit: number): Promise<GraphViewRecord | null> {
  const select = center
    ? `CALL { ${nodeById('$center')} }
       WITH n AS c
       CALL (c) {
         MATCH (c)${EXPANSIONS[depth]}(m)
         WHERE m <> c AND m.id IS NOT NULL
         WITH DISTINCT m LIMIT toInteger($limit)
         RETURN collect(m) AS around
       }
       WITH [c] + around AS everything
       WITH everything[0..$limit] AS picked, size(everything) AS found`
    : `MATCH (n) WHERE n.id IS NOT NULL AND (n:Actor OR n:Statement OR n:Event OR n:Article OR n:Place OR n:Sector)
       WITH n ORDER BY COUNT { (n)-[:${MODEL}]-() } DESC, n.id
       WITH collect(n) AS everything
       WITH everything[0..$limit] AS picked, size(everything) AS found`;
  const result = await db.read((tx) =>
    tx.run(
      `${select}
     CALL (picked) {
       UNWIND picked AS a
       MATCH (a)-[r:${MODEL}]->(b) WHERE b IN picked
       RETURN collect({id: type(r) + ':' + a.id + '->' + b.id, source: a.id, target: b.id, type: type(r), properties: properties(r)}) AS edges
     }
     RETURN [n IN picked | {
              id: n.id,
              type: head([l IN labels(n) WHERE l IN ['Actor', 'Statement', 'Event', 'Article', 'Place', 'Sector']]),
              label: coalesce(n.name, n.label, n.title,
                              CASE WHEN size(coalesce(n.text, '')) > 60 THEN substring(n.text, 0, 60) + '…' ELSE n.text END, n.id),
              properties: CASE WHEN n:Article THEN n { .id, .title, .url, .source, .language, .publishedAt }
                          ELSE n { .*, nameKeys: null, aliasText: null, contentHash: null, ${DERIVED_PROPERTIES.map((p) => `${p}: null`).join(', ')} } END
            }] AS nodes, edges, found > size(picked) AS truncated`,
      { center, limit },
    ),
  );
  const record = result.records[0];
  if (!record) return null;
  const nodes = column(record, 'nodes', listOf(isMap<GraphNodeRecord>('id', 'label', 'type', 'properties'))).map((node) => ({
    ...node,
    properties: Object.fromEntries(Object.entries(node.properties).filter(([, v]) => v !== null)),
  }));
  return {
    nodes,
    edges: column(record, 'edges', listOf(isMap<GraphEdgeRecord>('id', 'source', 'target', 'type', 'properties'))),
    truncated: column(record, 'truncated', isBoolean),
  };
}
