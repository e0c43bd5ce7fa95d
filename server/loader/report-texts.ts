/**
 * The seed's reports stored as reports: each Source that names a text file
 * keeps that file's paragraphs (numbered as the evidence model numbers them),
 * a digest of its normalised text (so the same report added again is known),
 * and the headline and date as printed. The texts stay where the dataset
 * keeps them (SOURCE_TEXTS_DIR); the graph holds a copy, refreshed at each
 * load, so the reading view and the quote check work without the files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Driver, ManagedTransaction, Transaction } from '../neo4j/driver.js';
import { readOptionalString } from '../neo4j/decode.js';
import { ident } from '../../core/dataset/profile.js';
import { printedDate } from '../../core/reports/dates.js';
import { reportParagraphs } from '../../core/reports/text.js';
import { textDigest } from '../reports/digest.js';
import { DATASET_PROPERTY } from './loader.js';

export interface ReportTextRow {
  id: string;
  paragraphs: string[];
  digest: string;
  headline: string | null;
  datePrinted: string | null;
}

export interface StoredTexts {
  stored: number;
  /** Sources whose stored text was new or differed, and so was written. */
  written?: number;
  /** Files named by a Source but not found in the texts folder. */
  missing: string[];
  skipped?: string;
}

/** The stored form of one seed text: its paragraphs, digest and what it prints of itself. */
export function reportTextRow(id: string, text: string, headlinePrinted: boolean): ReportTextRow {
  const paragraphs = reportParagraphs(text);
  return {
    id,
    paragraphs,
    digest: textDigest(paragraphs),
    headline: headlinePrinted ? (paragraphs[0] ?? null) : null,
    datePrinted: printedDate(paragraphs)?.wording ?? null,
  };
}

type Tx = Pick<Transaction | ManagedTransaction, 'run'>;

/**
 * Reads each of the dataset's Sources' text files and stores them on the
 * Source, in the transaction given (the load's own, so readers never see a
 * report without its text). Headline and printed date are set only where
 * the dataset does not give them.
 */
export async function storeReportTexts(
  tx: Tx,
  dataset: { name: string; sourceLabel: string },
  textsDir: string,
): Promise<StoredTexts> {
  if (!existsSync(textsDir) || !statSync(textsDir).isDirectory()) {
    return { stored: 0, missing: [], skipped: `the report texts are not at ${textsDir}` };
  }
  const src = ident(dataset.sourceLabel);
  const { records } = await tx.run(
    `MATCH (s:${src}) WHERE s.${DATASET_PROPERTY} = $dataset AND s.file IS NOT NULL
     RETURN s.id AS id, s.file AS file, toString(s.headlinePrinted) AS headlinePrinted`,
    { dataset: dataset.name },
  );
  const rows: ReportTextRow[] = [];
  const missing: string[] = [];
  for (const record of records) {
    const id = readOptionalString(record, 'id');
    const file = readOptionalString(record, 'file');
    if (id === null || file === null) continue;
    const full = path.join(textsDir, path.basename(file));
    if (!existsSync(full)) {
      missing.push(file);
      continue;
    }
    const printed = readOptionalString(record, 'headlinePrinted') !== 'false';
    rows.push(reportTextRow(id, readFileSync(full, 'utf8'), printed));
  }
  const result = await tx.run(
    `UNWIND $rows AS row
     MATCH (s:${src} {id: row.id}) WHERE s.${DATASET_PROPERTY} = $dataset
       // An unchanged text is left as it is: a warm start then writes nothing.
       AND (s._textDigest IS NULL OR s._textDigest <> row.digest
            OR s.headline IS NULL AND row.headline IS NOT NULL
            OR s.datePrinted IS NULL AND row.datePrinted IS NOT NULL)
     SET s._paragraphs = row.paragraphs, s._textDigest = row.digest, s._rawDigest = row.digest,
         s.headline = coalesce(s.headline, row.headline),
         s.datePrinted = coalesce(s.datePrinted, row.datePrinted)
     RETURN count(s) AS written`,
    { rows, dataset: dataset.name },
  );
  const written = Number(result.records[0]?.get('written') ?? 0);
  return { stored: rows.length, written, missing };
}

/**
 * After a load skipped as unchanged: stores the texts again, in a
 * transaction of their own (the texts folder may have been absent at the
 * load, or a file changed since). Only the texts that differ are written.
 */
export async function refreshReportTexts(
  driver: Driver,
  database: string | undefined,
  dataset: { name: string; sourceLabel: string },
  textsDir: string,
): Promise<StoredTexts> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite((tx) => storeReportTexts(tx, dataset, textsDir));
  } finally {
    await session.close();
  }
}
