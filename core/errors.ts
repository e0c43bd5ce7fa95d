import type { ErrorCode } from '../contract/index.js';

/**
 * An error as data: a code from the contract's vocabulary, a message for a
 * person, and details. The core throws these; the server gives each its
 * HTTP status (server/errors.ts), the client shows the message.
 */
export class CodedError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CodedError';
    this.code = code;
    this.details = details;
  }
}
