// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../../contract/index.js';
import { setupTimeline } from '../../../../client/src/ui/timeline.js';
import { axis, eventMark, eventTitle } from '../../../../client/src/ui/timeline-svg.js';
import { fakeExpander, fakeExplorer } from './fake-explorer.js';

const event = (id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  name: `Event ${id}`,
  labels: ['Event'],
  kind: null,
  description: null,
  date,
  endDate: null,
  endDatePrecision: null,
  datePrecision: 'day',
  dateInferred: false,
  dateInferredFrom: null,
  firstReported: null,
  participants: [],
  sources: [],
  ...extra,
});

const events = [
  event('a', '2025-04-04'),
  event('b', '2025-06-01', { labels: ['Statement'] }),
  event('c', '2025-10-09'),
];

function timeline(list = events) {
  const ctx = fakeExplorer({
    api: { timeline: () => Promise.resolve({ events: list, next: null }) },
  });
  const expander = fakeExpander();
  const panel = document.createElement('div');
  const t = setupTimeline(panel, ctx, expander);
  const drawn = () => [...panel.querySelectorAll<SVGGElement>('g.ev')].map((g) => g.dataset['id']);
  // The count line, beside the zoom (the legend's line is muted too, but names no number).
  const count = () =>
    [...panel.querySelectorAll('.row > .muted')]
      .map((e) => e.textContent)
      .find((t) => /\d/.test(t ?? ''));
  return { t, ctx, expander, panel, drawn, count };
}

describe('setupTimeline', () => {
  it('draws one mark per event once loaded', async () => {
    const tl = timeline();
    await tl.t.load();
    expect(tl.drawn().sort()).toEqual(['a', 'b', 'c']);
  });

  it('leaves out the kinds unticked in the legend and counts what is left', async () => {
    const tl = timeline();
    await tl.t.load();
    tl.ctx.store.update({ hiddenLabels: ['Statement'] });
    expect(tl.drawn().sort()).toEqual(['a', 'c']);
    expect(tl.count()).toMatch(/^2 of 3 events/);
  });

  it('says the date range holds nothing and offers all dates', async () => {
    const tl = timeline();
    await tl.t.load();
    tl.ctx.store.update({ dateFrom: '2026-01-01' });
    expect(tl.panel.querySelector('.timeline p')?.textContent).toMatch(/All dates/);
    tl.panel.querySelector<HTMLButtonElement>('button')?.click();
    expect(tl.ctx.store.get().dateFrom).toBeUndefined();
  });

  it('marks the selected event', async () => {
    const tl = timeline();
    await tl.t.load();
    tl.ctx.store.update({ selected: ['c'] });
    const marked = [...tl.panel.querySelectorAll<SVGGElement>('g.ev.selected')];
    expect(marked.map((g) => g.dataset['id'])).toEqual(['c']);
  });

  it('says so when the timeline cannot be loaded', async () => {
    const ctx = fakeExplorer({ api: { timeline: () => Promise.reject(new Error('busy')) } });
    const panel = document.createElement('div');
    await setupTimeline(panel, ctx, fakeExpander()).load();
    expect(panel.querySelector('.error')?.textContent).toBe(
      'The timeline could not be loaded: busy',
    );
  });
});

describe('eventMark', () => {
  const placed = {
    id: 'a',
    x: 10,
    width: 0,
    row: 0,
    labelWidth: 50,
    labelLeft: false,
    labelChars: 34,
    labelInside: false,
  };

  it('reveals the event on Enter', () => {
    let picked = 0;
    const g = eventMark(events[0]!, placed, {
      selected: false,
      color: '#000',
      onPick: () => picked++,
    });
    g.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(picked).toBe(1);
  });

  it('draws a day as a dot and a longer period as a bar', () => {
    const opts = { selected: false, color: '#000', onPick: () => undefined };
    expect(eventMark(events[0]!, placed, opts).querySelector('circle')).not.toBeNull();
    expect(
      eventMark(events[0]!, { ...placed, width: 30 }, opts).querySelector('rect'),
    ).not.toBeNull();
  });
});

describe('eventTitle', () => {
  it('says what an inferred date was inferred from', () => {
    const ev = event('x', '2025-05-01', {
      dateInferred: true,
      dateInferredFrom: 'early May',
      datePrecision: 'month',
    });
    expect(eventTitle(ev)).toContain('(inferred from “early May”)');
  });
});

describe('the timeline axis', () => {
  it('leaves out a year label that would run into the one before (a phone-wide axis)', () => {
    // 2020 to 2026 across 330 px, 2026 at x = 310: near the edge, its label turns to its left.
    const scale = {
      min: 18262,
      max: 20500,
      width: 330,
      x: (d: number) => ((d - 18262) * 310) / (20454 - 18262),
      day: (x: number) => x,
    };
    const labels = axis(scale, 330, 100).filter((e) => e.tagName === 'text');
    const boxes = labels.map((t) => {
      const x = Number(t.getAttribute('x'));
      const w = (t.textContent ?? '').length * 7;
      return t.getAttribute('text-anchor') === 'end'
        ? { from: x - w, to: x }
        : { from: x, to: x + w };
    });
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.from).toBeGreaterThanOrEqual(boxes[i - 1]!.to);
    expect(labels.map((t) => t.textContent)).toContain('2025');
  });

  it('loads the next page when asked, keeping the first, and says while more are left', async () => {
    const asked: (string | undefined)[] = [];
    const pages = new Map([
      [undefined, { events: events.slice(0, 2), next: 'p2' }],
      ['p2', { events: events.slice(2), next: null }],
    ]);
    const ctx = fakeExplorer({
      api: {
        timeline: (o: { after?: string } = {}) => {
          asked.push(o.after);
          return Promise.resolve(pages.get(o.after) ?? { events: [], next: null });
        },
      },
    });
    const panel = document.createElement('div');
    const t = setupTimeline(panel, ctx, fakeExpander());
    const button = () =>
      [...panel.querySelectorAll('button')].find((b) => b.textContent === 'Load the next events');
    await t.load();
    expect(panel.querySelectorAll('g.ev')).toHaveLength(2);
    expect(panel.textContent).toContain('2 events loaded, more to load');
    expect(button()?.hidden).toBe(false);
    await t.loadMore();
    expect(
      [...panel.querySelectorAll<SVGGElement>('g.ev')].map((g) => g.dataset['id']).sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(asked).toEqual([undefined, 'p2']);
    expect(button()?.hidden).toBe(true);
  });
});
