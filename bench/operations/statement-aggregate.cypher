// Counts of one speaker's statements: all, per kind, per month (statements without a date at
// least as fine as a month are left out of the months, as Qawl's byPeriod does).
MATCH (a:Actor {id: $speaker})
CALL (a) { MATCH (a)-[:SAID]->(s:Statement) RETURN count(s) AS count }
CALL (a) {
  MATCH (a)-[:SAID]->(s:Statement)
  WITH s.kind AS kind, count(*) AS n ORDER BY n DESC, kind
  RETURN collect({ kind: kind, count: n }) AS byKind
}
CALL (a) {
  MATCH (a)-[:SAID]->(s:Statement) WHERE size(s.publishedAt) >= 7
  WITH substring(s.publishedAt, 0, 7) AS period, count(*) AS n ORDER BY period
  RETURN collect({ period: period, count: n }) AS byPeriod
}
RETURN { count: count, byKind: byKind, byPeriod: byPeriod } AS aggregate
