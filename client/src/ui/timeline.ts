// The timeline: events from /api/timeline on a time axis, each drawn at its
// precision (dot = day, bar = month/year/period; dashed = inferred date),
// synced with the canvas selection both ways. The drawing itself is in
// ui/timeline-svg.ts.
import type { TimelineEvent } from '../../../contract/index.js';
import type { ExplorerState } from '../state/store.js';
import { filteredItems, isoDay, makeScale, placeItems, type Scale } from '../timeline/lanes.js';
import { addPage, loadedCount, nothingLoaded, type Loaded } from '../timeline/paging.js';
import type { Explorer } from './explorer.js';
import { clear, errorText, h } from './dom.js';
import type { Expander } from './expand.js';
import { asOfCursor, timelinePlayer } from './story/timeline-play.js';
import { axis, brush, eventMark, ROW_H, s, TOP } from './timeline-svg.js';

interface Controls {
  zoom: HTMLSelectElement;
  info: HTMLElement;
  clearRange: HTMLButtonElement;
  more: HTMLButtonElement;
}

/** The zoom, the event count and the "All dates" button above the axis. */
function controls(panel: HTMLElement, ctx: Explorer, host: HTMLElement): Controls {
  const zoom = h(
    'select',
    { 'aria-label': 'Timeline zoom' },
    h('option', { value: '1', text: 'Fit' }),
    h('option', { value: '3', text: '×3' }),
    h('option', { value: '8', text: '×8' }),
  );
  const info = h('span', { class: 'muted' });
  // Shown while the server has more pages: the timeline arrives a page at a time.
  const more = h('button', { type: 'button', text: 'Load the next events', hidden: true });
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
      more,
      h('span', {
        class: 'muted',
        text: '● day · ▬ month/year/period · dashed = date inferred · drag on the axis to filter by date',
      }),
    ),
    host,
  );
  return { zoom, info, clearRange, more };
}

/** Why nothing is drawn: no events at all, none in the range, or none of the ticked kinds. */
function emptyText(hasEvents: boolean, state: ExplorerState): string {
  if (!hasEvents) return 'No events to show.';
  if (state.dateFrom || state.dateTo)
    return 'No events in this date range: press “All dates” to see them all.';
  return 'No events of the kinds ticked in the legend.';
}

/** The as-of cursor, where the as-of date falls inside the axis. */
function cursor(svg: SVGSVGElement, scale: Scale, height: number, state: ExplorerState): void {
  const { asOf, clock } = state;
  const day = asOf ? Date.parse(asOf) / 86_400_000 : NaN;
  asOfCursor(
    svg,
    Number.isFinite(day) && day >= scale.min && day <= scale.max ? scale.x(day) : undefined,
    height,
    `As of ${asOf ?? ''} (${clock})`,
  );
}

interface Drawing {
  shown: TimelineEvent[];
  width: number;
  state: ExplorerState;
  onPick: (id: string) => void;
  onRange: (from: number, to: number) => void;
}

/** The axis with every shown event in its lane, the brush and the as-of cursor. */
function timelineSvg(d: Drawing): SVGSVGElement {
  const { shown, width, state } = d;
  const scale = makeScale(shown, width);
  const placed = placeItems(shown, scale);
  const rows = Math.max(1, ...placed.map((p) => p.row + 1));
  const height = TOP + rows * ROW_H;
  const svg = s('svg', { width, height, role: 'list', 'aria-label': 'Events in time order' });
  svg.append(...axis(scale, width, height));
  const byId = new Map(shown.map((e) => [e.id, e]));
  const color =
    getComputedStyle(document.documentElement).getPropertyValue('--accent') || '#1a73e8';
  for (const p of placed) {
    const ev = byId.get(p.id);
    if (!ev) continue;
    const selected = state.selected.includes(ev.id);
    svg.append(eventMark(ev, p, { selected, color, onPick: () => d.onPick(ev.id) }));
  }
  // Last, so the band is above the tick lines and labels it overlaps.
  brush(svg, scale, height, d.onRange);
  cursor(svg, scale, height, state);
  return svg;
}

