// A self-contained HTML file of the visible graph: an SVG drawing at the
// current positions, plus a small script for pan, zoom and a details pane
// on click. No network and no libraries, so it opens anywhere, offline.
// Each kind has the app's colour and shape (graph/kinds.ts) and labels follow
// the app's rule (graph/labels.ts): the names that fit without overlapping,
// more of them as one zooms in, never smaller than the app's 12 px.
import type { Graph } from '../../../contract/index.js';
import { primaryLabel, shorten } from '../graph/elements.js';
import { kindStyle } from '../graph/kinds.js';
import { labelLevels, LABEL_PX, LOD_ZOOMS } from '../graph/labels.js';
import { shapeSvg } from '../graph/shapes.js';
import { NODE_SIZE } from '../graph/style.js';
import { xmlEscape } from './graphml.js';
import type { ElementSources } from './html-sources.js';

export interface StandaloneOptions {
  title: string;
  graph: Graph;
  positions: ReadonlyMap<string, { x: number; y: number }>;
  /** /api/schema's labels, most common first: picks each node's kind, as on the canvas. */
  labelOrder?: readonly string[];
  /** The dataset's event label: events get the canvas's thicker outline. */
  eventLabel?: string | undefined;
  /** Selected node ids: their labels win a place first, as on the canvas. */
  selected?: readonly string[];
  /** Text under the title: where the data came from. */
  note?: string;
  /** Each element's sources, as details gives them (export/html-sources.ts). */
  sources?: Readonly<Record<string, ElementSources>>;
  /** Lines under the drawing: the view's filters and date (export/view-frame.ts). */
  caption?: readonly string[];
}

/** Zoom from which the canvas draws relationship names (11 px min over 9 px text). */
const EDGE_WORDS_ZOOM = 11 / 9;

/** JSON that is safe inside a <script> element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The part of the page's script that writes an element's sources in its details. */
const SOURCES_SCRIPT = `
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  // As the details panel gives them: only a report's own words go in quotation marks.
  function showSources(s) {
    var refs = s ? s.refs : [];
    details.appendChild(el('h3', null, 'Sources (' + refs.length + ')'));
    if (s && s.note) details.appendChild(el('p', 'note', 'Note: ' + s.note));
    if (!refs.length) details.appendChild(el('p', 'muted', 'No sources.'));
    refs.forEach(function (r) {
      var card = el('div', 'source');
      card.appendChild(el('strong', null, r.head));
      card.appendChild(el('div', null, r.headline));
      if (r.basis) card.appendChild(el('div', 'basis', r.basis));
      if (r.quote) card.appendChild(el('blockquote', 'quote', '\u201c' + r.quote + '\u201d'));
      if (r.note) card.appendChild(el('p', 'note', 'Note: ' + r.note));
      card.appendChild(el('div', 'muted', r.where));
      details.appendChild(card);
    });
  }
`;

