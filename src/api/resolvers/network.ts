import DataLoader from 'dataloader';
import {
  articleAggregates,
  eventAggregates,
  statementAggregates,
  type AggregateNeeds,
  type ArticleAggregateFilter,
  type ArticleAggregateNeeds,
  type ArticleAggregateResult,
  type EventAggregateFilter,
  type EventAggregateNeeds,
  type EventAggregateResult,
  type Granularity,
  type StatementAggregateFilter,
  type StatementAggregateResult,
} from '../../db/queries/aggregates.ts';
import { mentionPages, type MentionPageRequest, type MentionSpan } from '../../db/queries/mentions.ts';
import { actorNetwork, MAX_PATH_HOPS, shortestPath, stanceStatementPages, type StancePageRequest } from '../../db/queries/network.ts';
import { countStatements, type StatementQuery } from '../../db/queries/statements.ts';
import { apiError, badInput } from '../errors.ts';
import { loadTyped } from '../loaders.ts';
import { argumentsAt, keysetConnection, keysetWindow, listName, selects, statementLinksAt, totalCountOf } from '../pagination.ts';
import type { Database } from '../../db/driver.ts';
import type { Relation } from '../../db/queries/nodes.ts';
import type { KeysetPage, StatementConnectionRecord, StatementRecord } from '../../db/records.ts';
import type {
  ArticleAggregateResolvers,
  EventAggregateResolvers,
  Resolvers,
  StatementAggregateResolvers,
} from '../../generated/graphql.ts';
import type { ApiContext } from '../context.ts';

/*
 * Networks, paths and facets (issue 13): root fields of one Cypher round trip each, and the
 * aggregate of a statement connection, batched per request across every connection asking.
 */

/** What a StatementAggregate resolves from: the filter of its connection. */
export interface StatementAggregateModel {
  filter: StatementAggregateFilter;
}
/** What an EventAggregate resolves from: the filter of its connection. */
export interface EventAggregateModel {
  filter: EventAggregateFilter;
}
/** What an ArticleAggregate resolves from: the filter of its connection. */
export interface ArticleAggregateModel {
  filter: ArticleAggregateFilter;
}

/*
 * The connections themselves are the records of db/records.ts (StatementConnectionRecord,
 * EventConnectionRecord, ArticleConnectionRecord), each carrying the filter it was built for.
 */

/** Any connection's filter: each connection type reads the conditions that are its own. */
export type ConnectionFilter = StatementQuery & EventAggregateFilter & ArticleAggregateFilter;

/** Upper bound of `actorNetwork(filter: {limit})`, as for `graph`: what a browser can still draw. */
export const NETWORK_MAX_NODES = 500;
/** The SDL default of `ActorNetworkFilter.limit`, for the cost estimate (which sees the query, not the coerced values). */
export const NETWORK_DEFAULT_NODES = 100;
/** Longest text filter accepted, as for `search`. */
const MAX_TEXT_LENGTH = 500;

/**
 * The filter equivalent to a nested list of an owner, so `aggregate` counts exactly that
 * list; undefined for lists without an aggregate (actors).
 */
