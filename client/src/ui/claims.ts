// Figures that disagree: each topic's claims side by side, with who made
// them and which report says so.
import type { Explorer } from './explorer.js';
import { clear, errorText, h } from './dom.js';
import type { Expander } from './expand.js';
import { sourceCard } from './shared.js';

export function setupClaims(panel: HTMLElement, ctx: Explorer, expander: Expander) {
  const only = h('input', { type: 'checkbox', id: 'claims-only', checked: true });
  const out = h('div', {});
  panel.append(
    h('h2', { text: 'Figures side by side' }),
    h(
      'div',
      { class: 'row' },
      only,
      h('label', { for: 'claims-only', text: 'Only topics where figures disagree' }),
    ),
    out,
  );
  only.addEventListener('change', () => void load());
  // Loaded each time the panel opens (the open panel is state).
  ctx.store.subscribe(['panel'], ({ panel }) => {
    if (panel === 'claims') void load();
  });

  async function load(): Promise<void> {
    clear(out);
    out.append(h('p', { class: 'muted', text: 'Loading…' }));
    try {
      const r = await ctx.api.claims({ conflicting: only.checked ? true : undefined });
      clear(out);
      if (!r.groups.length) out.append(h('p', { class: 'muted', text: 'No figures found.' }));
      for (const g of r.groups) {
        out.append(
          h(
            'section',
            { class: 'claims-group', 'aria-label': g.topic },
            h(
              'h3',
              { text: g.topic },
              g.conflicting ? h('span', { class: 'chip error', text: 'disagree' }) : null,
            ),
            h(
              'div',
              { class: 'claims-side' },
              ...g.claims.map((c) =>
                h(
                  'article',
                  { class: 'claim' },
                  h('div', {
                    class: 'value',
                    text:
                      c.valueText ??
                      [c.qualifier, c.value?.toLocaleString('en'), c.unit]
                        .filter(Boolean)
                        .join(' '),
                  }),
                  c.measure ? h('div', { text: c.measure }) : null,
                  c.periodLabel ? h('div', { class: 'muted', text: c.periodLabel }) : null,
                  c.attributedTo.length
                    ? h('div', {}, 'According to ', c.attributedTo.map((a) => a.name).join(', '))
                    : null,
                  h('button', {
                    class: 'link',
                    type: 'button',
                    text: c.name,
                    onclick: () => void expander.reveal(c.id),
                  }),
                  ...c.sources.map((s) => sourceCard(s)),
                  c.sources.length === 0 ? h('div', { class: 'muted', text: 'No source' }) : null,
                ),
              ),
            ),
          ),
        );
      }
    } catch (e) {
      clear(out);
      out.append(h('p', { class: 'error', text: `Figures unavailable: ${errorText(e)}` }));
    }
  }

  return { load };
}
