import type { Driver } from '../neo4j/driver.js';
import type { Dataset, Ontology } from './dataset.js';
import { DATASET_PROPERTY } from './loader.js';
import { readList } from '../neo4j/decode.js';

export interface CheckResult {
  name: string;
  description: string;
  /** A failed warning is reported but does not fail the load or `npm run seed`. */
  severity: 'error' | 'warning';
  passed: boolean;
  /** Ids (or element ids where a node has no id) of what failed: three examples. */
  offenders: string[];
  offenderCount: number;
}

const EXAMPLES = 3;

interface Check {
  name: string;
  description: string;
  severity?: 'warning';
  /** Returns rows with an `offender` column; $dataset and the ontology are parameters. */
  cypher: string;
}

const ident = (node: string) => `coalesce(${node}.id, elementId(${node}))`;
const inDataset = (node: string) => `${node}.${DATASET_PROPERTY} = $dataset`;

/**
 * Checks every dataset gets: identity and naming. Without an id convention
 * declared in the manifest (`idProperty`), missing ids are only a warning:
 * the explorer falls back to element ids and to a title for a name.
 */
function genericChecks(o: Ontology | undefined): Check[] {
  const declared = o?.idProperty !== undefined;
  const idProp = o?.idProperty ?? 'id';
  return [
    {
      name: 'node-has-id-and-name',
      description: declared
        ? `every node has a string ${idProp} and a name`
        : `every node has an ${idProp} and a name (a warning: the manifest declares no idProperty, so the explorer uses element ids and titles)`,
      ...(declared ? {} : { severity: 'warning' as const }),
      cypher: `MATCH (n) WHERE ${inDataset('n')}
               AND (NOT n[$idProperty] IS :: STRING NOT NULL OR coalesce(n.name, n.title) IS NULL)
               RETURN ${ident('n')} AS offender`,
    },
    {
      name: 'id-is-unique',
      description: `no two nodes share an ${idProp}`,
      cypher: `MATCH (n) WHERE ${inDataset('n')} AND n[$idProperty] IS NOT NULL
               WITH n[$idProperty] AS id, count(*) AS copies WHERE copies > 1
               RETURN toString(id) AS offender`,
    },
  ];
}

/** Checks for a dataset that documents its ontology in ontology.json. */
function ontologyChecks(o: Ontology): Check[] {
  // Label, type and provenance rules apply to a dataset that lists its vocabulary.
  if (!o.labels || !o.relationshipTypes) return [];
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
  const o = dataset.ontology;
  const checks = [...genericChecks(o), ...(o ? ontologyChecks(o) : [])];
  const params = {
    dataset: dataset.name,
    idProperty: o?.idProperty ?? 'id',
    labels: dataset.ontology?.labels ?? [],
    types: dataset.ontology?.relationshipTypes ?? [],
  };
  const results: CheckResult[] = [];
  for (const check of checks) {
    const { records } = await driver.executeQuery(
      `CALL () { ${check.cypher} } RETURN collect(offender)[..${EXAMPLES}] AS some, count(*) AS total`,
      params,
      { database, routing: 'READ' },
    );
    const some = readList(records[0], 'some').map(String);
    const total = Number(records[0]?.get('total') ?? 0);
    results.push({
      name: check.name,
      description: check.description,
      severity: check.severity ?? 'error',
      passed: total === 0,
      offenders: some,
      offenderCount: total,
    });
  }
  return results;
}

/** One line per check: a count and three examples, never every offender. */
export function formatChecks(results: CheckResult[]): string {
  return results
    .map((r) => {
      if (r.passed) return `  ✔ ${r.description}`;
      const mark = r.severity === 'warning' ? '⚠' : '✖';
      const more = r.offenderCount > r.offenders.length ? ', …' : '';
      return `  ${mark} ${r.description}: ${r.offenderCount} failing, e.g. ${r.offenders.join(', ')}${more}`;
    })
    .join('\n');
}

/** Whether the checks allow the load to count as good: warnings do not fail it. */
export const checksPassed = (results: CheckResult[]) =>
  results.every((r) => r.passed || r.severity === 'warning');
