import DataLoader from 'dataloader';
import type { Database } from '../../db/driver.ts';
import {
  statementAggregates, type AggregateNeeds, type StatementAggregateFilter, type StatementAggregateResult,
} from '../../db/queries/aggregates.ts';
import { actorNetwork, MAX_PATH_HOPS, shortestPath } from '../../db/queries/network.ts';
import type { Relation } from '../../db/queries/nodes.ts';
import type { StatementRecord } from '../../db/records.ts';
import type { Resolvers, StatementAggregateResolvers } from '../../generated/graphql.ts';
import type { ApiContext } from '../context.ts';
import { apiError, badInput } from '../errors.ts';
import type { Connection } from '../pagination.ts';

/*
 * Networks, paths and facets (issue 13): root fields of one Cypher round trip each, and the
 * aggregate of a statement connection, batched per request across every connection asking.
 */

/** What a StatementConnection resolves from: a page plus the filter it was built for (for `aggregate`). */
export type StatementConnectionModel = Connection<StatementRecord> & { filter?: StatementAggregateFilter };

/** What a StatementAggregate resolves from: the filter of its connection. */
export interface StatementAggregateModel {
  filter: StatementAggregateFilter;
}

/** Upper bound of `actorNetwork(filter: {limit})`, as for `graph`: what a browser can still draw. */
export const NETWORK_MAX_NODES = 500;
/** The SDL default of `ActorNetworkFilter.limit`, for the cost estimate (which sees the query, not the coerced values). */
export const NETWORK_DEFAULT_NODES = 100;
/** Longest text filter accepted, as for `search`. */
const MAX_TEXT_LENGTH = 500;

/**
 * The statement filter equivalent to a nested statement list of an owner, so `aggregate`
 * counts exactly that list; undefined for relations that do not list statements.
 */
export function statementFilterOf(relation: Relation, ownerId: string): StatementAggregateFilter | undefined {
  switch (relation) {
    case 'Actor.statements': return { speaker: ownerId };
    case 'Actor.mentionedIn': case 'Place.statements': case 'Sector.statements': return { about: ownerId };
    case 'Actor.addressedBy': return { addressee: ownerId };
    case 'Event.statements': return { event: ownerId };
    case 'Article.statements': return { article: ownerId };
    default: return undefined;
  }
}

function checkRange(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && from.slice(0, to.length) > to) {
    throw badInput(`\`filter.from\` (${from}) is after \`filter.to\` (${to})`, { argument: 'filter' });
  }
}

/** An integer argument in 1..maximum; an explicit null (which skips the SDL default) is refused too. */
function positiveInteger(value: number | null | undefined, argument: string, maximum: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > maximum) {
    throw badInput(`\`${argument}\` must be an integer between 1 and ${maximum}`, { argument, maximum });
  }
  return value;
}

/** A stable key for a filter: the same conditions give the same key whatever their order. */
function filterKey(filter: StatementAggregateFilter): string {
  const entries = Object.entries(filter)
    .filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(entries);
}

interface AggregateKey {
  filter: StatementAggregateFilter;
  needs: AggregateNeeds;
}

const NO_NEEDS: AggregateNeeds = { byKind: false, speakers: 0, targets: 0, granularities: [] };

/*
 * One loader per request (keyed on that request's loaders object, which lives as long as the
 * request): every aggregate field asked in the same tick, on one connection or many, is one
 * query, each connection's needs merged.
 */
const aggregateLoaders = new WeakMap<object, DataLoader<AggregateKey, StatementAggregateResult, string>>();

