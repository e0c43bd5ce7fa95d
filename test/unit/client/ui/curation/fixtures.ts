// Drafts and change records as the server answers them, made for these tests.
import type { ChangeRecord, Draft } from '../../../../../contract/index.js';

export const draft = (over: Partial<Draft> = {}): Draft => ({
  id: 'd1',
  op: {
    kind: 'create-node',
    id: 'company:harbour-board',
    labels: ['Company'],
    props: { name: 'Harbour Board' },
  },
  why: 'From the harbour report',
  keys: ['company:harbour-board'],
  baseVersions: {},
  author: { id: 'u-ana', name: 'ana' },
  createdAt: '2026-12-06T10:00:00.000Z',
  status: 'open',
  draft: true,
  decidedBy: null,
  reason: null,
  changeId: null,
  ...over,
});

export const linkDraft = draft({
  id: 'd2',
  op: {
    kind: 'create-relationship',
    from: 'company:harbour-board',
    type: 'LOCATED_IN',
    to: 'place:kakinada',
    props: { quote: 'the Kakinada harbour board' },
  },
  keys: ['company:harbour-board|LOCATED_IN|place:kakinada'],
});

export const change = (over: Partial<ChangeRecord> = {}): ChangeRecord => ({
  id: 'c1',
  seq: 7,
  kind: 'edit-node',
  keys: ['company:harbour-board'],
  before: {
    nodes: [{ id: 'company:harbour-board', labels: ['Company'], props: { name: 'Harbor' } }],
    rels: [],
  },
  after: {
    nodes: [{ id: 'company:harbour-board', labels: ['Company'], props: { name: 'Harbour' } }],
    rels: [],
  },
  why: 'spelling',
  author: 'ana',
  reviewer: 'rev',
  at: '2026-12-06T11:00:00.000Z',
  draftId: 'd1',
  revertOf: null,
  replacedBy: null,
  replacedAt: null,
  ...over,
});
