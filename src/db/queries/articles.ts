import type { Database } from '../driver.ts';
import type { ArticleRecord } from '../records.ts';
import { ARTICLE_PROJECTION, column } from './shared.ts';

export async function articlesByIds(db: Database, ids: readonly string[]): Promise<Map<string, ArticleRecord>> {
  const result = await db.read((tx) => tx.run(
    `MATCH (art:Article) WHERE art.id IN $ids RETURN ${ARTICLE_PROJECTION} AS article`, { ids }));
  return new Map(result.records.map((r) => {
    const article = column<ArticleRecord>(r, 'article');
    return [article.id, article];
  }));
}

/** Ids of the articles already in the database among `ids` (for seeding only what is missing). */
export async function existingArticleIds(db: Database, ids: readonly string[]): Promise<Set<string>> {
  const result = await db.read((tx) => tx.run('MATCH (art:Article) WHERE art.id IN $ids RETURN art.id AS id', { ids }));
  return new Set(result.records.map((r) => column<string>(r, 'id')));
}

export async function neo4jVersion(db: Database): Promise<string | null> {
  const result = await db.read((tx) => tx.run('CALL dbms.components() YIELD versions RETURN versions[0] AS version'));
  return result.records[0] ? column<string>(result.records[0], 'version') : null;
}
