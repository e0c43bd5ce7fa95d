import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from '../neo4j/driver.js';
import { projectRoot } from '../project-paths.js';
import type { CheckResult } from './checks.js';
import type { Dataset } from './dataset.js';
import { DATASET_PROPERTY } from './loader.js';
import { readOptionalString, readStrings } from '../neo4j/decode.js';
import { ident } from '../../core/dataset/profile.js';
import { normaliseForQuote, paragraphsOf } from '../../core/reports/text.js';

/** Where the report texts are unless SOURCE_TEXTS_DIR or --texts=<dir> says otherwise. */
export const defaultTextsDir = path.resolve(projectRoot, '..', 'shared', 'seeds');

export function resolveTextsDir(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return path.resolve(option ?? env.SOURCE_TEXTS_DIR ?? defaultTextsDir);
}

// The numbering and normalisation live in the core, shared with the stored reports.
export { normaliseForQuote, paragraphsOf };

/** Whether `quote` occurs verbatim in `text`, inside paragraph `paragraph` when one is given. */
export function quoteOccurs(text: string, quote: string, paragraph?: number | null): boolean {
  const where = paragraph == null ? text : (paragraphsOf(text)[paragraph - 1] ?? '');
  const needle = normaliseForQuote(quote);
  return needle !== '' && normaliseForQuote(where).includes(needle);
}

interface QuoteRow {
  where: string;
  quote: string;
  files: string[];
  /** The reports' ids, whose texts the graph may hold (see report-texts.ts). */
  sources: string[];
  paragraph: number | null;
}

/** Every quote in the dataset with the text files of the reports it may come from. */
function quoteRowsCypher(sourceLabel: string, provenanceType: string): string {
  const src = `\`${sourceLabel.replaceAll('`', '``')}\``;
  const prov = `\`${provenanceType.replaceAll('`', '``')}\``;
  const mine = (v: string) => `${v}.${DATASET_PROPERTY} = $dataset`;
  return `
    CALL () {
      MATCH (n)-[r:${prov}]->(s:${src}) WHERE ${mine('n')} AND r.quote IS NOT NULL
      RETURN n.id + ' -> ' + s.id AS where, r.quote AS quote, [s.file] AS files, [s.id] AS sources, r.paragraph AS paragraph
      UNION ALL
      MATCH (n) WHERE ${mine('n')} AND n.quote IS NOT NULL AND NOT n:${src}
      OPTIONAL MATCH (n)-[:${prov}]->(s:${src})
      RETURN n.id AS where, n.quote AS quote, collect(s.file) AS files, collect(s.id) AS sources, null AS paragraph
      UNION ALL
      MATCH (a)-[r]->(b) WHERE ${mine('a')} AND type(r) <> '${provenanceType}' AND r.quote IS NOT NULL
      OPTIONAL MATCH (s:${src}) WHERE s.id IN coalesce(CASE WHEN r.quoteSource IS NULL THEN r.sources ELSE [r.quoteSource] END, [])
      RETURN a.id + ' -[' + type(r) + ']-> ' + b.id AS where, r.quote AS quote,
             collect(s.file) AS files, collect(s.id) AS sources, r.paragraph AS paragraph
    }
    RETURN where, quote, [f IN files WHERE f IS NOT NULL] AS files, sources, paragraph
    LIMIT 10000`;
}

export interface QuoteCheck {
  result: CheckResult;
  /** Set when the check could not run, saying why. */
  skipped?: string;
  checked: number;
}

const NAME = 'quote-is-verbatim';

/**
 * Checks every `quote` of the dataset (on provenance links, on nodes and on
 * other relationships) against the text of the report it cites.
 */
