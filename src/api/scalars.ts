import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badInput } from './errors.ts';

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** RFC 3339: a date, a time (fractions optional) and an offset. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/** Whether year, month (1-12) and day exist in the proleptic Gregorian calendar: 2024-02-30 does not. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCFullYear(year);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The scalar names whose parse errors formatError reports as BAD_USER_INPUT, also for literals. */
export const STRICT_SCALARS = ['Date', 'PartialDate', 'DateTime'] as const;

function parseDate(value: unknown): string {
  const m = typeof value === 'string' ? FULL_DATE.exec(value) : null;
  if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw badInput(`a Date is a calendar date YYYY-MM-DD; got ${JSON.stringify(value)}`);
  }
  return value as string;
}

function parsePartialDate(value: unknown): string {
  const m = typeof value === 'string' ? PARTIAL_DATE.exec(value) : null;
  const valid = m && (!m[2] || isCalendarDate(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1));
  if (!valid) throw badInput(`a PartialDate is YYYY-MM-DD, YYYY-MM or YYYY, each part a real one; got ${JSON.stringify(value)}`);
  return value as string;
}

function parseDateTime(value: unknown): string {
  const m = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  const date = m ? FULL_DATE.exec(m[1]!) : null;
  if (!date || !isCalendarDate(Number(date[1]), Number(date[2]), Number(date[3]))) {
    throw badInput(`a DateTime is RFC 3339, YYYY-MM-DDThh:mm:ss with Z or an offset; got ${JSON.stringify(value)}`);
  }
  return value as string;
}

const stringLiteral = (ast: ValueNode): string | null => (ast.kind === Kind.STRING ? ast.value : null);

/**
 * Stored dates are ISO dates, coarser prefixes or datetimes (an article's publishedAt): served
 * as their date part, as long as one is there.
 */
function servedDate(value: unknown, pattern: RegExp, name: string): string {
  const text = String(value);
  const datePart = /^\d{4}-\d{2}-\d{2}T/.test(text) ? text.slice(0, 10) : text;
  if (!pattern.test(datePart)) throw new TypeError(`${name} cannot represent ${JSON.stringify(text)}`);
  return datePart;
}

/** A calendar date, `YYYY-MM-DD` only: what a client gives when the day is known. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Calendar date, `YYYY-MM-DD` only; impossible dates (`2024-02-30`) are refused.',
  serialize: (value) => servedDate(value, FULL_DATE, 'Date'),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(stringLiteral(ast)),
});

/** A date known to the day, the month or the year: stored dates, and the bounds of date filters. */
export const PartialDateScalar = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  description: 'A date as precisely as known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.',
  serialize: (value) => servedDate(value, PARTIAL_DATE, 'PartialDate'),
  parseValue: parsePartialDate,
  parseLiteral: (ast) => parsePartialDate(stringLiteral(ast)),
});

/** A moment: RFC 3339 with an offset. Neo4j DateTime values are served through their ISO text. */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'A moment, RFC 3339 (`2021-07-09T18:30:00Z`, `2021-07-09T21:30:00+03:00`).',
  serialize: (value) => {
    const text = String(value);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) throw new TypeError(`DateTime cannot represent ${JSON.stringify(text)}`);
    return text;
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(stringLiteral(ast)),
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
