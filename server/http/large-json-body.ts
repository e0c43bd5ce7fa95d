/**
 * A JSON body parser for the few routes whose bodies are larger than the
 * API's usual bound (uploaded files, saved web pages): reads up to `limit`
 * bytes and, past it, refuses with the route's own advice as a 413, not the
 * parser's bare error.
 */
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { ApiError } from '../errors.js';

export function largeJsonBody(
  limit: number,
  message: string,
): [RequestHandler, ErrorRequestHandler] {
  const tooLarge: ErrorRequestHandler = (error, _req, _res, next) => {
    const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown };
    if (status === 413 || type === 'entity.too.large') {
      next(new ApiError('PAYLOAD_TOO_LARGE', message));
      return;
    }
    next(error);
  };
  return [express.json({ limit }), tooLarge];
}
