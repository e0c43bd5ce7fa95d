import neo4j, { Node, Path, PathSegment, Relationship } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  GraphCollector,
  toCypherParams,
  toGraphNode,
  toPlain,
  walkPath,
} from '../../../../server/neo4j/convert.js';
import { CalendarDate } from '../../../../core/cypher/date.js';

const int = neo4j.int;
const node = (n: number, labels: string[], properties: Record<string, unknown>) =>
  new Node(int(n), labels, properties, `e:${n}`);
const rel = (
  n: number,
  from: number,
  to: number,
  type: string,
  properties: Record<string, unknown> = {},
) =>
  new Relationship(int(n), int(from), int(to), type, properties, `r:${n}`, `e:${from}`, `e:${to}`);

const india = node(1, ['Country'], { id: 'country:india', name: 'India', _dataset: 'seed' });
const mea = node(2, ['Organization'], { id: 'org:mea', name: 'MEA' });
const partOf = rel(10, 2, 1, 'PART_OF', { sources: ['src:001'] });

describe('toPlain', () => {
  it('turns safe integers into numbers and unsafe ones into strings', () => {
    expect(toPlain(int(42))).toBe(42);
    expect(toPlain(int('9223372036854775807'))).toBe('9223372036854775807');
  });

  it('turns dates into ISO strings', () => {
    expect(toPlain(new neo4j.types.Date(2025, 4, 4))).toBe('2025-04-04');
  });

  it('converts nested lists and maps', () => {
    expect(toPlain({ xs: [int(1), { d: new neo4j.types.Date(2024, 10, 1) }] })).toEqual({
      xs: [1, { d: '2024-10-01' }],
    });
  });
});

describe('toGraphNode', () => {
  it('addresses a node by its id property and hides bookkeeping properties', () => {
    expect(toGraphNode(india)).toEqual({
      id: 'country:india',
      labels: ['Country'],
      name: 'India',
      properties: { id: 'country:india', name: 'India' },
    });
  });

  it('falls back to the element id and says so when a node has no id', () => {
    expect(toGraphNode(node(7, ['Memo'], { name: 'x' }))).toMatchObject({
      id: 'e:7',
      idIsElementId: true,
    });
  });
});

describe('toGraphNode captions', () => {
  const book = node(3, ['QpBook'], {
    title: 'The Salt Ledger',
    code: 'QP-1',
    published: int(1921),
  });

  it('names a node by the manifest caption of its label', () => {
    expect(toGraphNode(book, { QpBook: 'code' }).name).toBe('QP-1');
  });

  it('names a node by name, then title, when the manifest gives no caption', () => {
    expect(toGraphNode(book).name).toBe('The Salt Ledger');
    expect(toGraphNode(node(4, ['X'], { title: 'T', name: 'N' })).name).toBe('N');
  });

  it('falls back to the first string property by name, skipping id and bookkeeping', () => {
    const pier = node(5, ['Pier'], { id: 'p1', _dataset: 'd', zone: 'west', berth: 'B7' });
    expect(toGraphNode(pier).name).toBe('B7');
  });

  it('skips a declared caption the node lacks and uses the inferred one', () => {
    expect(toGraphNode(book, { QpBook: 'subtitle' }).name).toBe('The Salt Ledger');
  });

  it('captions nodes inside converted values and collected graphs alike', () => {
    expect((toPlain([book], { QpBook: 'code' }) as { name: string }[])[0]?.name).toBe('QP-1');
    const built = new GraphCollector({ QpBook: 'code' }).add(book).build();
    expect(built.nodes[0]?.name).toBe('QP-1');
  });
});

describe('GraphCollector', () => {
  it('names edge endpoints by node id', () => {
    const graph = new GraphCollector().add([india, mea, partOf]).build();
    expect(graph.edges).toEqual([
      {
        id: 'org:mea|PART_OF|country:india',
        source: 'org:mea',
        target: 'country:india',
        type: 'PART_OF',
        properties: { sources: ['src:001'] },
      },
    ]);
  });

  it('collects the nodes and relationships of a path once each', () => {
    const path = new Path(mea, india, [new PathSegment(mea, partOf, india)]);
    const graph = new GraphCollector().add(path).add(path).build();
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['country:india', 'org:mea']);
    expect(graph.edges).toHaveLength(1);
  });

  it('reports endpoints it has not seen, and leaves their edges out until added', () => {
    const collector = new GraphCollector().add(partOf);
    expect(collector.missingEndpointElementIds().sort()).toEqual(['e:1', 'e:2']);
    expect(collector.build().edges).toEqual([]);
    expect(collector.add([india, mea]).build().edges).toHaveLength(1);
  });
});

describe('walkPath', () => {
  it('builds a path in walk order, each relationship kept in its own direction', () => {
    const jaiswal = node(3, ['Person'], { id: 'person:jaiswal', name: 'Jaiswal' });
    const holds = rel(11, 3, 2, 'HOLDS_ROLE');
    // Walked India → MEA → Jaiswal: both relationships point against the walk.
    const path = walkPath(india, [
      { relationship: partOf, node: mea },
      { relationship: holds, node: jaiswal },
    ]);
    expect([path.start.elementId, path.end.elementId, path.length]).toEqual(['e:1', 'e:3', 2]);
    expect(
      path.segments.map((s) => [s.start.elementId, s.relationship.elementId, s.end.elementId]),
    ).toEqual([
      ['e:1', 'r:10', 'e:2'],
      ['e:2', 'r:11', 'e:3'],
    ]);
  });
});

describe('toCypherParams', () => {
  it('sends whole JSON numbers as Cypher integers and leaves fractions alone', () => {
    const params = toCypherParams({ n: 10, x: 1.5, list: [2] }) as {
      n: unknown;
      x: unknown;
      list: unknown[];
    };
    expect(neo4j.isInt(params.n)).toBe(true);
    expect(params.x).toBe(1.5);
    expect(neo4j.isInt(params.list[0])).toBe(true);
  });

  it('sends a calendar day of the core as a Neo4j Date, so it compares with stored dates', () => {
    const { asOf } = toCypherParams({ asOf: new CalendarDate(2025, 6, 1) }) as { asOf: unknown };
    expect(neo4j.isDate(asOf)).toBe(true);
    expect(String(asOf)).toBe('2025-06-01');
  });
});
