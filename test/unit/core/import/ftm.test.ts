// FollowTheMoney JSON lines in and out, against the published model, with
// the graph in between made as Neo4j would hand it back (dates as ISO days
// with their precision beside them, integers as numbers).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../../contract/index.js';
import {
  DateValue,
  ImportError,
  type GraphBatch,
  type ImportValue,
} from '../../../../core/import/batch.js';
import { expandDates } from '../../../../core/import/cypher.js';
import { parseFtm } from '../../../../core/import/ftm-in.js';
import type { FtmEntity } from '../../../../core/import/ftm-model.js';
import { toFtm } from '../../../../core/import/ftm-out.js';
import { importOptions } from '../../../../core/import/options.js';

const file = path.join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'fixtures',
  'import',
  'ftm',
  'entities.ftm.json',
);
const text = readFileSync(file, 'utf8');
const options = importOptions(undefined, 'ds');

const plain = (v: ImportValue): unknown =>
  Array.isArray(v)
    ? v.map(plain)
    : v instanceof DateValue
      ? v.iso
      : typeof v === 'bigint'
        ? Number(v)
        : v;

/** The batch as the API would read it back from Neo4j. */
function asGraph(batch: GraphBatch): Graph {
  const props = (p: Record<string, ImportValue>) =>
    Object.fromEntries(Object.entries(expandDates(p)).map(([k, v]) => [k, plain(v)]));
  return {
    nodes: batch.nodes.map((n) => ({
      id: n.id,
      labels: n.labels,
      name: String(n.properties.name),
      properties: { id: n.id, ...props(n.properties) },
    })),
    edges: batch.edges.map((e, i) => ({
      id: `e${i}`,
      source: e.from,
      target: e.to,
      type: e.type,
      properties: props(e.properties),
    })),
  };
}

const sorted = (entities: FtmEntity[]) =>
  entities
    .map((e) => ({
      id: e.id,
      schema: e.schema,
      properties: Object.fromEntries(
        Object.entries(e.properties)
          .map(([k, v]) => [k, [...v].sort()])
          .sort(),
      ),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));

describe('FollowTheMoney entities', () => {
  it('makes things nodes labelled by schema and interval schemata relationships with their dates', () => {
    const batch = parseFtm(text, 'entities.ftm.json', options);
    const owns = batch.edges.filter((e) => e.type === 'OWNS');
    expect(owns).toHaveLength(4);
    expect(owns.find((e) => e.properties.percentage === '12.5')?.properties).toMatchObject({
      startDate: new DateValue('2014-02-01', 'day'),
      endDate: new DateValue('2022-08-31', 'day'),
      ftmSchema: 'Ownership',
    });
    expect(new Set(batch.edges.map((e) => e.type))).toEqual(
      new Set([
        'OWNS',
        'DIRECTS',
        'BELONGS_TO',
        'PAID',
        'WORKS_FOR',
        'LINKED_TO',
        'INVOLVED',
        'SOURCED_FROM',
      ]),
    );
    const person = batch.nodes.find((n) => n.properties.name === 'Devika Raman');
    expect(person?.labels).toEqual(['Person']);
    expect(person?.properties.birthDate).toEqual(new DateValue('1971-03-01', 'month'));
  });

  it('turns sourceUrl, publisher and indexText into a source with a quote', () => {
    const batch = parseFtm(text, 'entities.ftm.json', options);
    const source = batch.nodes.find(
      (n) => n.properties.url === 'https://example.org/registry-watch/people',
    );
    expect(source?.properties).toMatchObject({ name: 'Registry Watch', outlet: 'Registry Watch' });
    const link = batch.edges.find((e) => e.type === 'SOURCED_FROM' && e.to === source?.id);
    expect(link?.properties.quote).toBe('Devika Raman appears in the company filings');
  });

  it('writes the same entities back out', () => {
    const original = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as FtmEntity);
    const { lines, unmapped } = toFtm(asGraph(parseFtm(text, 'entities.ftm.json', options)));
    expect(unmapped).toEqual([]);
    expect(sorted(lines)).toEqual(sorted(original));
  });

  it('maps the seed kinds to schemata, documents each node from its report and lists what it cannot map', () => {
    const graph: Graph = {
      nodes: [
        {
          id: 'org:mofcom',
          labels: ['Organization'],
          name: 'MOFCOM',
          properties: { orgType: 'ministry', aliases: ['MOFCOM'] },
        },
        { id: 'src:001', labels: ['Source'], name: 'A report', properties: { date: '2025-10-31' } },
        { id: 'commodity:x', labels: ['Commodity'], name: 'X', properties: {} },
      ],
      edges: [
        {
          id: 'org:mofcom|SOURCED_FROM|src:001',
          source: 'org:mofcom',
          target: 'src:001',
          type: 'SOURCED_FROM',
          properties: { quote: 'the ministry said' },
        },
        {
          id: 'org:mofcom|ABOUT|commodity:x',
          source: 'org:mofcom',
          target: 'commodity:x',
          type: 'ABOUT',
          properties: {},
        },
      ],
    };
    const { lines, unmapped } = toFtm(graph);
    expect(lines.map((l) => [l.id, l.schema])).toEqual([
      ['org-mofcom', 'PublicBody'],
      ['src-001', 'Article'],
      ['org-mofcom-SOURCED-FROM-src-001', 'Documentation'],
    ]);
    expect(lines[0]?.properties.alias).toEqual(['MOFCOM']);
    expect(lines[2]?.properties).toMatchObject({
      entity: ['org-mofcom'],
      document: ['src-001'],
      summary: ['the ministry said'],
    });
    expect(unmapped).toEqual(['Commodity']);
  });

  it('names the line and property of an unknown schema, property or reference', () => {
    const bad = [
      '{"id": "a", "schema": "Persona", "properties": {}}',
      '{"id": "b", "schema": "Person", "properties": {"shoeSize": ["44"]}}',
      '{"id": "c", "schema": "Ownership", "properties": {"owner": ["b"], "asset": ["zz"]}}',
      '{"id": "d", "schema"',
    ].join('\n');
    try {
      parseFtm(bad, 'bad.json', options);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect(
        (error as ImportError).problems.map((p) => [p.place.line, p.place.column, p.message]),
      ).toEqual([
        [1, 'schema', '"Persona" is not a FollowTheMoney schema one can use'],
        [2, 'shoeSize', 'Person has no property "shoeSize"'],
        [4, undefined, expect.stringMatching(/^not JSON/)],
        [3, 'asset', 'the entity "zz" is not in the file (or is a link)'],
        [3, undefined, 'the Ownership has no asset'],
      ]);
    }
  });
});
