// The reports' endpoints, for the reports panel. Each answer is parsed with
// the contract's schema; a write sends the session's CSRF token, asked of
// GET /api/session (the accounts' own endpoint).
import type { z } from 'zod';
import {
  ClaimDrafts,
  ClaimVocabulary,
  ErrorBody,
  Reading,
  ReportCreated,
  ReportList,
  ReportPreview,
  Session,
  type ClaimRequest,
  type ReportCreate,
  type ReportInput,
} from '../../../contract/index.js';

export class ReportsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ReportsError';
  }
}

export async function answer<S extends z.ZodType>(res: Response, schema: S): Promise<z.output<S>> {
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = ErrorBody.safeParse(body);
    if (parsed.success) {
      const e = parsed.data.error;
      throw new ReportsError(res.status, e.code, e.message, e.details);
    }
    throw new ReportsError(res.status, `HTTP_${res.status}`, `The server answered ${res.status}.`);
  }
  return schema.parse(body);
}

export const get = async <S extends z.ZodType>(path: string, schema: S) =>
  answer(await fetch(path, { credentials: 'same-origin' }), schema);

export const session = () => get('/api/session', Session);

export async function post<S extends z.ZodType>(path: string, body: unknown, schema: S) {
  const { csrfToken } = await session();
  return answer(
    await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        ...(csrfToken ? { 'X-CSRF-Token': csrfToken } : {}),
      },
      body: JSON.stringify(body),
    }),
    schema,
  );
}

const at = (id: string) => `/api/reports/${encodeURIComponent(id)}`;

export const reportsApi = {
  list: () => get('/api/reports', ReportList),
  reading: (id: string) => get(`${at(id)}/reading`, Reading),
  vocabulary: () => get('/api/reports/vocabulary', ClaimVocabulary),
  preview: (input: ReportInput) => post('/api/reports/preview', input, ReportPreview),
  save: (input: Partial<ReportCreate> & ReportInput) => post('/api/reports', input, ReportCreated),
  claim: (id: string, request: Omit<ClaimRequest, 'confirmNew'> & { confirmNew?: boolean }) =>
    post(`${at(id)}/claims`, request, ClaimDrafts),
};
