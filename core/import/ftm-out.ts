/**
 * The graph, or a selection of it, as FollowTheMoney entities. Nodes
 * labelled with a schema (an FtM import) are written back as they came;
 * the seed's kinds map to the schema that fits (Person, Company,
 * Organization, PublicBody for ministries, agencies and countries, Event,
 * Article for a report, Documentation for each node's link to its report);
 * other relationships become UnknownLinks. Kinds with no fitting schema
 * (places, commodities, figures…) are left out and listed.
 */
import type { Graph, GraphEdge, GraphNode } from '../../contract/index.js';
import type { Schema } from '@opensanctions/followthemoney';
import { ftmSchema, type FtmEntity } from './ftm-model.js';
import { FTM_ID, FTM_PROPERTY, FTM_PROVENANCE, FTM_SCHEMA } from './ftm-in.js';

const KIND_SCHEMA: Record<string, string> = {
  Person: 'Person',
  Company: 'Company',
  Organization: 'Organization',
  MediaOutlet: 'Organization',
  Country: 'PublicBody',
  Event: 'Event',
  Source: 'Article',
};
const PUBLIC_ORG = /ministry|agency|government|embassy|department|authority|regulator/i;

/** FtM ids are letters, digits, dots and dashes. */
const ftmId = (id: string) => id.replace(/[^A-Za-z0-9.-]/g, '-');

const seedKindOf = (node: GraphNode) => node.labels.find((l) => l in KIND_SCHEMA);

function schemaOf(node: GraphNode): Schema | undefined {
  if (node.properties[FTM_PROVENANCE] === true) return undefined;
  for (const label of node.labels) {
    const own = ftmSchema(label);
    // A label that is an FtM schema was an FtM entity (or means the same); the seed's own kinds map below.
    if (own && !own.abstract && !own.edge && !(label in KIND_SCHEMA)) return own;
  }
  const kind = seedKindOf(node);
  if (kind === undefined) return undefined;
  if (
    kind === 'Organization' &&
    typeof node.properties.orgType === 'string' &&
    PUBLIC_ORG.test(node.properties.orgType)
  ) {
    return ftmSchema('PublicBody');
  }
  return ftmSchema(KIND_SCHEMA[kind] ?? '');
}

/** A property value as FtM strings; a date at its stored precision (`PPrecision`). */
function strings(props: Record<string, unknown>, key: string): string[] {
  const v = props[key];
  const precision = props[`${key}Precision`];
  const cut = (s: string) =>
    precision === 'year' ? s.slice(0, 4) : precision === 'month' ? s.slice(0, 7) : s;
  const list = Array.isArray(v) ? (v as unknown[]) : v === undefined || v === null ? [] : [v];
  return list.map((x) => (typeof x === 'string' ? cut(x) : String(x))).filter((s) => s !== '');
}

function copyProperties(schema: Schema, props: Record<string, unknown>, seedKind = false) {
  const out: Record<string, string[]> = {};
  for (const [name, p] of schema.getProperties()) {
    if (p.type.name === 'entity') continue;
    const values = strings(props, name);
    if (values.length) out[name] = values;
  }
  if (!seedKind) return out;
  // The seed's own names for what FtM calls alias, start and url.
  if (!out.alias && props.aliases !== undefined && schema.hasProperty('alias')) {
    const aliases = strings(props, 'aliases');
    if (aliases.length) out.alias = aliases;
  }
  if (!out.startDate && schema.hasProperty('startDate') && props.date !== undefined) {
    out.startDate = strings(props, 'date');
  }
  if (!out.sourceUrl && schema.hasProperty('sourceUrl') && typeof props.url === 'string') {
    out.sourceUrl = [props.url];
  }
  return out;
}

function add(entity: FtmEntity, prop: string, value: string) {
  (entity.properties[prop] ??= []).push(value);
}

function linkEntity(
  edge: GraphEdge,
  from: FtmEntity,
  to: FtmEntity,
  sourceIsReport: boolean,
): FtmEntity {
  const own =
    typeof edge.properties[FTM_SCHEMA] === 'string'
      ? ftmSchema(String(edge.properties[FTM_SCHEMA]))
      : undefined;
  if (own?.edge) {
    return {
      id: typeof edge.properties[FTM_ID] === 'string' ? edge.properties[FTM_ID] : ftmId(edge.id),
      schema: own.name,
      properties: {
        ...copyProperties(own, edge.properties),
        [own.edge.source]: [from.id],
        [own.edge.target]: [to.id],
      },
    };
  }
  const quote = typeof edge.properties.quote === 'string' ? [edge.properties.quote] : [];
  if (sourceIsReport) {
    return {
      id: ftmId(edge.id),
      schema: 'Documentation',
      properties: {
        entity: [from.id],
        document: [to.id],
        role: ['source'],
        ...(quote.length ? { summary: quote } : {}),
      },
    };
  }
  return {
    id: ftmId(edge.id),
    schema: 'UnknownLink',
    properties: {
      subject: [from.id],
      object: [to.id],
      role: [edge.type.toLowerCase().replace(/_/g, ' ')],
      ...(quote.length ? { summary: quote } : {}),
    },
  };
}

export function toFtm(graph: Graph): { lines: FtmEntity[]; unmapped: string[] } {
  const byId = new Map<string, FtmEntity>();
  const unmapped = new Set<string>();
  const provenance = new Set<string>();
  for (const node of graph.nodes) {
    const schema = schemaOf(node);
    if (node.properties[FTM_PROVENANCE] === true) provenance.add(node.id);
    if (!schema) {
      if (node.properties[FTM_PROVENANCE] !== true)
        unmapped.add(node.labels.join(':') || '(no label)');
      continue;
    }
    // An FtM entity keeps its own property names; a seed node is read through the seed's.
    const seedKind =
      node.labels.length !== 1 || node.labels[0] !== schema.name || 'aliases' in node.properties;
    const properties = copyProperties(schema, node.properties, seedKind);
    if (!properties.name && schema.hasProperty('name')) properties.name = [node.name];
    byId.set(node.id, { id: ftmId(node.id), schema: schema.name, properties });
  }
  const links: FtmEntity[] = [];
  for (const edge of graph.edges) {
    const [from, to] = [byId.get(edge.source), byId.get(edge.target)];
    if (!from || !to) continue; // an end left out (unmapped kind) or an FtM sourceUrl's Source.
    const prop = edge.properties[FTM_PROPERTY];
    if (typeof prop === 'string') {
      add(from, prop, to.id);
      continue;
    }
    links.push(linkEntity(edge, from, to, to.schema === 'Article'));
  }
  return { lines: [...byId.values(), ...links], unmapped: [...unmapped].sort() };
}
