import type { Record as Neo4jRecord } from 'neo4j-driver';

/*
 * Projections shared by every read query, so each record type is built the same way
 * everywhere. `s`, `sp` and `a` are the variable names the queries use.
 */
export const STATEMENT_PROJECTION = `s {
  .id, .text, .quote, .direct, .verb, .kind, .sentence, .start, .end, .articleId, .publishedAt,
  speakerId: [(sp:Actor)-[:SAID]->(s) | sp.id][0]
}`;

export const ACTOR_PROJECTION = `a {
  .id, .name, .nameAr, .nameEn, .kind, .wikidataId, aliases: coalesce(a.aliases, [])
}`;

export const ARTICLE_PROJECTION = `art { .id, .title, .url, .source, .language, .publishedAt, .text }`;

export function column<T>(record: Neo4jRecord, key: string): T {
  return record.get(key) as T;
}
