// The same question as Qawl's search restricted to statements (src/db/queries/search.ts):
// up to 200 full-text hits (arabic analyzer) merged with up to 200 statements whose normalized
// text contains the normalized query, ranked by score (in thousandths), then by how connected
// the statement is, then by id.
CALL {
  CALL db.index.fulltext.queryNodes('statement_text', $lucene, { limit: 200 }) YIELD node, score
  RETURN node, score
  UNION
  MATCH (node:Statement) WHERE node.searchText CONTAINS $normalized
  WITH node LIMIT 200
  RETURN node, 1.0 AS score
}
WITH node, max(score) AS score
WITH node, toInteger(score * 1000) AS rank, COUNT { (node)--() } AS prominence
ORDER BY rank DESC, prominence DESC, node.id LIMIT toInteger($limit)
RETURN collect({ score: rank / 1000.0, id: node.id, text: node.text }) AS hits
