import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badInput } from './errors.ts';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !DATE.test(value)) {
    throw badInput(`a Date is YYYY-MM-DD, YYYY-MM or YYYY; got ${JSON.stringify(value)}`);
  }
  return value;
}

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; stored datetimes are served as they are. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Calendar date, `YYYY-MM-DD`, or a coarser `YYYY-MM` / `YYYY` when only that is known.',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

function literal(ast: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.ENUM:
      return ast.value;
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((v) => literal(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
  }
}

/** Any JSON value (node and relationship properties in `graph`). */
export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Any JSON value: a map of node or relationship properties in `graph`.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literal,
});
