// The Cypher workbench panel: editor, JSON params, run, results as graph,
// table and JSON, errors with their position, history and the saved-query
// library. Only POST /api/query runs queries; the server refuses writes.
import { NODES_MAX, type QueryResult } from '../../../contract/index.js';
import { syntaxPosition } from '../api/client.js';
import { cellText, toCsv } from '../export/csv.js';
import { layoutOptions } from '../graph/layouts.js';
import { addQueryResult } from '../state/graph-model.js';
import { queryHistory } from '../state/storage.js';
import { createEditor, type CypherEditor } from '../workbench/editor.js';
import { languageService } from '../workbench/language.js';
import type { Explorer } from './explorer.js';
import { download, errorText, h } from './dom.js';
import { dispatch } from './graph-actions.js';
import { showStorageNotes } from './storage-note.js';
import { createTabs, type Tabs } from './tabs.js';
import { teamQueries } from './workspace/setup.js';
import {
  parseParams,
  renderHistory,
  renderLibrary,
  resultTable,
  runErrorText,
  summaryText,
} from './workbench-view.js';

/** The workbench's elements, built once; the functions below fill them. */
function workbenchDom() {
  const params = h('textarea', {
    'aria-label': 'Parameters (JSON)',
    spellcheck: 'false',
    placeholder: '{ "name": "…" }',
  });
  params.value = '{}';
  return {
    editorHost: h('div', { class: 'editor' }),
    params,
    runButton: h('button', { type: 'button', class: 'primary', text: 'Run (Ctrl+Enter)' }),
    formatButton: h('button', { type: 'button', text: 'Format (Shift+Alt+F)' }),
    addButton: h('button', { type: 'button', text: 'Add to canvas', disabled: true }),
    csvButton: h('button', { type: 'button', text: 'Table as CSV', disabled: true }),
    // Says where results go until the first run, so the empty space under Run reads as theirs.
    summary: h('span', {
      class: 'muted',
      role: 'status',
      text: 'Run the query: its result shows below as a drawing, a table and JSON.',
    }),
    errorBox: h('div', { class: 'error', role: 'alert' }),
    historySelect: h('select', { 'aria-label': 'Query history' }),
    library: h('ul', { class: 'plain library' }),
    graphPane: h('div', {}, h('div', { class: 'result-graph' })),
    tablePane: h('div', {}),
    jsonPane: h('div', {}, h('pre', {})),
    resultsHost: h('div', { class: 'results' }),
  };
}
type WorkbenchDom = ReturnType<typeof workbenchDom>;

/** Editor and buttons on the left, parameters, history and the library on the right. */
function layOut(panel: HTMLElement, d: WorkbenchDom) {
  panel.append(
    h(
      'div',
      { class: 'workbench' },
      h(
        'div',
        {},
        d.editorHost,
        h(
          'div',
          { class: 'row' },
          d.runButton,
          d.formatButton,
          d.addButton,
          d.csvButton,
          d.summary,
        ),
        d.errorBox,
        d.resultsHost,
      ),
      h(
        'div',
        {},
        h('label', { text: 'Parameters (JSON)' }),
        d.params,
        h('label', { text: 'History' }),
        d.historySelect,
        h('h3', { text: 'Saved queries' }),
        d.library,
      ),
    ),
  );
  const tabs = createTabs(d.resultsHost, 'Results', [
    { id: 'res-graph', title: 'Graph', panel: d.graphPane },
    { id: 'res-table', title: 'Table', panel: d.tablePane },
    { id: 'res-json', title: 'JSON', panel: d.jsonPane },
  ]);
  d.resultsHost.hidden = true;
  return tabs;
}

function openEditor(host: HTMLElement, ctx: Explorer, onRun: () => void): CypherEditor {
  return createEditor(host, {
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
    onRun,
  });
}

/**
 * The result's panes: summary, table, JSON and a small drawing (or none,
 * with a word, when the result has no nodes). Returns the drawing.
 */
