import { describe, expect, it } from 'vitest';
import { compactCypher } from '../../../src/db/cypher-text.ts';

describe('query texts as sent to Neo4j (compactCypher)', () => {
  it('drops comments and makes each run of blanks one space', () => {
    const text = `
      MATCH (a:Actor {id: $id})
      // the statements it made
      MATCH (a)-[:SAID]->(s) /* any kind */
      RETURN   count(s) AS n`;
    expect(compactCypher(text)).toBe('MATCH (a:Actor {id: $id}) MATCH (a)-[:SAID]->(s) RETURN count(s) AS n');
  });

  it('keeps string literals and quoted names as they are, comment marks and blank runs included', () => {
    const text = "RETURN 'a  b // c' + \"x /* y */\" AS `two  words`, 'it\\'s  //' AS q // gone";
    expect(compactCypher(text)).toBe("RETURN 'a  b // c' + \"x /* y */\" AS `two  words`, 'it\\'s  //' AS q");
  });

  it('compacts a text the same way every time (plans are cached by text)', () => {
    const text = 'MATCH (n)\n\n  RETURN n';
    expect(compactCypher(text)).toBe(compactCypher(text));
    expect(compactCypher(text)).toBe('MATCH (n) RETURN n');
  });
});
