// The account and curation endpoints, for the account menu, the review list,
// comments and a claim's history. Answers are parsed with the contract's
// schemas; writes carry the session's CSRF token (api/reports.ts).
import {
  ChangeRecord,
  Comment,
  CommentList,
  Done,
  Draft,
  DraftList,
  type DraftStatus,
  History,
  Session,
  type DraftRequest,
  type LoginRequest,
} from '../../../contract/index.js';
import { answer, get, post } from './reports.js';

const enc = encodeURIComponent;

export const accountApi = {
  session: () => get('/api/session', Session),
  /** Sign-in sends no CSRF token: there is no session yet to hold one. */
  login: async (body: LoginRequest) =>
    answer(
      await fetch('/api/auth/login', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
      Session,
    ),
  logout: () => post('/api/auth/logout', {}, Done),
};

export const curationApi = {
  drafts: (status: DraftStatus = 'open') => get(`/api/curation/drafts?status=${status}`, DraftList),
  propose: (
    request: Omit<DraftRequest, 'baseVersions'> & Pick<Partial<DraftRequest>, 'baseVersions'>,
  ) => post('/api/curation/drafts', request, Draft),
  publish: (id: string) => post(`/api/curation/drafts/${enc(id)}/publish`, {}, ChangeRecord),
  reject: (id: string, reason: string) =>
    post(`/api/curation/drafts/${enc(id)}/reject`, { reason }, Draft),
  revert: (changeId: string, why: string) =>
    post(`/api/curation/changes/${enc(changeId)}/revert`, { why }, ChangeRecord),
  /** A node's history by its id, a link's by its key from|TYPE|to. */
  history: (key: string) =>
    get(`/api/history/${key.includes('|') ? 'relationships' : 'nodes'}/${enc(key)}`, History),
  comments: (on: string) => get(`/api/curation/comments?on=${enc(on)}`, CommentList),
  comment: (on: string, text: string) => post('/api/curation/comments', { on, text }, Comment),
};
