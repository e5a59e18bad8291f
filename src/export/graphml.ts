/** GraphML (Gephi, yEd): every attribute declared once as a typed key, from the graph model. */
import { edgeRows, nodeRows } from '../db/graph-rows.ts';
import { graphmlEdgeKeys, graphmlNodeKeys, isExportedProperty, type GraphmlType } from '../graph/model.ts';
import { displayLabel, nodeType, plain, write, type ExportResult, type Props } from './common.ts';
import type { Database } from '../db/driver.ts';
import type { Writable } from 'node:stream';

/** Keys every node has besides the model's properties. */
const NODE_EXTRA_KEYS: [string, GraphmlType][] = [
  ['type', 'string'],
  ['labels', 'string'],
  ['label', 'string'],
];
/** An edge's relationship type, under the key tools show by default. */
const EDGE_EXTRA_KEYS: [string, GraphmlType][] = [['label', 'string']];

/** The extra keys first; a model property of the same name (Event.label) is shown under the extra key. */
const withExtras = (extras: [string, GraphmlType][], keys: [string, GraphmlType][]): [string, GraphmlType][] => [
  ...extras,
  ...keys.filter(([name]) => !extras.some(([extra]) => extra === name)),
];

export const NODE_KEYS = withExtras(NODE_EXTRA_KEYS, graphmlNodeKeys());
export const EDGE_KEYS = withExtras(EDGE_EXTRA_KEYS, graphmlEdgeKeys());

/** XML 1.0 forbids most control characters even when escaped; lone surrogates are not text either. */
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Lists are joined with this, GraphML having no list type. */
const LIST_SEPARATOR = ' | ';

function graphmlValue(value: unknown, type: GraphmlType): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return escapeXml(value.map((v) => String(plain(v))).join(LIST_SEPARATOR));
  if (type === 'boolean') return typeof value === 'boolean' ? String(value) : null;
  if (type === 'int') return typeof value === 'number' && Number.isFinite(value) ? String(Math.trunc(value)) : null;
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

export async function exportGraphml(db: Database, out: Writable, scope: Set<string> | null): Promise<ExportResult> {
  await write(
    out,
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  );
  for (const [name, type] of NODE_KEYS) await write(out, `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>\n`);
  for (const [name, type] of EDGE_KEYS) await write(out, `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>\n`);
  await write(out, '  <graph id="qawl" edgedefault="directed">\n');
  let nodes = 0;
  for await (const node of nodeRows(db, scope)) {
    const type = nodeType(node.labels);
    const values: Props = {};
    // Only the model's exported properties of the node's own label (a bookkeeping property of
    // one label may share its name with an exported one of another).
    for (const [key, value] of Object.entries(node.props)) if (isExportedProperty(type, key)) values[key] = value;
    Object.assign(values, { type, labels: node.labels.join(':'), label: displayLabel(node.labels, node.props) });
    await write(out, `    <node id="${escapeXml(node.id)}">${graphmlData(NODE_KEYS, 'n', values)}</node>\n`);
    nodes += 1;
  }
  let edges = 0;
  for await (const edge of edgeRows(db, scope)) {
    edges += 1;
    await write(
      out,
      `    <edge id="e${edges}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">` +
        `${graphmlData(EDGE_KEYS, 'e', { ...edge.props, label: edge.type })}</edge>\n`,
    );
  }
  await write(out, '  </graph>\n</graphml>\n');
  return { nodes, edges, articles: 0, problems: [] };
}
