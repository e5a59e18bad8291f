import type { StatementKind } from '../../graph/document-graph.ts';
import type { Database } from '../driver.ts';
import type { Page, StanceRecord, WhoSaidWhatRecord } from '../records.ts';
import { actorProjection, anyProjection, column, nodeById, pageOf, statementProjection } from './shared.ts';

/**
 * Everything said about one node, grouped by speaker (most statements first), each group with
 * its statements and counts per kind. Null when the node does not exist. One query.
 */
export async function whoSaidWhatAbout(db: Database, aboutId: string): Promise<WhoSaidWhatRecord | null> {
  const result = await db.read((tx) => tx.run(
    `CALL { ${nodeById('$about', ['Actor', 'Event', 'Sector', 'Place'])} }
     WITH n AS t
     CALL (t) {
       OPTIONAL MATCH (sp:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(t)
       WITH sp, s ORDER BY s.publishedAt DESC, s.articleId, s.start, s.id
       WITH sp, collect(s) AS said
       WHERE sp IS NOT NULL
       WITH sp, said, [s IN said | s.kind] AS kinds
       WITH sp, said, kinds, reduce(acc = [], k IN kinds | CASE WHEN k IN acc THEN acc ELSE acc + k END) AS distinctKinds
       ORDER BY size(said) DESC, sp.id
       RETURN collect({
         speaker: ${actorProjection('sp')},
         count: size(said),
         kinds: [k IN distinctKinds | {kind: k, count: size([x IN kinds WHERE x = k])}],
         statements: [s IN said | ${statementProjection('s')}]
       }) AS speakers
     }
     RETURN ${anyProjection('t')} AS about, speakers`,
    { about: aboutId }));
  const record = result.records[0];
  if (!record) return null;
  const speakers = column<WhoSaidWhatRecord['speakers']>(record, 'speakers');
  for (const group of speakers) group.kinds.sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  return {
    about: column<WhoSaidWhatRecord['about']>(record, 'about'),
    totalCount: speakers.reduce((n, g) => n + g.count, 0),
    speakers,
  };
}

/** Speaker → target edges (target = what the statements are about), strongest first. One query. */
export async function stanceNetwork(
  db: Database, kinds: readonly StatementKind[] | null, minCount: number, offset: number, limit: number,
): Promise<Page<StanceRecord>> {
  const result = await db.read((tx) => tx.run(
    `MATCH (sp:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(t)
     WHERE ($kinds IS NULL OR s.kind IN $kinds) AND t.id <> sp.id
     WITH sp, t, collect(s.kind) AS kinds
     WHERE size(kinds) >= $minCount
     WITH sp, t, kinds, reduce(acc = [], k IN kinds | CASE WHEN k IN acc THEN acc ELSE acc + k END) AS distinctKinds
     ORDER BY size(kinds) DESC, sp.id, t.id
     WITH collect({sp: sp, t: t, kinds: kinds, distinctKinds: distinctKinds}) AS matched
     RETURN size(matched) AS total, [e IN matched[$offset..($offset + $limit)] | {
       speaker: [sp IN [e.sp] | ${actorProjection('sp')}][0],
       target: [t IN [e.t] | ${anyProjection('t')}][0],
       count: size(e.kinds),
       kinds: [k IN e.distinctKinds | {kind: k, count: size([x IN e.kinds WHERE x = k])}]
     }] AS items`,
    { kinds: kinds?.length ? [...kinds] : null, minCount, offset, limit }));
  const page = pageOf<StanceRecord>(result.records, offset);
  for (const edge of page.items) edge.kinds.sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  return page;
}

