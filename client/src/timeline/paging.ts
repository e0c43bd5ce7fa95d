// The timeline arrives in pages (contract: TimelineQuery.after, Timeline.next).
// The panel keeps what it has loaded and asks for the next page when the user
// does; a replay or a story that needs every event follows the cursor to the
// end. Pure: the fetching is passed in.

export interface Page<T> {
  events: T[];
  next: string | null;
}

/** What the panel has loaded: the events in order and where the next page starts (null: none). */
export interface Loaded<T> {
  events: T[];
  next: string | null;
}

export const nothingLoaded = <T>(): Loaded<T> => ({ events: [], next: null });

/**
 * A page added after what is loaded. A page repeating an event already held
 * (the data changed between two pages) keeps the first copy, so an event is
 * never drawn twice; none of the page's other events is left out.
 */
export function addPage<T extends { id: string }>(loaded: Loaded<T>, page: Page<T>): Loaded<T> {
  const held = new Set(loaded.events.map((e) => e.id));
  return {
    events: [...loaded.events, ...page.events.filter((e) => !held.has(e.id))],
    next: page.next,
  };
}

/** "100 events, more to load": the count line's text for what is loaded. */
export function loadedCount(shown: number, loaded: Loaded<unknown>): string {
  const total = loaded.events.length;
  const noun = total === 1 ? 'event' : 'events';
  const count = shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`;
  return loaded.next ? `${count} loaded, more to load` : count;
}

/** The most pages `allPages` follows: at 500 events a page, 20,000 events. */
export const MAX_PAGES = 40;

/**
 * Every event, following the cursor from the first page (at most maxPages
 * requests). `complete` is false when the bound stopped it, so a caller can
 * say that the rest was not loaded rather than drop it silently.
 */
export async function allPages<T extends { id: string }>(
  fetchPage: (after: string | undefined) => Promise<Page<T>>,
  maxPages = MAX_PAGES,
): Promise<{ events: T[]; complete: boolean }> {
  let loaded = nothingLoaded<T>();
  for (let i = 0; i < maxPages; i++) {
    loaded = addPage(loaded, await fetchPage(loaded.next ?? undefined));
    if (!loaded.next) return { events: loaded.events, complete: true };
  }
  return { events: loaded.events, complete: false };
}
