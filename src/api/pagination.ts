import { createHash } from 'node:crypto';
import { valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { STATEMENT_LINKS, type KeysetRequest, type StatementField, type StatementLink } from '../db/queries/shared.ts';
import { NODES } from '../graph/model.ts';
import { badInput } from './errors.ts';
import type { Config } from '../config.ts';
import type { ConnectionRecord, KeysetPage } from '../db/records.ts';

/*
 * Cursors are opaque to clients. Underneath, each names its list (with its filter and order)
 * and a position in it: the sort key of the item (the next page is `key > cursor`, keyset
 * pagination), so a page means the same place in the list whatever is ingested meanwhile.
 * Every list is keyset-paged; a cursor from another list, or not from the API at all (an old
 * numeric position among them), is BAD_USER_INPUT.
 */
type CursorValue = string | number;

export function encodeCursor(list: string, value: CursorValue): string {
  return Buffer.from(JSON.stringify([list, value]), 'utf8').toString('base64url');
}

function invalidCursor(cursor: string, reason: string): never {
  throw badInput(`invalid cursor "${cursor}": ${reason}; pass a cursor from a previous page's edges or pageInfo of the same list`, {
    argument: 'after',
  });
}

export function decodeCursor(cursor: string, list: string): CursorValue {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    invalidCursor(cursor, 'not a cursor');
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== 2 ||
    typeof decoded[0] !== 'string' ||
    (typeof decoded[1] !== 'string' && typeof decoded[1] !== 'number') ||
    encodeCursor(decoded[0], decoded[1]) !== cursor
  ) {
    invalidCursor(cursor, 'not a cursor');
  }
  const [from, value] = decoded as [string, CursorValue];
  if (from !== list) invalidCursor(cursor, `it belongs to another list (${from})`);
  return value;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

function pageSize(args: PageArgs, api: Config['api']): number {
  const limit = args.first ?? api.defaultPageSize;
  if (!Number.isInteger(limit) || limit < 0) throw badInput('`first` must be a non-negative integer', { argument: 'first' });
  if (limit > api.maxPageSize) {
    throw badInput(`\`first\` is ${limit}, the maximum page size is ${api.maxPageSize}`, { argument: 'first', maximum: api.maxPageSize });
  }
  return limit;
}

/** Validates `first`/`after` of a keyset-paged list; `withCount` says whether to count the whole list too. */
export function keysetWindow(args: PageArgs, api: Config['api'], list: string, withCount: boolean): KeysetRequest {
  const limit = pageSize(args, api);
  if (!args.after) return { after: '', limit, withCount };
  const value = decodeCursor(args.after, list);
  if (typeof value !== 'string' || value === '') invalidCursor(args.after, 'not a position in this list');
  return { after: value, limit, withCount };
}

/** A keyset page as a connection; `countLater` counts when the page came without its total. */
export function keysetConnection<T>(
  page: KeysetPage<T>,
  list: string,
  request: KeysetRequest,
  countLater?: () => Promise<number>,
): ConnectionRecord<T> {
  const edges = page.items.map((node, i) => ({ cursor: encodeCursor(list, page.keys[i]!), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasMore,
      hasPreviousPage: request.after !== '',
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
    ...(countLater ? { countLater } : {}),
  };
}

/** The totalCount of a connection: fetched with the page, or counted now. */
export async function totalCountOf(connection: ConnectionRecord<unknown>): Promise<number> {
  if (connection.totalCount !== null) return connection.totalCount;
  if (connection.countLater) return connection.countLater();
  throw new Error('a connection without its totalCount and without a way to count it');
}

/**
 * Whether the field being resolved selects `name` among its direct subfields, through inline
 * fragments and fragment spreads: lets a list skip counting when nobody asked for the count.
 */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  return info.fieldNodes.some((field) => fieldsIn(field.selectionSet, name, info.fragments).length > 0);
}

/** The fields named `name` among the direct subfields of a selection set, through fragments. */
function fieldsIn(set: SelectionSetNode | undefined, name: string, fragments: GraphQLResolveInfo['fragments']): FieldNode[] {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const walk = (s: SelectionSetNode | undefined) => {
    for (const selection of s?.selections ?? []) {
      if (selection.kind === 'Field') {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === 'InlineFragment') walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        walk(fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  walk(set);
  return found;
}

/**
 * The arguments of every selection of the field at `path` below the field being resolved
 * (`['speakers', 'edges', 'node', 'statements']`), variables applied: lets a resolver fetch a
 * nested page in its own query. Empty when the path is not selected. Read from the syntax tree
 * alone (the fields named here take no defaults), without graphql's type checks, which refuse
 * the schema's types across its CommonJS and ES module copies.
 */
export function argumentsAt(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>,
  path: readonly string[],
): Record<string, unknown>[] {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) nodes = nodes.flatMap((node) => fieldsIn(node.selectionSet, name, info.fragments));
  return nodes.map((node) =>
    Object.fromEntries((node.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, info.variableValues)])),
  );
}

/**
 * The link fields of Statement selected at `path` below the field being resolved (`['edges',
 * 'node']` for a statement connection), through fragments: the typed set a statement list
 * query fetches with each statement (queries/shared.ts, statementProjection). A link not
 * listed is not fetched; its resolver loads it if it is asked for after all.
 */
export function statementLinksAt(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): StatementLink[] {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) nodes = nodes.flatMap((node) => fieldsIn(node.selectionSet, name, info.fragments));
  return STATEMENT_LINKS.filter((link) => nodes.some((node) => fieldsIn(node.selectionSet, link, info.fragments).length > 0));
}

/**
 * The record properties of Statement each of its GraphQL fields reads: a scalar field its
 * property of the same name (the model's `api: true`), `evidence` the properties shown as
 * `Evidence.*`; a link its part of the projection (statementLinksAt) and `article`, when the
 * statement has no REPORTED_IN, its articleId; the nested lists the id alone. A field not listed
 * here (one added to the schema later) makes the projection whole.
 */
const STATEMENT_FIELD_PROPERTIES: ReadonlyMap<string, readonly StatementField[]> = (() => {
  const map = new Map<string, StatementField[]>([
    ['__typename', []],
    ['deniedBy', []],
    ['answeredBy', []],
    ...STATEMENT_LINKS.map((link): [string, StatementField[]] => [link, link === 'article' ? ['articleId'] : []]),
  ]);
  for (const [name, spec] of Object.entries(NODES.Statement.properties)) {
    if (!('record' in spec) || !spec.record || !('api' in spec)) continue;
    const field = spec.api === true ? name : spec.api.startsWith('Evidence.') ? 'evidence' : null;
    if (field) map.set(field, [...(map.get(field) ?? []), name as StatementField]);
  }
  return map;
})();

/** The types whose fragments apply to a Statement: itself, its interface and the unions holding it. */
const STATEMENT_CONDITIONS = new Set(['Statement', 'Node', 'SearchResult']);

/**
 * The Statement properties that the selection at `path` below the field being resolved reads
 * (for a lean projection, queries/shared.ts statementProjection), always with `id`; undefined
 * when it selects a field whose needs are not known, so the projection stays whole. Fragments
 * on other types (`... on Actor`) are left out: their fields never resolve on a statement.
 */
export function statementFieldsAt(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: readonly string[],
): StatementField[] | undefined {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) nodes = nodes.flatMap((node) => fieldsIn(node.selectionSet, name, info.fragments));
  const needed = new Set<StatementField>(['id']);
  const seen = new Set<string>();
  let whole = false;
  const walk = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        const properties = STATEMENT_FIELD_PROPERTIES.get(selection.name.value);
        if (properties) properties.forEach((p) => needed.add(p));
        else whole = true;
      } else if (selection.kind === 'InlineFragment') {
        if (!selection.typeCondition || STATEMENT_CONDITIONS.has(selection.typeCondition.name.value)) walk(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment && STATEMENT_CONDITIONS.has(fragment.typeCondition.name.value)) walk(fragment.selectionSet);
      }
    }
  };
  for (const node of nodes) walk(node.selectionSet);
  // Sorted: one query text per set of properties, however the selection orders them.
  return whole ? undefined : [...needed].sort();
}

