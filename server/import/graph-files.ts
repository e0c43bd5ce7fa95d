/** GraphML, GEXF and FollowTheMoney files read into a graph batch. */
import { readFileSync } from 'node:fs';
import type { GraphBatch } from '../../core/import/batch.js';
import { parseGexf } from '../../core/import/gexf.js';
import { parseGraphml } from '../../core/import/graphml.js';
import type { ImportOptions } from '../../core/import/options.js';
import { parseFtm } from '../../core/import/ftm-in.js';
import type { RowsRead } from './csv-stream.js';
import { decodeText } from './encoding.js';

/**
 * The file parsed whole (its parsers need every element to resolve the
 * references between them); its progress is reported as it starts and
 * when its elements (FtM: entities) are read.
 */
export function readGraphFile(
  file: string,
  display: string,
  options: ImportOptions,
  onRead: RowsRead = () => undefined,
): GraphBatch {
  const xml = /\.(graphml|gexf)$/i.test(file);
  const unit = xml ? 'elements' : 'entities';
  onRead(display, 0, false, unit);
  const { text } = decodeText(readFileSync(file), display, options.encoding);
  const batch = /\.graphml$/i.test(file)
    ? parseGraphml(text, display, options)
    : /\.gexf$/i.test(file)
      ? parseGexf(text, display, options)
      : parseFtm(text, display, options);
  // FtM's relationship entities become edges; an XML file's edge elements too.
  onRead(display, batch.nodes.length + batch.edges.length, true, unit);
  return batch;
}
