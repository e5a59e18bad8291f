/**
 * GraphML of what the explorer shows: the visible nodes and edges with their data as typed
 * keys, so Gephi, yEd or Cytoscape desktop open exactly the picture on screen.
 */
import type { ElementData } from './model.ts';

export interface GraphMLInput {
  nodes: readonly ElementData[];
  edges: readonly ElementData[];
}

/** Styling data the page computes for drawing: not facts about the graph, so not exported. */
const DRAWING_ONLY = new Set(['id', 'source', 'target', 'size', 'width', 'color', 'label']);

type KeyType = 'string' | 'int' | 'double' | 'boolean';

function keyType(values: unknown[]): KeyType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length > 0 && present.every((v) => typeof v === 'number')) {
    return present.every((v) => Number.isInteger(v)) ? 'int' : 'double';
  }
  return 'string';
}

export function escapeXml(s: string): string {
  return (
    s
      .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
      // Characters XML 1.0 cannot carry at all: dropped rather than producing an unreadable file.

      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

function keys(domain: 'node' | 'edge', items: readonly ElementData[]): { id: string; name: string; type: KeyType }[] {
  const names = [...new Set(items.flatMap((d) => Object.keys(d)))].filter((k) => !DRAWING_ONLY.has(k)).sort();
  return names.map((name) => ({ id: `${domain[0]}_${name}`, name, type: keyType(items.map((d) => d[name])) }));
}

function dataLines(item: ElementData, itemKeys: { id: string; name: string }[]): string[] {
  return itemKeys.flatMap(({ id, name }) => {
    const value = item[name];
    return value === null || value === undefined ? [] : [`      <data key="${id}">${escapeXml(String(value))}</data>`];
  });
}

export function toGraphML({ nodes, edges }: GraphMLInput): string {
  // The display label is exported under its own key: an Arabic name and its English one.
  const nodeKeys = [{ id: 'n_label', name: 'label', type: 'string' as KeyType }, ...keys('node', nodes)];
  const edgeKeys = keys('edge', edges);
  const nodeIds = new Set(nodes.map((n) => n.id));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '         xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((k) => `  <key id="${k.id}" for="node" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`),
    ...edgeKeys.map((k) => `  <key id="${k.id}" for="edge" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`),
    '  <graph id="qawl-explore" edgedefault="directed">',
  ];
  for (const node of nodes) {
    lines.push(`    <node id="${escapeXml(node.id)}">`, ...dataLines(node, nodeKeys), '    </node>');
  }
  for (const edge of edges) {
    const source = String(edge.source);
    const target = String(edge.target);
    // An edge whose end is hidden would make the file invalid: only edges between exported nodes.
    if (!nodeIds.has(source) || !nodeIds.has(target)) continue;
    lines.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`,
      ...dataLines(edge, edgeKeys),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
