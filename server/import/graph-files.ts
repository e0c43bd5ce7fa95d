/** GraphML, GEXF and FollowTheMoney files read into a graph batch. */
import { readFileSync } from 'node:fs';
import type { GraphBatch } from '../../core/import/batch.js';
import { ImportError } from '../../core/import/batch.js';
import type { ImportOptions } from '../../core/import/options.js';
import { decodeText } from './encoding.js';

export function readGraphFile(file: string, display: string, options: ImportOptions): GraphBatch {
  const { text } = decodeText(readFileSync(file), display, options.encoding);
  void text;
  throw new ImportError([
    { place: { file: display }, message: 'this format is not read yet', fix: 'use a spreadsheet' },
  ]);
}
