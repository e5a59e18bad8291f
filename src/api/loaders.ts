import DataLoader from 'dataloader';
import { nodesByIds, relatedPages, RELATIONS, type Relation, type RelationItems, type RelatedPageRequest } from '../db/queries/nodes.ts';
import type { Database } from '../db/driver.ts';
import type { KeysetRequest, StatementLink } from '../db/queries/shared.ts';
import type { KeysetPage, NodeRecord } from '../db/records.ts';

/*
 * Per-request batching: nested fields of a list ask their loader, and every key asked in
 * the same tick goes to Neo4j as one query, so the number of round trips grows with the
 * depth of a query, never with the number of results.
 */
type RelatedLoader<R extends Relation> = DataLoader<RelatedPageRequest, KeysetPage<RelationItems[R]>, string>;
type RelatedLoaders = { [R in Relation]: RelatedLoader<R> };

function relatedLoader<R extends Relation>(db: Database, relation: R): RelatedLoader<R> {
  return new DataLoader<RelatedPageRequest, KeysetPage<RelationItems[R]>, string>(
    async (requests) => {
      const pages = await relatedPages(db, relation, requests);
      return requests.map((r) => pages.get(r.key) ?? { items: [], keys: [], hasMore: false, totalCount: r.withCount ? 0 : null });
    },
    { cacheKeyFn: (r) => r.key },
  );
}

export function createLoaders(db: Database) {
  const node = new DataLoader<string, NodeRecord | null>(async (ids) => {
    const found = await nodesByIds(db, ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  const related = {} as RelatedLoaders;
  const add = <R extends Relation>(relation: R) => {
    related[relation] = relatedLoader(db, relation) as RelatedLoaders[R];
  };
  for (const relation of Object.keys(RELATIONS) as Relation[]) add(relation);
  return { node, related };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** A node of one type by id through the shared batch; null when missing or of another type. */
export async function loadTyped<T extends NodeRecord['nodeType']>(
  loaders: Loaders,
  type: T,
  id: string,
): Promise<Extract<NodeRecord, { nodeType: T }> | null> {
  const node = await loaders.node.load(id);
  return node && node.nodeType === type ? (node as Extract<NodeRecord, { nodeType: T }>) : null;
}

export async function loadManyTyped<T extends NodeRecord['nodeType']>(
  loaders: Loaders,
  type: T,
  ids: readonly string[],
): Promise<Extract<NodeRecord, { nodeType: T }>[]> {
  const nodes = await loaders.node.loadMany(ids);
  return nodes.filter((n): n is Extract<NodeRecord, { nodeType: T }> => n !== null && !(n instanceof Error) && n.nodeType === type);
}

/** One page of a nested list, batched with every other owner asking for the same relation. */
export function loadRelated<R extends Relation>(
  loaders: Loaders,
  relation: R,
  id: string,
  request: KeysetRequest,
  links?: readonly StatementLink[],
): Promise<KeysetPage<RelationItems[R]>> {
  const loader: RelatedLoader<R> = loaders.related[relation];
  const { after, limit, withCount } = request;
  return loader.load({ key: relatedKey(id, request, links), id, after, limit, withCount, ...(links ? { links } : {}) });
}

/** The cache key of one page of a nested list: owner, cursor position, page size, count and selected links. */
const relatedKey = (id: string, { after, limit, withCount }: KeysetRequest, links: readonly StatementLink[] | undefined) =>
  JSON.stringify([id, after, limit, withCount, links ?? null]);

/**
 * A page of a nested list read with its owner (a root field's one query): the list's resolver
 * then finds it in the loader instead of asking Neo4j again.
 */
export function primeRelated(
  loaders: Loaders,
  relation: Relation,
  id: string,
  request: KeysetRequest,
  links: readonly StatementLink[] | undefined,
  page: KeysetPage<NodeRecord>,
): void {
  // Which records a relation lists is fixed by its pattern (queries/nodes.ts, RELATIONS).
  const loader = loaders.related[relation] as DataLoader<RelatedPageRequest, KeysetPage<NodeRecord>, string>;
  const { after, limit, withCount } = request;
  loader.prime({ key: relatedKey(id, request, links), id, after, limit, withCount, ...(links ? { links } : {}) }, page);
}