/** The selection, from the store, marked on the drawn events. */
function markSelection(host: HTMLElement, ids: readonly string[]): void {
  const selected = new Set(ids);
  host.querySelectorAll<SVGGElement>('g.ev').forEach((g) => {
    const on = selected.has(g.dataset['id'] ?? '');
    g.classList.toggle('selected', on);
    if (on) g.scrollIntoView({ block: 'nearest', inline: 'center' });
  });
}

export function setupTimeline(panel: HTMLElement, ctx: Explorer, expander: Expander) {
  // The panel keeps its size at every zoom: a wider drawing scrolls inside it.
  const host = h('div', { class: 'timeline' });
  const { zoom, info, clearRange, more } = controls(panel, ctx, host);
  let loaded: Loaded<TimelineEvent> = nothingLoaded();
  // A reload (a new as-of date) makes a page still arriving for the old one stale.
  let generation = 0;

  const pick = (id: string) => {
    void expander
      .reveal(id)
      .catch((e: unknown) => ctx.bus.emit('notice', { text: errorText(e), kind: 'error' }));
  };
  const range = (a: number, b: number) => {
    zoom.value = '1';
    ctx.store.update({ dateFrom: isoDay(a), dateTo: isoDay(b) });
  };

  function draw(): void {
    clear(host);
    const state = ctx.store.get();
    // The filters apply here as on the canvas (unticked kinds, the date
    // range): the axis spans what is left, and the count says so.
    const shown = filteredItems(loaded.events, state);
    more.hidden = !loaded.next;
    clearRange.hidden = !state.dateFrom && !state.dateTo;
    countLine(shown.length);
    if (!shown.length) {
      host.append(h('p', { class: 'muted', text: emptyText(loaded.events.length > 0, state) }));
      return;
    }
    const width = Math.max(320, (host.clientWidth || panel.clientWidth) - 4) * Number(zoom.value);
    host.append(timelineSvg({ shown, width, state, onPick: pick, onRange: range }));
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    info.textContent = 'Loading…';
    more.hidden = true;
    try {
      const page = await ctx.api.timeline({ ...ctx.asOf() });
      if (mine !== generation) return;
      loaded = addPage(nothingLoaded(), page);
      draw();
    } catch (e) {
      if (mine !== generation) return;
      info.textContent = '';
      clear(host);
      host.append(
        h('p', { class: 'error', text: `The timeline could not be loaded: ${errorText(e)}` }),
      );
    }
  }

  /** The page after the events loaded, added to them. */
  async function loadMore(): Promise<void> {
    const after = loaded.next;
    if (!after) return;
    const mine = generation;
    more.disabled = true;
    try {
      const page = await ctx.api.timeline({ ...ctx.asOf(), after });
      if (mine !== generation) return;
      loaded = addPage(loaded, page);
      draw();
    } catch (e) {
      ctx.bus.emit('notice', {
        text: `The next events could not be loaded: ${errorText(e)}`,
        kind: 'error',
      });
    } finally {
      more.disabled = false;
    }
  }

  /** "12 of 100 events loaded, more to load, happened by …": what is drawn, of what is loaded. */
  function countLine(shown: number): void {
    const a = ctx.asOf();
    info.textContent = `${loadedCount(shown, loaded)}${a.asOf ? ` ${a.clock === 'reported' ? 'reported' : 'happened'} by ${a.asOf}` : ''}`;
  }

  more.addEventListener('click', () => void loadMore());
  zoom.addEventListener('change', draw);
  ctx.store.subscribe(['selected'], (st) => markSelection(host, st.selected));
  ctx.store.subscribe(['dateFrom', 'dateTo', 'hiddenLabels'], () => draw());
  return { load, loadMore, draw };
}
