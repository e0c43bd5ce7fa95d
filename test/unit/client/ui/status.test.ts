// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Health } from '../../../../contract/index.js';
import { setupNotices, setupStatus, showRestoreNote } from '../../../../client/src/ui/status.js';
import { fakeExplorer } from './fake-explorer.js';

function page(...ids: string[]) {
  document.body.replaceChildren(
    ...ids.map((id) => Object.assign(document.createElement('div'), { id })),
  );
}
const text = (id: string) => document.getElementById(id)?.textContent;

const healthy: Health = {
  status: 'ok',
  neo4j: { connected: true, version: '5.26', edition: 'community' },
  counts: { nodes: 40, relationships: 63 },
  seed: [],
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('setupStatus', () => {
  /** A status line over a server that answers each check with the next of these. */
  function status(answers: (Health | Error)[]) {
    page('status', 'banner');
    let recovered = 0;
    const health = () => {
      const a = answers.shift() ?? healthy;
      return a instanceof Error ? Promise.reject(a) : Promise.resolve(a);
    };
    const s = setupStatus(fakeExplorer({ api: { health } }), () => recovered++);
    return { s, recovered: () => recovered };
  }

  it('names the database and counts the graph when it is up', async () => {
    await status([healthy]).s.check();
    expect(text('status')).toBe('Neo4j 5.26 connected · 40 nodes, 63 relationships');
    expect(document.getElementById('banner')?.hidden).toBe(true);
  });

  it('shows a banner while the server cannot be reached', async () => {
    await status([new Error('offline')]).s.check();
    expect(text('banner')).toMatch(/^The server is not reachable right now/);
  });

  it('reloads once the server is back', async () => {
    const st = status([new Error('offline'), healthy]);
    await st.s.check();
    await st.s.check();
    expect(st.recovered()).toBe(1);
  });
});

describe('showRestoreNote', () => {
  it('shows what a link could not restore until its × is pressed', () => {
    page('restore-note');
    showRestoreNote('Some of this link could not be restored: x.');
    const note = document.getElementById('restore-note')!;
    expect(note.hidden).toBe(false);
    note.querySelector('button')?.click();
    expect(note.hidden).toBe(true);
  });
});

describe('setupNotices', () => {
  it('shows a notice from the bus and clears it after a few seconds', () => {
    page('notice');
    const ctx = fakeExplorer();
    setupNotices(ctx);
    ctx.bus.emit('notice', { text: '12 more neighbours' });
    expect(text('notice')).toBe('12 more neighbours');
    vi.advanceTimersByTime(5000);
    expect(text('notice')).toBe('');
  });
});
