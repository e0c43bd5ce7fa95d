/**
 * GraphML and GEXF attributes as typed values from their declarations
 * (`attr.type="long"`, `type="liststring"`), and the part each plays:
 * which names a node's label, its name, an edge's type, its source.
 */
import {
  DateValue,
  type ImportNode,
  type ImportValue,
  type Place,
  type Problems,
  type Properties,
  type Provenance,
  type Scalar,
} from './batch.js';
import { labelName, propertyName, typeName } from './names.js';
import type { ImportOptions } from './options.js';
import { parseIsoDate, ColumnTyper } from './values.js';

const INTEGER_TYPES = /^(int|integer|long|short|byte|biginteger)$/i;
const FLOAT_TYPES = /^(float|double|bigdecimal)$/i;

function scalarOf(type: string, text: string): Scalar | undefined {
  const t = text.trim();
  if (INTEGER_TYPES.test(type)) return /^[+-]?\d+$/.test(t) ? BigInt(t) : undefined;
  if (FLOAT_TYPES.test(type)) {
    const n = Number(t);
    return t !== '' && Number.isFinite(n) ? n : undefined;
  }
  if (/^boolean$/i.test(type)) {
    if (/^(true|1)$/i.test(t)) return true;
    return /^(false|0)$/i.test(t) ? false : undefined;
  }
  if (/^date$/i.test(type)) return parseIsoDate(t);
  return text;
}

/** A declared value, or a problem at `place` when the text is not of its type. */
export function typedValue(
  type: string,
  text: string,
  place: Place,
  problems: Problems,
): ImportValue | undefined {
  const list = /^list(.*)$/i.exec(type);
  if (list) {
    const inner = list[1] || 'string';
    const t = text.trim();
    const parts = (t.startsWith('[') && t.endsWith(']') ? t.slice(1, -1).split(',') : t.split('|'))
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const values = parts.map((p) => scalarOf(inner, p));
    if (values.some((v) => v === undefined)) {
      problems.add(place, `"${text}" is not a list of ${inner}`, 'correct the value');
      return undefined;
    }
    return values as Scalar[];
  }
  const value = scalarOf(type, text);
  if (value === undefined) {
    problems.add(place, `"${text}" is not a ${type}`, 'correct the value or its declaration');
  }
  return value;
}

const LABEL_ATTRS = ['labels', 'kind', 'type', 'category'];
const NAME_ATTRS = ['name', 'label', 'title'];
const TYPE_ATTRS = ['type', 'relation', 'relationship', 'kind', 'label'];
const PROVENANCE_ATTRS = ['source', 'url', 'quote', 'publisher'];

/** Takes the first of `names` present out of `attrs`. */
function take(attrs: Map<string, ImportValue>, names: string[]): ImportValue | undefined {
  for (const n of names) {
    if (attrs.has(n)) {
      const v = attrs.get(n);
      attrs.delete(n);
      return v;
    }
  }
  return undefined;
}

const asText = (v: ImportValue | undefined) =>
  v === undefined ? undefined : Array.isArray(v) ? v.map(String).join(':') : String(v);

/** Provenance attributes, taken only when they name a source (else a quote is just a property). */
function provenanceOf(attrs: Map<string, ImportValue>): Provenance {
  const p: Provenance = {};
  if (!attrs.has('source') && !attrs.has('url')) return p;
  for (const k of PROVENANCE_ATTRS) {
    const v = take(attrs, [k]);
    if (v !== undefined) p[k as keyof Provenance] = asText(v);
  }
  return p;
}

function toProperties(attrs: Map<string, ImportValue>): Properties {
  const props: Properties = {};
  for (const [k, v] of attrs) props[propertyName(k)] = v;
  return props;
}

/** A node from its id, its XML label (GEXF) and its attributes by name. */
export function elementNode(
  id: string,
  xmlLabel: string | undefined,
  attrs: Map<string, ImportValue>,
  options: ImportOptions,
  place: Place,
): { node: ImportNode; provenance: Provenance } {
  const kind = take(attrs, options.labelAttribute ? [options.labelAttribute] : LABEL_ATTRS);
  const labels = (asText(kind) ?? '')
    .split(/[:|]/)
    .map((l) => labelName(l))
    .filter((l): l is string => l !== undefined);
  const provenance = provenanceOf(attrs);
  const named = asText(attrs.get('name')) ?? xmlLabel ?? asText(take(attrs, NAME_ATTRS));
  attrs.delete('id');
  const properties = toProperties(attrs);
  properties.name = named ?? id;
  return {
    node: {
      id,
      labels: labels.length > 0 ? labels : [options.nodes.defaultLabel ?? 'Entity'],
      properties,
      place,
    },
    provenance,
  };
}

/** An edge's type, properties and provenance from its attributes (`fallback`: GEXF's kind or label). */
export function edgeParts(
  attrs: Map<string, ImportValue>,
  fallback: string | undefined,
  options: ImportOptions,
) {
  const typeText = asText(take(attrs, TYPE_ATTRS)) ?? fallback;
  const provenance = provenanceOf(attrs);
  return {
    type: (typeText && typeName(typeText)) ?? typeName(options.edges.defaultType) ?? 'RELATED_TO',
    properties: toProperties(attrs),
    provenance,
  };
}

/**
 * String attributes whose every value is an ISO date become dates: GraphML
 * has no date type, and NetworkX writes dates as text.
 */
export function datesFromStrings(elements: { attrs: Map<string, ImportValue> }[]): void {
  const typers = new Map<string, ColumnTyper>();
  const notText = new Set<string>();
  for (const { attrs } of elements) {
    for (const [k, v] of attrs) {
      if (typeof v !== 'string') notText.add(k);
      else {
        if (!typers.has(k)) typers.set(k, new ColumnTyper(undefined));
        typers.get(k)?.observe(v);
      }
    }
  }
  const dated = [...typers]
    .filter(([k, t]) => !notText.has(k) && t.shape().type === 'date')
    .map(([k]) => k);
  for (const { attrs } of elements) {
    for (const k of dated) {
      const v = attrs.get(k);
      if (typeof v === 'string') attrs.set(k, parseIsoDate(v) ?? v);
    }
  }
}

export { DateValue };