export function connectionFilterOf(relation: Relation, ownerId: string): ConnectionFilter | undefined {
  switch (relation) {
    case 'Actor.statements':
      return { speaker: ownerId };
    case 'Actor.mentionedIn':
    case 'Place.statements':
    case 'Sector.statements':
      return { about: ownerId };
    case 'Actor.addressedBy':
      return { addressee: ownerId };
    case 'Event.statements':
      return { event: ownerId };
    case 'Article.statements':
      return { article: ownerId };
    case 'Actor.events':
      return { participants: [ownerId] };
    case 'Place.events':
      return { place: ownerId };
    case 'Sector.events':
      return { sector: ownerId };
    case 'Article.events':
      return { article: ownerId };
    case 'Actor.articles':
      return { mentions: ownerId };
    default:
      return undefined;
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
function filterKey(filter: object): string {
  const entries = Object.entries(filter as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => [k, Array.isArray(v) ? [...(v as unknown[])].sort() : v] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(entries);
}

type Fetch<F, N, R> = (db: Database, requests: { key: string; filter: F; needs: N }[]) => Promise<Map<string, R>>;

/*
 * One loader per request and aggregate type (kept on that request's loaders object, which
 * lives as long as the request): every aggregate field asked in the same tick, on one
 * connection or many, is one query, each connection's needs merged.
 */
const aggregateLoaders = new WeakMap<object, Map<string, DataLoader<unknown, unknown, string>>>();

function aggregateLoader<F extends object, N extends object, R>(
  ctx: ApiContext,
  name: string,
  fetch: Fetch<F, N, R>,
  merge: (a: N, b: N) => N,
): DataLoader<{ filter: F; needs: N }, R, string> {
  let perRequest = aggregateLoaders.get(ctx.loaders);
  if (!perRequest) aggregateLoaders.set(ctx.loaders, (perRequest = new Map<string, DataLoader<unknown, unknown, string>>()));
  let loader = perRequest.get(name) as DataLoader<{ filter: F; needs: N }, R, string> | undefined;
  if (!loader) {
    loader = new DataLoader<{ filter: F; needs: N }, R, string>(
      async (keys) => {
        const merged = new Map<string, { filter: F; needs: N }>();
        for (const { filter, needs } of keys) {
          const key = filterKey(filter);
          const seen = merged.get(key);
          merged.set(key, { filter, needs: seen ? merge(seen.needs, needs) : needs });
        }
        const results = await fetch(
          ctx.db,
          [...merged].map(([key, { filter, needs }]) => ({ key, filter, needs })),
        );
        return keys.map(
          ({ filter }) =>
            results.get(filterKey(filter)) ?? apiError('INTERNAL_SERVER_ERROR', `a ${name} aggregate is missing from its batch`),
        );
      },
      { cacheKeyFn: ({ filter, needs }) => `${filterKey(filter)}|${JSON.stringify(needs)}` },
    );
    perRequest.set(name, loader);
  }
  return loader;
}

const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])];

const NO_STATEMENT_NEEDS: AggregateNeeds = { byKind: false, speakers: 0, targets: 0, granularities: [] };
const statementNeeds = (ctx: ApiContext, parent: StatementAggregateModel, needs: Partial<AggregateNeeds>) =>
  aggregateLoader<StatementAggregateFilter, AggregateNeeds, StatementAggregateResult>(ctx, 'statement', statementAggregates, (a, b) => ({
    byKind: a.byKind || b.byKind,
    speakers: Math.max(a.speakers, b.speakers),
    targets: Math.max(a.targets, b.targets),
    granularities: union(a.granularities, b.granularities),
  })).load({ filter: parent.filter, needs: { ...NO_STATEMENT_NEEDS, ...needs } });

const NO_EVENT_NEEDS: EventAggregateNeeds = { byKind: false, places: 0, granularities: [] };
const eventNeeds = (ctx: ApiContext, parent: EventAggregateModel, needs: Partial<EventAggregateNeeds>) =>
  aggregateLoader<EventAggregateFilter, EventAggregateNeeds, EventAggregateResult>(ctx, 'event', eventAggregates, (a, b) => ({
    byKind: a.byKind || b.byKind,
    places: Math.max(a.places, b.places),
    granularities: union(a.granularities, b.granularities),
  })).load({ filter: parent.filter, needs: { ...NO_EVENT_NEEDS, ...needs } });

const NO_ARTICLE_NEEDS: ArticleAggregateNeeds = { sources: 0, granularities: [] };
const articleNeeds = (ctx: ApiContext, parent: ArticleAggregateModel, needs: Partial<ArticleAggregateNeeds>) =>
  aggregateLoader<ArticleAggregateFilter, ArticleAggregateNeeds, ArticleAggregateResult>(ctx, 'article', articleAggregates, (a, b) => ({
    sources: Math.max(a.sources, b.sources),
    granularities: union(a.granularities, b.granularities),
  })).load({ filter: parent.filter, needs: { ...NO_ARTICLE_NEEDS, ...needs } });

function granularityOf(value: Granularity | null | undefined): Granularity {
  if (!value) throw badInput('`granularity` must not be null', { argument: 'granularity' });
  return value;
}

const StatementAggregate: StatementAggregateResolvers<ApiContext, StatementAggregateModel> = {
  count: async (parent, _args, ctx) => (await statementNeeds(ctx, parent, {})).count,
  byKind: async (parent, _args, ctx) => (await statementNeeds(ctx, parent, { byKind: true })).byKind,
  topSpeakers: async (parent, { first }, ctx) => {
    const n = positiveInteger(first, 'first', ctx.config.api.maxPageSize);
    return (await statementNeeds(ctx, parent, { speakers: n })).topSpeakers.slice(0, n);
  },
  topTargets: async (parent, { first }, ctx) => {
    const n = positiveInteger(first, 'first', ctx.config.api.maxPageSize);
    return (await statementNeeds(ctx, parent, { targets: n })).topTargets.slice(0, n);
  },
  byPeriod: async (parent, { granularity }, ctx) => {
    const g = granularityOf(granularity);
    return (await statementNeeds(ctx, parent, { granularities: [g] })).byPeriod[g] ?? [];
  },
};

