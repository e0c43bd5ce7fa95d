// The workbench's parts that turn data into DOM or words: the result's
// summary and table, the history list, the saved-query library, what an
// error says and what the parameters box holds. No fetching, no editor, so
// each is tested in a DOM without a browser.
import type { QueryResult, SavedQuery } from '../../../contract/index.js';
import { ApiClientError } from '../api/client.js';
import { cellText } from '../export/csv.js';
import type { HistoryEntry } from '../state/storage.js';
import { clear, errorText, h } from './dom.js';

/** Rows the table shows; the JSON tab and the CSV hold them all. */
export const TABLE_ROWS = 500;

export function summaryText(r: QueryResult): string {
  const rows = `${r.summary.rows} row${r.summary.rows === 1 ? '' : 's'} in ${r.summary.millis} ms`;
  const cut = r.summary.truncated ? ` (cut at ${r.summary.rowCap})` : '';
  return `${rows}${cut} · ${r.graph.nodes.length} nodes, ${r.graph.edges.length} relationships`;
}

export function resultTable(r: Pick<QueryResult, 'columns' | 'rows'>): HTMLTableElement {
  const table = h('table', { class: 'grid' });
  table.append(
    h('thead', {}, h('tr', {}, ...r.columns.map((c) => h('th', { scope: 'col', text: c })))),
  );
  const body = h('tbody');
  for (const row of r.rows.slice(0, TABLE_ROWS))
    body.append(h('tr', {}, ...r.columns.map((c) => h('td', { text: cellText(row[c]) }))));
  table.append(body);
  return table;
}

/** The history select's options: a counted first line, then each query on one line. */
export function renderHistory(select: HTMLSelectElement, entries: readonly HistoryEntry[]): void {
  clear(select);
  select.append(
    h('option', {
      value: '',
      text: entries.length ? `${entries.length} earlier queries…` : 'No history yet',
    }),
    ...entries.map((e, i) =>
      h('option', { value: String(i), text: e.cypher.replace(/\s+/g, ' ').slice(0, 80) }),
    ),
  );
}

export function renderLibrary(
  list: HTMLElement,
  queries: readonly SavedQuery[],
  open: (q: SavedQuery) => void,
): void {
  clear(list);
  for (const q of queries)
    list.append(
      h(
        'li',
        {},
        h('button', { class: 'link', type: 'button', text: q.name, onclick: () => open(q) }),
        h('div', { class: 'muted', text: q.description }),
        q.audience.length
          ? h('div', {}, ...q.audience.map((a) => h('span', { class: 'chip', text: a })))
          : null,
      ),
    );
  if (!queries.length) list.append(h('li', { class: 'muted', text: 'No saved queries.' }));
}

/** The parameters box read as a JSON object, or what is wrong with it. */
export function parseParams(
  text: string,
): { params: Record<string, unknown> } | { problem: string } {
  try {
    const parsed: unknown = JSON.parse(text.trim() || '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      return { problem: 'Parameters are not valid JSON: Parameters must be a JSON object.' };
    return { params: parsed as Record<string, unknown> };
  } catch (e) {
    return { problem: `Parameters are not valid JSON: ${errorText(e)}` };
  }
}

/** What a failed run says: a refused write and a syntax error each in their own words. */
export function runErrorText(e: unknown, pos: { line: number; column: number } | undefined) {
  if (e instanceof ApiClientError && e.code === 'QUERY_REFUSED')
    return `${e.message} The workbench is read-only — queries that create, change or delete data are not run, so the shared graph stays as the sources describe it.`;
  if (pos) return `Cypher syntax error at line ${pos.line}, column ${pos.column}: ${errorText(e)}`;
  return errorText(e);
}
