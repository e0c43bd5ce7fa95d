/**
 * GraphML as NetworkX, Gephi and yEd write it (and as the explorer exports
 * it): `<key>` declarations type each `<data>`; `labels`, `kind` or `type`
 * (or the manifest's `labelAttribute`) names a node's label, `name` or
 * `label` its name; an edge's `type` or `relation` its type.
 */
import { Problems, type GraphBatch, type ImportValue } from './batch.js';
import { datesFromStrings, edgeParts, elementNode, typedValue } from './attributes.js';
import type { ImportOptions } from './options.js';
import { edgeProvenance, nodeProvenance, SourceRegistry } from './provenance.js';
import { attr, children, parseXml, textOf, type XmlElement } from './xml.js';

interface Key {
  name: string;
  type: string;
  default?: string | undefined;
}

function keysFor(root: XmlElement, what: 'node' | 'edge'): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const k of children(root, 'key')) {
    const id = attr(k, 'id');
    const forWhat = attr(k, 'for') ?? 'all';
    if (!id || (forWhat !== what && forWhat !== 'all')) continue;
    const def = children(k, 'default')[0];
    keys.set(id, {
      name: attr(k, 'attr.name') ?? id,
      type: attr(k, 'attr.type') ?? 'string',
      default: def === undefined ? undefined : textOf(def),
    });
  }
  return keys;
}

function attributes(
  el: XmlElement,
  keys: Map<string, Key>,
  where: string,
  file: string,
  problems: Problems,
): Map<string, ImportValue> {
  const out = new Map<string, ImportValue>();
  const place = { file, element: where };
  for (const key of keys.values()) {
    if (key.default !== undefined) {
      const v = typedValue(key.type, key.default, place, problems);
      if (v !== undefined) out.set(key.name, v);
    }
  }
  for (const d of children(el, 'data')) {
    const key = keys.get(attr(d, 'key') ?? '');
    if (!key) {
      problems.add(
        place,
        `<data key="${attr(d, 'key') ?? ''}"> has no <key> declaration`,
        'declare the key',
      );
      continue;
    }
    const v = typedValue(key.type, textOf(d), { ...place, column: key.name }, problems);
    if (v !== undefined) out.set(key.name, v);
  }
  return out;
}

export function parseGraphml(text: string, file: string, options: ImportOptions): GraphBatch {
  const problems = new Problems();
  const root = children(parseXml(text, { file }), 'graphml')[0];
  const graph = children(root, 'graph')[0];
  if (!root || !graph) {
    problems.add(
      { file },
      'no <graphml><graph> element',
      'is this a GraphML file? export it again',
    );
    problems.throwIfAny();
  }
  const nodeKeys = keysFor(root ?? {}, 'node');
  const edgeKeys = keysFor(root ?? {}, 'edge');
  const nodes = children(graph, 'node').map((el, i) => {
    const id = attr(el, 'id') ?? '';
    const where = `<node id="${id}"> (node ${i + 1})`;
    if (id === '') problems.add({ file, element: where }, 'the node has no id', 'give it one');
    if (children(el, 'graph').length > 0) {
      problems.add({ file, element: where }, 'nested graphs are not read', 'flatten the graph');
    }
    return { id, where, attrs: attributes(el, nodeKeys, where, file, problems) };
  });
  const edges = children(graph, 'edge').map((el, i) => {
    const [source, target] = [attr(el, 'source') ?? '', attr(el, 'target') ?? ''];
    const where = `<edge source="${source}" target="${target}"> (edge ${i + 1})`;
    return { source, target, where, attrs: attributes(el, edgeKeys, where, file, problems) };
  });
  datesFromStrings(nodes);
  datesFromStrings(edges);
  const out: GraphBatch = { nodes: [], edges: [] };
  const sources = new SourceRegistry(options.dataset);
  const ids = new Set<string>();
  for (const n of nodes) {
    if (ids.has(n.id))
      problems.add(
        { file, element: n.where },
        `the id "${n.id}" is used twice`,
        'give every node its own id',
      );
    ids.add(n.id);
    const { node, provenance } = elementNode(n.id, undefined, n.attrs, options, {
      file,
      element: n.where,
    });
    out.nodes.push(node);
    const link = nodeProvenance(sources, node, provenance);
    if (link) out.edges.push(link);
  }
  for (const e of edges) {
    for (const end of [e.source, e.target]) {
      if (!ids.has(end))
        problems.add(
          { file, element: e.where },
          `no node has the id "${end}"`,
          'add the node or correct the edge',
        );
    }
    const { type, properties, provenance } = edgeParts(e.attrs, undefined, options);
    const edge = {
      from: e.source,
      to: e.target,
      type,
      properties,
      place: { file, element: e.where },
    };
    edgeProvenance(sources, edge, provenance);
    out.edges.push(edge);
  }
  problems.throwIfAny();
  out.nodes.push(...sources.nodes);
  return out;
}
