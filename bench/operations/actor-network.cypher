// Statements of the month through the range index on publishedAt (a prefix seek), then their
// speaker and the actors they are about.
MATCH (s:Statement) WHERE s.publishedAt STARTS WITH $month
MATCH (sp:Actor)-[:SAID]->(s)-[:ABOUT]->(t:Actor)
WHERE sp <> t
WITH sp, t, count(s) AS n
WITH collect({ source: sp.id, target: t.id, count: n }) AS edges, collect(DISTINCT sp) + collect(DISTINCT t) AS actors
UNWIND actors AS a
WITH edges, collect(DISTINCT a { .id, .name }) AS nodes
RETURN { nodes: nodes, edges: edges } AS network
