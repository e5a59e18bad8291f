import { nameKeys } from '../../graph/normalize.ts';
import type { ActorKind } from '../../graph/document-graph.ts';
import type { Database } from '../driver.ts';
import type { ActorRecord, Page } from '../records.ts';
import { ACTOR_PROJECTION, column } from './shared.ts';

export async function actorsByIds(db: Database, ids: readonly string[]): Promise<Map<string, ActorRecord>> {
  const result = await db.read((tx) => tx.run(
    `MATCH (a:Actor) WHERE a.id IN $ids RETURN ${ACTOR_PROJECTION} AS actor`, { ids }));
  return new Map(result.records.map((r) => {
    const actor = column<ActorRecord>(r, 'actor');
    return [actor.id, actor];
  }));
}

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
     RETURN size(matched) AS total, [a IN matched[$offset..($offset + $limit)] | ${ACTOR_PROJECTION}] AS items`,
    { kind: filter.kind ?? null, keys, english, offset, limit }));
  const record = result.records[0];
  return {
    items: record ? column<ActorRecord[]>(record, 'items') : [],
    totalCount: record ? column<number>(record, 'total') : 0,
    offset,
  };
}
