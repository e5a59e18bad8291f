import {
  GraphQLError, Kind, type ASTVisitor, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode,
  type ValidationContext, type ValueNode,
} from 'graphql';
import type { Config } from '../config.ts';
import { NETWORK_DEFAULT_NODES, NETWORK_MAX_NODES } from './resolvers/network.ts';

/*
 * Protection against hostile queries, as validation rules: a query deeper than the maximum
 * depth, or whose estimated cost (fields times the page sizes that multiply them) is over the
 * maximum, is rejected before anything runs. Errors carry `queryLimit`; formatError reports
 * them as QUERY_TOO_COMPLEX.
 */

type Fragments = Map<string, FragmentDefinitionNode>;

function fragmentsOf(context: ValidationContext): Fragments {
  const map: Fragments = new Map();
  for (const def of context.getDocument().definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) map.set(def.name.value, def);
  }
  return map;
}

/** Fields of a selection set with fragments inlined (cycles are GraphQL's own validation error). */
function fieldsOf(set: SelectionSetNode | undefined, fragments: Fragments, seen = new Set<string>()): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, fragments, seen);
    if (seen.has(selection.name.value)) return [];
    const fragment = fragments.get(selection.name.value);
    return fragment ? fieldsOf(fragment.selectionSet, fragments, new Set([...seen, selection.name.value])) : [];
  });
}

const isIntrospection = (field: FieldNode) => field.name.value.startsWith('__');

function depthOf(set: SelectionSetNode | undefined, fragments: Fragments): number {
  const fields = fieldsOf(set, fragments).filter((f) => !isIntrospection(f));
  return fields.reduce((max, field) => Math.max(max, field.selectionSet ? 1 + depthOf(field.selectionSet, fragments) : 1), 0);
}

export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet, fragmentsOf(context));
      if (depth > maxDepth) {
        context.reportError(new GraphQLError(
          `query depth ${depth} exceeds the maximum of ${maxDepth}`,
          { nodes: [operation], extensions: { queryLimit: 'depth', depth, maximum: maxDepth } },
        ));
      }
    },
  });
}

/** Fields that return many items, and the argument that bounds how many (absent: the default). */
const SIZE_ARGUMENTS = ['first', 'limit'];

function intArgument(value: ValueNode | undefined): number | null {
  return value?.kind === Kind.INT ? Number(value.value) : null;
}

function costOf(set: SelectionSetNode | undefined, fragments: Fragments, api: Config['api']): number {
  let total = 0;
  for (const field of fieldsOf(set, fragments)) {
    if (isIntrospection(field)) continue;
    const sizeArg = field.arguments?.find((a) => SIZE_ARGUMENTS.includes(a.name.value));
    // A connection or list argument multiplies everything below it; a variable counts as the maximum.
    let multiplier = 1;
    if (field.name.value === 'actorNetwork') multiplier = networkLimit(field);
    else if (sizeArg) multiplier = intArgument(sizeArg.value) ?? api.maxPageSize;
    else if (field.selectionSet && isPagedName(field.name.value)) multiplier = api.defaultPageSize;
    total += 1 + Math.max(multiplier, 1) * costOf(field.selectionSet, fragments, api);
  }
  return total;
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

/** Fields that page with a default size when no `first` is given. */
const PAGED = new Set([
  'actors', 'statements', 'events', 'sectors', 'articles', 'stanceNetwork', 'contradictions', 'timeline', 'search',
  'mentionedIn', 'addressedBy', 'members', 'participants', 'graph',
]);
const isPagedName = (name: string) => PAGED.has(name);

export function costLimitRule(api: Config['api']) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const cost = costOf(operation.selectionSet, fragmentsOf(context), api);
      if (cost > api.maxQueryCost) {
        context.reportError(new GraphQLError(
          `query cost ${cost} exceeds the maximum of ${api.maxQueryCost}: ask for smaller pages or fewer nested lists`,
          { nodes: [operation], extensions: { queryLimit: 'cost', cost, maximum: api.maxQueryCost } },
        ));
      }
    },
  });
}

export function queryLimitRules(api: Config['api']) {
  return [depthLimitRule(api.maxQueryDepth), costLimitRule(api)];
}