const EventAggregate: EventAggregateResolvers<ApiContext, EventAggregateModel> = {
  count: async (parent, _args, ctx) => (await eventNeeds(ctx, parent, {})).count,
  byKind: async (parent, _args, ctx) => (await eventNeeds(ctx, parent, { byKind: true })).byKind,
  byPlace: async (parent, { first }, ctx) => {
    const n = positiveInteger(first, 'first', ctx.config.api.maxPageSize);
    return (await eventNeeds(ctx, parent, { places: n })).byPlace.slice(0, n);
  },
  byPeriod: async (parent, { granularity }, ctx) => {
    const g = granularityOf(granularity);
    return (await eventNeeds(ctx, parent, { granularities: [g] })).byPeriod[g] ?? [];
  },
};

const ArticleAggregate: ArticleAggregateResolvers<ApiContext, ArticleAggregateModel> = {
  count: async (parent, _args, ctx) => (await articleNeeds(ctx, parent, {})).count,
  bySource: async (parent, { first }, ctx) => {
    const n = positiveInteger(first, 'first', ctx.config.api.maxPageSize);
    return (await articleNeeds(ctx, parent, { sources: n })).bySource.slice(0, n);
  },
  byPeriod: async (parent, { granularity }, ctx) => {
    const g = granularityOf(granularity);
    return (await articleNeeds(ctx, parent, { granularities: [g] })).byPeriod[g] ?? [];
  },
};

/* The statements behind stance edges: one loader per request, so a page of edges with their statements is one more query. */
const stanceLoaders = new WeakMap<object, DataLoader<StancePageRequest, KeysetPage<StatementRecord>, string>>();

function stanceLoader(ctx: ApiContext): DataLoader<StancePageRequest, KeysetPage<StatementRecord>, string> {
  let loader = stanceLoaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader<StancePageRequest, KeysetPage<StatementRecord>, string>(
      async (requests) => {
        const pages = await stanceStatementPages(ctx.db, requests);
        return requests.map((r) => pages.get(r.key) ?? { items: [], keys: [], hasMore: false, totalCount: r.withCount ? 0 : null });
      },
      { cacheKeyFn: (r) => r.key },
    );
    stanceLoaders.set(ctx.loaders, loader);
  }
  return loader;
}

/* An article's mentions: one loader per request, so the mentions of a page of articles are one query. */
const mentionLoaders = new WeakMap<object, DataLoader<MentionPageRequest, KeysetPage<MentionSpan>, string>>();

function mentionLoader(ctx: ApiContext): DataLoader<MentionPageRequest, KeysetPage<MentionSpan>, string> {
  let loader = mentionLoaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader<MentionPageRequest, KeysetPage<MentionSpan>, string>(
      async (requests) => {
        const pages = await mentionPages(ctx.db, requests);
        return requests.map((r) => pages.get(r.key) ?? { items: [], keys: [], hasMore: false, totalCount: 0 });
      },
      { cacheKeyFn: (r) => r.key },
    );
    mentionLoaders.set(ctx.loaders, loader);
  }
  return loader;
}

/** The cursor namespace of the statements behind one stance edge. */
const stanceStatementsList = (speaker: string, target: string) => `Stance.statements:${speaker}->${target}`;

/** The filter a connection was built for; one that does not know it is a bug in whoever built it. */
function filterOf<F>(connection: { filter?: F }, type: string): { filter: F } {
  if (!connection.filter) throw apiError('INTERNAL_SERVER_ERROR', `this ${type} connection does not know its filter`);
  return { filter: connection.filter };
}

