import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calledProcedures, checkReadOnlyText } from '../../../../core/guard/guard.js';

const refusal = (cypher: string) => {
  try {
    checkReadOnlyText(cypher);
    return undefined;
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('checkReadOnlyText', () => {
  it('lets a plain read through', () => {
    expect(refusal('MATCH (n:Person) RETURN n.name LIMIT 5')).toBeUndefined();
  });

  it('lets write keywords inside strings, names and comments through', () => {
    expect(
      refusal("MATCH (n) WHERE n.name = 'CREATE; DELETE' RETURN n.`set` // SET n.x = 1"),
    ).toBeUndefined();
  });

  it('reads a keyword after a dot as a property name', () => {
    expect(refusal('MATCH (n) RETURN n.set, n. create')).toBeUndefined();
  });

  it('refuses a write clause whatever its case', () => {
    expect(refusal('match (n) detach delete n')).toBe('QUERY_REFUSED');
  });

  it('refuses several statements in one string', () => {
    expect(refusal('RETURN 1; RETURN 2')).toBe('QUERY_REFUSED');
  });

  it('refuses procedures off the allowed list and allows those on it', () => {
    expect(refusal('CALL dbms.security.listUsers()')).toBe('QUERY_REFUSED');
    expect(
      refusal("CALL db.index.fulltext.queryNodes('entitySearch', 'x') YIELD node RETURN node"),
    ).toBeUndefined();
  });

  it('treats CALL { … } and CALL (x) { … } as subqueries, not procedures', () => {
    expect(refusal('MATCH (n) CALL (n) { RETURN 1 AS one } RETURN n, one')).toBeUndefined();
    expect(refusal('CALL { MATCH (n) RETURN n } RETURN n')).toBeUndefined();
  });

  it('answers a query of only comments with INVALID_INPUT', () => {
    expect(refusal('// nothing here')).toBe('INVALID_INPUT');
  });

  it('answers an unterminated string with a syntax error', () => {
    expect(refusal("RETURN 'open")).toBe('CYPHER_SYNTAX_ERROR');
  });
});

describe('calledProcedures', () => {
  it('lists procedure names in lower case and skips subqueries', () => {
    expect(
      calledProcedures('CALL db.Labels() YIELD label CALL { RETURN 1 } CALL (x) { RETURN 2 }'),
    ).toEqual(['db.labels']);
  });
});

describe('checkReadOnlyText against glued and hidden keywords', () => {
  it('refuses LOAD CSV glued to a backticked name', () => {
    expect(refusal("WITH 1 AS `x`LOAD CSV FROM 'http://127.0.0.1:1/s.csv' AS l RETURN l")).toBe(
      'QUERY_REFUSED',
    );
  });

  it('refuses a procedure call glued to a backticked name', () => {
    expect(refusal("WITH 1 AS `x`CALL db.stats.retrieve('QUERIES') YIELD data RETURN data")).toBe(
      'QUERY_REFUSED',
    );
  });

  it('refuses a keyword glued to a string', () => {
    expect(refusal("WITH 'a'AS s CREATE (n) RETURN s")).toBe('QUERY_REFUSED');
  });

  it('refuses SHOW and TERMINATE behind CYPHER options', () => {
    expect(
      refusal(
        "CYPHER 5 SHOW TRANSACTIONS YIELD transactionId AS t, currentQuery AS q WHERE NOT q CONTAINS 'SHOW' TERMINATE TRANSACTIONS t",
      ),
    ).toBe('QUERY_REFUSED');
    expect(refusal('CYPHER 5 SHOW SETTINGS')).toBe('QUERY_REFUSED');
    expect(refusal('CYPHER runtime=slotted STOP DATABASE neo4j')).toBe('QUERY_REFUSED');
  });

  it('refuses USE inside a subquery', () => {
    expect(refusal('CALL { USE system RETURN 1 AS x } RETURN x')).toBe('QUERY_REFUSED');
  });

  it('refuses a procedure name in backticks even without a space after CALL', () => {
    expect(refusal('CALL`db.stats.retrieve`("QUERIES")')).toBe('QUERY_REFUSED');
  });

  it('still lets a variable named like an administration word through', () => {
    expect(refusal('MATCH (start)-->(stop) RETURN start, stop LIMIT 1')).toBeUndefined();
  });

  it('refuses every forbidden clause glued to any quoted token or comment (generated)', () => {
    const glue = fc.constantFrom('`x`', "'s'", '"s"', '/* c */', '`a``b`');
    const clause = fc.constantFrom(
      "LOAD CSV FROM 'http://127.0.0.1:1/' AS l",
      "CALL db.stats.retrieve('QUERIES') YIELD data",
      'CREATE (m)',
      'SET n.x = 1',
      'DETACH DELETE n',
      'MERGE (m:X)',
      'FOREACH (x IN [1] | CREATE ())',
      'SHOW TRANSACTIONS',
      'TERMINATE TRANSACTIONS $t',
      'USE system',
    );
    const caseOf = fc.boolean();
    fc.assert(
      fc.property(glue, clause, caseOf, (g, c, lower) => {
        const text = `WITH 1 AS ${g}${lower ? c.toLowerCase() : c} RETURN 1`;
        return refusal(text) === 'QUERY_REFUSED';
      }),
      { numRuns: 300 },
    );
  });
});
