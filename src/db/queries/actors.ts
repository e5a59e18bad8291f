import { nameKeys } from '../../graph/normalize.ts';
import type { ActorKind } from '../../graph/document-graph.ts';
import type { Database } from '../driver.ts';
import type { ActorRecord, Page } from '../records.ts';
import { actorProjection, pageOf } from './shared.ts';

export interface ActorQuery {
  kind?: ActorKind | null;
  name?: string | null;
}

/** Actors, most prolific speakers first; `name` matches any normalized name key or the English name. */
export async function listActors(db: Database, filter: ActorQuery, offset: number, limit: number): Promise<Page<ActorRecord>> {
  const keys = filter.name ? nameKeys(filter.name) : null;
  const english = filter.name ? filter.name.trim().toLowerCase() : null;
  const result = await db.read((tx) => tx.run(
    `MATCH (a:Actor)
     WHERE ($kind IS NULL OR a.kind = $kind)
       AND ($keys IS NULL
            OR any(k IN coalesce(a.nameKeys, []) WHERE any(q IN $keys WHERE k CONTAINS q))
            OR toLower(coalesce(a.nameEn, '')) CONTAINS $english)
     WITH a, COUNT { (a)-[:SAID]->(:Statement) } AS said
     ORDER BY said DESC, a.id
     WITH collect(a) AS matched
     RETURN size(matched) AS total, [a IN matched[$offset..($offset + $limit)] | ${actorProjection('a')}] AS items`,
    { kind: filter.kind ?? null, keys, english, offset, limit }));
  return pageOf<ActorRecord>(result.records, offset);
}
