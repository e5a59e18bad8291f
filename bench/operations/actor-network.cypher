// The statements of the month through the range index on publishedAt ('\uffff' closes the
// month's prefix), each with its speaker and its distinct actor targets (ABOUT or ADDRESSED_TO,
// the speaker left out). Actors rank by statements said plus received, the 100 heaviest kept
// (ties by id); edges are speaker -> target pairs among the kept, weighted by statements.
MATCH (s:Statement) WHERE s.publishedAt >= $month AND s.publishedAt <= $month + '\uffff'
MATCH (sp:Actor)-[:SAID]->(s)
OPTIONAL MATCH (s)-[:ABOUT|ADDRESSED_TO]->(t:Actor) WHERE t <> sp
WITH s, sp, collect(DISTINCT t) AS targets
WITH collect({ sp: sp, targets: targets }) AS rows
CALL (rows) {
  UNWIND rows AS row
  UNWIND [{ a: row.sp, said: 1 }] + [t IN row.targets | { a: t, said: 0 }] AS involved
  WITH involved.a AS a, sum(involved.said) AS said, count(*) AS weight
  ORDER BY weight DESC, a.id
  WITH collect({ id: a.id, said: said, received: weight - said, weight: weight }) AS ranked
  RETURN ranked[0..100] AS kept, size(ranked) > 100 AS truncated
}
WITH rows, kept, truncated, [k IN kept | k.id] AS keptIds
CALL (rows, keptIds) {
  UNWIND rows AS row
  WITH row WHERE row.sp.id IN keptIds
  UNWIND row.targets AS t
  WITH row.sp.id AS source, t.id AS target, keptIds, count(*) AS weight
  WHERE target IN keptIds
  RETURN collect({ source: source, target: target, weight: weight }) AS edges
}
RETURN { nodes: kept, edges: edges, statementCount: size(rows), truncated: truncated } AS network
