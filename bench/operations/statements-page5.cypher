// Keyset page: $after holds the sort key of the 80th statement (publishedAt, articleId, start,
// id); the range index on publishedAt serves the descending scan, the count comes from the
// count store.
CALL { MATCH (s:Statement) RETURN count(s) AS totalCount }
CALL {
  MATCH (s:Statement)
  WHERE s.publishedAt <= $after.publishedAt
    AND (s.publishedAt < $after.publishedAt
      OR (s.articleId > $after.articleId)
      OR (s.articleId = $after.articleId AND (s.start > $after.start OR (s.start = $after.start AND s.id > $after.id))))
  WITH s ORDER BY s.publishedAt DESC, s.articleId, s.start, s.id LIMIT 20
  RETURN collect(s { .id, .text, .kind, .publishedAt, speaker: [(sp:Actor)-[:SAID]->(s) | sp { .id, .name }][0] }) AS statements
}
RETURN totalCount, statements
