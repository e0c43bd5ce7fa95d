import { describe, expect, it } from 'vitest';
import { citation, citationList, citedSourceIds } from '../../../../client/src/export/citations.js';
import { cellText, csvCell, edgesCsv, nodesCsv, toCsv } from '../../../../client/src/export/csv.js';
import { toCytoscapeJson } from '../../../../client/src/export/cyjson.js';
import { toGraphML } from '../../../../client/src/export/graphml.js';
import { scriptJson, standaloneHtml } from '../../../../client/src/export/html.js';
import { sample } from '../fixtures/graph.js';

describe('GraphML', () => {
  it('writes escaped nodes, edges and typed keys', () => {
    const x = toGraphML(sample);
    expect(x).toContain('<node id="a:1">');
    expect(x).toContain('Beta &amp; &lt;Co&gt;');
    expect(x).toContain('<edge id="e2" source="b:2" target="c:3">');
    expect(x).toContain('attr.name="score" attr.type="double"');
    expect(x).toContain('[&quot;s:1&quot;,&quot;s:2&quot;]');
    expect(x.match(/<node /g)).toHaveLength(3);
  });
});

describe('CSV', () => {
  it('quotes what needs quoting', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(null)).toBe('');
    expect(csvCell([1, 2])).toBe('"[1,2]"');
    expect(toCsv(['x', 'y'], [{ x: 1, y: 'z' }])).toBe('x,y\r\n1,z\r\n');
  });

  it('lists visible nodes with every property', () => {
    const csv = nodesCsv(sample);
    expect(csv.split('\r\n')[0]).toBe('id,labels,name,aliases,date,datePrecision,score');
    expect(csv).toContain('"Gamma, ""quoted"""');
  });

  it('writes the edges beside the nodes, with both ends named', () => {
    const csv = edgesCsv(sample);
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    expect(header?.startsWith('id,source,sourceName,type,target,targetName')).toBe(true);
    expect(rows).toHaveLength(sample.edges.length);
    const first = sample.edges[0];
    const source = sample.nodes.find((n) => n.id === first?.source);
    expect(rows[0]).toContain(`${first?.id},${first?.source},${csvCell(source?.name)},`);
  });

  it('shows nodes in table cells by name', () => {
    expect(cellText({ id: 'x', name: 'X', labels: ['L'], properties: {} })).toBe('X');
    expect(cellText(3)).toBe('3');
  });
});

describe('citations', () => {
  const sources = [
    {
      id: 's:2',
      name: 'Later report',
      properties: { outlet: 'Paper B', date: '2025-10-31', url: 'https://b.example/x' },
      supports: { nodes: 1, relationships: 1 },
    },
    {
      id: 's:1',
      name: 'Early report',
      properties: { outlet: 'Paper A', date: '2025-06-12' },
      supports: { nodes: 1, relationships: 1 },
    },
    { id: 's:9', name: 'Unused', properties: {}, supports: { nodes: 0, relationships: 0 } },
  ];

  it('collects ids from relationships and supported nodes', () => {
    const ids = citedSourceIds(sample, 'Source', new Map([['s:9', ['zzz']]]));
    expect([...ids].sort()).toEqual(['s:1', 's:2']);
    expect(citedSourceIds(sample, 'Source', new Map([['s:9', ['a:1']]])).has('s:9')).toBe(true);
  });

  it('writes a dated, numbered list', () => {
    const text = citationList(sources, new Set(['s:1', 's:2']));
    expect(text.split('\n')).toEqual([
      '1. Paper A, “Early report”, 2025-06-12. [s:1]',
      '2. Paper B, “Later report”, 2025-10-31. https://b.example/x [s:2]',
    ]);
    expect(citation(sources[2]!)).toBe('“Unused”.');
  });
});

describe('Cytoscape JSON and standalone HTML', () => {
  it('keeps positions and moves reserved property names aside', () => {
    const j = toCytoscapeJson(sample, new Map([['a:1', { x: 1, y: 2 }]]));
    expect(j.elements.nodes[0]).toMatchObject({
      position: { x: 1, y: 2 },
      data: { prop_id: 'a:1' },
    });
    expect(j.elements.edges).toHaveLength(2);
  });

  it('embeds the graph safely in one HTML file', () => {
    expect(scriptJson({ a: '</script>' })).not.toContain('</script>');
    const html = standaloneHtml({
      title: 'T <x>',
      graph: sample,
      positions: new Map([['a:1', { x: 0, y: 0 }]]),
      colors: new Map(),
    });
    expect(html).toContain('<title>T &lt;x&gt;</title>');
    expect(html).toContain('data-id="e2"');
    expect(html).not.toMatch(/<script[^>]+src=/);
  });
});
