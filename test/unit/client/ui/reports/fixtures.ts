// A report made for these tests (not one of the seeds), read as the server
// would answer, and a fetch that answers from a table, for the client's API.
import type { Reading, ReportSummary } from '../../../../../contract/index.js';

export const summary: ReportSummary = {
  id: 'source:test-harbour',
  name: 'Harbour board report',
  outlet: 'Coast Weekly',
  headline: 'Harbour board buys separators',
  url: null,
  datePrinted: 'March 6, 2026',
  date: '2026-03-06',
  datePrecision: 'day',
  dateInferred: false,
  dateInferredFrom: null,
  paragraphs: 2,
  file: null,
  addedBy: 'ana',
  addedAt: '2026-03-07T10:00:00Z',
};

const p2 = 'The Kakinada harbour board bought 12 separators on Friday, its chairman said.';

export const reading: Reading = {
  report: summary,
  paragraphs: [
    { n: 1, text: 'Harbour board buys separators', spans: [] },
    {
      n: 2,
      text: p2,
      spans: [
        {
          kind: 'name',
          start: 4,
          end: 12,
          text: 'Kakinada',
          nodes: [{ id: 'place:kakinada', name: 'Kakinada', label: 'Place' }],
          matched: 'Kakinada',
          exact: true,
        },
        {
          kind: 'date',
          start: 49,
          end: 58,
          wording: 'on Friday',
          date: '2026-03-06',
          precision: 'day',
          inferred: true,
        },
      ],
    },
  ],
};

/** A fetch answering each path from a table (a function of the request for writes); records the calls. */
export function tableFetch(table: Record<string, unknown>) {
  const calls: { path: string; init?: RequestInit | undefined }[] = [];
  const fetch = (input: string, init?: RequestInit) => {
    calls.push({ path: input, init });
    const entry = table[input.split('?')[0] ?? input];
    if (entry === undefined) return Promise.resolve(new Response('{}', { status: 404 }));
    const body =
      typeof entry === 'function' ? (entry as (i?: RequestInit) => unknown)(init) : entry;
    const status = (body as { status?: number }).status;
    return Promise.resolve(
      new Response(JSON.stringify(body), { status: typeof status === 'number' ? status : 200 }),
    );
  };
  return { fetch, calls };
}

export const settle = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};
