/**
 * GEXF as Gephi and NetworkX write it (1.2 and 1.3): declared attributes
 * typed, a node's `label` its name, and time as dates: a node's start and
 * end (or its spells) become `date` and `endDate`, an edge's become
 * `validFrom` and `validUntil`, as the seed names them.
 */
import { DateValue, Problems, type GraphBatch, type ImportValue, type Place } from './batch.js';
import { edgeParts, elementNode, typedValue } from './attributes.js';
import type { ImportOptions } from './options.js';
import { edgeProvenance, nodeProvenance, SourceRegistry } from './provenance.js';
import { parseIsoDate } from './values.js';
import { attr, children, parseXml, textOf, type XmlElement } from './xml.js';

interface Declared {
  title: string;
  type: string;
  default?: string | undefined;
}

function declarations(graph: XmlElement, what: 'node' | 'edge'): Map<string, Declared> {
  const out = new Map<string, Declared>();
  for (const block of children(graph, 'attributes')) {
    if (attr(block, 'class') !== what) continue;
    for (const a of children(block, 'attribute')) {
      const id = attr(a, 'id');
      if (id === undefined) continue;
      const def = children(a, 'default')[0];
      out.set(id, {
        title: attr(a, 'title') ?? id,
        type: attr(a, 'type') ?? 'string',
        default: def === undefined ? undefined : textOf(def),
      });
    }
  }
  return out;
}

/** Dynamic attvalues (several values over time): the latest-starting one is kept. */
function attvalues(
  el: XmlElement,
  declared: Map<string, Declared>,
  place: Place,
  problems: Problems,
): Map<string, ImportValue> {
  const out = new Map<string, ImportValue>();
  for (const d of declared.values()) {
    if (d.default !== undefined) {
      const v = typedValue(d.type, d.default, place, problems);
      if (v !== undefined) out.set(d.title, v);
    }
  }
  const latest = new Map<string, string>();
  for (const av of children(children(el, 'attvalues')[0], 'attvalue')) {
    const id = attr(av, 'for') ?? attr(av, 'id') ?? '';
    const d = declared.get(id);
    if (!d) {
      problems.add(place, `<attvalue for="${id}"> has no <attribute> declaration`, 'declare it');
      continue;
    }
    const start = attr(av, 'start') ?? '';
    if ((latest.get(id) ?? '') > start) continue;
    latest.set(id, start);
    const v = typedValue(d.type, attr(av, 'value') ?? '', { ...place, column: d.title }, problems);
    if (v !== undefined) out.set(d.title, v);
  }
  return out;
}

/** A time of the graph's timeformat: a date at its precision, or a number (a year, a step). */
function timeValue(text: string, place: Place, problems: Problems): ImportValue | undefined {
  const date = parseIsoDate(text);
  if (date) return date;
  const n = Number(text);
  if (text.trim() !== '' && Number.isFinite(n)) {
    return Number.isInteger(n) ? BigInt(n) : n;
  }
  problems.add(place, `"${text}" is not a time`, 'write dates as yyyy-mm-dd, or numbers');
  return undefined;
}

/** start/end, or the first start and last end of the spells; `spells` lists them when there are several. */
function interval(el: XmlElement, names: [string, string], place: Place, problems: Problems) {
  const out: Record<string, ImportValue> = {};
  const spells = children(children(el, 'spells')[0], 'spell').map((s) => [
    attr(s, 'start') ?? attr(s, 'startopen'),
    attr(s, 'end') ?? attr(s, 'endopen'),
  ]);
  const start =
    attr(el, 'start') ??
    attr(el, 'startopen') ??
    spells
      .map((s) => s[0])
      .filter(Boolean)
      .sort()[0];
  const end =
    attr(el, 'end') ??
    attr(el, 'endopen') ??
    spells
      .map((s) => s[1])
      .filter(Boolean)
      .sort()
      .pop();
  if (start) {
    const v = timeValue(start, place, problems);
    if (v !== undefined) out[names[0]] = v;
  }
  if (end) {
    const v = timeValue(end, place, problems);
    if (v !== undefined) out[names[1]] = v;
  }
  if (spells.length > 1) out.spells = spells.map(([s, e]) => `${s ?? ''}/${e ?? ''}`);
  return out;
}

export function parseGexf(text: string, file: string, options: ImportOptions): GraphBatch {
  const problems = new Problems();
  const graph = children(children(parseXml(text, { file }), 'gexf')[0], 'graph')[0];
  if (!graph) {
    problems.add({ file }, 'no <gexf><graph> element', 'is this a GEXF file? export it again');
    problems.throwIfAny();
    return { nodes: [], edges: [] };
  }
  const nodeAttrs = declarations(graph, 'node');
  const edgeAttrs = declarations(graph, 'edge');
  const undirected = attr(graph, 'defaultedgetype') === 'undirected';
  const out: GraphBatch = { nodes: [], edges: [] };
  const sources = new SourceRegistry(options.dataset);
  const ids = new Set<string>();
  children(children(graph, 'nodes')[0], 'node').forEach((el, i) => {
    const id = attr(el, 'id') ?? '';
    const place = { file, element: `<node id="${id}"> (node ${i + 1})` };
    if (id === '' || ids.has(id)) {
      problems.add(
        place,
        id === '' ? 'the node has no id' : `the id "${id}" is used twice`,
        'give every node its own id',
      );
    }
    ids.add(id);
    const attrs = attvalues(el, nodeAttrs, place, problems);
    const { node, provenance } = elementNode(id, attr(el, 'label'), attrs, options, place);
    Object.assign(node.properties, interval(el, ['date', 'endDate'], place, problems));
    out.nodes.push(node);
    const link = nodeProvenance(sources, node, provenance);
    if (link) out.edges.push(link);
  });
  children(children(graph, 'edges')[0], 'edge').forEach((el, i) => {
    const [source, target] = [attr(el, 'source') ?? '', attr(el, 'target') ?? ''];
    const place = {
      file,
      element: `<edge id="${attr(el, 'id') ?? i}" source="${source}" target="${target}">`,
    };
    for (const end of [source, target]) {
      if (!ids.has(end))
        problems.add(place, `no node has the id "${end}"`, 'add the node or correct the edge');
    }
    const attrs = attvalues(el, edgeAttrs, place, problems);
    const { type, properties, provenance } = edgeParts(
      attrs,
      attr(el, 'kind') ?? attr(el, 'label'),
      options,
    );
    const weight = attr(el, 'weight');
    if (weight !== undefined && Number.isFinite(Number(weight))) properties.weight = Number(weight);
    const direction = attr(el, 'type');
    if (direction === 'undirected' || (undirected && direction === undefined))
      properties.directed = false;
    Object.assign(properties, interval(el, ['validFrom', 'validUntil'], place, problems));
    const edge = { from: source, to: target, type, properties, place };
    edgeProvenance(sources, edge, provenance);
    out.edges.push(edge);
  });
  problems.throwIfAny();
  out.nodes.push(...sources.nodes);
  return out;
}

export { DateValue };
