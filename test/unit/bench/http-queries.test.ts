import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { QUERIES } from '../../../bench/http-queries.ts';
import { queryProtection } from '../../../src/api/limits.ts';
import { loadTypeDefs } from '../../../src/api/schema.ts';
import { loadConfig } from '../../../src/config.ts';

const api = loadConfig({}).api;
const schema = buildSchema(loadTypeDefs().join('\n'));
const { validationRules } = queryProtection(api);

describe('the query mix of npm run bench:http', () => {
  it.each(QUERIES.map((q) => [q.slice(0, 60), q]))('%s… is valid against the schema and within the default limits', (_name, query) => {
    const errors = validate(schema, parse(query, { maxTokens: api.maxTokens }), [...specifiedRules, ...validationRules]);
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
