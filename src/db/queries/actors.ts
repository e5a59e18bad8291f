import { nameKeys } from '../../text/arabic.ts';
import type { ActorKind } from '../../graph/document-graph.ts';
import type { Database } from '../driver.ts';
import type { ActorRecord, KeysetPage } from '../records.ts';
import { actorProjection, keysetPageOf, keysetQuery, nodeRecordOf, PAGE_PLUS_ONE, type KeysetRequest } from './shared.ts';

export interface ActorQuery {
  kind?: ActorKind | null;
  name?: string | null;
}

/** What a name filter looks for in an actor's nameText: its normalized keys and the English form. */
export function nameNeedles(name: string): string[] {
  return [...new Set([...nameKeys(name), name.trim().toLowerCase()])].filter(Boolean);
}

/**
 * Actors, most prolific speakers first (the maintained rankKey, see keys.ts); `name` matches
 * any normalized name key or the English name, through the trigram text index on nameText.
 */
export async function listActors(db: Database, filter: ActorQuery, request: KeysetRequest): Promise<KeysetPage<ActorRecord>> {
  const needles = filter.name ? nameNeedles(filter.name) : null;
  const kind = filter.kind ? 'AND a.kind = $kind' : '';
  // A name narrows to a few actors: find them through the text index, then order them.
  const candidates = `UNWIND $needles AS needle MATCH (a:Actor) WHERE a.nameText CONTAINS needle ${kind} WITH DISTINCT a`;
  // One kind's actors are a range of the (kind, rankKey) index, read in page order (hinted:
  // left alone, the planner may take the kind-only index and sort every actor of the kind).
  const page = `${needles ? `${candidates} WITH a WHERE a.rankKey > $after` : `MATCH (a:Actor) ${filter.kind ? 'USING INDEX a:Actor(kind, rankKey)' : ''} WHERE a.rankKey > $after ${kind}`}
       WITH a ORDER BY ${filter.kind && !needles ? 'a.kind, ' : ''}a.rankKey LIMIT ${PAGE_PLUS_ONE}
       RETURN collect({key: a.rankKey, node: ${actorProjection('a')}}) AS rows`;
  const count = needles
    ? `${candidates} RETURN count(a) AS total`
    : filter.kind ? 'MATCH (a:Actor) WHERE a.kind = $kind RETURN count(a) AS total' : 'MATCH (a:Actor) RETURN count(a) AS total';
  const result = await db.read((tx) => tx.run(keysetQuery(page, request.withCount ? count : null),
    { kind: filter.kind ?? null, needles, after: request.after, limit: request.limit }));
  return keysetPageOf(result.records, request, nodeRecordOf('Actor'));
}
