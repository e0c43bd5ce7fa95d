// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { asOfCursor, timelinePlayer } from '../../../../../client/src/ui/story/timeline-play.js';
import { fakeDataExplorer } from '../fake-explorer.js';

describe('the timeline’s play control', () => {
  it('offers both clocks and three speeds, a month a second first', () => {
    const el = timelinePlayer(fakeDataExplorer({ graph: { nodes: [], edges: [] } }).ctx);
    expect(el.querySelector('button')?.textContent).toBe('▶ Play');
    expect(
      [...el.querySelectorAll('[aria-label="Replay on the clock of"] option')].map(
        (o) => o.textContent,
      ),
    ).toEqual(['as it happened', 'as it was reported']);
    expect(el.querySelector<HTMLSelectElement>('[aria-label="Replay speed"]')?.value).toBe('30');
  });

  it('moves the as-of date through the events and stops at the last', async () => {
    const f = fakeDataExplorer({ graph: { nodes: [], edges: [] } });
    f.api.timeline.mockImplementation(() =>
      Promise.resolve({
        events: [
          { date: '2025-04-04', firstReported: null },
          { date: '2025-04-05', firstReported: null },
        ],
      }),
    );
    const el = timelinePlayer(f.ctx);
    el.querySelector('button')?.click();
    await new Promise((r) => setTimeout(r, 1600));
    expect(f.store.get().asOf).toBe('2025-04-05');
    expect(el.querySelector('button')?.textContent).toBe('▶ Play');
  });

  it('draws the as-of cursor with the date on hover, and nothing without a date', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    asOfCursor(svg, undefined, 40, 'none');
    expect(svg.children).toHaveLength(0);
    asOfCursor(svg, 12, 40, 'as of 12 Jun 2025');
    expect(svg.querySelector('line.asof-cursor title')?.textContent).toBe('as of 12 Jun 2025');
  });
});