function aggregateLoader(ctx: ApiContext): DataLoader<AggregateKey, StatementAggregateResult, string> {
  let loader = aggregateLoaders.get(ctx.loaders);
  if (!loader) {
    const db: Database = ctx.db;
    loader = new DataLoader<AggregateKey, StatementAggregateResult, string>(async (keys) => {
      const merged = new Map<string, { filter: StatementAggregateFilter; needs: AggregateNeeds }>();
      for (const { filter, needs } of keys) {
        const key = filterKey(filter);
        const seen = merged.get(key) ?? { filter, needs: { ...NO_NEEDS, granularities: [] } };
        seen.needs = {
          byKind: seen.needs.byKind || needs.byKind,
          speakers: Math.max(seen.needs.speakers, needs.speakers),
          targets: Math.max(seen.needs.targets, needs.targets),
          granularities: [...new Set([...seen.needs.granularities, ...needs.granularities])],
        };
        merged.set(key, seen);
      }
      const results = await statementAggregates(db, [...merged].map(([key, { filter, needs }]) => ({ key, filter, needs })));
      return keys.map(({ filter }) => {
        const found = results.get(filterKey(filter));
        if (!found) throw apiError('INTERNAL_SERVER_ERROR', 'an aggregate is missing from its batch');
        return found;
      });
    }, { cacheKeyFn: ({ filter, needs }) => `${filterKey(filter)}|${JSON.stringify(needs)}` });
    aggregateLoaders.set(ctx.loaders, loader);
  }
  return loader;
}

const need = (ctx: ApiContext, parent: StatementAggregateModel, needs: Partial<AggregateNeeds>) =>
  aggregateLoader(ctx).load({ filter: parent.filter, needs: { ...NO_NEEDS, ...needs } });

const StatementAggregate: StatementAggregateResolvers<ApiContext, StatementAggregateModel> = {
  count: async (parent, _args, ctx) => (await need(ctx, parent, {})).count,
  byKind: async (parent, _args, ctx) => (await need(ctx, parent, { byKind: true })).byKind,
  topSpeakers: async (parent, { first }, ctx) => {
    const n = positiveInteger(first, 'first', ctx.config.api.maxPageSize);
    return (await need(ctx, parent, { speakers: n })).topSpeakers.slice(0, n);
  },
  topTargets: async (parent, { first }, ctx) => {
    const n = positiveInteger(first, 'first', ctx.config.api.maxPageSize);
    return (await need(ctx, parent, { targets: n })).topTargets.slice(0, n);
  },
  byPeriod: async (parent, { granularity }, ctx) => {
    if (!granularity) throw badInput('`granularity` must not be null', { argument: 'granularity' });
    return (await need(ctx, parent, { granularities: [granularity] })).byPeriod[granularity] ?? [];
  },
};

export const networkResolvers: Resolvers = {
  Query: {
    actorNetwork: async (_root, { filter }, { db }) => {
      const f = filter ?? {};
      checkRange(f.from, f.to);
      const text = f.text?.trim() ?? null;
      if (f.text !== null && f.text !== undefined && !text) throw badInput('`filter.text` must not be empty', { argument: 'filter.text' });
      if (text && text.length > MAX_TEXT_LENGTH) throw badInput(`\`filter.text\` is longer than ${MAX_TEXT_LENGTH} characters`, { argument: 'filter.text' });
      return actorNetwork(db, {
        kinds: f.kinds, from: f.from, to: f.to, article: f.article, text,
        minWeight: positiveInteger(f.minWeight, 'filter.minWeight', Number.MAX_SAFE_INTEGER),
        limit: positiveInteger(f.limit, 'filter.limit', NETWORK_MAX_NODES),
        cooccurrence: f.cooccurrence ?? 'NONE',
      });
    },
    shortestPath: async (_root, { from, to, maxHops }, { db }) =>
      shortestPath(db, from, to, positiveInteger(maxHops, 'maxHops', MAX_PATH_HOPS)),
  },
  StatementConnection: {
    aggregate: (connection) => {
      // Every place that builds a statement connection records its filter; one that does not is a bug.
      if (!connection.filter) throw apiError('INTERNAL_SERVER_ERROR', 'this statement connection does not know its filter');
      return { filter: connection.filter };
    },
  },
  StatementAggregate,
};

/** The resolver map with the network resolvers added (Query and StatementConnection merged field by field). */
export function withNetworkResolvers(base: Resolvers): Resolvers {
  return {
    ...base,
    ...networkResolvers,
    Query: { ...base.Query, ...networkResolvers.Query },
    StatementConnection: { ...base.StatementConnection, ...networkResolvers.StatementConnection },
  };
}
