import { describe, expect, it } from 'vitest';
import { SCHEMA_STATEMENTS, schemaRuleName } from '../../../src/db/migrations.ts';

describe('schemaRuleName', () => {
  it.each([
    ['CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE', 'actor_id'],
    ['CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text]', 'statement_text'],
    ['CREATE TEXT INDEX event_search IF NOT EXISTS FOR (n:Event) ON (n.searchText)', 'event_search'],
    ['CREATE INDEX about_newest IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.targetId, r.newestKey)', 'about_newest'],
  ])('names the rule of %s', (statement, name) => {
    expect(schemaRuleName(statement)).toBe(name);
  });

  it('refuses a command without a name, which the wait for online indexes could not find', () => {
    expect(() => schemaRuleName('CREATE INDEX IF NOT EXISTS FOR (n:Actor) ON (n.kind)')).toThrow(/without a rule name/);
  });

  it('gives every schema command of the migrations a distinct name', () => {
    const names = SCHEMA_STATEMENTS.map(schemaRuleName);
    expect(new Set(names).size).toBe(SCHEMA_STATEMENTS.length);
  });
});
