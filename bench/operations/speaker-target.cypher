CALL {
  MATCH (:Actor {id: $actor})-[:SAID]->(s:Statement)-[:ABOUT]->(:Actor {id: $target})
  RETURN count(DISTINCT s) AS totalCount
}
CALL {
  MATCH (sp:Actor {id: $actor})-[:SAID]->(s:Statement)-[:ABOUT]->(:Actor {id: $target})
  WITH DISTINCT sp, s ORDER BY s.publishedAt DESC, s.articleId, s.start, s.id LIMIT 20
  RETURN collect(s { .id, .text, .kind, .publishedAt, speaker: sp { .id, .name } }) AS statements
}
RETURN totalCount, statements
