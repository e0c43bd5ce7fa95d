/**
 * `npm run seed -- --check`, evidence part: reads every relationship and
 * dated node of a dataset from Neo4j, holds them to the evidence rule
 * (evidence-rules.ts) and names, for each refusal, the file and line that
 * wrote it and what to write instead. Applies to a dataset whose manifest
 * says `"evidence": "required"` (the seed does).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from '../neo4j/driver.js';
import { readMaps } from '../neo4j/decode.js';
import type { CheckResult } from './checks.js';
import type { Dataset } from './dataset.js';
import {
  dateFindings,
  relationshipFindings,
  type DateRow,
  type Finding,
  type RelationshipRow,
} from './evidence-rules.js';
import { DATASET_PROPERTY } from './loader.js';

const ident = (name: string) => `\`${name.replaceAll('`', '``')}\``;

export interface EvidenceCheck {
  result: CheckResult;
  /** Every finding, each with where it was written. */
  findings: (Finding & { at: string | null })[];
  relationships: number;
  /** Relationships with a verbatim span, and by basis. */
  counts: { span: number; stated: number; inferred: number; background: number };
  skipped?: string;
}

/**
 * The dated properties of `x`, as a Cypher list of keys: every DATE value,
 * `date` whatever its type, and any key written with a precision beside it.
 */
const DATED = (x: string) =>
  `[k IN keys(${x}) WHERE ${x}[k] IS :: DATE OR k = 'date' OR ${x}[k + 'Precision'] IS NOT NULL]`;
/** The date row of key `k` of `x` (see DateRow): the key and its companions by name. */
const DATE_FIELDS = (x: string) =>
  `property: k, date: toString(${x}[k]), precision: ${x}[k + 'Precision'],
   inferred: ${x}[k + 'Inferred'] = true, inferredFrom: ${x}[k + 'InferredFrom'],
   precisionFrom: ${x}[k + 'PrecisionFrom']`;

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : v == null ? null : Number(v));

/** The seed-file line that writes a relationship or node: "seed/40_events.cypher:212". */
export function locate(
  files: { displayPath: string; lines: string[] }[],
  subject: Finding['subject'],
): string | null {
  const q = (id: string) => `'${id.replaceAll("'", "\\'")}'`;
  const at = (file: { displayPath: string }, index: number) => `${file.displayPath}:${index + 1}`;
  if ('node' in subject) {
    // The node's MERGE, then the line of its statement that writes the property, if any.
    const writes = subject.property ? new RegExp(`(^|[^\\w])${subject.property}\\s*(:|=)`) : null;
    for (const f of files) {
      const start = f.lines.findIndex((l) => l.includes(`{id: ${q(subject.node)}}`));
      if (start < 0) continue;
      for (let i = start; writes && i < f.lines.length; i++) {
        const line = f.lines[i] ?? '';
        if (writes.test(line.replace(`{id: ${q(subject.node)}}`, ''))) return at(f, i);
        if (line.trimEnd().endsWith(';')) break;
      }
      return at(f, start);
    }
    return null;
  }
  for (const f of files) {
    const i = f.lines.findIndex(
      (l) => l.includes(`from: ${q(subject.from)}`) && l.includes(`to: ${q(subject.to)}`),
    );
    if (i >= 0) return at(f, i);
  }
  // A row naming both ends, such as a provenance row {id: …, src: …}.
  for (const f of files) {
    const i = f.lines.findIndex((l) => l.includes(q(subject.from)) && l.includes(q(subject.to)));
    if (i >= 0) return at(f, i);
  }
  // A provenance link: the node's MERGE, then the line naming the report before the next statement ends.
  for (const f of files) {
    const start = f.lines.findIndex((l) => l.includes(`{id: ${q(subject.from)}}`));
    if (start < 0) continue;
    for (let i = start; i < f.lines.length; i++) {
      const line = f.lines[i] ?? '';
      if (line.includes(q(subject.to)) && i > start) return at(f, i);
      if (line.trimEnd().endsWith(';')) break;
    }
    return at(f, start);
  }
  return null;
}

/** "file:line: from -[TYPE]-> to: problem; write instead: fix". */
export function formatFinding(f: Finding & { at: string | null }): string {
  const on =
    'node' in f.subject
      ? f.subject.node
      : `${f.subject.from} -[${f.subject.type}]-> ${f.subject.to}`;
  const what = f.subject.property ? `${on} ${f.subject.property}` : on;
  return `${f.at ?? '(line not found)'}: ${what}: ${f.problem} [${f.rule}]; instead, ${f.fix}`;
}

