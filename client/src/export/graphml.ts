// GraphML for Gephi, yEd and networkx. Every property becomes a <key>;
// lists and objects are written as JSON text because GraphML has no such types.
import type { Graph } from '../../../contract/index.js';

export function xmlEscape(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

type AttrType = 'string' | 'double' | 'boolean';

function attrType(values: unknown[]): AttrType {
  const present = values.filter((v) => v !== undefined && v !== null);
  if (present.length && present.every((v) => typeof v === 'number')) return 'double';
  if (present.length && present.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'string';
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** A key id safe for XML: properties may hold any characters. */
function keyId(prefix: 'n' | 'e', name: string): string {
  return `${prefix}_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

export function toGraphML(graph: Graph): string {
  const nodeKeys = new Map<string, unknown[]>();
  for (const n of graph.nodes)
    for (const [k, v] of Object.entries(n.properties)) {
      if (!nodeKeys.has(k)) nodeKeys.set(k, []);
      nodeKeys.get(k)?.push(v);
    }
  const edgeKeys = new Map<string, unknown[]>();
  for (const e of graph.edges)
    for (const [k, v] of Object.entries(e.properties)) {
      if (!edgeKeys.has(k)) edgeKeys.set(k, []);
      edgeKeys.get(k)?.push(v);
    }
  // "labels", "name" and "type" are written apart from the property keys.
  nodeKeys.delete('labels');
  edgeKeys.delete('type');

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="n__labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="e__type" for="edge" attr.name="type" attr.type="string"/>',
  ];
  const nodeKeyNames = [...nodeKeys.keys()].filter((k) => k !== 'name');
  lines.push('  <key id="n__name" for="node" attr.name="name" attr.type="string"/>');
  for (const k of nodeKeyNames)
    lines.push(
      `  <key id="${keyId('n', k)}" for="node" attr.name="${xmlEscape(k)}" attr.type="${attrType(nodeKeys.get(k) ?? [])}"/>`,
    );
  for (const [k, vs] of edgeKeys)
    lines.push(
      `  <key id="${keyId('e', k)}" for="edge" attr.name="${xmlEscape(k)}" attr.type="${attrType(vs)}"/>`,
    );
  lines.push('  <graph id="G" edgedefault="directed">');
  for (const n of graph.nodes) {
    lines.push(`    <node id="${xmlEscape(n.id)}">`);
    lines.push(`      <data key="n__labels">${xmlEscape(n.labels.join(':'))}</data>`);
    lines.push(`      <data key="n__name">${xmlEscape(n.name)}</data>`);
    for (const k of nodeKeyNames) {
      const v = n.properties[k];
      if (v === undefined || v === null) continue;
      lines.push(`      <data key="${keyId('n', k)}">${xmlEscape(text(v))}</data>`);
    }
    lines.push('    </node>');
  }
  for (const e of graph.edges) {
    lines.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`,
    );
    lines.push(`      <data key="e__type">${xmlEscape(e.type)}</data>`);
    for (const [k, v] of Object.entries(e.properties)) {
      if (v === undefined || v === null || k === 'type') continue;
      lines.push(`      <data key="${keyId('e', k)}">${xmlEscape(text(v))}</data>`);
    }
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
