// Event chains: the causes and consequences of an event as a list in time
// order (ui/chain-list.ts), and on the main canvas left to right by date.
// Causal links ("led to", "prompted") are solid; sequence links ("came
// before") are dashed and can be switched off.
import type { EventChain } from '../../../contract/index.js';
import { causesOnly, chainPlacement, chainWords } from '../graph/chain.js';
import type { LinkMarks } from './canvas.js';
import { chainItems } from './chain-list.js';
import type { Explorer } from './explorer.js';
import { clear, errorText, h } from './dom.js';
import { evidenceLineElement, linkEvidence } from './evidence-line.js';
import type { Expander } from './expand.js';

export function setupChain(panel: HTMLElement, ctx: Explorer, expander: Expander) {
  const title = h('h2', { text: 'Causes and consequences' });
  const direction = h(
    'select',
    { 'aria-label': 'Direction' },
    h('option', { value: 'both', text: 'Causes and consequences' }),
    h('option', { value: 'causes', text: 'Causes only' }),
    h('option', { value: 'consequences', text: 'Consequences only' }),
  );
  const depth = h('input', {
    type: 'number',
    min: 1,
    max: 10,
    value: 5,
    'aria-label': 'Depth',
    style: 'width:4em',
  });
  const causalOnly = h('input', { type: 'checkbox', 'aria-label': 'Causal links only' });
  const list = h('ol', { class: 'chain-list', 'aria-label': 'The chain by date, earliest first' });
  const status = h('p', {
    class: 'muted',
    text: 'Pick an event (right-click → Causes and consequences, or select one and press Show).',
  });
  let current: string | undefined;
  let last: EventChain | undefined;

  panel.append(
    title,
    h(
      'div',
      { class: 'row' },
      direction,
      h('label', { text: 'Depth' }),
      depth,
      h(
        'label',
        { title: 'Hide links that only say which came first (PRECEDED)' },
        causalOnly,
        ' causal links only',
      ),
      h('button', {
        type: 'button',
        text: 'Show for selected',
        onclick: () => {
          const id = ctx.store.get().selected[0];
          // The same event again (say at a new depth) is shown anew.
          if (id) ctx.store.update({ chainEvent: id }, { again: ['chainEvent'] });
        },
      }),
      h('button', {
        type: 'button',
        text: 'Add to canvas',
        onclick: () => {
          if (last) expander.add('addChain', `chain:${last.root}`, last.graph);
        },
      }),
      h('button', {
        type: 'button',
        id: 'chain-on-canvas',
        text: 'Lay out on the canvas',
        title: 'The chain on the main canvas, left to right by date',
        onclick: () => {
          if (last) showOnCanvas(last);
        },
      }),
    ),
    status,
    list,
  );
  /** The chain on the main canvas, by date; the canvas puts its legend line over it. */
  function showOnCanvas(c: EventChain): void {
    expander.add('addChain', `chain:${c.root}`, c.graph, false);
    ctx.canvas.showChain(chainPlacement(c).positions, linkMarks(c), c.root);
  }

  // The event is state (the context menu and Show for selected write it).
  ctx.store.subscribe(['chainEvent'], ({ chainEvent }) => {
    if (chainEvent) void show(chainEvent);
  });
  direction.addEventListener('change', () => current && void show(current));
  causalOnly.addEventListener('change', () => current && void show(current));

  let loads = 0;
  async function show(id: string): Promise<void> {
    current = id;
    const load = ++loads;
    // Busy until the newest load ends: a chain can take seconds (a heavy request, queued).
    panel.setAttribute('aria-busy', 'true');
    status.textContent = 'Loading…';
    clear(list);
    try {
      const dir = direction.value as 'both' | 'causes' | 'consequences';
      const full = await ctx.api.chain(id, dir, Number(depth.value) || 5, ctx.asOf());
      // Asked again meanwhile (another event, depth or direction): the newer answer is drawn.
      if (load !== loads) return;
      const c = causalOnly.checked ? causesOnly(full) : full;
      last = c;
      const root = c.events.find((e) => e.id === c.root);
      title.textContent = `Chain of “${root?.name ?? id}”`;
      const causal = c.links.filter((l) => l.kind === 'causal').length;
      status.textContent = `${c.events.length} events by date, earliest first; ${causal} causal links (a report states the cause) and ${c.links.length - causal} sequence links (“came before”: order only). Lay out on the canvas for the drawing.`;
      list.append(
        ...chainItems(c, {
          pick: (picked) => void expander.reveal(picked).catch(() => undefined),
          incoming: (l) => linkLine(l, c),
        }),
      );
    } catch (e) {
      if (load !== loads) return;
      status.textContent = '';
      clear(list);
      list.append(h('li', { class: 'error', text: `No chain: ${errorText(e)}` }));
    } finally {
      if (load === loads) panel.setAttribute('aria-busy', 'false');
    }
  }

  return { show };
}

/** One incoming link in words: "X led to this", then how the reports support it (evidence-line.ts). */
function linkLine(l: EventChain['links'][number], c: EventChain): HTMLElement {
  const from = c.events.find((x) => x.id === l.source)?.name ?? l.source;
  const evidence = linkEvidence(l);
  // A stated link's description is a note beside its quote; a non-stated one's is already in its line.
  const note = evidence.kind === 'stated' ? (l.description ?? l.note) : null;
  return h(
    'div',
    { class: `muted chain-link ${l.kind}` },
    h('div', { text: `${from} ${chainWords(l)} this` }),
    evidenceLineElement(evidence),
    note ? h('div', { class: 'note', text: `Note: ${note}` }) : null,
  );
}

/** Every link's words, and whether it is causal (solid) or a mere sequence (dashed). */
function linkMarks(c: EventChain): LinkMarks {
  return new Map(
    c.links.map((l) => [
      `${l.source}|${l.type}|${l.target}`,
      { kind: l.kind === 'sequence' ? 'sequence' : 'causal', words: chainWords(l) },
    ]),
  );
}