export async function checkEvidence(
  driver: Driver,
  database: string | undefined,
  dataset: Pick<Dataset, 'name' | 'ontology' | 'files'>,
  textsDir: string,
): Promise<EvidenceCheck> {
  const o = dataset.ontology;
  const base = {
    name: 'evidence',
    description:
      'every relationship carries evidence (a verbatim span in the report it cites, or basis inferred/background with a note); causal links are stated; every dated property (date, endDate, effectiveFrom, …) with its precision, no finer than its wording and on the first day of its month or year',
    severity: 'error' as const,
    offenders: [] as string[],
    offenderCount: 0,
  };
  const none = { span: 0, stated: 0, inferred: 0, background: 0 };
  if (o?.evidence !== 'required') {
    return {
      result: { ...base, passed: true },
      findings: [],
      relationships: 0,
      counts: none,
      skipped: 'the manifest does not ask for evidence ("evidence": "required")',
    };
  }
  const params = { dataset: dataset.name };
  const prov = o.provenanceType;
  const src = ident(o.sourceLabel);
  const [rels, dates, relDates, sources] = await Promise.all([
    driver.executeQuery(
      `MATCH (a)-[r]->(b) WHERE a.${DATASET_PROPERTY} = $dataset
       RETURN collect({from: coalesce(a.id, elementId(a)), type: type(r), to: coalesce(b.id, elementId(b)),
         provenanceSource: CASE WHEN type(r) = $prov THEN b.id END, sources: r.sources, quote: r.quote,
         quoteSource: r.quoteSource, paragraph: r.paragraph, basis: r.basis,
         note: coalesce(r.note, r.description)}) AS rows`,
      { ...params, prov },
      { database, routing: 'READ' },
    ),
    driver.executeQuery(
      `MATCH (n) WHERE n.${DATASET_PROPERTY} = $dataset
       UNWIND ${DATED('n')} AS k
       RETURN collect({id: coalesce(n.id, elementId(n)), ${DATE_FIELDS('n')}}) AS rows`,
      params,
      { database, routing: 'READ' },
    ),
    driver.executeQuery(
      `MATCH (a)-[r]->(b) WHERE a.${DATASET_PROPERTY} = $dataset
       UNWIND ${DATED('r')} AS k
       RETURN collect({from: coalesce(a.id, elementId(a)), type: type(r), to: coalesce(b.id, elementId(b)),
         ${DATE_FIELDS('r')}}) AS rows`,
      params,
      { database, routing: 'READ' },
    ),
    driver.executeQuery(
      `MATCH (s:${src}) WHERE s.${DATASET_PROPERTY} = $dataset
       RETURN collect({id: s.id, file: s.file}) AS rows`,
      params,
      { database, routing: 'READ' },
    ),
  ]);
  const texts = new Map<string, string | undefined>();
  const haveTexts = existsSync(textsDir) && statSync(textsDir).isDirectory();
  for (const s of readMaps(sources.records[0], 'rows')) {
    const id = str(s.id);
    const file = str(s.file);
    if (id === null || file === null || !haveTexts) continue;
    const full = path.join(textsDir, path.basename(file));
    texts.set(id, existsSync(full) ? readFileSync(full, 'utf8') : undefined);
  }
  const relRows: RelationshipRow[] = readMaps(rels.records[0], 'rows').map((r) => ({
    from: String(r.from),
    type: String(r.type),
    to: String(r.to),
    provenanceSource: str(r.provenanceSource),
    sources: Array.isArray(r.sources) ? r.sources.map(String) : [],
    quote: str(r.quote),
    quoteSource: str(r.quoteSource),
    paragraph: num(r.paragraph),
    basis: str(r.basis),
    note: str(r.note),
  }));
  const dateRow = (d: Record<string, unknown>): DateRow => ({
    id: String(d.id ?? d.from),
    property: String(d.property),
    date: String(d.date),
    precision: str(d.precision),
    inferred: d.inferred === true,
    inferredFrom: str(d.inferredFrom),
    precisionFrom: str(d.precisionFrom),
  });
  const dateRows: DateRow[] = [
    ...readMaps(dates.records[0], 'rows').map(dateRow),
    ...readMaps(relDates.records[0], 'rows').map((d) => ({
      ...dateRow(d),
      on: { from: String(d.from), type: String(d.type), to: String(d.to) },
    })),
  ];
  const ctx = { causalTypes: o.causalTypes, texts };
  const found = [
    ...relRows.flatMap((r) => relationshipFindings(r, ctx)),
    ...dateRows.flatMap(dateFindings),
  ];
  const files = dataset.files.map((f) => ({
    displayPath: f.displayPath,
    lines: existsSync(f.displayPath) ? readFileSync(f.displayPath, 'utf8').split('\n') : [],
  }));
  const findings = found.map((f) => ({ ...f, at: locate(files, f.subject) }));
  const counts = { ...none };
  for (const r of relRows) {
    if (r.quote !== null && r.quote !== '') counts.span++;
    const b = r.basis ?? (r.quote ? 'stated' : null);
    if (b === 'stated' || b === 'inferred' || b === 'background') counts[b]++;
  }
  return {
    result: {
      ...base,
      passed: findings.length === 0,
      offenders: findings.slice(0, 25).map(formatFinding),
      offenderCount: findings.length,
    },
    findings,
    relationships: relRows.length,
    counts,
    ...(haveTexts ? {} : { skipped: `spans not checked: no report texts at ${textsDir}` }),
  };
}

export function formatEvidenceCheck(check: EvidenceCheck): string {
  if (check.skipped && check.relationships === 0)
    return `  – evidence not checked: ${check.skipped}`;
  const c = check.counts;
  const tally = `${check.relationships} relationships: ${c.span} with a verbatim span; basis stated ${c.stated}, inferred ${c.inferred}, background ${c.background}`;
  const note = check.skipped ? ` (${check.skipped})` : '';
  const r = check.result;
  return r.passed
    ? `  ✔ evidence: ${tally}${note}`
    : `  ✖ evidence: ${r.offenderCount} refused (${tally})${note}:\n    ${r.offenders.join('\n    ')}`;
}
