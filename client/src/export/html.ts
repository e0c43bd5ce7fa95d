// A self-contained HTML file of the visible graph: an SVG drawing at the
// current positions, plus a small script for pan, zoom and a details pane
// on click. No network and no libraries, so it opens anywhere, offline.
import type { Graph } from '../../../contract/index.js';
import { xmlEscape } from './graphml.js';

export interface StandaloneOptions {
  title: string;
  graph: Graph;
  positions: ReadonlyMap<string, { x: number; y: number }>;
  /** Fill colour per node id. */
  colors: ReadonlyMap<string, string>;
  /** Text under the title: where the data came from. */
  note?: string;
}

/** JSON that is safe inside a <script> element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var svg = document.querySelector('svg');
  var vb = svg.viewBox.baseVal;
  var details = document.getElementById('details');
  var drag = null;
  svg.addEventListener('wheel', function (e) {
    e.preventDefault();
    var k = e.deltaY > 0 ? 1.15 : 1 / 1.15;
    var r = svg.getBoundingClientRect();
    var px = vb.x + ((e.clientX - r.left) / r.width) * vb.width;
    var py = vb.y + ((e.clientY - r.top) / r.height) * vb.height;
    vb.x = px - (px - vb.x) * k; vb.y = py - (py - vb.y) * k;
    vb.width *= k; vb.height *= k;
  }, { passive: false });
  svg.addEventListener('mousedown', function (e) { drag = { x: e.clientX, y: e.clientY }; });
  window.addEventListener('mouseup', function () { drag = null; });
  window.addEventListener('mousemove', function (e) {
    if (!drag) return;
    var r = svg.getBoundingClientRect();
    vb.x -= ((e.clientX - drag.x) / r.width) * vb.width;
    vb.y -= ((e.clientY - drag.y) / r.height) * vb.height;
    drag = { x: e.clientX, y: e.clientY };
  });
  function show(item) {
    details.textContent = '';
    var h = document.createElement('h2');
    h.textContent = item.name || item.type;
    details.appendChild(h);
    var dl = document.createElement('dl');
    var props = Object.assign({ id: item.id }, item.labels ? { labels: item.labels.join(', ') } : {}, item.properties);
    Object.keys(props).forEach(function (k) {
      var dt = document.createElement('dt'); dt.textContent = k;
      var dd = document.createElement('dd');
      var v = props[k]; dd.textContent = typeof v === 'string' ? v : JSON.stringify(v);
      dl.appendChild(dt); dl.appendChild(dd);
    });
    details.appendChild(dl);
  }
  svg.addEventListener('click', function (e) {
    var g = e.target.closest('[data-id]');
    if (!g) return;
    var id = g.getAttribute('data-id');
    var item = data.nodes.find(function (n) { return n.id === id; }) || data.edges.find(function (x) { return x.id === id; });
    if (item) show(item);
  });
})();
`;

export function standaloneHtml(o: StandaloneOptions): string {
  const pos = (id: string) => o.positions.get(id) ?? { x: 0, y: 0 };
  const xs = o.graph.nodes.map((n) => pos(n.id).x);
  const ys = o.graph.nodes.map((n) => pos(n.id).y);
  const minX = (xs.length ? Math.min(...xs) : 0) - 80;
  const minY = (ys.length ? Math.min(...ys) : 0) - 60;
  const w = (xs.length ? Math.max(...xs) : 0) - minX + 80;
  const h = (ys.length ? Math.max(...ys) : 0) - minY + 60;

  const edges = o.graph.edges
    .map((e) => {
      const a = pos(e.source);
      const b = pos(e.target);
      const mx = (a.x + b.x) / 2;
      const my = (a.y + b.y) / 2;
      return `<g class="edge" data-id="${xmlEscape(e.id)}"><line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" marker-end="url(#arrow)"/><text x="${mx}" y="${my}">${xmlEscape(e.type)}</text></g>`;
    })
    .join('\n');
  const nodes = o.graph.nodes
    .map((n) => {
      const p = pos(n.id);
      const fill = o.colors.get(n.id) ?? '#888';
      return `<g class="node" data-id="${xmlEscape(n.id)}"><title>${xmlEscape(`${n.name} (${n.labels.join(', ')})`)}</title><circle cx="${p.x}" cy="${p.y}" r="12" fill="${fill}"/><text x="${p.x}" y="${p.y + 26}">${xmlEscape(n.name)}</text></g>`;
    })
    .join('\n');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xmlEscape(o.title)}</title>
<style>
  body { margin: 0; font: 14px system-ui, sans-serif; display: grid; grid-template-columns: 1fr 320px; height: 100vh; }
  header { grid-column: 1 / -1; padding: 8px 12px; border-bottom: 1px solid #ddd; }
  header h1 { font-size: 16px; margin: 0; } header p { margin: 2px 0 0; color: #555; }
  svg { width: 100%; height: calc(100vh - 56px); cursor: grab; background: #fafafa; }
  .edge line { stroke: #9aa0a6; stroke-width: 1.4; }
  .edge text { font-size: 8px; fill: #5f6368; text-anchor: middle; }
  .node circle { stroke: #fff; stroke-width: 1.5; cursor: pointer; }
  .node text { font-size: 11px; text-anchor: middle; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
  #details { padding: 12px; overflow: auto; border-left: 1px solid #ddd; height: calc(100vh - 80px); }
  dt { font-weight: 600; margin-top: 6px; } dd { margin: 0; word-break: break-word; }
</style>
</head>
<body>
<header><h1>${xmlEscape(o.title)}</h1><p>${xmlEscape(o.note ?? `${o.graph.nodes.length} nodes, ${o.graph.edges.length} relationships. Drag to pan, scroll to zoom, click for details.`)}</p></header>
<svg viewBox="${minX} ${minY} ${w} ${h}" role="img" aria-label="${xmlEscape(o.title)}">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="22" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#9aa0a6"/></marker></defs>
${edges}
${nodes}
</svg>
<aside id="details" aria-live="polite"><p>Click a node or a relationship to see its properties.</p></aside>
<script type="application/json" id="graph-data">${scriptJson(o.graph)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
