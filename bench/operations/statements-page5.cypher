// Keyset page, newest article first, undated statements last (the order Qawl's API defines:
// Cypher's own `ORDER BY s.publishedAt DESC` would put undated statements first, and a bound
// like `s.publishedAt <= $after` drops them). $after is the 80th statement's maintained
// newestKey, the one string whose ascending order is that order (src/db/queries/keys.ts);
// its range index serves the scan, the count comes from the count store.
CALL { MATCH (s:Statement) RETURN count(s) AS totalCount }
CALL {
  MATCH (s:Statement) WHERE s.newestKey > $after
  WITH s ORDER BY s.newestKey LIMIT 20
  RETURN collect(s { .id, .text, .kind, .publishedAt, speaker: [(sp:Actor)-[:SAID]->(s) | sp { .id, .name }][0] }) AS statements
}
RETURN totalCount, statements
