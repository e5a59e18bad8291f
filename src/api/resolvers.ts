import { listActors } from '../db/queries/actors.ts';
import { speakerStatementsAbout, stanceNetwork, whoSaidWhatAbout, type SpeakerGroupsRequest } from '../db/queries/analysis.ts';
import { listArticles, listSectors, neo4jVersion } from '../db/queries/articles.ts';
import { listEvents, timeline } from '../db/queries/events.ts';
import { graphView } from '../db/queries/graph.ts';
import { listsStatements, nodeWithPages, type Relation, type RelationItems } from '../db/queries/nodes.ts';
import { search, type SearchType } from '../db/queries/search.ts';
import { countStatements, listContradictions, listStatements, type StatementOrder, type StatementQuery } from '../db/queries/statements.ts';
import { apiError, badInput } from './errors.ts';
import { loadManyTyped, loadRelated, loadTyped, primeRelated } from './loaders.ts';
import {
  argumentsAt,
  keysetConnection,
  keysetList,
  keysetWindow,
  listName,
  selects,
  statementFieldsAt,
  statementLinksAt,
  totalCountOf,
  type PageArgs,
} from './pagination.ts';
import { connectionFilterOf, withNetworkResolvers } from './resolvers/network.ts';
import { DateScalar, DateTimeScalar, JSONScalar, PartialDateScalar } from './scalars.ts';
import type { LoadStatus } from '../db/loader.ts';
import type { StatementAggregateFilter } from '../db/queries/aggregates.ts';
import type { KeysetRequest, StatementLink } from '../db/queries/shared.ts';
import type {
  ActorRecord,
  ConnectionRecord,
  EventRecord,
  KeysetPage,
  NodeRecord,
  SpeakerStatementsRecord,
  StatementConnectionRecord,
  StatementRecord,
} from '../db/records.ts';
import type { LoadStatus as ApiLoadStatus, GraphNodeType, Resolvers } from '../generated/graphql.ts';
import type { Label } from '../graph/model.ts';
import type { ApiContext } from './context.ts';

/*
 * Thin resolvers: validate arguments, call src/db (root fields: one query each; nested fields:
 * the per-request DataLoaders), shape the result.
 */

const ALL_SEARCH_TYPES: SearchType[] = ['STATEMENT', 'ACTOR', 'EVENT', 'PLACE', 'SECTOR', 'ARTICLE'];
/** Longest `search` query accepted. */
const MAX_QUERY_CHARS = 500;
export const GRAPH_DEFAULT_LIMIT = 100;
/** The graph model's label behind each `GraphNodeType`. */
const GRAPH_NODE_LABELS: Record<GraphNodeType, Label> = {
  ACTOR: 'Actor',
  STATEMENT: 'Statement',
  EVENT: 'Event',
  ARTICLE: 'Article',
  PLACE: 'Place',
  SECTOR: 'Sector',
};
export const GRAPH_MAX_LIMIT = 500;

/**
 * A nested connection: one page of `relation` for `owner`, batched across owners, counted with
 * the page only when `totalCount` is selected (else counted if asked after all, e.g. by a
 * field its selection check missed).
 */
async function nested<R extends Relation>(
  relation: R,
  ownerId: string,
  args: PageArgs,
  ctx: ApiContext,
  info: SelectionInfo,
  links?: readonly StatementLink[],
) {
  // A cursor belongs to this owner's list: another owner's (or another relation's) is refused.
  const list = listName(relation, ownerId);
  const request = keysetWindow(args, ctx.config.api, list, selects(info, 'totalCount'));
  const countLater = async () =>
    (await loadRelated(ctx.loaders, relation, ownerId, { after: '', limit: 0, withCount: true }, links)).totalCount ?? 0;
  const connection = keysetConnection(await loadRelated(ctx.loaders, relation, ownerId, request, links), list, request, countLater);
  // The list's filter goes along, so `aggregate` on it counts exactly this list.
  return { ...connection, filter: connectionFilterOf(relation, ownerId) };
}

/** The nested lists of an actor by field name, as `nested` reads them. */
const ACTOR_LISTS = {
  statementsBy: 'Actor.statements',
  statementsAbout: 'Actor.mentionedIn',
  statementsAddressedTo: 'Actor.addressedBy',
  events: 'Actor.events',
  members: 'Actor.members',
  articles: 'Actor.articles',
} as const satisfies Record<string, Relation>;

