// Puts the canvas's own SVG drawing (cytoscape-svg's output, so the shapes,
// colours and lines are the screen's) inside a page that also holds the
// title above it, the legend and the caption of the view below it. The PNG
// is this same SVG rasterised, so both exports carry the same things.
import { shapeSvg } from '../graph/shapes.js';
import { xmlEscape } from './graphml.js';
import type { LegendEntry } from './view-frame.js';

export interface Frame {
  title: string;
  /** One line per fact (export/view-frame.ts viewCaption). */
  caption: readonly string[];
  legend: readonly LegendEntry[];
  /** The canvas's background colour. */
  bg: string;
}

const SVG_OPEN = /<svg\b[^>]*>/i;

/** The drawing's size from its root element's width and height. */
export function svgSize(svg: string): { width: number; height: number } {
  const open = SVG_OPEN.exec(svg)?.[0] ?? '';
  const num = (name: string) => {
    const m = new RegExp(`\\b${name}="([\\d.]+)`).exec(open);
    return m ? Number(m[1]) : NaN;
  };
  const width = num('width');
  const height = num('height');
  return { width: width > 0 ? width : 800, height: height > 0 ? height : 600 };
}

/** The drawing as an element to nest: no XML declaration or doctype, placed at (x, y). */
function nested(svg: string, x: number, y: number): string {
  const start = svg.search(SVG_OPEN);
  const body = start >= 0 ? svg.slice(start) : svg;
  return body.replace(SVG_OPEN, (open) => open.replace(/^<svg\b/i, `<svg x="${x}" y="${y}"`));
}

/** Lines of at most about `max` characters, broken between words. */
export function wrapWords(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/** Dark ink on a light background, light ink on a dark one. */
export function inkFor(bg: string): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(bg.trim())?.[1];
  const rgb = hex
    ? [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16))
    : (bg.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  if (rgb.length < 3) return '#1f2328';
  const [r, g, b] = rgb as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? '#e8eaed' : '#1f2328';
}

/** The legend's rows: a swatch (the kind's shape in its colour, or a line) and its name. */
function legendSvg(
  entries: readonly LegendEntry[],
  at: { x: number; y: number; width: number; u: number; ink: string },
): { svg: string; height: number } {
  const { u, ink } = at;
  const colW = 230 * u;
  const rowH = 22 * u;
  const cols = Math.max(1, Math.floor(at.width / colW));
  const parts = entries.map((e, i) => {
    const x = at.x + (i % cols) * colW;
    const y = at.y + Math.floor(i / cols) * rowH;
    const sw =
      e.kind === 'node' && e.shape
        ? shapeSvg(e.shape, x + 8 * u, y + 8 * u, 14 * u, `fill="${xmlEscape(e.color ?? '#888')}"`)
        : `<line x1="${x}" y1="${y + 8 * u}" x2="${x + 16 * u}" y2="${y + 8 * u}" stroke="#9aa0a6" stroke-width="${2 * u}"${e.dotted ? ` stroke-dasharray="${2 * u} ${2 * u}"` : ''}/>`;
    const label = `<text x="${x + 22 * u}" y="${y + 12 * u}" font-size="${12 * u}" fill="${ink}">${xmlEscape(`${e.name} (${e.count})`)}</text>`;
    return `<g class="legend-entry">${sw}${label}</g>`;
  });
  const height = Math.ceil(entries.length / cols) * rowH;
  return { svg: `<g class="legend">${parts.join('')}</g>`, height };
}

/** The whole picture: title, the canvas's drawing, legend, caption. */
export function framedSvg(graphSvg: string, f: Frame): string {
  const g = svgSize(graphSvg);
  const width = Math.max(g.width + 40, 720);
  // Text grows with the drawing, so it reads at the size the picture is viewed.
  const u = Math.max(1, width / 960);
  const pad = 20 * u;
  const ink = inkFor(f.bg);
  const inner = width - 2 * pad;
  const titleLines = wrapWords(f.title, Math.floor(inner / (12 * u)));
  const titleH = titleLines.length * 28 * u;
  const gy = pad + titleH + 8 * u;
  const legendY = gy + g.height + 16 * u;
  const legend = legendSvg(f.legend, { x: pad, y: legendY, width: inner, u, ink });
  const capLines = f.caption.flatMap((l) => wrapWords(l, Math.floor(inner / (7 * u))));
  const capY = legendY + legend.height + 16 * u;
  const height = capY + capLines.length * 18 * u + pad;
  const title = titleLines
    .map(
      (l, i) =>
        `<text x="${pad}" y="${pad + 22 * u + i * 28 * u}" font-size="${22 * u}" font-weight="600" fill="${ink}">${xmlEscape(l)}</text>`,
    )
    .join('');
  const caption = capLines
    .map(
      (l, i) =>
        `<text x="${pad}" y="${capY + 13 * u + i * 18 * u}" font-size="${13 * u}" fill="${ink}">${xmlEscape(l)}</text>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">
<title>${xmlEscape(f.title)}</title>
<desc>${xmlEscape(f.caption.join(' '))}</desc>
<rect width="100%" height="100%" fill="${xmlEscape(f.bg)}"/>
<g class="title">${title}</g>
${nested(graphSvg, (width - g.width) / 2, gy)}
${legend.svg}
<g class="caption">${caption}</g>
</svg>
`;
}
