import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { NETWORK_DEFAULT_NODES, NETWORK_MAX_NODES } from './resolvers/network.ts';
import { GRAPH_DEFAULT_LIMIT, GRAPH_MAX_LIMIT } from './resolvers.ts';
import type { Config } from '../config.ts';
import type { ApolloServerPlugin } from '@apollo/server';

/*
 * Protection against hostile queries, as validation rules that run before anything touches the
 * database (OWASP GraphQL Cheat Sheet): depth, aliases and directives through graphql-armor,
 * root fields and a cost model of our own (armor's cost counts output nodes; what hurts here is
 * database work), and a token cap in the parser (Apollo's `parseOptions.maxTokens`). Every
 * refusal carries `queryLimit` (which limit), `maximum` and `found`; formatError reports it as
 * QUERY_TOO_COMPLEX with HTTP 400.
 */

export type QueryLimit = 'depth' | 'aliases' | 'directives' | 'rootFields' | 'cost';

function limitError(kind: QueryLimit, message: string, found: number, maximum: number, node?: OperationDefinitionNode): GraphQLError {
  return new GraphQLError(message, { nodes: node ? [node] : undefined, extensions: { queryLimit: kind, found, maximum } });
}

/**
 * Fields that scan or aggregate the graph (or a whole neighbourhood, or the full-text index)
 * cost this much each, whatever they return: many aliased `stanceNetwork { totalCount }`
 * must not pass as "a thousand small fields".
 */
export const SCAN_COST = 2500;
/** Counting a list: often the count store, but for filtered lists a scan of what matches. */
export const COUNT_COST = 10;
/** Article.text is up to QAWL_MAX_ARTICLE_CHARS (5 Mi) characters per copy. */
export const ARTICLE_TEXT_COST = 500;

/** Fixed costs by `Type.field`, then by field name on any type. */
const FIELD_COSTS: Record<string, number> = {
  'Query.whoSaidWhatAbout': SCAN_COST,
  'Query.stanceNetwork': SCAN_COST,
  'Query.contradictions': SCAN_COST,
  'Query.actorNetwork': SCAN_COST,
  'Query.shortestPath': SCAN_COST,
  'Query.graph': SCAN_COST,
  'Query.search': SCAN_COST,
  'Article.text': ARTICLE_TEXT_COST,
};
const FIELD_NAME_COSTS: Record<string, number> = {
  aggregate: SCAN_COST,
  totalCount: COUNT_COST,
};

/**
 * Lists that take no size argument and are not connections, with how many items they may hold:
 * whoSaidWhatAbout returns every speaker and every statement of each (no paging), so they count
 * as full pages.
 */
function unboundedListSize(typeName: string, fieldName: string, api: Config['api']): number | null {
  if (typeName === 'WhoSaidWhat' && fieldName === 'speakers') return api.maxPageSize;
  if (typeName === 'SpeakerStatements' && fieldName === 'statements') return api.maxPageSize;
  return null;
}

type Fragments = Map<string, FragmentDefinitionNode>;

function fragmentsOf(context: ValidationContext): Fragments {
  const map: Fragments = new Map();
  for (const def of context.getDocument().definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) map.set(def.name.value, def);
  }
  return map;
}

interface TypedField {
  node: FieldNode;
  parent: GraphQLNamedType;
}

/** Fields of a selection set with fragments inlined, each with its parent type (cycles are GraphQL's own validation error). */
function fieldsOf(
  set: SelectionSetNode | undefined,
  parent: GraphQLNamedType,
  schema: GraphQLSchema,
  fragments: Fragments,
  seen: ReadonlySet<string> = new Set(),
): TypedField[] {
  if (!set) return [];
  return set.selections.flatMap((selection): TypedField[] => {
    if (selection.kind === Kind.FIELD) return [{ node: selection, parent }];
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? parent) : parent;
      return fieldsOf(selection.selectionSet, type, schema, fragments, seen);
    }
    if (seen.has(selection.name.value)) return [];
    const fragment = fragments.get(selection.name.value);
    if (!fragment) return [];
    const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
    return fieldsOf(fragment.selectionSet, type, schema, fragments, new Set([...seen, selection.name.value]));
  });
}

