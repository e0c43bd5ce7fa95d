// The Cypher workbench panel: editor, JSON params, run, results as graph,
// table and JSON, errors with their position, history and the saved-query
// library. Only POST /api/query runs queries; the server refuses writes.
import { NODES_MAX, type QueryResult } from '../../../contract/index.js';
import { ApiClientError, syntaxPosition } from '../api/client.js';
import { cellText, toCsv } from '../export/csv.js';
import { layoutOptions } from '../graph/layouts.js';
import { addQueryResult } from '../state/graph-model.js';
import { queryHistory } from '../state/storage.js';
import { createEditor, type CypherEditor } from '../workbench/editor.js';
import { languageService } from '../workbench/language.js';
import type { Explorer } from './explorer.js';
import { clear, download, errorText, h } from './dom.js';
import { dispatch } from './graph-actions.js';
import { showStorageNotes } from './storage-note.js';
import { createTabs } from './tabs.js';

export function setupWorkbench(panel: HTMLElement, ctx: Explorer) {
  const history = queryHistory();
  showStorageNotes(history.stored, 'query history', 'query-history');
  const editorHost = h('div', { class: 'editor' });
  const params = h('textarea', {
    'aria-label': 'Parameters (JSON)',
    spellcheck: 'false',
    placeholder: '{ "name": "…" }',
  });
  params.value = '{}';
  const runButton = h('button', { type: 'button', class: 'primary', text: 'Run (Ctrl+Enter)' });
  const addButton = h('button', { type: 'button', text: 'Add to canvas', disabled: true });
  const csvButton = h('button', { type: 'button', text: 'Table as CSV', disabled: true });
  const formatButton = h('button', {
    type: 'button',
    text: 'Format (Shift+Alt+F)',
    onclick: () => void editor.format().catch(() => undefined),
  });
  const summary = h('span', { class: 'muted', role: 'status' });
  const errorBox = h('div', { class: 'error', role: 'alert' });
  const historySelect = h('select', { 'aria-label': 'Query history' });
  const library = h('ul', { class: 'plain library' });
  const graphPane = h('div', {}, h('div', { class: 'result-graph' }));
  const tablePane = h('div', {});
  const jsonPane = h('div', {}, h('pre', {}));
  const resultsHost = h('div', { class: 'results' });
  let result: QueryResult | undefined;
  let resultView: { destroy(): void } | undefined;

  const editor: CypherEditor = createEditor(editorHost, {
    // A first query that fits any graph: the seed's labels would be unknown in another dataset.
    doc: ctx.store.get().query ?? 'MATCH (a)-[r]->(b)\nRETURN a, r, b\nLIMIT 25',
    // The graph's own names (GET /api/schema), so unknown ones are flagged.
    schema: () => ({
      labels: ctx.schema?.labels.map((l) => l.name) ?? [],
      relationshipTypes: ctx.schema?.relationshipTypes.map((t) => t.name) ?? [],
      propertyKeys: ctx.schema?.propertyKeys ?? [],
      functions: ctx.schema?.functions ?? [],
      procedures: ctx.schema?.procedures ?? [],
    }),
    service: languageService(),
    onRun: () => void run(),
  });

  panel.append(
    h(
      'div',
      { class: 'workbench' },
      h(
        'div',
        {},
        editorHost,
        h('div', { class: 'row' }, runButton, formatButton, addButton, csvButton, summary),
        errorBox,
        resultsHost,
      ),
      h(
        'div',
        {},
        h('label', { text: 'Parameters (JSON)' }),
        params,
        h('label', { text: 'History' }),
        historySelect,
        h('h3', { text: 'Saved queries' }),
        library,
      ),
    ),
  );
  const tabs = createTabs(resultsHost, 'Results', [
    { id: 'res-graph', title: 'Graph', panel: graphPane },
    { id: 'res-table', title: 'Table', panel: tablePane },
    { id: 'res-json', title: 'JSON', panel: jsonPane },
  ]);
  resultsHost.hidden = true;

  function renderHistory(): void {
    clear(historySelect);
    const entries = history.list();
    historySelect.append(
      h('option', {
        value: '',
        text: entries.length ? `${entries.length} earlier queries…` : 'No history yet',
      }),
    );
    entries.forEach((e, i) =>
      historySelect.append(
        h('option', { value: String(i), text: e.cypher.replace(/\s+/g, ' ').slice(0, 80) }),
      ),
    );
  }
  historySelect.addEventListener('change', () => {
    const e = history.list()[Number(historySelect.value)];
    if (historySelect.value !== '' && e) {
      editor.setText(e.cypher);
      params.value = e.params || '{}';
    }
  });

  function load(q: { cypher: string; params?: Record<string, unknown> }): void {
    editor.setText(q.cypher);
    params.value = JSON.stringify(q.params ?? {}, null, 2);
    editor.view.focus();
  }

  async function loadLibrary(): Promise<void> {
    clear(library);
    try {
      const r = await ctx.api.savedQueries();
      for (const q of r.queries) {
        library.append(
          h(
            'li',
            {},
            h('button', { class: 'link', type: 'button', text: q.name, onclick: () => load(q) }),
            h('div', { class: 'muted', text: q.description }),
            q.audience.length
              ? h('div', {}, ...q.audience.map((a) => h('span', { class: 'chip', text: a })))
              : null,
          ),
        );
      }
      if (!r.queries.length) library.append(h('li', { class: 'muted', text: 'No saved queries.' }));
    } catch (e) {
      library.append(h('li', { class: 'error', text: `Library unavailable: ${errorText(e)}` }));
    }
  }

  function renderResult(r: QueryResult): void {
    resultsHost.hidden = false;
    summary.textContent = `${r.summary.rows} row${r.summary.rows === 1 ? '' : 's'} in ${r.summary.millis} ms${r.summary.truncated ? ` (cut at ${r.summary.rowCap})` : ''} · ${r.graph.nodes.length} nodes, ${r.graph.edges.length} relationships`;
    addButton.disabled = r.graph.nodes.length === 0;
    csvButton.disabled = r.rows.length === 0;
    // Table
    clear(tablePane);
    const table = h('table', { class: 'grid' });
    table.append(
      h('thead', {}, h('tr', {}, ...r.columns.map((c) => h('th', { scope: 'col', text: c })))),
    );
    const body = h('tbody');
    for (const row of r.rows.slice(0, 500))
      body.append(h('tr', {}, ...r.columns.map((c) => h('td', { text: cellText(row[c]) }))));
    table.append(body);
    tablePane.append(table);
    // JSON
    const pre = jsonPane.querySelector('pre');
    if (pre) pre.textContent = JSON.stringify(r.rows, null, 2);
    // Graph
    resultView?.destroy();
    resultView = undefined;
    const gHost = graphPane.querySelector<HTMLElement>('.result-graph');
    if (gHost && r.graph.nodes.length) {
      resultView = ctx.canvas.miniView(gHost, r.graph, layoutOptions('fcose'));
    } else if (gHost) {
      gHost.textContent = 'No nodes in this result; see the table.';
    }
    tabs.show(r.graph.nodes.length ? 'res-graph' : 'res-table');
  }

  /** No result under an error: the rows shown are those of an earlier query. */
  function clearResult(): void {
    result = undefined;
    resultView?.destroy();
    resultView = undefined;
    resultsHost.hidden = true;
    clear(tablePane);
    const pre = jsonPane.querySelector('pre');
    if (pre) pre.textContent = '';
    addButton.disabled = true;
    csvButton.disabled = true;
  }

  async function run(): Promise<void> {
    const cypher = editor.text();
    errorBox.textContent = '';
    editor.clearError();
    let p: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(params.value.trim() || '{}');
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('Parameters must be a JSON object.');
      p = parsed as Record<string, unknown>;
    } catch (e) {
      clearResult();
      errorBox.textContent = `Parameters are not valid JSON: ${errorText(e)}`;
      return;
    }
    runButton.disabled = true;
    summary.textContent = 'Running…';
    history.add(cypher, params.value);
    renderHistory();
    ctx.store.update({ query: cypher });
    try {
      result = await ctx.api.query(cypher, p);
      renderResult(result);
    } catch (e) {
      summary.textContent = '';
      clearResult();
      const pos = syntaxPosition(e);
      if (pos) editor.markError(pos.line, pos.column);
      if (e instanceof ApiClientError && e.code === 'QUERY_REFUSED') {
        errorBox.textContent = `${e.message} The workbench is read-only — queries that create, change or delete data are not run, so the shared graph stays as the sources describe it.`;
      } else if (pos) {
        errorBox.textContent = `Cypher syntax error at line ${pos.line}, column ${pos.column}: ${errorText(e)}`;
      } else {
        errorBox.textContent = errorText(e);
      }
    } finally {
      runButton.disabled = false;
    }
  }

  runButton.addEventListener('click', () => void run());
  addButton.addEventListener('click', () => {
    if (result) void addToCanvas(ctx, result);
  });
  csvButton.addEventListener('click', () => {
    if (!result) return;
    const rows = result.rows.map((r) =>
      Object.fromEntries(result!.columns.map((c) => [c, cellText(r[c])])),
    );
    download('query-result.csv', toCsv(result.columns, rows), 'text/csv');
  });
  ctx.bus.on('openQuery', (q) => load(q));
  renderHistory();
  history.stored.onChange(renderHistory);
  return { loadLibrary, run, load, editor };
}

