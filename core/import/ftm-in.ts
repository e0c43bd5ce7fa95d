import { ImportError, type GraphBatch } from './batch.js';
import type { ImportOptions } from './options.js';

export function parseFtm(_text: string, file: string, _options: ImportOptions): GraphBatch {
  throw new ImportError([{ place: { file }, message: 'not yet', fix: 'wait' }]);
}