const isIntrospection = (field: FieldNode) => field.name.value.startsWith('__');

/*
 * Types are inspected by shape, not with graphql's isObjectType/isListType: those check
 * `instanceof`, and graphql 16 ships a CommonJS and an ES module build that a bundler-aware
 * loader (vitest) and Node may load side by side, whose classes are not each other's.
 */
function definitionOf(parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  const withFields = parent as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> };
  return typeof withFields.getFields === 'function' ? withFields.getFields()[name] : undefined;
}

const ofTypeOf = (type: GraphQLType): GraphQLType | undefined => (type as { ofType?: GraphQLType }).ofType;

function namedTypeOf(type: GraphQLType): GraphQLNamedType {
  let current = type;
  for (let inner = ofTypeOf(current); inner; inner = ofTypeOf(current)) current = inner;
  return current as GraphQLNamedType;
}

function intArgument(value: ValueNode | undefined): number | null {
  return value?.kind === Kind.INT ? Number(value.value) : null;
}

/** `actorNetwork`'s node limit sits inside its filter; a variable anywhere in it counts as the maximum. */
function networkLimit(field: FieldNode): number {
  const filter = field.arguments?.find((a) => a.name.value === 'filter')?.value;
  if (!filter) return NETWORK_DEFAULT_NODES;
  if (filter.kind !== Kind.OBJECT) return NETWORK_MAX_NODES;
  const limit = filter.fields.find((f) => f.name.value === 'limit')?.value;
  if (!limit) return NETWORK_DEFAULT_NODES;
  return intArgument(limit) ?? NETWORK_MAX_NODES;
}

/**
 * How many times a field's selection runs: the page size asked (a variable counts as the
 * maximum, since validation cannot see it), the real default when none is asked.
 */
function multiplierOf(
  field: FieldNode,
  parent: GraphQLNamedType,
  definition: GraphQLField<unknown, unknown> | undefined,
  api: Config['api'],
): number {
  const name = field.name.value;
  const given = (arg: string) => field.arguments?.find((a) => a.name.value === arg)?.value;
  if (parent.name === 'Query' && name === 'actorNetwork') return networkLimit(field);
  if (parent.name === 'Query' && name === 'graph') {
    const limit = given('limit');
    return limit ? (intArgument(limit) ?? GRAPH_MAX_LIMIT) : GRAPH_DEFAULT_LIMIT;
  }
  const first = given('first') ?? given('limit');
  if (first) return intArgument(first) ?? api.maxPageSize;
  const fixed = unboundedListSize(parent.name, name, api);
  if (fixed !== null) return fixed;
  if (!definition) return 1;
  const sizeArg = definition.args.find((a) => a.name === 'first' || a.name === 'limit');
  if (sizeArg) return typeof sizeArg.defaultValue === 'number' ? sizeArg.defaultValue : api.defaultPageSize;
  // Plain lists without a size argument are an item's own few links (addressees, about) or the
  // items of a parent already counted by its limit (graph, actorNetwork): they do not multiply.
  return namedTypeOf(definition.type).name.endsWith('Connection') ? api.defaultPageSize : 1;
}

/**
 * The estimated cost of a selection set. A connection's page size multiplies its `edges` (and
 * `nodes`) only: its `totalCount`, `aggregate` and `pageInfo` are computed once per connection.
 * Other multiplied fields (search hits, graph and network limits, whoSaidWhatAbout's groups)
 * multiply all they select.
 */
