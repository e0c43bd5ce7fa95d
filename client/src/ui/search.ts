// Search with suggestions (WAI-ARIA combobox): names and aliases from
// /api/search as one types, the thing named first and reports in their own
// group last; arrows and Enter pick; Esc clears.
import { SEARCH_MAX, type SearchHit } from '../../../contract/index.js';
import { ApiClientError, type ApiClient } from '../api/client.js';
import { clear, errorText, h } from './dom.js';

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

export function createSuggest(
  api: ApiClient,
  opts: { label: string; placeholder: string; onPick(hit: SearchHit): void },
): Suggest {
  const listId = `suggest-${nextId++}`;
  const input = h('input', {
    type: 'search',
    role: 'combobox',
    'aria-label': opts.label,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: opts.placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const list = h('ul', { id: listId, class: 'suggestions', role: 'listbox', hidden: true });
  const element = h('div', { class: 'search' }, input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function render(): void {
    clear(list);
    hits.forEach((hit, i) => {
      const aliases = hit.aliases.filter((a) => a !== hit.name).slice(0, 3);
      // Reports come after every entity, under their own heading.
      if (hit.group === 'source' && hits[i - 1]?.group !== 'source') {
        list.append(h('li', { role: 'presentation', class: 'group muted', text: 'Reports' }));
      }
      list.append(
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
    if (hits.length === 0) list.append(h('li', { class: 'muted', text: 'No match' }));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function pick(i: number): void {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    opts.onPick(hit);
  }

  async function run(q: string, attempt = 0): Promise<void> {
    const mine = ++seq;
    try {
      // A pasted paragraph is searched by its first words, and says so.
      const sent = q.length > SEARCH_MAX ? q.slice(0, SEARCH_MAX).trim() : q;
      const r = await api.search(sent, 10);
      if (mine !== seq) return; // an older answer arriving late
      hits = r.hits;
      active = hits.length ? 0 : -1;
      render();
      if (sent !== q)
        list.append(
          h('li', {
            class: 'muted',
            text: `Only the first ${SEARCH_MAX} characters were searched.`,
          }),
        );
    } catch (e) {
      if (mine !== seq) return;
      hits = [];
      clear(list);
      // A busy or unreachable server is asked again while the words stand,
      // so the failure does not stay on screen until the next key.
      const again = attempt < RETRIES && retriable(e);
      // Words the server refuses (emoji alone) are told plainly, not as a failure.
      const refused = e instanceof ApiClientError && e.status === 400;
      list.append(
        h('li', {
          class: refused ? 'muted' : 'error',
          text: refused
            ? errorText(e)
            : `Search failed: ${errorText(e)}${again ? ' (trying again…)' : ''}`,
        }),
      );
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
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
      close();
      return;
    }
    timer = setTimeout(() => void run(q), 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (active >= 0) pick(active);
      else if (input.value.trim()) void run(input.value.trim());
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      input.value = '';
      seq++;
      close();
      input.blur();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  return {
    input,
    element,
    clear: () => {
      input.value = '';
      close();
    },
  };
}