/**
 * The nested lists of `lists` selected below the field being resolved, each with the page its
 * own resolver will ask (`nested`: same window, same links), so a root field can read them with
 * their owner. A list selected more than once (aliases) or with bad arguments is left to its
 * resolver, which reads it (or refuses the arguments) on its own.
 */
function firstPagesAt(
  info: Parameters<typeof argumentsAt>[0] & StatementListInfo,
  ctx: ApiContext,
  ownerId: string,
  lists: Record<string, Relation>,
): { relation: Relation; request: KeysetRequest; links: StatementLink[] | undefined }[] {
  return Object.entries(lists).flatMap(([field, relation]) => {
    const args = argumentsAt(info, [field]);
    if (args.length !== 1) return [];
    try {
      // Counted only when the list's totalCount is selected: the same window `nested` asks for.
      const withCount = argumentsAt(info, [field, 'totalCount']).length > 0;
      const request = keysetWindow(args[0] as PageArgs, ctx.config.api, listName(relation, ownerId), withCount);
      const links = listsStatements(relation) ? statementLinksAt(info, [field, 'edges', 'node']) : undefined;
      return [{ relation, request, links }];
    } catch {
      return [];
    }
  });
}

/** A nested list of statements, carrying the statement filter that means the same list. */
async function nestedStatements(
  relation: StatementRelation,
  ownerId: string,
  filter: StatementAggregateFilter,
  args: PageArgs,
  ctx: ApiContext,
  info: StatementListInfo,
): Promise<StatementConnectionRecord> {
  return { ...(await nested(relation, ownerId, args, ctx, info, statementLinksAt(info, ['edges', 'node']))), filter };
}

type StatementListInfo = Parameters<typeof statementLinksAt>[0];
type SelectionInfo = Parameters<typeof selects>[0];

/**
 * A statement with the ids of all its links: itself when it came in the by-id shape, else the
 * same statement through the per-request by-id loader (a list fetched only the selected links;
 * this is the fallback for a link resolved without being fetched).
 */
async function withLinkIds(s: StatementRecord, ctx: ApiContext): Promise<StatementRecord> {
  if (s.addresseeIds !== undefined) return s;
  return (await loadTyped(ctx.loaders, 'Statement', s.id)) ?? s;
}

/**
 * An actor or event with the ids of its links: itself when it came in the by-id shape (`probe`
 * is present), else the same node through the per-request by-id loader (lists and links read
 * a node's own fields only).
 */
async function withLinks<R extends ActorRecord | EventRecord>(node: R, probe: keyof R, ctx: ApiContext): Promise<R> {
  if (node[probe] !== undefined) return node;
  const full = await ctx.loaders.node.load(node.id);
  // The by-id shape of the same node: same id, same type.
  return full && full.nodeType === node.nodeType ? (full as R) : node;
}

/**
 * One optional link of a statement (reportedBy, denies, answers, event): as the list fetched it
 * (null when the statement has none), else loaded by its id from the by-id shape.
 */
async function linkOf<T extends NodeRecord['nodeType']>(
  s: StatementRecord,
  fetched: Extract<NodeRecord, { nodeType: T }> | null | undefined,
  type: T,
  idOf: (full: StatementRecord) => string | null | undefined,
  ctx: ApiContext,
): Promise<Extract<NodeRecord, { nodeType: T }> | null> {
  if (fetched !== undefined) return fetched;
  const id = idOf(await withLinkIds(s, ctx));
  return id ? loadTyped(ctx.loaders, type, id) : null;
}

/** The cursor namespace of whoSaidWhatAbout's speaker groups: one subject's, in one date range. */
const speakersList = (aboutId: string, from: string | null | undefined, to: string | null | undefined) =>
  listName('whoSaidWhatAbout.speakers', aboutId, from, to);

/** The cursor namespace of one speaker group's statements: one speaker about one subject, in one date range. */
const groupStatementsList = (group: SpeakerStatementsRecord) =>
  listName('SpeakerStatements.statements', group.speaker.id, group.aboutId, group.from, group.to);

/**
 * How many statements to fetch with each speaker group: the largest first page any selection
 * of the groups' `statements` asks for (bad arguments are left for its resolver to refuse).
 */
