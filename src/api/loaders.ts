import DataLoader from 'dataloader';
import type { Database } from '../db/driver.ts';
import { nodesByIds, relatedPages, RELATIONS, type Relation, type RelatedPageRequest } from '../db/queries/nodes.ts';
import type { NodeRecord, Page } from '../db/records.ts';

/*
 * Per-request batching: nested fields of a list ask their loader, and every key asked in
 * the same tick goes to Neo4j as one query, so the number of round trips grows with the
 * depth of a query, never with the number of results.
 */
export function createLoaders(db: Database) {
  const node = new DataLoader<string, NodeRecord | null>(async (ids) => {
    const found = await nodesByIds(db, ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  const related = Object.fromEntries((Object.keys(RELATIONS) as Relation[]).map((relation) => [
    relation,
    new DataLoader<RelatedPageRequest, Page<unknown>, string>(
      async (requests) => {
        const pages = await relatedPages(db, relation, requests);
        return requests.map((r) => pages.get(r.key) ?? { items: [], totalCount: 0, offset: r.offset });
      },
      { cacheKeyFn: (r) => r.key },
    ),
  ])) as Record<Relation, DataLoader<RelatedPageRequest, Page<unknown>, string>>;
  return { node, related };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** A node of one type by id through the shared batch; null when missing or of another type. */
export async function loadTyped<T extends NodeRecord['nodeType']>(
  loaders: Loaders, type: T, id: string,
): Promise<Extract<NodeRecord, { nodeType: T }> | null> {
  const node = await loaders.node.load(id);
  return node && node.nodeType === type ? (node as Extract<NodeRecord, { nodeType: T }>) : null;
}

export async function loadManyTyped<T extends NodeRecord['nodeType']>(
  loaders: Loaders, type: T, ids: readonly string[],
): Promise<Extract<NodeRecord, { nodeType: T }>[]> {
  const nodes = await loaders.node.loadMany(ids);
  return nodes.filter((n): n is Extract<NodeRecord, { nodeType: T }> =>
    n !== null && !(n instanceof Error) && n.nodeType === type);
}

/** One page of a nested list, batched with every other owner asking for the same relation. */
export async function loadRelated<T>(loaders: Loaders, relation: Relation, id: string, offset: number, limit: number): Promise<Page<T>> {
  return (await loaders.related[relation].load({ key: `${id}|${offset}|${limit}`, id, offset, limit })) as Page<T>;
}