export const networkResolvers: Resolvers = {
  Query: {
    actorNetwork: async (_root, { filter }, { db }, info) => {
      const f = filter ?? {};
      checkRange(f.from, f.to);
      const text = f.text?.trim() ?? null;
      if (f.text !== null && f.text !== undefined && !text) throw badInput('`filter.text` must not be empty', { argument: 'filter.text' });
      if (text && text.length > MAX_TEXT_LENGTH)
        throw badInput(`\`filter.text\` is longer than ${MAX_TEXT_LENGTH} characters`, { argument: 'filter.text' });
      return actorNetwork(
        db,
        {
          kinds: f.kinds,
          from: f.from,
          to: f.to,
          article: f.article,
          text,
          minWeight: positiveInteger(f.minWeight, 'filter.minWeight', Number.MAX_SAFE_INTEGER),
          limit: positiveInteger(f.limit, 'filter.limit', NETWORK_MAX_NODES),
          cooccurrence: f.cooccurrence ?? 'NONE',
        },
        // Only the parts of the network selected are read.
        {
          actors: [
            ['nodes', 'actor'],
            ['edges', 'sourceActor'],
            ['edges', 'targetActor'],
          ].some((path) => argumentsAt(info, path).length > 0),
          edgeStatements: ['kinds', 'firstDate', 'lastDate'].some((field) => argumentsAt(info, ['edges', field]).length > 0),
        },
      );
    },
    shortestPath: async (_root, { from, to, maxHops }, { db }) =>
      shortestPath(db, from, to, positiveInteger(maxHops, 'maxHops', MAX_PATH_HOPS)),
  },
  StatementConnection: { aggregate: (connection) => filterOf(connection, 'statement') },
  EventConnection: { aggregate: (connection) => filterOf(connection, 'event') },
  ArticleConnection: { aggregate: (connection) => filterOf(connection, 'article') },
  StatementAggregate,
  EventAggregate,
  ArticleAggregate,
  GraphNode: {
    node: (graphNode, _args, { loaders }) => loaders.node.load(graphNode.id),
  },
  // The network read its actors when they were selected; otherwise (never in practice) by id.
  ActorNetworkNode: { actor: (n, _args, { loaders }) => n.actor ?? requiredActor(loaders, n.id) },
  ActorNetworkEdge: {
    sourceActor: (e, _args, { loaders }) => e.sourceActor ?? requiredActor(loaders, e.source),
    targetActor: (e, _args, { loaders }) => e.targetActor ?? requiredActor(loaders, e.target),
  },
  Article: {
    mentions: async (article, { subject, first, after }, ctx) => {
      // Keyset-paged in text order; a cursor belongs to this article and this subject filter.
      const list = listName('Article.mentions', article.id, subject);
      const request = keysetWindow({ first, after }, ctx.config.api, list, true);
      const page = await mentionLoader(ctx).load({
        key: JSON.stringify([article.id, subject ?? null, request.after, request.limit]),
        article: article.id,
        subject: subject ?? null,
        after: request.after,
        limit: request.limit,
      });
      // Offsets are UTF-16 code units, which is what String.prototype.slice counts.
      const items = page.items.map((m) => ({ ...m, text: article.text.slice(m.start, m.end) }));
      return keysetConnection({ ...page, items }, list, request);
    },
  },
  MentionConnection: { totalCount: (connection) => totalCountOf(connection) },
  Stance: {
    statements: async (stance, { kinds, from, to, first, after }, ctx, info): Promise<StatementConnectionRecord> => {
      const speaker = stance.speaker.id;
      const target = stance.target.id;
      if (from && to && from.slice(0, to.length) > to) {
        throw badInput(`\`from\` (${from}) is after \`to\` (${to})`, { argument: 'from' });
      }
      // Keyset-paged on the statements' newest-first key; a cursor belongs to this edge (any kinds).
      const list = stanceStatementsList(speaker, target);
      const request = keysetWindow({ first, after }, ctx.config.api, list, selects(info, 'totalCount'));
      const kindList = kinds?.length ? [...kinds].sort() : null;
      const links = statementLinksAt(info, ['edges', 'node']);
      const page = await stanceLoader(ctx).load({
        key: JSON.stringify([speaker, target, kindList, from ?? null, to ?? null, request.after, request.limit, request.withCount, links]),
        speaker,
        target,
        kinds: kindList,
        from: from ?? null,
        to: to ?? null,
        ...request,
        links,
      });
      const filter: StatementQuery = { speaker, about: target, kinds: kindList, from, to };
      return { ...keysetConnection(page, list, request, () => countStatements(ctx.db, filter)), filter };
    },
  },
};

async function requiredActor(loaders: ApiContext['loaders'], id: string) {
  const actor = await loadTyped(loaders, 'Actor', id);
  if (!actor) throw apiError('INTERNAL_SERVER_ERROR', `actor ${id} is missing`);
  return actor;
}

/** The resolver map with the network resolvers added, each type's resolvers merged field by field. */
export function withNetworkResolvers(base: Resolvers): Resolvers {
  const merged: Record<string, unknown> = { ...base };
  for (const [type, fields] of Object.entries(networkResolvers)) {
    const existing = merged[type];
    merged[type] = existing && typeof existing === 'object' ? { ...existing, ...fields } : fields;
  }
  return merged;
}
