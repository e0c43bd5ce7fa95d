import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../core/import/batch.js';
import { importOptions, parseImportOptions } from '../../../../core/import/options.js';
import { tablesToBatch, type Table } from '../../../../core/import/table.js';

const options = importOptions(undefined, 'ds');

function table(file: string, rows: string[][]): Table {
  const [header = [], ...rest] = rows;
  return {
    place: { file },
    name: file.replace(/\.csv$/, ''),
    header,
    rows: rest.map((cells, i) => ({ row: i + 2, cells })),
  };
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError)
      return error.problems.map((p) => p.message + ' @ ' + JSON.stringify(p.place));
    throw error;
  }
  return [];
}

describe('sheets of nodes and edges', () => {
  it("reads Kumu's elements by Label and connections From/To naming them", () => {
    const batch = tablesToBatch(
      [
        table('elements.csv', [
          ['Label', 'Type', 'Tags'],
          ['Ada', 'person', 'a|b'],
          ['Acme Ltd', 'Company', ''],
        ]),
        table('connections.csv', [
          ['From', 'To', 'Type'],
          ['Ada', 'Acme Ltd', 'works for'],
        ]),
      ],
      options,
    );
    expect(batch.nodes.map((n) => [n.id, n.labels, n.properties])).toEqual([
      ['ds:ada', ['Person'], { tags: ['a', 'b'], name: 'Ada' }],
      ['ds:acme-ltd', ['Company'], { name: 'Acme Ltd' }],
    ]);
    expect(batch.edges.map((e) => [e.from, e.type, e.to])).toEqual([
      ['ds:ada', 'WORKS_FOR', 'ds:acme-ltd'],
    ]);
  });

  it("reads Gephi's Source/Target with Type Directed: the type from Label, direction a property", () => {
    const batch = tablesToBatch(
      [
        table('nodes.csv', [
          ['Id', 'Label'],
          ['1', 'One'],
          ['2', 'Two'],
        ]),
        table('edges.csv', [
          ['Source', 'Target', 'Type', 'Label', 'Weight'],
          ['1', '2', 'Undirected', 'knows', '2.5'],
        ]),
      ],
      options,
    );
    expect(batch.nodes[0]?.labels).toEqual(['Entity']);
    expect(batch.edges[0]).toMatchObject({
      type: 'KNOWS',
      properties: { weight: 2.5, directed: false },
    });
  });

  it('makes one source per distinct URL, its quote on each link', () => {
    const url = 'https://example.org/a';
    const batch = tablesToBatch(
      [
        table('nodes.csv', [
          ['Id', 'Label', 'Source', 'URL', 'Quote'],
          ['a', 'A', 'Gazette', url, 'A said'],
          ['b', 'B', 'Gazette', url, ''],
        ]),
        table('edges.csv', [
          ['From', 'To', 'URL', 'Quote'],
          ['a', 'b', url, 'A met B'],
        ]),
      ],
      options,
    );
    const sources = batch.nodes.filter((n) => n.labels[0] === 'Source');
    expect(sources).toHaveLength(1);
    expect(sources[0]?.properties).toEqual({ name: 'Gazette', url });
    const links = batch.edges.filter((e) => e.type === 'SOURCED_FROM');
    expect(links.map((l) => [l.from, l.properties.quote])).toEqual([
      ['a', 'A said'],
      ['b', undefined],
    ]);
    expect(batch.edges.find((e) => e.type === 'RELATED_TO')?.properties).toMatchObject({
      sources: [sources[0]?.id],
      quote: 'A met B',
      quoteSource: sources[0]?.id,
    });
  });

  it('names the file, row and column of every problem', () => {
    const problems = problemsOf(() =>
      tablesToBatch(
        [
          table('nodes.csv', [
            ['Id', 'Label'],
            ['a', 'A'],
            ['a', 'Again'],
            ['', 'Nameless'],
          ]),
          table('edges.csv', [
            ['From', 'To'],
            ['a', 'zz'],
          ]),
        ],
        options,
      ),
    );
    expect(problems).toEqual([
      'the row has no id @ {"file":"nodes.csv","row":4,"column":"Id"}',
      'the id "a" is already used by row 2 @ {"file":"nodes.csv","row":3}',
      'no node has the id or label "zz" @ {"file":"edges.csv","row":2,"column":"To"}',
    ]);
  });

  it('refuses a nodes sheet with neither Id nor Label, and reads the manifest mapping instead', () => {
    const rows = [
      ['Code', 'Heading'],
      ['x1', 'Xylo'],
    ];
    expect(problemsOf(() => tablesToBatch([table('nodes.csv', rows)], options))[0]).toMatch(
      /neither an "Id" nor a "Label" column/,
    );
    const mapped = importOptions({ import: { nodes: { id: 'Code', name: 'Heading' } } }, 'ds');
    expect(tablesToBatch([table('nodes.csv', rows)], mapped).nodes[0]).toMatchObject({
      id: 'x1',
      properties: { name: 'Xylo' },
    });
  });
});

describe('the manifest mapping', () => {
  it('says which import field is wrong instead of throwing', () => {
    expect(parseImportOptions({ import: { listSeparator: '' } }, 'ds')).toEqual({
      success: false,
      error: expect.stringMatching(/^import\.listSeparator: /),
    });
  });
});
