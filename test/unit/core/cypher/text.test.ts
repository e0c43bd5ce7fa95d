import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CypherScriptError, splitStatements } from '../../../../core/cypher/text.js';

describe('splitStatements', () => {
  it('splits at top-level semicolons and trims', () => {
    expect(splitStatements('RETURN 1;\n  RETURN 2 ;')).toEqual([
      { text: 'RETURN 1', line: 1 },
      { text: 'RETURN 2', line: 2 },
    ]);
  });

  it('keeps a semicolon inside single- and double-quoted strings', () => {
    expect(splitStatements(`RETURN 'a;b'; RETURN "c;d"`).map((s) => s.text)).toEqual([
      `RETURN 'a;b'`,
      `RETURN "c;d"`,
    ]);
  });

  it('keeps escaped quotes inside strings', () => {
    expect(splitStatements(String.raw`RETURN 'it\'s; fine'; RETURN 2`).map((s) => s.text)).toEqual([
      String.raw`RETURN 'it\'s; fine'`,
      'RETURN 2',
    ]);
  });

  it('keeps a semicolon inside a backticked name, with doubled backticks', () => {
    expect(splitStatements('MATCH (`a;``b`) RETURN 1; RETURN 2').map((s) => s.text)).toEqual([
      'MATCH (`a;``b`) RETURN 1',
      'RETURN 2',
    ]);
  });

  it('ignores semicolons in line and block comments', () => {
    const script = '// one; two\nRETURN 1 /* three; */ + 1;\n/* only; a comment */';
    expect(splitStatements(script)).toEqual([
      { text: '// one; two\nRETURN 1 /* three; */ + 1', line: 2 },
    ]);
  });

  it('reports the line where each statement starts', () => {
    const script = '\n\n// header\nMERGE (a {id: 1})\nSET a.x = 1;\n\nMERGE (b {id: 2});';
    expect(splitStatements(script).map((s) => s.line)).toEqual([4, 7]);
  });

  it('counts newlines inside strings toward later line numbers', () => {
    expect(splitStatements("RETURN 'a\nb';\nRETURN 3").map((s) => s.line)).toEqual([1, 3]);
  });

  it('drops empty statements and comment-only tails', () => {
    expect(splitStatements(';;  ;\n// end')).toEqual([]);
  });

  it('fails on an unterminated string with the line it opened on', () => {
    expect(() => splitStatements("RETURN 1;\nRETURN 'open")).toThrow(CypherScriptError);
    expect(() => splitStatements("RETURN 1;\nRETURN 'open")).toThrow(/line 2: unterminated string/);
  });

  it('fails on an unterminated block comment', () => {
    expect(() => splitStatements('RETURN 1 /* never closed')).toThrow(/unterminated \/\* comment/);
  });

  // Statements built from pieces that contain semicolons only where they do
  // not end a statement; joined with ';' they must split back exactly.
  const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,6}$/);
  const tricky = fc.string({ unit: fc.constantFrom('a', ';', ' ', '/', '*', '\n', '-') });
  const piece = fc.oneof(
    word,
    tricky.map((s) => `'${s}'`),
    tricky.map((s) => `"${s}"`),
    tricky.map((s) => `\`${s}\``),
    tricky.map((s) => `/*${s.replaceAll('/', '')}*/`),
    tricky.map((s) => `//${s.replaceAll('\n', '')}\n`),
  );
  const statement = fc
    .tuple(word, fc.array(piece, { maxLength: 6 }))
    .map(([head, rest]) => [head, ...rest].join(' '));

  it('splits any script of generated statements back into those statements', () => {
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 8 }), (statements) => {
        const script = statements.join(';\n');
        expect(splitStatements(script).map((s) => s.text)).toEqual(statements.map((s) => s.trim()));
      }),
      { numRuns: 300 },
    );
  });

  it('gives each generated statement the line of its first character', () => {
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 8 }), (statements) => {
        const script = statements.join(';\n');
        const expected: number[] = [];
        let line = 1;
        for (const s of statements) {
          expected.push(line);
          line += s.split('\n').length - 1 + 1;
        }
        expect(splitStatements(script).map((s) => s.line)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('splits 20,000 statements in linear time (well under a second)', () => {
    const script = Array.from(
      { length: 20_000 },
      (_, i) => `MERGE (n:Thing {id: 'thing:${i}'})\nSET n.name = 'Thing ${i}';`,
    ).join('\n');
    const started = performance.now();
    const statements = splitStatements(script);
    const millis = performance.now() - started;
    expect(statements).toHaveLength(20_000);
    expect(statements.at(-1)?.line).toBe(39_999);
    expect(millis).toBeLessThan(1_000);
  });
});

describe('splitStatements with cypher-shell commands', () => {
  const split = (script: string) => splitStatements(script, { commands: true });

  it('reads a colon line as one command ending at the end of the line', () => {
    expect(split(":param name => 'a;b'\nRETURN $name;")).toEqual([
      { text: ":param name => 'a;b'", line: 1, command: true },
      { text: 'RETURN $name', line: 2 },
    ]);
  });

  it('reads :begin and :commit around statements, with comments between', () => {
    const script = '// export\n:begin\nCREATE (:A);\nCREATE (:B);\n:commit\n';
    expect(split(script).map((s) => [s.text, s.line, s.command ?? false])).toEqual([
      [':begin', 2, true],
      ['CREATE (:A)', 3, false],
      ['CREATE (:B)', 4, false],
      [':commit', 5, true],
    ]);
  });

  it('keeps a colon inside a statement as code', () => {
    expect(split('MATCH (n)\n:Label RETURN n;')).toEqual([
      { text: 'MATCH (n)\n:Label RETURN n', line: 1 },
    ]);
  });

  it('leaves colon lines to Cypher when commands are not asked for', () => {
    expect(splitStatements(':param x => 1\nRETURN 1')).toEqual([
      { text: ':param x => 1\nRETURN 1', line: 1 },
    ]);
  });
});
