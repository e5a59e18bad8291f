MATCH (a:Actor {id: $actor})
CALL (a) {
  MATCH (a)-[:SAID]->(s:Statement)
  WITH s ORDER BY s.publishedAt DESC, s.articleId, s.start, s.id LIMIT 20
  RETURN collect(s { .id, .text, .kind, .publishedAt, about: [(s)-[:ABOUT]->(t) | t.id] }) AS statements
}
RETURN a { .id, .name, statements: statements } AS actor