export async function checkQuotes(
  driver: Driver,
  database: string | undefined,
  dataset: Pick<Dataset, 'name' | 'ontology'>,
  textsDir: string,
): Promise<QuoteCheck> {
  const sourceLabel = dataset.ontology?.sourceLabel ?? 'Source';
  const { records } = await driver.executeQuery(
    quoteRowsCypher(sourceLabel, dataset.ontology?.provenanceType ?? 'SOURCED_FROM'),
    { dataset: dataset.name },
    { database, routing: 'READ' },
  );
  // The texts the graph holds of the reports these quotes cite (see report-texts.ts).
  const cited = [...new Set(records.flatMap((r) => readStrings(r, 'sources')))];
  const stored = await storedTexts(driver, database, sourceLabel, cited);
  const where = stored.size > 0 ? `${textsDir} and the texts stored in the graph` : textsDir;
  const description = `every quote occurs verbatim in its report's text (${where})`;
  const base = {
    name: NAME,
    description,
    offenders: [],
    offenderCount: 0,
    severity: 'error' as const,
  };
  const haveDir = existsSync(textsDir) && statSync(textsDir).isDirectory();
  if (!haveDir && stored.size === 0) {
    return {
      result: { ...base, passed: true },
      checked: 0,
      skipped: `the report texts are not at ${textsDir}; set SOURCE_TEXTS_DIR or pass --texts=<dir> to check quotes`,
    };
  }
  const texts = new Map<string, string | undefined>();
  const textOf = (file: string) => {
    if (!haveDir) return undefined;
    if (!texts.has(file)) {
      const full = path.join(textsDir, path.basename(file));
      texts.set(file, existsSync(full) ? readFileSync(full, 'utf8') : undefined);
    }
    return texts.get(file);
  };
  const offenders: string[] = [];
  for (const record of records) {
    const rawParagraph: unknown = record.get('paragraph');
    const row: QuoteRow = {
      where: String(record.get('where')),
      quote: String(record.get('quote')),
      files: readStrings(record, 'files'),
      sources: readStrings(record, 'sources'),
      paragraph: rawParagraph == null ? null : Number(rawParagraph),
    };
    const paragraph = row.paragraph;
    const inText = (text: string | undefined) =>
      text !== undefined && quoteOccurs(text, String(row.quote), paragraph);
    const found =
      row.files.some((f) => inText(textOf(f))) || row.sources.some((id) => inText(stored.get(id)));
    if (!found) {
      const excerpt = String(row.quote).slice(0, 60);
      const named = row.files.length > 0 ? row.files : row.sources;
      const reason = named.length === 0 ? 'no report named' : named.join(', ');
      offenders.push(
        `${row.where}: "${excerpt}" not in ${reason}${paragraph ? ` ¶${paragraph}` : ''}`,
      );
    }
  }
  return {
    result: {
      ...base,
      passed: offenders.length === 0,
      offenders: offenders.slice(0, 25),
      offenderCount: offenders.length,
    },
    checked: records.length,
  };
}

/** Every report text the graph holds, by report id, one paragraph a line. */
async function storedTexts(
  driver: Driver,
  database: string | undefined,
  sourceLabel: string,
  ids: string[],
): Promise<Map<string, string>> {
  const { records } = await driver.executeQuery(
    `MATCH (s:${ident(sourceLabel)}) WHERE s.id IN $ids AND s._paragraphs IS NOT NULL
     RETURN s.id AS id, s._paragraphs AS paragraphs`,
    { ids },
    { database, routing: 'READ' },
  );
  const out = new Map<string, string>();
  for (const record of records) {
    const id = readOptionalString(record, 'id');
    if (id !== null) out.set(id, readStrings(record, 'paragraphs').join('\n'));
  }
  return out;
}

export function formatQuoteCheck(check: QuoteCheck): string {
  if (check.skipped) return `  – quotes not checked: ${check.skipped}`;
  const r = check.result;
  return r.passed
    ? `  ✔ ${r.description}: ${check.checked} quotes`
    : `  ✖ ${r.description}: ${r.offenderCount} failing, e.g.\n    ${r.offenders.join('\n    ')}`;
}
