/** GraphML, GEXF and FollowTheMoney files read into a graph batch. */
import { readFileSync } from 'node:fs';
import type { GraphBatch } from '../../core/import/batch.js';
import { parseGexf } from '../../core/import/gexf.js';
import { parseGraphml } from '../../core/import/graphml.js';
import type { ImportOptions } from '../../core/import/options.js';
import { parseFtm } from '../../core/import/ftm-in.js';
import { decodeText } from './encoding.js';

export function readGraphFile(file: string, display: string, options: ImportOptions): GraphBatch {
  const { text } = decodeText(readFileSync(file), display, options.encoding);
  if (/\.graphml$/i.test(file)) return parseGraphml(text, display, options);
  if (/\.gexf$/i.test(file)) return parseGexf(text, display, options);
  return parseFtm(text, display, options);
}
