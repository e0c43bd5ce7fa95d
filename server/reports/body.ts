/**
 * The reports' routes read larger bodies than the rest of the API (a saved
 * web page is often a few megabytes), and say what to do when one is larger
 * still. Mounted before the API's own JSON parser, which then leaves the
 * body it finds read.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { MAX_INPUT_CHARS } from '../../core/reports/input.js';
import { largeJsonBody } from '../http/large-json-body.js';

/** JSON escapes and multi-byte characters make a body up to a few times its text. */
export const REPORT_BODY_LIMIT_BYTES = 2 * MAX_INPUT_CHARS;

export function reportBodies(): (RequestHandler | ErrorRequestHandler)[] {
  return largeJsonBody(
    REPORT_BODY_LIMIT_BYTES,
    `A report may be at most ${REPORT_BODY_LIMIT_BYTES / 1_000_000} MB as sent. Paste the article's text alone rather than the whole page, or save the page as .html and upload it: only its article is kept.`,
  );
}
