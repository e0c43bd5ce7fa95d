// The timeline: events from /api/timeline on a time axis, each drawn at its
// precision (dot = day, bar = month/year/period; dashed = inferred date),
// synced with the canvas selection both ways.
import type { TimelineEvent } from '../../../contract/index.js';
import { formatDate } from '../graph/dates.js';
import { makeScale, placeItems, ticks } from '../timeline/lanes.js';
import type { Explorer } from './explorer.js';
import { clear, errorText, h } from './dom.js';
import type { Expander } from './expand.js';

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
  const host = h('div', { class: 'timeline' });
  panel.append(
    h(
      'div',
      { class: 'row' },
      h('label', { text: 'Zoom' }),
      zoom,
      info,
      h('span', { class: 'muted', text: '● day · ▬ month/year/period · dashed = date inferred' }),
    ),
    host,
  );
  let events: TimelineEvent[] = [];

  function draw(): void {
    clear(host);
    if (!events.length) {
      host.append(h('p', { class: 'muted', text: 'No events in this range.' }));
      return;
    }
    const width = Math.max(600, (panel.clientWidth - 24) * Number(zoom.value));
    const scale = makeScale(events, width);
    const placed = placeItems(events, scale);
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
      const tx = s('text', { x: t.x + 3, y: 11 });
      tx.textContent = t.text;
      svg.append(tx);
    }
    const byId = new Map(events.map((e) => [e.id, e]));
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
      const label = s('text', { x: p.x + 8, y: y + 4 });
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
    host.append(svg);
  }

  async function load(): Promise<void> {
    info.textContent = 'Loading…';
    try {
      const t = await ctx.api.timeline({ ...ctx.asOf() });
      events = t.events;
      const a = ctx.asOf();
      info.textContent = `${events.length} events${a.asOf ? ` ${a.clock === 'reported' ? 'reported' : 'happened'} by ${a.asOf}` : ''}`;
      draw();
    } catch (e) {
      info.textContent = '';
      clear(host);
      host.append(
        h('p', { class: 'error', text: `The timeline could not be loaded: ${errorText(e)}` }),
      );
    }
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

  zoom.addEventListener('change', draw);
  ctx.store.subscribe(['selected'], (s) => markSelection(s.selected));
  return { load, draw };
}
