/**
 * The graph (or a selection) as GEXF 1.3, the format Gephi opens: every
 * property an attribute declared with its type (long, double, boolean,
 * date, liststring, else string), a node's labels in `labels` and an edge's
 * type in `type`, so that reading it back gives the same graph.
 */
import type { Graph } from '../../contract/index.js';

export function xmlEscape(s: string): string {
  return (
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // eslint-disable-next-line no-control-regex -- XML 1.0 cannot hold these characters at all
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

type GexfType = 'long' | 'double' | 'boolean' | 'date' | 'liststring' | 'string';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function listText(items: string[]): string | undefined {
  if (!items.some((i) => i.includes('|'))) return items.join('|');
  if (!items.some((i) => i.includes(',') || i.includes(']'))) return `[${items.join(', ')}]`;
  return undefined;
}

function typeOf(values: unknown[]): GexfType {
  const present = values.filter((v) => v !== null && v !== undefined);
  const all = (p: (v: unknown) => boolean) => present.length > 0 && present.every(p);
  if (all((v) => typeof v === 'boolean')) return 'boolean';
  if (all((v) => typeof v === 'number' && Number.isSafeInteger(v))) return 'long';
  if (all((v) => typeof v === 'number')) return 'double';
  if (all((v) => typeof v === 'string' && ISO_DAY.test(v))) return 'date';
  if (
    all(
      (v) => Array.isArray(v) && v.every((i) => typeof i === 'string') && listText(v) !== undefined,
    )
  ) {
    return 'liststring';
  }
  return 'string';
}

function valueText(type: GexfType, v: unknown): string {
  if (type === 'liststring') return listText(v as string[]) ?? '';
  if (type === 'double' && typeof v === 'number' && Number.isInteger(v)) return `${v}.0`;
  return typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : JSON.stringify(v);
}

interface Declared {
  id: string;
  type: GexfType;
}

function declare(
  items: { properties: Record<string, unknown> }[],
  reserved: string,
): Map<string, Declared> {
  const values = new Map<string, unknown[]>();
  for (const item of items) {
    for (const [k, v] of Object.entries(item.properties)) {
      if (k === reserved) continue;
      const list = values.get(k);
      if (list) list.push(v);
      else values.set(k, [v]);
    }
  }
  const out = new Map<string, Declared>();
  out.set(reserved, { id: reserved, type: 'string' });
  let i = 0;
  for (const [k, vs] of values) out.set(k, { id: `a${i++}`, type: typeOf(vs) });
  return out;
}

function attributesBlock(what: 'node' | 'edge', declared: Map<string, Declared>): string[] {
  return [
    `    <attributes class="${what}" mode="static">`,
    ...[...declared].map(
      ([title, d]) =>
        `      <attribute id="${d.id}" title="${xmlEscape(title)}" type="${d.type}"/>`,
    ),
    '    </attributes>',
  ];
}

function attvalues(declared: Map<string, Declared>, props: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const [title, d] of declared) {
    const v = props[title];
    if (v === null || v === undefined) continue;
    lines.push(`          <attvalue for="${d.id}" value="${xmlEscape(valueText(d.type, v))}"/>`);
  }
  return lines.length ? ['        <attvalues>', ...lines, '        </attvalues>'] : [];
}

export function toGexf(graph: Graph, description = ''): string {
  const nodes = graph.nodes.map((n) => ({
    ...n,
    properties: { ...n.properties, labels: n.labels.join(':') },
  }));
  const edges = graph.edges.map((e) => ({ ...e, properties: { ...e.properties, type: e.type } }));
  const nodeDecl = declare(nodes, 'labels');
  const edgeDecl = declare(edges, 'type');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta><creator>Rare-earth graph explorer</creator><description>${xmlEscape(description)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    ...attributesBlock('node', nodeDecl),
    ...attributesBlock('edge', edgeDecl),
    '    <nodes>',
  ];
  for (const n of nodes) {
    lines.push(
      `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.name)}">`,
      ...attvalues(nodeDecl, n.properties),
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const e of edges) {
    lines.push(
      `      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${xmlEscape(e.type)}">`,
      ...attvalues(edgeDecl, e.properties),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
