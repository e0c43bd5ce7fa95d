// Search with suggestions (WAI-ARIA combobox): names and aliases from
// /api/search as one types, the thing named first and reports in their own
// group last; arrows and Enter pick; Esc clears.
import { SEARCH_MAX, type SearchHit } from '../../../contract/index.js';
import { ApiClientError, type ApiClient } from '../api/client.js';
import { errorText, h } from './dom.js';

let nextId = 0;

/** A failed search is asked again this many times, this far apart, while the words stand. */
const RETRIES = 5;
const RETRY_MS = 2000;

/** Worth asking again: the server was busy, unreachable or failing, not refusing the words. */
function retriable(e: unknown): boolean {
  return !(e instanceof ApiClientError) || e.status === 0 || e.status >= 500;
}

export interface Suggest {
  input: HTMLInputElement;
  element: HTMLElement;
  clear(): void;
}

function comboInput(listId: string, label: string, placeholder: string): HTMLInputElement {
  return h('input', {
    type: 'search',
    role: 'combobox',
    'aria-label': label,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
  });
}

/** The options for these hits; reports come after every entity, under their own heading. */
function hitItems(
  hits: readonly SearchHit[],
  active: number,
  listId: string,
  pick: (i: number) => void,
): HTMLElement[] {
  const out: HTMLElement[] = [];
  hits.forEach((hit, i) => {
    const aliases = hit.aliases.filter((a) => a !== hit.name).slice(0, 3);
    if (hit.group === 'source' && hits[i - 1]?.group !== 'source') {
      out.push(h('li', { role: 'presentation', class: 'group muted', text: 'Reports' }));
    }
    out.push(
      h(
        'li',
        {
          role: 'option',
          id: `${listId}-${i}`,
          'aria-selected': String(i === active),
          onmousedown: (e) => {
            e.preventDefault();
            pick(i);
          },
        },
        h('span', { text: hit.name }),
        h('span', { class: 'chip', text: hit.labels.join(' · ') }),
        aliases.length ? h('span', { class: 'alias', text: aliases.join(', ') }) : null,
      ),
    );
  });
  if (hits.length === 0) out.push(h('li', { class: 'muted', text: 'No match' }));
  return out;
}

/** A failed search: words the server refuses (emoji alone) told plainly, not as a failure. */
function failureItem(e: unknown, again: boolean): HTMLElement {
  const refused = e instanceof ApiClientError && e.status === 400;
  return h('li', {
    class: refused ? 'muted' : 'error',
    text: refused
      ? errorText(e)
      : `Search failed: ${errorText(e)}${again ? ' (trying again…)' : ''}`,
  });
}

/** What the list shows and which option the arrows are on. */
interface ListState {
  hits: SearchHit[];
  active: number;
}

/** The combobox's list: opened with options or a message, closed, picked from. */
function suggestList(input: HTMLInputElement, listId: string, onPick: (hit: SearchHit) => void) {
  const list = h('ul', { id: listId, class: 'suggestions', role: 'listbox', hidden: true });
  const st: ListState = { hits: [], active: -1 };
  const open = () => {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    st.active = -1;
  };
  const pick = (i: number) => {
    const hit = st.hits[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    onPick(hit);
  };
  const render = () => {
    list.replaceChildren(...hitItems(st.hits, st.active, listId, pick));
    open();
    if (st.active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${st.active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const message = (li: HTMLElement) => {
    st.hits = [];
    list.replaceChildren(li);
    open();
  };
  return { list, st, close, pick, render, message };
}

type List = ReturnType<typeof suggestList>;

/** Arrows move through the options, Enter picks (or searches now), Esc clears. */
function onKey(e: KeyboardEvent, input: HTMLInputElement, l: List, run: (q: string) => void): void {
  const { st } = l;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    if (!st.hits.length) return;
    e.preventDefault();
    st.active = (st.active + (e.key === 'ArrowDown' ? 1 : -1) + st.hits.length) % st.hits.length;
    l.render();
  } else if (e.key === 'Enter') {
    e.preventDefault();
    if (st.active >= 0) l.pick(st.active);
    else if (input.value.trim()) run(input.value.trim());
  } else if (e.key === 'Escape') {
    e.stopPropagation();
    input.value = '';
    l.close();
    input.blur();
  }
}

export function createSuggest(
  api: ApiClient,
  opts: { label: string; placeholder: string; onPick(hit: SearchHit): void },
): Suggest {
  const listId = `suggest-${nextId++}`;
  const input = comboInput(listId, opts.label, opts.placeholder);
  const l = suggestList(input, listId, (hit) => opts.onPick(hit));
  const element = h('div', { class: 'search' }, input, l.list);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  async function run(q: string, attempt = 0): Promise<void> {
    const mine = ++seq;
    try {
      // A pasted paragraph is searched by its first words, and says so.
      const sent = q.length > SEARCH_MAX ? q.slice(0, SEARCH_MAX).trim() : q;
      const r = await api.search(sent, 10);
      if (mine !== seq) return; // an older answer arriving late
      l.st.hits = r.hits;
      l.st.active = r.hits.length ? 0 : -1;
      l.render();
      if (sent !== q)
        l.list.append(
          h('li', {
            class: 'muted',
            text: `Only the first ${SEARCH_MAX} characters were searched.`,
          }),
        );
    } catch (e) {
      if (mine !== seq) return;
      // A busy or unreachable server is asked again while the words stand,
      // so the failure does not stay on screen until the next key.
      const again = attempt < RETRIES && retriable(e);
      l.message(failureItem(e, again));
      if (again)
        timer = setTimeout(() => {
          if (mine === seq && input.value.trim() === q) void run(q, attempt + 1);
        }, RETRY_MS);
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      seq++;
      l.close();
      return;
    }
    timer = setTimeout(() => void run(q), 150);
  });
  input.addEventListener('keydown', (e) => {
    // Esc also forgets any answer still on its way.
    if (e.key === 'Escape') seq++;
    onKey(e, input, l, (q) => void run(q));
  });
  input.addEventListener('blur', () => setTimeout(() => l.close(), 150));

  return {
    input,
    element,
    clear: () => {
      input.value = '';
      l.close();
    },
  };
}
