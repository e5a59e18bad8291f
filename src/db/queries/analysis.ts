import { STATEMENT_KINDS, type StatementKind } from '../../graph/document-graph.ts';
import { descendingCount, stanceKeyBound, stanceKindProperty } from './keys.ts';
import {
  actorProjection,
  anyProjection,
  column,
  isMap,
  isNumber,
  keysetPageOf,
  keysetQuery,
  listOf,
  nodeById,
  nodeRecordOf,
  PAGE_PLUS_ONE,
  statementProjection,
  type KeysetRequest,
  dateUpperBound,
  DATE_UPPER_SUFFIX,
} from './shared.ts';
import type { Database } from '../driver.ts';
import type { KeysetPage, SpeakerStatementsRecord, StanceRecord, WhoSaidWhatRecord } from '../records.ts';

const ABOUT_LABELS = ['Actor', 'Event', 'Sector', 'Place'];
const IS_ABOUT = nodeRecordOf('Actor', 'Event', 'Sector', 'Place');

/**
 * Everything said about one node, grouped by speaker (most statements first), each group with
 * its statements and counts per kind. Null when the node does not exist. One query.
 * Without `speakers` (only the subject and totalCount asked for), the count is the node's
 * ABOUT degree, read in O(1): only statements are ABOUT something, each with one speaker.
 */