function showResult(ctx: Explorer, d: WorkbenchDom, tabs: Tabs, r: QueryResult | undefined) {
  d.resultsHost.hidden = !r;
  d.addButton.disabled = !r?.graph.nodes.length;
  d.csvButton.disabled = !r?.rows.length;
  d.tablePane.replaceChildren(...(r ? [resultTable(r)] : []));
  const pre = d.jsonPane.querySelector('pre');
  if (pre) pre.textContent = r ? JSON.stringify(r.rows, null, 2) : '';
  if (!r) return undefined;
  d.summary.textContent = summaryText(r);
  tabs.show(r.graph.nodes.length ? 'res-graph' : 'res-table');
  const gHost = d.graphPane.querySelector<HTMLElement>('.result-graph');
  if (gHost && r.graph.nodes.length)
    return ctx.canvas.miniView(gHost, r.graph, layoutOptions('fcose'));
  if (gHost) gHost.textContent = 'No nodes in this result; see the table.';
  return undefined;
}

export function setupWorkbench(panel: HTMLElement, ctx: Explorer) {
  const history = queryHistory();
  showStorageNotes(history.stored, 'query history', 'query-history');
  const d = workbenchDom();
  let result: QueryResult | undefined;
  let resultView: { destroy(): void } | undefined;
  const editor = openEditor(d.editorHost, ctx, () => void run());
  const tabs = layOut(panel, d);
  // The team's saved queries, under the library (signed in only).
  d.library.after(
    teamQueries(ctx, { current: () => ({ cypher: editor.text(), params: d.params.value }), load }),
  );

  /** The result shown, or none (under an error the rows of an earlier query would mislead). */
  function setResult(r: QueryResult | undefined): void {
    result = r;
    resultView?.destroy();
    resultView = showResult(ctx, d, tabs, r);
  }
  function load(q: { cypher: string; params?: Record<string, unknown> }): void {
    editor.setText(q.cypher);
    d.params.value = JSON.stringify(q.params ?? {}, null, 2);
    editor.view.focus();
  }
  async function loadLibrary(): Promise<void> {
    try {
      renderLibrary(d.library, (await ctx.api.savedQueries()).queries, load);
    } catch (e) {
      d.library.replaceChildren(
        h('li', { class: 'error', text: `Library unavailable: ${errorText(e)}` }),
      );
    }
  }
  async function run(): Promise<void> {
    const cypher = editor.text();
    d.errorBox.textContent = '';
    editor.clearError();
    const read = parseParams(d.params.value);
    if ('problem' in read) {
      setResult(undefined);
      d.errorBox.textContent = read.problem;
      return;
    }
    d.runButton.disabled = true;
    d.summary.textContent = 'Running…';
    history.add(cypher, d.params.value);
    renderHistory(d.historySelect, history.list());
    ctx.store.update({ query: cypher });
    try {
      setResult(await ctx.api.query(cypher, read.params));
    } catch (e) {
      d.summary.textContent = '';
      setResult(undefined);
      const pos = syntaxPosition(e);
      if (pos) editor.markError(pos.line, pos.column);
      d.errorBox.textContent = runErrorText(e, pos);
    } finally {
      d.runButton.disabled = false;
    }
  }
  wireWorkbench(ctx, d, { run, load, editor, result: () => result });
  renderHistory(d.historySelect, history.list());
  history.stored.onChange(() => renderHistory(d.historySelect, history.list()));
  return { loadLibrary, run, load, editor };
}

/** The buttons, the history select and the bus's "open this query". */
function wireWorkbench(
  ctx: Explorer,
  d: WorkbenchDom,
  w: {
    run(): Promise<void>;
    load(q: { cypher: string; params?: Record<string, unknown> }): void;
    editor: CypherEditor;
    result(): QueryResult | undefined;
  },
): void {
  const history = queryHistory();
  d.runButton.addEventListener('click', () => void w.run());
  d.formatButton.addEventListener('click', () => void w.editor.format().catch(() => undefined));
  d.addButton.addEventListener('click', () => {
    const r = w.result();
    if (r) void addToCanvas(ctx, r);
  });
  d.csvButton.addEventListener('click', () => {
    const r = w.result();
    if (!r) return;
    const rows = r.rows.map((row) =>
      Object.fromEntries(r.columns.map((c) => [c, cellText(row[c])])),
    );
    download('query-result.csv', toCsv(r.columns, rows), 'text/csv');
  });
  d.historySelect.addEventListener('change', () => {
    const e = history.list()[Number(d.historySelect.value)];
    if (d.historySelect.value === '' || !e) return;
    w.editor.setText(e.cypher);
    d.params.value = e.params || '{}';
  });
  ctx.bus.on('openQuery', (q) => w.load(q));
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