/**
 * The result's nodes with the relationships among them and with what the
 * canvas holds (asked of the server: a query returning nodes alone has
 * none), each new node placed beside a neighbour already drawn.
 */
export async function addToCanvas(ctx: Explorer, result: QueryResult): Promise<void> {
  const graph = result.graph;
  const cypher = ctx.store.get().query ?? '';
  const ids = [...new Set([...graph.nodes.map((n) => n.id), ...ctx.canvas.nodeIds()])];
  let edges = graph.edges;
  try {
    const batch = await ctx.api.nodes(ids.slice(0, NODES_MAX), { links: true });
    edges = [...edges, ...(batch.edges ?? [])];
  } catch {
    // The result's own relationships only; the notice below still counts what came.
  }
  const before = ctx.store.get().loaded.present;
  dispatch(ctx.store, 'addQueryResult', (g) =>
    addQueryResult(g, cypher, { nodes: graph.nodes, edges }),
  );
  const after = ctx.store.get().loaded.present;
  const added =
    Object.keys(after.nodes).filter((id) => !before.nodes[id]).length +
    Object.keys(after.edges).filter((id) => !before.edges[id]).length;
  ctx.canvas.layout(ctx.canvas.layoutName, true);
  ctx.bus.emit('notice', { text: `${added} elements added to the canvas.` });
}
