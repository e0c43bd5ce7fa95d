import { describe, expect, it } from 'vitest';
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
    });
    expect(html).toContain('<title>T &lt;x&gt;</title>');
    expect(html).toContain('data-id="e2"');
    expect(html).not.toMatch(/<script[^>]+src=/);
  });
});
