import { describe, expect, it } from 'vitest';
import { calledProcedures, checkReadOnlyText } from '../../../../server/query/guard.js';

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
