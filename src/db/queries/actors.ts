import { nameKeys, normalizeArabic } from '../../text/arabic.ts';
import { actorProjection, keysetPageOf, keysetQuery, nodeRecordOf, normalizedText, PAGE_PLUS_ONE, type KeysetRequest } from './shared.ts';
import type { ActorKind } from '../../graph/document-graph.ts';
import type { Database } from '../driver.ts';
import type { ActorRecord, KeysetPage } from '../records.ts';

export interface ActorQuery {
  kinds?: readonly ActorKind[] | null;
  name?: string | null;
}

/** What a name filter looks for in an actor's nameText: its normalized keys and the English form. */
export function nameNeedles(name: string): string[] {
  return [...new Set([...nameKeys(name), name.trim().toLowerCase()])].filter(Boolean);
}

/*
 * How well an actor matches a name, best first: 4 its whole name (Arabic after normalization,
 * or English), 3 a whole alias, 2 one of its name keys (the name after clitics), 1 part of a
 * name. `بوتين` finds Vladimir Putin (alias) before the Kremlin (part of `مكتب بوتين`) however
 * much more the Kremlin said.
 */
const exact = (field: string) => `${normalizedText(field)} = $normalized`;
const MATCH_TIER = `CASE
  WHEN ${exact('a.name')} OR ${exact('a.nameAr')} OR toLower(a.nameEn) = $lower THEN 4
  WHEN any(alias IN coalesce(a.aliases, []) WHERE ${exact('alias')}) THEN 3
  WHEN any(k IN coalesce(a.nameKeys, []) WHERE k IN $keys) THEN 2
  ELSE 1 END`;
/** Tiers above are at most this, so `9 - tier` is one digit that sorts better matches first. */
const TIER_DIGIT_BASE = 9;

/**
 * Actors, most prolific speakers first (the maintained rankKey, see keys.ts); `name` matches
 * any normalized name key or the English name, through the trigram text index on nameText,
 * and ranks by match quality first (MATCH_TIER), then by rankKey.
 */
export async function listActors(db: Database, filter: ActorQuery, request: KeysetRequest): Promise<KeysetPage<ActorRecord>> {
  const needles = filter.name ? nameNeedles(filter.name) : null;
  const kinds = [...new Set(filter.kinds ?? [])];
  const kind = kinds.length === 0 ? '' : kinds.length === 1 ? 'AND a.kind = $kind' : 'AND a.kind IN $kinds';
  // A name narrows to a few actors: find them through the text index, then order them.
  const candidates = `UNWIND $needles AS needle MATCH (a:Actor) WHERE a.nameText CONTAINS needle ${kind} WITH DISTINCT a`;
  // One kind's actors are a range of the (kind, rankKey) index, read in page order (hinted:
  // left alone, the planner may take the kind-only index and sort every actor of the kind).
  const oneKind = kinds.length === 1;
  const page = needles
    ? `${candidates}
       WITH a, toString(${TIER_DIGIT_BASE} - ${MATCH_TIER}) + ' ' + a.rankKey AS key
       WITH a, key WHERE key > $after
       WITH a, key ORDER BY key LIMIT ${PAGE_PLUS_ONE}
       RETURN collect({key: key, node: ${actorProjection('a')}}) AS rows`
    : `MATCH (a:Actor) ${oneKind ? 'USING INDEX a:Actor(kind, rankKey)' : ''} WHERE a.rankKey > $after ${kind}
       WITH a ORDER BY ${oneKind ? 'a.kind, ' : ''}a.rankKey LIMIT ${PAGE_PLUS_ONE}
       RETURN collect({key: a.rankKey, node: ${actorProjection('a')}}) AS rows`;
  const count = needles
    ? `${candidates} RETURN count(a) AS total`
    : kinds.length
      ? `MATCH (a:Actor) WHERE true ${kind} RETURN count(a) AS total`
      : 'MATCH (a:Actor) RETURN count(a) AS total';
  const raw = filter.name?.trim() ?? '';
  const result = await db.read((tx) =>
    tx.run(keysetQuery(page, request.withCount ? count : null), {
      kind: kinds[0] ?? null,
      kinds,
      needles,
      after: request.after,
      limit: request.limit,
      normalized: normalizeArabic(raw),
      lower: raw.toLowerCase(),
      keys: nameKeys(raw),
    }),
  );
  return keysetPageOf(result.records, request, nodeRecordOf('Actor'));
}
