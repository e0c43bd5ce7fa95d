/**
 * A dataset's shape: what its manifest (the `ontology.json` of its folder)
 * says about it — title, captions, which property dates which label — and
 * what can be inferred from the schema when it says nothing.
 */
import { z } from 'zod';
import { CAPTION_NAMES } from './captions.js';

const label = z.string().min(1);
const property = z.string().min(1);

export const datePrecision = z.enum(['day', 'month', 'year']);

/** The manifest's keys about the dataset as a whole; ontology.json may carry them all. */
export const manifestFields = {
  /** The identity the loader marks the dataset's nodes with; the folder's name is not one. */
  id: z
    .string()
    .regex(
      /^[A-Za-z0-9][\w.-]*$/,
      'letters, digits, ".", "_" and "-", starting with a letter or digit',
    )
    .optional(),
  title: z.string().min(1).optional(),
  description: z.string().optional(),
  searchPlaceholder: z.string().optional(),
  /** Every node is expected to carry this property (a string, unique); absent means no id convention. */
  idProperty: property.optional(),
  captions: z.record(label, property).default({}),
  dates: z
    .record(
      label,
      z.union([
        property.transform((p) => ({ property: p, precision: undefined })),
        z.object({ property, precision: datePrecision.optional() }),
      ]),
    )
    .default({}),
};

export interface DateRule {
  property: string;
  precision?: 'day' | 'month' | 'year' | undefined;
}

/** What the rest of the server needs from a manifest. */
export interface DatasetShape {
  id?: string | undefined;
  title?: string | undefined;
  description?: string | undefined;
  searchPlaceholder?: string | undefined;
  idProperty?: string | undefined;
  captions: Record<string, string>;
  dates: Record<string, DateRule>;
  eventLabel: string;
}

const quote = (name: string) => `\`${name.replaceAll('`', '``')}\``;

/**
 * The labels whose nodes the timeline shows, as a Cypher label expression:
 * the event label and every label the manifest dates. The loader gives
 * those nodes a `date` and `datePrecision` (see dateStatements).
 */
export function timelineLabels(shape: Pick<DatasetShape, 'eventLabel' | 'dates'>): string {
  return [...new Set([shape.eventLabel, ...Object.keys(shape.dates)])].map(quote).join('|');
}

/**
 * Cypher that turns each dated label's property into the `date` and
 * `datePrecision` the timeline and as-of read: `released: 1999` becomes
 * 1999-01-01 at year precision; '2001-05' a month; a date the precision an
 * import kept beside it (`birthDatePrecision`), else its day; a datetime its day. A
 * node's own `date` is never overwritten by another property.
 */
export function dateStatements(
  dates: Record<string, DateRule>,
): { cypher: string; params: Record<string, unknown> }[] {
  return Object.entries(dates).map(([lbl, rule]) => ({
    cypher: `MATCH (n:${quote(lbl)}) WHERE n._dataset = $dataset AND n[$property] IS NOT NULL
               AND ($property = 'date' OR n.date IS NULL)
             WITH n, n[$property] AS v
             WITH n, v, CASE
               WHEN v IS :: INTEGER THEN date({year: v})
               WHEN v IS :: STRING AND v =~ $isoDate THEN date(v)
               WHEN v IS :: DATE THEN v
               WHEN v IS :: ZONED DATETIME OR v IS :: LOCAL DATETIME THEN date(v)
             END AS day
             WHERE day IS NOT NULL
             SET n.date = day,
                 n.datePrecision = coalesce(n.datePrecision, $precision, n[$property + 'Precision'], CASE
                   WHEN v IS :: INTEGER OR (v IS :: STRING AND size(v) = 4) THEN 'year'
                   WHEN v IS :: STRING AND size(v) = 7 THEN 'month'
                   ELSE 'day' END)`,
    params: {
      property: rule.property,
      precision: rule.precision ?? null,
      isoDate: String.raw`\d{4}(-\d{2}(-\d{2})?)?`,
    },
  }));
}

/**
 * Cypher returning PropertyRow-shaped rows for one dataset's nodes (`$dataset`),
 * from a sample of them: inside the loader's transaction, where the schema
 * procedure does not yet see the new nodes. Types are named as that procedure names them.
 */
export const DATASET_PROPERTY_ROWS = `MATCH (n) WHERE n._dataset = $dataset
  WITH n LIMIT 10000
  UNWIND labels(n) AS label
  UNWIND keys(n) AS property
  WITH label, property, valueType(n[property]) AS t
  WHERE NOT label STARTS WITH '_' AND NOT property STARTS WITH '_'
  RETURN label, property, collect(DISTINCT CASE t
    WHEN 'INTEGER NOT NULL' THEN 'Long' WHEN 'DATE NOT NULL' THEN 'Date'
    WHEN 'ZONED DATETIME NOT NULL' THEN 'DateTime' WHEN 'LOCAL DATETIME NOT NULL' THEN 'LocalDateTime'
    WHEN 'STRING NOT NULL' THEN 'String' ELSE t END) AS types`;