function groupStatementsToFetch(info: Parameters<typeof argumentsAt>[0], path: readonly string[], ctx: ApiContext): number {
  const { defaultPageSize, maxPageSize } = ctx.config.api;
  return Math.max(
    0,
    ...argumentsAt(info, path).map((args) => {
      const first = (args as PageArgs).first ?? defaultPageSize;
      return Number.isInteger(first) && first >= 0 ? Math.min(first, maxPageSize) : 0;
    }),
  );
}

type StatementRelation = { [R in Relation]: RelationItems[R] extends StatementRecord ? R : never }[Relation];

const LOAD_STATUS: Record<LoadStatus, ApiLoadStatus> = { loaded: 'LOADED', unchanged: 'UNCHANGED', replaced: 'REPLACED' };

/** The API's `{field, direction}` order as the query layer's order. */
const statementOrder = (orderBy: { direction?: 'ASC' | 'DESC' | null } | null | undefined): StatementOrder =>
  orderBy?.direction === 'ASC' ? 'OLDEST_FIRST' : 'NEWEST_FIRST';

/** Connection totalCount: fetched with the page when selected, counted on demand otherwise. */
const totalCount = { totalCount: (connection: ConnectionRecord<unknown>) => totalCountOf(connection) };

/** Rejects an empty or whitespace-only string argument. */
function nonBlank(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (!trimmed) throw badInput(`\`${argument}\` must not be empty`, { argument });
  return trimmed;
}

function checkRange(from: string | null | undefined, to: string | null | undefined, argument: string): void {
  if (from && to && from.slice(0, to.length) > to) {
    throw badInput(`\`${argument}.from\` (${from}) is after \`${argument}.to\` (${to})`, { argument });
  }
}

async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const found = await value;
  if (found === null) throw apiError('INTERNAL_SERVER_ERROR', `${what} is missing`);
  return found;
}