/** The page's script: pan, zoom, label level of detail, details on click. */
const script = () => `
(function () {
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var sources = JSON.parse(document.getElementById('sources-data').textContent);
  var svg = document.querySelector('svg');
  var vb = svg.viewBox.baseVal;
  var details = document.getElementById('details');
  var drag = null;
  var zooms = ${JSON.stringify(LOD_ZOOMS)};
${SOURCES_SCRIPT}
  // The app's rule: labels keep their size on screen zoomed out, and the set
  // drawn is the one picked for the nearest zoom level at or below this one.
  function lod() {
    var scale = svg.getBoundingClientRect().width / vb.width;
    var level = 0;
    zooms.forEach(function (z, i) { if (scale >= z) level = i; });
    svg.setAttribute('class', 'z' + level + (scale >= ${EDGE_WORDS_ZOOM} ? ' edge-words' : ''));
    svg.style.setProperty('--fs', (${LABEL_PX} / Math.min(1, scale)) + 'px');
  }
  svg.addEventListener('wheel', function (e) {
    e.preventDefault();
    var k = e.deltaY > 0 ? 1.15 : 1 / 1.15;
    var r = svg.getBoundingClientRect();
    var px = vb.x + ((e.clientX - r.left) / r.width) * vb.width;
    var py = vb.y + ((e.clientY - r.top) / r.height) * vb.height;
    vb.x = px - (px - vb.x) * k; vb.y = py - (py - vb.y) * k;
    vb.width *= k; vb.height *= k;
    lod();
  }, { passive: false });
  window.addEventListener('resize', lod);
  lod();
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
    showSources(sources[item.id]);
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

/** The drawing: its view box, and each link and node as SVG at its place. */
function drawing(o: StandaloneOptions): { viewBox: string; edges: string; nodes: string } {
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
  const order = o.labelOrder ?? [];
  const levels = labelLevels(o.graph, (id) => pos(id), NODE_SIZE / 2, new Set(o.selected ?? []));
  const nodes = o.graph.nodes
    .map((n) => {
      const p = pos(n.id);
      const look = kindStyle(primaryLabel(n.labels, order), order);
      const event = o.eventLabel !== undefined && n.labels.includes(o.eventLabel);
      const shape = shapeSvg(
        look.shape,
        p.x,
        p.y,
        NODE_SIZE,
        `fill="${look.color}" data-shape="${look.shape}"${event ? ' class="event"' : ''}`,
      );
      const lod = (levels.get(n.id) ?? []).map((i) => `l${i}`).join(' ');
      return `<g class="node ${lod}" data-id="${xmlEscape(n.id)}"><title>${xmlEscape(`${n.name} (${n.labels.join(', ')})`)}</title>${shape}<text x="${p.x}" y="${p.y + NODE_SIZE / 2 + 2}">${xmlEscape(shorten(n.name))}</text></g>`;
    })
    .join('\n');
  return { viewBox: `${minX} ${minY} ${w} ${h}`, edges, nodes };
}

export function standaloneHtml(o: StandaloneOptions): string {
  const { viewBox, edges, nodes } = drawing(o);
  // A label is drawn at level i only when the app's rule picked it there.
  const lodCss = LOD_ZOOMS.map(
    (_, i) => `svg.z${i} .node:not(.l${i}) text { display: none; }`,
  ).join('\n  ');

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
  .edge text { font-size: 9px; fill: #5f6368; text-anchor: middle; display: none; }
  svg.edge-words .edge text { display: inline; }
  .node > :not(text):not(title) { stroke: #fff; stroke-width: 1; cursor: pointer; }
  .node > .event { stroke: #333; stroke-width: 3; }
  .node text { font-size: var(--fs, ${LABEL_PX}px); dominant-baseline: hanging; fill: #1f2328; text-anchor: middle; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
  ${lodCss}
  #details { padding: 12px; overflow: auto; border-left: 1px solid #ddd; height: calc(100vh - 80px); }
  dt { font-weight: 600; margin-top: 6px; } dd { margin: 0; word-break: break-word; }
  .source { border-top: 1px solid #ddd; padding: 6px 0; } .basis, .muted { color: #555; font-size: 12px; }
  .quote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #bbb; } .note { font-style: italic; margin: 4px 0; }
  .caption { position: absolute; left: 8px; bottom: 6px; margin: 0; font-size: 12px; color: #444; background: #fafafae6; padding: 2px 6px; max-width: 60%; }
  main { position: relative; }
</style>
</head>
<body>
<header><h1>${xmlEscape(o.title)}</h1><p>${xmlEscape(o.note ?? `${o.graph.nodes.length} nodes, ${o.graph.edges.length} relationships. Drag to pan, scroll to zoom, click for details.`)}</p></header>
<main>
<svg viewBox="${viewBox}" role="img" aria-label="${xmlEscape(o.title)}">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="22" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#9aa0a6"/></marker></defs>
${edges}
${nodes}
</svg>
${o.caption?.length ? `<p class="caption">${o.caption.map(xmlEscape).join('<br>')}</p>` : ''}
</main>
<aside id="details" aria-live="polite"><p>Click a node or a relationship to see its properties.</p></aside>
<script type="application/json" id="graph-data">${scriptJson(o.graph)}</script>
<script type="application/json" id="sources-data">${scriptJson(o.sources ?? {})}</script>
<script>${script()}</script>
</body>
</html>
`;
}
