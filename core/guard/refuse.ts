import { CodedError } from '../errors.js';

/** The one wording of a refusal: why, and that only reads run here. */
export function refuse(reason: string, details: Record<string, unknown> = {}): never {
  throw new CodedError(
    'QUERY_REFUSED',
    `Refused: ${reason}. This endpoint runs read-only queries.`,
    {
      reason,
      ...details,
    },
  );
}
