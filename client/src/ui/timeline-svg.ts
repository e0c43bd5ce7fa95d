// The timeline's drawing: the date axis, one mark per event and the brush
// that picks a date range. Plain SVG from plain data; the panel
// (ui/timeline.ts) decides what to draw and what a pick or a range does.
import type { TimelineEvent } from '../../../contract/index.js';
import { formatDate } from '../graph/dates.js';
import { ticks, type Placed, type Scale } from '../timeline/lanes.js';

const SVG = 'http://www.w3.org/2000/svg';
/** The height of one lane of events, and where the first lane starts. */
export const ROW_H = 20;
export const TOP = 28;

export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** The axis line and one dotted line with its date per tick. */
export function axis(scale: Scale, width: number, height: number): SVGElement[] {
  const out: SVGElement[] = [s('line', { x1: 0, x2: width, y1: 16, y2: 16, class: 'axis' })];
  // Where the last label ended: a label that would run into it is left out
  // (on a phone the last year, turned to the left of its tick, sat on the one before).
  let lastEnd = -Infinity;
  for (const t of ticks(scale)) {
    out.push(
      s('line', {
        x1: t.x,
        x2: t.x,
        y1: 12,
        y2: height,
        class: 'axis',
        'stroke-dasharray': '2 4',
        opacity: 0.4,
      }),
    );
    // A tick near the right edge is labelled on its left, or its year is cut off.
    const textWidth = t.text.length * 7;
    const nearEnd = t.x + 3 + textWidth > width;
    const left = nearEnd ? t.x - 3 - textWidth : t.x + 3;
    if (left < lastEnd + 4) continue;
    lastEnd = left + textWidth;
    const tx = s('text', {
      x: nearEnd ? t.x - 3 : t.x + 3,
      y: 11,
      'text-anchor': nearEnd ? 'end' : 'start',
    });
    tx.textContent = t.text;
    out.push(tx);
  }
  return out;
}

/** A bar for a month, year or period, a dot for a day; dashed when the date is inferred. */
function shape(ev: TimelineEvent, p: Placed, y: number, color: string): SVGElement {
  const dash: Record<string, string> = ev.dateInferred ? { 'stroke-dasharray': '3 2' } : {};
  if (p.width > 0) {
    return s('rect', {
      x: p.x,
      y: y - 5,
      width: p.width,
      height: 10,
      rx: 3,
      fill: color,
      'fill-opacity': 0.35,
      stroke: color,
      ...dash,
    });
  }
  return s('circle', {
    cx: p.x,
    cy: y,
    r: 5,
    fill: ev.dateInferred ? 'none' : color,
    stroke: color,
    'stroke-width': 2,
    ...dash,
  });
}

/** The hover text: name, date (and what it was inferred from), first report. */
export function eventTitle(ev: TimelineEvent): string {
  const date = formatDate(ev.date, ev.datePrecision, ev.dateInferred);
  const inferred =
    ev.dateInferred && ev.dateInferredFrom ? ` (inferred from “${ev.dateInferredFrom}”)` : '';
  const reported = ev.firstReported ? `\nfirst reported ${ev.firstReported}` : '';
  return `${ev.name}\n${date}${inferred}${reported}`;
}

/** One event: a focusable list item that picks it on click, Enter or Space. */
export function eventMark(
  ev: TimelineEvent,
  p: Placed,
  opts: { selected: boolean; color: string; onPick: () => void },
): SVGGElement {
  const y = TOP + p.row * ROW_H;
  const g = s('g', {
    class: `ev${opts.selected ? ' selected' : ''}`,
    'data-id': ev.id,
    role: 'listitem',
    tabindex: 0,
    'aria-label': `${formatDate(ev.date, ev.datePrecision, ev.dateInferred)}: ${ev.name}`,
  });
  // On its bar when the bar is wider than the label, else beside the mark (lanes.ts labelFit).
  const label = p.labelLeft
    ? s('text', { x: p.x - 8, y: y + 4, 'text-anchor': 'end' })
    : s('text', { x: p.labelInside ? p.x + 8 : p.x + p.width + 8, y: y + 4 });
  label.textContent =
    ev.name.length > p.labelChars ? `${ev.name.slice(0, p.labelChars - 1)}…` : ev.name;
  const title = s('title', {});
  title.textContent = eventTitle(ev);
  g.append(shape(ev, p, y, opts.color), title, label);
  g.addEventListener('click', opts.onPick);
  g.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      opts.onPick();
    }
  });
  return g;
}

/**
 * Dragging across the axis band (the top 24 px) picks a date range, handed
 * to onRange as the first and last day; a click without a drag is no range.
 */
export function brush(
  svg: SVGSVGElement,
  scale: Scale,
  height: number,
  onRange: (from: number, to: number) => void,
): void {
  const band = s('rect', { x: 0, y: 0, width: scale.width, height: 24, class: 'brush-band' });
  const sel = s('rect', { x: 0, y: 0, width: 0, height, class: 'brush' });
  sel.setAttribute('visibility', 'hidden');
  svg.append(band, sel);
  let start: number | undefined;
  const xOf = (e: PointerEvent) => e.clientX - svg.getBoundingClientRect().left;
  band.addEventListener('pointerdown', (e) => {
    start = xOf(e);
    band.setPointerCapture(e.pointerId);
    sel.setAttribute('visibility', 'visible');
    sel.setAttribute('x', String(start));
    sel.setAttribute('width', '0');
  });
  band.addEventListener('pointermove', (e) => {
    if (start === undefined) return;
    const x = xOf(e);
    sel.setAttribute('x', String(Math.min(start, x)));
    sel.setAttribute('width', String(Math.abs(x - start)));
  });
  band.addEventListener('pointerup', (e) => {
    if (start === undefined) return;
    const a = scale.day(Math.min(start, xOf(e)));
    const b = scale.day(Math.max(start, xOf(e)));
    start = undefined;
    sel.setAttribute('visibility', 'hidden');
    if (b - a >= 1) onRange(a, b);
  });
}
