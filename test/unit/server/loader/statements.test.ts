import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../../../core/cypher/text.js';
import { classifyAll, neo4j5Form, ScriptProblem } from '../../../../server/loader/statements.js';

const steps = (script: string) => classifyAll(splitStatements(script, { commands: true }));

describe('classify', () => {
  it('sorts schema statements from data statements wherever they stand', () => {
    const script = [
      "CREATE (:Ship {name: 'Wren'});",
      'CREATE CONSTRAINT ship_name IF NOT EXISTS FOR (s:Ship) REQUIRE s.name IS UNIQUE;',
      '// an index after the data',
      'CREATE FULLTEXT INDEX shipSearch IF NOT EXISTS FOR (s:Ship) ON EACH [s.name];',
      'DROP INDEX old_one IF EXISTS;',
    ].join('\n');
    expect(steps(script).map((s) => [s.kind, s.line])).toEqual([
      ['data', 1],
      ['schema', 2],
      ['schema', 4],
      ['schema', 5],
    ]);
  });

  it('drops :begin and :commit, since the whole load is one transaction', () => {
    expect(steps(':begin\nCREATE (:A);\n:commit').map((s) => s.kind)).toEqual(['data']);
  });

  it('reads :param in its arrow, colon and map forms', () => {
    expect(steps(":param name => 'Wren'\n:param `the year`: 1901\n:param {a: 1, b: 'x'}")).toEqual([
      { kind: 'param', name: 'name', expression: "'Wren'", line: 1 },
      { kind: 'param', name: 'the year', expression: '1901', line: 2 },
      { kind: 'param', name: undefined, expression: "{a: 1, b: 'x'}", line: 3 },
    ]);
  });

  it('refuses a cypher-shell command it does not run, naming the line', () => {
    const problem = (() => {
      try {
        steps('RETURN 1;\n:use other');
      } catch (e) {
        return e;
      }
    })();
    expect(problem).toBeInstanceOf(ScriptProblem);
    expect((problem as ScriptProblem).line).toBe(2);
    expect((problem as ScriptProblem).message).toContain(':use');
  });

  it('refuses a Neo4j 4 constraint with its Neo4j 5 form', () => {
    expect(() =>
      steps('// header\nCREATE CONSTRAINT ON (p:Person) ASSERT p.name IS UNIQUE;'),
    ).toThrow(ScriptProblem);
    try {
      steps('// header\nCREATE CONSTRAINT ON (p:Person) ASSERT p.name IS UNIQUE;');
    } catch (e) {
      expect((e as ScriptProblem).line).toBe(2);
      expect((e as ScriptProblem).fix).toBe(
        'write it as: CREATE CONSTRAINT FOR (p:Person) REQUIRE p.name IS UNIQUE',
      );
    }
  });
});

describe('neo4j5Form', () => {
  it('rewrites a Neo4j 4 index on a label', () => {
    expect(neo4j5Form('CREATE INDEX ON :Person(name)')).toBe(
      'CREATE INDEX FOR (n:Person) ON (n.name)',
    );
  });

  it('rewrites a named composite index, keeping IF NOT EXISTS', () => {
    expect(neo4j5Form('CREATE INDEX by_place IF NOT EXISTS ON :Place(lat, lon)')).toBe(
      'CREATE INDEX by_place IF NOT EXISTS FOR (n:Place) ON (n.lat, n.lon)',
    );
  });

  it('rewrites exists() to IS NOT NULL', () => {
    expect(neo4j5Form('CREATE CONSTRAINT ON (b:Book) ASSERT exists(b.isbn)')).toBe(
      'CREATE CONSTRAINT FOR (b:Book) REQUIRE b.isbn IS NOT NULL',
    );
  });

  it('leaves Neo4j 5 statements alone', () => {
    expect(neo4j5Form('CREATE CONSTRAINT FOR (p:Person) REQUIRE p.name IS UNIQUE')).toBeUndefined();
    expect(neo4j5Form("CREATE (:Person {name: 'ON :Person(name)'})")).toBeUndefined();
  });
});