export function costOf(
  set: SelectionSetNode | undefined,
  parent: GraphQLNamedType,
  schema: GraphQLSchema,
  fragments: Fragments,
  api: Config['api'],
  pageSize = 1,
): number {
  let total = 0;
  for (const { node, parent: owner } of fieldsOf(set, parent, schema, fragments)) {
    if (isIntrospection(node)) continue;
    const name = node.name.value;
    const definition = definitionOf(owner, name);
    const own = FIELD_COSTS[`${owner.name}.${name}`] ?? FIELD_NAME_COSTS[name] ?? 1;
    const child = definition ? namedTypeOf(definition.type) : owner;
    const multiplier = Math.max(multiplierOf(node, owner, definition, api), 1);
    const isConnection = child.name.endsWith('Connection');
    const below = node.selectionSet
      ? costOf(node.selectionSet, child, schema, fragments, api, isConnection ? multiplier : 1) * (isConnection ? 1 : multiplier)
      : 0;
    const items = pageSize > 1 && (name === 'edges' || name === 'nodes') ? pageSize : 1;
    total += items * (own + below);
  }
  return total;
}

function rootTypeOf(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLNamedType | null | undefined {
  if (operation.operation === 'mutation') return schema.getMutationType();
  if (operation.operation === 'subscription') return schema.getSubscriptionType();
  return schema.getQueryType();
}

export function costLimitRule(api: Config['api']): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root = rootTypeOf(schema, operation);
      if (!root) return;
      const cost = costOf(operation.selectionSet, root, schema, fragmentsOf(context), api);
      if (cost > api.maxQueryCost) {
        context.reportError(
          limitError(
            'cost',
            `query cost ${cost} exceeds the maximum of ${api.maxQueryCost}: ask for smaller pages, fewer nested lists or fewer whole-graph fields`,
            cost,
            api.maxQueryCost,
            operation,
          ),
        );
      }
    },
  });
}

/** Each root field is its own database round trip; a long list of them is a batch in disguise. */
export function rootFieldsRule(api: Config['api']): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root = rootTypeOf(schema, operation);
      if (!root) return;
      const count = fieldsOf(operation.selectionSet, root, schema, fragmentsOf(context)).filter((f) => !isIntrospection(f.node)).length;
      if (count > api.maxRootFields) {
        context.reportError(
          limitError('rootFields', `${count} root fields exceed the maximum of ${api.maxRootFields}`, count, api.maxRootFields, operation),
        );
      }
    },
  });
}

/** graphql-armor's message ends in "found N"; our own message and extensions replace its generic one. */
function armorRejection(kind: QueryLimit, what: string, maximum: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = Number(/found (\d+)/.exec(error.message)?.[1] ?? NaN);
    context?.reportError(
      limitError(kind, `query ${what} ${Number.isNaN(found) ? '' : `${found} `}exceeds the maximum of ${maximum}`, found, maximum),
    );
  };
}

export interface QueryProtection {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
}

/**
 * The rules for ApolloServer's `validationRules` and plugins (armor's field-suggestion masking
 * outside development, so "Did you mean …" does not map the schema for someone who may not
 * introspect it). Tokens are capped by the parser instead of armor's plugin, whose rejection
 * would surface as a 500.
 */
export function queryProtection(api: Config['api']): QueryProtection {
  const armor = new ApolloArmor({
    maxDepth: {
      n: api.maxQueryDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [armorRejection('depth', 'depth', api.maxQueryDepth)],
    },
    maxAliases: {
      n: api.maxAliases,
      propagateOnRejection: false,
      onReject: [armorRejection('aliases', 'aliases', api.maxAliases)],
    },
    maxDirectives: {
      n: api.maxDirectives,
      propagateOnRejection: false,
      onReject: [armorRejection('directives', 'directives', api.maxDirectives)],
    },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !api.exposeInternals },
  }).protect();
  return {
    validationRules: [...armor.validationRules, rootFieldsRule(api), costLimitRule(api)],
    plugins: armor.plugins as ApolloServerPlugin[],
  };
}
