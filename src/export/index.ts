/**
 * Graph export for the tools people already use: GraphML (Gephi, yEd), Cytoscape.js JSON,
 * and JSONL of DocumentGraphs that `qawl load` re-imports. Everything streams: nodes and
 * relationships are written as the database returns them (src/db/graph-rows.ts), articles are
 * rebuilt a page at a time, and the output stream's backpressure is respected.
 */
import { neighbourhood } from '../db/graph-rows.ts';
import { exportCytoscape } from './cytoscape.ts';
import { exportGraphml } from './graphml.ts';
import { exportJsonl } from './jsonl.ts';
import type { Database } from '../db/driver.ts';
import type { ExportResult } from './common.ts';
import type { Writable } from 'node:stream';

export type { ExportResult } from './common.ts';
export { escapeXml } from './graphml.ts';

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

export class ExportError extends Error {}

/** Writes the graph, or the neighbourhood of `center`, to `out` in the chosen format. */
export async function exportGraph(db: Database, out: Writable, options: ExportOptions): Promise<ExportResult> {
  let scope: Set<string> | null = null;
  if (options.center !== undefined) {
    scope = await neighbourhood(db, options.center, options.depth ?? 1);
    if (!scope) throw new ExportError(`no node with id ${options.center}`);
  }
  switch (options.format) {
    case 'graphml':
      return exportGraphml(db, out, scope);
    case 'cytoscape':
      return exportCytoscape(db, out, scope);
    case 'jsonl':
      return exportJsonl(db, out, scope, options.articleIds);
  }
}
