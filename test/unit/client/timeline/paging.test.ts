import { describe, expect, it } from 'vitest';
import {
  addPage,
  allPages,
  loadedCount,
  nothingLoaded,
  type Page,
} from '../../../../client/src/timeline/paging.js';

const ev = (id: string) => ({ id });

/** A server holding `ids`, `size` per page, its cursor the index to start at. */
function pagesOf(ids: string[], size: number) {
  const asked: (string | undefined)[] = [];
  const fetchPage = (after: string | undefined): Promise<Page<{ id: string }>> => {
    asked.push(after);
    const start = after ? Number(after) : 0;
    const end = start + size;
    return Promise.resolve({
      events: ids.slice(start, end).map(ev),
      next: end < ids.length ? String(end) : null,
    });
  };
  return { fetchPage, asked };
}

describe('timeline paging', () => {
  it('adds a page after what is loaded, in order, and keeps its cursor', () => {
    const a = addPage(nothingLoaded<{ id: string }>(), { events: [ev('1'), ev('2')], next: 'x' });
    const b = addPage(a, { events: [ev('3')], next: null });
    expect(b.events.map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(a.next).toBe('x');
    expect(b.next).toBeNull();
  });

  it('keeps one copy of an event a later page repeats, and every other event of that page', () => {
    const a = addPage(nothingLoaded<{ id: string }>(), { events: [ev('1'), ev('2')], next: 'x' });
    const b = addPage(a, { events: [ev('2'), ev('3')], next: null });
    expect(b.events.map((e) => e.id)).toEqual(['1', '2', '3']);
  });

  it('follows the cursor to the last page, asking each page once', async () => {
    const ids = Array.from({ length: 7 }, (_, i) => `e${i}`);
    const server = pagesOf(ids, 3);
    const all = await allPages(server.fetchPage);
    expect(all).toEqual({ events: ids.map(ev), complete: true });
    expect(server.asked).toEqual([undefined, '3', '6']);
  });

  it('says the loading is incomplete when the page bound stops it', async () => {
    const server = pagesOf(['a', 'b', 'c', 'd', 'e'], 1);
    const some = await allPages(server.fetchPage, 2);
    expect(some).toEqual({ events: [ev('a'), ev('b')], complete: false });
  });

  it('counts what is drawn of what is loaded and says when more can be loaded', () => {
    const three = { events: [ev('1'), ev('2'), ev('3')], next: 'x' };
    expect(loadedCount(3, three)).toBe('3 events loaded, more to load');
    expect(loadedCount(2, { ...three, next: null })).toBe('2 of 3 events');
    expect(loadedCount(1, { events: [ev('1')], next: null })).toBe('1 event');
  });
});
