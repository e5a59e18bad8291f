MATCH (c:Actor {id: $center})
CALL (c) {
  MATCH (c)-[*1..2]-(m)
  WHERE m <> c AND m.id IS NOT NULL
  WITH DISTINCT m LIMIT toInteger($limit)
  RETURN collect(m) AS around
}
WITH [c] + around AS everything
WITH everything[0..toInteger($limit)] AS picked, size(everything) > $limit AS truncated
CALL (picked) {
  UNWIND picked AS a
  MATCH (a)-[r]->(b) WHERE b IN picked
  RETURN collect({ id: type(r) + ':' + a.id + '->' + b.id, source: a.id, target: b.id, type: type(r) }) AS edges
}
RETURN {
  nodes: [n IN picked | { id: n.id, type: head([l IN labels(n) WHERE l IN ['Actor', 'Statement', 'Event', 'Article', 'Place', 'Sector']]) }],
  edges: edges,
  truncated: truncated
} AS graph
