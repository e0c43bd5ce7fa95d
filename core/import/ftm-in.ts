/**
 * FollowTheMoney entities (JSON lines, as `ftm` and Aleph export them) into
 * a graph batch: each thing a node labelled by its schema; each interval
 * schema with an edge (Ownership, Directorship, Membership, Payment, …) a
 * relationship from its source to its target entity, carrying its dates and
 * its own id; other entity references relationships named by the property;
 * `sourceUrl`, `publisher` and `indexText` a Source with a quote.
 */
import type { Schema } from '@opensanctions/followthemoney';
import {
  Problems,
  type GraphBatch,
  type ImportNode,
  type Place,
  type Properties,
  type Scalar,
} from './batch.js';
import { ftmSchema, type FtmEntity } from './ftm-model.js';
import { typeName } from './names.js';
import type { ImportOptions } from './options.js';
import { edgeProvenance, nodeProvenance, SourceRegistry } from './provenance.js';
import { parseIsoDate } from './values.js';

/** Marks a relationship made from an interval entity, so the export can write the entity again. */
export const FTM_ID = 'ftmId';
export const FTM_SCHEMA = 'ftmSchema';
/** Marks a relationship made from an entity property (Event:involved), and the property. */
export const FTM_PROPERTY = 'ftmProperty';
/** Marks a Source made from an entity's sourceUrl: provenance, not an entity of the file. */
export const FTM_PROVENANCE = 'ftmProvenance';

interface Line {
  entity: FtmEntity;
  schema: Schema;
  place: Place;
}

function readLine(text: string, place: Place, problems: Problems): Line | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    problems.add(
      place,
      `not JSON (${error instanceof Error ? error.message : String(error)})`,
      'write one entity as JSON per line',
    );
    return undefined;
  }
  const e = raw as Partial<FtmEntity> | null;
  if (!e || typeof e.id !== 'string' || e.id === '' || typeof e.schema !== 'string') {
    problems.add(place, 'the entity has no "id" or "schema"', 'give every entity both');
    return undefined;
  }
  const schema = ftmSchema(e.schema);
  if (!schema || schema.abstract) {
    problems.add(
      { ...place, column: 'schema' },
      `"${e.schema}" is not a FollowTheMoney schema one can use`,
      'use one such as Person, Company or Ownership',
    );
    return undefined;
  }
  const properties: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(e.properties ?? {})) {
    if (!schema.hasProperty(k)) {
      problems.add(
        { ...place, column: k },
        `${schema.name} has no property "${k}"`,
        'remove it or correct its name',
      );
      continue;
    }
    const values = (Array.isArray(v) ? v : [v]).filter((x) => typeof x === 'string' && x !== '');
    if (values.length > 0) properties[k] = values;
  }
  return { entity: { id: e.id, schema: schema.name, properties }, schema, place };
}

/** Values as properties: one value a scalar, several a list; date properties dates at their precision. */
function propertyValues(
  schema: Schema,
  props: Record<string, string[]>,
  skip: Set<string>,
): Properties {
  const out: Properties = {};
  for (const [k, values] of Object.entries(props)) {
    if (skip.has(k)) continue;
    const isDate = schema.getProperty(k).type.name === 'date';
    const dates = isDate ? values.map((v) => parseIsoDate(v)) : [];
    const typed: Scalar[] = isDate && dates.every((d) => d !== undefined) ? dates : values;
    out[k] = typed.length === 1 ? (typed[0] as Scalar) : typed;
  }
  return out;
}

const SNIPPET = 200;

function provenanceOf(props: Record<string, string[]>) {
  const text = props.indexText?.[0];
  return {
    url: props.sourceUrl?.[0],
    source: props.publisher?.[0],
    publisher: props.publisher?.[0],
    quote: text === undefined ? undefined : text.slice(0, SNIPPET).trim(),
  };
}

export function parseFtm(text: string, file: string, options: ImportOptions): GraphBatch {
  const problems = new Problems();
  const lines: Line[] = [];
  text.split(/\r?\n/).forEach((t, i) => {
    if (t.trim() === '') return;
    const line = readLine(t, { file, line: i + 1 }, problems);
    if (line) lines.push(line);
  });
  const ids = new Map<string, Line>();
  for (const l of lines) {
    const before = ids.get(l.entity.id);
    if (before)
      problems.add(
        l.place,
        `the id "${l.entity.id}" is already used on line ${before.place.line}`,
        'give every entity its own id',
      );
    ids.set(l.entity.id, l);
  }
  const out: GraphBatch = { nodes: [], edges: [] };
  const sources = new SourceRegistry(options.dataset);
  const refer = (l: Line, prop: string) =>
    (l.entity.properties[prop] ?? []).filter((id) => {
      const known = ids.has(id) && !ids.get(id)?.schema.edge;
      if (!known)
        problems.add(
          { ...l.place, column: prop },
          `the entity "${id}" is not in the file (or is a link)`,
          'add it, or remove the reference',
        );
      return known;
    });
  for (const l of lines.filter((x) => !x.schema.edge)) {
    const refs = [...l.schema.getProperties().values()]
      .filter((p) => p.type.name === 'entity')
      .map((p) => p.name);
    const props = propertyValues(l.schema, l.entity.properties, new Set(refs));
    const [name, ...others] = l.entity.properties.name ?? [];
    if (others.length > 0) props.alias = [...others, ...(l.entity.properties.alias ?? [])];
    if (name !== undefined) props.name = name;
    const node: ImportNode = {
      id: l.entity.id,
      labels: [l.schema.name],
      properties: props,
      place: l.place,
    };
    if (name === undefined) props.name = l.entity.id;
    out.nodes.push(node);
    const link = nodeProvenance(sources, node, provenanceOf(l.entity.properties));
    if (link) out.edges.push(link);
    for (const prop of refs) {
      for (const target of refer(l, prop)) {
        out.edges.push({
          from: l.entity.id,
          to: target,
          type: typeName(prop) ?? 'REFERS_TO',
          properties: { [FTM_PROPERTY]: prop },
          place: { ...l.place, column: prop },
        });
      }
    }
  }
  for (const l of lines.filter((x) => x.schema.edge)) {
    const edge = l.schema.edge;
    if (!edge) continue;
    const from = refer(l, edge.source);
    const to = refer(l, edge.target);
    if (from.length === 0 || to.length === 0) {
      problems.add(
        l.place,
        `the ${l.schema.name} has no ${from.length === 0 ? edge.source : edge.target}`,
        'name both of its ends',
      );
      continue;
    }
    const props = propertyValues(
      l.schema,
      l.entity.properties,
      new Set([edge.source, edge.target]),
    );
    for (const a of from) {
      for (const b of to) {
        const e = {
          from: a,
          to: b,
          type: typeName(edge.label ?? l.schema.name) ?? 'LINKED_TO',
          properties: { ...props, [FTM_ID]: l.entity.id, [FTM_SCHEMA]: l.schema.name },
          place: l.place,
        };
        edgeProvenance(sources, e, provenanceOf(l.entity.properties));
        out.edges.push(e);
      }
    }
  }
  problems.throwIfAny();
  for (const s of sources.nodes) s.properties[FTM_PROVENANCE] = true;
  out.nodes.push(...sources.nodes);
  return out;
}
