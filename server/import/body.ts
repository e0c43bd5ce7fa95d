/**
 * The import dialog's bodies are files (base64 in JSON), far larger than the
 * API's other bodies: read only for a signed-in admin, up to a bound, and
 * past it refused with what to do instead.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { IMPORT_MAX_FILE_BYTES } from '../../contract/index.js';
import { requireRole } from '../auth/require.js';
import { largeJsonBody } from '../http/large-json-body.js';

/** Base64 makes a file a third larger; a CSV pair's two files fit together. */
export const IMPORT_BODY_LIMIT_BYTES = Math.ceil((IMPORT_MAX_FILE_BYTES * 4) / 3) + 1_000_000;

export function importBodies(): (RequestHandler | ErrorRequestHandler)[] {
  return [
    requireRole('admin'),
    ...largeJsonBody(
      IMPORT_BODY_LIMIT_BYTES,
      `The files are too large to upload together: the dialog takes up to ${IMPORT_MAX_FILE_BYTES / 1e6} MB in all. Load a larger dataset with npm run seed -- <file or folder>.`,
    ),
  ];
}