/** PropertyRows from records with label, property and types columns. */
export function toPropertyRows(records: { get(key: string): unknown }[]): PropertyRow[] {
  return records.map((r) => {
    const types = r.get('types');
    return {
      label: String(r.get('label')),
      property: String(r.get('property')),
      types: Array.isArray(types) ? types.map(String) : [],
    };
  });
}

/** One row of `db.schema.nodeTypeProperties()`. */
export interface PropertyRow {
  label: string;
  property: string;
  types: string[];
}

const YEAR_NAME = /year|released|born|died|founded|published|opened|built|launched/i;
const TIME_TYPES = ['Date', 'DateTime', 'LocalDateTime'];

/** A caption per label: a declared one, else name, title, caption or label, else the first string property. */
export function inferCaptions(
  rows: PropertyRow[],
  declared: Record<string, string>,
): Record<string, string> {
  const byLabel = new Map<string, PropertyRow[]>();
  for (const row of rows) byLabel.set(row.label, [...(byLabel.get(row.label) ?? []), row]);
  const captions: Record<string, string> = {};
  for (const [lbl, props] of byLabel) {
    const strings = props.filter((p) => p.types.includes('String')).map((p) => p.property);
    const pick =
      declared[lbl] ??
      CAPTION_NAMES.find((n) => strings.includes(n)) ??
      strings.filter((p) => p !== 'id' && !p.startsWith('_')).sort()[0];
    if (pick) captions[lbl] = pick;
  }
  return captions;
}

/** Cypher text of `expr` when it is non-empty text or a number, else null. */
const cypherText = (expr: string) =>
  `CASE WHEN ${expr} IS :: STRING NOT NULL AND trim(${expr}) <> '' THEN ${expr}
        WHEN ${expr} IS :: INTEGER NOT NULL OR ${expr} IS :: FLOAT NOT NULL THEN toString(${expr}) END`;

/**
 * The caption rule of `captionOf` (captions.ts) as a Cypher
 * expression over node `variable`, for queries that return small maps
 * rather than whole nodes: the manifest's caption per label, then name,
 * title, caption or label, then the first string property by name.
 */
export function captionCypher(variable: string, captions: Record<string, string>): string {
  const v = variable;
  const declared = Object.entries(captions).map(
    ([lbl, prop]) => `CASE WHEN ${v}:${quote(lbl)} THEN ${cypherText(`${v}.${quote(prop)}`)} END`,
  );
  const named = CAPTION_NAMES.map((n) => cypherText(`${v}.${quote(n)}`));
  const firstString = `COLLECT {
      UNWIND keys(${v}) AS k WITH k WHERE k <> 'id' AND NOT k STARTS WITH '_'
        AND ${v}[k] IS :: STRING NOT NULL AND trim(${v}[k]) <> ''
      RETURN ${v}[k] ORDER BY k LIMIT 1 }[0]`;
  return `coalesce(${[...declared, ...named, firstString].join(', ')})`;
}

/** Date, datetime and integer properties named like a year: what a manifest could declare as time. */
export function inferTimeCandidates(
  rows: PropertyRow[],
): { label: string; property: string; type: string }[] {
  return rows.flatMap((row) => {
    const time = row.types.find((t) => TIME_TYPES.includes(t));
    if (time) return [{ label: row.label, property: row.property, type: time }];
    if (row.types.includes('Long') && YEAR_NAME.test(row.property)) {
      return [{ label: row.label, property: row.property, type: 'integer year' }];
    }
    return [];
  });
}

/**
 * Whether a manifest (the parsed JSON of ontology.json, or undefined when
 * there is none) says nothing about time: no `dates` and no `eventLabel`.
 * Then the dataset's time is inferred (see inferDates).
 */
export function infersTime(raw: unknown): boolean {
  return typeof raw !== 'object' || raw === null || !('dates' in raw || 'eventLabel' in raw);
}

/**
 * One dating rule per label, from the time candidates: a property called
 * `date` first (what the loader writes), then a date or datetime, then an
 * integer year (at year precision); by property name within each.
 */
export function inferDates(rows: PropertyRow[]): Record<string, DateRule> {
  const rank = (c: { property: string; type: string }) =>
    c.property === 'date' ? 0 : c.type === 'integer year' ? 2 : 1;
  const best = new Map<string, { property: string; type: string }>();
  const candidates = inferTimeCandidates(rows).sort(
    (a, b) => rank(a) - rank(b) || a.property.localeCompare(b.property),
  );
  for (const c of candidates) if (!best.has(c.label)) best.set(c.label, c);
  return Object.fromEntries(
    [...best].map(([lbl, c]) => [
      lbl,
      { property: c.property, precision: c.type === 'integer year' ? 'year' : undefined },
    ]),
  );
}
