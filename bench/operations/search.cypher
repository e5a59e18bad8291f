// The same question as Qawl's search restricted to statements: full-text hits (arabic
// analyzer) merged with statements whose normalized text contains the normalized query.
CALL {
  CALL db.index.fulltext.queryNodes('statement_text', $lucene, { limit: toInteger($limit) }) YIELD node, score
  RETURN node, score
  UNION
  MATCH (node:Statement)
  WHERE replace(replace(replace(replace(replace(replace(replace(replace(replace(toLower(coalesce(node.text, '')), 'أ', 'ا'), 'إ', 'ا'), 'آ', 'ا'), 'ٱ', 'ا'), 'ى', 'ي'), 'ة', 'ه'), 'ؤ', 'و'), 'ئ', 'ي'), 'ـ', '') CONTAINS $normalized
  RETURN node, 1.0 AS score
}
WITH node, max(score) AS score ORDER BY score DESC, node.id LIMIT toInteger($limit)
RETURN collect({ score: score, id: node.id, text: node.text }) AS hits
