// Accessible tabs (WAI-ARIA tabs pattern: arrow keys move between tabs).
import { h } from './dom.js';

export interface TabSpec {
  id: string;
  title: string;
  panel: HTMLElement;
}

export interface Tabs {
  show(id: string): void;
  current(): string;
  onShow(fn: (id: string) => void): void;
}

export function createTabs(host: HTMLElement, label: string, specs: TabSpec[]): Tabs {
  const list = h('div', { class: 'tabs', role: 'tablist', 'aria-label': label });
  const listeners: ((id: string) => void)[] = [];
  let current = specs[0]?.id ?? '';
  const buttons = specs.map((s) => {
    s.panel.classList.add('tabpanel');
    s.panel.setAttribute('role', 'tabpanel');
    s.panel.id = `panel-${s.id}`;
    s.panel.setAttribute('aria-labelledby', `tab-${s.id}`);
    return h('button', {
      role: 'tab',
      id: `tab-${s.id}`,
      'aria-controls': `panel-${s.id}`,
      type: 'button',
      text: s.title,
      onclick: () => show(s.id),
    });
  });
  buttons.forEach((b, i) => {
    b.addEventListener('keydown', (e) => {
      const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!d) return;
      const next = buttons[(i + d + buttons.length) % buttons.length];
      next?.focus();
      next?.click();
    });
  });
  list.append(...buttons);
  host.append(list, ...specs.map((s) => s.panel));

  function show(id: string): void {
    current = id;
    specs.forEach((s, i) => {
      const on = s.id === id;
      s.panel.hidden = !on;
      buttons[i]?.setAttribute('aria-selected', String(on));
      buttons[i]?.setAttribute('tabindex', on ? '0' : '-1');
    });
    for (const fn of listeners) fn(id);
  }
  show(current);
  return { show, current: () => current, onShow: (fn) => listeners.push(fn) };
}
