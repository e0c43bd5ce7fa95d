// Figures that disagree: each topic's claims side by side, with who made
// them and which report says so, a page at a time.
import type { Claim, ClaimGroup } from '../../../contract/index.js';
import type { Explorer } from './explorer.js';
import { clear, errorText, h } from './dom.js';
import { evidenceLineElement, figureEvidence } from './evidence-line.js';
import type { Expander } from './expand.js';
import { dateSpan } from './shared.js';

/**
 * Claims asked for at a time. Each card carries its reports' quotes, so a
 * narrow panel holds about ten before it scrolls far; ten at a time is also
 * how the details panel pages a node's neighbours.
 */
export const CLAIMS_PAGE = 10;

/**
 * A figure's own flag, from the API's per-claim `disagrees`: only a figure
 * that another figure of its quantity, unit and period contradicts is marked;
 * in a topic that disagrees elsewhere, the others say they were not found in
 * conflict, so a reader does not take the topic's flag for theirs.
 */
export function claimFlag(
  c: Pick<Claim, 'disagrees'>,
  topicConflicting: boolean,
): { text: string; title: string; className: string } | null {
  if (c.disagrees) {
    return {
      text: 'disagrees',
      title: 'Another figure of the same quantity, unit and period gives a different value',
      className: 'chip error claim-flag',
    };
  }
  if (!topicConflicting) return null;
  return {
    text: 'no conflict',
    title: 'No other figure of this quantity, unit and period gives a different value',
    className: 'chip claim-flag',
  };
}

/** The panel's parts: the "only disagreeing" box, the topics, the count and "Show more". */
function claimsPanel(panel: HTMLElement) {
  const only = h('input', { type: 'checkbox', id: 'claims-only', checked: true });
  const out = h('div', {});
  // Says how many are shown, for a screen reader too, as pages arrive.
  const status = h('p', { class: 'muted claims-status', role: 'status' });
  const more = h('div', {});
  panel.append(
    h('h2', { text: 'Figures side by side' }),
    h(
      'div',
      { class: 'row' },
      only,
      h('label', { for: 'claims-only', text: 'Only topics where figures disagree' }),
    ),
    out,
    status,
    more,
  );
  return { only, out, status, more };
}

/** "Show N more": disabled and saying "Loading…" once pressed, until the next page replaces it. */
function moreButton(count: number, onMore: () => void): HTMLButtonElement {
  const button = h('button', {
    type: 'button',
    class: 'more',
    text: `Show ${count} more`,
    'aria-label': `Show ${count} more figures`,
  });
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = 'Loading…';
    onMore();
  });
  return button;
}

/** A topic's heading (flagged when its figures disagree) over its row of cards. */
function topicSection(g: ClaimGroup, row: HTMLElement): HTMLElement {
  return h(
    'section',
    { class: 'claims-group', 'aria-label': g.topic },
    h(
      'h3',
      { text: g.topic },
      g.conflicting ? h('span', { class: 'chip error', text: 'disagree' }) : null,
    ),
    row,
  );
}

/** One figure: its value and flag, what it measures, who said it, its node and its reports. */
function claimCard(c: Claim, topicConflicting: boolean, reveal: (id: string) => void): HTMLElement {
  const flag = claimFlag(c, topicConflicting);
  return h(
    'article',
    { class: c.disagrees ? 'claim disagrees' : 'claim' },
    h(
      'div',
      { class: 'value' },
      c.valueText ?? [c.qualifier, c.value?.toLocaleString('en'), c.unit].filter(Boolean).join(' '),
      flag ? ' ' : null,
      flag ? h('span', { class: flag.className, title: flag.title, text: flag.text }) : null,
    ),
    c.measure ? h('div', { text: c.measure }) : null,
    c.periodLabel ? h('div', { class: 'muted', text: c.periodLabel }) : null,
    c.attributedTo.length
      ? h('div', {}, 'According to ', c.attributedTo.map((a) => a.name).join(', '))
      : null,
    h('button', {
      class: 'link',
      type: 'button',
      text: c.name,
      onclick: () => reveal(c.id),
    }),
    ...c.sources.map(figureSource),
    c.sources.length === 0 ? h('div', { class: 'muted', text: 'No source' }) : null,
  );
}

export function setupClaims(panel: HTMLElement, ctx: Explorer, expander: Expander) {
  const { only, out, status, more } = claimsPanel(panel);
  const reveal = (id: string) => void expander.reveal(id);
  only.addEventListener('change', () => void load());
  // Loaded each time the panel opens (the open panel is state).
  ctx.store.subscribe(['panel'], ({ panel }) => {
    if (panel === 'claims') void load();
  });

  /** Each shown topic's row of cards: a topic cut by a page goes on in the same row. */
  let sides = new Map<string, HTMLElement>();
  let shown = 0;
  // A newer load (the box ticked, the panel opened again) makes older answers stale.
  let generation = 0;

  async function load(): Promise<void> {
    const mine = ++generation;
    sides = new Map();
    shown = 0;
    clear(out);
    clear(status);
    clear(more);
    out.append(h('p', { class: 'muted', text: 'Loading…' }));
    await page(0, mine);
  }

  async function page(offset: number, mine: number): Promise<void> {
    out.setAttribute('aria-busy', 'true');
    try {
      const r = await ctx.api.claims({
        conflicting: only.checked ? true : undefined,
        limit: CLAIMS_PAGE,
        offset,
      });
      if (mine !== generation) return;
      if (offset === 0) clear(out);
      if (r.total === 0) out.append(h('p', { class: 'muted', text: 'No figures found.' }));
      const added = r.groups.flatMap((g) => appendGroup(g));
      shown += added.length;
      status.textContent = r.total > 0 ? `Showing ${shown} of ${r.total} figures.` : '';
      clear(more);
      const next = r.nextOffset;
      if (next !== null)
        more.append(moreButton(Math.min(CLAIMS_PAGE, r.total - next), () => void page(next, mine)));
      // After "Show more", the keyboard goes on from the first new figure
      // rather than from the top of the page where the removed button left it.
      if (offset > 0) added[0]?.querySelector('button')?.focus();
    } catch (e) {
      if (mine !== generation) return;
      if (offset === 0) clear(out);
      clear(more);
      more.append(h('p', { class: 'error', text: `Figures unavailable: ${errorText(e)}` }));
    } finally {
      if (mine === generation) out.removeAttribute('aria-busy');
    }
  }

  /** Draws a group's claims, under its topic's row when the topic is already shown. */
  function appendGroup(g: ClaimGroup): HTMLElement[] {
    const cards = g.claims.map((c) => claimCard(c, g.conflicting, reveal));
    const side = sides.get(g.topic);
    if (side) {
      side.append(...cards);
      return cards;
    }
    const row = h('div', { class: 'claims-side' }, ...cards);
    sides.set(g.topic, row);
    out.append(topicSection(g, row));
    return cards;
  }

  return { load };
}

/** The sentence a figure comes from, its basis and where, then the report's outlet and date. */
function figureSource(s: Claim['sources'][number]): HTMLElement {
  const line = figureEvidence(s);
  return h(
    'div',
    { class: 'source figure-source' },
    evidenceLineElement(line),
    line.kind === 'stated' && s.note ? h('p', { class: 'note', text: `Note: ${s.note}` }) : null,
    h('div', { class: 'muted' }, s.name, ' · ', dateSpan(s)),
  );
}
