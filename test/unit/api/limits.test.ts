import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, specifiedRules, validate, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryProtection, SCAN_COST } from '../../../src/api/limits.ts';
import { loadTypeDefs } from '../../../src/api/schema.ts';
import { loadConfig, PROJECT_ROOT } from '../../../src/config.ts';

const api = loadConfig({}).api;
const schema = buildSchema(loadTypeDefs().join('\n'));
const { validationRules } = queryProtection(api);

/** The limits each error of validating `source` names (`queryLimit`), and GraphQL's own errors as `spec`. */
function limitsHit(source: string): string[] {
  const errors: readonly GraphQLError[] = validate(schema, parse(source, { maxTokens: api.maxTokens }), [
    ...specifiedRules,
    ...validationRules,
  ]);
  return errors.map((e) => {
    const limit = e.extensions.queryLimit;
    return typeof limit === 'string' ? limit : `spec: ${e.message}`;
  });
}

/** Every ```graphql block of the README: the documented queries must pass the limits as documented. */
function readmeQueries(): string[] {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

const repeat = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join(' ');

describe('query limits under the default settings', () => {
  it('pass every query of the README', () => {
    const queries = readmeQueries();
    expect(queries.length).toBeGreaterThan(10);
    for (const query of queries)
      expect(
        limitsHit(query).filter((l) => !l.startsWith('spec')),
        query,
      ).toEqual([]);
  });

  it('refuse the alias bomb: many aliased whole-graph aggregations', () => {
    const bomb = `{ ${repeat(200, (i) => `a${i}: stanceNetwork(first: 1) { totalCount }`)} }`;
    expect(limitsHit(bomb)).toEqual(expect.arrayContaining(['aliases', 'rootFields', 'cost']));
  });

  it('refuse more aliases than allowed even on a cheap field', () => {
    const aliases = `{ actor(id: "actor:x") { ${repeat(api.maxAliases + 1, (i) => `n${i}: name`)} } }`;
    expect(limitsHit(aliases)).toEqual(['aliases']);
  });

  it('refuse more root fields than allowed', () => {
    const roots = `{ ${repeat(api.maxRootFields + 1, (i) => `a${i}: actor(id: "actor:${i}") { id }`)} }`;
    expect(limitsHit(roots)).toContain('rootFields');
  });

  it('refuse a directive flood', () => {
    const flood = `query ($t: Boolean = true) { actor(id: "actor:x") { ${repeat(api.maxDirectives + 1, (i) => `n${i}: name @include(if: $t)`)} } }`;
    expect(limitsHit(flood)).toContain('directives');
  });

  it('refuse a query 100 levels deep', () => {
    const deep = `{ actor(id: "actor:x") { ${'partOf { '.repeat(99)}id${' }'.repeat(99)} } }`;
    expect(limitsHit(deep)).toContain('depth');
  });

  it('price graph-scanning fields high and list fields by their real default and maximum', () => {
    const scans = `query { ${repeat(Math.floor(api.maxQueryCost / SCAN_COST) + 1, (i) => `w${i}: whoSaidWhatAbout(about: "actor:${i}") { totalCount }`)} }`;
    expect(limitsHit(scans)).toContain('cost');
    expect(limitsHit('{ graph(limit: 500) { nodes { id label type } edges { id source target } } }')).toEqual([]);
    expect(
      limitsHit(
        'query ($n: Int) { graph(limit: $n) { nodes { id label type properties } edges { id source target type properties } } a: graph(limit: $n) { nodes { id } } b: graph(limit: $n) { nodes { id } } }',
      ),
    ).toEqual([]);
    // A hundred copies of article texts of up to 5 Mi characters each.
    expect(limitsHit('{ articles(first: 100) { edges { node { text } } } }')).toContain('cost');
    expect(limitsHit('{ articles(first: 5) { edges { node { text } } } }')).toEqual([]);
  });

  it('stop the parser at the token limit', () => {
    expect(() => parse(`{ ${repeat(api.maxTokens, () => '__typename')} }`, { maxTokens: api.maxTokens })).toThrow(/token/i);
  });

  it('leave introspection (Sandbox) uncounted', () => {
    const introspection =
      '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }';
    expect(limitsHit(introspection)).toEqual([]);
  });
});
