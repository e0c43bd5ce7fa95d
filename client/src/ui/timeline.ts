// The timeline: events from /api/timeline on a time axis, each drawn at its
// precision (dot = day, bar = month/year/period; dashed = inferred date),
// synced with the canvas selection both ways.
import type { TimelineEvent } from '../../../contract/index.js';
import { formatDate } from '../graph/dates.js';
import {
  eventCount,
  filteredItems,
  isoDay,
  makeScale,
  placeItems,
  ticks,
  type Scale,
} from '../timeline/lanes.js';
import type { Explorer } from './explorer.js';
import { clear, errorText, h } from './dom.js';
import type { Expander } from './expand.js';
import { asOfCursor, timelinePlayer } from './story/timeline-play.js';

const SVG = 'http://www.w3.org/2000/svg';

function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

export function setupTimeline(panel: HTMLElement, ctx: Explorer, expander: Expander) {
  const zoom = h(
    'select',
    { 'aria-label': 'Timeline zoom' },
    h('option', { value: '1', text: 'Fit' }),
    h('option', { value: '3', text: '×3' }),
    h('option', { value: '8', text: '×8' }),
  );
  const info = h('span', { class: 'muted' });
  // The panel keeps its size at every zoom: a wider drawing scrolls inside it.
  const host = h('div', { class: 'timeline' });
  const clearRange = h('button', {
    type: 'button',
    text: 'All dates',
    title: 'Clear the date range (Fit)',
    onclick: () => {
      zoom.value = '1';
      ctx.store.update({ dateFrom: undefined, dateTo: undefined });
    },
  });
  panel.append(
    h(
      'div',
      { class: 'row' },
      h('label', { text: 'Zoom' }),
      zoom,
      clearRange,
      timelinePlayer(ctx),
      info,
      h('span', {
        class: 'muted',
        text: '● day · ▬ month/year/period · dashed = date inferred · drag on the axis to filter by date',
      }),
    ),
    host,
  );
  let events: TimelineEvent[] = [];

  function draw(): void {
    clear(host);
    const state = ctx.store.get();
    const { dateFrom, dateTo } = state;
    // The filters apply here as on the canvas (unticked kinds, the date
    // range): the axis spans what is left, and the count says so.
    const shown = filteredItems(events, state);
    clearRange.hidden = !dateFrom && !dateTo;
    countLine(shown.length);
    if (!shown.length) {
      host.append(
        h('p', {
          class: 'muted',
          text: !events.length
            ? 'No events to show.'
            : dateFrom || dateTo
              ? 'No events in this date range: press “All dates” to see them all.'
              : 'No events of the kinds ticked in the legend.',
        }),
      );
      return;
    }
    const width = Math.max(320, (host.clientWidth || panel.clientWidth) - 4) * Number(zoom.value);
    const scale = makeScale(shown, width);
    const placed = placeItems(shown, scale);
    const rows = Math.max(1, ...placed.map((p) => p.row + 1));
    const rowH = 20;
    const height = 28 + rows * rowH;
    const svg = s('svg', { width, height, role: 'list', 'aria-label': 'Events in time order' });
    svg.append(s('line', { x1: 0, x2: width, y1: 16, y2: 16, class: 'axis' }));
    for (const t of ticks(scale)) {
      svg.append(
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
      const nearEnd = t.x + 3 + t.text.length * 7 > width;
      const tx = s('text', {
        x: nearEnd ? t.x - 3 : t.x + 3,
        y: 11,
        'text-anchor': nearEnd ? 'end' : 'start',
      });
      tx.textContent = t.text;
      svg.append(tx);
    }
    const byId = new Map(shown.map((e) => [e.id, e]));
    for (const p of placed) {
      const ev = byId.get(p.id);
      if (!ev) continue;
      const y = 28 + p.row * rowH;
      const color =
        getComputedStyle(document.documentElement).getPropertyValue('--accent') || '#1a73e8';
      const g = s('g', {
        class: `ev${ctx.store.get().selected.includes(ev.id) ? ' selected' : ''}`,
        'data-id': ev.id,
        role: 'listitem',
        tabindex: 0,
        'aria-label': `${formatDate(ev.date, ev.datePrecision, ev.dateInferred)}: ${ev.name}`,
      });
      const dash: Record<string, string> = ev.dateInferred ? { 'stroke-dasharray': '3 2' } : {};
      if (p.width > 0) {
        g.append(
          s('rect', {
            x: p.x,
            y: y - 5,
            width: p.width,
            height: 10,
            rx: 3,
            fill: color,
            'fill-opacity': 0.35,
            stroke: color,
            ...dash,
          }),
        );
      } else {
        g.append(
          s('circle', {
            cx: p.x,
            cy: y,
            r: 5,
            fill: ev.dateInferred ? 'none' : color,
            stroke: color,
            'stroke-width': 2,
            ...dash,
          }),
        );
      }
      const label = p.labelLeft
        ? s('text', { x: p.x - 8, y: y + 4, 'text-anchor': 'end' })
        : s('text', { x: p.x + 8, y: y + 4 });
      label.textContent = ev.name.length > 34 ? `${ev.name.slice(0, 33)}…` : ev.name;
      const title = s('title', {});
      title.textContent = `${ev.name}\n${formatDate(ev.date, ev.datePrecision, ev.dateInferred)}${ev.dateInferred && ev.dateInferredFrom ? ` (inferred from “${ev.dateInferredFrom}”)` : ''}${ev.firstReported ? `\nfirst reported ${ev.firstReported}` : ''}`;
      g.append(title, label);
      const pick = () => {
        void expander
          .reveal(ev.id)
          .catch((e: unknown) => ctx.bus.emit('notice', { text: errorText(e), kind: 'error' }));
      };
      g.addEventListener('click', pick);
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          pick();
        }
      });
      svg.append(g);
    }
    // Last, so the band is above the tick lines and labels it overlaps.
    brush(svg, scale, height);
    const { asOf, clock } = state;
    const day = asOf ? Date.parse(asOf) / 86_400_000 : NaN;
    asOfCursor(
      svg,
      Number.isFinite(day) && day >= scale.min && day <= scale.max ? scale.x(day) : undefined,
      height,
      `As of ${asOf ?? ''} (${clock})`,
    );
    host.append(svg);
  }

  async function load(): Promise<void> {
    info.textContent = 'Loading…';
    try {
      const t = await ctx.api.timeline({ ...ctx.asOf() });
      events = t.events;
      draw();
    } catch (e) {
      info.textContent = '';
      clear(host);
      host.append(
        h('p', { class: 'error', text: `The timeline could not be loaded: ${errorText(e)}` }),
      );
    }
  }

  /** "12 of 43 events happened by …": what is drawn, of what the as-of date gives. */
  function countLine(shown: number): void {
    const a = ctx.asOf();
    info.textContent = `${eventCount(shown, events.length)}${a.asOf ? ` ${a.clock === 'reported' ? 'reported' : 'happened'} by ${a.asOf}` : ''}`;
  }

  /** The selection, from the store, marked on the drawn events. */
  function markSelection(ids: readonly string[]): void {
    const selected = new Set(ids);
    host.querySelectorAll<SVGGElement>('g.ev').forEach((g) => {
      const on = selected.has(g.dataset['id'] ?? '');
      g.classList.toggle('selected', on);
      if (on) g.scrollIntoView({ block: 'nearest', inline: 'center' });
    });
  }

  /**
   * Dragging across the axis band (the top 24 px) picks a date range: it
   * goes into the store, which filters the canvas and redraws this axis.
   */
  function brush(svg: SVGSVGElement, scale: Scale, height: number): void {
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
      // A click without a drag is not a range.
      if (b - a < 1) return;
      zoom.value = '1';
      ctx.store.update({ dateFrom: isoDay(a), dateTo: isoDay(b) });
    });
  }

  zoom.addEventListener('change', draw);
  ctx.store.subscribe(['selected'], (s) => markSelection(s.selected));
  ctx.store.subscribe(['dateFrom', 'dateTo', 'hiddenLabels'], () => draw());
  return { load, draw };
}