/** What a list resolver gets: its page arguments, the API limits and the selection it serves. */
interface ListContext {
  config: Pick<Config, 'api'>;
}

/**
 * One keyset-paged list as a connection: validates `first`/`after` against the list's cursor
 * namespace, fetches the page (with its count when `totalCount` is selected) and, when the
 * count could not be fetched with it, counts with the same query later.
 */
export async function keysetList<T>(
  list: string,
  args: PageArgs,
  { config }: ListContext,
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  fetch: (request: KeysetRequest) => Promise<KeysetPage<T>>,
  count: () => Promise<number> = async () => (await fetch({ after: '', limit: 0, withCount: true })).totalCount ?? 0,
): Promise<ConnectionRecord<T>> {
  const request = keysetWindow(args, config.api, list, selects(info, 'totalCount'));
  // A connection asked only for what its filter gives (aggregate, __typename) reads no page.
  const wantsPage = PAGE_FIELDS.some((field) => selects(info, field));
  const page = wantsPage ? await fetch(request) : { items: [], keys: [], hasMore: false, totalCount: null };
  return keysetConnection(page, list, request, count);
}

/** The fields of a connection that its page (or the count fetched with it) answers. */
const PAGE_FIELDS = ['edges', 'pageInfo', 'totalCount'] as const;

/** Hex digits of a filter's fingerprint in a cursor's list name. */
const FINGERPRINT_CHARS = 12;

/**
 * The cursor namespace of a list under one filter and order: a cursor of the same list with
 * another filter is then refused as BAD_USER_INPUT instead of silently starting somewhere else.
 */
export function listName(list: string, ...filter: unknown[]): string {
  const fingerprint = createHash('sha256')
    .update(JSON.stringify(filter, (_key, value: unknown) => value ?? null))
    .digest('hex');
  return `${list}:${fingerprint.slice(0, FINGERPRINT_CHARS)}`;
}
