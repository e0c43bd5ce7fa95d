import type { Driver } from 'neo4j-driver';
import type { Dataset, Ontology } from './dataset.js';
import { DATASET_PROPERTY } from './loader.js';

export interface CheckResult {
  name: string;
  description: string;
  passed: boolean;
  /** Ids (or element ids where a node has no id) of what failed; at most 25. */
  offenders: string[];
  offenderCount: number;
}

interface Check {
  name: string;
  description: string;
  /** Returns rows with an `offender` column; $dataset and the ontology are parameters. */
  cypher: string;
}

const ident = (node: string) => `coalesce(${node}.id, elementId(${node}))`;
const inDataset = (node: string) => `${node}.${DATASET_PROPERTY} = $dataset`;

/** Checks every dataset gets: identity and naming. */
const genericChecks: Check[] = [
  {
    name: 'node-has-id-and-name',
    description: 'every node has a string id and a name',
    cypher: `MATCH (n) WHERE ${inDataset('n')} AND (n.id IS NULL OR n.name IS NULL)
             RETURN ${ident('n')} AS offender`,
  },
  {
    name: 'id-is-unique',
    description: 'no two nodes share an id',
    cypher: `MATCH (n) WHERE ${inDataset('n')} AND n.id IS NOT NULL
             WITH n.id AS id, count(*) AS copies WHERE copies > 1 RETURN id AS offender`,
  },
];

/** Checks for a dataset that documents its ontology in ontology.json. */
function ontologyChecks(o: Ontology): Check[] {
  const src = `\`${o.sourceLabel}\``;
  const prov = `\`${o.provenanceType}\``;
  const event = `\`${o.eventLabel}\``;
  return [
    {
      name: 'label-in-ontology',
      description: 'every label is one the ontology documents',
      cypher: `MATCH (n) WHERE ${inDataset('n')} UNWIND labels(n) AS label
               WITH n, label WHERE NOT label IN $labels
               RETURN ${ident('n')} + ' (' + label + ')' AS offender`,
    },
    {
      name: 'type-in-ontology',
      description: 'every relationship type is one the ontology documents',
      cypher: `MATCH (n)-[r]->() WHERE ${inDataset('n')} AND NOT type(r) IN $types
               RETURN ${ident('n')} + ' -[' + type(r) + ']->' AS offender`,
    },
    {
      name: 'node-reaches-source',
      description: `every node other than a ${o.sourceLabel} has a ${o.provenanceType} link to a ${o.sourceLabel}`,
      cypher: `MATCH (n) WHERE ${inDataset('n')} AND NOT n:${src}
               AND NOT EXISTS { (n)-[:${prov}]->(:${src}) }
               RETURN ${ident('n')} AS offender`,
    },
    {
      name: 'relationship-cites-sources',
      description: `every relationship other than ${o.provenanceType} has a non-empty sources list of existing ${o.sourceLabel} ids`,
      cypher: `MATCH (a)-[r]->(b) WHERE ${inDataset('a')} AND type(r) <> '${o.provenanceType}'
               OPTIONAL MATCH (s:${src}) WHERE s.id IN coalesce(r.sources, [])
               WITH a, r, b, count(DISTINCT s) AS found
               WHERE r.sources IS NULL OR size(r.sources) = 0 OR found < size(r.sources)
               RETURN ${ident('a')} + ' -[' + type(r) + ']-> ' + ${ident('b')} AS offender`,
    },
    {
      name: 'event-has-date',
      description: `every ${o.eventLabel} has a date, a precision (day, month or year) and, if inferred, the wording it came from`,
      cypher: `MATCH (e:${event}) WHERE ${inDataset('e')} AND (
                 e.date IS NULL OR NOT e.datePrecision IN ['day', 'month', 'year']
                 OR (e.dateInferred = true AND e.dateInferredFrom IS NULL))
               RETURN ${ident('e')} AS offender`,
    },
  ];
}

export async function runChecks(
  driver: Driver,
  database: string | undefined,
  dataset: Pick<Dataset, 'name' | 'ontology'>,
): Promise<CheckResult[]> {
  const checks = [...genericChecks, ...(dataset.ontology ? ontologyChecks(dataset.ontology) : [])];
  const params = {
    dataset: dataset.name,
    labels: dataset.ontology?.labels ?? [],
    types: dataset.ontology?.relationshipTypes ?? [],
  };
  const results: CheckResult[] = [];
  for (const check of checks) {
    const { records } = await driver.executeQuery(
      `CALL () { ${check.cypher} } RETURN collect(offender)[..25] AS some, count(*) AS total`,
      params,
      { database, routing: 'READ' },
    );
    const some = (records[0]?.get('some') ?? []) as string[];
    const total = Number(records[0]?.get('total') ?? 0);
    results.push({
      name: check.name,
      description: check.description,
      passed: total === 0,
      offenders: some,
      offenderCount: total,
    });
  }
  return results;
}

export function formatChecks(results: CheckResult[]): string {
  return results
    .map((r) =>
      r.passed
        ? `  ✔ ${r.description}`
        : `  ✖ ${r.description}: ${r.offenderCount} failing, e.g. ${r.offenders.join(', ')}`,
    )
    .join('\n');
}
