import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from '../neo4j/driver.js';
import { projectRoot } from '../project-paths.js';
import type { CheckResult } from './checks.js';
import type { Dataset } from './dataset.js';
import { DATASET_PROPERTY } from './loader.js';
import { readStrings } from '../neo4j/decode.js';

/** Where the report texts are unless SOURCE_TEXTS_DIR or --texts=<dir> says otherwise. */
export const defaultTextsDir = path.resolve(projectRoot, '..', 'shared', 'seeds');

export function resolveTextsDir(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return path.resolve(option ?? env.SOURCE_TEXTS_DIR ?? defaultTextsDir);
}

/**
 * Quote marks and whitespace differ between a scraped page and a Cypher
 * string (curly against straight, line breaks); nothing else may differ
 * for a quote to count.
 */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A report's paragraphs: its non-blank lines, the headline counting as paragraph 1. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

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
      RETURN n.id + ' -> ' + s.id AS where, r.quote AS quote, [s.file] AS files, r.paragraph AS paragraph
      UNION ALL
      MATCH (n) WHERE ${mine('n')} AND n.quote IS NOT NULL AND NOT n:${src}
      OPTIONAL MATCH (n)-[:${prov}]->(s:${src})
      RETURN n.id AS where, n.quote AS quote, collect(s.file) AS files, null AS paragraph
      UNION ALL
      MATCH (a)-[r]->(b) WHERE ${mine('a')} AND type(r) <> '${provenanceType}' AND r.quote IS NOT NULL
      OPTIONAL MATCH (s:${src}) WHERE s.id IN coalesce(CASE WHEN r.quoteSource IS NULL THEN r.sources ELSE [r.quoteSource] END, [])
      RETURN a.id + ' -[' + type(r) + ']-> ' + b.id AS where, r.quote AS quote,
             collect(s.file) AS files, r.paragraph AS paragraph
    }
    RETURN where, quote, [f IN files WHERE f IS NOT NULL] AS files, paragraph
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
  const description = `every quote occurs verbatim in its report's text (${textsDir})`;
  const base = {
    name: NAME,
    description,
    offenders: [],
    offenderCount: 0,
    severity: 'error' as const,
  };
  if (!existsSync(textsDir) || !statSync(textsDir).isDirectory()) {
    return {
      result: { ...base, passed: true },
      checked: 0,
      skipped: `the report texts are not at ${textsDir}; set SOURCE_TEXTS_DIR or pass --texts=<dir> to check quotes`,
    };
  }
  const { records } = await driver.executeQuery(
    quoteRowsCypher(
      dataset.ontology?.sourceLabel ?? 'Source',
      dataset.ontology?.provenanceType ?? 'SOURCED_FROM',
    ),
    { dataset: dataset.name },
    { database, routing: 'READ' },
  );
  const texts = new Map<string, string | undefined>();
  const textOf = (file: string) => {
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
      paragraph: rawParagraph == null ? null : Number(rawParagraph),
    };
    const paragraph = row.paragraph;
    const found = row.files.some((f) => {
      const text = textOf(f);
      return text !== undefined && quoteOccurs(text, String(row.quote), paragraph);
    });
    if (!found) {
      const excerpt = String(row.quote).slice(0, 60);
      const reason = row.files.length === 0 ? 'no report file named' : row.files.join(', ');
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

export function formatQuoteCheck(check: QuoteCheck): string {
  if (check.skipped) return `  – quotes not checked: ${check.skipped}`;
  const r = check.result;
  return r.passed
    ? `  ✔ ${r.description}: ${check.checked} quotes`
    : `  ✖ ${r.description}: ${r.offenderCount} failing, e.g.\n    ${r.offenders.join('\n    ')}`;
}