export async function whoSaidWhatAbout(
  db: Database,
  aboutId: string,
  options: { speakers: boolean; from?: string | null; to?: string | null } = { speakers: true },
): Promise<WhoSaidWhatRecord | null> {
  // A date range needs the statements themselves; the O(1) degree counts them all.
  if (!options.speakers && !options.from && !options.to) {
    const result = await db.read((tx) =>
      tx.run(
        `CALL { ${nodeById('$about', ABOUT_LABELS)} }
       RETURN ${anyProjection('n')} AS about, COUNT { (n)<-[:ABOUT]-() } AS total`,
        { about: aboutId },
      ),
    );
    const record = result.records[0];
    if (!record) return null;
    return { about: column(record, 'about', IS_ABOUT), totalCount: column(record, 'total', isNumber), speakers: [] };
  }
  const result = await db.read((tx) =>
    tx.run(
      `CALL { ${nodeById('$about', ABOUT_LABELS)} }
     WITH n AS t
     CALL (t) {
       OPTIONAL MATCH (sp:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(t)
       WHERE ($from = '' OR s.publishedAt >= $from) AND ($toUpper = '' OR s.publishedAt <= $toUpper)
       WITH sp, s ORDER BY s.newestKey
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
      { about: aboutId, from: options.from ?? '', toUpper: dateUpperBound(options.to) ?? '' },
    ),
  );
  const record = result.records[0];
  if (!record) return null;
  const speakers = column(record, 'speakers', listOf(isMap<SpeakerStatementsRecord>('speaker', 'count', 'kinds', 'statements')));
  for (const group of speakers) group.kinds.sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  return {
    about: column(record, 'about', IS_ABOUT),
    totalCount: speakers.reduce((n, g) => n + g.count, 0),
    speakers,
  };
}

/** One stance edge as the API returns it, from `sp`, `t`, its count and its per-kind counts. */
const stanceNode = (count: string, kinds: string) => `{
  speaker: ${actorProjection('sp')},
  target: ${anyProjection('t')},
  count: ${count},
  kinds: ${kinds}
}`;

/*
 * Cursor keys of every variant share one format, the unfiltered edge's rankKey (count
 * descending, speaker id, target id), so a cursor means the same position whatever the kinds.
 */

/**
 * Speaker → target edges (target = what the statements are about, the speaker itself left
 * out), strongest first, from the STANCE / STANCE_KIND relationships the loader maintains:
 * all kinds or one kind is a range of a relationship index read in page order (minCount is
 * its upper bound); several kinds add up those kinds' edges. One query.
 */
export async function stanceNetwork(
  db: Database,
  kinds: readonly StatementKind[] | null,
  minCount: number,
  request: KeysetRequest,
  range: { from?: string | null; to?: string | null } = {},
): Promise<KeysetPage<StanceRecord>> {
  const bound = stanceKeyBound(minCount);
  const distinctKinds = [...new Set(kinds ?? [])];
  let page: string;
  let count: string;
  let params: Record<string, unknown> = { after: request.after, limit: request.limit, bound, minCount, allKinds: STATEMENT_KINDS };
  if (range.from || range.to) {
    /*
     * The maintained STANCE edges count every date, so a date range counts the statements
     * themselves: those of the range, through the publishedAt index (as `from`/`to` of
     * `statements`: a `to` prefix admits every date it covers), grouped per speaker → target
     * pair the way the loader builds STANCE (ABOUT targets, the speaker itself left out).
     */
    const edges = `MATCH (s:Statement) USING INDEX s:Statement(publishedAt)
       WHERE s.publishedAt >= $fromDate AND s.publishedAt <= $toUpper AND ($kinds IS NULL OR s.kind IN $kinds)
       MATCH (sp:Actor)-[:SAID]->(s)-[:ABOUT]->(t) WHERE t <> sp
       WITH sp, t, s.kind AS kind, count(DISTINCT s) AS c
       WITH sp, t, sum(c) AS n, collect({kind: kind, count: c}) AS kinds
       WHERE n >= $minCount`;
    page = `${edges}
       WITH sp, t, n, kinds, ${descendingCount('n')} + ' ' + sp.id + ' ' + t.id AS key
       WHERE key > $after
       WITH sp, t, n, kinds, key ORDER BY key LIMIT ${PAGE_PLUS_ONE}
       RETURN collect({key: key, node: ${stanceNode('n', 'kinds')}}) AS rows`;
    count = `${edges} RETURN count(*) AS total`;
    params = {
      ...params,
      kinds: distinctKinds.length ? distinctKinds : null,
      fromDate: range.from ?? '',
      toUpper: dateUpperBound(range.to) ?? DATE_UPPER_SUFFIX,
    };
  } else if (distinctKinds.length === 0) {
    page = `MATCH (sp:Actor)-[r:STANCE]->(t) WHERE r.rankKey > $after AND r.rankKey < $bound
       WITH sp, r, t ORDER BY r.rankKey LIMIT ${PAGE_PLUS_ONE}
       RETURN collect({key: r.rankKey, node: ${stanceNode('r.count', `[k IN $allKinds WHERE r[${stanceKindProperty('k')}] IS NOT NULL | {kind: k, count: r[${stanceKindProperty('k')}]}]`)}}) AS rows`;
    count =
      minCount === 1
        ? 'MATCH ()-[r:STANCE]->() RETURN count(r) AS total'
        : 'MATCH ()-[r:STANCE]->() WHERE r.rankKey < $bound RETURN count(r) AS total';
  } else if (distinctKinds.length === 1) {
    const prefix = `${distinctKinds[0]} `;
    page = `MATCH (sp:Actor)-[r:STANCE_KIND]->(t) WHERE r.rankKey > $from AND r.rankKey < $to
       WITH sp, r, t ORDER BY r.rankKey LIMIT ${PAGE_PLUS_ONE}
       RETURN collect({key: substring(r.rankKey, size($prefix)), node: ${stanceNode('r.count', '[{kind: r.kind, count: r.count}]')}}) AS rows`;
    count = 'MATCH ()-[r:STANCE_KIND]->() WHERE r.rankKey > $prefix AND r.rankKey < $to RETURN count(r) AS total';
    params = { ...params, prefix, from: prefix + request.after, to: prefix + bound };
  } else {
    const edges = `UNWIND $kinds AS kind
       MATCH (sp:Actor)-[r:STANCE_KIND]->(t) WHERE r.rankKey STARTS WITH kind + ' '
       WITH sp, t, sum(r.count) AS n, collect({kind: r.kind, count: r.count}) AS kinds
       WHERE n >= $minCount`;
    page = `${edges}
       WITH sp, t, n, kinds, ${descendingCount('n')} + ' ' + sp.id + ' ' + t.id AS key
       WHERE key > $after
       WITH sp, t, n, kinds, key ORDER BY key LIMIT ${PAGE_PLUS_ONE}
       RETURN collect({key: key, node: ${stanceNode('n', 'kinds')}}) AS rows`;
    count = `${edges} RETURN count(*) AS total`;
    params = { ...params, kinds: distinctKinds };
  }
  const result = await db.read((tx) => tx.run(keysetQuery(page, request.withCount ? count : null), params));
  const found = keysetPageOf(result.records, request, isMap<StanceRecord>('speaker', 'target', 'count', 'kinds'));
  for (const edge of found.items) edge.kinds.sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  return found;
}
