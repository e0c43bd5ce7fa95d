import { describe, expect, it } from 'vitest';
import { DateValue, type GraphBatch } from '../../../../core/import/batch.js';
import { batchToCypher, cypherScript, mapLiteral } from '../../../../core/import/cypher.js';
import { splitStatements } from '../../../../core/cypher/text.js';

describe('the generated Cypher', () => {
  it('writes integers, floats, text, booleans, lists and dates with their precision as literals', () => {
    expect(
      mapLiteral({
        n: 3n,
        x: 3,
        s: "it's a\\b\nc",
        ok: true,
        tags: ['a', 'b'],
        since: new DateValue('2024-06-01', 'month'),
        'odd key': 1.5,
      }),
    ).toBe(
      "{n: 3, x: 3.0, s: 'it\\'s a\\\\b\\nc', ok: true, tags: ['a', 'b'], since: date('2024-06-01'), sincePrecision: 'month', `odd key`: 1.5}",
    );
  });

  it('indexes ids per label, creates nodes, then matches relationship ends by label and id', () => {
    const batch: GraphBatch = {
      nodes: [
        {
          id: 'a',
          labels: ['Person'],
          properties: { name: 'A' },
          place: { file: 'n.csv', row: 2 },
        },
        {
          id: 'b',
          labels: ['Company'],
          properties: { name: 'B' },
          place: { file: 'n.csv', row: 3 },
        },
      ],
      edges: [
        { from: 'a', to: 'b', type: 'WORKS_FOR', properties: {}, place: { file: 'e.csv', row: 2 } },
      ],
    };
    const statements = batchToCypher(batch);
    expect(statements.map((s) => [s.kind, s.what])).toEqual([
      ['schema', 'the id index of Company'],
      ['schema', 'the id index of Person'],
      ['schema', 'the id indexes'],
      ['data', 'n.csv, row 2'],
      ['data', 'n.csv, row 3'],
      ['data', 'e.csv, row 2'],
    ]);
    expect(statements[5]?.text).toContain(
      'MATCH (a:`Person` {id: row.from}) WHERE a._dataset IS NULL',
    );
  });

  it('puts 500 rows in a statement and says which rows each holds', () => {
    const nodes = Array.from({ length: 1001 }, (_, i) => ({
      id: `n${i}`,
      labels: ['Thing'],
      properties: {},
      place: { file: 'big.csv', row: i + 2 },
    }));
    const data = batchToCypher({ nodes, edges: [] }).filter((s) => s.kind === 'data');
    expect(data.map((s) => s.what)).toEqual([
      'big.csv, rows 2–501',
      'big.csv, rows 502–1001',
      'big.csv, row 1002',
    ]);
  });

  it('emits a script that splits back into the same statements at the lines it reports', () => {
    const batch: GraphBatch = {
      nodes: [
        { id: "o'k", labels: ['Thing'], properties: { note: 'a;b // c' }, place: { file: 'f' } },
      ],
      edges: [],
    };
    const statements = batchToCypher(batch);
    const { text, lines } = cypherScript(statements, ['heading']);
    const split = splitStatements(text);
    const code = (t: string) =>
      t
        .replace(/^(\s*\/\/.*\n)+/, '')
        .replace(/;\s*$/, '')
        .trim();
    expect(split.map((s) => code(s.text))).toEqual(statements.map((s) => s.text));
    expect(split.map((s) => s.line)).toEqual(lines);
  });
});
