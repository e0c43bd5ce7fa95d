// GraphML written by NetworkX and GEXF in Gephi's style (test/fixtures/import/),
// and GEXF written by the export read back.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DateValue, ImportError } from '../../../../core/import/batch.js';
import { parseGexf } from '../../../../core/import/gexf.js';
import { toGexf } from '../../../../core/import/gexf-out.js';
import { parseGraphml } from '../../../../core/import/graphml.js';
import { importOptions } from '../../../../core/import/options.js';

const fixtures = path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'import');
const read = (f: string) => readFileSync(path.join(fixtures, f), 'utf8');
const options = importOptions(undefined, 'ds');

function problemOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  return '';
}

describe('GraphML', () => {
  it("types NetworkX's data by its keys, labels by kind, and dates its date strings", () => {
    const batch = parseGraphml(read('graphml/shipping.graphml'), 'shipping.graphml', options);
    const halden = batch.nodes.find((n) => n.id === 'nx-halden');
    expect(halden).toMatchObject({
      labels: ['Company'],
      properties: { name: 'Halden Sinterworks', founded: 1987n, share: 0.42, listed: true },
    });
    expect(batch.nodes.find((n) => n.id === 'nx-load')?.properties.date).toEqual(
      new DateValue('2025-01-01', 'month'),
    );
    const ships = batch.edges.find((e) => e.type === 'SHIPS_FOR');
    expect(ships?.properties).toMatchObject({
      weight: 3.5,
      quote: "Varuna carries Halden's magnets",
    });
  });

  it('names the element of a value that is not of its declared type, and the line of broken XML', () => {
    const bad = read('graphml/shipping.graphml').replace(
      '<data key="d2">1987</data>',
      '<data key="d2">about 1987</data>',
    );
    expect(problemOf(() => parseGraphml(bad, 'x.graphml', options))).toContain(
      'x.graphml, element <node id="nx-halden"> (node 1), attribute "founded": "about 1987" is not a long',
    );
    const broken = read('graphml/shipping.graphml').replace('</node>', '</nod>');
    expect(problemOf(() => parseGraphml(broken, 'x.graphml', options))).toMatch(
      /^x\.graphml, line \d+: the XML is not well formed/,
    );
  });
});

describe('GEXF', () => {
  const gephi = importOptions({ import: { labelAttribute: 'kind' } }, 'ds');

  it("reads Gephi's intervals and spells as dates, liststring as lists, defaults and weights", () => {
    const batch = parseGexf(read('gexf/harbour.gexf'), 'harbour.gexf', gephi);
    const strike = batch.nodes.find((n) => n.id === 'gx-strike');
    expect(strike?.labels).toEqual(['Event']);
    expect(strike?.properties).toMatchObject({
      date: new DateValue('2025-02-03', 'day'),
      endDate: new DateValue('2025-02-17', 'day'),
    });
    expect(batch.nodes.find((n) => n.id === 'gx-closure')?.properties.spells).toEqual([
      '2025-03-10/2025-03-12',
      '2025-04-01/2025-04-05',
    ]);
    expect(batch.nodes.find((n) => n.id === 'gx-saltmarsh')?.properties).toMatchObject({
      name: 'Saltmarsh Harbour',
      berths: 14n,
      tonnage: 2.75,
      tags: ['harbour', 'bulk'],
      operating: true,
    });
    const uses = batch.edges.find((e) => e.type === 'USES' && e.to === 'gx-saltmarsh');
    expect(uses?.properties).toMatchObject({
      weight: 3,
      validFrom: new DateValue('2024-06-01', 'month'),
    });
  });

  it('reads back every node, edge and attribute the export writes', () => {
    const graph = {
      nodes: [
        {
          id: 'a:1',
          labels: ['Person'],
          name: 'Ann & Bo',
          properties: {
            id: 'a:1',
            name: 'Ann & Bo',
            aliases: ['A', 'B|C'],
            age: 40,
            height: 1.5,
            alive: true,
            born: '1984-02-29',
          },
        },
        {
          id: 'b',
          labels: ['Event', 'Meeting'],
          name: 'B',
          properties: { id: 'b', name: 'B', note: '<x> "y"' },
        },
      ],
      edges: [
        {
          id: 'a:1|MET|b',
          source: 'a:1',
          target: 'b',
          type: 'MET',
          properties: { quote: 'they met', paragraph: 3 },
        },
      ],
    };
    const batch = parseGexf(toGexf(graph), 'out.gexf', options);
    expect(batch.nodes.map((n) => [n.id, n.labels, n.properties])).toEqual([
      [
        'a:1',
        ['Person'],
        {
          name: 'Ann & Bo',
          aliases: ['A', 'B|C'],
          age: 40n,
          height: 1.5,
          alive: true,
          born: new DateValue('1984-02-29', 'day'),
        },
      ],
      ['b', ['Event', 'Meeting'], { name: 'B', note: '<x> "y"' }],
    ]);
    expect(batch.edges).toMatchObject([
      { from: 'a:1', to: 'b', type: 'MET', properties: { quote: 'they met', paragraph: 3n } },
    ]);
  });

  it('refuses entity declarations and edges to nodes that are not there, naming the element', () => {
    expect(
      problemOf(() => parseGexf('<!DOCTYPE x [<!ENTITY a "b">]><gexf/>', 'e.gexf', options)),
    ).toContain('declares XML entities');
    const dangling = read('gexf/harbour.gexf').replace('target="gx-strike"', 'target="gx-nowhere"');
    expect(problemOf(() => parseGexf(dangling, 'h.gexf', gephi))).toContain(
      'h.gexf, element <edge id="0" source="gx-union" target="gx-nowhere">: no node has the id "gx-nowhere"',
    );
  });
});
