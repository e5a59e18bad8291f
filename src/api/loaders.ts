import DataLoader from 'dataloader';
import type { Database } from '../db/driver.ts';
import { actorsByIds } from '../db/queries/actors.ts';
import { articlesByIds } from '../db/queries/articles.ts';
import { statementsBySpeakers, type SpeakerPageRequest } from '../db/queries/statements.ts';
import type { ActorRecord, ArticleRecord, Page, StatementRecord } from '../db/records.ts';

/*
 * Per-request batching: nested fields of a list ask their loader, and every key asked in
 * the same tick goes to Neo4j as one query, so the number of round trips does not grow with
 * the number of results.
 */
export function createLoaders(db: Database) {
  const byId = <T>(fetch: (db: Database, ids: readonly string[]) => Promise<Map<string, T>>) =>
    new DataLoader<string, T | null>(async (ids) => {
      const found = await fetch(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    });
  return {
    actor: byId<ActorRecord>(actorsByIds),
    article: byId<ArticleRecord>(articlesByIds),
    statementsBySpeaker: new DataLoader<SpeakerPageRequest, Page<StatementRecord>, string>(
      async (requests) => {
        const pages = await statementsBySpeakers(db, requests);
        return requests.map((r) => pages.get(r.key) ?? { items: [], totalCount: 0, offset: r.offset });
      },
      { cacheKeyFn: (r) => r.key },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
