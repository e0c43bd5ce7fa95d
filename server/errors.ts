import type { ErrorCode } from '../contract/index.js';
import { CodedError } from '../core/errors.js';

/**
 * Errors as data. Every failure the API reports has a code from this union;
 * one table maps codes to HTTP statuses, and one middleware renders them.
 */
export const httpStatusByCode = {
  INVALID_INPUT: 400,
  CYPHER_SYNTAX_ERROR: 400,
  CYPHER_ERROR: 400,
  QUERY_TOO_LARGE: 422,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  QUERY_REFUSED: 403,
  HOST_NOT_ALLOWED: 403,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_ENCODING: 415,
  RATE_LIMITED: 429,
  BUSY: 503,
  QUERY_TIMEOUT: 504,
  QUERY_TERMINATED: 503,
  NEO4J_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const satisfies Record<ErrorCode, number>;

export type ApiErrorCode = ErrorCode;

export class ApiError extends CodedError {
  constructor(code: ApiErrorCode, message: string, details?: unknown, options?: ErrorOptions) {
    super(code, message, details, options);
    this.name = 'ApiError';
  }

  get status(): number {
    return httpStatusByCode[this.code];
  }
}

/**
 * Errors met while starting the product (Java, Maven, Neo4j, the seed).
 * They are printed to a person at a terminal: a message and what to do next.
 */
export const startupErrorCodes = [
  'JAVA_MISSING',
  'JAVA_TOO_OLD',
  'MAVEN_MISSING',
  'MAVEN_RESOLVE_FAILED',
  'MAVEN_CENTRAL_UNREACHABLE',
  'PORT_TAKEN',
  'NEO4J_START_FAILED',
  'NEO4J_UNREACHABLE',
  'NEO4J_AUTH_FAILED',
  'SEED_FAILED',
  'CONFIG_INVALID',
] as const;

export type StartupErrorCode = (typeof startupErrorCodes)[number];

export class StartupError extends Error {
  readonly code: StartupErrorCode;
  readonly hint: string;

  constructor(code: StartupErrorCode, message: string, hint: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StartupError';
    this.code = code;
    this.hint = hint;
  }
}

/** Renders a start-up failure for a terminal, without a stack trace. */
export function formatStartupError(error: unknown): string {
  if (error instanceof StartupError) {
    return `\n✖ ${error.message}\n  → ${error.hint}\n  (${error.code})\n`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `\n✖ Unexpected error: ${message}\n  → Re-run with LOG_LEVEL=debug and report the output.\n`;
}
