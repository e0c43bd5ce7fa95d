import type { QueryRequest, QueryResult } from '../../contract/index.js';
import type { ApiErrorCode } from '../errors.js';
import type { RawNeo4jError } from '../neo4j/errors.js';
import type { QueryLimits } from './run.js';

/** What a worker needs to open its own driver. */
export interface WorkerSettings {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

export interface WorkerRequest {
  id: number;
  /** Tags the transaction (txMetadata) so it can be found and terminated. */
  queryId: string;
  request: QueryRequest;
  limits: QueryLimits;
}

export type WorkerReply =
  | { id: number; ok: true; result: QueryResult }
  | { id: number; ok: false; error: { code: ApiErrorCode; message: string; details: unknown } }
  | { id: number; ok: false; raw: RawNeo4jError };