export const resolvers: Resolvers = withNetworkResolvers({
  Date: DateScalar,
  PartialDate: PartialDateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,

  Node: { __resolveType: (node) => node.nodeType },
  Subject: { __resolveType: (node) => node.nodeType },
  SearchResult: { __resolveType: (node) => node.nodeType },

  Query: {
    // The version helps whoever runs the server, and an attacker choosing exploits: development only.
    health: async (_root, _args, { db, config }) => ({
      status: 'ok',
      neo4jVersion: config.api.exposeInternals ? await neo4jVersion(db) : null,
    }),
    node: (_root, { id }, { loaders }) => loaders.node.load(id),
    nodes: async (_root, { ids }, { loaders, config }) => {
      if (ids.length > config.api.maxPageSize) {
        throw badInput(`\`ids\` has ${ids.length} ids, at most ${config.api.maxPageSize} are accepted`, {
          argument: 'ids',
          maximum: config.api.maxPageSize,
        });
      }
      const nodes = await loaders.node.loadMany(ids);
      return nodes.map((n) => (n instanceof Error ? null : n));
    },
    actor: async (_root, { id }, ctx, info) => {
      const lists = firstPagesAt(info, ctx, id, ACTOR_LISTS);
      if (!lists.length) return loadTyped(ctx.loaders, 'Actor', id);
      // The actor and the first pages of its selected lists in one query; the lists' resolvers find them primed.
      const { node, pages } = await nodeWithPages(
        ctx.db,
        'Actor',
        id,
        lists.map(({ relation, request, links }) => ({ relation, ...request, links })),
      );
      if (node?.nodeType !== 'Actor') return null;
      ctx.loaders.node.prime(id, node);
      lists.forEach(({ relation, request, links }, i) => primeRelated(ctx.loaders, relation, id, request, links, pages[i]!));
      return node;
    },
    statement: (_root, { id }, { loaders }) => loadTyped(loaders, 'Statement', id),
    event: (_root, { id }, { loaders }) => loadTyped(loaders, 'Event', id),
    place: (_root, { id }, { loaders }) => loadTyped(loaders, 'Place', id),
    sector: (_root, { id }, { loaders }) => loadTyped(loaders, 'Sector', id),
    article: (_root, { id }, { loaders }) => loadTyped(loaders, 'Article', id),

    actors: (_root, { filter, first, after }, ctx, info) => {
      const name = nonBlank(filter?.name, 'filter.name');
      const query = { kinds: filter?.kinds?.length ? [...new Set(filter.kinds)].sort() : null, name };
      return keysetList(listName('actors', query), { first, after }, ctx, info, (request) => listActors(ctx.db, query, request));
    },

    statements: async (_root, { filter, orderBy, first, after }, ctx, info) => {
      const order = statementOrder(orderBy);
      checkRange(filter?.from, filter?.to, 'filter');
      const text = nonBlank(filter?.text, 'filter.text');
      const query: StatementQuery = {
        speaker: filter?.speaker,
        about: filter?.about,
        addressee: filter?.addressee,
        kinds: filter?.kinds,
        direct: filter?.direct,
        article: filter?.article,
        from: filter?.from,
        to: filter?.to,
        text,
      };
      const page = await keysetList(
        listName('statements', order, query),
        { first, after },
        ctx,
        info,
        (request) => listStatements(ctx.db, query, order, request, statementLinksAt(info, ['edges', 'node'])),
        () => countStatements(ctx.db, query),
      );
      // The connection carries its filter, so `aggregate` counts exactly this list.
      return { ...page, filter: query };
    },

    whoSaidWhatAbout: (_root, { about, from, to }, ctx, info) => {
      checkRange(from, to, 'from');
      // The first page of speaker groups comes in the same query when its window can be read
      // from the selection; other windows (aliases, bad arguments) are fetched by `speakers`.
      const [args] = argumentsAt(info, ['speakers']);
      let page: SpeakerGroupsRequest | null = null;
      if (args) {
        try {
          const { after, limit } = keysetWindow(args, ctx.config.api, speakersList(about, from, to), false);
          page = {
            after,
            limit,
            withCount: argumentsAt(info, ['speakers', 'totalCount']).length > 0,
            statements: groupStatementsToFetch(info, ['speakers', 'edges', 'node', 'statements'], ctx),
            links: statementLinksAt(info, ['speakers', 'edges', 'node', 'statements', 'edges', 'node']),
          };
        } catch {
          page = null;
        }
      }
      return whoSaidWhatAbout(ctx.db, about, { from, to, totalCount: selects(info, 'totalCount'), page });
    },

    stanceNetwork: (_root, { kinds, minCount, from, to, first, after }, ctx, info) => {
      const min = minCount ?? 1;
      if (!Number.isInteger(min) || min < 1) throw badInput('`minCount` must be a positive integer', { argument: 'minCount' });
      checkRange(from, to, 'from');
      return keysetList(listName('stanceNetwork', kinds, min, from, to), { first, after }, ctx, info, (request) =>
        stanceNetwork(ctx.db, kinds ?? null, min, request, { from, to }),
      );
    },

    denials: (_root, { actor, from, to, first, after }, ctx, info) => {
      checkRange(from, to, 'from');
      return keysetList(listName('denials', actor, from, to), { first, after }, ctx, info, (request) =>
        // Each side fetches the links selected on it (the rest resolve through the by-id loader).
        listContradictions(
          ctx.db,
          actor ?? null,
          request,
          { from, to },
          { denial: statementLinksAt(info, ['edges', 'node', 'denial']), denied: statementLinksAt(info, ['edges', 'node', 'denied']) },
        ),
      );
    },

    events: async (_root, { filter, first, after }, ctx, info) => {
      checkRange(filter?.from, filter?.to, 'filter');
      const query = { kinds: filter?.kinds, participants: filter?.participants, place: filter?.place, from: filter?.from, to: filter?.to };
      return {
        ...(await keysetList(listName('events', query), { first, after }, ctx, info, (request) => listEvents(ctx.db, query, request))),
        filter: query,
      };
    },

    timeline: (_root, { actor, from, to, first, after }, ctx, info) => {
      checkRange(from, to, 'from');
      return keysetList(listName('timeline', actor, from, to), { first, after }, ctx, info, (request) =>
        timeline(ctx.db, actor, request, { from, to }, statementLinksAt(info, ['edges', 'node', 'statement'])),
      );
    },

    sectors: (_root, { first, after }, ctx, info) =>
      keysetList('sectors', { first, after }, ctx, info, (request) => listSectors(ctx.db, request)),

    articles: async (_root, { first, after }, ctx, info) => ({
      ...(await keysetList('articles', { first, after }, ctx, info, (request) => listArticles(ctx.db, request))),
      filter: {},
    }),

    search: (_root, { query, types, first, after }, ctx, info) => {
      const words = nonBlank(query, 'query')!;
      if (words.length > MAX_QUERY_CHARS) throw badInput(`\`query\` is longer than ${MAX_QUERY_CHARS} characters`, { argument: 'query' });
      const kinds = types?.length ? [...new Set(types)].sort() : ALL_SEARCH_TYPES;
      return keysetList(listName('search', words, kinds), { first, after }, ctx, info, (request) =>
        // A statement hit reads only the properties its selection shows (a lean projection).
        search(ctx.db, words, kinds, request, statementLinksAt(info, ['edges', 'node']), statementFieldsAt(info, ['edges', 'node'])),
      );
    },

    graph: async (_root, { center, depth, limit, nodeTypes, edgeTypes }, { db }, info) => {
      const d = depth ?? 1;
      if (d !== 1 && d !== 2 && d !== 3) throw badInput('`depth` must be 1, 2 or 3', { argument: 'depth' });
      const max = limit ?? GRAPH_DEFAULT_LIMIT;
      if (!Number.isInteger(max) || max < 1 || max > GRAPH_MAX_LIMIT) {
        throw badInput(`\`limit\` must be between 1 and ${GRAPH_MAX_LIMIT}`, { argument: 'limit', maximum: GRAPH_MAX_LIMIT });
      }
      return graphView(
        db,
        center ?? null,
        d,
        max,
        {
          nodeLabels: nodeTypes ? [...new Set(nodeTypes)].map((type) => GRAPH_NODE_LABELS[type]) : null,
          edgeTypes: edgeTypes ? [...new Set(edgeTypes)] : null,
        },
        // Only the parts of the view selected are read.
        {
          nodeLabel: argumentsAt(info, ['nodes', 'label']).length > 0,
          nodeProperties: argumentsAt(info, ['nodes', 'properties']).length > 0,
          edgeProperties: argumentsAt(info, ['edges', 'properties']).length > 0,
        },
      );
    },
  },

  // The write path (and through it the extractor) is imported on the first mutation, not when the
  // server starts: a server that only answers reads never loads it.
  Mutation: {
    ingestArticle: async (_root, { input }, { db, config, loaders }) => {
      const { ingestArticle } = await import('../ingest/ingest-article.ts');
      const outcome = await ingestArticle(db, input, config.api);
      if (!outcome.ok) return { article: null, status: null, created: null, evictedIds: [], userErrors: outcome.userErrors };
      const { result, evictedIds } = outcome;
      return {
        article: await required(loadTyped(loaders, 'Article', result.articleId), `article ${result.articleId}`),
        status: LOAD_STATUS[result.status],
        created: {
          statements: result.statements,
          actors: result.actors,
          events: result.events,
          nodesCreated: result.nodesCreated,
          relationshipsCreated: result.relationshipsCreated,
        },
        evictedIds,
        userErrors: [],
      };
    },
    deleteArticle: async (_root, { input }, { db }) => {
      const { deleteArticleById } = await import('../ingest/ingest-article.ts');
      const outcome = await deleteArticleById(db, input.id);
      if (!outcome.ok)
        return { deletedArticleId: null, nodesDeleted: 0, relationshipsDeleted: 0, evictedIds: [], userErrors: outcome.userErrors };
      const { removed } = outcome;
      return {
        deletedArticleId: input.id,
        nodesDeleted: removed.nodesDeleted,
        relationshipsDeleted: removed.relationshipsDeleted,
        evictedIds: removed.evictedIds,
        userErrors: [],
      };
    },
  },

  StatementConnection: totalCount,
  ActorConnection: totalCount,
  EventConnection: totalCount,
  ArticleConnection: totalCount,
  SectorConnection: totalCount,
  StanceConnection: totalCount,
  DenialConnection: totalCount,
  SearchConnection: totalCount,
  SpeakerStatementsConnection: totalCount,
  SearchEdge: { node: (edge) => edge.node.node, score: (edge) => edge.node.score, type: (edge) => edge.node.type },

  WhoSaidWhat: {
    totalCount: async (w, _args, { db }) =>
      w.totalCount ?? (await whoSaidWhatAbout(db, w.about.id, { from: w.from, to: w.to, totalCount: true, page: null }))?.totalCount ?? 0,
    speakers: async (w, args, ctx, info) => {
      const range = { from: w.from, to: w.to };
      const list = speakersList(w.about.id, w.from, w.to);
      const request = keysetWindow(args, ctx.config.api, list, selects(info, 'totalCount'));
      const fetchPage = async (page: SpeakerGroupsRequest) =>
        (await whoSaidWhatAbout(ctx.db, w.about.id, { ...range, totalCount: false, page }))?.speakers ?? null;
      let page = w.speakers;
      if (!page || page.after !== request.after || page.limit !== request.limit) {
        page = await fetchPage({
          after: request.after,
          limit: request.limit,
          withCount: request.withCount,
          statements: groupStatementsToFetch(info, ['edges', 'node', 'statements'], ctx),
          links: statementLinksAt(info, ['edges', 'node', 'statements', 'edges', 'node']),
        });
      }
      const groups = (page?.groups ?? []).map((group) => ({ ...group, aboutId: w.about.id, aboutType: w.about.nodeType, ...range }));
      return keysetConnection(
        { items: groups, keys: page?.keys ?? [], hasMore: page?.hasMore ?? false, totalCount: page ? page.totalCount : 0 },
        list,
        request,
        async () => (await fetchPage({ after: '', limit: 0, withCount: true, statements: 0 }))?.totalCount ?? 0,
      );
    },
  },

  SpeakerStatements: {
    statements: async (group, args, ctx, info) => {
      const list = groupStatementsList(group);
      const request = keysetWindow(args, ctx.config.api, list, false);
      const fetched = group.statements;
      // The group came with its first statements (all of them when `complete`); a page past
      // them is read on its own.
      const complete = fetched.length >= group.count || !group.aboutId;
      let page: KeysetPage<StatementRecord>;
      if (complete || (request.after === '' && request.limit <= fetched.length)) {
        const rest = fetched.flatMap((node, i) =>
          group.statementKeys[i]! > request.after ? [{ node, key: group.statementKeys[i]! }] : [],
        );
        page = {
          items: rest.slice(0, request.limit).map((r) => r.node),
          keys: rest.slice(0, request.limit).map((r) => r.key),
          hasMore: complete ? rest.length > request.limit : group.count > request.limit,
          totalCount: group.count,
        };
      } else {
        const range = { from: group.from, to: group.to };
        page = {
          ...(await speakerStatementsAbout(
            ctx.db,
            group.speaker.id,
            { id: group.aboutId!, nodeType: group.aboutType ?? '' },
            range,
            request,
            statementLinksAt(info, ['edges', 'node']),
          )),
          totalCount: group.count,
        };
      }
      return {
        ...keysetConnection(page, list, request),
        filter: group.aboutId ? { speaker: group.speaker.id, about: group.aboutId } : undefined,
      };
    },
  },
  TimelineConnection: totalCount,

  Actor: {
    displayName: (actor) => actor.name,
    statementsBy: (actor, args, ctx, info) => nestedStatements('Actor.statements', actor.id, { speaker: actor.id }, args, ctx, info),
    statementsAbout: (actor, args, ctx, info) => nestedStatements('Actor.mentionedIn', actor.id, { about: actor.id }, args, ctx, info),
    statementsAddressedTo: (actor, args, ctx, info) =>
      nestedStatements('Actor.addressedBy', actor.id, { addressee: actor.id }, args, ctx, info),
    events: (actor, args, ctx, info) => nested('Actor.events', actor.id, args, ctx, info),
    members: (actor, args, ctx, info) => nested('Actor.members', actor.id, args, ctx, info),
    articles: (actor, args, ctx, info) => nested('Actor.articles', actor.id, args, ctx, info),
    partOf: async (actor, _args, ctx) => loadManyTyped(ctx.loaders, 'Actor', (await withLinks(actor, 'partOfIds', ctx)).partOfIds ?? []),
    basedIn: async (actor, _args, ctx) =>
      loadManyTyped(ctx.loaders, 'Place', [...((await withLinks(actor, 'basedInIds', ctx)).basedInIds ?? [])].sort()),
  },

  Statement: {
    speaker: async (s, _args, ctx) => {
      if (s.speaker) return s.speaker;
      const speakerId = s.speakerId ?? (await withLinkIds(s, ctx)).speakerId;
      return required(speakerId ? loadTyped(ctx.loaders, 'Actor', speakerId) : Promise.resolve(null), `speaker of ${s.id}`);
    },
    article: (s, _args, { loaders }) => s.article ?? required(loadTyped(loaders, 'Article', s.articleId), `article of ${s.id}`),
    addressees: async (s, _args, ctx) =>
      s.addressees ?? loadManyTyped(ctx.loaders, 'Actor', (await withLinkIds(s, ctx)).addresseeIds ?? []),
    about: async (s, _args, ctx) => {
      if (s.about) return s.about;
      const nodes = await ctx.loaders.node.loadMany((await withLinkIds(s, ctx)).aboutIds ?? []);
      return nodes.filter(
        (n): n is Extract<NodeRecord, { nodeType: 'Actor' | 'Event' | 'Sector' | 'Place' }> =>
          n !== null && !(n instanceof Error) && ['Actor', 'Event', 'Sector', 'Place'].includes(n.nodeType),
      );
    },
    reportedBy: (s, _args, ctx) => linkOf(s, s.reportedBy, 'Actor', (full) => full.reportedById, ctx),
    denies: (s, _args, ctx) => linkOf(s, s.denies, 'Statement', (full) => full.deniesId, ctx),
    deniedBy: (s, args, ctx, info) => nestedStatements('Statement.deniedBy', s.id, { denies: s.id }, args, ctx, info),
    answers: (s, _args, ctx) => linkOf(s, s.answers, 'Statement', (full) => full.answersId, ctx),
    answeredBy: (s, args, ctx, info) => nestedStatements('Statement.answeredBy', s.id, { answers: s.id }, args, ctx, info),
    event: (s, _args, ctx) => linkOf(s, s.event, 'Event', (full) => full.eventId, ctx),
    implicit: (s) => s.implicit ?? false,
    evidence: (s) => ({
      sentence: s.sentence,
      start: s.start,
      end: s.end,
      // Statements loaded before the sentence offsets were stored: the content is inside its sentence.
      sentenceStart: s.sentenceStart,
      sentenceEnd: s.sentenceEnd,
      cueStart: s.cueStart ?? null,
      cueEnd: s.cueEnd ?? null,
    }),
  },

  Event: {
    displayName: (e) => e.label,
    place: async (e, _args, ctx) => {
      const { placeId } = await withLinks(e, 'placeId', ctx);
      return placeId ? loadTyped(ctx.loaders, 'Place', placeId) : null;
    },
    participants: (e, args, ctx, info) => nested('Event.participants', e.id, args, ctx, info),
    statementsAbout: (e, args, ctx, info) => nestedStatements('Event.statements', e.id, { event: e.id }, args, ctx, info),
    follows: async (e, _args, ctx) => loadManyTyped(ctx.loaders, 'Event', (await withLinks(e, 'followsIds', ctx)).followsIds ?? []),
    followedBy: async (e, _args, ctx) =>
      loadManyTyped(ctx.loaders, 'Event', (await withLinks(e, 'followedByIds', ctx)).followedByIds ?? []),
    affects: async (e, _args, ctx) => loadManyTyped(ctx.loaders, 'Sector', (await withLinks(e, 'affectsIds', ctx)).affectsIds ?? []),
  },

  Place: {
    displayName: (p) => p.name,
    events: (p, args, ctx, info) => nested('Place.events', p.id, args, ctx, info),
    statementsAbout: (p, args, ctx, info) => nestedStatements('Place.statements', p.id, { about: p.id }, args, ctx, info),
  },

  Sector: {
    displayName: (s) => s.name,
    statementsAbout: (s, args, ctx, info) => nestedStatements('Sector.statements', s.id, { about: s.id }, args, ctx, info),
    events: (s, args, ctx, info) => nested('Sector.events', s.id, args, ctx, info),
  },

  Article: {
    statements: (a, args, ctx, info) => nestedStatements('Article.statements', a.id, { article: a.id }, args, ctx, info),
    actors: (a, args, ctx, info) => nested('Article.actors', a.id, args, ctx, info),
    events: (a, args, ctx, info) => nested('Article.events', a.id, args, ctx, info),
  },
});
