/** Cytoscape.js elements JSON: every exported property of each node, every property of each edge. */
import { edgeRows, nodeRows } from '../db/graph-rows.ts';
import { isExportedProperty } from '../graph/model.ts';
import { displayLabel, nodeType, plain, write, type ExportResult, type Props } from './common.ts';
import type { Database } from '../db/driver.ts';
import type { Writable } from 'node:stream';

export async function exportCytoscape(db: Database, out: Writable, scope: Set<string> | null): Promise<ExportResult> {
  await write(out, '{"elements":{"nodes":[');
  let nodes = 0;
  for await (const node of nodeRows(db, scope)) {
    const type = nodeType(node.labels);
    const data: Props = {};
    for (const [key, value] of Object.entries(node.props)) if (isExportedProperty(type, key)) data[key] = plain(value);
    Object.assign(data, { id: node.id, label: displayLabel(node.labels, node.props), type, labels: node.labels });
    await write(out, `${nodes === 0 ? '\n' : ',\n'}${JSON.stringify({ data, classes: type })}`);
    nodes += 1;
  }
  await write(out, '\n],"edges":[');
  let edges = 0;
  for await (const edge of edgeRows(db, scope)) {
    const data: Props = {};
    for (const [key, value] of Object.entries(edge.props)) data[key] = plain(value);
    Object.assign(data, { id: `e${edges + 1}`, source: edge.source, target: edge.target, label: edge.type });
    await write(out, `${edges === 0 ? '\n' : ',\n'}${JSON.stringify({ data, classes: edge.type })}`);
    edges += 1;
  }
  await write(out, '\n]}}\n');
  return { nodes, edges, articles: 0, problems: [] };
}
