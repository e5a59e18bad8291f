/** JSONL of DocumentGraphs, one article a line: what `qawl load` reads back (src/db/documents.ts rebuilds them). */
import { readDocumentGraphs } from '../db/documents.ts';
import { articleIdPages } from '../db/graph-rows.ts';
import { documentGraphProblems } from '../graph/validate.ts';
import { write, type ExportResult } from './common.ts';
import type { Database } from '../db/driver.ts';
import type { Writable } from 'node:stream';

/** Problems quoted per article left out; the rest are counted in the validator's own message. */
const PROBLEMS_SHOWN = 3;

export async function exportJsonl(db: Database, out: Writable, scope: Set<string> | null, only?: readonly string[]): Promise<ExportResult> {
  const result: ExportResult = { nodes: 0, edges: 0, articles: 0, problems: [] };
  for await (const ids of articleIdPages(db, scope, only)) {
    for (const graph of await readDocumentGraphs(db, ids)) {
      const problems = documentGraphProblems(graph);
      if (problems.length) {
        result.problems.push(`${graph.article.id}: ${problems.slice(0, PROBLEMS_SHOWN).join('; ')}`);
        continue;
      }
      await write(out, `${JSON.stringify(graph)}\n`);
      result.articles += 1;
      result.nodes += 1 + graph.actors.length + graph.places.length + graph.events.length + graph.sectors.length + graph.statements.length;
    }
  }
  return result;
}
